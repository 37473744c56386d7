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

    // The kinds of key date, in the order they usually happen. The personal timeline reads them.
    readonly property var dateKinds: [
        { value: "registration", text: qsTr("Registration (asylum application)") },
        { value: "interview", text: qsTr("Detailed interview") },
        { value: "intention", text: qsTr("Intention to reject received") },
        { value: "view_sent", text: qsTr("View on the intention sent") },
        { value: "decision_sent", text: qsTr("Decision sent") },
        { value: "permit_granted", text: qsTr("Residence permit granted") },
        { value: "appeal_filed", text: qsTr("Appeal filed") },
        { value: "court_hearing", text: qsTr("Court hearing") },
        { value: "other", text: qsTr("Other") }
    ]

    function dateKindText(kind: string): string {
        for (const entry of root.dateKinds) {
            if (entry.value === kind)
                return entry.text;
        }
        return kind;
    }

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
        Layout.minimumHeight: Theme.touchTarget
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
        font.pixelSize: Theme.smallSize
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
                // The hint may be cut short at large text sizes: screen readers get it whole.
                Accessible.description: placeholderText
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
                // The hint may be cut short at large text sizes: screen readers get it whole.
                Accessible.description: placeholderText
            }

            FieldLabel {
                text: qsTr("Lawyer")
            }
            CaseArea {
                objectName: "case-lawyer"
                field: "lawyer"
                placeholderText: qsTr("Name, office, phone number")
                Accessible.name: qsTr("Lawyer")
                // The hint may be cut short at large text sizes: screen readers get it whole.
                Accessible.description: placeholderText
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
                Layout.minimumHeight: Theme.touchTarget
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

    // Key dates, appointments and people: lists kept in the vault, each edited in a dialog.
    Repeater {
        model: root.unlocked ? 1 : 0
        delegate: Part {
            spacing: Theme.unit * 2

            FieldLabel {
                text: qsTr("Key dates")
                font.pixelSize: Theme.titleSize
            }
            Hint {
                text: qsTr("The dates of your procedure. Deadlines are counted from them, so write them exactly as they are on your letters.")
            }
            OutlineButton {
                objectName: "case-open-timeline"
                text: qsTr("See your procedure and deadlines")
                onClicked: PageRouter.open("timeline", {})
            }
            Repeater {
                model: VaultSession.caseDates
                delegate: RecordRow {
                    required property real recordId
                    required property string kind
                    required property string dateText
                    required property string note
                    objectName: "case-date-" + recordId
                    primary: root.dateKindText(kind)
                    secondary: note.length > 0 ? dateText + " · " + note : dateText
                    onClicked: dateEditor.openFor(VaultSession.caseDates.get(recordId))
                }
            }
            OutlineButton {
                objectName: "case-add-date"
                text: qsTr("Add a date")
                onClicked: dateEditor.openFor({})
            }

            FieldLabel {
                text: qsTr("Appointments")
                font.pixelSize: Theme.titleSize
            }
            Label {
                visible: VaultSession.appointments.count === 0
                text: qsTr("No appointments yet.")
                color: Theme.muted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Repeater {
                model: VaultSession.appointments
                delegate: RecordRow {
                    required property real recordId
                    required property string title
                    required property string whenText
                    required property string place
                    required property bool past
                    objectName: "appointment-" + recordId
                    primary: title
                    secondary: place.length > 0 ? whenText + " · " + place : whenText
                    dimmed: past
                    onClicked: appointmentEditor.openFor(VaultSession.appointments.get(recordId))
                }
            }
            OutlineButton {
                objectName: "case-add-appointment"
                text: qsTr("Add an appointment")
                onClicked: appointmentEditor.openFor({})
            }

            FieldLabel {
                text: qsTr("People")
                font.pixelSize: Theme.titleSize
            }
            Hint {
                text: qsTr("Your lawyer, your case worker, your guardian: the people you need to reach.")
            }
            Repeater {
                model: VaultSession.personalContacts
                delegate: RecordRow {
                    required property real recordId
                    required property string name
                    required property string role
                    required property string phone
                    objectName: "person-" + recordId
                    primary: role.length > 0 ? name + " (" + role + ")" : name
                    // A phone number reads left to right inside any text.
                    secondary: phone.length > 0 ? String.fromCodePoint(0x2066) + phone + String.fromCodePoint(0x2069) : ""
                    onClicked: personEditor.openFor(VaultSession.personalContacts.get(recordId))
                }
            }
            OutlineButton {
                objectName: "case-add-person"
                text: qsTr("Add a person")
                onClicked: personEditor.openFor({})
            }
        }
    }

    RecordEditor {
        id: dateEditor
        objectName: "case-date-editor"
        title: qsTr("Key date")
        model: VaultSession.caseDates
        fill: function (record) {
            const index = dateKind.indexOfValue(record.kind || "");
            dateKind.currentIndex = index >= 0 ? index : 0;
            dateValue.setValue(record.date || "");
            dateNote.text = record.note || "";
        }
        collect: function () {
            return { kind: dateKind.currentValue, date: dateValue.value, note: dateNote.text };
        }

        Label {
            text: qsTr("What happened")
            font.bold: true
        }
        ComboBox {
            id: dateKind
            objectName: "case-date-kind"
            textRole: "text"
            valueRole: "value"
            model: root.dateKinds
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            Accessible.name: qsTr("What happened: %1").arg(displayText)
        }
        DateField {
            id: dateValue
            objectName: "case-date-value"
            label: qsTr("Date")
        }
        TextField {
            id: dateNote
            objectName: "case-date-note"
            placeholderText: qsTr("Note (optional)")
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            Accessible.name: qsTr("Note")
        }
    }

    RecordEditor {
        id: appointmentEditor
        objectName: "appointment-editor"
        title: qsTr("Appointment")
        model: VaultSession.appointments
        fill: function (record) {
            appointmentTitle.text = record.title || "";
            appointmentWhen.setValue(record.startsAt || "");
            appointmentPlace.text = record.place || "";
            appointmentNote.text = record.note || "";
        }
        collect: function () {
            return { title: appointmentTitle.text, startsAt: appointmentWhen.value, place: appointmentPlace.text, note: appointmentNote.text };
        }

        TextField {
            id: appointmentTitle
            objectName: "appointment-title"
            placeholderText: qsTr("What, e.g. Meeting with my lawyer")
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            Accessible.name: qsTr("What the appointment is")
        }
        DateField {
            id: appointmentWhen
            objectName: "appointment-when"
            withTime: true
            label: qsTr("When")
        }
        TextField {
            id: appointmentPlace
            objectName: "appointment-place"
            placeholderText: qsTr("Where (optional)")
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            Accessible.name: qsTr("Where")
        }
        TextField {
            id: appointmentNote
            objectName: "appointment-note"
            placeholderText: qsTr("Note (optional)")
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            Accessible.name: qsTr("Note")
        }
    }

    RecordEditor {
        id: personEditor
        objectName: "person-editor"
        title: qsTr("Person")
        model: VaultSession.personalContacts
        fill: function (record) {
            personName.text = record.name || "";
            personRole.text = record.role || "";
            personPhone.text = record.phone || "";
            personEmail.text = record.email || "";
            personNote.text = record.note || "";
        }
        collect: function () {
            return { name: personName.text, role: personRole.text, phone: personPhone.text, email: personEmail.text, note: personNote.text };
        }

        TextField {
            id: personName
            objectName: "person-name"
            placeholderText: qsTr("Name")
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            Accessible.name: qsTr("Name")
        }
        TextField {
            id: personRole
            objectName: "person-role"
            placeholderText: qsTr("Who they are, e.g. My lawyer")
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            Accessible.name: qsTr("Who they are")
        }
        TextField {
            id: personPhone
            objectName: "person-phone"
            placeholderText: qsTr("Phone number")
            LayoutMirroring.enabled: false
            horizontalAlignment: TextInput.AlignLeft
            inputMethodHints: Qt.ImhDialableCharactersOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            Accessible.name: qsTr("Phone number")
        }
        TextField {
            id: personEmail
            objectName: "person-email"
            placeholderText: qsTr("E-mail address")
            LayoutMirroring.enabled: false
            horizontalAlignment: TextInput.AlignLeft
            inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            Accessible.name: qsTr("E-mail address")
        }
        TextField {
            id: personNote
            objectName: "person-note"
            placeholderText: qsTr("Note (optional)")
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            Accessible.name: qsTr("Note")
        }
    }
}
