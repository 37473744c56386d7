import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RightsCompanion
import RightsCompanion.Models

// A spinner with a sentence that says why the user waits. (Anchors rather than a layout, for
// the reason given at Part.)
Item {
    id: busyLine

    property string text

    visible: VaultSession.busy
    implicitHeight: Math.max(Theme.touchTarget, busyText.implicitHeight)
    Layout.fillWidth: true

    BusyIndicator {
        id: spinner
        running: busyLine.visible
        width: Theme.touchTarget
        height: Theme.touchTarget
        anchors.left: parent.left
        anchors.verticalCenter: parent.verticalCenter
    }
    Label {
        id: busyText
        text: busyLine.text
        wrapMode: Text.Wrap
        anchors.left: spinner.right
        anchors.leftMargin: Theme.spacing
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        Accessible.role: Accessible.StatusBar
        Accessible.name: text
    }
}
