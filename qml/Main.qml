pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import RightsCompanion
import RightsCompanion.Models

ApplicationWindow {
    id: root

    readonly property bool wide: width >= Theme.wideBreakpoint

    width: 1280
    height: 800
    visible: true
    // The distribution profile names the app (an NGO's build carries its own name).
    title: DistributionProfile.displayName.length > 0 ? DistributionProfile.displayName : qsTr("Rights Companion")
    // Light or dark, standard or high contrast, and the text size: all from Theme (Display), so a
    // choice in Settings applies at once. Controls take the window's font unless they set their own.
    Material.theme: Theme.dark ? Material.Dark : Material.Light
    Material.accent: Theme.accent
    Material.primary: Theme.accentFill
    Material.background: Theme.background
    Material.foreground: Theme.text
    color: Theme.background
    font.pixelSize: Theme.bodySize
    palette.window: Theme.background
    palette.windowText: Theme.text
    palette.base: Theme.background
    palette.text: Theme.text

    // Right-to-left languages mirror the whole window.
    LayoutMirroring.enabled: Languages.rightToLeft
    LayoutMirroring.childrenInherit: true

    function showsVaultContent(page: string): bool {
        return page === "note" || page === "case" || page === "vault-settings" || page === "documents"
            || page === "document";
    }

    function openPage(page: string, args: var) {
        // A build without the vault, or kiosk mode, has no page of it, whoever asks.
        if (!Kiosk.vaultAvailable && (page === "vault" || root.showsVaultContent(page))) {
            PageRouter.reportFailed(page, Kiosk.active ? "kiosk mode offers no vault" : "this build offers no vault");
            return;
        }
        let item = null;
        if (page === "home") {
            stack.pop(null, StackView.Immediate);
            item = stack.currentItem;
        } else {
            const components = {
                topic: topicPage,
                article: articlePage,
                glossary: glossaryPage,
                language: languagePage,
                settings: settingsPage,
                search: searchPage,
                updates: contentUpdatesPage,
                vault: vaultPage,
                note: noteEditorPage,
                "case": myCasePage,
                "vault-settings": vaultSettingsPage,
                documents: documentsPage,
                document: documentPage,
                timeline: timelinePage,
                directory: directoryPage,
                contact: contactPage
            };
            const component = components[page];
            item = stack.push(component, args, StackView.Immediate);
        }
        if (item)
            PageRouter.reportShown(page);
        else
            PageRouter.reportFailed(page, qsTr("The page could not be built."));
    }

    // A fresh start: every page built again (no typed text, scroll position or filter survives), the
    // window's own dialogs closed, and the language chooser first in kiosk mode, else home.
    function startOver(languageFirst: bool) {
        pinDialog.close();
        stack.clear(StackView.Immediate);
        stack.push(homePage, {}, StackView.Immediate);
        tabBar.currentIndex = 0;
        if (languageFirst)
            root.openPage("language", { firstStart: true });
        else
            PageRouter.reportShown("home");
    }

    // Kiosk mode fills the screen; leaving it gives the window back as it was, at home.
    Connections {
        target: Kiosk
        function onActiveChanged() {
            if (Kiosk.active) {
                root.showFullScreen();
            } else {
                root.showNormal();
                root.startOver(false);
            }
        }
        function onSessionReset() {
            root.startOver(true);
        }
    }

    // Closing the window is leaving kiosk mode: it takes the volunteer PIN too.
    onClosing: closeEvent => {
        if (Kiosk.active) {
            closeEvent.accepted = false;
            pinDialog.open();
        }
    }

    // When the vault locks (by hand, after inactivity, or when the app was hidden), no page of it may
    // stay on screen: go back to the lock screen.
    Connections {
        target: VaultSession
        function onStateChanged() {
            if (VaultSession.state === VaultSession.Unlocked)
                return;
            while (stack.depth > 1 && root.showsVaultContent(stack.currentItem.objectName))
                stack.pop(StackView.Immediate);
        }
    }

    Connections {
        target: PageRouter
        function onOpenRequested(page: string, args: var) {
            root.openPage(page, args);
        }
        function onBackRequested() {
            if (stack.depth > 1)
                stack.pop();
        }
    }

    header: ToolBar {
        Material.foreground: Theme.textOnAccent
        // A plain rectangle rather than Material's elevation shadow, which the software renderer
        // (offscreen, old phones without GPU drivers) cannot draw.
        background: Rectangle {
            color: Theme.accentFill
        }

        RowLayout {
            anchors.fill: parent
            spacing: 0

            ToolButton {
                objectName: "header-back"
                visible: stack.depth > 1
                // The arrow points to the start edge: it mirrors in right-to-left languages.
                contentItem: Item {
                    Pictogram {
                        anchors.centerIn: parent
                        pictogram: "back"
                    }
                }
                Layout.minimumWidth: Theme.touchTarget
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: qsTr("Back")
                onClicked: PageRouter.back()
            }
            Label {
                objectName: "header-title"
                text: (stack.currentItem as Page)?.title ?? ""
                // Long titles elide in the header; the page shows them in full and screen readers
                // get them whole.
                elide: Text.ElideRight
                font.pixelSize: Theme.sectionSize
                Accessible.role: Accessible.Heading
                Accessible.name: text
                horizontalAlignment: Text.AlignLeft
                verticalAlignment: Text.AlignVCenter
                Layout.fillWidth: true
                // The header keeps its height on wide screens, where home shows no button beside it.
                Layout.minimumHeight: Theme.touchTarget
                Layout.leftMargin: stack.depth > 1 ? 0 : Theme.spacing
            }
            ToolButton {
                // Always one tap away while the vault holds anything: lock and leave.
                // (The vault page has its own, larger one.)
                visible: Kiosk.vaultAvailable && VaultSession.state !== VaultSession.Absent
                         && stack.currentItem?.objectName !== "vault"
                text: qsTr("Exit")
                icon.source: Pictograms.source("lock")
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: qsTr("Quick exit: lock your notes and close the app")
                onClicked: VaultSession.quickExit()
            }
            // Kiosk mode: discreet, for the volunteer who knows it is there; asks for the PIN.
            ToolButton {
                objectName: "kiosk-volunteer"
                visible: Kiosk.active
                text: qsTr("Volunteer")
                font.pixelSize: Theme.captionSize
                opacity: 0.7
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: qsTr("Volunteer: leave kiosk mode")
                onClicked: pinDialog.open()
            }
            ToolButton {
                visible: !root.wide
                text: qsTr("Language")
                icon.source: Pictograms.source("language")
                // With large text on a phone the pictogram alone, so that the page title keeps room.
                display: Theme.textScale > 1.25 ? AbstractButton.IconOnly : AbstractButton.TextBesideIcon
                Layout.minimumWidth: Theme.touchTarget
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: qsTr("Choose language")
                onClicked: PageRouter.open("language", {})
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        // On wide screens the destinations stay visible as a rail at the start edge.
        Pane {
            objectName: "navigation-rail"
            visible: root.wide
            Layout.fillHeight: true
            Layout.preferredWidth: 200
            background: Rectangle {
                color: Theme.railBackground
            }

            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: Theme.unit

                Repeater {
                    model: [
                        { page: "home", label: qsTr("Home"), pictogram: "home" },
                        { page: "vault", label: qsTr("My notes"), pictogram: "vault" },
                        { page: "language", label: qsTr("Language"), pictogram: "language" },
                        { page: "settings", label: qsTr("Settings"), pictogram: "settings" }
                    ]
                    delegate: ItemDelegate {
                        required property var modelData
                        // A build without a vault, or kiosk mode, has no "My notes".
                        visible: modelData.page !== "vault" || Kiosk.vaultAvailable
                        text: modelData.label
                        icon.source: Pictograms.source(modelData.pictogram)
                        Layout.fillWidth: true
                        Layout.minimumHeight: Theme.touchTarget
                        Accessible.name: modelData.label
                        onClicked: PageRouter.open(modelData.page, {})
                    }
                }
            }
        }

        StackView {
            id: stack
            Layout.fillWidth: true
            Layout.fillHeight: true
            // A component, not an item: the stack owns the page and startOver() can build a new one.
            initialItem: homePage
            // The very first start asks for the language before anything else, each language named
            // in its own script, so that nobody has to read English to begin. So does kiosk mode.
            Component.onCompleted: {
                if (Kiosk.active)
                    root.showFullScreen();
                if (!Languages.chosen || Kiosk.active)
                    root.openPage("language", { firstStart: true });
                // --kiosk without a PIN: Settings, where a volunteer sets one and starts kiosk mode.
                if (Kiosk.startPending)
                    root.openPage("settings", {});
            }
        }
    }

    footer: TabBar {
        id: tabBar
        visible: !root.wide
        NavigationButton {
            text: qsTr("Home")
            icon.source: Pictograms.source("home")
            onClicked: PageRouter.open("home", {})
        }
        NavigationButton {
            visible: Kiosk.vaultAvailable
            text: qsTr("My notes")
            icon.source: Pictograms.source("vault")
            onClicked: PageRouter.open("vault", {})
        }
        NavigationButton {
            text: qsTr("Settings")
            icon.source: Pictograms.source("settings")
            onClicked: PageRouter.open("settings", {})
        }
    }

    // Kiosk mode, shortly before the session is forgotten. Any input (the tap on this notice too)
    // counts as use and closes it; the tap goes no further, so it presses nothing underneath.
    Popup {
        id: stillThere
        objectName: "kiosk-still-there"
        visible: Kiosk.warning
        modal: true
        closePolicy: Popup.NoAutoClose
        anchors.centerIn: Overlay.overlay
        width: Math.min(root.width - 2 * Theme.spacing, 480)
        padding: Theme.spacing * 2
        // A plain background: Material's elevation shadow is a layer effect that the software renderer
        // (offscreen, laptops without GPU drivers) leaves out, and the whole background with it.
        background: Rectangle {
            color: Theme.background
            radius: Theme.unit
            border.color: Theme.outline
            border.width: Theme.outlineWidth
        }

        // A width, not anchors: a wrapping Label whose layout fills a popup makes a polish loop in Qt 6.4.
        ColumnLayout {
            width: stillThere.availableWidth
            spacing: Theme.spacing

            Label {
                text: qsTr("Still there? Touch the screen to continue.")
                font.pixelSize: Theme.titleSize
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Label {
                objectName: "kiosk-still-there-countdown"
                text: qsTr("The app starts over in %n seconds, for the next person.", "", Kiosk.secondsLeft)
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
        }
    }

    // The volunteer PIN, to leave kiosk mode.
    Dialog {
        id: pinDialog

        property string problem

        objectName: "kiosk-pin-dialog"
        title: qsTr("Leave kiosk mode")
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(root.width - 2 * Theme.spacing, 420)
        // Plain, as for the notice above.
        background: Rectangle {
            color: Theme.background
            radius: Theme.unit
            border.color: Theme.outline
            border.width: Theme.outlineWidth
        }
        onAboutToShow: {
            pinDialog.problem = "";
            pinField.text = "";
            pinField.forceActiveFocus();
        }
        onClosed: pinField.text = ""

        function tryPin() {
            const problem = Kiosk.leave(pinField.text);
            pinField.text = "";
            pinDialog.problem = problem;
            if (problem.length === 0)
                pinDialog.close();
        }

        ColumnLayout {
            width: pinDialog.availableWidth
            spacing: Theme.spacing

            Paragraph {
                text: qsTr("For volunteers: type the PIN to leave kiosk mode.")
            }
            SecretField {
                id: pinField
                objectName: "kiosk-pin"
                placeholderText: qsTr("Volunteer PIN")
                maximumLength: Kiosk.maximumPinLength
                inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhHiddenText | Qt.ImhNoPredictiveText
                validator: RegularExpressionValidator {
                    regularExpression: /[0-9]*/
                }
                enabled: Kiosk.pinWaitSeconds === 0
                onAccepted: pinDialog.tryPin()
            }
            Label {
                objectName: "kiosk-pin-problem"
                visible: text.length > 0
                text: Kiosk.pinWaitSeconds > 0
                    ? qsTr("Too many wrong PINs. You can try again in %n seconds.", "", Kiosk.pinWaitSeconds)
                    : pinDialog.problem
                color: Theme.warning
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            // One above the other: the buttons' labels wrap, and side by side they would make the
            // layout measure them again and again.
            PrimaryButton {
                objectName: "kiosk-pin-leave"
                text: qsTr("Leave kiosk mode")
                enabled: Kiosk.pinWaitSeconds === 0 && pinField.text.length >= Kiosk.minimumPinLength
                Layout.fillWidth: true
                Accessible.name: text
                onClicked: pinDialog.tryPin()
            }
            OutlineButton {
                text: qsTr("Cancel")
                Layout.fillWidth: true
                Accessible.name: text
                onClicked: pinDialog.close()
            }
        }
    }

    Component {
        id: homePage
        HomePage {}
    }
    Component {
        id: topicPage
        TopicPage {}
    }
    Component {
        id: articlePage
        ArticlePage {}
    }
    Component {
        id: glossaryPage
        GlossaryPage {}
    }
    Component {
        id: languagePage
        LanguagePage {}
    }
    Component {
        id: settingsPage
        SettingsPage {}
    }
    Component {
        id: searchPage
        SearchPage {}
    }
    Component {
        id: contentUpdatesPage
        ContentUpdatesPage {}
    }
    Component {
        id: vaultPage
        VaultPage {}
    }
    Component {
        id: noteEditorPage
        NoteEditorPage {}
    }
    Component {
        id: myCasePage
        MyCasePage {}
    }
    Component {
        id: vaultSettingsPage
        VaultSettingsPage {}
    }
    Component {
        id: documentsPage
        DocumentsPage {}
    }
    Component {
        id: documentPage
        DocumentPage {}
    }
    Component {
        id: timelinePage
        TimelinePage {}
    }
    Component {
        id: directoryPage
        DirectoryPage {}
    }
    Component {
        id: contactPage
        ContactPage {}
    }
}
