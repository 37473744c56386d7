import QtQuick
import QtQuick.Layouts
import RightsCompanion

// A column inside the page's column that arranges itself: its width is bound, not set by the
// page's layout. (In Qt 6.4 a layout sized by another layout can miss its children's new heights
// when their text wraps, and then draws them on top of each other.)
Item {
    default property alias content: partColumn.data
    property alias spacing: partColumn.spacing

    implicitHeight: partColumn.implicitHeight
    Layout.fillWidth: true

    ColumnLayout {
        id: partColumn
        width: parent.width
        spacing: Theme.spacing
    }
}
