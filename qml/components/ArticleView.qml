pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import RightsCompanion
import RightsCompanion.Models

// One article in the current language: title, how trustworthy the translation is, the text, when it
// was last checked and its sources. Follows language changes in place. An article that has no
// translation in the reader's language is shown in English, with a notice that says so; an article
// about a part of the law that is changing carries a notice pointing to the article about the changes.
// The texts stand in a Column rather than a ColumnLayout: Qt 6.4's layouts miss the height a wrapped
// text takes once its width is known, and a long title would be drawn over the text below it. The
// Column sits in an Item with a reading width to start from, as layouts leave out items of size 0.
Item {
    id: root

    property string pack
    property string articleId
    property var article: ({})

    function load() {
        root.article = root.articleId.length > 0 ? ContentLibrary.article(root.pack, root.articleId) : ({});
    }

    implicitWidth: Theme.readingWidth
    implicitHeight: column.implicitHeight
    onPackChanged: load()
    onArticleIdChanged: load()
    Component.onCompleted: load()

    Connections {
        target: ContentLibrary
        function onContentChanged() {
            root.load();
        }
    }

    Column {
        id: column
        width: root.width
        spacing: Theme.spacing

        Label {
            objectName: "article-missing"
            visible: root.articleId.length > 0 && !root.article.found
            text: qsTr("This article is not available. It may have been removed in a content update.")
            wrapMode: Text.Wrap
            width: root.width
        }

        Label {
            objectName: "article-title"
            visible: root.article.found === true
            text: root.article.title ?? ""
            font.pixelSize: Theme.headlineSize
            font.bold: true
            wrapMode: Text.Wrap
            width: root.width
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        NoticeBanner {
            objectName: "notice-not-translated"
            width: root.width
            readonly property string readerLanguage: Languages.nameOf(ContentLibrary.language)
            text: root.article.found !== true || !root.article.isFallback ? ""
                : root.article.language === "en"
                ? qsTr("Not yet translated into %1. You are reading the English text.").arg(readerLanguage)
                : qsTr("Not yet translated into %1. You are reading the text in %2.").arg(readerLanguage).arg(Languages.nameOf(root.article.language))
        }
        NoticeBanner {
            objectName: "notice-law-changing"
            width: root.width
            text: root.article.found === true && root.article.notice === "law-changing"
                ? qsTr("The law on this is changing. Ask your lawyer or VluchtelingenWerk what applies to you.")
                : ""
            actionText: (root.article.noticeArticle ?? "").length > 0 ? qsTr("What is changing") : ""
            onActionTriggered: PageRouter.open("article", { pack: root.pack, articleId: root.article.noticeArticle })
        }
        // The translation's status; for a text shown in English instead, the notice above says it all.
        StatusBadge {
            objectName: "article-status"
            status: root.article.status ?? ""
            isFallback: false
            language: root.article.language ?? ""
            width: root.width
        }
        ContentText {
            objectName: "article-text"
            visible: root.article.found === true
            pack: root.pack
            text: root.article.html ?? ""
            width: root.width
        }

        Label {
            objectName: "article-checked"
            visible: root.article.found === true
            text: qsTr("Last checked: %1").arg(root.article.checked ?? "")
            color: Theme.muted
            wrapMode: Text.Wrap
            width: root.width
            topPadding: Theme.spacing
        }
        Label {
            visible: (root.article.sources ?? []).length > 0
            text: qsTr("Sources")
            font.bold: true
            width: root.width
        }
        Repeater {
            model: root.article.sources ?? []
            delegate: Label {
                id: sourceLink
                required property string modelData
                // URLs are left-to-right even inside right-to-left text.
                text: "\u2066" + modelData + "\u2069"
                color: Theme.accent
                elide: Text.ElideMiddle
                width: root.width
                height: Math.max(implicitHeight, Theme.touchTarget)
                verticalAlignment: Text.AlignVCenter
                Accessible.role: Accessible.Link
                Accessible.name: modelData
                TapHandler {
                    onTapped: ContentLibrary.openLink(sourceLink.modelData)
                }
            }
        }
        Label {
            visible: root.article.found === true && ContentLibrary.disclaimer.length > 0
            text: ContentLibrary.disclaimer
            color: Theme.muted
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
            width: root.width
        }
    }
}
