import QtQuick
import QtQuick.Controls
import RightsCompanion

// A page whose content scrolls in one readable column.
Page {
    id: root

    // The router's name for this page.
    property string pageName
    // A bar that stays above the scrolling content (My notes: quick exit), full width. Use it rather
    // than Page's `header`: Page puts a header after the content in the item tree, so screen readers and
    // the Tab key would reach it last although it is drawn first.
    property Item topBar
    default property alias content: scroller.content

    objectName: root.pageName

    Item {
        id: topSlot
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: root.topBar ? root.topBar.implicitHeight : 0
    }
    Binding {
        when: root.topBar !== null
        target: root.topBar
        property: "parent"
        value: topSlot
    }
    Binding {
        when: root.topBar !== null
        target: root.topBar
        property: "width"
        value: topSlot.width
    }

    ScrollColumn {
        id: scroller
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: topSlot.bottom
        anchors.bottom: parent.bottom
    }
}
