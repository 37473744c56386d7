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

    // Display: the text size, standard or high contrast, and light or dark. A choice applies at once
    // and is remembered (Display keeps it in settings.ini). Each list stands in a Column of its own,
    // which also makes it one group of radio buttons.
    Label {
        objectName: "settings-display-title"
        text: qsTr("Display")
        font.bold: true
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Label {
        text: qsTr("Text size")
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
    }
    Column {
        id: textSizes
        Layout.fillWidth: true
        Repeater {
            // 0 follows the system's text size.
            model: [0, 100, 125, 150, 175, 200]
            delegate: ChoiceButton {
                id: textSizeChoice
                required property int modelData
                objectName: "settings-text-scale-" + (modelData === 0 ? "system" : modelData)
                width: textSizes.width
                text: modelData === 0 ? qsTr("Follow the system (%1%)").arg(Math.round(Display.systemTextScale * 100))
                                      : qsTr("%1%").arg(modelData)
                checked: Display.textScaleChoice === modelData
                onClicked: Display.textScaleChoice = textSizeChoice.modelData
            }
        }
    }
    Label {
        text: qsTr("Contrast")
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
    }
    Column {
        id: contrasts
        Layout.fillWidth: true
        ChoiceButton {
            objectName: "settings-contrast-standard"
            width: contrasts.width
            text: qsTr("Standard")
            checked: !Display.highContrast
            onClicked: Display.highContrast = false
        }
        ChoiceButton {
            objectName: "settings-contrast-high"
            width: contrasts.width
            text: qsTr("High contrast")
            checked: Display.highContrast
            onClicked: Display.highContrast = true
        }
    }
    Label {
        text: qsTr("Light or dark")
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
    }
    Column {
        id: colorSchemes
        Layout.fillWidth: true
        Repeater {
            model: [
                { scheme: "system", label: qsTr("Follow the system") },
                { scheme: "light", label: qsTr("Light") },
                { scheme: "dark", label: qsTr("Dark") }
            ]
            delegate: ChoiceButton {
                id: schemeChoice
                required property var modelData
                objectName: "settings-color-scheme-" + modelData.scheme
                width: colorSchemes.width
                text: modelData.label
                checked: Display.colorScheme === modelData.scheme
                onClicked: Display.colorScheme = schemeChoice.modelData.scheme
            }
        }
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

    // Shared laptop (kiosk) mode: a volunteer sets a PIN and the time without use, then starts it.
    // While it is on, this section only says how to leave it: the PIN and the time are the volunteer's.
    ColumnLayout {
        id: kioskSection

        property string pinResult

        objectName: "settings-kiosk"
        spacing: Theme.unit * 2
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing

        function savePin() {
            const problem = Kiosk.setPin(kioskPin.text, kioskPinRepeat.text);
            kioskPin.text = "";
            kioskPinRepeat.text = "";
            kioskSection.pinResult = problem.length > 0 ? problem : qsTr("The volunteer PIN is set.");
        }

        Label {
            text: qsTr("Shared laptop (kiosk) mode")
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Paragraph {
            text: qsTr("For a laptop that many people use, one after the other. The app fills the screen and starts with the choice of language. Notes are not available and no files are saved. After a time without use, it starts over and forgets what the last person did. A volunteer leaves kiosk mode with a PIN.")
        }
        Paragraph {
            objectName: "settings-kiosk-on"
            visible: Kiosk.active
            text: qsTr("Kiosk mode is on. To leave it, a volunteer taps “Volunteer” at the top and types the PIN.")
        }
        NoticeBanner {
            objectName: "settings-kiosk-pending"
            text: Kiosk.startPending && !Kiosk.active
                ? (Kiosk.pinSet ? qsTr("Kiosk mode was asked for. Start it below.")
                                : qsTr("Kiosk mode was asked for, but no volunteer PIN is set. Set a PIN, then start kiosk mode."))
                : ""
        }

        ColumnLayout {
            visible: !Kiosk.active
            spacing: Theme.unit * 2
            Layout.fillWidth: true

            Paragraph {
                text: Kiosk.pinSet ? qsTr("A volunteer PIN is set. You can set a new one.")
                                   : qsTr("Set a volunteer PIN of 4 to 12 digits, and give it only to volunteers.")
            }
            SecretField {
                id: kioskPin
                objectName: "settings-kiosk-pin"
                placeholderText: qsTr("New volunteer PIN (4 to 12 digits)")
                maximumLength: Kiosk.maximumPinLength
                inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhHiddenText | Qt.ImhNoPredictiveText
                validator: RegularExpressionValidator {
                    regularExpression: /[0-9]*/
                }
            }
            SecretField {
                id: kioskPinRepeat
                objectName: "settings-kiosk-pin-repeat"
                placeholderText: qsTr("The same PIN again")
                maximumLength: Kiosk.maximumPinLength
                inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhHiddenText | Qt.ImhNoPredictiveText
                validator: RegularExpressionValidator {
                    regularExpression: /[0-9]*/
                }
                onAccepted: kioskSection.savePin()
            }
            OutlineButton {
                objectName: "settings-kiosk-save-pin"
                text: qsTr("Save PIN")
                enabled: kioskPin.text.length > 0 && kioskPinRepeat.text.length > 0
                Accessible.name: text
                onClicked: kioskSection.savePin()
            }
            Label {
                objectName: "settings-kiosk-pin-result"
                visible: kioskSection.pinResult.length > 0
                text: kioskSection.pinResult
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            Label {
                text: qsTr("Start over after this time without use")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            // A Flow around the Repeater: it wraps on narrow screens and mirrors in right-to-left layouts.
            Flow {
                spacing: Theme.unit * 2
                Layout.fillWidth: true

                Repeater {
                    model: Kiosk.timeoutChoices
                    delegate: RadioButton {
                        id: timeoutChoice

                        required property int modelData

                        objectName: "settings-kiosk-timeout-" + modelData
                        text: qsTr("%n minutes", "", modelData)
                        checked: Kiosk.timeoutMinutes === modelData
                        height: Math.max(implicitHeight, Theme.touchTarget)
                        Accessible.name: text
                        onClicked: Kiosk.timeoutMinutes = timeoutChoice.modelData
                    }
                }
            }
            PrimaryButton {
                objectName: "settings-kiosk-start"
                text: qsTr("Start kiosk mode")
                enabled: Kiosk.pinSet
                Accessible.name: text
                onClicked: Kiosk.start()
            }
        }
    }
}
