import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RightsCompanion

// One line of a vault list: what it is, and a second line with the details. Tapping it edits it.
ItemDelegate {
    id: row

    property string primary
    property string secondary
    property bool dimmed: false

    Layout.fillWidth: true
    Layout.minimumHeight: Theme.touchTarget
    Accessible.name: secondary.length > 0 ? primary + ", " + secondary : primary

    contentItem: ColumnLayout {
        spacing: Theme.unit
        Label {
            text: row.primary
            font.bold: true
            color: row.dimmed ? Theme.muted : palette.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: text.length > 0
            text: row.secondary
            color: Theme.muted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
