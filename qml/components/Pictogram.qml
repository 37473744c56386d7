import QtQuick
import QtQuick.Controls.Material
import QtQuick.Controls.impl
import RightsCompanion.Models

// A pictogram (assets/pictograms) in the colour of the text around it. Beside a text it only
// decorates: screen readers skip it, and the text or the control it belongs to carries the name.
// Pictograms that show a direction (back) mirror with the layout in right-to-left languages; the others
// (a phone, a house) look the same in every language.
IconImage {
    id: root

    // The pictogram's name: a topic's icon, or a main action ("home", "call", "print", ...).
    property string pictogram
    property int size: 24

    objectName: "pictogram-" + root.pictogram
    // A topic icon from a pack made for a newer app may have no pictogram here: then nothing shows.
    visible: Pictograms.has(root.pictogram)
    source: Pictograms.source(root.pictogram)
    sourceSize.width: root.size
    sourceSize.height: root.size
    fillMode: Image.PreserveAspectFit
    color: Material.foreground
    mirror: LayoutMirroring.enabled && Pictograms.directional(root.pictogram)
    Accessible.ignored: true
}
