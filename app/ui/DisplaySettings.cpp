#include "DisplaySettings.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFont>
#include <QGuiApplication>
#include <QJSEngine>
#include <QPalette>
#include <QQmlEngine>
#include <QScreen>
#include <QSettings>

#include <algorithm>
#include <cmath>

namespace rc::ui {

namespace {

const QString textScaleKey = QStringLiteral("display/textScale");
const QString contrastKey = QStringLiteral("display/contrast");
const QString colorSchemeKey = QStringLiteral("display/colorScheme");

constexpr double standardMinimum = 4.5; // WCAG 2 AA, body text
constexpr double highMinimum = 7.0; // WCAG 2 AAA
constexpr double controlMinimum = 3.0; // WCAG 2.1 non-text contrast (borders of controls)

// The pixel size of the platform's default UI font at its standard setting, in logical pixels.
double platformStandardPixelSize()
{
#if defined(Q_OS_ANDROID)
    return 14.0; // TextAppearance.Material: 14sp, which is 14 logical pixels at font scale 1.0
#elif defined(Q_OS_WIN)
    return 12.0; // Segoe UI 9pt at 96 dpi
#elif defined(Q_OS_MACOS)
    return 13.0; // the system font, 13pt at 72 dpi
#else
    return 10.0 * 96.0 / 72.0; // 10pt at 96 dpi: the default of most Linux desktops
#endif
}

double minimumFor(bool highContrast)
{
    return highContrast ? highMinimum : standardMinimum;
}

double minimumContrast(const QColor &colour, const QList<QColor> &against)
{
    double lowest = 21.0;
    for (const QColor &other : against)
        lowest = std::min(lowest, DistributionProfile::contrastRatio(colour, other));
    return lowest;
}

// `a` over `b` with `amount` of `a`.
QColor mix(const QColor &a, const QColor &b, double amount)
{
    return QColor::fromRgbF(float(a.redF() * amount + b.redF() * (1.0 - amount)),
                            float(a.greenF() * amount + b.greenF() * (1.0 - amount)),
                            float(a.blueF() * amount + b.blueF() * (1.0 - amount)));
}

} // namespace

QColor DisplaySettings::withContrast(const QColor &colour, const QList<QColor> &against, double minimum)
{
    if (minimumContrast(colour, against) >= minimum)
        return colour;
    // Darker against light colours (those that contrast more with black than with white), lighter
    // against dark ones.
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    qsizetype light = 0;
    for (const QColor &other : against) {
        if (DistributionProfile::contrastRatio(other, black)
            > DistributionProfile::contrastRatio(other, white))
            ++light;
    }
    const bool darker = light * 2 >= against.size();
    float hue = 0;
    float saturation = 0;
    float lightness = 0;
    float alpha = 0;
    colour.toHsl().getHslF(&hue, &saturation, &lightness, &alpha);
    for (int step = 1; step <= 100; ++step) {
        const float shifted = darker ? std::max(0.0f, lightness - 0.01f * float(step))
                                     : std::min(1.0f, lightness + 0.01f * float(step));
        const QColor candidate = QColor::fromHslF(hue < 0 ? 0 : hue, saturation, shifted).toRgb();
        if (minimumContrast(candidate, against) >= minimum)
            return QColor(candidate.rgb());
        if (shifted <= 0.0f || shifted >= 1.0f)
            break;
    }
    return minimumContrast(black, against) >= minimumContrast(white, against) ? black : white;
}

DisplaySettings::Palette DisplaySettings::palette(const DistributionProfile::Data &profile, bool dark,
                                                  bool highContrast)
{
    const double minimum = minimumFor(highContrast);
    Palette p;
    if (!dark) {
        p.background = QColor(0xff, 0xff, 0xff);
        p.text = highContrast ? QColor(0x00, 0x00, 0x00) : QColor(0x1c, 0x1c, 0x1c);
        p.warningBackground = QColor(0xff, 0xf3, 0xe0);
        p.railBackground = profile.rail;
        p.muted = highContrast ? p.text : QColor(0x55, 0x55, 0x55);
        p.warning = QColor(0x8a, 0x4b, 0x00);
        p.outline = highContrast ? p.text : QColor(0x75, 0x75, 0x75);
    } else {
        p.background = highContrast ? QColor(0x00, 0x00, 0x00) : QColor(0x12, 0x12, 0x12);
        p.text = highContrast ? QColor(0xff, 0xff, 0xff) : QColor(0xe6, 0xe6, 0xe6);
        p.warningBackground = highContrast ? QColor(0x24, 0x18, 0x00) : QColor(0x3a, 0x2a, 0x12);
        // The profile's rail is a light tint of its accent: the dark one is a dark tint.
        p.railBackground = mix(profile.accent, p.background, 0.22);
        p.muted = highContrast ? p.text : QColor(0xb4, 0xb4, 0xb4);
        p.warning = QColor(0xff, 0xb7, 0x4d);
        p.outline = highContrast ? p.text : QColor(0x8a, 0x8a, 0x8a);
    }
    // Every text colour is checked against every background it stands on, and moved if it falls short
    // (a profile's rail, say, that is fine with black text but not with this palette's).
    p.railBackground = withContrast(p.railBackground, { p.text }, minimum);
    const QList<QColor> surfaces { p.background, p.railBackground, p.warningBackground };
    p.text = withContrast(p.text, surfaces, minimum);
    p.muted = withContrast(p.muted, surfaces, minimum);
    p.warning = withContrast(p.warning, { p.background, p.warningBackground }, minimum);
    p.accent = withContrast(profile.accent, surfaces, minimum);
    p.textOnAccent = profile.onAccent;
    // The header keeps the profile's colour in standard contrast (its text was checked with the
    // profile); high contrast darkens or lightens it until its text reaches 7:1.
    p.accentFill = withContrast(profile.accent, { p.textOnAccent }, minimum);
    p.outline = withContrast(p.outline, { p.background }, highContrast ? highMinimum : controlMinimum);
    return p;
}

QList<DisplaySettings::ContrastPair> DisplaySettings::contrastPairs(const Palette &p, bool highContrast)
{
    const double minimum = minimumFor(highContrast);
    QList<ContrastPair> pairs;
    const QList<std::pair<QString, QColor>> surfaces { { QStringLiteral("background"), p.background },
                                                       { QStringLiteral("rail"), p.railBackground },
                                                       { QStringLiteral("notice"), p.warningBackground } };
    for (const auto &[name, surface] : surfaces) {
        pairs.append({ QStringLiteral("text on ") + name, p.text, surface, minimum });
        pairs.append({ QStringLiteral("muted text on ") + name, p.muted, surface, minimum });
        pairs.append({ QStringLiteral("accent on ") + name, p.accent, surface, minimum });
    }
    pairs.append({ QStringLiteral("warning on background"), p.warning, p.background, minimum });
    pairs.append({ QStringLiteral("warning on notice"), p.warning, p.warningBackground, minimum });
    pairs.append({ QStringLiteral("text on accent"), p.textOnAccent, p.accentFill, minimum });
    pairs.append({ QStringLiteral("outline on background"), p.outline, p.background,
                   highContrast ? highMinimum : controlMinimum });
    return pairs;
}

double DisplaySettings::textScaleFor(double fontPixelSize, double standardPixelSize)
{
    if (!(fontPixelSize > 0.0) || !(standardPixelSize > 0.0))
        return 1.0;
    const double scale = std::clamp(fontPixelSize / standardPixelSize, 1.0, 2.0);
    return std::round(scale * 20.0) / 20.0;
}

double DisplaySettings::currentSystemTextScale()
{
    // Tests and screenshots: no system, no setting to follow.
    const QString platform = QGuiApplication::platformName();
    if (platform == QLatin1String("offscreen") || platform == QLatin1String("minimal"))
        return 1.0;
    const QFont font = QGuiApplication::font();
    double pixels = font.pixelSize();
    if (pixels <= 0) {
        const QScreen *screen = QGuiApplication::primaryScreen();
        const double dpi = screen ? screen->logicalDotsPerInchY() : 96.0;
        pixels = font.pointSizeF() * dpi / 72.0;
    }
    return textScaleFor(pixels, platformStandardPixelSize());
}

bool DisplaySettings::currentSystemDark()
{
    const QPalette palette = QGuiApplication::palette();
    return palette.color(QPalette::Window).lightnessF() < palette.color(QPalette::WindowText).lightnessF();
}

const QList<int> &DisplaySettings::textScaleChoices()
{
    static const QList<int> choices { 100, 125, 150, 175, 200 };
    return choices;
}

DisplaySettings::DisplaySettings(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_systemTextScale(currentSystemTextScale())
    , m_systemDark(currentSystemDark())
{
    if (!s_instance)
        s_instance = this;
    if (m_settings) {
        bool isNumber = false;
        const int scale = m_settings->value(textScaleKey).toInt(&isNumber);
        if (isNumber && textScaleChoices().contains(scale))
            m_textScaleChoice = scale;
        m_highContrast = m_settings->value(contrastKey).toString() == QLatin1String("high");
        const QString scheme = m_settings->value(colorSchemeKey).toString();
        if (scheme == QLatin1String("light") || scheme == QLatin1String("dark"))
            m_colorScheme = scheme;
    }
    m_palette = palette(DistributionProfile::compiledIn(), dark(), m_highContrast);
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

DisplaySettings::~DisplaySettings()
{
    if (s_instance == this)
        s_instance = nullptr;
}

DisplaySettings *DisplaySettings::create(QQmlEngine *engine, QJSEngine *)
{
    DisplaySettings *instance = s_instance ? s_instance : new DisplaySettings(nullptr, engine);
    QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);
    return instance;
}

void DisplaySettings::setTextScaleChoice(int percent)
{
    if (percent != 0 && !textScaleChoices().contains(percent))
        return;
    if (percent == m_textScaleChoice)
        return;
    m_textScaleChoice = percent;
    if (m_settings)
        m_settings->setValue(textScaleKey, percent);
    Q_EMIT textScaleChanged();
}

double DisplaySettings::textScale() const
{
    return m_textScaleChoice == 0 ? m_systemTextScale : m_textScaleChoice / 100.0;
}

void DisplaySettings::setHighContrast(bool high)
{
    if (high == m_highContrast)
        return;
    m_highContrast = high;
    if (m_settings)
        m_settings->setValue(contrastKey, high ? QStringLiteral("high") : QStringLiteral("standard"));
    updatePalette();
}

void DisplaySettings::setColorScheme(const QString &scheme)
{
    if (scheme != QLatin1String("system") && scheme != QLatin1String("light")
        && scheme != QLatin1String("dark"))
        return;
    if (scheme == m_colorScheme)
        return;
    m_colorScheme = scheme;
    if (m_settings)
        m_settings->setValue(colorSchemeKey, scheme);
    updatePalette();
}

bool DisplaySettings::dark() const
{
    if (m_colorScheme == QLatin1String("system"))
        return m_systemDark;
    return m_colorScheme == QLatin1String("dark");
}

void DisplaySettings::updatePalette()
{
    m_palette = palette(DistributionProfile::compiledIn(), dark(), m_highContrast);
    Q_EMIT paletteChanged();
}

bool DisplaySettings::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance()) {
        if (event->type() == QEvent::ApplicationPaletteChange) {
            const bool systemDark = currentSystemDark();
            if (systemDark != m_systemDark) {
                m_systemDark = systemDark;
                updatePalette();
            }
        } else if (event->type() == QEvent::ApplicationFontChange) {
            const double scale = currentSystemTextScale();
            if (!qFuzzyCompare(scale, m_systemTextScale)) {
                m_systemTextScale = scale;
                Q_EMIT textScaleChanged();
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace rc::ui
