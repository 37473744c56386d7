import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RightsCompanion
import RightsCompanion.Models

// "Print or save as PDF": a handout (app/ui/Handout) of what the page shows, in the language it is read
// in, for volunteers who hand information out on paper. The button opens a typed path, as for the
// calendar export; the file holds public content only, nothing from the vault.
ColumnLayout {
    id: root

    // What to print: "article", "procedure" or "contact"; the objectNames start with it.
    required property string kind
    property string pack
    property string itemId
    // What the PDF will hold, said before the path is asked for.
    property string explanation
    // Whether the path and the save button show (the button toggles them).
    property bool open
    property string problem
    property string done

    function save() {
        root.done = "";
        const path = pathField.text.trim();
        const language = ContentLibrary.language;
        root.problem = root.kind === "procedure" ? handout.saveProcedure(root.pack, root.itemId, language, path)
            : root.kind === "contact" ? handout.saveContact(root.pack, root.itemId, language, path)
            : handout.saveArticle(root.pack, root.itemId, language, path);
        if (root.problem.length === 0)
            root.done = qsTr("Saved. Open the PDF to print it or pass it on.");
    }

    spacing: Theme.unit * 2
    Layout.fillWidth: true

    Handout {
        id: handout
        library: ContentLibrary
    }

    // Not in kiosk mode: a file saved on a shared laptop would stay behind for the next person.
    OutlineButton {
        objectName: root.kind + "-handout"
        visible: Kiosk.fileExportAllowed
        text: qsTr("Print or save as PDF")
        icon.source: Pictograms.source("print")
        Accessible.name: text
        onClicked: {
            root.open = !root.open;
            if (root.open && pathField.text.length === 0)
                pathField.text = handout.defaultPath(root.itemId, ContentLibrary.language);
        }
    }

    ColumnLayout {
        objectName: root.kind + "-handout-part"
        visible: root.open && Kiosk.fileExportAllowed
        spacing: Theme.unit * 2
        Layout.fillWidth: true

        Paragraph {
            visible: text.length > 0
            text: root.explanation
        }
        TextField {
            id: pathField
            objectName: root.kind + "-handout-path"
            placeholderText: qsTr("Where to save the PDF file")
            LayoutMirroring.enabled: false
            horizontalAlignment: TextInput.AlignLeft
            inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase | Qt.ImhUrlCharactersOnly
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            Accessible.name: placeholderText
        }
        OutlineButton {
            objectName: root.kind + "-handout-save"
            text: qsTr("Save PDF")
            enabled: pathField.text.trim().length > 0
            onClicked: root.save()
        }
        NoticeBanner {
            objectName: root.kind + "-handout-result"
            text: root.problem.length > 0 ? root.problem : root.done
        }
    }
}
