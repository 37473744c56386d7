import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RightsCompanion

// A calm, readable notice: what happened and what to do. Hidden when it has no text. With an
// `actionText`, it offers one step to take (a button that emits `actionTriggered`).
Rectangle {
    id: root

    property string text
    property string actionText

    signal actionTriggered

    visible: text.length > 0
    color: Theme.warningBackground
    radius: Theme.unit * 2
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    Layout.fillWidth: true
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    // A Column, not a ColumnLayout: the height must follow the wrapped text (see ArticleView).
    Column {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacing
        spacing: Theme.unit

        Label {
            id: label
            width: column.width
            text: root.text
            color: Theme.warning
            wrapMode: Text.Wrap
            font.pixelSize: Theme.bodySize
            horizontalAlignment: Text.AlignLeft
        }
        Button {
            objectName: "notice-action"
            visible: root.actionText.length > 0
            text: root.actionText
            flat: true
            height: Math.max(implicitHeight, Theme.touchTarget)
            Accessible.role: Accessible.Link
            Accessible.name: root.actionText
            onClicked: root.actionTriggered()
        }
    }
}
