pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RightsCompanion
import RightsCompanion.Models

PageScaffold {
    id: root

    pageName: "home"
    title: ContentLibrary.packTitle.length > 0 ? ContentLibrary.packTitle : qsTr("Rights Companion")

    // Search at the top: the search page takes over from the first letter (or a tap), with what was
    // typed so far, and shows the results as the reader goes on typing.
    TextField {
        id: homeSearch
        objectName: "home-search"
        placeholderText: qsTr("Search")
        inputMethodHints: Qt.ImhNoPredictiveText
        horizontalAlignment: TextInput.AlignLeft
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        Accessible.name: qsTr("Search the information")
        onPressed: PageRouter.open("search", {})
        onTextEdited: {
            const typed = homeSearch.text;
            homeSearch.text = "";
            PageRouter.open("search", { query: typed });
        }
    }

    NoticeBanner {
        text: Languages.problem
    }
    // Content the distributor expected to be replaced by now (its signed targets metadata expired).
    NoticeBanner {
        objectName: "home-stale-content"
        text: ContentUpdates.stale ? qsTr("This information is from %1 and may be out of date.").arg(ContentUpdates.contentAsOf) : ""
        actionText: qsTr("Check for updates")
        onActionTriggered: PageRouter.open("updates", {})
    }
    NoticeBanner {
        text: ContentLibrary.problems.length > 0
              ? qsTr("Some content could not be loaded. The app works with the content that is intact.") + "\n\n" + ContentLibrary.problemDetails
              : ""
    }

    Label {
        text: qsTr("What do you want to know?")
        font.pixelSize: Theme.headlineSize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        visible: ContentLibrary.contentDate.length > 0
        text: qsTr("Information as of %1").arg(ContentLibrary.contentDate)
        color: Theme.muted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    Label {
        visible: topics.count === 0
        text: qsTr("No information is installed yet. Reinstall the app, or ask the organisation that gave it to you for a content update.")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.bodySize
        Layout.fillWidth: true
    }

    Repeater {
        model: TopicListModel {
            id: topics
            library: ContentLibrary
        }
        delegate: ItemDelegate {
            id: topicDelegate

            required property string topicId
            required property string title
            required property string summary
            // The whole row, for the "icon" role: `icon` is the delegate's own property.
            required property var model
            required property int articleCount

            objectName: "topic-" + topicId
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            Accessible.name: title
            Accessible.description: summary
            onClicked: PageRouter.open("topic", { topicId: topicId, title: title })

            contentItem: ColumnLayout {
                spacing: Theme.unit
                // Large, so that the topic can be found without reading its title.
                Pictogram {
                    pictogram: topicDelegate.model.icon
                    size: 48
                }
                Label {
                    text: topicDelegate.title
                    font.pixelSize: Theme.sectionSize
                    font.bold: true
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                }
                Label {
                    text: topicDelegate.summary
                    color: Theme.muted
                    wrapMode: Text.Wrap
                    // The start edge of the reading direction, also when the summary begins with a
                    // Latin name ("Ter Apel") inside Arabic text.
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                }
            }
        }
    }

    // The Dutch words of the procedure, explained: reachable from here and from every glossary: link.
    ItemDelegate {
        id: glossaryEntry

        readonly property string summary: qsTr("Dutch words you will hear, explained")

        objectName: "home-glossary"
        visible: ContentLibrary.hasGlossary
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        Accessible.name: qsTr("Glossary")
        Accessible.description: summary
        onClicked: PageRouter.open("glossary", {})

        contentItem: ColumnLayout {
            spacing: Theme.unit
            Pictogram {
                pictogram: "glossary"
                size: 48
            }
            Label {
                text: qsTr("Glossary")
                font.pixelSize: Theme.sectionSize
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: glossaryEntry.summary
                color: Theme.muted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }

    // The procedure as a timeline, and the user's own deadlines (TimelinePage).
    ItemDelegate {
        id: timelineEntry

        readonly property string summary: qsTr("The steps, where you are, and your deadlines")

        objectName: "home-timeline"
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        Accessible.name: qsTr("Your procedure")
        Accessible.description: summary
        onClicked: PageRouter.open("timeline", {})

        contentItem: ColumnLayout {
            spacing: Theme.unit
            Pictogram {
                pictogram: "timeline"
                size: 48
            }
            Label {
                text: qsTr("Your procedure")
                font.pixelSize: Theme.sectionSize
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: timelineEntry.summary
                color: Theme.muted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }

    // Organisations that can help: who they are, how to reach them, whether they are open now.
    ItemDelegate {
        id: directoryEntry

        readonly property string summary: qsTr("Organisations that can help, and how to reach them")

        objectName: "home-directory"
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        Accessible.name: qsTr("Find help")
        Accessible.description: summary
        onClicked: PageRouter.open("directory", {})

        contentItem: ColumnLayout {
            spacing: Theme.unit
            Pictogram {
                pictogram: "contacts"
                size: 48
            }
            Label {
                text: qsTr("Find help")
                font.pixelSize: Theme.sectionSize
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: directoryEntry.summary
                color: Theme.muted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }

    Label {
        visible: ContentLibrary.disclaimer.length > 0
        text: ContentLibrary.disclaimer
        color: Theme.muted
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
    }
}
