import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RightsCompanion
import RightsCompanion.Models

PageScaffold {
    id: root

    property alias pack: view.pack
    property alias articleId: view.articleId
    readonly property alias article: view.article
    property string handoutProblem
    property string handoutDone

    // Saves the article as a PDF handout (for printing or passing on) in the language it is read in.
    // A typed path, as for the calendar export: the file is public content, nothing from the vault.
    function saveHandout() {
        root.handoutDone = "";
        const path = handoutPath.text.trim();
        root.handoutProblem = handout.saveArticle(root.pack, root.articleId, ContentLibrary.language, path);
        if (root.handoutProblem.length === 0)
            root.handoutDone = qsTr("Saved. Open the PDF to print it or pass it on.");
    }

    pageName: "article"
    title: view.article.found ? view.article.title : qsTr("Article")

    Handout {
        id: handout
        library: ContentLibrary
    }

    ArticleView {
        id: view
        Layout.fillWidth: true
    }

    OutlineButton {
        objectName: "article-handout"
        visible: view.article.found === true
        text: qsTr("Print or save as PDF")
        Accessible.name: text
        onClicked: {
            handoutPart.visible = !handoutPart.visible;
            if (handoutPart.visible && handoutPath.text.length === 0)
                handoutPath.text = handout.defaultPath(root.articleId, ContentLibrary.language);
        }
    }

    ColumnLayout {
        id: handoutPart
        objectName: "article-handout-part"
        visible: false
        spacing: Theme.unit * 2
        Layout.fillWidth: true

        Paragraph {
            text: qsTr("Save this article as a PDF file in the language you are reading, with its sources, the date it was checked and a QR code. Print it or give it to someone. It holds nothing from your notes.")
        }
        TextField {
            id: handoutPath
            objectName: "article-handout-path"
            placeholderText: qsTr("Where to save the PDF file")
            LayoutMirroring.enabled: false
            horizontalAlignment: TextInput.AlignLeft
            inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase | Qt.ImhUrlCharactersOnly
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            Accessible.name: placeholderText
        }
        OutlineButton {
            objectName: "article-handout-save"
            text: qsTr("Save PDF")
            enabled: handoutPath.text.trim().length > 0
            onClicked: root.saveHandout()
        }
        NoticeBanner {
            objectName: "article-handout-result"
            text: root.handoutProblem.length > 0 ? root.handoutProblem : root.handoutDone
        }
    }
}
