// Every language's screens: home, an article, search with a query and the timeline, in Arabic, Farsi,
// Tigrinya and English, at phone and desktop sizes, loaded in-process exactly as the app loads them
// (rc::ui::loadInterface) with the real nl pack installed. For each screen:
//  - right-to-left languages are mirrored: the back control and the navigation rail sit at the right,
//    the title and the page's first text are right-aligned (and the other way round for left-to-right);
//  - no single-line text is cut off: every visible Text without eliding or wrapping is as wide as its
//    text (or scrolls sideways);
//  - no text shows empty boxes: each text is laid out with its item's font and Qt's font fallback, as
//    it is drawn, and no glyph may be .notdef (glyph 0);
//  - the QML loads without warnings.
// The screenshots are written to <build>/tests/screens/<lang>-<page>-<size>.png for a reviewer; they
// are not compared with reference images, because fonts differ from machine to machine.
#include "InterfaceServices.h"
#include "ScreenChecks.h"

#include <QDir>
#include <QFont>
#include <QImage>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(RightsCompanion_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(RightsCompanionPlugin)

using namespace screenchecks;

namespace {

const QString screensDir = QStringLiteral(RC_BINARY_DIR "/tests/screens");

} // namespace

class TestScreens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QDir().mkpath(screensDir), qPrintable(screensDir));
        // English is chosen before the window exists, as with --lang: no first-start language page. Each
        // screen() gives the window its size.
        const QString problem = m_app.start(QSize());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanupTestCase() { m_app.unloadInterface(); }

    void screen_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("page");
        const QList<QSize> sizes { QSize(360, 740), QSize(1280, 800) };
        for (const char *lang : { "ar", "fa", "ti", "en" }) {
            for (const QSize &size : sizes) {
                for (const char *page : { "home", "article", "search", "timeline" }) {
                    QTest::addRow("%s-%s-%dx%d", lang, page, size.width(), size.height())
                        << QString::fromLatin1(lang) << size << QString::fromLatin1(page);
                }
            }
        }
    }

    void screen()
    {
        QFETCH(QString, lang);
        QFETCH(QSize, size);
        QFETCH(QString, page);

        const qsizetype warningsBefore = m_app.tour->qmlWarnings().size();
        // Each page is opened from home, so the header has a back control on every page but home.
        const QString error = m_app.openFromHome(lang, page, size);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(m_app.library->language(), lang);
        QCOMPARE(m_app.window->size(), size);

        QQuickItem *root = m_app.window->contentItem();
        QQuickItem *pageItem = findVisible(root, page);
        QVERIFY2(pageItem, qPrintable(QStringLiteral("no visible item named '%1'").arg(page)));
        if (page == QLatin1String("search")) {
            // The tour searches for a word of an article title: something must be found in every language.
            QTRY_VERIFY2(
                pageItem->property("count").toInt() > 0,
                qPrintable(QStringLiteral("no results for a word from an article title in %1").arg(lang)));
        }

        const QString sizeName = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        const QString file = QStringLiteral("%1/%2-%3-%4.png").arg(screensDir, lang, page, sizeName);
        const QImage image = m_app.window->grabWindow();
        QVERIFY2(!image.isNull(), "the window could not be rendered");
        QVERIFY2(image.save(file, "PNG"), qPrintable(QStringLiteral("cannot write %1").arg(file)));

        const bool rtl = lang == QLatin1String("ar") || lang == QLatin1String("fa");
        QCOMPARE(m_app.languages->rightToLeft(), rtl);
        QStringList problems;
        QStringList mixedDirection;
        checkMirroring(root, pageItem, page, rtl, &problems, &mixedDirection);
        checkText(root, &problems);
        const QStringList warnings = m_app.tour->qmlWarnings().mid(warningsBefore);
        for (const QString &warning : warnings)
            problems.append(QStringLiteral("QML warning: ") + warning);

        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 %2 at %3 (%4):\n  ")
                                .arg(lang, page, sizeName, file)
                                .append(problems.join(QStringLiteral("\n  ")))));
        QVERIFY2(mixedDirection.isEmpty(),
                 qPrintable(QStringLiteral("%1 %2 at %3 (%4):\n  ")
                                .arg(lang, page, sizeName, file)
                                .append(mixedDirection.join(QStringLiteral("\n  ")))));
    }

    // The checks above find what they look for: a screen that passes them is not just unchecked.
    void checksFindProblems()
    {
        // Scripts the fonts cover, with the Persian zero-width non-joiner and a left-to-right isolate.
        const QFont font;
        QVERIFY(missingCharacters(QStringLiteral("العربية"), font).isEmpty());
        QVERIFY(missingCharacters(QStringLiteral("می\u200Cخواهید \u2066/media/usb\u2069"), font).isEmpty());
        QVERIFY(missingCharacters(QStringLiteral("ትግርኛ"), font).isEmpty());
        // A character no font has (the last private-use code point) is an empty box, and is named.
        const char32_t noGlyph = 0x10FFFD;
        const QStringList missing = missingCharacters(
            QStringLiteral("ab ") + QString::fromUcs4(&noGlyph, 1) + QStringLiteral(" cd"), font);
        QCOMPARE(missing,
                 QStringList { QStringLiteral("U+10fffd '%1'").arg(QString::fromUcs4(&noGlyph, 1)) });

        // A single line too long for its width is cut off; wrapped or elided, it is not.
        QQmlComponent component(m_app.engine.get());
        component.setData(
            "import QtQuick\n"
            "Item {\n"
            "  width: 300; height: 300\n"
            "  Text { objectName: 'cut'; width: 40; text: 'a line much longer than forty pixels' }\n"
            "  Text { y: 50; width: 40; wrapMode: Text.Wrap; text: 'a line much longer than forty' }\n"
            "  Text { y: 150; width: 40; elide: Text.ElideRight; text: 'a line much longer than forty' }\n"
            "  Text { objectName: 'boxes'; y: 200; text: 'x' }\n"
            "  Text { objectName: 'mixed'; y: 250; width: 300; text: 'Ter Apel \u060C "
            "\u0627\u0644\u062A\u0633\u062C\u064A\u0644' }\n"
            "}\n",
            QUrl(QStringLiteral("qrc:/tst_screens/Sample.qml")));
        std::unique_ptr<QObject> object(component.create());
        QVERIFY2(object, qPrintable(component.errorString()));
        auto *sample = qobject_cast<QQuickItem *>(object.get());
        QVERIFY(sample);
        sample->setParentItem(m_app.window->contentItem());
        auto *boxes = sample->findChild<QQuickItem *>(QStringLiteral("boxes"));
        QVERIFY(boxes);
        boxes->setProperty("text", QString::fromUcs4(&noGlyph, 1));
        QStringList problems;
        checkText(sample, &problems);
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems.at(0).startsWith(QLatin1String("cut off: cut \"a line")),
                 qPrintable(problems.at(0)));
        QVERIFY2(problems.at(1).startsWith(QLatin1String("empty boxes: boxes")), qPrintable(problems.at(1)));
        // Arabic that starts with a Latin name stands at the left unless the page aligns it.
        QStringList mixed;
        problems.clear();
        checkMirroring(m_app.window->contentItem(), sample, QStringLiteral("home"), true, &problems, &mixed);
        QCOMPARE(mixed.size(), 1);
        QVERIFY2(mixed.at(0).startsWith(QLatin1String("text mixed \"Ter Apel")), qPrintable(mixed.at(0)));
        sample->setParentItem(nullptr);

        // An English page checked as if it were Arabic: everything is on the wrong side.
        QVERIFY(m_app.languages->select(QStringLiteral("en")));
        m_app.window->resize(1280, 800);
        QString error = m_app.tour->show(QStringLiteral("home"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = m_app.tour->show(QStringLiteral("article"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QQuickItem *root = m_app.window->contentItem();
        problems.clear();
        QStringList mixedDirection;
        checkMirroring(root, findVisible(root, QStringLiteral("article")), QStringLiteral("article"), true,
                       &problems, &mixedDirection);
        const QString all = problems.join(QLatin1Char('\n'));
        QCOMPARE(problems.size(), 4);
        QVERIFY2(all.contains(QLatin1String("'header-back'")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("'navigation-rail'")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("the header title")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("the page's first text article-title")), qPrintable(all));
    }

private:
    // The start edge is the right in right-to-left languages: what stands at the start in English
    // must stand at the right, and text must start at the right. Text in the start edge's script
    // that stands at the other edge goes to `mixedDirection`.
    void checkMirroring(QQuickItem *root, QQuickItem *pageItem, const QString &page, bool rtl,
                        QStringList *problems, QStringList *mixedDirection)
    {
        const qreal middle = m_app.window->width() / 2.0;
        const QString expectedSide = rtl ? QStringLiteral("right") : QStringLiteral("left");
        auto checkSide = [&](const QString &name, bool required) {
            QQuickItem *item = findVisible(root, name);
            if (!item) {
                if (required)
                    problems->append(QStringLiteral("'%1' is not shown").arg(name));
                return;
            }
            const qreal centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).x();
            if ((centre > middle) != rtl)
                problems->append(QStringLiteral("'%1' is at x=%2 of %3, not on the %4")
                                     .arg(name)
                                     .arg(centre)
                                     .arg(m_app.window->width())
                                     .arg(expectedSide));
        };
        checkSide(QStringLiteral("header-back"), page != QLatin1String("home"));
        // Wide windows keep the destinations in a rail at the start edge.
        checkSide(QStringLiteral("navigation-rail"), m_app.window->property("wide").toBool());

        const int expectedAlignment = rtl ? Qt::AlignRight : Qt::AlignLeft;
        auto checkAlignment = [&](QQuickItem *item, const QString &what, QStringList *found) {
            const int alignment = item->property("effectiveHorizontalAlignment").toInt();
            if (alignment != expectedAlignment)
                found->append(QStringLiteral("%1 %2 is aligned %3, not to the %4")
                                  .arg(what, describe(item, shownText(item)))
                                  .arg(alignment == Qt::AlignRight      ? QStringLiteral("right")
                                           : alignment == Qt::AlignLeft ? QStringLiteral("left")
                                                                        : QStringLiteral("centred"),
                                       expectedSide));
        };
        if (QQuickItem *title = findVisible(root, QStringLiteral("header-title")))
            checkAlignment(title, QStringLiteral("the header title"), problems);
        else
            problems->append(QStringLiteral("'header-title' is not shown"));
        // Text in the other direction's script (e.g. Persian that starts with "Ter Apel") must still
        // start at the page's start edge: Qt aligns text without an explicit alignment by its first
        // strong character instead.
        walk(pageItem, [&](QQuickItem *item) {
            if (!isTextItem(item))
                return;
            const QString text = shownText(item);
            const int alignment = item->property("effectiveHorizontalAlignment").toInt();
            const int wrongSide = rtl ? Qt::AlignLeft : Qt::AlignRight;
            if (alignment == wrongSide && hasRightToLeftScript(text) && item->width() > 0)
                checkAlignment(item, QStringLiteral("text"), mixedDirection);
        });
        QQuickItem *firstText = nullptr;
        walk(pageItem, [&](QQuickItem *item) {
            if (!firstText && isTextItem(item) && !shownText(item).trimmed().isEmpty())
                firstText = item;
        });
        if (firstText)
            checkAlignment(firstText, QStringLiteral("the page's first text"), problems);
        else
            problems->append(QStringLiteral("the page shows no text"));
    }

    InterfaceServices m_app;
};

QTEST_MAIN(TestScreens)
#include "tst_screens.moc"
