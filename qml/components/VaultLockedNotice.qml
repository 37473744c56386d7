import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RightsCompanion
import RightsCompanion.Models

// What a page of the vault shows instead of its content while the vault is locked or not made yet.
ColumnLayout {
    id: root

    visible: VaultSession.state !== VaultSession.Unlocked
    spacing: Theme.spacing
    Layout.fillWidth: true

    Label {
        objectName: "vault-locked-notice"
        text: VaultSession.state === VaultSession.Absent ? qsTr("You have no private notes on this phone yet.")
            : qsTr("Unlock your notes first")
        font.pixelSize: Theme.titleSize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    PrimaryButton {
        text: qsTr("Go to My notes")
        onClicked: PageRouter.open("vault", {})
    }
}
