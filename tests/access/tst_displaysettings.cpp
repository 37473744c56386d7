// The colours and sizes of DisplaySettings (QML `Display`, read by Theme.qml): every text colour against
// every background it stands on, in light and dark, standard and high contrast, for each distribution
// profile in packaging/distributions and for profiles made to be difficult, with the WCAG contrast
// function the profile check uses (DistributionProfile::contrastRatio); the text scale of a system font;
// the choices as settings.ini keeps them, including values that are not ours; following the system's
// palette; and that every font size in qml/ is one of Theme's.
#include "DisplaySettings.h"
#include "DistributionProfile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QGuiApplication>
#include <QPalette>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using rc::ui::DisplaySettings;
using rc::ui::DistributionProfile;

Q_DECLARE_METATYPE(rc::ui::DistributionProfile::Data)

namespace {

DistributionProfile::Data withColours(const QColor &accent, const QColor &onAccent, const QColor &rail)
{
    DistributionProfile::Data data = DistributionProfile::compiledIn();
    data.accent = accent;
    data.onAccent = onAccent;
    data.rail = rail;
    return data;
}

QString describe(const DisplaySettings::ContrastPair &pair)
{
    return QStringLiteral("%1: %2 on %3 is %4:1, needs %5:1")
        .arg(pair.what, pair.foreground.name(), pair.background.name())
        .arg(DistributionProfile::contrastRatio(pair.foreground, pair.background), 0, 'f', 2)
        .arg(pair.minimum);
}

} // namespace

class TestDisplaySettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void palettes_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<DistributionProfile::Data>("data");
        const QDir dir(QStringLiteral(RC_SOURCE_DIR "/packaging/distributions"));
        const QStringList files = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
        QVERIFY2(!files.isEmpty(), "no distribution profiles found");
        for (const QString &name : files) {
            QFile file(dir.filePath(name));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            QString error;
            const auto data = DistributionProfile::parse(file.readAll(), &error);
            QVERIFY2(data, qPrintable(name + QStringLiteral(": ") + error));
            QTest::newRow(qPrintable(name)) << name << *data;
        }
        // Profiles that pass the profile check by a hair: an accent with just 4.5:1 to its white text,
        // a light accent with black text, a rail just 4.5:1 to black, a saturated accent that is
        // unreadable on a dark page, and a grey accent.
        QTest::newRow("accent-at-4.5")
            << QStringLiteral("accent at 4.5")
            << withColours(QColor(0x75, 0x75, 0x75), Qt::white, QColor(0xe0, 0xe0, 0xe0));
        QTest::newRow("light-accent")
            << QStringLiteral("light accent")
            << withColours(QColor(0xff, 0xd5, 0x4f), Qt::black, QColor(0xff, 0xf8, 0xe1));
        QTest::newRow("dim-rail") << QStringLiteral(
            "dim rail") << withColours(QColor(0x1a, 0x23, 0x7e), Qt::white, QColor(0x76, 0x76, 0x76));
        QTest::newRow("dark-blue") << QStringLiteral(
            "dark blue") << withColours(QColor(0x00, 0x00, 0x80), Qt::white, QColor(0xe8, 0xea, 0xf6));
        QTest::newRow("grey") << QStringLiteral("grey")
                              << withColours(QColor(0x59, 0x59, 0x59), Qt::white, QColor(0xee, 0xee, 0xee));
    }

    // Every text and control colour meets its contrast in all four palettes.
    void palettes()
    {
        QFETCH(DistributionProfile::Data, data);
        for (const bool dark : { false, true }) {
            for (const bool high : { false, true }) {
                const DisplaySettings::Palette palette = DisplaySettings::palette(data, dark, high);
                const auto pairs = DisplaySettings::contrastPairs(palette, high);
                QStringList failing;
                for (const auto &pair : pairs) {
                    QCOMPARE(pair.minimum,
                             pair.what.startsWith(QLatin1String("outline")) && !high ? 3.0
                                 : high                                              ? 7.0
                                                                                     : 4.5);
                    if (DistributionProfile::contrastRatio(pair.foreground, pair.background) < pair.minimum)
                        failing.append(describe(pair));
                }
                QVERIFY2(
                    failing.isEmpty(),
                    qPrintable(QStringLiteral("%1, %2:\n  ")
                                   .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"),
                                        high ? QStringLiteral("high contrast") : QStringLiteral("standard"))
                                   .append(failing.join(QStringLiteral("\n  ")))));
                // Each pair is there: text, muted text and the accent on the page, the rail and notices,
                // warnings, the header and the outline.
                QCOMPARE(pairs.size(), 13);
                // Dark means a dark page with light text.
                QCOMPARE(palette.background.lightnessF() < 0.5, dark);
                QCOMPARE(palette.text.lightnessF() > 0.5, dark);
                if (high) {
                    // No grey on grey: muted text is the body text.
                    QCOMPARE(palette.muted, palette.text);
                    QCOMPARE(palette.outline, palette.text);
                }
            }
        }
        // Standard contrast keeps the profile's own header and its rail where they are good enough.
        const DisplaySettings::Palette light = DisplaySettings::palette(data, false, false);
        QCOMPARE(light.accentFill, data.accent);
        QCOMPARE(light.textOnAccent, data.onAccent);
    }

    // High contrast replaces an accent that carries text at less than 7:1, keeping its hue.
    void accentReplacedInHighContrast()
    {
        const auto data = withColours(QColor(0x00, 0x69, 0x5c), Qt::white, QColor(0xe0, 0xee, 0xec));
        QVERIFY(DistributionProfile::contrastRatio(data.accent, Qt::white) < 7.0);
        const auto high = DisplaySettings::palette(data, false, true);
        QVERIFY(high.accentFill != data.accent);
        QVERIFY(DistributionProfile::contrastRatio(high.accentFill, Qt::white) >= 7.0);
        QCOMPARE(high.accentFill.hslHue(), data.accent.hslHue());
        QVERIFY(high.accentFill.lightnessF() < data.accent.lightnessF());
        // In the dark, the accent as text turns lighter instead.
        const auto dark = DisplaySettings::palette(data, true, false);
        QVERIFY(dark.accent.lightnessF() > data.accent.lightnessF());
        QVERIFY(DistributionProfile::contrastRatio(dark.accent, dark.background) >= 4.5);
    }

    void withContrast()
    {
        const QColor white(Qt::white);
        const QColor black(Qt::black);
        // Already enough: unchanged.
        QCOMPARE(DisplaySettings::withContrast(QColor(0x33, 0x33, 0x33), { white }, 7.0),
                 QColor(0x33, 0x33, 0x33));
        // Grey on white: darker, and no darker than needed (one step less would not do).
        const QColor grey = DisplaySettings::withContrast(QColor(0x99, 0x99, 0x99), { white }, 4.5);
        QVERIFY(DistributionProfile::contrastRatio(grey, white) >= 4.5);
        QVERIFY(DistributionProfile::contrastRatio(grey, white) < 4.9);
        // Grey on black: lighter.
        const QColor light = DisplaySettings::withContrast(QColor(0x44, 0x44, 0x44), { black }, 7.0);
        QVERIFY(light.lightnessF() > QColor(0x44, 0x44, 0x44).lightnessF());
        QVERIFY(DistributionProfile::contrastRatio(light, black) >= 7.0);
        // Against several backgrounds at once: all of them.
        const QColor both = DisplaySettings::withContrast(QColor(0x80, 0x80, 0x80),
                                                          { white, QColor(0xff, 0xf3, 0xe0) }, 7.0);
        QVERIFY(DistributionProfile::contrastRatio(both, white) >= 7.0);
        QVERIFY(DistributionProfile::contrastRatio(both, QColor(0xff, 0xf3, 0xe0)) >= 7.0);
        // Impossible (7:1 against mid grey): the better of black and white.
        const QColor midGrey(0x77, 0x77, 0x77);
        QCOMPARE(DisplaySettings::withContrast(midGrey, { midGrey }, 7.0), black);
    }

    void textScaleFor_data()
    {
        QTest::addColumn<double>("pixels");
        QTest::addColumn<double>("standard");
        QTest::addColumn<double>("scale");
        QTest::newRow("standard") << 14.0 << 14.0 << 1.0;
        QTest::newRow("android 1.3") << 18.2 << 14.0 << 1.3;
        QTest::newRow("android largest") << 28.0 << 14.0 << 2.0;
        QTest::newRow("beyond 200%") << 40.0 << 14.0 << 2.0;
        QTest::newRow("smaller than standard") << 10.0 << 14.0 << 1.0;
        QTest::newRow("rounded to 5%") << 17.6 << 14.0 << 1.25;
        QTest::newRow("kde 10pt") << 10.0 * 96 / 72 << 10.0 * 96 / 72 << 1.0;
        QTest::newRow("desktop large text") << 12.0 * 120 / 72 << 10.0 * 96 / 72 << 1.5;
        QTest::newRow("no size") << 0.0 << 14.0 << 1.0;
        QTest::newRow("negative") << -3.0 << 14.0 << 1.0;
        QTest::newRow("no standard") << 14.0 << 0.0 << 1.0;
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << 14.0 << 1.0;
        QTest::newRow("infinite") << std::numeric_limits<double>::infinity() << 14.0 << 2.0;
    }

    void textScaleFor()
    {
        QFETCH(double, pixels);
        QFETCH(double, standard);
        QFETCH(double, scale);
        QCOMPARE(DisplaySettings::textScaleFor(pixels, standard), scale);
    }

    // What is chosen is stored, read back at the next start, and applied at once.
    void choicesAreRemembered()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        {
            QSettings settings(path, QSettings::IniFormat);
            DisplaySettings display(&settings, nullptr);
            QCOMPARE(display.textScaleChoice(), 0);
            QCOMPARE(display.textScale(), 1.0); // offscreen: nothing to follow
            QCOMPARE(display.colorScheme(), QStringLiteral("system"));
            QCOMPARE(display.highContrast(), false);
            QSignalSpy scaleChanged(&display, &DisplaySettings::textScaleChanged);
            QSignalSpy paletteChanged(&display, &DisplaySettings::paletteChanged);
            const QColor lightBackground = display.background();
            display.setTextScaleChoice(175);
            QCOMPARE(display.textScale(), 1.75);
            QCOMPARE(scaleChanged.count(), 1);
            display.setColorScheme(QStringLiteral("dark"));
            QVERIFY(display.dark());
            QVERIFY(display.background() != lightBackground);
            display.setHighContrast(true);
            QCOMPARE(paletteChanged.count(), 2);
            QCOMPARE(display.muted(), display.text());
            // Not one of the choices: nothing changes.
            display.setTextScaleChoice(130);
            display.setColorScheme(QStringLiteral("sepia"));
            QCOMPARE(display.textScale(), 1.75);
            QCOMPARE(display.colorScheme(), QStringLiteral("dark"));
            QCOMPARE(scaleChanged.count(), 1);
            QCOMPARE(paletteChanged.count(), 2);
        }
        QSettings settings(path, QSettings::IniFormat);
        QCOMPARE(settings.value(QStringLiteral("display/textScale")).toInt(), 175);
        QCOMPARE(settings.value(QStringLiteral("display/colorScheme")).toString(), QStringLiteral("dark"));
        QCOMPARE(settings.value(QStringLiteral("display/contrast")).toString(), QStringLiteral("high"));
        DisplaySettings display(&settings, nullptr);
        QCOMPARE(display.textScaleChoice(), 175);
        QVERIFY(display.dark());
        QVERIFY(display.highContrast());
        // Without settings (a page tested on its own) choices last for the session.
        DisplaySettings session(nullptr, nullptr);
        session.setTextScaleChoice(200);
        QCOMPARE(session.textScale(), 2.0);
    }

    void badValuesReadAsDefaults_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("scale not a choice") << QStringLiteral("display/textScale") << QVariant(130);
        QTest::newRow("scale too large") << QStringLiteral("display/textScale") << QVariant(400);
        QTest::newRow("scale negative") << QStringLiteral("display/textScale") << QVariant(-100);
        QTest::newRow("scale text") << QStringLiteral("display/textScale")
                                    << QVariant(QStringLiteral("150%"));
        QTest::newRow("scale empty") << QStringLiteral("display/textScale") << QVariant(QString());
        QTest::newRow("scale list") << QStringLiteral("display/textScale")
                                    << QVariant(QStringList { QStringLiteral("150"), QStringLiteral("200") });
        QTest::newRow("contrast unknown")
            << QStringLiteral("display/contrast") << QVariant(QStringLiteral("ultra"));
        QTest::newRow("contrast number") << QStringLiteral("display/contrast") << QVariant(7);
        QTest::newRow("contrast case")
            << QStringLiteral("display/contrast") << QVariant(QStringLiteral("HIGH"));
        QTest::newRow("scheme unknown")
            << QStringLiteral("display/colorScheme") << QVariant(QStringLiteral("sepia"));
        QTest::newRow("scheme empty") << QStringLiteral("display/colorScheme") << QVariant(QString());
        QTest::newRow("scheme control")
            << QStringLiteral("display/colorScheme") << QVariant(QStringLiteral("dark\nlight"));
    }

    // An edited or newer settings file: values that are not ours are read as the defaults.
    void badValuesReadAsDefaults()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        settings.setValue(key, value);
        settings.sync();
        QSettings reread(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        DisplaySettings display(&reread, nullptr);
        QCOMPARE(display.textScaleChoice(), 0);
        QCOMPARE(display.highContrast(), false);
        QCOMPARE(display.colorScheme(), QStringLiteral("system"));
    }

    // Every text size in the interface is one of Theme's, which follow the text size the reader chose:
    // no page sets a number of its own (or Theme's size plus or minus a number, which would not scale).
    void textSizesComeFromTheme()
    {
        const QRegularExpression sizeLine(QStringLiteral("(pixelSize|pointSize|pointSizeF)\\s*:"));
        const QRegularExpression themeSize(
            QStringLiteral("^\\s*(font\\.)?pixelSize\\s*:\\s*Theme\\.[a-z]+Size\\s*$"));
        QStringList found;
        int sizes = 0;
        QDirIterator files(QStringLiteral(RC_SOURCE_DIR "/qml"), { QStringLiteral("*.qml") }, QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.fileName().endsWith(QLatin1String("/Theme.qml")))
                continue;
            QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(file.fileName()));
            const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (!sizeLine.match(lines.at(i)).hasMatch())
                    continue;
                ++sizes;
                if (!themeSize.match(lines.at(i)).hasMatch())
                    found.append(QStringLiteral("%1:%2: %3")
                                     .arg(file.fileName())
                                     .arg(i + 1)
                                     .arg(lines.at(i).trimmed()));
            }
        }
        QVERIFY2(sizes > 20, "no font sizes found in qml/: is RC_SOURCE_DIR right?");
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    // "Follow the system" follows the application palette as it changes (a system switching to its
    // dark theme), and a choice of light or dark overrides it.
    void followsTheSystemPalette()
    {
        DisplaySettings display(nullptr, nullptr);
        QCOMPARE(display.systemDark(), false);
        QCOMPARE(display.dark(), false);
        const QColor lightBackground = display.background();
        QSignalSpy paletteChanged(&display, &DisplaySettings::paletteChanged);

        const QPalette original = QGuiApplication::palette();
        QPalette darkPalette = original;
        darkPalette.setColor(QPalette::Window, QColor(0x30, 0x30, 0x30));
        darkPalette.setColor(QPalette::WindowText, QColor(0xfa, 0xfa, 0xfa));
        QGuiApplication::setPalette(darkPalette);
        QVERIFY(display.systemDark());
        QVERIFY(display.dark());
        QCOMPARE(paletteChanged.count(), 1);
        QVERIFY(display.background().lightnessF() < 0.2);

        display.setColorScheme(QStringLiteral("light"));
        QVERIFY(!display.dark());
        QCOMPARE(display.background(), lightBackground);

        QGuiApplication::setPalette(original);
        QVERIFY(!display.systemDark());
        display.setColorScheme(QStringLiteral("system"));
        QVERIFY(!display.dark());
    }
};

QTEST_MAIN(TestDisplaySettings)
#include "tst_displaysettings.moc"
