import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import RightsCompanion

Button {
    id: outlineButton
    flat: true
    Layout.preferredHeight: Theme.touchTarget
    background: Rectangle {
        implicitWidth: 64
        implicitHeight: Theme.touchTarget - 12
        radius: 2
        color: outlineButton.down ? Theme.railBackground : "transparent"
        border.width: 1
        border.color: outlineButton.enabled ? outlineButton.Material.foreground : Theme.muted
    }
}
