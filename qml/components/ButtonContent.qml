import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Templates as T

// What a button shows: its icon at the start edge and its text, which wraps onto more lines instead of
// being cut off when the text is large or the button narrow, so the button grows with it.
Item {
    id: content

    required property T.AbstractButton button
    property color color

    implicitWidth: (icon.visible ? icon.width + content.button.spacing : 0) + label.implicitWidth
    implicitHeight: Math.max(icon.visible ? icon.height : 0, label.implicitHeight)

    IconImage {
        id: icon
        visible: String(content.button.icon.source).length > 0 || content.button.icon.name.length > 0
        source: content.button.icon.source
        name: content.button.icon.name
        color: content.color
        width: content.button.icon.width
        height: content.button.icon.height
        sourceSize.width: content.button.icon.width
        sourceSize.height: content.button.icon.height
        anchors.left: parent.left
        anchors.verticalCenter: parent.verticalCenter
    }
    Label {
        id: label
        anchors.left: icon.visible ? icon.right : parent.left
        anchors.leftMargin: icon.visible ? content.button.spacing : 0
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        text: content.button.text
        font: content.button.font
        color: content.color
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
    }
}
