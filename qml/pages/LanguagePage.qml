pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RightsCompanion
import RightsCompanion.Models

PageScaffold {
    id: root

    // Shown by itself on the very first start: choosing a language then leads on to the home page.
    property bool firstStart: false

    pageName: "language"
    title: firstStart ? qsTr("Welcome") : qsTr("Language")

    Label {
        text: qsTr("Choose the language of the app and of the information.")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.bodySize
        Layout.fillWidth: true
    }
    NoticeBanner {
        text: Languages.problem
    }

    Repeater {
        model: Languages.available
        delegate: ItemDelegate {
            id: languageDelegate

            required property var modelData
            readonly property bool isCurrent: modelData.code === Languages.current

            // Each name is shown in its own script and direction, whatever the current language.
            text: modelData.name
            font.pixelSize: Theme.sectionSize
            font.bold: isCurrent
            LayoutMirroring.enabled: modelData.rightToLeft
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            Accessible.name: modelData.name
            Accessible.checkable: true
            Accessible.checked: isCurrent
            onClicked: {
                if (Languages.select(languageDelegate.modelData.code) && root.firstStart)
                    PageRouter.open("home", {});
            }
        }
    }
}
