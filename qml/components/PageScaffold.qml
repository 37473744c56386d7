import QtQuick
import QtQuick.Controls
import RightsCompanion

// A page whose content scrolls in one readable column.
Page {
    id: root

    // The router's name for this page.
    property string pageName
    default property alias content: scroller.content

    objectName: root.pageName

    ScrollColumn {
        id: scroller
        anchors.fill: parent
    }
}
