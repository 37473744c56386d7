import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RightsCompanion

// A calm, readable notice: what happened and what to do. Hidden when it has no text.
Rectangle {
    id: root

    property string text

    visible: text.length > 0
    color: Theme.warningBackground
    radius: Theme.unit * 2
    implicitHeight: label.implicitHeight + 2 * Theme.spacing
    Layout.fillWidth: true
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    Label {
        id: label
        anchors.fill: parent
        anchors.margins: Theme.spacing
        text: root.text
        color: Theme.warning
        wrapMode: Text.Wrap
        font.pixelSize: Theme.bodySize
    }
}
