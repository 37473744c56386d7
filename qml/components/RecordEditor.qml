import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RightsCompanion
import RightsCompanion.Models

// A dialog that edits one record of a vault list (a key date, an appointment, a person). The fields
// are its content; `collect()` returns them as a map, `fill(record)` shows a record. Saving goes
// through `model`, so the vault saves itself a moment later.
Dialog {
    id: editor

    required property VaultRecordsModel model
    // Returns the record to save, from the fields.
    property var collect: function () {
        return {};
    }
    // Shows RECORD (an empty map for a new one) in the fields.
    property var fill: function (record) {}
    property real recordId: 0
    default property alias fields: fieldColumn.data

    function openFor(record) {
        editor.recordId = record && record.recordId ? record.recordId : 0;
        VaultSession.clearError();
        editor.fill(record || {});
        editor.open();
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.spacing : 480, 520)
    height: Math.min(implicitHeight, parent ? parent.height - 2 * Theme.spacing : implicitHeight)
    modal: true
    focus: true
    closePolicy: Popup.CloseOnEscape

    // The only child of the content: the dialog takes its size.
    ScrollView {
        id: scroller
        anchors.fill: parent
        implicitWidth: fieldColumn.implicitWidth
        implicitHeight: fieldColumn.implicitHeight
        clip: true
        contentWidth: availableWidth
        ColumnLayout {
            id: fieldColumn
            width: scroller.availableWidth
            spacing: Theme.unit * 2

            NoticeBanner {
                text: editor.visible ? VaultSession.error : ""
            }
        }
    }

    footer: RowLayout {
        spacing: Theme.unit * 2
        OutlineButton {
            objectName: "record-remove"
            visible: editor.recordId > 0
            text: qsTr("Remove")
            Layout.margins: Theme.spacing
            onClicked: {
                editor.model.remove(editor.recordId);
                editor.close();
            }
        }
        Item {
            Layout.fillWidth: true
        }
        OutlineButton {
            objectName: "record-cancel"
            text: qsTr("Cancel")
            Layout.topMargin: Theme.spacing
            Layout.bottomMargin: Theme.spacing
            onClicked: editor.close()
        }
        PrimaryButton {
            objectName: "record-save"
            text: qsTr("Save")
            Layout.margins: Theme.spacing
            onClicked: {
                const record = editor.collect();
                record.recordId = editor.recordId;
                if (editor.model.save(record) > 0)
                    editor.close();
            }
        }
    }
}
