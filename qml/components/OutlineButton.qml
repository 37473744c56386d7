import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import RightsCompanion

// A secondary action: an outlined button whose label wraps and which grows with it (ButtonContent).
Button {
    id: outlineButton
    flat: true
    // As wide as its label, but never wider than the page's column (the window less its margins): the
    // label wraps instead. (Not the parent's width: a layout's width can follow this one's.)
    readonly property real naturalWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                                                  implicitContentWidth + leftPadding + rightPadding)
    implicitWidth: Window.width > 2 * Theme.spacing ? Math.min(outlineButton.naturalWidth, Window.width - 2 * Theme.spacing)
                                                    : outlineButton.naturalWidth
    Layout.minimumHeight: Theme.touchTarget
    contentItem: ButtonContent {
        button: outlineButton
        color: outlineButton.enabled ? outlineButton.Material.foreground : outlineButton.Material.hintTextColor
    }
    background: Rectangle {
        implicitWidth: 64
        implicitHeight: Theme.touchTarget - 12
        radius: 2
        color: outlineButton.down ? Theme.railBackground : "transparent"
        // Thicker in high contrast, and thicker still with the keyboard focus.
        border.width: outlineButton.visualFocus ? Theme.focusWidth : Theme.outlineWidth
        border.color: outlineButton.enabled ? outlineButton.Material.foreground : Theme.muted
    }
}
