pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RightsCompanion
import RightsCompanion.Models

// The Dutch words of the asylum procedure, each explained in the reader's language. The list filters
// as you type. Opened from a glossary: link (with `entryId`), it shows that term first and marks it.
// The terms stay Dutch in every language, so they are isolated as left-to-right text inside
// right-to-left layouts, and every line follows the layout's reading direction.
Page {
    id: root

    property string pageName: "glossary"
    // Only this pack's glossary (set when opened from a link); empty: every installed pack's.
    property string pack
    // The entry to show first.
    property string entryId
    readonly property alias count: list.count

    // Shows one entry: clears the filter so it is in the list, marks it and scrolls to it.
    function showEntry(id: string) {
        root.entryId = id;
        filterField.text = "";
        const row = glossary.indexOf(id);
        if (row < 0)
            return;
        list.currentIndex = row;
        list.positionViewAtIndex(row, ListView.Beginning);
    }

    objectName: root.pageName
    title: qsTr("Glossary")
    Component.onCompleted: {
        if (root.entryId.length > 0)
            root.showEntry(root.entryId);
    }

    ColumnLayout {
        id: column
        width: Math.min(root.width - 2 * Theme.spacing, Theme.readingWidth)
        x: (root.width - width) / 2
        y: Theme.spacing
        height: root.height - 2 * Theme.spacing
        spacing: Theme.spacing

        TextField {
            id: filterField
            objectName: "glossary-filter"
            placeholderText: qsTr("Search for a word")
            inputMethodHints: Qt.ImhNoPredictiveText
            horizontalAlignment: TextInput.AlignLeft
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            Accessible.name: qsTr("Search the glossary")
        }

        Label {
            objectName: "glossary-empty"
            visible: list.count === 0
            text: filterField.text.length > 0
                ? qsTr("No word matches “%1”.").arg(filterField.text)
                : qsTr("There is no glossary in the installed information yet.")
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
        }

        ListView {
            id: list
            objectName: "glossary-list"
            clip: true
            spacing: Theme.unit
            currentIndex: -1
            boundsBehavior: Flickable.StopAtBounds
            Layout.fillWidth: true
            Layout.fillHeight: true
            ScrollBar.vertical: ScrollBar {}

            model: GlossaryModel {
                id: glossary
                library: ContentLibrary
                pack: root.pack
                filter: filterField.text
                // The list was rebuilt (a new language or filter): find the chosen entry again.
                onModelReset: list.currentIndex = root.entryId.length > 0 ? glossary.indexOf(root.entryId) : -1
            }

            delegate: Rectangle {
                id: entry

                required property string entryId
                required property string pack
                required property string term
                required property string explanation
                required property string html
                required property string status
                required property bool isFallback
                required property string language
                readonly property bool chosen: ListView.isCurrentItem

                objectName: "glossary-" + entryId
                width: ListView.view.width
                implicitHeight: entryColumn.implicitHeight + 2 * Theme.spacing
                radius: Theme.unit * 2
                color: chosen ? Theme.railBackground : "transparent"
                Accessible.role: Accessible.StaticText
                Accessible.name: term + ": " + explanation

                // A Column: its height follows the wrapped texts (see ArticleView).
                Column {
                    id: entryColumn
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.margins: Theme.spacing
                    spacing: Theme.unit

                    Label {
                        objectName: "glossary-term"
                        // The Dutch term as it is written, left to right even in Arabic or Farsi.
                        text: "\u2066" + entry.term + "\u2069"
                        font.pixelSize: Theme.subtitleSize
                        font.bold: true
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignLeft
                        width: entryColumn.width
                        Accessible.role: Accessible.Heading
                        Accessible.name: entry.term
                    }
                    ContentText {
                        objectName: "glossary-explanation"
                        pack: entry.pack
                        text: entry.html
                        horizontalAlignment: Text.AlignLeft
                        routesInternalLinks: false
                        width: entryColumn.width
                        // A term explained in terms of another: show that one here.
                        onInternalLinkActivated: (page, args) => {
                            if (page === "glossary")
                                root.showEntry(args.entryId);
                            else
                                PageRouter.open(page, args);
                        }
                    }
                    StatusBadge {
                        status: entry.status
                        isFallback: entry.isFallback
                        language: entry.language
                        width: entryColumn.width
                    }
                }
            }
        }
    }
}
