import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import RightsCompanion

// Buttons with plain backgrounds: Material draws a raised button's fill through a layer that the
// software renderer (offscreen, phones without GPU drivers) leaves out, so a highlighted button
// would be white text on nothing.
Button {
    id: primaryButton
    highlighted: true
    Layout.preferredHeight: Theme.touchTarget
    background: Rectangle {
        implicitWidth: 64
        implicitHeight: Theme.touchTarget - 12
        radius: 2
        color: !primaryButton.enabled ? primaryButton.Material.buttonDisabledColor
            : primaryButton.down ? Qt.darker(Theme.accent, 1.3)
            : Theme.accent
    }
}
