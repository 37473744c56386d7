import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RightsCompanion

// A password field that no keyboard learns from or suggests into.
TextField {
    echoMode: TextInput.Password
    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhHiddenText | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
    Layout.fillWidth: true
    Layout.minimumHeight: Theme.touchTarget
    Accessible.name: placeholderText
}
