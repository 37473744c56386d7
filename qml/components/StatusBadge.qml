import QtQuick
import QtQuick.Controls
import RightsCompanion

// Says how far a text can be trusted as a translation. Shows nothing for a reviewed text in the
// reader's own language.
Label {
    id: root

    property string status
    property bool isFallback

    text: root.isFallback ? qsTr("Not yet in your language. Shown in English.")
        : root.status === "machine" ? qsTr("Machine translation, not yet checked by a person")
        : root.status === "outdated" ? qsTr("This translation may be out of date")
        : ""
    visible: text.length > 0
    color: Theme.warning
    wrapMode: Text.Wrap
    font.pixelSize: Theme.bodySize - 2
    font.italic: true
}
