pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import RightsCompanion
import RightsCompanion.Models

// Looking after the vault: a new passphrase, when it locks itself, backups, and deleting it.
PageScaffold {
    id: root

    readonly property bool unlocked: VaultSession.state === VaultSession.Unlocked
    // The last confirmation from VaultSession.done, until the next action.
    property string doneMessage
    // The section whose action ran last ("passphrase", "export", "import", "wipe"): its result is
    // shown under its button, where the user is looking, not at the top of a long page.
    property string lastAction
    readonly property string feedback: root.doneMessage.length > 0 ? root.doneMessage : VaultSession.error
    // Results with no section to show them in: other errors, and the results of restoring and
    // deleting, after which the settings are locked or gone.
    readonly property bool feedbackAtTop: !root.unlocked || root.lastAction.length === 0

    // A file URL for the backup calls from what the user typed (already trimmed): a file URL as it
    // is, or an absolute path made into one. Returns "" for anything else.
    // (No local variables here: qmllint 6.4 crashes on a local set from a typed parameter's method.)
    function fileUrl(path: string): string {
        if (path.startsWith("file:"))
            return path;
        if (!path.startsWith("/"))
            return "";
        return "file://" + path.split("/").map(part => encodeURIComponent(part)).join("/");
    }

    pageName: "vault-settings"
    title: qsTr("Vault settings")

    Connections {
        target: VaultSession
        function onDone(message: string) {
            root.doneMessage = message;
        }
    }

    // A file path or file:// URL: left-to-right and left-aligned in every language.
    component PathField: TextField {
        LayoutMirroring.enabled: false
        horizontalAlignment: TextInput.AlignLeft
        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase | Qt.ImhUrlCharactersOnly
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        Accessible.name: placeholderText
    }

    component SectionTitle: Label {
        font.bold: true
        font.pixelSize: Theme.subtitleSize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    NoticeBanner {
        objectName: "vault-settings-error"
        text: root.feedbackAtTop ? VaultSession.error : ""
    }
    NoticeBanner {
        objectName: "vault-settings-done"
        text: root.feedbackAtTop ? root.doneMessage : ""
    }
    BusyLine {
        visible: VaultSession.busy && root.feedbackAtTop
        text: qsTr("Working on your vault. This can take a few seconds.")
    }

    VaultLockedNotice {
        objectName: "vault-settings-locked"
    }

    // A Repeater with a count of 0 or 1 builds the fields only while the vault is open. (Not a
    // Loader: in Qt 6.4 a Loader cannot build a component of a file with ComponentBehavior: Bound.)
    Repeater {
        model: root.unlocked ? 1 : 0
        delegate: Part {
            id: settings

            // A problem with what the user typed, found before asking the vault.
            property string passphraseProblem
            property string exportProblem
            property string importProblem

            spacing: Theme.unit * 2

            function changePassphrase() {
                root.doneMessage = "";
                root.lastAction = "passphrase";
                if (newPassphrase.text.length < VaultSession.minimumPassphraseLength) {
                    settings.passphraseProblem = qsTr("Your passphrase is too short. Use at least %1 characters.").arg(VaultSession.minimumPassphraseLength);
                    return;
                }
                if (newPassphrase.text !== repeatedPassphrase.text) {
                    settings.passphraseProblem = qsTr("The two passphrases are not the same. Type them again.");
                    repeatedPassphrase.clear();
                    return;
                }
                settings.passphraseProblem = "";
                VaultSession.changePassphrase(newPassphrase.text, repeatedPassphrase.text);
                newPassphrase.clear();
                repeatedPassphrase.clear();
            }

            function exportBackup() {
                root.doneMessage = "";
                root.lastAction = "export";
                const url = root.fileUrl(exportPath.text.trim());
                if (url.length === 0) {
                    settings.exportProblem = qsTr("Type the full path of the file, starting with /.");
                    return;
                }
                settings.exportProblem = "";
                VaultSession.exportBackup(url);
            }

            function importBackup() {
                root.doneMessage = "";
                root.lastAction = "import";
                VaultSession.importBackup(root.fileUrl(importPath.text.trim()), importSecret.text);
                importSecret.clear();
            }

            // Change passphrase
            SectionTitle {
                text: qsTr("Change passphrase")
            }
            Paragraph {
                text: qsTr("Your notes stay as they are. Your recovery key keeps working.")
            }
            SecretField {
                id: newPassphrase
                objectName: "vault-settings-new-passphrase"
                placeholderText: qsTr("New passphrase")
                enabled: !VaultSession.busy
                onAccepted: repeatedPassphrase.forceActiveFocus()
            }
            SecretField {
                id: repeatedPassphrase
                objectName: "vault-settings-repeat-passphrase"
                placeholderText: qsTr("Type the new passphrase again")
                enabled: !VaultSession.busy
                onAccepted: settings.changePassphrase()
            }
            Label {
                visible: text.length > 0
                text: settings.passphraseProblem
                color: Theme.warning
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            OutlineButton {
                objectName: "vault-settings-change-passphrase"
                text: qsTr("Change passphrase")
                enabled: !VaultSession.busy && newPassphrase.length > 0 && repeatedPassphrase.length > 0
                onClicked: settings.changePassphrase()
            }
            BusyLine {
                visible: VaultSession.busy && root.lastAction === "passphrase"
                text: qsTr("Changing your passphrase. This takes a few seconds.")
            }
            NoticeBanner {
                objectName: "vault-settings-passphrase-result"
                text: root.lastAction === "passphrase" ? root.feedback : ""
            }

            // Auto-lock
            SectionTitle {
                text: qsTr("Lock automatically")
            }
            Paragraph {
                text: qsTr("Your notes lock when you leave the app, and after this many minutes without use:")
            }
            Row {
                spacing: Theme.spacing

                SpinBox {
                    id: autoLock
                    objectName: "vault-settings-auto-lock"
                    from: 1
                    to: 60
                    value: VaultSession.autoLockMinutes
                    editable: true
                    height: Math.max(implicitHeight, Theme.touchTarget)
                    Accessible.name: qsTr("Minutes without use before your notes lock")
                    onValueModified: VaultSession.autoLockMinutes = autoLock.value
                }
                Label {
                    text: qsTr("minutes", "", autoLock.value)
                    anchors.verticalCenter: parent.verticalCenter
                }
            }

            // Reminders (Reminders: app/ui/Reminders.h)
            SectionTitle {
                text: qsTr("Reminders")
            }
            Paragraph {
                text: qsTr("While your notes are open, the app reminds you of your deadlines 7 days, 2 days and 1 day before and on the last day, and of your appointments 1 day and 2 hours before. While your notes are locked, there are no reminders. Your reminders are also listed under \"Coming up\" on the page \"Your procedure\".")
            }
            Switch {
                objectName: "vault-settings-reminders"
                text: qsTr("Reminders")
                checked: Reminders.enabled
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: text
                onToggled: Reminders.enabled = checked
            }
            Switch {
                objectName: "vault-settings-reminder-details"
                text: qsTr("Show details in reminders")
                checked: Reminders.showDetails
                enabled: Reminders.enabled
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: text
                onToggled: Reminders.showDetails = checked
            }
            Paragraph {
                text: Reminders.showDetails ? qsTr("Reminders say which deadline or appointment it is. Anyone who sees your screen, even when it is locked, can read it.") : qsTr("Reminders only say \"You have a deadline in 2 days\", not which one, so a locked screen shows nothing about your case.")
            }
            Paragraph {
                visible: Reminders.enabled && !Reminders.desktopNotifications
                text: qsTr("This device did not show a reminder as a notification. You find your reminders under \"Coming up\" on the page \"Your procedure\".")
                color: Theme.muted
            }
            Paragraph {
                text: qsTr("The app remembers which reminders it has shown only until you close it. After a restart, a reminder of the last 24 hours can show once more.")
                color: Theme.muted
            }

            // Backup
            SectionTitle {
                text: qsTr("Save a backup")
            }
            Paragraph {
                text: qsTr("A backup is a copy of your vault that stays encrypted. Save it on a memory card or USB stick to move your notes to a new phone. It opens with the passphrase you have now, or with your recovery key.")
            }
            Paragraph {
                // The example path is isolated so that it stays left-to-right inside right-to-left text.
                text: qsTr("Type where to save it, for example %1").arg("\u2066/media/usb/my-notes.rcv\u2069")
            }
            PathField {
                id: exportPath
                objectName: "vault-settings-export-path"
                placeholderText: qsTr("Where to save the backup")
            }
            Label {
                visible: text.length > 0
                text: settings.exportProblem
                color: Theme.warning
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            OutlineButton {
                objectName: "vault-settings-export"
                text: qsTr("Save backup")
                enabled: !VaultSession.busy && exportPath.text.trim().length > 0
                onClicked: settings.exportBackup()
            }
            BusyLine {
                visible: VaultSession.busy && root.lastAction === "export"
                text: qsTr("Saving the backup.")
            }
            NoticeBanner {
                objectName: "vault-settings-export-result"
                text: root.lastAction === "export" ? root.feedback : ""
            }

            SectionTitle {
                text: qsTr("Restore a backup")
            }
            Paragraph {
                text: qsTr("Restoring a backup replaces the notes on this phone with the notes in the backup. Type where the backup file is, and the passphrase or recovery key that opens it.")
            }
            PathField {
                id: importPath
                objectName: "vault-settings-import-path"
                placeholderText: qsTr("Backup file")
            }
            SecretField {
                id: importSecret
                objectName: "vault-settings-import-secret"
                placeholderText: qsTr("Passphrase or recovery key")
                enabled: !VaultSession.busy
            }
            Label {
                visible: text.length > 0
                text: settings.importProblem
                color: Theme.warning
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            OutlineButton {
                objectName: "vault-settings-import"
                text: qsTr("Restore backup")
                enabled: !VaultSession.busy && importPath.text.trim().length > 0 && importSecret.length > 0
                onClicked: {
                    if (root.fileUrl(importPath.text.trim()).length === 0) {
                        settings.importProblem = qsTr("Type the full path of the file, starting with /.");
                        return;
                    }
                    settings.importProblem = "";
                    confirmImport.open();
                }
            }

            // Wipe
            SectionTitle {
                text: qsTr("Delete my vault")
            }
            Paragraph {
                text: qsTr("Deletes all your notes and case details from this phone.")
            }
            OutlineButton {
                objectName: "vault-settings-wipe"
                text: qsTr("Delete my vault")
                enabled: !VaultSession.busy
                Material.foreground: Theme.warning
                onClicked: {
                    confirmWord.clear();
                    confirmWipe.open();
                }
            }
            NoticeBanner {
                objectName: "vault-settings-wipe-result"
                text: root.lastAction === "wipe" ? root.feedback : ""
            }

            Dialog {
                id: confirmImport
                objectName: "vault-settings-confirm-import"
                parent: Overlay.overlay
                anchors.centerIn: parent
                width: Math.min(settings.width, 440)
                modal: true
                title: qsTr("Replace your notes?")

                // In a layout: a wrapping Label straight in a Dialog makes a binding loop in Qt 6.4.
                ColumnLayout {
                    width: confirmImport.availableWidth
                    Label {
                        text: qsTr("The notes and case details on this phone will be replaced by those in the backup. You cannot undo this.")
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.bodySize
                        Layout.fillWidth: true
                    }
                }

                footer: DialogButtonBox {
                    Button {
                        text: qsTr("Cancel")
                        flat: true
                        onClicked: confirmImport.reject()
                    }
                    Button {
                        text: qsTr("Replace")
                        flat: true
                        onClicked: confirmImport.accept()
                    }
                }

                onAccepted: settings.importBackup()
            }

            Dialog {
                id: confirmWipe
                objectName: "vault-settings-confirm-wipe"

                // The word to type, in the user's language. The English word is accepted too: some
                // letters of the translated word (Pashto ړ, Sorani ڕ) are missing from many keyboards.
                readonly property string word: qsTr("DELETE")
                readonly property string typed: confirmWord.text.trim().toLocaleLowerCase()
                readonly property bool confirmed: typed === word.toLocaleLowerCase() || typed === "delete"

                parent: Overlay.overlay
                anchors.centerIn: parent
                width: Math.min(settings.width, 440)
                modal: true
                title: qsTr("Delete your vault?")

                ColumnLayout {
                    width: confirmWipe.availableWidth
                    spacing: Theme.spacing

                    Label {
                        text: qsTr("All your notes and case details will be deleted from this phone. This cannot be undone, not even with the recovery key. Backups you saved somewhere else are not deleted.")
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.bodySize
                        Layout.fillWidth: true
                    }
                    Label {
                        text: qsTr("To confirm, type %1").arg(confirmWipe.word)
                        wrapMode: Text.Wrap
                        font.bold: true
                        Layout.fillWidth: true
                    }
                    TextField {
                        id: confirmWord
                        objectName: "vault-settings-confirm-word"
                        inputMethodHints: Qt.ImhNoPredictiveText
                        Layout.fillWidth: true
                        Layout.minimumHeight: Theme.touchTarget
                        Accessible.name: qsTr("Type %1 to confirm").arg(confirmWipe.word)
                    }
                }

                footer: DialogButtonBox {
                    Button {
                        text: qsTr("Keep my vault")
                        flat: true
                        onClicked: confirmWipe.reject()
                    }
                    Button {
                        objectName: "vault-settings-confirm-wipe-button"
                        text: qsTr("Delete for good")
                        flat: true
                        enabled: confirmWipe.confirmed
                        onClicked: confirmWipe.accept()
                    }
                }

                onAccepted: {
                    // Enter in the field accepts the dialog too; only the typed word may delete.
                    if (!confirmWipe.confirmed)
                        return;
                    root.doneMessage = "";
                    root.lastAction = "wipe";
                    VaultSession.wipe();
                    // wipe() reports failure through VaultSession.error but has no done() message.
                    if (VaultSession.state === VaultSession.Absent)
                        root.doneMessage = qsTr("Your vault was deleted from this phone.");
                }
            }
        }
    }
}
