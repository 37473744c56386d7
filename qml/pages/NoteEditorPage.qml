pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import RightsCompanion
import RightsCompanion.Models

// One note of the vault. Nothing to save by hand: the note is made at the first edit and kept up to
// date a moment after each change and when the page closes. While the vault is locked the editor is
// not built at all, so no note text stays on the page.
Page {
    id: root

    // The note to edit; 0 makes a new one at the first edit.
    property int noteId: 0
    property string pageName: "note"
    readonly property bool unlocked: VaultSession.state === VaultSession.Unlocked
    // Kept up to date by the editor, for the window's title bar.
    property string noteTitle

    objectName: root.pageName
    // A locked vault shows no note title either.
    title: root.unlocked && root.noteTitle.length > 0 ? root.noteTitle
        : root.noteId === 0 ? qsTr("New note")
        : qsTr("Note")
    onUnlockedChanged: {
        if (!root.unlocked)
            root.noteTitle = "";
    }

    // A Repeater with a count of 0 or 1 builds and destroys the editor. (Not a Loader: in Qt 6.4 a
    // Loader cannot build a component of a file with ComponentBehavior: Bound.)
    Repeater {
        model: root.unlocked ? 1 : 0
        delegate: editorComponent
    }

    ScrollColumn {
        anchors.fill: parent
        visible: !root.unlocked

        Label {
            objectName: "note-locked"
            text: VaultSession.state === VaultSession.Absent ? qsTr("You have no private notes on this phone yet.")
                : qsTr("Unlock your notes first")
            font.pixelSize: Theme.titleSize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        PrimaryButton {
            text: qsTr("Go to My notes")
            onClicked: PageRouter.open("vault", {})
        }
    }

    Component {
        id: editorComponent

        Item {
            id: editor

            // The editor's own copy of everything it needs when it is destroyed, so that the last
            // save does not depend on other objects that are being destroyed at the same time.
            property int noteId: root.noteId
            property string noteTitle
            property string body
            property string tags
            property string created
            property string updated
            property bool found: true
            // Set while the fields are filled from the stored note, so that filling is not an edit.
            property bool loading: true
            property bool dirty: false
            property bool madeHere: false
            property bool deleted: false
            property string problem

            anchors.fill: parent

            function load() {
                editor.loading = true;
                if (editor.noteId > 0) {
                    const note = VaultSession.notes.get(editor.noteId);
                    editor.found = note?.found === true;
                    if (editor.found) {
                        titleField.text = note.title;
                        bodyArea.text = note.body;
                        tagsField.text = note.tags;
                        editor.created = note.created;
                        editor.updated = note.updated;
                    }
                }
                editor.noteTitle = titleField.text;
                editor.body = bodyArea.text;
                editor.tags = tagsField.text;
                root.noteTitle = editor.noteTitle;
                editor.loading = false;
            }

            function edited() {
                if (editor.loading || editor.deleted)
                    return;
                editor.noteTitle = titleField.text;
                editor.body = bodyArea.text;
                editor.tags = tagsField.text;
                root.noteTitle = editor.noteTitle;
                if (editor.noteId > 0) {
                    editor.dirty = true;
                    saveTimer.restart();
                    return;
                }
                const id = VaultSession.notes.create(editor.noteTitle, editor.body, editor.tags);
                if (id > 0) {
                    editor.noteId = id;
                    root.noteId = id;
                    editor.madeHere = true;
                    editor.problem = "";
                    editor.refreshDates();
                } else {
                    // The next edit tries again.
                    editor.problem = qsTr("This note could not be saved. Your text is still here; keep this page open and try again in a moment.");
                }
            }

            function flush() {
                saveTimer.stop();
                if (!editor.dirty || editor.deleted || editor.noteId <= 0
                        || VaultSession.state !== VaultSession.Unlocked)
                    return;
                editor.dirty = false;
                if (VaultSession.notes.update(editor.noteId, editor.noteTitle, editor.body, editor.tags)) {
                    editor.problem = "";
                    editor.refreshDates();
                } else {
                    editor.dirty = true;
                    editor.problem = qsTr("Your last changes could not be saved. Your text is still here; keep this page open and try again in a moment.");
                }
            }

            function refreshDates() {
                const note = VaultSession.notes.get(editor.noteId);
                if (note?.found === true) {
                    editor.created = note.created;
                    editor.updated = note.updated;
                }
            }

            function remove() {
                saveTimer.stop();
                editor.deleted = true;
                editor.dirty = false;
                if (editor.noteId > 0 && !VaultSession.notes.remove(editor.noteId)) {
                    editor.deleted = false;
                    editor.problem = qsTr("This note could not be deleted. Try again in a moment.");
                    return;
                }
                PageRouter.back();
            }

            Component.onCompleted: editor.load()
            Component.onDestruction: {
                if (VaultSession.state !== VaultSession.Unlocked || editor.deleted)
                    return;
                // A note made here and emptied again is not worth keeping.
                if (editor.madeHere && editor.noteTitle.trim().length === 0
                        && editor.body.trim().length === 0 && editor.tags.trim().length === 0) {
                    VaultSession.notes.remove(editor.noteId);
                    return;
                }
                editor.flush();
            }

            // Whatever was typed in the last moment is kept when the vault locks.
            Connections {
                target: VaultSession
                function onAboutToLock() {
                    editor.flush();
                }
            }

            Timer {
                id: saveTimer
                interval: 700
                onTriggered: editor.flush()
            }

            ColumnLayout {
                anchors.top: parent.top
                anchors.bottom: parent.bottom
                anchors.horizontalCenter: parent.horizontalCenter
                anchors.topMargin: Theme.spacing
                anchors.bottomMargin: Theme.spacing
                width: Math.min(parent.width - 2 * Theme.spacing, Theme.readingWidth)
                spacing: Theme.unit * 2

                Label {
                    objectName: "note-missing"
                    visible: !editor.found
                    text: qsTr("This note is not there any more. It may have been deleted.")
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.bodySize
                    Layout.fillWidth: true
                }
                NoticeBanner {
                    text: editor.problem
                }

                TextField {
                    id: titleField
                    objectName: "note-title"
                    visible: editor.found
                    placeholderText: qsTr("Title")
                    font.pixelSize: Theme.sectionSize
                    font.bold: true
                    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touchTarget + Theme.unit * 2
                    Accessible.name: qsTr("Title")
                    onTextEdited: editor.edited()
                    onAccepted: bodyArea.forceActiveFocus()
                }

                ScrollView {
                    visible: editor.found
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumHeight: Theme.touchTarget * 3

                    TextArea {
                        id: bodyArea
                        objectName: "note-body"
                        // Shown exactly as typed; Markdown may be used but is not rendered here.
                        textFormat: TextEdit.PlainText
                        wrapMode: TextEdit.Wrap
                        font.pixelSize: Theme.bodySize
                        placeholderText: qsTr("Write your note here")
                        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                        Accessible.name: qsTr("Note")
                        onTextChanged: editor.edited()
                    }
                }

                TextField {
                    id: tagsField
                    objectName: "note-tags"
                    visible: editor.found
                    placeholderText: qsTr("Tags, e.g. interview, lawyer")
                    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touchTarget
                    Accessible.name: qsTr("Tags, separated by commas")
                    // The hint may be cut short at large text sizes: screen readers get it whole.
                    Accessible.description: placeholderText
                    onTextEdited: editor.edited()
                }

                // Anchors rather than a nested layout: in Qt 6.4 a layout sized by another layout can
                // miss the new height of wrapping text.
                Item {
                    visible: editor.found
                    implicitHeight: Math.max(dates.implicitHeight, deleteButton.visible ? deleteButton.implicitHeight : 0)
                    Layout.fillWidth: true

                    Label {
                        id: dates
                        objectName: "note-dates"
                        text: editor.noteId <= 0 ? qsTr("Your note is kept as soon as you start typing.")
                            : qsTr("Created %1 · Changed %2").arg(editor.created).arg(editor.updated)
                        color: Theme.muted
                        font.pixelSize: Theme.smallSize
                        wrapMode: Text.Wrap
                        anchors.left: parent.left
                        anchors.right: deleteButton.visible ? deleteButton.left : parent.right
                        anchors.rightMargin: deleteButton.visible ? Theme.spacing : 0
                        anchors.verticalCenter: parent.verticalCenter
                    }
                    Button {
                        id: deleteButton
                        objectName: "note-delete"
                        visible: editor.noteId > 0
                        text: qsTr("Delete")
                        flat: true
                        height: Math.max(implicitHeight, Theme.touchTarget)
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        Accessible.name: qsTr("Delete this note")
                        onClicked: confirmDelete.open()
                    }
                }
            }

            Dialog {
                id: confirmDelete
                objectName: "note-confirm-delete"
                parent: Overlay.overlay
                anchors.centerIn: parent
                width: Math.min(editor.width - 2 * Theme.spacing, 440)
                modal: true
                title: qsTr("Delete this note?")

                // In a layout: a wrapping Label straight in a Dialog makes a binding loop in Qt 6.4.
                ColumnLayout {
                    width: confirmDelete.availableWidth
                    Label {
                        text: qsTr("The note will be deleted from this phone. You cannot undo this.")
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.bodySize
                        Layout.fillWidth: true
                    }
                }

                footer: DialogButtonBox {
                    Button {
                        text: qsTr("Keep the note")
                        flat: true
                        onClicked: confirmDelete.reject()
                    }
                    Button {
                        objectName: "note-confirm-delete-button"
                        text: qsTr("Delete note")
                        flat: true
                        onClicked: confirmDelete.accept()
                    }
                }

                onAccepted: editor.remove()
            }
        }
    }
}
