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
    Material.accent: Theme.accent
    Material.primary: Theme.accent

    // Right-to-left languages mirror the whole window.
    LayoutMirroring.enabled: Languages.rightToLeft
    LayoutMirroring.childrenInherit: true

    function showsVaultContent(page: string): bool {
        return page === "note" || page === "case" || page === "vault-settings" || page === "documents"
            || page === "document";
    }

    function openPage(page: string, args: var) {
        // A build without the vault (a kiosk) has no page of it, whoever asks.
        if (!DistributionProfile.vaultOffered && (page === "vault" || root.showsVaultContent(page))) {
            PageRouter.reportFailed(page, "this build offers no vault");
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
            color: Theme.accent
        }

        RowLayout {
            anchors.fill: parent
            spacing: 0

            ToolButton {
                objectName: "header-back"
                visible: stack.depth > 1
                text: Languages.rightToLeft ? "→" : "←"
                font.pixelSize: Theme.titleSize
                Layout.preferredWidth: Theme.touchTarget
                Layout.preferredHeight: Theme.touchTarget
                Accessible.name: qsTr("Back")
                onClicked: PageRouter.back()
            }
            Label {
                objectName: "header-title"
                text: (stack.currentItem as Page)?.title ?? ""
                elide: Text.ElideRight
                font.pixelSize: Theme.titleSize - 2
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
                visible: DistributionProfile.vaultOffered && VaultSession.state !== VaultSession.Absent
                         && stack.currentItem?.objectName !== "vault"
                text: qsTr("Exit")
                Layout.preferredHeight: Theme.touchTarget
                Accessible.name: qsTr("Quick exit: lock your notes and close the app")
                onClicked: VaultSession.quickExit()
            }
            ToolButton {
                visible: !root.wide
                text: qsTr("Language")
                Layout.preferredHeight: Theme.touchTarget
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
                        { page: "home", label: qsTr("Home") },
                        { page: "vault", label: qsTr("My notes") },
                        { page: "language", label: qsTr("Language") },
                        { page: "settings", label: qsTr("Settings") }
                    ]
                    delegate: ItemDelegate {
                        required property var modelData
                        // A build without a vault (a kiosk) has no "My notes".
                        visible: modelData.page !== "vault" || DistributionProfile.vaultOffered
                        text: modelData.label
                        Layout.fillWidth: true
                        Layout.preferredHeight: Theme.touchTarget
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
            initialItem: HomePage {}
            // The very first start asks for the language before anything else, each language named
            // in its own script, so that nobody has to read English to begin.
            Component.onCompleted: {
                if (!Languages.chosen)
                    root.openPage("language", { firstStart: true });
            }
        }
    }

    footer: TabBar {
        visible: !root.wide
        TabButton {
            text: qsTr("Home")
            height: Theme.touchTarget
            onClicked: PageRouter.open("home", {})
        }
        TabButton {
            visible: DistributionProfile.vaultOffered
            text: qsTr("My notes")
            height: Theme.touchTarget
            onClicked: PageRouter.open("vault", {})
        }
        TabButton {
            text: qsTr("Settings")
            height: Theme.touchTarget
            onClicked: PageRouter.open("settings", {})
        }
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
