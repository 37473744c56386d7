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
}
