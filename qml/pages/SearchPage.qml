pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RightsCompanion
import RightsCompanion.Models

// Search over the installed information: articles and the glossary, in the reader's language first,
// then in English. The results follow every letter typed, each word counts as the start of a word, and
// letters are matched however they were typed (with or without accents or tashkeel, Arabic or Persian
// letter forms, Persian or Arabic digits). Opened from the home page's search field with what was typed
// there (`query`). Every line follows the layout's reading direction.
Page {
    id: root

    property string pageName: "search"
    // What to search for when the page opens.
    property string query
    readonly property alias count: results.count

    objectName: root.pageName
    title: qsTr("Search")
    Component.onCompleted: {
        searchField.text = root.query;
        searchField.cursorPosition = searchField.length;
        searchField.forceActiveFocus();
    }

    ColumnLayout {
        width: Math.min(root.width - 2 * Theme.spacing, Theme.readingWidth)
        x: (root.width - width) / 2
        y: Theme.spacing
        height: root.height - 2 * Theme.spacing
        spacing: Theme.spacing

        TextField {
            id: searchField
            objectName: "search-field"
            placeholderText: qsTr("Search articles and words")
            inputMethodHints: Qt.ImhNoPredictiveText
            horizontalAlignment: TextInput.AlignLeft
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            Accessible.name: qsTr("Search the information")
            onTextChanged: root.query = text
        }

        Label {
            objectName: "search-empty"
            visible: results.count === 0
            text: searchField.text.trim().length > 0
                ? qsTr("Nothing found for “%1”. Try fewer or shorter words.").arg(searchField.text.trim())
                : qsTr("Type a word, or the beginning of a word. Articles, Dutch words from the glossary, the steps of the procedures and contacts are searched.")
            wrapMode: Text.Wrap
            color: Theme.muted
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
        }

        ListView {
            id: list
            objectName: "search-results"
            clip: true
            spacing: Theme.unit
            boundsBehavior: Flickable.StopAtBounds
            Layout.fillWidth: true
            Layout.fillHeight: true
            ScrollBar.vertical: ScrollBar {}

            model: SearchModel {
                id: results
                library: ContentLibrary
                query: searchField.text
            }

            delegate: ItemDelegate {
                id: hit

                required property string kind
                required property string pack
                required property string itemId
                required property string language
                required property string title
                required property string plainTitle
                required property string snippet
                required property string page
                required property var pageArguments
                required property bool isFallback
                readonly property string kindText: (hit.kind === "glossary" ? qsTr("Glossary")
                    : hit.kind === "step" ? qsTr("Procedure step")
                    : hit.kind === "contact" ? qsTr("Contact") : qsTr("Article"))
                    + (hit.isFallback ? " · " + qsTr("in English") : "")

                objectName: "result-" + kind + "-" + pack + "-" + itemId
                width: ListView.view.width
                Accessible.name: plainTitle
                Accessible.description: hit.kindText
                onClicked: PageRouter.open(hit.page, hit.pageArguments)

                contentItem: Column {
                    spacing: Theme.unit

                    Label {
                        objectName: "result-title"
                        text: hit.title
                        textFormat: Text.StyledText
                        font.pixelSize: Theme.subtitleSize
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignLeft
                        width: parent.width
                    }
                    Label {
                        objectName: "result-snippet"
                        text: hit.snippet
                        textFormat: Text.StyledText
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignLeft
                        width: parent.width
                    }
                    Label {
                        objectName: "result-kind"
                        text: hit.kindText
                        color: Theme.muted
                        font.pixelSize: Theme.smallSize
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignLeft
                        width: parent.width
                    }
                }
            }
        }
    }
}
