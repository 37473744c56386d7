pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RightsCompanion
import RightsCompanion.Models

// One article in the current language: title, how trustworthy the translation is, the text, when it
// was last checked and its sources. Follows language changes in place.
ColumnLayout {
    id: root

    property string pack
    property string articleId
    property var article: ({})

    function load() {
        root.article = root.articleId.length > 0 ? ContentLibrary.article(root.pack, root.articleId) : ({});
    }

    spacing: Theme.spacing
    onPackChanged: load()
    onArticleIdChanged: load()
    Component.onCompleted: load()

    Connections {
        target: ContentLibrary
        function onContentChanged() {
            root.load();
        }
    }

    Label {
        objectName: "article-missing"
        visible: root.articleId.length > 0 && !root.article.found
        text: qsTr("This article is not available. It may have been removed in a content update.")
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    Label {
        visible: root.article.found === true
        text: root.article.title ?? ""
        font.pixelSize: Theme.headlineSize
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    StatusBadge {
        status: root.article.status ?? ""
        isFallback: root.article.isFallback ?? false
        language: root.article.language ?? ""
        Layout.fillWidth: true
    }
    Text {
        visible: root.article.found === true
        text: root.article.html ?? ""
        textFormat: Text.RichText
        wrapMode: Text.Wrap
        font.pixelSize: Theme.bodySize
        lineHeight: 1.3
        color: palette.windowText
        linkColor: Theme.accent
        Layout.fillWidth: true
        onLinkActivated: link => ContentLibrary.openLink(link)
    }

    Label {
        visible: root.article.found === true
        text: qsTr("Last checked: %1").arg(root.article.checked ?? "")
        color: Theme.muted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
    }
    Label {
        visible: (root.article.sources ?? []).length > 0
        text: qsTr("Sources")
        font.bold: true
        Layout.fillWidth: true
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
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
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
        font.pixelSize: Theme.bodySize - 2
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
