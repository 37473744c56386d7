import QtQuick
import RightsCompanion
import RightsCompanion.Models

// Content Markdown rendered to HTML (MarkdownRenderer). Web, phone and e-mail links open outside the
// app; article: and glossary: links open that article or glossary term in the app, through the
// router, unless the page takes them itself (`routesInternalLinks: false`, `internalLinkActivated`).
Text {
    id: root

    // The pack the text comes from: its internal links lead within it.
    property string pack
    property bool routesInternalLinks: true

    signal internalLinkActivated(string page, var arguments)

    function follow(link: string) {
        const target = ContentLibrary.linkTarget(root.pack, link);
        if (target.page.length === 0)
            ContentLibrary.openLink(link);
        else if (root.routesInternalLinks)
            PageRouter.open(target.page, target.arguments);
        else
            root.internalLinkActivated(target.page, target.arguments);
    }

    textFormat: Text.RichText
    wrapMode: Text.Wrap
    font.pixelSize: Theme.bodySize
    lineHeight: 1.3
    color: palette.windowText
    linkColor: Theme.accent
    onLinkActivated: link => root.follow(link)

    // The hand shows that a word can be tapped.
    HoverHandler {
        cursorShape: root.hoveredLink.length > 0 ? Qt.PointingHandCursor : Qt.ArrowCursor
    }
}
