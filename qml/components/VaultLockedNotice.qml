import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RightsCompanion
import RightsCompanion.Models

// What a page of the vault shows instead of its content while the vault is locked or not made yet.
// A Column in an Item rather than a ColumnLayout: the height must follow the wrapped text (see
// ArticleView), which at large text sizes takes several lines.
Item {
    id: root

    visible: VaultSession.state !== VaultSession.Unlocked
    implicitHeight: column.implicitHeight
    Layout.fillWidth: true

    Column {
        id: column
        width: root.width
        spacing: Theme.spacing

        Label {
            objectName: "vault-locked-notice"
            text: VaultSession.state === VaultSession.Absent ? qsTr("You have no private notes on this phone yet.")
                : qsTr("Unlock your notes first")
            font.pixelSize: Theme.titleSize
            wrapMode: Text.Wrap
            width: column.width
        }
        PrimaryButton {
            text: qsTr("Go to My notes")
            onClicked: PageRouter.open("vault", {})
        }
    }
}
