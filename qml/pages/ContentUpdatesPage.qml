pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RightsCompanion
import RightsCompanion.Models

// Content updates: how recent the information is, where updates come from (the mirrors), checking
// them now, and whether the app may use a metered connection for it. Everything that arrives is
// checked against the distributor's signatures, whichever mirror it comes from.
PageScaffold {
    id: root

    // What was wrong with the mirror the user typed last, until the next try.
    property string mirrorProblem

    function addMirror() {
        root.mirrorProblem = ContentUpdates.addMirror(mirrorField.text);
        if (root.mirrorProblem.length === 0)
            mirrorField.clear();
    }

    pageName: "updates"
    title: qsTr("Content updates")

    component SectionTitle: Label {
        font.bold: true
        font.pixelSize: Theme.subtitleSize
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    // Labels set their alignment explicitly: a right-to-left layout then mirrors them, English text too.
    NoticeBanner {
        objectName: "updates-unavailable"
        text: ContentUpdates.available ? "" : qsTr("Content updates are not available here.")
    }

    Label {
        objectName: "updates-content-date"
        // The newest date the distributor published a change (the signed targets' "published").
        text: ContentUpdates.contentAsOf.length > 0 ? qsTr("Content as of %1").arg(ContentUpdates.contentAsOf)
                                                    : qsTr("No information is installed yet.")
        font.pixelSize: Theme.subtitleSize
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
    }
    NoticeBanner {
        objectName: "updates-stale"
        text: ContentUpdates.stale
              ? qsTr("This information may be out of date: your organisation expected you to have newer information by now. Check for updates when you can.")
              : ""
    }
    Label {
        objectName: "updates-last-check"
        text: ContentUpdates.lastCheck.length > 0 ? qsTr("Last check: %1").arg(ContentUpdates.lastCheck)
                                                  : qsTr("Not checked for updates yet.")
        color: Theme.muted
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
    }

    PrimaryButton {
        objectName: "updates-check-now"
        text: qsTr("Check now")
        enabled: ContentUpdates.available && !ContentUpdates.busy && ContentUpdates.mirrors.length > 0
        Layout.fillWidth: true
        Accessible.name: text
        onClicked: ContentUpdates.checkNow()
    }
    Label {
        objectName: "updates-no-mirror"
        visible: ContentUpdates.mirrors.length === 0
        text: qsTr("Add a mirror below to check for updates.")
        color: Theme.muted
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
    }

    // Progress, in bytes, while a check downloads.
    Part {
        objectName: "updates-progress"
        visible: ContentUpdates.busy
        spacing: Theme.unit

        ProgressBar {
            objectName: "updates-progress-bar"
            from: 0
            to: Math.max(1, ContentUpdates.bytesTotal)
            value: ContentUpdates.bytesDone
            indeterminate: ContentUpdates.bytesTotal <= 0
            Layout.fillWidth: true
            Accessible.name: qsTr("Download progress")
        }
        Label {
            objectName: "updates-progress-text"
            text: ContentUpdates.bytesTotal > 0 ? ContentUpdates.progressText : qsTr("Checking the mirrors…")
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
            Accessible.role: Accessible.StatusBar
            Accessible.name: text
        }
    }

    Label {
        objectName: "updates-status"
        visible: text.length > 0 && !ContentUpdates.statusIsProblem
        text: ContentUpdates.status
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
        Accessible.role: Accessible.StatusBar
        Accessible.name: text
    }
    NoticeBanner {
        objectName: "updates-problem"
        text: ContentUpdates.statusIsProblem ? ContentUpdates.status : ""
    }

    SectionTitle {
        text: qsTr("Mirrors")
    }
    Label {
        text: qsTr("Places to get updates from, tried in order: a USB stick or a folder with a copy, or a web address your organisation gave you. Whatever a mirror offers is used only if your distributor signed it.")
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
    }
    Repeater {
        model: ContentUpdates.mirrors
        delegate: Part {
            id: mirrorRow

            required property string modelData
            required property int index

            objectName: "updates-mirror-" + index
            spacing: 0

            RowLayout {
                spacing: Theme.unit * 2
                Layout.fillWidth: true

                Label {
                    objectName: "updates-mirror-text"
                    // Addresses and paths read left to right in every language.
                    text: "\u2066" + mirrorRow.modelData + "\u2069"
                    wrapMode: Text.WrapAnywhere
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                }
                OutlineButton {
                    objectName: "updates-mirror-remove"
                    text: qsTr("Remove")
                    Accessible.name: qsTr("Remove the mirror %1").arg(mirrorRow.modelData)
                    onClicked: ContentUpdates.removeMirror(mirrorRow.index)
                }
            }
        }
    }
    TextField {
        id: mirrorField
        objectName: "updates-mirror-field"
        placeholderText: qsTr("https://… or /media/usb-stick")
        // A web address or a path: left-to-right and left-aligned in every language.
        LayoutMirroring.enabled: false
        horizontalAlignment: TextInput.AlignLeft
        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase | Qt.ImhUrlCharactersOnly
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        Accessible.name: qsTr("New mirror")
        // The hint may be cut short at large text sizes: screen readers get it whole.
        Accessible.description: placeholderText
        onAccepted: root.addMirror()
    }
    Label {
        objectName: "updates-mirror-problem"
        visible: root.mirrorProblem.length > 0
        text: root.mirrorProblem
        color: Theme.warning
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
    }
    OutlineButton {
        objectName: "updates-mirror-add"
        text: qsTr("Add mirror")
        enabled: mirrorField.text.trim().length > 0
        Accessible.name: text
        onClicked: root.addMirror()
    }

    // Desktop only: this computer serves the repository that came with the app to phones nearby.
    SectionTitle {
        visible: LanShareController.available
        text: qsTr("Share with phones nearby")
    }
    Label {
        objectName: "lanshare-explanation"
        visible: LanShareController.available
        text: qsTr("Phones on the same network can get the information from this computer. Phones check everything they get against your distributor's signatures, so sharing cannot change what they accept. Only people on the same network (Wi-Fi or cable) can connect. Sharing stops by itself after 30 minutes.")
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
    }
    Label {
        visible: LanShareController.available
        text: qsTr("This computer shares the information that came with the app. Updates it installed later are not shared.")
        color: Theme.muted
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
    }
    PrimaryButton {
        objectName: "lanshare-start"
        visible: LanShareController.available && !LanShareController.running
        text: qsTr("Start sharing")
        Layout.fillWidth: true
        Accessible.name: text
        onClicked: LanShareController.start()
    }
    Part {
        objectName: "lanshare-running"
        visible: LanShareController.running
        spacing: Theme.unit

        Label {
            visible: LanShareController.addresses.length > 0
            text: qsTr("On the phone, open Content updates, add this address as a mirror, and tap Check now:")
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
        }
        Repeater {
            model: LanShareController.addresses
            delegate: Label {
                required property string modelData

                objectName: "lanshare-address"
                // An address reads left to right in every language.
                text: "\u2066" + modelData + "\u2069"
                font.pixelSize: Theme.sectionSize
                font.bold: true
                wrapMode: Text.WrapAnywhere
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                Accessible.name: modelData
            }
        }
        QrCode {
            objectName: "lanshare-qr"
            visible: LanShareController.addresses.length > 0
            text: LanShareController.addresses.length > 0 ? LanShareController.addresses[0] : ""
            Layout.preferredWidth: Math.min(parent.width, 240)
            Layout.preferredHeight: Layout.preferredWidth
            Layout.alignment: Qt.AlignHCenter
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("QR code of the address %1").arg(text)
        }
        Label {
            objectName: "lanshare-time-left"
            text: LanShareController.timeLeft
            color: Theme.muted
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
            Accessible.role: Accessible.StatusBar
            Accessible.name: text
        }
        Label {
            objectName: "lanshare-files"
            visible: LanShareController.filesServed > 0
            text: qsTr("Files sent so far: %1").arg(LanShareController.filesServed)
            color: Theme.muted
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
        }
        OutlineButton {
            objectName: "lanshare-stop"
            text: qsTr("Stop sharing")
            Accessible.name: text
            onClicked: LanShareController.stop()
        }
    }
    Label {
        objectName: "lanshare-status"
        visible: LanShareController.available && !LanShareController.running && text.length > 0
        text: LanShareController.status
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
        Accessible.role: Accessible.StatusBar
        Accessible.name: text
    }
    NoticeBanner {
        objectName: "lanshare-problem"
        text: LanShareController.available ? LanShareController.problem : ""
    }

    SectionTitle {
        text: qsTr("Network")
    }
    Switch {
        objectName: "updates-unmetered"
        text: qsTr("Only on unmetered networks")
        checked: ContentUpdates.onlyUnmetered
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        Accessible.name: text
        onToggled: ContentUpdates.onlyUnmetered = checked
    }
    Label {
        objectName: "updates-network"
        text: {
            switch (ContentUpdates.networkState) {
            case ContentUpdates.Offline:
                return qsTr("This device is not connected to a network now.");
            case ContentUpdates.Metered:
                return qsTr("This connection is metered: it may cost money.");
            case ContentUpdates.Unmetered:
                return qsTr("This connection is not metered.");
            default:
                return qsTr("The app cannot tell whether this connection is metered. With this option on, web mirrors are not used; USB sticks and folders always are.");
            }
        }
        color: Theme.muted
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
    }
    Label {
        text: qsTr("The app connects to the internet only to reach the web mirrors you add here, and sends nothing about you.")
        color: Theme.muted
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
    }
}
