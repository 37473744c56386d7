pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import RightsCompanion
import RightsCompanion.Models

// The facts of the user's case that they need again and again, kept in the vault. Each field is
// saved when the user leaves it, and when the page closes.
PageScaffold {
    id: root

    readonly property bool unlocked: VaultSession.state === VaultSession.Unlocked

    pageName: "case"
    title: qsTr("My case")

    // A text field that is stored in the vault as one case detail.
    component CaseField: TextField {
        id: caseField

        required property string field
        // What is stored, to save only real changes.
        property string stored

        function save() {
            if (caseField.text === caseField.stored || VaultSession.state !== VaultSession.Unlocked)
                return;
            VaultSession.setCaseDetail(caseField.field, caseField.text);
            caseField.stored = caseField.text;
        }

        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
        Component.onCompleted: {
            caseField.stored = VaultSession.caseDetail(caseField.field);
            caseField.text = caseField.stored;
            // Show the start of a long value, not its end.
            caseField.cursorPosition = 0;
        }
        Component.onDestruction: caseField.save()
        onEditingFinished: caseField.save()

        Connections {
            target: VaultSession
            function onAboutToLock() {
                caseField.save();
            }
        }
    }

    // The same for a longer detail (a name, an office and a phone number), wrapped so that all of it
    // can be read on a phone.
    component CaseArea: TextArea {
        id: caseArea

        required property string field
        property string stored

        function save() {
            if (caseArea.text === caseArea.stored || VaultSession.state !== VaultSession.Unlocked)
                return;
            VaultSession.setCaseDetail(caseArea.field, caseArea.text);
            caseArea.stored = caseArea.text;
        }

        wrapMode: TextEdit.Wrap
        textFormat: TextEdit.PlainText
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        Component.onCompleted: {
            caseArea.stored = VaultSession.caseDetail(caseArea.field);
            caseArea.text = caseArea.stored;
        }
        Component.onDestruction: caseArea.save()
        onEditingFinished: caseArea.save()

        Connections {
            target: VaultSession
            function onAboutToLock() {
                caseArea.save();
            }
        }
    }

    component FieldLabel: Label {
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Layout.topMargin: Theme.unit * 2
    }

    component Hint: Label {
        color: Theme.muted
        font.pixelSize: Theme.bodySize - 2
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    VaultLockedNotice {}

    // A Repeater with a count of 0 or 1 builds the fields only while the vault is open. (Not a
    // Loader: in Qt 6.4 a Loader cannot build a component of a file with ComponentBehavior: Bound.)
    Repeater {
        model: root.unlocked ? 1 : 0
        delegate: Part {
            spacing: Theme.unit * 2

            Label {
                text: qsTr("The details of your case, in one place. They are kept with your private notes, encrypted, and only you can see them.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.bodySize
                Layout.fillWidth: true
            }

            FieldLabel {
                text: qsTr("V-number")
            }
            Hint {
                text: qsTr("Your foreigner's number (V-nummer). You find it on letters from the IND, the Immigration and Naturalisation Service.")
            }
            CaseField {
                objectName: "case-v-number"
                field: "v_number"
                placeholderText: qsTr("Digits only, e.g. 1234567890")
                // The V-number is digits: left-to-right and left-aligned in every language.
                LayoutMirroring.enabled: false
                horizontalAlignment: TextInput.AlignLeft
                inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                validator: RegularExpressionValidator {
                    regularExpression: /[0-9]{0,16}/
                }
                Accessible.name: qsTr("V-number")
            }

            FieldLabel {
                text: qsTr("Case worker")
            }
            Hint {
                text: qsTr("Your contact person at the IND, or at the COA, the organisation that runs the reception centres.")
            }
            CaseArea {
                objectName: "case-case-worker"
                field: "case_worker"
                placeholderText: qsTr("Name, organisation, phone number")
                Accessible.name: qsTr("Case worker at the IND or the COA")
            }

            FieldLabel {
                text: qsTr("Lawyer")
            }
            CaseArea {
                objectName: "case-lawyer"
                field: "lawyer"
                placeholderText: qsTr("Name, office, phone number")
                Accessible.name: qsTr("Lawyer")
            }

            FieldLabel {
                text: qsTr("Procedure")
            }
            Hint {
                text: qsTr("Which asylum procedure you are in. Your lawyer or the letters from the IND can tell you.")
            }
            ComboBox {
                id: track
                objectName: "case-procedure-track"
                textRole: "text"
                valueRole: "value"
                model: [
                    { value: "", text: qsTr("Not known yet") },
                    { value: "general", text: qsTr("General asylum procedure (AA)") },
                    { value: "extended", text: qsTr("Extended procedure (VA)") },
                    { value: "dublin", text: qsTr("Dublin") },
                    { value: "other", text: qsTr("Other") }
                ]
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                Accessible.name: qsTr("Procedure: %1").arg(displayText)
                Component.onCompleted: {
                    const index = track.indexOfValue(VaultSession.caseDetail("procedure_track"));
                    // A value this version does not know is shown as "Other" and kept until changed.
                    track.currentIndex = index >= 0 ? index : track.count - 1;
                }
                onActivated: VaultSession.setCaseDetail("procedure_track", track.currentValue)
            }
        }
    }
}
