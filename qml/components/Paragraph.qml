import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RightsCompanion

Label {
    wrapMode: Text.Wrap
    font.pixelSize: Theme.bodySize
    Layout.fillWidth: true
}
