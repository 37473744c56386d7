pragma Singleton
import QtQuick
import RightsCompanion.Models

// Sizes and colours in one place. Spacing on a 4 px grid; touch targets at least 48 px. Text sizes
// follow the reader's text size (Display.textScale, 100% to 200%): every font size in qml/ is one of
// the sizes here, never a number of its own. Colours follow light or dark and standard or high
// contrast (Display, which checks them: 4.5:1 for text, 7:1 in high contrast); the accent, the text on
// it and the rail come from the distribution profile (packaging/distributions/).
QtObject {
    readonly property int unit: 4
    readonly property int spacing: 16
    readonly property int touchTarget: 48
    readonly property int readingWidth: 720
    readonly property int wideBreakpoint: 840

    readonly property real textScale: Display.textScale
    readonly property int captionSize: Math.round(12 * textScale)
    readonly property int smallSize: Math.round(14 * textScale)
    readonly property int bodySize: Math.round(16 * textScale)
    readonly property int subtitleSize: Math.round(18 * textScale)
    readonly property int sectionSize: Math.round(20 * textScale)
    readonly property int titleSize: Math.round(22 * textScale)
    readonly property int headlineSize: Math.round(28 * textScale)
    // The names under the pictograms of the phone's navigation bar, which has no room to grow beyond 150%.
    readonly property int navigationSize: Math.round(14 * Math.min(textScale, 1.5))

    readonly property bool dark: Display.dark
    readonly property bool highContrast: Display.highContrast
    readonly property color background: Display.background
    readonly property color text: Display.text
    // The accent as text, links and lines on the page; `accentFill` behind `textOnAccent` (the header,
    // primary buttons).
    readonly property color accent: Display.accent
    readonly property color accentFill: Display.accentFill
    readonly property color textOnAccent: Display.textOnAccent
    readonly property color warning: Display.warning
    readonly property color warningBackground: Display.warningBackground
    readonly property color muted: Display.muted
    readonly property color railBackground: Display.railBackground
    readonly property color outline: Display.outline
    // Borders of outlined controls, and of the control that has the keyboard focus: thicker in high
    // contrast.
    readonly property int outlineWidth: highContrast ? 2 : 1
    readonly property int focusWidth: highContrast ? 4 : 2
}
