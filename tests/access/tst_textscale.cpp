// Large text, touch targets, contrast and dark mode on the pages as the app loads them
// (rc::ui::loadInterface, the real nl pack installed, no vault yet), on a phone (360x740):
//  - at 200% text size, in English, Arabic and Tigrinya, every page: no text is cut off (shortened
//    without the whole text within reach, wider or taller than its item, or cut by its container or the
//    window's edge) and no text is drawn over another. Screenshots in <build>/tests/screens-200/.
//  - at 100%, in English and Arabic (and the wide window's rail in English), every tap target is at least
//    48x48 px.
//  - high contrast and dark mode change what is drawn: the window's background, the body text, muted
//    text and the header, measured on the rendered pixels.
//  - the Display section of Settings applies a choice at once and remembers it.
//  - the vault's pages once it is open, in English: tap targets at 100%, text at 200%.
#include "DisplaySettings.h"
#include "DistributionProfile.h"
#include "InterfaceServices.h"
#include "ScreenChecks.h"

#include <QDir>
#include <QImage>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(RightsCompanion_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(RightsCompanionPlugin)

using namespace screenchecks;
using rc::ui::DisplaySettings;
using rc::ui::DistributionProfile;

namespace {

const QString screensDir = QStringLiteral(RC_BINARY_DIR "/tests/screens-200");
const QSize phone(360, 740);

QQuickItem *findText(QQuickItem *root, const QString &start)
{
    QQuickItem *found = nullptr;
    walk(root, [&](QQuickItem *item) {
        if (!found && isTextItem(item) && item->property("text").toString().startsWith(start))
            found = item;
    });
    return found;
}

// The colour in `rect` of `image` that contrasts most with `background`: the colour of the text there
// (antialiased edges are in between).
QColor strongestColour(const QImage &image, const QRect &rect, const QColor &background)
{
    QColor strongest = background;
    double best = 1.0;
    const QRect area = rect & image.rect();
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor colour = image.pixelColor(x, y);
            const double ratio = DistributionProfile::contrastRatio(colour, background);
            if (ratio > best) {
                best = ratio;
                strongest = colour;
            }
        }
    }
    return strongest;
}

bool near(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) <= 24 && std::abs(a.green() - b.green()) <= 24
        && std::abs(a.blue() - b.blue()) <= 24;
}

// The scene rectangle of an item, in the pixels of an image of the window.
QRect sceneRect(const QQuickItem *item, qreal pixelRatio)
{
    const QRectF rect = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    return QRectF(rect.topLeft() * pixelRatio, rect.size() * pixelRatio).toAlignedRect();
}

// Text that stays small when the reader asks for large text: a font size of its own or Qt's default
// instead of one of Theme's sizes. At 200% the smallest of those is 24 px (the navigation bar's names
// stop growing at 150%: 21 px).
void checkGrows(QQuickItem *root, qreal minimum, QStringList *problems)
{
    walk(root, [&](QQuickItem *item) {
        if (!isTextItem(item) || shownText(item).trimmed().isEmpty())
            return;
        const QFont font = item->property("font").value<QFont>();
        const qreal pixels = font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF() * 96.0 / 72.0;
        if (pixels < minimum)
            problems->append(QStringLiteral("does not grow: %1 is %2 px")
                                 .arg(describe(item, shownText(item)))
                                 .arg(pixels));
    });
}

struct Drawn
{
    QColor background;
    QColor heading;
    QColor muted;
    QColor header;
    QColor headerText;
};

} // namespace

class TestTextScale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString problem = m_app.setUp();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(QDir().mkpath(screensDir), qPrintable(screensDir));
        m_display = std::make_unique<DisplaySettings>(m_app.settings.get(), nullptr);
        // Offscreen there is no system text size or theme to follow.
        QCOMPARE(m_display->textScale(), 1.0);
        QCOMPARE(m_display->dark(), false);
        problem = m_app.loadInterface(QSize()); // showPage() gives each page its size
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanupTestCase() { m_app.unloadInterface(); }

    // The checks find what they look for, and let pass what is fine.
    void checksFindProblems()
    {
        QQmlComponent component(m_app.engine.get());
        component.setData(
            "import QtQuick\n"
            "import QtQuick.Controls\n"
            "Item {\n"
            "  width: 360; height: 400\n"
            "  Button { objectName: 'small'; width: 40; height: 30; Accessible.name: 'Close' }\n"
            "  Label { objectName: 'high'; y: 40; width: 300; height: 6; text: 'taller than six pixels' }\n"
            "  Text { objectName: 'elided'; y: 80; width: 50; elide: Text.ElideRight; font.pixelSize: 16;\n"
            "          text: 'a long line that is elided' }\n"
            "  Text { objectName: 'named'; y: 110; width: 50; elide: Text.ElideRight; font.pixelSize: 16;\n"
            "          text: 'a long line named in full'; Accessible.name: text }\n"
            "  Label { objectName: 'one'; y: 140; text: 'overlap one' }\n"
            "  Label { objectName: 'two'; y: 146; x: 10; text: 'overlap two' }\n"
            "  Button { objectName: 'button'; y: 200; width: 80; height: 48;\n"
            "           text: 'a label far too long for the button' }\n"
            "  Item { y: 280; width: 60; height: 40; clip: true;\n"
            "         Label { objectName: 'clipped'; text: 'cut by its parent' } }\n"
            "  Label { objectName: 'wrapped'; y: 330; width: 120; wrapMode: Text.Wrap;\n"
            "          text: 'a text that wraps onto lines of its own' }\n"
            "  Text { objectName: 'tiny'; x: 200; y: 330; font.pixelSize: 12; text: 'twelve' }\n"
            "}\n",
            QUrl(QStringLiteral("qrc:/tst_textscale/Sample.qml")));
        std::unique_ptr<QObject> object(component.create());
        QVERIFY2(object, qPrintable(component.errorString()));
        auto *sample = qobject_cast<QQuickItem *>(object.get());
        QVERIFY(sample);
        sample->setParentItem(m_app.window->contentItem());
        QStringList fit;
        checkFit(sample, &fit);
        QStringList overlaps;
        checkOverlaps(sample, &overlaps);
        QStringList targets;
        checkTouchTargets(sample, 48, &targets);
        QStringList small;
        checkGrows(sample, 14, &small);
        sample->setParentItem(nullptr);

        const QString all = (fit + overlaps + targets).join(QLatin1Char('\n'));
        QVERIFY2(fit.size() == 4, qPrintable(all));
        QVERIFY2(fit.at(0).startsWith(QLatin1String("too high: high ")), qPrintable(all));
        QVERIFY2(fit.at(1).startsWith(QLatin1String("shortened: elided ")), qPrintable(all));
        QVERIFY2(fit.at(2).startsWith(QLatin1String("shortened: label \"a label far")), qPrintable(all));
        QVERIFY2(fit.at(3).startsWith(QLatin1String("cut off by its container: clipped ")), qPrintable(all));
        QVERIFY2(overlaps.size() == 1, qPrintable(all));
        QVERIFY2(overlaps.at(0).startsWith(QLatin1String("overlap: one \"overlap one\" and two ")),
                 qPrintable(all));
        QVERIFY2(targets.size() == 1, qPrintable(all));
        QVERIFY2(targets.at(0).contains(QLatin1String("small \"\" is 40x30 px")), qPrintable(all));
        QVERIFY2(small == QStringList { QStringLiteral("does not grow: tiny \"twelve\" is 12 px") },
                 qPrintable(small.join(QLatin1Char('\n'))));
    }

    void largeText_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("page");
        for (const char *lang : { "en", "ar", "ti" }) {
            for (const QString &page : rc::ui::PageRouter::pages())
                QTest::addRow("%s-%s", lang, qPrintable(page)) << QString::fromLatin1(lang) << page;
        }
    }

    // At 200%, every page in English, Arabic and Tigrinya: all text fits and none overlaps.
    void largeText()
    {
        QFETCH(QString, lang);
        QFETCH(QString, page);
        m_display->setTextScaleChoice(200);
        const qsizetype warningsBefore = m_app.tour->qmlWarnings().size();
        QStringList problems;
        QString file;
        showPage(lang, page, phone, &file, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n  "))));
        QQuickItem *root = m_app.window->contentItem();
        checkFit(root, &problems);
        checkOverlaps(root, &problems);
        checkGrows(root, 20, &problems);
        for (const QString &warning : m_app.tour->qmlWarnings().mid(warningsBefore))
            problems.append(QStringLiteral("QML warning: ") + warning);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 %2 at 200% (%3):\n  ")
                                .arg(lang, page, file)
                                .append(problems.join(QStringLiteral("\n  ")))));
    }

    void touchTargets_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("page");
        const QList<std::pair<const char *, QSize>> screens { { "en", phone },
                                                              { "ar", phone },
                                                              { "en", QSize(1280, 800) } };
        for (const auto &[lang, size] : screens) {
            for (const QString &page : rc::ui::PageRouter::pages())
                QTest::addRow("%s-%s-%dx%d", lang, qPrintable(page), size.width(), size.height())
                    << QString::fromLatin1(lang) << size << page;
        }
    }

    // At 100%, every tap target on every page is at least 48x48 px.
    void touchTargets()
    {
        QFETCH(QString, lang);
        QFETCH(QSize, size);
        QFETCH(QString, page);
        m_display->setTextScaleChoice(100);
        QStringList problems;
        showPage(lang, page, size, nullptr, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n  "))));
        checkTouchTargets(m_app.window->contentItem(), 48, &problems);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 %2 at %3x%4:\n  ")
                                .arg(lang, page)
                                .arg(size.width())
                                .arg(size.height())
                                .append(problems.join(QStringLiteral("\n  ")))));
    }

    // Dark mode and high contrast change what is drawn: measured on the pixels of the home page.
    void themesChangeWhatIsDrawn()
    {
        m_display->setTextScaleChoice(100);
        const Drawn light = drawHome(QStringLiteral("light"), false);
        const Drawn dark = drawHome(QStringLiteral("dark"), false);
        const Drawn lightHigh = drawHome(QStringLiteral("light"), true);
        const Drawn darkHigh = drawHome(QStringLiteral("dark"), true);
        m_display->setColorScheme(QStringLiteral("system"));
        m_display->setHighContrast(false);

        const auto ratio = DistributionProfile::contrastRatio;
        const auto report = [](const char *what, const QColor &a, const QColor &b) {
            return qPrintable(QStringLiteral("%1: %2 against %3 (%4:1)")
                                  .arg(QLatin1String(what), a.name(), b.name())
                                  .arg(DistributionProfile::contrastRatio(a, b), 0, 'f', 2));
        };
        // Light: dark text on a light page, the header in the profile's accent.
        QVERIFY2(ratio(light.background, Qt::white) < 1.1, report("light page", light.background, Qt::white));
        QVERIFY2(ratio(light.heading, light.background) >= 4.5,
                 report("light heading", light.heading, light.background));
        QVERIFY2(near(light.header, DistributionProfile::compiledIn().accent),
                 report("light header", light.header, DistributionProfile::compiledIn().accent));
        // Dark: a dark page with light text, the muted text still readable.
        QVERIFY2(ratio(dark.background, Qt::white) > 12.0, report("dark page", dark.background, Qt::white));
        QVERIFY2(ratio(dark.heading, dark.background) >= 4.5,
                 report("dark heading", dark.heading, dark.background));
        QVERIFY2(dark.heading.lightnessF() > dark.background.lightnessF(),
                 report("dark heading", dark.heading, dark.background));
        QVERIFY2(ratio(dark.muted, dark.background) >= 4.5,
                 report("dark muted", dark.muted, dark.background));
        // High contrast: muted text as strong as the body text, 7:1 everywhere, the header darkened or
        // lightened until its text reaches 7:1.
        for (const Drawn *high : { &lightHigh, &darkHigh }) {
            QVERIFY2(ratio(high->heading, high->background) >= 7.0,
                     report("high-contrast heading", high->heading, high->background));
            QVERIFY2(ratio(high->muted, high->background) >= 7.0,
                     report("high-contrast muted", high->muted, high->background));
            QVERIFY2(near(high->muted, high->heading),
                     report("high-contrast muted", high->muted, high->heading));
            QVERIFY2(ratio(high->headerText, high->header) >= 7.0,
                     report("high-contrast header", high->headerText, high->header));
        }
        QVERIFY2(!near(lightHigh.muted, light.muted),
                 report("muted, standard and high", light.muted, lightHigh.muted));
        QVERIFY2(ratio(darkHigh.background, Qt::white) > 18.0,
                 report("high-contrast dark page", darkHigh.background, Qt::white));
        if (ratio(light.headerText, light.header) < 7.0)
            QVERIFY2(lightHigh.header != light.header,
                     report("header, standard and high", light.header, lightHigh.header));
    }

    // The Display section of Settings: a tap changes the text size and the colours at once, and the
    // choice is in the settings file for the next start.
    void settingsApplyAtOnceAndStay()
    {
        m_display->setTextScaleChoice(100);
        QStringList problems;
        showPage(QStringLiteral("en"), QStringLiteral("settings"), phone, nullptr, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QQuickItem *root = m_app.window->contentItem();
        QQuickItem *heading = findVisible(root, QStringLiteral("settings-display-title"));
        QVERIFY2(heading, "the Display section has no heading");
        const int bodyBefore = findText(root, QStringLiteral("This app works without internet"))
                                   ->property("font")
                                   .value<QFont>()
                                   .pixelSize();
        QCOMPARE(bodyBefore, 16);

        tap(QStringLiteral("settings-text-scale-150"));
        QCOMPARE(m_display->textScaleChoice(), 150);
        QTRY_COMPARE(findText(root, QStringLiteral("This app works without internet"))
                         ->property("font")
                         .value<QFont>()
                         .pixelSize(),
                     24);
        tap(QStringLiteral("settings-color-scheme-dark"));
        QVERIFY(m_display->dark());
        QTRY_COMPARE(m_app.window->color(), m_display->background());
        QVERIFY(ratio(m_app.window->color(), Qt::white) > 12.0);
        tap(QStringLiteral("settings-contrast-high"));
        QVERIFY(m_display->highContrast());

        // Remembered: what the next start reads.
        m_app.settings->sync();
        QSettings saved(m_app.settingsFile(), QSettings::IniFormat);
        DisplaySettings next(&saved, nullptr);
        QCOMPARE(next.textScaleChoice(), 150);
        QCOMPARE(next.colorScheme(), QStringLiteral("dark"));
        QCOMPARE(next.highContrast(), true);

        tap(QStringLiteral("settings-text-scale-system"));
        QCOMPARE(m_display->textScaleChoice(), 0);
        tap(QStringLiteral("settings-color-scheme-system"));
        QCOMPARE(m_display->colorScheme(), QStringLiteral("system"));
        tap(QStringLiteral("settings-contrast-standard"));
        QCOMPARE(m_display->highContrast(), false);
        QTRY_COMPARE(m_app.window->color(), QColor(Qt::white));
    }

    void unlockedVault_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<int>("scale");
        for (const int scale : { 100, 200 }) {
            for (const QString &page : rc::ui::PageRouter::vaultPages())
                QTest::addRow("%s-%d", qPrintable(page), scale) << page << scale;
        }
    }

    // The vault's pages as they are once it is open (a throwaway vault in the temporary folder), in
    // English: tap targets at 100%, text at 200%.
    void unlockedVault()
    {
        QFETCH(QString, page);
        QFETCH(int, scale);
        if (m_app.vaultController->state() != rc::ui::VaultController::State::Unlocked) {
            const QString problem = m_app.unlockThrowawayVault(QStringLiteral("text scale test passphrase"));
            QVERIFY2(problem.isEmpty(),
                     qPrintable(QStringLiteral("the throwaway vault could not be unlocked: ") + problem));
        }
        m_display->setTextScaleChoice(scale);
        const qsizetype warningsBefore = m_app.tour->qmlWarnings().size();
        QStringList problems;
        QString file;
        showPage(QStringLiteral("en"), page, phone, scale == 200 ? &file : nullptr, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n  "))));
        QQuickItem *root = m_app.window->contentItem();
        if (scale == 100) {
            checkTouchTargets(root, 48, &problems);
        } else {
            checkFit(root, &problems);
            checkOverlaps(root, &problems);
            checkGrows(root, 20, &problems);
        }
        for (const QString &warning : m_app.tour->qmlWarnings().mid(warningsBefore))
            problems.append(QStringLiteral("QML warning: ") + warning);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 unlocked at %2% (%3):\n  ")
                                .arg(page)
                                .arg(scale)
                                .arg(file)
                                .append(problems.join(QStringLiteral("\n  ")))));
    }

private:
    static double ratio(const QColor &a, const QColor &b) { return DistributionProfile::contrastRatio(a, b); }

    // Opens `page` from home in `lang` at `size`, as tst_screens does; saves a screenshot when `file`
    // is given.
    void showPage(const QString &lang, const QString &page, const QSize &size, QString *file,
                  QStringList *problems)
    {
        // The new language's content replaces the home page's before the window changes size.
        if (const QString error = m_app.openFromHome(lang, page, size); !error.isEmpty()) {
            problems->append(error);
            return;
        }
        if (m_app.window->size() != size)
            problems->append(QStringLiteral("the window is %1x%2, not %3x%4")
                                 .arg(m_app.window->width())
                                 .arg(m_app.window->height())
                                 .arg(size.width())
                                 .arg(size.height()));
        if (page == QLatin1String("search")) {
            // Results are what the page is for: wait until they are drawn.
            QQuickItem *pageItem = findVisible(m_app.window->contentItem(), page);
            if (!pageItem || !QTest::qWaitFor([&] { return pageItem->property("count").toInt() > 0; }))
                problems->append(QStringLiteral("no search results in %1").arg(lang));
        }
        if (file) {
            const bool unlocked = m_app.vaultController->state() == rc::ui::VaultController::State::Unlocked;
            *file = QStringLiteral("%1/%2-%3%4.png")
                        .arg(screensDir, lang, page, unlocked ? QStringLiteral("-unlocked") : QString());
            const QImage image = m_app.window->grabWindow();
            if (image.isNull() || !image.save(*file, "PNG"))
                problems->append(QStringLiteral("cannot render the window to %1").arg(*file));
        }
    }

    // Taps the visible item called `name`, scrolling the page to it first.
    void tap(const QString &name)
    {
        QQuickItem *item = findVisible(m_app.window->contentItem(), name);
        QVERIFY2(item, qPrintable(QStringLiteral("no visible item '%1'").arg(name)));
        for (QQuickItem *parent = item->parentItem(); parent; parent = parent->parentItem()) {
            if (parent->inherits("QQuickFlickable")) {
                const qreal y
                    = item->mapToItem(parent->property("contentItem").value<QQuickItem *>(), QPointF(0, 0))
                          .y();
                const qreal maxY
                    = std::max(0.0, parent->property("contentHeight").toReal() - parent->height());
                parent->setProperty("contentY", std::clamp(y - parent->height() / 3, 0.0, maxY));
                break;
            }
        }
        QCoreApplication::processEvents();
        const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
        QVERIFY2(QRectF(QPointF(0, 0), m_app.window->size()).contains(centre),
                 qPrintable(QStringLiteral("'%1' is not on screen").arg(name)));
        QTest::mouseClick(m_app.window, Qt::LeftButton, {}, centre.toPoint());
        QCoreApplication::processEvents();
    }

    Drawn drawHome(const QString &scheme, bool high)
    {
        m_display->setColorScheme(scheme);
        m_display->setHighContrast(high);
        QStringList problems;
        showPage(QStringLiteral("en"), QStringLiteral("home"), phone, nullptr, &problems);
        // For a reviewer, beside the 200% screens.
        const QImage image = m_app.window->grabWindow();
        image.save(QStringLiteral("%1/theme-%2-%3.png")
                       .arg(screensDir, scheme, high ? QStringLiteral("high") : QStringLiteral("standard")));
        QQuickItem *root = m_app.window->contentItem();
        QQuickItem *heading = findText(root, QStringLiteral("What do you want to know?"));
        QQuickItem *muted = findText(root, QStringLiteral("Information as of"));
        QQuickItem *title = findVisible(root, QStringLiteral("header-title"));
        if (!problems.isEmpty() || image.isNull() || !heading || !muted || !title) {
            qWarning("the home page could not be measured: %s", qPrintable(problems.join(QLatin1Char(' '))));
            return {};
        }
        const qreal pixelRatio = image.devicePixelRatio();
        Drawn drawn;
        // The page beside the heading, inside the margin.
        const QRect headingRect = sceneRect(heading, pixelRatio);
        drawn.background = image.pixelColor(int(4 * pixelRatio), headingRect.center().y());
        drawn.heading = strongestColour(image, headingRect, drawn.background);
        drawn.muted = strongestColour(image, sceneRect(muted, pixelRatio), drawn.background);
        const QRect titleRect = sceneRect(title, pixelRatio);
        drawn.header = image.pixelColor(titleRect.right() - 1, titleRect.top() + 1);
        drawn.headerText = strongestColour(image, titleRect, drawn.header);
        return drawn;
    }

    InterfaceServices m_app;
    std::unique_ptr<DisplaySettings> m_display;
};

QTEST_MAIN(TestTextScale)
#include "tst_textscale.moc"
