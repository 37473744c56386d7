pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RightsCompanion
import RightsCompanion.Models

PageScaffold {
    id: root

    pageName: "settings"
    title: qsTr("Settings")

    Label {
        text: qsTr("Language")
        font.bold: true
        Layout.fillWidth: true
    }
    ItemDelegate {
        text: Languages.currentName
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        Accessible.name: qsTr("Language: %1").arg(Languages.currentName)
        onClicked: PageRouter.open("language", {})
    }

    // The calendar of dates, only where the language has more than one in use (Farsi and Dari: Solar
    // Hijri or Gregorian; Tigrinya: Gregorian or Ethiopian). The Gregorian date is always shown too.
    Label {
        text: qsTr("Calendar")
        font.bold: true
        visible: Languages.calendars.length > 1
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
    }
    Repeater {
        model: Languages.calendars.length > 1 ? Languages.calendars : []
        delegate: RadioButton {
            id: calendarDelegate

            required property var modelData

            objectName: "settings-calendar-" + modelData.id
            text: modelData.name
            checked: Languages.calendar === modelData.id
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            Accessible.name: text
            onClicked: Languages.calendar = calendarDelegate.modelData.id
        }
    }
    Label {
        objectName: "settings-calendar-example"
        // Read again when the calendar changes: the date itself does not. The date is a first-strong
        // isolate, so a right-to-left date keeps its order inside a sentence in either direction.
        text: Languages.calendars.length > 1 && Languages.calendar.length > 0
            ? qsTr("Today: %1. Deadlines always show the Gregorian date too: it is the date the IND and the courts use.").arg("\u2068" + Languages.formatDate(new Date()) + "\u2069")
            : ""
        visible: text.length > 0
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    Label {
        text: qsTr("Information")
        font.bold: true
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
    }
    Label {
        text: ContentLibrary.isEmpty ? qsTr("No information is installed.")
            : qsTr("%1, published by %2. Information as of %3.").arg(ContentLibrary.packTitle).arg(ContentLibrary.publisher).arg(ContentLibrary.contentDate)
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    ItemDelegate {
        objectName: "settings-updates"
        text: qsTr("Content updates")
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        Accessible.name: text
        onClicked: PageRouter.open("updates", {})
    }

    Label {
        text: qsTr("Privacy")
        font.bold: true
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
    }
    Label {
        text: qsTr("This app works without internet. It does not collect or send any information about you.")
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
