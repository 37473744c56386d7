pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RightsCompanion

// A scrolling page whose content column keeps a readable width on wide screens.
Page {
    id: root

    // The router's name for this page, reported to it once the page is on screen.
    property string pageName
    default property alias content: column.data

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.spacing
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            width: Math.min(flick.width - 2 * Theme.spacing, Theme.readingWidth)
            x: (flick.width - width) / 2
            y: Theme.spacing
            spacing: Theme.spacing
        }
    }
}
