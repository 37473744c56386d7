import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Controls.impl
import RightsCompanion

// A destination of the phone's bottom navigation bar: its pictogram above its name. The name wraps
// rather than being cut off; it grows with the text size up to 150% (Theme.navigationSize), beyond
// which three destinations side by side on a phone would no longer fit a word on a line.
TabButton {
    id: control

    readonly property color foreground: !control.enabled ? control.Material.hintTextColor
        : control.checked ? control.Material.accentColor : control.Material.foreground

    font.pixelSize: Theme.navigationSize
    // Three or more side by side on a phone: little room beside the name.
    leftPadding: Theme.unit
    rightPadding: Theme.unit
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    Accessible.name: text

    contentItem: Column {
        spacing: 2

        IconImage {
            visible: String(control.icon.source).length > 0
            anchors.horizontalCenter: parent.horizontalCenter
            source: control.icon.source
            width: control.icon.width
            height: control.icon.height
            sourceSize.width: control.icon.width
            sourceSize.height: control.icon.height
            color: control.foreground
        }
        Label {
            width: parent.width
            text: control.text
            font: control.font
            color: control.foreground
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }
    }
}
