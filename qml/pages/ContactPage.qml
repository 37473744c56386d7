pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RightsCompanion
import RightsCompanion.Models

// One organisation of the directory: whether it is open now, one button per way to reach it (call,
// WhatsApp, e-mail, website), the address, copy buttons for numbers and addresses, when its details
// were last checked and where they come from. When it is not known to speak the reader's language,
// a short note says that one can ask for an interpreter. Mirrors with the window's reading direction.
PageScaffold {
    id: root

    property alias pack: details.pack
    property alias contactId: details.contactId
    // The instant "open now" means; unset: the clock. (Tests fix it.)
    property alias now: details.now
    readonly property alias details: details
    // What the last copy button put on the clipboard, for the short confirmation.
    property string copied

    function open(url: string) {
        ContentLibrary.openLink(url);
    }

    function copy(text: string) {
        if (details.copyToClipboard(text))
            root.copied = text;
    }

    pageName: "contact"
    title: details.found ? details.name : qsTr("Contact")

    ContactDetails {
        id: details
        library: ContentLibrary
        onChanged: root.copied = ""
    }

    Label {
        objectName: "contact-missing"
        visible: !details.found
        text: qsTr("This organisation is not in the installed information. It may have been removed in a content update.")
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
    }

    Label {
        objectName: "contact-name"
        visible: details.found
        text: details.name
        font.pixelSize: Theme.headlineSize
        font.bold: true
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Label {
        objectName: "contact-services"
        visible: details.found
        text: details.services
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
    }
    StatusBadge {
        status: details.status
        isFallback: details.isFallback
        language: details.language
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
    }

    // Open now, closed, or that the hours are not known.
    Label {
        objectName: "contact-open"
        visible: details.found
        text: details.openText
        color: details.openState === "open" || details.openState === "always" ? Theme.accent : palette.windowText
        font.bold: true
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
    }
    Label {
        objectName: "contact-hours"
        visible: details.hours.length > 0
        // As the source writes them, left to right in every language.
        text: qsTr("Opening hours: %1").arg("\u2066" + details.hours + "\u2069")
        color: Theme.muted
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
    }

    // One block per channel: its button, its label and notes, and a copy button.
    Repeater {
        id: channels
        objectName: "contact-channels"
        model: details.channels

        delegate: Item {
            id: channel

            required property var modelData
            required property int index
            readonly property string kind: modelData.kind
            readonly property string url: modelData.url

            objectName: "channel-" + index
            Layout.fillWidth: true
            implicitHeight: channelColumn.implicitHeight

            // A Column: its height follows the wrapped texts (see ArticleView).
            Column {
                id: channelColumn
                width: parent.width
                spacing: Theme.unit

                Label {
                    visible: text.length > 0
                    text: channel.modelData.label
                    font.bold: true
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                    width: parent.width
                }
                // An address is text to read or copy; everything else is a button that opens it.
                Row {
                    visible: channel.kind === "address"
                    width: parent.width
                    spacing: Theme.unit * 2

                    Pictogram {
                        id: addressPictogram
                        pictogram: "map"
                    }
                    Label {
                        objectName: "channel-" + channel.index + "-address"
                        text: "\u2066" + channel.modelData.display + "\u2069"
                        font.pixelSize: Theme.bodySize
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignLeft
                        width: parent.width - addressPictogram.width - parent.spacing
                        Accessible.role: Accessible.StaticText
                        Accessible.name: qsTr("Address: %1").arg(channel.modelData.display)
                    }
                }
                Flow {
                    width: parent.width
                    spacing: Theme.unit * 2

                    PrimaryButton {
                        objectName: "channel-" + channel.index + "-" + channel.kind
                        visible: channel.url.length > 0
                        readonly property string url: channel.url
                        text: channel.modelData.actionName
                        icon.source: Pictograms.source(Pictograms.forChannel(channel.kind))
                        // Addresses and numbers as written, not in capitals.
                        font.capitalization: Font.MixedCase
                        Accessible.name: channel.modelData.note.length > 0
                            ? channel.modelData.actionName + ". " + channel.modelData.note
                            : channel.modelData.actionName
                        onClicked: root.open(channel.url)
                    }
                    OutlineButton {
                        objectName: "copy-" + channel.index
                        visible: channel.modelData.copyText.length > 0
                        text: root.copied === channel.modelData.copyText ? qsTr("Copied") : qsTr("Copy")
                        icon.source: Pictograms.source("copy")
                        font.capitalization: Font.MixedCase
                        Accessible.name: channel.kind === "address" ? qsTr("Copy the address")
                            : channel.kind === "email" ? qsTr("Copy the e-mail address")
                            : qsTr("Copy the number %1").arg(channel.modelData.display)
                        onClicked: root.copy(channel.modelData.copyText)
                    }
                }
                Label {
                    objectName: "channel-" + channel.index + "-note"
                    visible: text.length > 0
                    text: channel.modelData.note
                    color: channel.modelData.emergency ? Theme.warning : Theme.muted
                    font.bold: channel.modelData.emergency
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                    width: parent.width
                }
                // Said once at the top already when these are the hours the page goes by.
                Label {
                    visible: text.length > 0 && text !== details.openText
                    text: channel.modelData.openText
                    color: Theme.muted
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                    width: parent.width
                }
            }
        }
    }

    // Keeping the organisation among the person's own contacts (My case), with a note of their own.
    // Only in the vault: who someone turned to is personal.
    ColumnLayout {
        id: keep

        property string result
        readonly property bool unlocked: VaultSession.state === VaultSession.Unlocked

        objectName: "contact-keep"
        visible: details.found && Kiosk.vaultAvailable
        spacing: Theme.unit
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing

        function add() {
            let phone = "";
            let email = "";
            for (const channel of details.channels) {
                if (phone.length === 0 && channel.kind === "phone")
                    phone = channel.display;
                if (email.length === 0 && channel.kind === "email")
                    email = channel.value;
            }
            const id = VaultSession.personalContacts.save({
                name: details.name, role: "", phone: phone, email: email, note: keepNote.text.trim(),
                directoryRef: root.pack + "/" + root.contactId
            });
            keep.result = id > 0 ? qsTr("Added to your contacts in My case.") : VaultSession.error;
            if (id > 0)
                keepNote.text = "";
        }

        Label {
            text: qsTr("Keep in My case")
            font.bold: true
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
        }
        Label {
            objectName: "contact-keep-locked"
            visible: !keep.unlocked
            text: qsTr("Open your notes to keep this organisation among your own contacts, with a note of your own.")
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
        }
        TextField {
            id: keepNote
            objectName: "contact-keep-note"
            visible: keep.unlocked
            placeholderText: qsTr("A note for yourself (optional)")
            horizontalAlignment: TextInput.AlignLeft
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            Accessible.name: placeholderText
        }
        OutlineButton {
            objectName: "contact-keep-add"
            visible: keep.unlocked
            text: qsTr("Add to my contacts")
            onClicked: keep.add()
        }
        Label {
            objectName: "contact-keep-result"
            visible: keep.result.length > 0
            text: keep.result
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
        }
    }

    // Handing the contact to a phone: a QR code of its vCard that the phone's camera saves as a
    // contact, and the same card as a .vcf file (a typed path, as for the calendar and backups).
    ColumnLayout {
        id: card

        property string result

        objectName: "contact-vcard-actions"
        visible: details.found
        spacing: Theme.unit
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing

        Label {
            text: qsTr("Give this contact to a phone")
            font.bold: true
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
        }
        Label {
            visible: details.vcard.length > 0
            text: qsTr("Scan this code with the phone's camera to save the contact.")
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
        }
        QrCode {
            objectName: "contact-vcard-qr"
            visible: details.vcard.length > 0
            text: details.vcard
            Layout.preferredWidth: Math.min(card.width, 240)
            Layout.preferredHeight: Layout.preferredWidth
            Layout.alignment: Qt.AlignHCenter
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("QR code of the contact %1").arg(details.name)
        }
        // Not in kiosk mode: a file saved on a shared laptop stays there for the next person (the QR
        // code hands the contact over all the same).
        TextField {
            id: vcardPath
            objectName: "contact-vcard-path"
            visible: Kiosk.fileExportAllowed
            placeholderText: qsTr("Where to save the contact card (.vcf)")
            LayoutMirroring.enabled: false
            horizontalAlignment: TextInput.AlignLeft
            inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase | Qt.ImhUrlCharactersOnly
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            Accessible.name: placeholderText
        }
        OutlineButton {
            objectName: "contact-vcard-save"
            visible: Kiosk.fileExportAllowed
            text: qsTr("Save contact card")
            enabled: vcardPath.text.trim().length > 0
            onClicked: {
                const path = vcardPath.text.trim();
                const problem = path.startsWith("/") ? details.saveVCard("file://" + path)
                                                     : qsTr("Type the full path of the file, starting with /.");
                card.result = problem.length > 0 ? problem : qsTr("Contact card saved.");
            }
        }
        Label {
            objectName: "contact-vcard-result"
            visible: card.result.length > 0
            text: card.result
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
        }
    }

    // The contact on paper, for someone without a phone, as the article page offers for articles.
    HandoutAction {
        kind: "contact"
        visible: details.found
        pack: root.pack
        itemId: root.contactId
        explanation: qsTr("Save how to reach this organisation as a PDF file in the language you are reading, with the opening hours, the date it was checked and a QR code. Print it or give it to someone. It holds nothing from your notes.")
    }

    // Whether one can expect to be understood, and what to do if not. The research behind the app
    // supports only that one can ask; it does not say every organisation can arrange an interpreter.
    Rectangle {
        objectName: "contact-interpreter"
        visible: details.needsInterpreter
        color: Theme.railBackground
        radius: Theme.unit * 2
        implicitHeight: interpreterText.implicitHeight + 2 * Theme.spacing
        Layout.fillWidth: true
        Accessible.role: Accessible.StaticText
        Accessible.name: interpreterText.text

        Label {
            id: interpreterText
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: Theme.spacing
            text: (details.languageNames.length > 0
                   ? qsTr("They are not known to speak your language. They speak: %1.").arg(details.languageNames)
                   : qsTr("We do not know which languages they speak."))
                + " " + qsTr("You can ask whether they can arrange an interpreter (in Dutch: tolk).")
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
        }
    }
    Label {
        objectName: "contact-languages"
        visible: !details.needsInterpreter && details.languageNames.length > 0
        text: qsTr("Languages they speak: %1").arg(details.languageNames)
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
    }

    ContentText {
        objectName: "contact-description"
        visible: details.found
        pack: root.pack
        text: details.html
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
    }

    Label {
        objectName: "contact-region"
        visible: details.regionNames.length > 0
        text: qsTr("Where: %1").arg(details.regionNames)
        color: Theme.muted
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
    }
    Label {
        objectName: "contact-verified"
        visible: details.found
        text: qsTr("Last checked: %1").arg(details.verified)
        color: Theme.muted
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
    }
    Label {
        visible: details.sources.length > 0
        text: qsTr("Sources")
        font.bold: true
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
    }
    Repeater {
        model: details.sources
        delegate: Label {
            id: sourceLink
            required property string modelData
            // URLs are left-to-right even inside right-to-left text.
            text: "\u2066" + modelData + "\u2069"
            color: Theme.accent
            elide: Text.ElideMiddle
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(implicitHeight, Theme.touchTarget)
            verticalAlignment: Text.AlignVCenter
            Accessible.role: Accessible.Link
            Accessible.name: modelData
            TapHandler {
                onTapped: root.open(sourceLink.modelData)
            }
        }
    }
}
