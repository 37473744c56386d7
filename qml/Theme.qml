pragma Singleton
import QtQuick
import RightsCompanion.Models

// Sizes and colours in one place. Spacing on a 4 px grid; touch targets at least 48 px. The accent,
// the text on it and the rail come from the distribution profile (packaging/distributions/).
QtObject {
    readonly property int unit: 4
    readonly property int spacing: 16
    readonly property int touchTarget: 48
    readonly property int readingWidth: 720
    readonly property int wideBreakpoint: 840
    readonly property int bodySize: 16
    readonly property int titleSize: 22
    readonly property int headlineSize: 28
    readonly property color accent: DistributionProfile.accent
    readonly property color textOnAccent: DistributionProfile.textOnAccent
    readonly property color warning: "#8a4b00"
    readonly property color warningBackground: "#fff3e0"
    readonly property color muted: "#555555"
    readonly property color railBackground: DistributionProfile.railBackground
}
