pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RightsCompanion

// A vertically scrolling column that keeps a readable line length on wide screens.
Flickable {
    id: root

    default property alias content: column.data
    property int maximumWidth: Theme.readingWidth

    contentWidth: width
    contentHeight: column.implicitHeight + 2 * Theme.spacing
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}

    ColumnLayout {
        id: column
        width: Math.min(root.width - 2 * Theme.spacing, root.maximumWidth)
        x: (root.width - width) / 2
        y: Theme.spacing
        spacing: Theme.spacing
    }
}
