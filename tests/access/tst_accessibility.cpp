// What a screen reader announces: every page of the app (the vault pages with an unlocked vault), loaded
// in-process exactly as the app loads them, in English and Arabic. Every visible, enabled interactive
// item of the window (header, navigation and page) must have an accessible name, and the Arabic names
// must be Arabic, not English left over: a control without a name is read out as just "button".
#include "InterfaceServices.h"
#include "ScreenChecks.h"

#include <QAccessible>
#include <QHash>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(RightsCompanion_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(RightsCompanionPlugin)

namespace {

// Whether a name says nothing in any language: digits, punctuation and symbols only ("1", "+", "…").
bool hasLetters(const QString &name)
{
    for (const QChar c : name) {
        if (c.isLetter())
            return true;
    }
    return false;
}

struct Named
{
    QString name;
    QString description; // objectName, class and text, for a report
};

// One stop of a screen reader or of the Tab key, and where it is on screen (scene coordinates).
struct Stop
{
    QQuickItem *item;
    QRectF rect;
};

// Whether QML set `Accessible.ignored: true` on the item (a decorative pictogram).
bool accessibleIgnored(const QQuickItem *item)
{
    const auto children = item->children();
    for (const QObject *child : children) {
        if (child->inherits("QQuickAccessibleAttached"))
            return child->property("ignored").toBool();
    }
    return false;
}

// The stops under `item` in the order a screen reader reaches them: the item tree, depth first. An
// interactive item is one stop (its texts are its name), and so is a text; disabled controls are read
// too (as unavailable), hidden and decorative items are not.
void readingStops(QQuickItem *item, QList<Stop> *stops)
{
    if (!item || !item->isVisible() || item->opacity() <= 0.0)
        return;
    if (!accessibleIgnored(item) && item->width() > 0 && item->height() > 0) {
        const bool text = (item->inherits("QQuickText")
                           || (item->inherits("QQuickTextEdit") && item->property("readOnly").toBool()))
            && !screenchecks::shownText(item).trimmed().isEmpty();
        if (text || screenchecks::isInteractive(item, QAccessible::queryAccessibleInterface(item))) {
            stops->append({ item, item->mapRectToScene(QRectF(0, 0, item->width(), item->height())) });
            return;
        }
    }
    const auto children = item->childItems();
    for (QQuickItem *child : children)
        readingStops(child, stops);
}

// The items of `region` that the Tab key visits, in that order (the window's focus chain).
QList<Stop> tabStops(QQuickWindow *window, QQuickItem *region)
{
    QList<Stop> stops;
    QQuickItem *first = window->contentItem()->nextItemInFocusChain(true);
    QQuickItem *item = first;
    for (int guard = 0; item && guard < 5000; ++guard) {
        if (item != window->contentItem() && (item == region || region->isAncestorOf(item)))
            stops.append({ item, item->mapRectToScene(QRectF(0, 0, item->width(), item->height())) });
        item = item->nextItemInFocusChain(true);
        if (item == first)
            break;
    }
    return stops;
}

QString where(const Stop &stop)
{
    const QString text = stop.item->property("text").toString();
    return QStringLiteral("%1 %2 at x %3, y %4, %5x%6")
        .arg(QString::fromLatin1(stop.item->metaObject()->className()),
             screenchecks::describe(stop.item, screenchecks::shownText(stop.item)))
        .arg(qRound(stop.rect.x()))
        .arg(qRound(stop.rect.y()))
        .arg(qRound(stop.rect.width()))
        .arg(qRound(stop.rect.height()));
}

// Where `stops` leave the visual order: top to bottom, and on one line from the start edge to the end
// (left to right, or right to left). Two items are on one line when they share at least half the height
// of the lower one; a few pixels either way are not out of order. Going up is fine only into the next
// column (the open article beside the list of articles): an item wholly on the end side of the last one.
QStringList orderProblems(const QList<Stop> &stops, bool rightToLeft)
{
    constexpr qreal tolerance = 4.0;
    QStringList problems;
    for (qsizetype i = 1; i < stops.size(); ++i) {
        const QRectF &a = stops.at(i - 1).rect;
        const QRectF &b = stops.at(i).rect;
        const qreal shared = qMin(a.bottom(), b.bottom()) - qMax(a.top(), b.top());
        const bool oneLine = shared >= 0.5 * qMin(a.height(), b.height());
        QString how;
        if (oneLine && !rightToLeft && b.right() <= a.left() + tolerance)
            how = QStringLiteral("left of it on the same line");
        else if (oneLine && rightToLeft && b.left() >= a.right() - tolerance)
            how = QStringLiteral("right of it on the same line");
        else if (!oneLine && b.bottom() <= a.top() + tolerance
                 && !(rightToLeft ? b.right() <= a.left() + tolerance : b.left() >= a.right() - tolerance))
            how = QStringLiteral("above it");
        if (!how.isEmpty())
            problems.append(QStringLiteral("%1\n      comes after %2,\n      but is %3")
                                .arg(where(stops.at(i)), where(stops.at(i - 1)), how));
    }
    return problems;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString problem = m_app.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // The vault pages as a person sees them after unlocking: a throwaway vault in the temporary folder.
        problem = m_app.unlockThrowawayVault(QStringLiteral("accessibility test passphrase"));
        QVERIFY2(problem.isEmpty(),
                 qPrintable(QStringLiteral("the throwaway vault could not be unlocked: ") + problem));
    }

    void cleanupTestCase() { m_app.unloadInterface(); }

    void names_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("page");
        // English first: the Arabic rows compare their names with the English ones.
        for (const char *lang : { "en", "ar" }) {
            for (const QString &page : rc::ui::PageRouter::pages())
                QTest::addRow("%s-%s", lang, qPrintable(page)) << QString::fromLatin1(lang) << page;
        }
    }

    void names()
    {
        QFETCH(QString, lang);
        QFETCH(QString, page);

        // Opened from home, so the header has its back control on every page but home.
        const QString error = m_app.openFromHome(lang, page);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        const QList<Named> items = interactiveItems(m_app.window->contentItem());
        QVERIFY2(!items.isEmpty(), qPrintable(QStringLiteral("%1 %2: nothing to act on").arg(lang, page)));
        QStringList unnamed;
        QStringList names;
        for (const Named &item : items) {
            if (item.name.trimmed().isEmpty())
                unnamed.append(item.description);
            else
                names.append(item.name);
        }
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(QStringLiteral("%1 %2: interactive items without an accessible name:\n  %3")
                                .arg(lang, page, unnamed.join(QStringLiteral("\n  ")))));

        if (lang == QLatin1String("en")) {
            m_englishNames.insert(page, names);
            return;
        }
        // The rows run in order, English first: an Arabic row alone (a filtered run) has nothing to compare.
        QVERIFY2(m_englishNames.contains(page),
                 "the English row of this page must run before the Arabic one: run the whole test function");
        // Each language is listed by its own name, so that a person finds theirs whatever language the
        // interface is in: those names are the same in every language on purpose.
        if (page == QLatin1String("language"))
            return;
        // Names that stay English in Arabic. Some legitimately do: names taken from the content (a
        // place such as "Ter Apel", an organisation such as "IND" or "COA") and from the person's own
        // data. Those are at most a handful on any page, while an untranslated page repeats its whole
        // set; more than three identical names with letters means the names do not follow the language.
        const QSet<QString> english(m_englishNames.value(page).cbegin(), m_englishNames.value(page).cend());
        QStringList unchanged;
        for (const QString &name : std::as_const(names)) {
            if (hasLetters(name) && english.contains(name) && !unchanged.contains(name))
                unchanged.append(name);
        }
        QVERIFY2(unchanged.size() <= 3,
                 qPrintable(QStringLiteral("ar %1: %2 accessible names are the same as in English:\n  %3")
                                .arg(page)
                                .arg(unchanged.size())
                                .arg(unchanged.join(QStringLiteral("\n  ")))));
    }

    // The checks find what they look for: a button without text or name is reported, one with a name
    // is not, and read-only text is not taken for something to fill in.
    void unnamedIsFound()
    {
        QQmlComponent component(m_app.engine.get());
        component.setData("import QtQuick\n"
                          "import QtQuick.Controls\n"
                          "Item {\n"
                          "  width: 300; height: 300\n"
                          "  Button { objectName: 'blank' }\n"
                          "  Button { y: 50; text: 'Named' }\n"
                          "  ToolButton { y: 100; icon.name: 'x'; Accessible.name: 'Close' }\n"
                          "  TextEdit { y: 150; readOnly: true; text: 'read only' }\n"
                          "  TextField { objectName: 'field'; y: 200 }\n"
                          "}\n",
                          QUrl(QStringLiteral("qrc:/tst_accessibility/Sample.qml")));
        std::unique_ptr<QObject> object(component.create());
        QVERIFY2(object, qPrintable(component.errorString()));
        auto *sample = qobject_cast<QQuickItem *>(object.get());
        QVERIFY(sample);
        sample->setParentItem(m_app.window->contentItem());
        const QList<Named> items = interactiveItems(sample);
        sample->setParentItem(nullptr);
        QCOMPARE(items.size(), 4);
        QStringList unnamed;
        for (const Named &item : items) {
            if (item.name.isEmpty())
                unnamed.append(item.description);
        }
        QVERIFY2(unnamed.size() == 2, qPrintable(unnamed.join(QLatin1Char('|'))));
        QVERIFY2(unnamed.at(0).startsWith(QLatin1String("blank ")), qPrintable(unnamed.at(0)));
        QVERIFY2(unnamed.at(1).startsWith(QLatin1String("field ")), qPrintable(unnamed.at(1)));
        QCOMPARE(items.at(1).name, QStringLiteral("Named"));
        QCOMPARE(items.at(2).name, QStringLiteral("Close"));
    }

    void readingOrder_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("page");
        QTest::addColumn<int>("width");
        // The desktop (navigation rail), then a phone (tab bar at the bottom).
        for (const int width : { 1280, 400 }) {
            for (const char *lang : { "en", "ar" }) {
                for (const QString &page : rc::ui::PageRouter::pages())
                    QTest::addRow("%s-%s-%d", lang, qPrintable(page), width)
                        << QString::fromLatin1(lang) << page << width;
            }
        }
    }

    // A screen reader and the Tab key go through each part of the window (the header, the navigation
    // rail, the page, the tab bar) in the order a sighted person reads it: top to bottom, and along a
    // line from the start edge, which is the right edge in Arabic.
    void readingOrder()
    {
        QFETCH(QString, lang);
        QFETCH(QString, page);
        QFETCH(int, width);
        if (m_app.window->width() != width) {
            m_app.window->resize(width, 800);
            QCoreApplication::processEvents();
        }
        const QString error = m_app.openFromHome(lang, page);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        QQuickItem *root = m_app.window->contentItem();
        QQuickItem *stack = screenchecks::findInherits(root, "QQuickStackView", screenchecks::Items::Seen);
        QVERIFY2(stack, "the window has no page stack");
        const QList<std::pair<QString, QQuickItem *>> regions {
            { QStringLiteral("header"), m_app.window->property("header").value<QQuickItem *>() },
            { QStringLiteral("navigation rail"),
              screenchecks::findVisible(root, QStringLiteral("navigation-rail")) },
            { QStringLiteral("page"), stack->property("currentItem").value<QQuickItem *>() },
            { QStringLiteral("tab bar"), m_app.window->property("footer").value<QQuickItem *>() },
        };
        const bool rightToLeft = lang == QLatin1String("ar");
        QStringList problems;
        int stops = 0;
        for (const auto &[name, region] : regions) {
            if (!region || !region->isVisible())
                continue;
            QList<Stop> reading;
            readingStops(region, &reading);
            stops += int(reading.size());
            for (const QString &problem : orderProblems(reading, rightToLeft))
                problems.append(QStringLiteral("%1, screen reader: %2").arg(name, problem));
            for (const QString &problem : orderProblems(tabStops(m_app.window, region), rightToLeft))
                problems.append(QStringLiteral("%1, Tab key: %2").arg(name, problem));
        }
        QVERIFY2(stops > 0, qPrintable(QStringLiteral("%1 %2: nothing to read").arg(lang, page)));
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 %2: the reading order is not the visual order:\n  %3")
                                .arg(lang, page, problems.join(QStringLiteral("\n  ")))));
    }

    // The order check finds what it looks for: an item declared first but placed below the next one,
    // and a row laid out right to left that is read left to right; the same row is in order in Arabic.
    // Going up into a column on the end side is the next column, in Arabic the one on the left.
    void readingOrderIsChecked()
    {
        QQmlComponent component(m_app.engine.get());
        component.setData("import QtQuick\n"
                          "import QtQuick.Controls\n"
                          "Item {\n"
                          "  width: 600; height: 400\n"
                          "  Button { objectName: 'second'; y: 150; text: 'Second' }\n"
                          "  Button { objectName: 'first'; y: 0; text: 'First' }\n"
                          "  Row {\n"
                          "    y: 300; spacing: 20; LayoutMirroring.enabled: true\n"
                          "    Button { objectName: 'start'; text: 'Start' }\n"
                          "    Button { objectName: 'end'; text: 'End' }\n"
                          "  }\n"
                          "  Label { objectName: 'note'; x: 20; y: 360; text: 'Below the row' }\n"
                          "  Label { x: 300; y: 10; text: 'Decoration'; Accessible.ignored: true }\n"
                          "  Button { objectName: 'column'; x: 400; y: 0; text: 'Next column' }\n"
                          "}\n",
                          QUrl(QStringLiteral("qrc:/tst_accessibility/Order.qml")));
        std::unique_ptr<QObject> object(component.create());
        QVERIFY2(object, qPrintable(component.errorString()));
        auto *sample = qobject_cast<QQuickItem *>(object.get());
        QVERIFY(sample);
        sample->setParentItem(m_app.window->contentItem());
        QList<Stop> reading;
        readingStops(sample, &reading);
        const QList<Stop> tabbing = tabStops(m_app.window, sample);
        const QStringList leftToRight = orderProblems(reading, false);
        const QStringList rightToLeft = orderProblems(reading, true);
        const QStringList tabLeftToRight = orderProblems(tabbing, false);
        sample->setParentItem(nullptr);

        QStringList order;
        for (const Stop &stop : reading)
            order.append(stop.item->objectName());
        QCOMPARE(order,
                 (QStringList { QStringLiteral("second"), QStringLiteral("first"), QStringLiteral("start"),
                                QStringLiteral("end"), QStringLiteral("note"), QStringLiteral("column") }));
        QCOMPARE(tabbing.size(), 5);
        QVERIFY2(leftToRight.size() == 2, qPrintable(leftToRight.join(u'|')));
        // The report names the item that is out of order first, then the one it follows.
        QVERIFY2(
            leftToRight.at(0).section(u'\n', 0, 0).contains(QLatin1String(" first \"First\" at x 0, y 0")),
            qPrintable(leftToRight.at(0)));
        QVERIFY2(leftToRight.at(0).contains(QLatin1String("above it")), qPrintable(leftToRight.at(0)));
        QVERIFY2(leftToRight.at(1).section(u'\n', 0, 0).contains(QLatin1String(" end \"End\"")),
                 qPrintable(leftToRight.at(1)));
        QVERIFY2(leftToRight.at(1).contains(QLatin1String("left of it")), qPrintable(leftToRight.at(1)));
        QVERIFY2(rightToLeft.size() == 2, qPrintable(rightToLeft.join(u'|')));
        QVERIFY2(rightToLeft.at(1).section(u'\n', 0, 0).contains(QLatin1String(" column ")),
                 qPrintable(rightToLeft.at(1)));
        QCOMPARE(tabLeftToRight.size(), 2);
    }

private:
    // The interactive items under `root` with their accessible names, in declaration order.
    static QList<Named> interactiveItems(QQuickItem *root)
    {
        QList<Named> found;
        // Visible and enabled items, depth first in the order QML declares them.
        screenchecks::walk(root, screenchecks::Items::Usable, [&](QQuickItem *item) {
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(item);
            if (!screenchecks::isInteractive(item, accessible))
                return;
            QString name = accessible ? accessible->text(QAccessible::Name) : QString();
            // While a screen reader is active, Qt Quick Controls name a button by its text, and follow
            // the text as it changes language. Offscreen no reader can be active (QAccessible::isActive()
            // needs the platform's accessibility bridge, and the controls keep no name without it), so
            // the test gives a button the name the reader would get: its text.
            if (name.isEmpty() && item->inherits("QQuickAbstractButton"))
                name = item->property("text").toString();
            const QString text = item->property("text").toString();
            found.append({ name,
                           QStringLiteral("%1 %2 \"%3\"")
                               .arg(item->objectName().isEmpty() ? QStringLiteral("(no objectName)")
                                                                 : item->objectName(),
                                    QString::fromLatin1(item->metaObject()->className()), text.left(60)) });
        });
        return found;
    }

    InterfaceServices m_app;
    QHash<QString, QStringList> m_englishNames;
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
