pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import RightsCompanion
import RightsCompanion.Models

// My notes: the personal, encrypted vault. Makes it, shows the recovery key once, unlocks it and
// lists the notes. Each part is built only while it is shown, so a typed passphrase or the notes'
// previews are gone from the page as soon as the vault changes state.
PageScaffold {
    id: root

    // "create", "recovery-key", "unlock" or "notes".
    readonly property string mode: VaultSession.recoveryKey.length > 0 ? "recovery-key"
        : VaultSession.state === VaultSession.Unlocked ? "notes"
        : VaultSession.state === VaultSession.Locked ? "unlock"
        : "create"

    // A file URL for the backup from what the user typed (already trimmed): a file URL as it is, or
    // an absolute path made into one. Returns "" for anything else.
    // (No local variables here: qmllint 6.4 crashes on a local set from a typed parameter's method.)
    function fileUrl(path: string): string {
        if (path.startsWith("file:"))
            return path;
        if (!path.startsWith("/"))
            return "";
        return "file://" + path.split("/").map(part => encodeURIComponent(part)).join("/");
    }

    pageName: "vault"
    title: qsTr("My notes")

    // Quick exit stays at the top of the page whatever is shown and however far it is scrolled.
    topBar: Rectangle {
        color: Theme.railBackground
        implicitHeight: bar.implicitHeight + 2 * Theme.unit

        // In one row; with large text on a phone the sentence takes a row of its own above the buttons.
        GridLayout {
            id: bar

            readonly property bool stacked: Theme.textScale > 1.25 && root.width < Theme.wideBreakpoint

            anchors.fill: parent
            anchors.leftMargin: Theme.spacing
            anchors.rightMargin: Theme.spacing
            columns: bar.stacked ? 2 : 3
            columnSpacing: Theme.unit * 2
            rowSpacing: 0

            Label {
                visible: text.length > 0
                text: root.mode === "unlock" ? qsTr("Your notes are locked.")
                    : root.mode === "create" ? ""
                    : qsTr("Your notes are open.")
                color: Theme.muted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.columnSpan: bar.stacked ? 2 : 1
            }
            Button {
                objectName: "vault-lock"
                visible: root.mode === "notes"
                enabled: !VaultSession.busy
                text: qsTr("Lock")
                flat: true
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: qsTr("Lock my notes")
                onClicked: VaultSession.lock()
            }
            OutlineButton {
                objectName: "vault-quick-exit"
                text: qsTr("Quick exit")
                Material.foreground: Theme.accent
                Accessible.name: qsTr("Quick exit: lock my notes and close the app at once")
                onClicked: VaultSession.quickExit()
            }
        }
    }

    NoticeBanner {
        objectName: "vault-error"
        // While the notes are open, a failed save is reported in the save line instead.
        text: root.mode === "notes" && VaultSession.saveState === VaultSession.Failed ? "" : VaultSession.error
    }

    // Repeaters with a count of 0 or 1 build and destroy each part. (Not Loaders: in Qt 6.4 a Loader
    // cannot build a component of a file with ComponentBehavior: Bound.)
    Repeater {
        model: root.mode === "create" ? 1 : 0
        delegate: createForm
    }
    Repeater {
        model: root.mode === "recovery-key" ? 1 : 0
        delegate: recoveryKeyView
    }
    Repeater {
        model: root.mode === "unlock" ? 1 : 0
        delegate: unlockForm
    }
    Repeater {
        model: root.mode === "notes" ? 1 : 0
        delegate: notesView
    }

    // No vault yet: what it is for, and a passphrase to make one.
    Component {
        id: createForm

        Part {
            id: create

            property string problem

            function submit() {
                if (passphrase.text.length < VaultSession.minimumPassphraseLength) {
                    create.problem = qsTr("Your passphrase is too short. Use at least %1 characters.").arg(VaultSession.minimumPassphraseLength);
                    passphrase.forceActiveFocus();
                    return;
                }
                if (passphrase.text !== repeated.text) {
                    create.problem = qsTr("The two passphrases are not the same. Type them again.");
                    repeated.clear();
                    repeated.forceActiveFocus();
                    return;
                }
                create.problem = "";
                VaultSession.createVault(passphrase.text, repeated.text);
                passphrase.clear();
                repeated.clear();
            }

            Label {
                text: qsTr("Private notes")
                font.pixelSize: Theme.headlineSize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Paragraph {
                text: qsTr("Keep private notes about your case. They are locked with a passphrase and stored only on this device, encrypted.")
            }
            Paragraph {
                text: qsTr("Choose a passphrase of at least %1 characters. A PIN of %1 or more digits works, but a longer passphrase is safer. Do not use your date of birth or your V-number.").arg(VaultSession.minimumPassphraseLength)
            }

            SecretField {
                id: passphrase
                objectName: "vault-new-passphrase"
                placeholderText: qsTr("Passphrase")
                enabled: !VaultSession.busy
                onAccepted: repeated.forceActiveFocus()
            }
            SecretField {
                id: repeated
                objectName: "vault-repeat-passphrase"
                placeholderText: qsTr("Type the passphrase again")
                enabled: !VaultSession.busy
                onAccepted: create.submit()
            }
            NoticeBanner {
                text: create.problem
            }
            PrimaryButton {
                objectName: "vault-create"
                text: qsTr("Create")
                enabled: !VaultSession.busy && passphrase.length > 0 && repeated.length > 0
                Accessible.name: qsTr("Create my private notes")
                onClicked: create.submit()
            }
            BusyLine {
                text: qsTr("Making your vault safe. This takes a few seconds.")
            }

            // Moving to a new phone: open a backup instead of starting empty.
            Switch {
                id: restoreSwitch
                text: qsTr("I have a backup from another phone")
                enabled: !VaultSession.busy
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                Layout.topMargin: Theme.spacing
                contentItem: IndicatorLabel {
                    control: restoreSwitch
                }
            }
            Paragraph {
                visible: restoreSwitch.checked
                // The example path is isolated so that it stays left-to-right inside right-to-left text.
                text: qsTr("Type where the backup file is, for example %1, and the passphrase or recovery key that opens it.").arg("\u2066/media/usb/my-notes.rcv\u2069")
            }
            TextField {
                id: backupPath
                visible: restoreSwitch.checked
                objectName: "vault-restore-path"
                placeholderText: qsTr("Backup file")
                // File paths are left-to-right in every language.
                LayoutMirroring.enabled: false
                horizontalAlignment: TextInput.AlignLeft
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase | Qt.ImhUrlCharactersOnly
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: placeholderText
            }
            SecretField {
                id: backupSecret
                visible: restoreSwitch.checked
                objectName: "vault-restore-secret"
                placeholderText: qsTr("Passphrase or recovery key")
            }
            Label {
                id: restoreProblem
                visible: restoreSwitch.checked && text.length > 0
                color: Theme.warning
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            OutlineButton {
                visible: restoreSwitch.checked
                objectName: "vault-restore"
                text: qsTr("Restore backup")
                enabled: !VaultSession.busy && backupPath.length > 0 && backupSecret.length > 0
                onClicked: {
                    const url = root.fileUrl(backupPath.text.trim());
                    if (url.length === 0) {
                        restoreProblem.text = qsTr("Type the full path of the file, starting with /.");
                        return;
                    }
                    restoreProblem.text = "";
                    VaultSession.importBackup(url, backupSecret.text);
                    backupSecret.clear();
                }
            }
        }
    }

    // Right after creation: the recovery key, shown once.
    Component {
        id: recoveryKeyView

        Part {
            spacing: Theme.spacing

            Label {
                text: qsTr("Your recovery key")
                font.pixelSize: Theme.headlineSize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Paragraph {
                text: qsTr("Write this recovery key on paper and keep it somewhere safe. If you forget your passphrase, it is the only way to open your notes. It will not be shown again.")
            }

            Rectangle {
                color: "transparent"
                border.color: Theme.accent
                border.width: 2
                radius: Theme.unit * 2
                implicitHeight: keyText.implicitHeight + 2 * Theme.spacing
                Layout.fillWidth: true

                FontMetrics {
                    id: keyMetrics
                    font: keyText.font
                }

                TextEdit {
                    id: keyText

                    // Four groups a line where they fit, otherwise two, so the key is easy to copy.
                    // Measured against the page (the same width as this text, see ScrollColumn), not
                    // against this text's own width, which the layout sets while it arranges itself.
                    // (A property of the metrics, not advanceWidth(), so the binding follows the font.)
                    readonly property int groupsPerLine: 19 * (keyMetrics.averageCharacterWidth + keyText.font.letterSpacing) * 1.05
                        <= Math.min(root.width - 2 * Theme.spacing, Theme.readingWidth) - 2 * Theme.spacing ? 4 : 2

                    objectName: "vault-recovery-key"
                    anchors.top: parent.top
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.margins: Theme.spacing
                    // The key is Latin letters and digits: left-to-right and left-aligned in every
                    // language. Groups are separated by spaces and line breaks, which the key is
                    // accepted with as well as with dashes.
                    LayoutMirroring.enabled: false
                    horizontalAlignment: TextEdit.AlignLeft
                    text: {
                        const groups = VaultSession.recoveryKey.split("-");
                        const lines = [];
                        for (let i = 0; i < groups.length; i += keyText.groupsPerLine)
                            lines.push(groups.slice(i, i + keyText.groupsPerLine).join(" "));
                        return lines.join("\n");
                    }
                    textFormat: TextEdit.PlainText
                    readOnly: true
                    selectByMouse: true
                    selectByKeyboard: true
                    persistentSelection: true
                    wrapMode: TextEdit.WordWrap
                    font.family: "monospace"
                    font.pixelSize: Theme.headlineSize
                    font.letterSpacing: 1
                    color: palette.text
                    selectionColor: Theme.accent
                    selectedTextColor: Theme.background
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("Recovery key")
                    Accessible.description: VaultSession.recoveryKey
                }
            }

            CheckBox {
                id: wroteItDown
                objectName: "vault-wrote-it-down"
                text: qsTr("I wrote it down")
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
            }
            PrimaryButton {
                objectName: "vault-recovery-continue"
                text: qsTr("Continue")
                enabled: wroteItDown.checked
                onClicked: VaultSession.confirmRecoveryKeySaved()
            }
        }
    }

    // Locked: the passphrase, or the recovery key when the passphrase is forgotten.
    Component {
        id: unlockForm

        Part {
            id: unlock
            spacing: Theme.spacing

            function submit() {
                if (useRecoveryKey.checked) {
                    if (recoveryKey.text.trim().length === 0)
                        return;
                    VaultSession.unlockWithRecoveryKey(recoveryKey.text);
                    recoveryKey.clear();
                } else {
                    if (passphrase.length === 0)
                        return;
                    VaultSession.unlock(passphrase.text);
                    passphrase.clear();
                }
            }

            Label {
                text: qsTr("Open your notes")
                font.pixelSize: Theme.headlineSize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Paragraph {
                text: useRecoveryKey.checked
                      ? qsTr("Type the recovery key you wrote down when you made your notes. Spaces and dashes do not matter.")
                      : qsTr("Type your passphrase to open your notes.")
            }

            SecretField {
                id: passphrase
                objectName: "vault-passphrase"
                visible: !useRecoveryKey.checked
                enabled: !VaultSession.busy
                placeholderText: qsTr("Passphrase")
                onAccepted: unlock.submit()
            }
            TextField {
                id: recoveryKey
                objectName: "vault-recovery-key-input"
                visible: useRecoveryKey.checked
                enabled: !VaultSession.busy
                placeholderText: qsTr("Recovery key")
                // The key is Latin letters and digits: typed left-to-right in every language.
                LayoutMirroring.enabled: false
                horizontalAlignment: TextInput.AlignLeft
                font.family: "monospace"
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: placeholderText
                onAccepted: unlock.submit()
            }
            PrimaryButton {
                objectName: "vault-unlock"
                text: qsTr("Unlock")
                enabled: !VaultSession.busy && (useRecoveryKey.checked ? recoveryKey.length > 0 : passphrase.length > 0)
                Accessible.name: qsTr("Unlock my notes")
                onClicked: unlock.submit()
            }
            BusyLine {
                text: qsTr("Opening your notes. This takes a few seconds.")
            }
            Switch {
                id: useRecoveryKey
                objectName: "vault-use-recovery-key"
                text: qsTr("Use recovery key instead")
                enabled: !VaultSession.busy
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                contentItem: IndicatorLabel {
                    control: useRecoveryKey
                }
                onToggled: {
                    passphrase.clear();
                    recoveryKey.clear();
                }
            }
            Paragraph {
                visible: useRecoveryKey.checked
                color: Theme.muted
                text: qsTr("After your notes are open, choose a new passphrase in Vault settings.")
            }
        }
    }

    // Unlocked: search, the one primary action, the notes, and the way to the rest of the vault.
    Component {
        id: notesView

        Part {
            id: notesList

            // Whether there is anything to search in.
            readonly property bool hasNotes: VaultSession.notes.count > 0 || VaultSession.notes.query.length > 0

            spacing: Theme.spacing

            Flow {
                spacing: Theme.unit * 2
                Layout.fillWidth: true

                PrimaryButton {
                    objectName: "vault-new-note"
                    text: qsTr("New note")
                    onClicked: PageRouter.open("note", { noteId: 0 })
                }
                Button {
                    objectName: "vault-my-case"
                    text: qsTr("My case")
                    flat: true
                    Accessible.name: qsTr("My case: V-number, case worker, lawyer and procedure")
                    onClicked: PageRouter.open("case", {})
                }
                Button {
                    objectName: "vault-documents"
                    text: qsTr("My documents")
                    flat: true
                    Accessible.name: qsTr("My documents: photos and PDFs of letters")
                    onClicked: PageRouter.open("documents", {})
                }
                Button {
                    objectName: "vault-settings"
                    text: qsTr("Vault settings")
                    flat: true
                    onClicked: PageRouter.open("vault-settings", {})
                }
            }

            TextField {
                objectName: "vault-search"
                visible: notesList.hasNotes
                placeholderText: qsTr("Search your notes")
                text: VaultSession.notes.query
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                Accessible.role: Accessible.EditableText
                Accessible.name: placeholderText
                onTextEdited: VaultSession.notes.query = text
            }

            Label {
                objectName: "vault-save-state"
                text: VaultSession.saveState === VaultSession.Failed ? qsTr("Not saved: %1").arg(VaultSession.error)
                    : VaultSession.saveState === VaultSession.Saved ? qsTr("Saved")
                    : qsTr("Saving…")
                color: VaultSession.saveState === VaultSession.Failed ? Theme.warning : Theme.muted
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.StatusBar
                Accessible.name: text
            }

            Paragraph {
                objectName: "vault-empty"
                visible: VaultSession.notes.count === 0 && VaultSession.notes.query.length === 0
                text: qsTr("No notes yet. Write down what happened at your interview, names, dates, questions for your lawyer.")
            }
            Paragraph {
                visible: VaultSession.notes.count === 0 && VaultSession.notes.query.length > 0
                text: qsTr("No notes contain “%1”.").arg(VaultSession.notes.query)
            }

            Repeater {
                model: VaultSession.notes
                delegate: ItemDelegate {
                    id: noteDelegate

                    required property int noteId
                    required property string title
                    required property string preview
                    required property string tags
                    required property string updated

                    readonly property string shownTitle: title.length > 0 ? title : qsTr("Untitled note")

                    objectName: "note-" + noteId
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touchTarget
                    Accessible.name: shownTitle
                    Accessible.description: preview
                    onClicked: PageRouter.open("note", { noteId: noteId })

                    contentItem: ColumnLayout {
                        spacing: Theme.unit
                        Label {
                            text: noteDelegate.shownTitle
                            font.pixelSize: Theme.subtitleSize
                            font.bold: true
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: text.length > 0
                            text: noteDelegate.preview
                            wrapMode: Text.Wrap
                            maximumLineCount: 2
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            text: noteDelegate.tags.length > 0
                                  ? qsTr("Changed %1 · %2").arg(noteDelegate.updated).arg(noteDelegate.tags)
                                  : qsTr("Changed %1").arg(noteDelegate.updated)
                            color: Theme.muted
                            font.pixelSize: Theme.smallSize
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }
    }
}
