pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RightsCompanion
import RightsCompanion.Models

// Photos and PDFs of letters, kept encrypted in the vault.
PageScaffold {
    id: root

    readonly property bool unlocked: VaultSession.state === VaultSession.Unlocked

    pageName: "documents"
    title: qsTr("My documents")

    VaultLockedNotice {}

    Paragraph {
        visible: root.unlocked
        text: qsTr("Keep photos and PDFs of your letters here, for example from the IND or COA. They are encrypted like your notes. The app keeps its own copy: afterwards you can delete the original file.")
    }

    NoticeBanner {
        visible: root.unlocked && text.length > 0
        text: VaultSession.error
    }

    Label {
        visible: root.unlocked
        text: qsTr("Add a photo or PDF")
        font.bold: true
        Layout.fillWidth: true
    }
    TextField {
        id: location
        objectName: "documents-location"
        visible: root.unlocked
        placeholderText: qsTr("File, e.g. /home/me/Downloads/letter.pdf")
        // A path is left-to-right in every language.
        LayoutMirroring.enabled: false
        horizontalAlignment: Text.AlignLeft
        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhUrlCharactersOnly
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        Accessible.name: qsTr("File to add")
        // The hint may be cut short at large text sizes: screen readers get it whole.
        Accessible.description: placeholderText
    }
    TextField {
        id: documentTitle
        objectName: "documents-title"
        visible: root.unlocked
        placeholderText: qsTr("Name, e.g. Letter from the IND, 3 March")
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        Accessible.name: qsTr("Name of the document")
        // The hint may be cut short at large text sizes: screen readers get it whole.
        Accessible.description: placeholderText
    }
    PrimaryButton {
        objectName: "documents-add"
        visible: root.unlocked
        enabled: location.text.trim().length > 0
        text: qsTr("Add")
        onClicked: {
            VaultSession.clearError();
            if (VaultSession.documents.importFile(location.text, documentTitle.text) > 0) {
                location.clear();
                documentTitle.clear();
            }
        }
    }

    Label {
        visible: root.unlocked && VaultSession.documents.count === 0
        text: qsTr("No documents yet.")
        color: Theme.muted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    Repeater {
        model: root.unlocked ? VaultSession.documents : null
        delegate: ItemDelegate {
            id: documentDelegate

            required property var documentId
            required property string title
            required property string size
            required property string created
            required property bool isPdf

            objectName: "document-" + documentId
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            Accessible.name: title
            onClicked: PageRouter.open("document", { documentId: documentId })

            contentItem: ColumnLayout {
                spacing: Theme.unit
                Label {
                    text: documentDelegate.title
                    font.bold: true
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: (documentDelegate.isPdf ? qsTr("PDF") : qsTr("Photo")) + " · " + documentDelegate.size + " · " + documentDelegate.created
                    color: Theme.muted
                    Layout.fillWidth: true
                }
            }
        }
    }
}
