import QtQuick
import QtQuick.Controls
import RightsCompanion
import RightsCompanion.Models

// Says how far a text can be trusted as a translation. Shows nothing for a reviewed text in the
// reader's own language.
Label {
    id: root

    property string status
    property bool isFallback
    // The language the text is shown in, when it is not the reader's.
    property string language

    text: root.isFallback ? qsTr("Not yet in your language. Shown in %1.").arg(Languages.nameOf(root.language))
        : root.status === "machine" ? qsTr("Machine translation, not yet checked by a person")
        : root.status === "outdated" ? qsTr("This translation may be out of date")
        : ""
    visible: text.length > 0
    color: Theme.warning
    wrapMode: Text.Wrap
    font.pixelSize: Theme.smallSize
    font.italic: true
}
