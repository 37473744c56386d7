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
    title: qsTr("Rights Companion")
    Material.accent: Theme.accent
    Material.primary: Theme.accent

    // Right-to-left languages mirror the whole window.
    LayoutMirroring.enabled: Languages.rightToLeft
    LayoutMirroring.childrenInherit: true

    function openPage(page: string, args: var) {
        let item = null;
        if (page === "home") {
            stack.pop(null, StackView.Immediate);
            item = stack.currentItem;
        } else {
            const component = page === "topic" ? topicPage
                : page === "article" ? articlePage
                : page === "language" ? languagePage
                : settingsPage;
            item = stack.push(component, args, StackView.Immediate);
        }
        if (item)
            PageRouter.reportShown(page);
        else
            PageRouter.reportFailed(page, qsTr("The page could not be built."));
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
        Material.foreground: "white"
        // A plain rectangle rather than Material's elevation shadow, which the software renderer
        // (offscreen, old phones without GPU drivers) cannot draw.
        background: Rectangle {
            color: Theme.accent
        }

        RowLayout {
            anchors.fill: parent
            spacing: 0

            ToolButton {
                visible: stack.depth > 1
                text: Languages.rightToLeft ? "→" : "←"
                font.pixelSize: Theme.titleSize
                Layout.preferredWidth: Theme.touchTarget
                Layout.preferredHeight: Theme.touchTarget
                Accessible.name: qsTr("Back")
                onClicked: PageRouter.back()
            }
            Label {
                text: (stack.currentItem as Page)?.title ?? ""
                elide: Text.ElideRight
                font.pixelSize: Theme.titleSize - 2
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                Layout.leftMargin: stack.depth > 1 ? 0 : Theme.spacing
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
                        { page: "language", label: qsTr("Language") },
                        { page: "settings", label: qsTr("Settings") }
                    ]
                    delegate: ItemDelegate {
                        required property var modelData
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
        id: languagePage
        LanguagePage {}
    }
    Component {
        id: settingsPage
        SettingsPage {}
    }
}
