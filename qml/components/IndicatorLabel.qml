import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Templates as T

// The label of a check box, radio button or switch, beside its indicator: it wraps onto more lines
// instead of being cut off at large text sizes, and the control grows with it.
Label {
    id: label

    required property T.AbstractButton control

    leftPadding: label.control.indicator && !label.control.mirrored ? label.control.indicator.width + label.control.spacing : 0
    rightPadding: label.control.indicator && label.control.mirrored ? label.control.indicator.width + label.control.spacing : 0
    text: label.control.text
    font: label.control.font
    color: label.control.enabled ? label.Material.foreground : label.Material.hintTextColor
    wrapMode: Text.Wrap
    horizontalAlignment: Text.AlignLeft
    verticalAlignment: Text.AlignVCenter
}
