pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RightsCompanion

// A date, and a time when `withTime` is set, picked from lists: day, month by name, year. It reads
// the same in every language and is easy on a phone, unlike typing a date format. `value` is ISO text
// ("2026-03-01" or "2026-03-01T09:30"), the form the vault stores.
ColumnLayout {
    id: dateField

    property bool withTime: false
    property string label
    readonly property string value: {
        const date = dateField.year(yearBox.currentIndex) + "-" + dateField.pad(monthBox.currentIndex + 1) + "-" + dateField.pad(dayBox.currentIndex + 1);
        return dateField.withTime ? date + "T" + dateField.pad(hourBox.currentIndex) + ":" + dateField.pad(minuteBox.currentIndex * 5) : date;
    }
    // Years offered: a few back (dates already passed) and a few ahead (appointments, deadlines).
    property int firstYear: new Date().getFullYear() - 6
    property int yearCount: 10

    function pad(n: int): string {
        return String(n).padStart(2, "0");
    }
    function year(index: int): int {
        return dateField.firstYear + index;
    }
    // Shows ISO_TEXT, or today (at 09:00) when it is empty or not a date.
    function setValue(isoText: string) {
        const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(isoText);
        const now = new Date();
        const y = match ? Number(match[1]) : now.getFullYear();
        if (y < dateField.firstYear)
            dateField.firstYear = y;
        if (y >= dateField.firstYear + dateField.yearCount)
            dateField.yearCount = y - dateField.firstYear + 1;
        yearBox.currentIndex = y - dateField.firstYear;
        monthBox.currentIndex = match ? Number(match[2]) - 1 : now.getMonth();
        dayBox.currentIndex = match ? Number(match[3]) - 1 : now.getDate() - 1;
        hourBox.currentIndex = match && match[4] ? Number(match[4]) : 9;
        minuteBox.currentIndex = match && match[5] ? Math.floor(Number(match[5]) / 5) : 0;
    }

    spacing: Theme.unit
    Layout.fillWidth: true

    Label {
        visible: text.length > 0
        text: dateField.label
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    RowLayout {
        spacing: Theme.unit * 2
        Layout.fillWidth: true
        ComboBox {
            id: dayBox
            objectName: "date-day"
            model: 31
            displayText: String(currentIndex + 1)
            delegate: ItemDelegate {
                required property int index
                width: dayBox.width
                text: String(index + 1)
            }
            Layout.minimumHeight: Theme.touchTarget
            Layout.preferredWidth: Theme.touchTarget * 1.6
            Accessible.name: qsTr("Day: %1").arg(displayText)
        }
        ComboBox {
            id: monthBox
            objectName: "date-month"
            model: 12
            displayText: Qt.locale().standaloneMonthName(currentIndex, Locale.LongFormat)
            delegate: ItemDelegate {
                required property int index
                width: monthBox.width
                text: Qt.locale().standaloneMonthName(index, Locale.LongFormat)
            }
            Layout.minimumHeight: Theme.touchTarget
            Layout.fillWidth: true
            Accessible.name: qsTr("Month: %1").arg(displayText)
        }
        ComboBox {
            id: yearBox
            objectName: "date-year"
            model: dateField.yearCount
            displayText: String(dateField.year(currentIndex))
            delegate: ItemDelegate {
                required property int index
                width: yearBox.width
                text: String(dateField.year(index))
            }
            Layout.minimumHeight: Theme.touchTarget
            Layout.preferredWidth: Theme.touchTarget * 2.2
            Accessible.name: qsTr("Year: %1").arg(displayText)
        }
    }
    RowLayout {
        visible: dateField.withTime
        spacing: Theme.unit * 2
        // Times read left to right in every language: 09:30.
        LayoutMirroring.enabled: false
        Layout.fillWidth: true
        ComboBox {
            id: hourBox
            objectName: "date-hour"
            model: 24
            displayText: dateField.pad(currentIndex)
            delegate: ItemDelegate {
                required property int index
                width: hourBox.width
                text: dateField.pad(index)
            }
            Layout.minimumHeight: Theme.touchTarget
            Layout.preferredWidth: Theme.touchTarget * 1.6
            Accessible.name: qsTr("Hour: %1").arg(displayText)
        }
        Label {
            text: ":"
        }
        ComboBox {
            id: minuteBox
            objectName: "date-minute"
            model: 12
            displayText: dateField.pad(currentIndex * 5)
            delegate: ItemDelegate {
                required property int index
                width: minuteBox.width
                text: dateField.pad(index * 5)
            }
            Layout.minimumHeight: Theme.touchTarget
            Layout.preferredWidth: Theme.touchTarget * 1.6
            Accessible.name: qsTr("Minutes: %1").arg(displayText)
        }
        Item {
            Layout.fillWidth: true
        }
    }
}
