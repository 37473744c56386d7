// Kiosk mode on a shared laptop, with the real interface loaded in-process as the app loads it and a
// fake clock: the volunteer PIN (its rules, only its Argon2id hash on disk, the wait after wrong PINs),
// starting (full screen, the language chooser, no vault, no file saving), the "Still there?" notice
// 20 seconds before the time is up, input pushing the time back, and the reset that forgets the
// person's session: pages, typed search, language, filters, scroll positions, open dialogs.
#include "InterfaceServices.h"
#include "KioskController.h"
#include "ScreenChecks.h"

#include <QFile>
#include <QPointingDevice>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(RightsCompanion_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(RightsCompanionPlugin)

using rc::ui::KioskController;
using screenchecks::findInherits;
using screenchecks::findVisible;
using screenchecks::Items;
using screenchecks::walk;

namespace {

const QString pin = QStringLiteral("73918264");
const QString wrongPin = QStringLiteral("11112222");
constexpr qint64 minute = 60 * 1000;

QStringList visibleTexts(QQuickItem *root)
{
    QStringList texts;
    walk(root, [&](QQuickItem *item) {
        const QString text = item->property("text").toString();
        if (!text.isEmpty())
            texts.append(text);
    });
    return texts;
}

// A control's click, as a tap would end (the handler in QML runs).
bool click(QQuickItem *control)
{
    return control && QMetaObject::invokeMethod(control, "clicked");
}

} // namespace

class TestKiosk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString problem = m_app.setUp();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_kiosk = std::make_unique<KioskController>(m_app.settings.get(), m_app.languages.get(),
                                                    m_app.vaultController.get(), nullptr);
        m_kiosk->setClock([this] { return m_now; });
        problem = m_app.loadInterface(QSize(1280, 800), true);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // Someone's notes are open on the laptop when the volunteer starts kiosk mode.
        problem = m_app.unlockThrowawayVault(QStringLiteral("kiosk test passphrase"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanupTestCase() { m_app.unloadInterface(); }

    // --kiosk is offered, and without a PIN the app says it needs one instead of starting kiosk mode.
    void commandLine()
    {
        const QString app = QStringLiteral(RC_BINARY_DIR "/bin/rights-companion");
        QVERIFY2(QFile::exists(app), "rights-companion is not built");
        QProcess help;
        help.start(app, { QStringLiteral("--help") });
        QVERIFY(help.waitForFinished(60000));
        QVERIFY2(help.readAllStandardOutput().contains("--kiosk"), "--help does not list --kiosk");

        QTemporaryDir data;
        QProcess run;
        run.start(app,
                  { QStringLiteral("--kiosk"), QStringLiteral("--data-dir"), data.path(),
                    QStringLiteral("--exit-after-first-frame") });
        QVERIFY(run.waitForFinished(60000));
        QCOMPARE(run.exitCode(), 0);
        QVERIFY2(run.readAllStandardError().contains("kiosk mode needs a volunteer PIN"),
                 "--kiosk without a PIN started silently");
    }

    // Without a PIN, kiosk mode does not start; Settings says why.
    void startNeedsPin()
    {
        QVERIFY(!m_kiosk->pinSet());
        QVERIFY(!m_kiosk->start());
        QVERIFY(!m_kiosk->active());
        QVERIFY(m_kiosk->startPending());
        QVERIFY(m_kiosk->vaultAvailable());
        QCOMPARE(m_app.window->visibility(), QWindow::Windowed);
        const QString error = m_app.tour->show(QStringLiteral("settings"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(findVisible(m_app.window->contentItem(), QStringLiteral("settings-kiosk-pending")),
                 "Settings does not say that kiosk mode waits for a PIN");
    }

    void pinRules_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("too short") << QStringLiteral("123") << QStringLiteral("123");
        QTest::newRow("too long") << QStringLiteral("1234567890123") << QStringLiteral("1234567890123");
        QTest::newRow("letters") << QStringLiteral("12ab") << QStringLiteral("12ab");
        QTest::newRow("not the same") << QStringLiteral("123456") << QStringLiteral("123457");
        QTest::newRow("empty") << QString() << QString();
    }

    void pinRules()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QVERIFY(!m_kiosk->setPin(first, second).isEmpty());
        QVERIFY(!m_kiosk->pinSet());
    }

    // The volunteer sets the PIN and the time in Settings, as on screen.
    void setPinInSettings()
    {
        const QString error = m_app.tour->show(QStringLiteral("settings"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QQuickItem *page = m_app.window->contentItem();
        QQuickItem *first = findVisible(page, QStringLiteral("settings-kiosk-pin"));
        QQuickItem *second = findVisible(page, QStringLiteral("settings-kiosk-pin-repeat"));
        QVERIFY2(first && second, "Settings has no PIN fields");
        first->setProperty("text", pin);
        second->setProperty("text", pin);
        QVERIFY(click(findVisible(page, QStringLiteral("settings-kiosk-save-pin"))));
        QVERIFY(m_kiosk->pinSet());
        QCOMPARE(first->property("text").toString(), QString()); // not left in the field
        QQuickItem *result = findVisible(page, QStringLiteral("settings-kiosk-pin-result"));
        QVERIFY(result);
        QCOMPARE(result->property("text").toString(), QStringLiteral("The volunteer PIN is set."));

        QCOMPARE(m_kiosk->timeoutMinutes(), 2); // the default
        QVERIFY(click(findVisible(page, QStringLiteral("settings-kiosk-timeout-5"))));
        QCOMPARE(m_kiosk->timeoutMinutes(), 5);
        QCOMPARE(m_app.settings->value(QStringLiteral("kiosk/timeoutMinutes")).toInt(), 5);
        QVERIFY(click(findVisible(page, QStringLiteral("settings-kiosk-timeout-2"))));
        QCOMPARE(m_kiosk->timeoutMinutes(), 2);
    }

    // The settings file holds a salt and an Argon2id hash, never the PIN in any readable form; the
    // same PIN set again gets a new salt; a restarted app knows the PIN from the file.
    void pinOnlyAsHash()
    {
        m_app.settings->sync();
        QFile file(m_app.settingsFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QByteArray utf8 = pin.toUtf8();
        for (const QByteArray &form :
             { utf8, utf8.toBase64(), utf8.toHex(),
               QByteArray(reinterpret_cast<const char *>(pin.utf16()), pin.size() * 2),
               QByteArray(reinterpret_cast<const char *>(pin.utf16()), pin.size() * 2).toBase64() })
            QVERIFY2(!bytes.contains(form),
                     qPrintable(QStringLiteral("the PIN is on disk as %1").arg(QString::fromLatin1(form))));
        const QByteArray salt
            = QByteArray::fromBase64(m_app.settings->value(QStringLiteral("kiosk/pinSalt")).toByteArray());
        const QByteArray hash
            = QByteArray::fromBase64(m_app.settings->value(QStringLiteral("kiosk/pinHash")).toByteArray());
        QCOMPARE(salt.size(), 16);
        QCOMPARE(hash.size(), 32);
        QVERIFY(bytes.contains(hash.toBase64()));

        QVERIFY(m_kiosk->setPin(pin, pin).isEmpty());
        const QByteArray newSalt
            = QByteArray::fromBase64(m_app.settings->value(QStringLiteral("kiosk/pinSalt")).toByteArray());
        const QByteArray newHash
            = QByteArray::fromBase64(m_app.settings->value(QStringLiteral("kiosk/pinHash")).toByteArray());
        QVERIFY2(newSalt != salt, "the same salt twice: it is not random");
        QVERIFY2(newHash != hash, "the same hash for a new salt");

        QSettings reread(m_app.settingsFile(), QSettings::IniFormat);
        KioskController restarted(&reread, nullptr, nullptr, nullptr);
        QVERIFY(restarted.pinSet());
        QVERIFY(restarted.start());
        QVERIFY(!restarted.leave(wrongPin).isEmpty());
        QVERIFY(restarted.active());
        QVERIFY(restarted.leave(pin).isEmpty());
        QVERIFY(!restarted.active());
    }

    // Starting: the vault locks, the window fills the screen, the language chooser comes first, the
    // vault is gone from navigation and refused, files are not saved.
    void start()
    {
        QVERIFY2(!visibleTexts(m_app.window->contentItem()).filter(QStringLiteral("My notes")).isEmpty(),
                 "no \"My notes\" entry to hide in the first place");
        const QString error = m_app.tour->show(QStringLiteral("settings"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(click(findVisible(m_app.window->contentItem(), QStringLiteral("settings-kiosk-start"))));
        QVERIFY(m_kiosk->active());
        QVERIFY(!m_kiosk->startPending());
        QCOMPARE(m_app.vaultController->state(), rc::ui::VaultController::State::Locked);
        QTRY_COMPARE(m_app.window->visibility(), QWindow::FullScreen);
        QCOMPARE(currentPage(), QStringLiteral("language"));
        QCOMPARE(stackDepth(), 2);
        QVERIFY(findVisible(m_app.window->contentItem(), QStringLiteral("kiosk-volunteer")));
        QVERIFY2(visibleTexts(m_app.window->contentItem()).filter(QStringLiteral("My notes")).isEmpty(),
                 "\"My notes\" is still offered in kiosk mode");

        for (const QString &page : rc::ui::PageRouter::vaultPages()) {
            QSignalSpy failed(m_app.router.get(), &rc::ui::PageRouter::pageFailed);
            m_app.router->open(page);
            QCOMPARE(failed.size(), 1);
            QCOMPARE(failed.at(0).at(0).toString(), page);
            QVERIFY(currentPage() != page);
        }

        QString shown = m_app.tour->show(QStringLiteral("article"));
        QVERIFY2(shown.isEmpty(), qPrintable(shown));
        QVERIFY2(!findVisible(m_app.window->contentItem(), QStringLiteral("article-handout")),
                 "the PDF handout can be saved in kiosk mode");
        shown = m_app.tour->show(QStringLiteral("contact"));
        QVERIFY2(shown.isEmpty(), qPrintable(shown));
        QVERIFY(findVisible(m_app.window->contentItem(), QStringLiteral("contact-vcard-qr")));
        QVERIFY2(!findVisible(m_app.window->contentItem(), QStringLiteral("contact-vcard-save")),
                 "the .vcf file can be saved in kiosk mode");
        QVERIFY2(!findVisible(m_app.window->contentItem(), QStringLiteral("contact-keep")),
                 "the contact page offers the vault in kiosk mode");
        QVERIFY(!m_kiosk->setPin(QStringLiteral("5555"), QStringLiteral("5555")).isEmpty());
    }

    // Kiosk mode started before the interface loads (--kiosk): the first frame is already full screen
    // and the language chooser.
    void startedBeforeLoading()
    {
        QVERIFY(m_kiosk->active());
        QQmlApplicationEngine engine;
        // The style was set for the test's own window already, to the same one.
        QTest::ignoreMessage(QtWarningMsg,
                             "ERROR: QQuickStyle::setStyle() must be called before loading QML "
                             "that imports Qt Quick Controls 2.");
        QQuickWindow *window = rc::ui::loadInterface(&engine, m_app.languages.get(), m_app.vault.get());
        m_app.languages->setEngine(m_app.engine.get()); // the test's window keeps following the language
        QVERIFY2(window, "the interface could not be loaded");
        QTRY_COMPARE(window->visibility(), QWindow::FullScreen);
        QQuickItem *stack = stackView(window->contentItem());
        QVERIFY(stack);
        QCOMPARE(stack->property("depth").toInt(), 2);
        auto *first = stack->property("currentItem").value<QQuickItem *>();
        QVERIFY(first);
        QCOMPARE(first->objectName(), QStringLiteral("language"));
    }

    // A person uses the kiosk; the notice comes 20 s before the time is up; input pushes the time back;
    // then the session is forgotten.
    void resetAfterInactivity()
    {
        QSignalSpy resets(m_kiosk.get(), &KioskController::sessionReset);
        QVERIFY(m_kiosk->active());
        QString error = m_app.tour->show(QStringLiteral("language"));
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // The person picks Arabic, scrolls home, searches, and looks at the directory with a filter on.
        QVERIFY(m_app.languages->select(QStringLiteral("ar")));
        error = m_app.tour->show(QStringLiteral("home"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QQuickItem *homeScroller = scroller(currentItem());
        QVERIFY2(homeScroller, "the home page has no scrolling column");
        homeScroller->setProperty("contentY", 200);
        QQuickItem *homeSearch = findVisible(m_app.window->contentItem(), QStringLiteral("home-search"));
        QVERIFY(homeSearch);
        homeSearch->forceActiveFocus();
        m_now += 5000;
        for (const char letter : { 'a', 's', 'i', 'e', 'l' })
            QTest::keyClick(m_app.window, letter);
        QTRY_COMPARE(currentPage(), QStringLiteral("search"));
        QQuickItem *searchField = findVisible(m_app.window->contentItem(), QStringLiteral("search-field"));
        QVERIFY(searchField);
        QTRY_COMPARE(searchField->property("text").toString(), QStringLiteral("asiel"));
        error = m_app.tour->show(QStringLiteral("directory"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QQuickItem *openNow = findVisible(m_app.window->contentItem(), QStringLiteral("directory-open-now"));
        QVERIFY(openNow);
        openNow->setProperty("checked", true);
        QCOMPARE(stackDepth(), 3);
        const qint64 lastInput = m_now;

        // Just before the notice: nothing.
        advanceTo(lastInput + 2 * minute - 20001);
        QVERIFY(!m_kiosk->warning());
        QVERIFY(!findVisible(m_app.window->contentItem(), QStringLiteral("kiosk-still-there-countdown")));
        // 20 s before the time: the notice with its countdown.
        advanceTo(lastInput + 2 * minute - 20000);
        QVERIFY(m_kiosk->warning());
        QCOMPARE(m_kiosk->secondsLeft(), 20);
        QQuickItem *countdown = nullptr;
        QTRY_VERIFY((countdown = findVisibleAnywhere(QStringLiteral("kiosk-still-there-countdown"))));
        QVERIFY2(countdown->property("text").toString().contains(QLatin1String("20")),
                 qPrintable(countdown->property("text").toString()));
        advanceTo(lastInput + 2 * minute - 7500);
        QCOMPARE(m_kiosk->secondsLeft(), 8);

        // A tap anywhere: the notice goes and the time starts again; the tap presses nothing beneath.
        QTest::mouseClick(m_app.window, Qt::LeftButton, {},
                          QPoint(m_app.window->width() / 2, m_app.window->height() / 2));
        const qint64 tapped = m_now;
        QVERIFY(!m_kiosk->warning());
        QTRY_VERIFY(!findVisibleAnywhere(QStringLiteral("kiosk-still-there-countdown")));
        QCOMPARE(currentPage(), QStringLiteral("directory"));
        advanceTo(lastInput + 2 * minute + 1000); // past the first deadline, not the new one
        QCOMPARE(resets.size(), 0);
        QCOMPARE(currentPage(), QStringLiteral("directory"));

        // A touch and a key count too.
        std::unique_ptr<QPointingDevice> touchscreen(QTest::createTouchDevice());
        advanceTo(tapped + 2 * minute - 10000);
        QVERIFY(m_kiosk->warning());
        QTest::touchEvent(m_app.window, touchscreen.get()).press(0, QPoint(10, m_app.window->height() / 2));
        QTest::touchEvent(m_app.window, touchscreen.get()).release(0, QPoint(10, m_app.window->height() / 2));
        QVERIFY(!m_kiosk->warning());
        const qint64 touched = m_now;
        advanceTo(touched + 2 * minute - 10000);
        QVERIFY(m_kiosk->warning());
        QTest::keyClick(m_app.window, Qt::Key_Shift);
        QVERIFY(!m_kiosk->warning());
        const qint64 keyed = m_now;

        // The volunteer dialog is open and nobody types: it closes with the rest.
        QVERIFY(click(findVisible(m_app.window->contentItem(), QStringLiteral("kiosk-volunteer"))));
        QTRY_VERIFY(findVisibleAnywhere(QStringLiteral("kiosk-pin")));

        advanceTo(keyed + 2 * minute - 1);
        QCOMPARE(resets.size(), 0);
        advanceTo(keyed + 2 * minute);
        QCOMPARE(resets.size(), 1);

        // Back at the language chooser, in the language kiosk mode started in, with fresh pages.
        QCOMPARE(m_app.languages->current(), QStringLiteral("en"));
        QCOMPARE(currentPage(), QStringLiteral("language"));
        QCOMPARE(stackDepth(), 2);
        QVERIFY(!m_kiosk->warning());
        QTRY_VERIFY(!findVisibleAnywhere(QStringLiteral("kiosk-pin")));
        QTRY_VERIFY2(!findText(QStringLiteral("asiel")), "the typed search is still there");
        QTRY_VERIFY2(noOpenPopup(), "a dialog or notice is still open after the reset");
        error = m_app.tour->show(QStringLiteral("home"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QQuickItem *newSearch = findVisible(m_app.window->contentItem(), QStringLiteral("home-search"));
        QVERIFY(newSearch);
        QCOMPARE(newSearch->property("text").toString(), QString());
        QQuickItem *newScroller = scroller(currentItem());
        QVERIFY(newScroller);
        QCOMPARE(newScroller->property("contentY").toReal(), 0.0);
        error = m_app.tour->show(QStringLiteral("directory"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QQuickItem *newOpenNow
            = findVisible(m_app.window->contentItem(), QStringLiteral("directory-open-now"));
        QVERIFY(newOpenNow);
        QCOMPARE(newOpenNow->property("checked").toBool(), false);
    }

    // A kiosk nobody touches after the reset has nothing to forget: no notice, no reset, ever.
    void untouchedKioskWaits()
    {
        QSignalSpy resets(m_kiosk.get(), &KioskController::sessionReset);
        QString error = m_app.tour->show(QStringLiteral("language"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSignalSpy warnings(m_kiosk.get(), &KioskController::warningChanged);
        const qint64 from = m_now;
        for (qint64 t = from; t <= from + 30 * minute; t += 10000)
            advanceTo(t);
        QCOMPARE(resets.size(), 0);
        QVERIFY(!m_kiosk->warning());
        QCOMPARE(warnings.size(), 0);
    }

    // Leaving: a wrong PIN fails; after five, the next try waits 30 s, with a countdown; the right PIN
    // in the dialog gives the window back, at home, with the vault.
    void leave()
    {
        QVERIFY(m_kiosk->active());
        for (int i = 1; i <= KioskController::freeTries; ++i) {
            QVERIFY(!m_kiosk->leave(wrongPin).isEmpty());
            QVERIFY(m_kiosk->active());
            QCOMPARE(m_kiosk->pinWaitSeconds(), i < KioskController::freeTries ? 0 : 30);
        }
        // Even the right PIN waits.
        QVERIFY(!m_kiosk->leave(pin).isEmpty());
        QVERIFY(m_kiosk->active());

        QVERIFY(click(findVisible(m_app.window->contentItem(), QStringLiteral("kiosk-volunteer"))));
        QQuickItem *field = nullptr;
        QTRY_VERIFY((field = findVisibleAnywhere(QStringLiteral("kiosk-pin"))));
        QVERIFY2(!field->isEnabled(), "the PIN field takes a PIN during the wait");
        QQuickItem *problem = findVisibleAnywhere(QStringLiteral("kiosk-pin-problem"));
        QVERIFY(problem);
        QVERIFY2(problem->property("text").toString().contains(QLatin1String("30")),
                 qPrintable(problem->property("text").toString()));
        advanceTo(m_now + 12000);
        QCOMPARE(m_kiosk->pinWaitSeconds(), 18);
        QVERIFY2(problem->property("text").toString().contains(QLatin1String("18")),
                 qPrintable(problem->property("text").toString()));
        advanceTo(m_now + 18000);
        QCOMPARE(m_kiosk->pinWaitSeconds(), 0);
        QVERIFY(field->isEnabled());

        // A sixth wrong PIN: another wait.
        QVERIFY(!m_kiosk->leave(wrongPin).isEmpty());
        QCOMPARE(m_kiosk->pinWaitSeconds(), 30);
        advanceTo(m_now + 30000);
        QCOMPARE(m_kiosk->pinWaitSeconds(), 0);

        field->setProperty("text", pin);
        QVERIFY(click(findVisibleAnywhere(QStringLiteral("kiosk-pin-leave"))));
        QVERIFY(!m_kiosk->active());
        QTRY_COMPARE(m_app.window->visibility(), QWindow::Windowed);
        QTRY_VERIFY(!findVisibleAnywhere(QStringLiteral("kiosk-pin")));
        QCOMPARE(currentPage(), QStringLiteral("home"));
        QCOMPARE(stackDepth(), 1);
        QVERIFY(!findVisible(m_app.window->contentItem(), QStringLiteral("kiosk-volunteer")));
        QVERIFY(m_kiosk->vaultAvailable());
        const QString error = m_app.tour->show(QStringLiteral("vault"));
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // Outside kiosk mode nothing is forgotten, however long nobody types.
        QSignalSpy resets(m_kiosk.get(), &KioskController::sessionReset);
        advanceTo(m_now + 30 * minute);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(currentPage(), QStringLiteral("vault"));
    }

    void noQmlWarnings()
    {
        QVERIFY2(m_app.tour->qmlWarnings().isEmpty(),
                 qPrintable(m_app.tour->qmlWarnings().join(QLatin1Char('\n'))));
    }

private:
    void advanceTo(qint64 time)
    {
        m_now = time;
        m_kiosk->tick();
        QCoreApplication::processEvents();
    }

    QQuickItem *windowRoot() const { return m_app.window->contentItem(); }

    // Also inside popups, which live in the window's overlay.
    QQuickItem *findVisibleAnywhere(const QString &objectName) const
    {
        return findVisible(windowRoot(), objectName);
    }

    // Any item, shown or not, holding `text`: pages that were only hidden would still be found.
    bool findText(const QString &text) const
    {
        bool found = false;
        walk(windowRoot(), Items::All, [&](QQuickItem *item) {
            if (item->property("text").toString() == text)
                found = true;
        });
        return found;
    }

    bool noOpenPopup() const
    {
        bool none = true;
        walk(windowRoot(), [&](QQuickItem *item) {
            if (item->inherits("QQuickOverlay")) {
                const auto children = item->childItems();
                for (QQuickItem *child : children) {
                    if (child->isVisible())
                        none = false;
                }
            }
        });
        return none;
    }

    static QQuickItem *stackView(QQuickItem *root)
    {
        return findInherits(root, "QQuickStackView", Items::All);
    }

    QQuickItem *currentItem() const
    {
        QQuickItem *stack = stackView(windowRoot());
        return stack ? stack->property("currentItem").value<QQuickItem *>() : nullptr;
    }

    QString currentPage() const
    {
        QQuickItem *item = currentItem();
        return item ? item->objectName() : QString();
    }

    int stackDepth() const
    {
        QQuickItem *stack = stackView(windowRoot());
        return stack ? stack->property("depth").toInt() : -1;
    }

    static QQuickItem *scroller(QQuickItem *page)
    {
        return findInherits(page, "QQuickFlickable", Items::Seen);
    }

    qint64 m_now = 1000000;
    InterfaceServices m_app;
    std::unique_ptr<KioskController> m_kiosk;
};

QTEST_MAIN(TestKiosk)
#include "tst_kiosk.moc"
