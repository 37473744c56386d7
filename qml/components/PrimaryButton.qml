import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import RightsCompanion

// Buttons with plain backgrounds: Material draws a raised button's fill through a layer that the
// software renderer (offscreen, phones without GPU drivers) leaves out, so a highlighted button
// would be white text on nothing. The label wraps and the button grows with it (ButtonContent).
Button {
    id: primaryButton
    highlighted: true
    // As wide as its label, but never wider than the page's column (the window less its margins): the
    // label wraps instead. (Not the parent's width: a layout's width can follow this one's.)
    readonly property real naturalWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                                                  implicitContentWidth + leftPadding + rightPadding)
    implicitWidth: Window.width > 2 * Theme.spacing ? Math.min(primaryButton.naturalWidth, Window.width - 2 * Theme.spacing)
                                                    : primaryButton.naturalWidth
    Layout.minimumHeight: Theme.touchTarget
    contentItem: ButtonContent {
        button: primaryButton
        color: primaryButton.enabled ? Theme.textOnAccent : primaryButton.Material.hintTextColor
    }
    background: Rectangle {
        implicitWidth: 64
        implicitHeight: Theme.touchTarget - 12
        radius: 2
        color: !primaryButton.enabled ? primaryButton.Material.buttonDisabledColor
            : primaryButton.down ? Qt.darker(Theme.accentFill, 1.3)
            : Theme.accentFill
        // The keyboard focus, thicker in high contrast.
        border.width: primaryButton.visualFocus ? Theme.focusWidth : 0
        border.color: Theme.text
    }
}
