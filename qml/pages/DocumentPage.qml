pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RightsCompanion
import RightsCompanion.Models

// One document of the vault, shown from memory: photos as they are, PDFs page by page.
PageScaffold {
    id: root

    property var documentId: 0
    property var info: ({})
    property int page: 0

    function load() {
        root.info = root.documentId > 0 && VaultSession.state === VaultSession.Unlocked
            ? VaultSession.documents.get(root.documentId) : ({});
        root.page = 0;
    }

    pageName: "document"
    title: root.info.found ? root.info.title : qsTr("Document")
    onDocumentIdChanged: load()
    Component.onCompleted: load()

    VaultLockedNotice {}

    Label {
        objectName: "document-missing"
        visible: VaultSession.state === VaultSession.Unlocked && !root.info.found
        text: qsTr("This document is not in your vault.")
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    Image {
        objectName: "document-image"
        visible: root.info.found === true
        // Decoded from the vault on request; never kept in Qt's image cache, never loaded on another
        // thread (the vault is used from the interface thread only).
        source: root.info.found ? "image://vault/" + root.documentId + "/" + root.page : ""
        cache: false
        asynchronous: false
        fillMode: Image.PreserveAspectFit
        sourceSize.width: 1600
        Layout.fillWidth: true
        Layout.preferredHeight: implicitHeight > 0 ? width * implicitHeight / Math.max(1, implicitWidth) : 0
        Accessible.role: Accessible.Graphic
        Accessible.name: root.title
    }

    RowLayout {
        visible: root.info.found === true && root.info.isPdf && root.info.pageCount > 1
        Layout.fillWidth: true

        Button {
            text: qsTr("Previous page")
            enabled: root.page > 0
            Layout.minimumHeight: Theme.touchTarget
            onClicked: root.page -= 1
        }
        Label {
            text: qsTr("Page %1 of %2").arg(root.page + 1).arg(root.info.pageCount ?? 1)
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        Button {
            text: qsTr("Next page")
            enabled: root.page + 1 < (root.info.pageCount ?? 1)
            Layout.minimumHeight: Theme.touchTarget
            onClicked: root.page += 1
        }
    }

    OutlineButton {
        objectName: "document-delete"
        visible: root.info.found === true
        text: qsTr("Delete this document")
        onClicked: confirmDelete.open()
    }

    Dialog {
        id: confirmDelete
        title: qsTr("Delete this document?")
        modal: true
        anchors.centerIn: Overlay.overlay
        standardButtons: Dialog.NoButton

        ColumnLayout {
            Label {
                text: qsTr("The app's copy is deleted for good.")
                wrapMode: Text.Wrap
                Layout.maximumWidth: 300
            }
            RowLayout {
                Button {
                    text: qsTr("Keep")
                    onClicked: confirmDelete.reject()
                }
                Button {
                    text: qsTr("Delete")
                    onClicked: {
                        confirmDelete.accept();
                        if (VaultSession.documents.remove(root.documentId))
                            PageRouter.back();
                    }
                }
            }
        }
    }
}
