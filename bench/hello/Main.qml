import QtQuick

// Same size as rights-companion in --exit-after-first-frame mode (360x740), so both render the same
// number of pixels for their first frame.
Window {
    width: 360
    height: 740
    visible: true
    title: "Hello"

    Text {
        anchors.centerIn: parent
        text: "Hello"
    }
}
