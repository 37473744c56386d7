import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RightsCompanion

// One choice of a list (a radio button) whose label wraps onto more lines instead of being cut off,
// at any text size, and which grows with it.
RadioButton {
    id: choice

    // At least a touch target high, and as high as its wrapped label.
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding,
                             implicitIndicatorHeight + topPadding + bottomPadding)
    Layout.fillWidth: true
    Accessible.name: text

    contentItem: IndicatorLabel {
        control: choice
    }
}
