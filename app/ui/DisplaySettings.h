#pragma once

#include "DistributionProfile.h"

#include <QColor>
#include <QList>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QSettings;
class QQmlEngine;
class QJSEngine;

namespace rc::ui {

// How the interface is drawn (QML singleton `Display`, the "Display" section of Settings): the text size,
// standard or high contrast, and light or dark, each either chosen or following the system. Theme.qml
// takes every text size and colour from here, so a change applies at once to every page.
//
// Following the system:
//  - text size: the application's default font against the platform's standard size for it. Qt 6.4 has
//    no API for the system's text scale, but platforms put it into the default font: Android's font
//    scale is in the pixel size of the default font Qt reads from the system style (TextAppearance
//    textSize in sp: 14 at 100%), and desktops that enlarge text enlarge the default font or the
//    logical DPI. The scale is never below 100% or above 200%; offscreen and minimal platforms
//    (tests, screenshots) have no system setting and follow 100%.
//  - dark: Qt 6.4 has no QStyleHints::colorScheme (6.5+), so the system counts as dark when the
//    application palette's window colour is darker than its text colour. Platforms switch that palette
//    with the system theme (Android's dark mode, a desktop's dark theme); ApplicationPaletteChange
//    events keep this current.
//
// Settings (settings.ini, non-personal): display/textScale (0: follow the system, or 100..200 in steps
// of 25), display/contrast ("standard" or "high"), display/colorScheme ("system", "light" or "dark").
// Values that are not one of these (an edited or newer settings file) are read as the default.
class DisplaySettings : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Display)
    QML_SINGLETON
    // 0 follows the system; otherwise the percentage chosen.
    Q_PROPERTY(int textScaleChoice READ textScaleChoice WRITE setTextScaleChoice NOTIFY textScaleChanged)
    // The scale in effect, 1.0 to 2.0.
    Q_PROPERTY(double textScale READ textScale NOTIFY textScaleChanged)
    Q_PROPERTY(double systemTextScale READ systemTextScale NOTIFY textScaleChanged)
    Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY paletteChanged)
    // "system", "light" or "dark".
    Q_PROPERTY(QString colorScheme READ colorScheme WRITE setColorScheme NOTIFY paletteChanged)
    Q_PROPERTY(bool dark READ dark NOTIFY paletteChanged)
    Q_PROPERTY(bool systemDark READ systemDark NOTIFY paletteChanged)
    // The colours in effect (see Palette).
    Q_PROPERTY(QColor background READ background NOTIFY paletteChanged)
    Q_PROPERTY(QColor text READ text NOTIFY paletteChanged)
    Q_PROPERTY(QColor muted READ muted NOTIFY paletteChanged)
    Q_PROPERTY(QColor accent READ accent NOTIFY paletteChanged)
    Q_PROPERTY(QColor accentFill READ accentFill NOTIFY paletteChanged)
    Q_PROPERTY(QColor textOnAccent READ textOnAccent NOTIFY paletteChanged)
    Q_PROPERTY(QColor warning READ warning NOTIFY paletteChanged)
    Q_PROPERTY(QColor warningBackground READ warningBackground NOTIFY paletteChanged)
    Q_PROPERTY(QColor railBackground READ railBackground NOTIFY paletteChanged)
    Q_PROPERTY(QColor outline READ outline NOTIFY paletteChanged)

public:
    // The colours of one combination of light or dark and standard or high contrast.
    struct Palette
    {
        QColor background; // the page
        QColor text; // body text and controls on the page, the rail and the notices
        QColor muted; // secondary text, on the same backgrounds as `text`
        QColor accent; // the accent as text, links, lines and control marks on the page
        QColor accentFill; // filled accent surfaces: the header, primary buttons
        QColor textOnAccent; // text on accentFill
        QColor warning; // warning text, on the page and on warningBackground
        QColor warningBackground; // notices
        QColor railBackground; // the navigation rail, selected and pressed rows, side notes
        QColor outline; // borders of outlined buttons and cards
    };

    // A foreground that must stand out from a background by `minimum` (WCAG 2 contrast ratio).
    struct ContrastPair
    {
        QString what;
        QColor foreground;
        QColor background;
        double minimum;
    };

    // The palette for `profile`'s colours. Standard contrast keeps text at 4.5:1 at least (WCAG AA),
    // high contrast at 7:1 (AAA) with muted text as strong as body text; the profile's accent is made
    // darker or lighter where it would fall short.
    static Palette palette(const DistributionProfile::Data &profile, bool dark, bool highContrast);
    // What must contrast with what in `palette`, and by how much, for a test and for anyone changing
    // the colours.
    static QList<ContrastPair> contrastPairs(const Palette &palette, bool highContrast);
    // `colour` made darker or lighter (keeping its hue) until it has `minimum` contrast against every
    // colour of `against`; black or white if nothing in between does.
    static QColor withContrast(const QColor &colour, const QList<QColor> &against, double minimum);

    // The text scale that a default font of `fontPixelSize` means where the standard is
    // `standardPixelSize`: 1.0 to 2.0, rounded to 5%.
    static double textScaleFor(double fontPixelSize, double standardPixelSize);
    // The system's text scale now (see the class comment).
    static double currentSystemTextScale();
    // Whether the application palette is dark now.
    static bool currentSystemDark();

    static const QList<int> &textScaleChoices();

    // `settings` may be null (choices then last for the session only). No default arguments: Qt 6.4
    // would rather default-construct a second instance than call create().
    DisplaySettings(QSettings *settings, QObject *parent);
    ~DisplaySettings() override;

    // The instance the composition root made; without one (a QML test of a page), one that follows the
    // system and remembers nothing.
    static DisplaySettings *create(QQmlEngine *engine, QJSEngine *);

    int textScaleChoice() const { return m_textScaleChoice; }
    void setTextScaleChoice(int percent);
    double textScale() const;
    double systemTextScale() const { return m_systemTextScale; }
    bool highContrast() const { return m_highContrast; }
    void setHighContrast(bool high);
    QString colorScheme() const { return m_colorScheme; }
    void setColorScheme(const QString &scheme);
    bool dark() const;
    bool systemDark() const { return m_systemDark; }

    QColor background() const { return m_palette.background; }
    QColor text() const { return m_palette.text; }
    QColor muted() const { return m_palette.muted; }
    QColor accent() const { return m_palette.accent; }
    QColor accentFill() const { return m_palette.accentFill; }
    QColor textOnAccent() const { return m_palette.textOnAccent; }
    QColor warning() const { return m_palette.warning; }
    QColor warningBackground() const { return m_palette.warningBackground; }
    QColor railBackground() const { return m_palette.railBackground; }
    QColor outline() const { return m_palette.outline; }

Q_SIGNALS:
    void textScaleChanged();
    void paletteChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updatePalette();

    QSettings *m_settings;
    int m_textScaleChoice = 0;
    bool m_highContrast = false;
    QString m_colorScheme = QStringLiteral("system");
    double m_systemTextScale = 1.0;
    bool m_systemDark = false;
    Palette m_palette;

    static inline DisplaySettings *s_instance = nullptr;
};

} // namespace rc::ui
