pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RightsCompanion
import RightsCompanion.Models

// The procedure as a vertical timeline of steps (where the user is, what comes next), and "My
// procedure": the user's own deadlines, counted from the key dates in their vault, the reminders, and
// the calendar export. The timeline runs down the start edge, so it mirrors in right-to-left languages.
PageScaffold {
    id: root

    // Which procedure to show; "" shows the one of the user's track (My case), else the general one.
    property string procedureId
    // "YYYY-MM-DD" to count from another day than today (tests); "" is today.
    property string today
    readonly property bool unlocked: VaultSession.state === VaultSession.Unlocked
    readonly property alias steps: stepsModel
    readonly property alias mine: mineModel

    // A file URL from what the user typed (already trimmed), as on the vault settings page.
    function fileUrl(path: string): string {
        if (path.startsWith("file:"))
            return path;
        if (!path.startsWith("/"))
            return "";
        return "file://" + path.split("/").map(part => encodeURIComponent(part)).join("/");
    }

    function daysText(days: int): string {
        if (days === 0)
            return qsTr("Today");
        if (days === 1)
            return qsTr("Tomorrow");
        return qsTr("In %n days", "", days);
    }

    pageName: "timeline"
    title: qsTr("Your procedure")

    // Back on top of the stack (e.g. after editing the dates in My case): read everything again.
    onVisibleChanged: {
        if (root.visible) {
            stepsModel.refresh();
            mineModel.refresh();
        }
    }

    ProcedureTimelineModel {
        id: stepsModel
        library: ContentLibrary
        session: VaultSession
        procedureId: root.procedureId
    }
    MyDeadlinesModel {
        id: mineModel
        library: ContentLibrary
        session: VaultSession
        today: root.today
    }

    component SectionTitle: Label {
        font.bold: true
        font.pixelSize: Theme.sectionSize
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    // A small heading inside a step, and the text under it.
    component Caption: Label {
        font.pixelSize: Theme.bodySize
        font.bold: true
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        topPadding: Theme.unit
    }

    NoticeBanner {
        objectName: "timeline-lawyer-warning"
        text: qsTr("A lawyer must confirm every deadline. The dates in this app are calculations from general rules, and they can be wrong for your case. Ask your lawyer before you rely on them.")
    }
    NoticeBanner {
        objectName: "timeline-not-translated"
        readonly property string readerLanguage: Languages.nameOf(ContentLibrary.language)
        text: !stepsModel.isFallback ? ""
            : stepsModel.language === "en"
            ? qsTr("Not yet translated into %1. You are reading the English text.").arg(readerLanguage)
            : qsTr("Not yet translated into %1. You are reading the text in %2.").arg(readerLanguage).arg(Languages.nameOf(stepsModel.language))
    }
    NoticeBanner {
        objectName: "timeline-law-changing"
        text: stepsModel.notice === "law-changing" ? qsTr("The law on this is changing. Ask your lawyer or VluchtelingenWerk what applies to you.") : ""
        actionText: qsTr("What is changing")
        onActionTriggered: PageRouter.open("article", { pack: stepsModel.pack, articleId: "law-changing" })
    }

    Label {
        font.pixelSize: Theme.bodySize
        visible: !stepsModel.found
        text: qsTr("No procedures are installed yet. Reinstall the app, or ask the organisation that gave it to you for a content update.")
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
    }

    ComboBox {
        id: picker
        objectName: "timeline-procedure-picker"
        visible: stepsModel.procedures.length > 1
        model: stepsModel.procedures
        textRole: "title"
        valueRole: "procedureId"
        currentIndex: stepsModel.shownIndex
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        Accessible.name: qsTr("Procedure: %1").arg(displayText)
        onActivated: root.procedureId = picker.currentValue
    }

    Label {
        objectName: "timeline-title"
        visible: stepsModel.found
        text: stepsModel.title
        font.pixelSize: Theme.headlineSize
        font.bold: true
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    ContentText {
        visible: text.length > 0
        pack: stepsModel.pack
        horizontalAlignment: Text.AlignLeft
        text: stepsModel.introHtml
        Layout.fillWidth: true
    }
    Label {
        font.pixelSize: Theme.bodySize
        objectName: "timeline-where"
        visible: stepsModel.found && text.length > 0
        text: stepsModel.currentIndex >= 0
              ? qsTr("The dot marks where you are, from the dates in My case.")
              : root.unlocked ? qsTr("Add the dates from your letters in My case to see where you are.")
              : Kiosk.vaultAvailable ? qsTr("Open your notes to see where you are and your own deadlines.")
              : ""
        color: Theme.muted
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
    }

    // The steps. The line and the dots run down the start edge: on the left, or on the right in
    // right-to-left languages (anchors follow LayoutMirroring).
    Part {
        objectName: "timeline-steps"
        spacing: 0

        Repeater {
            model: stepsModel
            delegate: Item {
                id: stepItem

                required property string stepId
                required property string title
                required property string descriptionHtml
                required property string who
                required property string prepare
                required property string rights
                required property var read
                required property string duration
                required property var deadlines
                required property string stepState
                required property string eventDateText
                required property int position
                required property bool isLast

                readonly property bool reached: stepItem.stepState === "done" || stepItem.stepState === "current"

                objectName: "timeline-step-" + stepId
                implicitHeight: stepContent.implicitHeight + Theme.spacing * 2
                Layout.fillWidth: true
                Accessible.role: Accessible.ListItem
                Accessible.name: stepItem.stepState === "current" ? qsTr("Step %1: %2. You are here.").arg(stepItem.position + 1).arg(stepItem.title)
                    : stepItem.stepState === "next" ? qsTr("Step %1: %2. This comes next.").arg(stepItem.position + 1).arg(stepItem.title)
                    : qsTr("Step %1: %2").arg(stepItem.position + 1).arg(stepItem.title)

                // The rail: a line through every step, and a dot for this one.
                Item {
                    id: rail
                    objectName: "timeline-marker"
                    width: Theme.touchTarget - Theme.unit * 2
                    anchors.left: parent.left
                    anchors.top: parent.top
                    anchors.bottom: parent.bottom

                    Rectangle {
                        width: 2
                        anchors.horizontalCenter: parent.horizontalCenter
                        anchors.top: stepItem.position === 0 ? dot.verticalCenter : parent.top
                        anchors.bottom: stepItem.isLast ? dot.verticalCenter : parent.bottom
                        color: stepItem.reached ? Theme.accent : Theme.muted
                    }
                    Rectangle {
                        id: dot
                        readonly property bool big: stepItem.stepState === "current"
                        width: dot.big ? 24 : 16
                        height: width
                        radius: width / 2
                        anchors.horizontalCenter: parent.horizontalCenter
                        y: Theme.spacing + 4 - (dot.big ? 4 : 0)
                        color: stepItem.reached ? Theme.accent : Theme.background
                        border.width: 2
                        border.color: stepItem.stepState === "next" ? Theme.warning : stepItem.reached ? Theme.accent : Theme.muted
                    }
                }

                Column {
                    id: stepContent
                    objectName: "timeline-step-content"
                    anchors.left: rail.right
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.topMargin: Theme.spacing
                    anchors.leftMargin: Theme.unit * 2
                    spacing: Theme.unit

                    Label {
                        font.pixelSize: Theme.bodySize
                        objectName: "timeline-state"
                        visible: text.length > 0
                        width: stepContent.width
                        text: stepItem.stepState === "current" ? qsTr("You are here")
                            : stepItem.stepState === "next" ? qsTr("Next")
                            : ""
                        color: stepItem.stepState === "next" ? Theme.warning : Theme.accent
                        font.bold: true
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignLeft
                    }
                    Label {
                        objectName: "timeline-step-title"
                        width: stepContent.width
                        text: stepItem.title
                        font.pixelSize: Theme.sectionSize
                        font.bold: true
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignLeft
                    }
                    Label {
                        font.pixelSize: Theme.bodySize
                        visible: stepItem.eventDateText.length > 0
                        width: stepContent.width
                        text: qsTr("Your date: %1").arg(stepItem.eventDateText)
                        color: Theme.muted
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignLeft
                    }
                    ContentText {
                        width: stepContent.width
                        pack: stepsModel.pack
                        horizontalAlignment: Text.AlignLeft
                        text: stepItem.descriptionHtml
                    }

                    Caption {
                        width: stepContent.width
                        text: qsTr("Who is there")
                    }
                    Label {
                        width: stepContent.width
                        text: stepItem.who
                        font.pixelSize: Theme.bodySize
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignLeft
                    }
                    Caption {
                        width: stepContent.width
                        text: qsTr("What to prepare")
                    }
                    ContentText {
                        width: stepContent.width
                        pack: stepsModel.pack
                        horizontalAlignment: Text.AlignLeft
                        text: stepItem.prepare
                    }
                    Caption {
                        width: stepContent.width
                        text: qsTr("Your rights")
                    }
                    ContentText {
                        width: stepContent.width
                        pack: stepsModel.pack
                        horizontalAlignment: Text.AlignLeft
                        text: stepItem.rights
                    }
                    Caption {
                        width: stepContent.width
                        text: qsTr("How long")
                    }
                    Label {
                        width: stepContent.width
                        text: stepItem.duration
                        font.pixelSize: Theme.bodySize
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignLeft
                    }

                    Repeater {
                        model: stepItem.deadlines
                        delegate: Rectangle {
                            id: rule
                            required property var modelData
                            objectName: "timeline-rule"
                            width: stepContent.width
                            implicitHeight: ruleColumn.implicitHeight + Theme.spacing
                            color: Theme.warningBackground
                            radius: Theme.unit

                            Column {
                                id: ruleColumn
                                anchors.left: parent.left
                                anchors.right: parent.right
                                anchors.top: parent.top
                                anchors.margins: Theme.spacing / 2
                                spacing: Theme.unit
                                Label {
                                    font.pixelSize: Theme.bodySize
                                    width: ruleColumn.width
                                    text: rule.modelData.asksLawyer
                                          ? qsTr("Time limit: %1. Ask your lawyer at once how much time you have.").arg(rule.modelData.label)
                                          : qsTr("Time limit: %1, %2.").arg(rule.modelData.label).arg(rule.modelData.term)
                                    font.bold: true
                                    color: Theme.warning
                                    wrapMode: Text.Wrap
                                    horizontalAlignment: Text.AlignLeft
                                }
                                Label {
                                    font.pixelSize: Theme.bodySize
                                    visible: text.length > 0
                                    width: ruleColumn.width
                                    text: rule.modelData.note
                                    wrapMode: Text.Wrap
                                    horizontalAlignment: Text.AlignLeft
                                }
                                Label {
                                    font.pixelSize: Theme.bodySize
                                    width: ruleColumn.width
                                    text: qsTr("Legal basis: %1").arg(rule.modelData.basis)
                                    color: Theme.muted
                                    wrapMode: Text.Wrap
                                    horizontalAlignment: Text.AlignLeft
                                }
                            }
                        }
                    }

                    Caption {
                        visible: stepItem.read.length > 0
                        width: stepContent.width
                        text: qsTr("Read more")
                    }
                    Repeater {
                        model: stepItem.read
                        delegate: ItemDelegate {
                            id: readLink
                            required property var modelData
                            objectName: "timeline-read-" + modelData.articleId
                            width: stepContent.width
                            height: Math.max(implicitHeight, Theme.touchTarget)
                            text: modelData.title
                            Accessible.role: Accessible.Link
                            Accessible.name: qsTr("Read: %1").arg(readLink.text)
                            onClicked: PageRouter.open("article", { pack: stepsModel.pack, articleId: readLink.modelData.articleId })
                            contentItem: Label {
                                text: readLink.text
                                color: Theme.accent
                                font.pixelSize: Theme.bodySize
                                font.underline: true
                                wrapMode: Text.Wrap
                                horizontalAlignment: Text.AlignLeft
                            }
                        }
                    }
                }
            }
        }
    }

    // The procedure on paper, as the article page offers for articles.
    HandoutAction {
        kind: "procedure"
        visible: stepsModel.found
        pack: stepsModel.pack
        itemId: stepsModel.shownProcedure
        explanation: qsTr("Save the steps of this procedure as a PDF file in the language you are reading, with the time limits, the sources and the date it was checked. Print it or give it to someone. It holds nothing from your notes and none of your own dates.")
    }

    // My procedure: the user's own deadlines, only while the vault is open.
    // (A build without the vault has no personal part at all.)
    SectionTitle {
        objectName: "timeline-mine-title"
        visible: Kiosk.vaultAvailable
        text: qsTr("My deadlines")
        font.pixelSize: Theme.titleSize
    }
    VaultLockedNotice {
        visible: Kiosk.vaultAvailable && !root.unlocked
    }

    // A Repeater with a count of 0 or 1 builds this part only while the vault is open. (Not a Loader:
    // in Qt 6.4 a Loader cannot build a component of a file with ComponentBehavior: Bound.)
    Repeater {
        model: root.unlocked ? 1 : 0
        delegate: Part {
            id: minePart

            property string exportProblem
            property string exportDone

            objectName: "timeline-mine"
            spacing: Theme.unit * 2

            function exportCalendar() {
                minePart.exportDone = "";
                const url = root.fileUrl(exportPath.text.trim());
                if (url.length === 0) {
                    minePart.exportProblem = qsTr("Type the full path of the file, starting with /.");
                    return;
                }
                minePart.exportProblem = mineModel.exportCalendar(url, discreet.checked);
                if (minePart.exportProblem.length === 0)
                    minePart.exportDone = qsTr("Calendar saved. Open it with your calendar app to add the dates.");
            }

            NoticeBanner {
                objectName: "timeline-mine-problem"
                text: mineModel.problem
            }
            Paragraph {
                objectName: "timeline-mine-track"
                visible: !mineModel.trackKnown && mineModel.keyDateCount > 0
                text: qsTr("You have not chosen your procedure in My case. Until you do, the deadlines are counted with the shortest time limits, those of the general procedure (AA).")
            }
            Paragraph {
                objectName: "timeline-mine-empty"
                visible: mineModel.count === 0
                text: mineModel.keyDateCount === 0
                      ? qsTr("Add the dates from your letters in My case, for example the day your decision was sent. Your deadlines then appear here.")
                      : qsTr("None of your dates starts a time limit that this app can count.")
            }

            Repeater {
                model: mineModel
                delegate: Rectangle {
                    id: card

                    required property string label
                    required property string note
                    required property string basis
                    required property string source
                    required property string eventKind
                    required property string eventDateText
                    required property string lastDay
                    required property string lastDayText
                    required property string rawEndText
                    required property var explanation
                    required property bool uncertain
                    required property bool asksLawyer
                    required property bool assumedTrack
                    required property int daysLeft
                    required property bool past
                    required property string error

                    objectName: "deadline-" + eventKind + "-" + index
                    required property int index
                    Layout.fillWidth: true
                    implicitHeight: cardColumn.implicitHeight + Theme.spacing * 2
                    radius: Theme.unit * 2
                    color: card.past ? "transparent" : Theme.warningBackground
                    border.width: 1
                    border.color: card.past ? Theme.muted : Theme.warning

                    Column {
                        id: cardColumn
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.top: parent.top
                        anchors.margins: Theme.spacing
                        spacing: Theme.unit

                        Label {
                            width: cardColumn.width
                            text: card.label
                            font.bold: true
                            font.pixelSize: Theme.subtitleSize
                            wrapMode: Text.Wrap
                            horizontalAlignment: Text.AlignLeft
                        }
                        Label {
                            objectName: "deadline-last-day"
                            width: cardColumn.width
                            text: card.asksLawyer ? qsTr("Ask your lawyer at once: this app gives no date for this time limit.")
                                : card.lastDayText.length > 0 ? qsTr("Last day: %1").arg(card.lastDayText)
                                : qsTr("This deadline could not be counted (%1). Ask your lawyer.").arg(card.error)
                            font.pixelSize: Theme.sectionSize
                            font.bold: true
                            color: card.past ? Theme.muted : Theme.warning
                            wrapMode: Text.Wrap
                            horizontalAlignment: Text.AlignLeft
                        }
                        Label {
                            font.pixelSize: Theme.bodySize
                            visible: card.lastDay.length > 0
                            width: cardColumn.width
                            text: card.past ? qsTr("This date has passed.") : root.daysText(card.daysLeft)
                            font.bold: !card.past
                            wrapMode: Text.Wrap
                            horizontalAlignment: Text.AlignLeft
                        }
                        Label {
                            font.pixelSize: Theme.bodySize
                            width: cardColumn.width
                            text: qsTr("Counted from: %1").arg(card.eventDateText)
                            color: Theme.muted
                            wrapMode: Text.Wrap
                            horizontalAlignment: Text.AlignLeft
                        }
                        Label {
                            font.pixelSize: Theme.bodySize
                            visible: card.uncertain
                            width: cardColumn.width
                            text: qsTr("It is not certain that this time limit gets extra days. To be safe, act by %1.").arg(card.rawEndText)
                            color: Theme.warning
                            wrapMode: Text.Wrap
                            horizontalAlignment: Text.AlignLeft
                        }
                        Label {
                            font.pixelSize: Theme.bodySize
                            visible: card.assumedTrack
                            width: cardColumn.width
                            text: qsTr("Counted with the time limit of the general procedure (AA), because you have not chosen your procedure.")
                            wrapMode: Text.Wrap
                            horizontalAlignment: Text.AlignLeft
                        }
                        Label {
                            font.pixelSize: Theme.bodySize
                            visible: text.length > 0
                            width: cardColumn.width
                            text: card.note
                            wrapMode: Text.Wrap
                            horizontalAlignment: Text.AlignLeft
                        }
                        Label {
                            font.pixelSize: Theme.bodySize
                            objectName: "deadline-warning"
                            width: cardColumn.width
                            text: qsTr("A lawyer must confirm this deadline.")
                            font.bold: true
                            wrapMode: Text.Wrap
                            horizontalAlignment: Text.AlignLeft
                        }
                        Label {
                            font.pixelSize: Theme.bodySize
                            visible: card.explanation.length > 0
                            width: cardColumn.width
                            text: qsTr("How it was counted:")
                            font.bold: true
                            wrapMode: Text.Wrap
                            horizontalAlignment: Text.AlignLeft
                        }
                        Repeater {
                            model: card.explanation
                            delegate: Label {
                                required property string modelData
                                width: cardColumn.width
                                text: modelData
                                color: Theme.muted
                                font.pixelSize: Theme.smallSize
                                wrapMode: Text.Wrap
                                horizontalAlignment: Text.AlignLeft
                            }
                        }
                        Label {
                            width: cardColumn.width
                            text: qsTr("Legal basis: %1").arg(card.basis)
                            color: Theme.muted
                            font.pixelSize: Theme.smallSize
                            wrapMode: Text.Wrap
                            horizontalAlignment: Text.AlignLeft
                        }
                    }
                }
            }

            OutlineButton {
                objectName: "timeline-edit-dates"
                text: qsTr("Edit my dates in My case")
                onClicked: PageRouter.open("case", {})
            }

            // Reminders: what comes up, deadlines and appointments together.
            SectionTitle {
                text: qsTr("Coming up")
            }
            Paragraph {
                visible: mineModel.upcoming.length === 0
                text: qsTr("No deadlines or appointments from today on.")
                color: Theme.muted
            }
            Repeater {
                model: mineModel.upcoming
                delegate: RecordRow {
                    required property var modelData
                    objectName: "reminder-" + modelData.kind
                    primary: modelData.kind === "deadline" ? qsTr("Deadline: %1").arg(modelData.title) : modelData.title
                    secondary: modelData.asksLawyer ? qsTr("Ask your lawyer at once")
                        : modelData.dateText + " · " + root.daysText(modelData.daysLeft)
                }
            }

            // The calendar export: a typed path, as for backups.
            SectionTitle {
                text: qsTr("Add to your calendar")
            }
            Paragraph {
                text: qsTr("Save your deadlines and appointments as a calendar file (.ics) that calendar apps can import. The file is not encrypted: anyone who opens it can read it.")
            }
            Paragraph {
                // The example path is isolated so that it stays left-to-right inside right-to-left text.
                text: qsTr("Type where to save it, for example %1").arg("\u2066/media/usb/deadlines.ics\u2069")
            }
            TextField {
                id: exportPath
                objectName: "timeline-export-path"
                placeholderText: qsTr("Where to save the calendar file")
                LayoutMirroring.enabled: false
                horizontalAlignment: TextInput.AlignLeft
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase | Qt.ImhUrlCharactersOnly
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: placeholderText
            }
            CheckBox {
                id: discreet
                objectName: "timeline-export-discreet"
                checked: true
                text: qsTr("Write only \"Deadline\" and \"Appointment\", without details, so a locked phone shows nothing about your case")
                Layout.fillWidth: true
                contentItem: Label {
                    font.pixelSize: Theme.bodySize
                    text: discreet.text
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                    leftPadding: discreet.indicator.width + discreet.spacing
                    verticalAlignment: Text.AlignVCenter
                }
            }
            OutlineButton {
                objectName: "timeline-export"
                text: qsTr("Save calendar file")
                enabled: exportPath.text.trim().length > 0
                onClicked: minePart.exportCalendar()
            }
            NoticeBanner {
                objectName: "timeline-export-result"
                text: minePart.exportProblem.length > 0 ? minePart.exportProblem : minePart.exportDone
            }
        }
    }

    Caption {
        visible: stepsModel.sources.length > 0
        text: qsTr("Sources")
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
    }
    Repeater {
        model: stepsModel.sources
        delegate: Label {
            required property string modelData
            text: modelData
            color: Theme.muted
            font.pixelSize: Theme.smallSize
            wrapMode: Text.WrapAnywhere
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
        }
    }
}
