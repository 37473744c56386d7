pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RightsCompanion
import RightsCompanion.Models

// Organisations that can help, in the reader's language: national ones first, then regional and
// local ones, alphabetical as the reader's language sorts. Narrowed by topic, spoken language,
// region, "open now" and what is typed. Tapping one opens its page (ContactPage). The layout follows
// the window's reading direction (LayoutMirroring set by Main.qml).
Page {
    id: root

    property string pageName: "directory"
    // The instant "open now" means; unset: the clock. (Tests fix it.)
    property alias now: contacts.now
    readonly property alias count: list.count
    readonly property alias contacts: contacts

    objectName: root.pageName
    title: qsTr("Find help")

    ColumnLayout {
        id: column
        width: Math.min(root.width - 2 * Theme.spacing, Theme.readingWidth)
        x: (root.width - width) / 2
        y: Theme.spacing
        height: root.height - 2 * Theme.spacing
        spacing: Theme.unit * 2

        // The person's own contacts (My case) come first while their notes are open.
        ColumnLayout {
            objectName: "directory-mine"
            visible: VaultSession.state === VaultSession.Unlocked && mine.count > 0
            spacing: Theme.unit
            Layout.fillWidth: true

            Label {
                text: qsTr("My contacts")
                font.bold: true
                color: Theme.muted
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Repeater {
                id: mine
                model: VaultSession.personalContacts
                delegate: ItemDelegate {
                    id: person

                    required property real recordId
                    required property string name
                    required property string role
                    required property string directoryRef

                    objectName: "directory-mine-" + recordId
                    text: role.length > 0 ? name + " (" + role + ")" : name
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touchTarget
                    Accessible.name: text
                    // Copied from the directory: its page; written by hand: My case.
                    onClicked: {
                        const ref = person.directoryRef.split("/");
                        if (ref.length === 2)
                            PageRouter.open("contact", { pack: ref[0], contactId: ref[1] });
                        else
                            PageRouter.open("case", {});
                    }
                }
            }
        }

        TextField {
            id: searchField
            objectName: "directory-search"
            placeholderText: qsTr("Search by name or what they do")
            inputMethodHints: Qt.ImhNoPredictiveText
            horizontalAlignment: TextInput.AlignLeft
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            Accessible.name: qsTr("Search the organisations")
            // The hint may be cut short at large text sizes: screen readers get it whole.
            Accessible.description: placeholderText
        }

        // The filters wrap onto more lines on a narrow screen; Flow mirrors in right-to-left layouts.
        Flow {
            id: filters
            spacing: Theme.unit * 2
            Layout.fillWidth: true

            ComboBox {
                id: topicBox
                objectName: "directory-topic"
                model: contacts.topicChoices
                textRole: "name"
                valueRole: "id"
                visible: contacts.topicChoices.length > 1
                implicitWidth: Math.min(column.width, 260)
                height: Math.max(implicitHeight, Theme.touchTarget)
                Accessible.name: qsTr("Topic")
            }
            ComboBox {
                id: languageBox
                objectName: "directory-language"
                model: contacts.languageChoices
                textRole: "name"
                valueRole: "id"
                visible: contacts.languageChoices.length > 1
                implicitWidth: Math.min(column.width, 260)
                height: Math.max(implicitHeight, Theme.touchTarget)
                Accessible.name: qsTr("Language they speak")
            }
            ComboBox {
                id: regionBox
                objectName: "directory-region"
                model: contacts.regionChoices
                textRole: "name"
                valueRole: "id"
                visible: contacts.regionChoices.length > 1
                implicitWidth: Math.min(column.width, 260)
                height: Math.max(implicitHeight, Theme.touchTarget)
                Accessible.name: qsTr("Region")
            }
            Switch {
                id: openNowSwitch
                objectName: "directory-open-now"
                text: qsTr("Open now")
                width: Math.min(implicitWidth, filters.width)
                height: Math.max(implicitHeight, Theme.touchTarget)
                Accessible.name: qsTr("Show only organisations that are open now")
                contentItem: IndicatorLabel {
                    control: openNowSwitch
                }
            }
        }
        Label {
            objectName: "directory-open-now-note"
            visible: openNowSwitch.checked
            text: qsTr("Only organisations whose opening hours we know are shown.")
            color: Theme.muted
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
        }

        Label {
            objectName: "directory-empty"
            visible: list.count === 0
            text: contacts.totalCount === 0
                ? qsTr("There are no organisations in the installed information yet. A content update can add them.")
                : qsTr("No organisation matches. Try fewer filters or other words.")
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
        }

        ListView {
            id: list
            objectName: "directory-list"
            clip: true
            spacing: Theme.unit
            boundsBehavior: Flickable.StopAtBounds
            Layout.fillWidth: true
            Layout.fillHeight: true
            ScrollBar.vertical: ScrollBar {}

            model: ContactListModel {
                id: contacts
                library: ContentLibrary
                query: searchField.text
                topic: topicBox.currentValue ?? ""
                spokenLanguage: languageBox.currentValue ?? ""
                region: regionBox.currentValue ?? ""
                openNow: openNowSwitch.checked
            }

            // The heading of a section (national, then regional and local) stands above its first
            // entry, inside the delegate: Qt 6.4's section delegates cannot take required properties.
            section.property: "sectionName"
            section.criteria: ViewSection.FullString

            delegate: Column {
                id: entry

                required property string contactId
                required property string pack
                required property string name
                required property string services
                required property string sectionName
                required property string openState
                required property string openText
                readonly property bool firstOfSection: ListView.section !== ListView.previousSection

                objectName: "contact-" + contactId
                width: ListView.view.width

                Label {
                    objectName: "directory-section"
                    visible: entry.firstOfSection
                    text: entry.sectionName
                    width: entry.width
                    font.bold: true
                    color: Theme.muted
                    topPadding: Theme.spacing
                    bottomPadding: Theme.unit
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }

                ItemDelegate {
                    objectName: "contact-button"
                    width: entry.width
                    Accessible.name: entry.name
                    Accessible.description: entry.services + ". " + entry.openText
                    onClicked: PageRouter.open("contact", { pack: entry.pack, contactId: entry.contactId })

                    // A Column: its height follows the wrapped texts (see ArticleView).
                    contentItem: Column {
                        spacing: Theme.unit

                        Label {
                            objectName: "contact-name"
                            text: entry.name
                            font.pixelSize: Theme.subtitleSize
                            font.bold: true
                            wrapMode: Text.Wrap
                            horizontalAlignment: Text.AlignLeft
                            width: parent.width
                        }
                        Label {
                            text: entry.services
                            wrapMode: Text.Wrap
                            horizontalAlignment: Text.AlignLeft
                            width: parent.width
                        }
                        Label {
                            objectName: "contact-open"
                            readonly property bool open: entry.openState === "open" || entry.openState === "always"
                            text: entry.openText
                            color: open ? Theme.accent : Theme.muted
                            font.bold: open
                            wrapMode: Text.Wrap
                            horizontalAlignment: Text.AlignLeft
                            width: parent.width
                        }
                    }
                }
            }
        }
    }
}
