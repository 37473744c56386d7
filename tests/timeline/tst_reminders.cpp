// Reminders of the user's deadlines and appointments: when they fire (each once, never while the vault
// is locked, missed ones as one summary after unlocking), what they say (nothing about the case unless
// the user asks), the two settings, and the desktop notification sent over a private D-Bus session bus.
#include "ContentLibrary.h"
#include "InstalledPack.h"
#include "Reminders.h"
#include "VaultController.h"
#include "VaultRecordsModel.h"
#include "crypto/Kdf.h"
#include "crypto/SecureBuffer.h"
#include "storage/ZeroingAllocator.h"
#include "vault/Vault.h"

#ifdef RC_HAVE_DBUS
#include "FreedesktopNotifier.h"

#include <QDBusConnection>
#include <QDBusError>
#include <QProcess>
#endif

#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <QQmlEngine>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>
#include <memory>

using namespace rc;

namespace {

QDateTime at(const char *text)
{
    return QDateTime::fromString(QLatin1String(text), Qt::ISODate);
}

// What the app would have put on the screen, and when.
struct FakeNotifier : ui::Notifier
{
    struct Shown
    {
        QDateTime at;
        QString title;
        QString body;
    };
    const QDateTime *clock = nullptr;
    bool accept = true;
    QList<Shown> shown;

    bool show(const QString &title, const QString &body) override
    {
        shown.append({ clock ? *clock : QDateTime(), title, body });
        return accept;
    }
    QStringList bodies() const
    {
        QStringList all;
        for (const Shown &s : shown)
            all.append(s.body);
        return all;
    }
};

// A vault, the scheduler around it, a fake clock and a fake notifier. The scheduler is made before the
// vault opens, so even the first check runs on the fake clock.
struct Fixture
{
    QTemporaryDir dir;
    vault::Vault vault { dir.filePath(QStringLiteral("vault")) };
    ui::VaultController session { &vault, nullptr };
    ui::ContentLibrary library;
    FakeNotifier notifier;
    QDateTime now;
    std::unique_ptr<ui::ReminderScheduler> reminders;

    explicit Fixture(content::ContentStore *store, const QDateTime &start)
        : library(store)
        , now(start)
    {
        session.setKdfParameters(crypto::Kdf::MinimumArgon2);
        notifier.clock = &now;
        reminders = std::make_unique<ui::ReminderScheduler>(&session, &library, &notifier, nullptr);
        reminders->setClock([this] { return now; });
    }

    bool create()
    {
        session.createVault(passphrase(), passphrase());
        if (!QTest::qWaitFor([this] { return session.state() == ui::VaultController::State::Unlocked; },
                             30000))
            return false;
        session.confirmRecoveryKeySaved();
        session.setCaseDetail(QStringLiteral("procedure_track"), QStringLiteral("general"));
        return true;
    }
    bool lock()
    {
        session.lock();
        return QTest::qWaitFor([this] { return session.state() == ui::VaultController::State::Locked; },
                               30000);
    }
    bool unlock()
    {
        session.unlock(passphrase());
        return QTest::qWaitFor([this] { return session.state() == ui::VaultController::State::Unlocked; },
                               30000);
    }
    static QString passphrase() { return QStringLiteral("reminder passphrase"); }

    // A decision sent on `date` (general procedure): the appeal's last day is a week later.
    bool addDecision(const char *date)
    {
        return session.caseDates()->save({ { QStringLiteral("kind"), QStringLiteral("decision_sent") },
                                           { QStringLiteral("date"), QLatin1String(date) } })
            > 0;
    }
    bool addAppointment(const char *startsAt)
    {
        return session.appointments()->save({ { QStringLiteral("title"), QStringLiteral("Lawyer Jansen") },
                                              { QStringLiteral("startsAt"), QLatin1String(startsAt) },
                                              { QStringLiteral("place"), QStringLiteral("Utrecht") } })
            > 0;
    }
    // Moves the clock forward in steps, checking after each as the minute timer would.
    void runUntil(const QDateTime &end, int stepMinutes)
    {
        while (now < end) {
            now = now.addSecs(qint64(stepMinutes) * 60);
            reminders->checkNow();
        }
    }
};

// Nothing about the case: not the deadline's label, not the appointment's title or place, no date.
void verifyDiscreet(const FakeNotifier &notifier)
{
    for (const FakeNotifier::Shown &s : notifier.shown) {
        for (const QString &text : { s.title, s.body }) {
            for (const char *secret : { "Appeal", "court", "Jansen", "Utrecht", "March", "2026" })
                QVERIFY2(!text.contains(QLatin1String(secret), Qt::CaseInsensitive), qPrintable(text));
            // Plurals come out as English words, not as the source's placeholders.
            QVERIFY2(!text.contains(QLatin1String("%n")) && !text.contains(QLatin1String("(s)")),
                     qPrintable(text));
        }
        QCOMPARE(s.title, QStringLiteral("Reminder"));
    }
}

} // namespace

class tst_Reminders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void offsetTable();
    void deadlineRemindersFireOnceEach();
    void appointmentRemindersFireOnceEach();
    void nothingFiresWhileLocked();
    void summaryAfterALongLock();
    void detailsOnlyWhenAskedFor();
    void settingsAreRemembered();
    void refusedNotificationIsNotRepeated();
    void qmlGetsTheAppsInstance();

    void desktopNotificationOverDBus();

private:
    InstalledPack m_pack;
};

void tst_Reminders::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Dutch local time, with its change to summer time, wherever the test runs.
    qputenv("TZ", "Europe/Amsterdam");
    tzset();
    crypto::initSecureHeap();
    storage::installZeroingAllocator();
    QVERIFY(m_pack.install());
}

void tst_Reminders::offsetTable()
{
    using Kind = ui::ReminderScheduler::Kind;
    const ui::ReminderScheduler::Item deadline { Kind::Deadline, "d", QString(), at("2026-03-09T00:00") };
    const ui::ReminderScheduler::Item appointment { Kind::Appointment, "a", QString(),
                                                    at("2026-03-30T10:30") };
    QList<QDateTime> deadlineTimes;
    QList<QDateTime> appointmentTimes;
    for (const ui::ReminderScheduler::Offset &offset : ui::ReminderScheduler::offsets()) {
        if (offset.kind == Kind::Deadline)
            deadlineTimes.append(ui::ReminderScheduler::dueAt(deadline, offset));
        else
            appointmentTimes.append(ui::ReminderScheduler::dueAt(appointment, offset));
    }
    QCOMPARE(deadlineTimes,
             (QList<QDateTime> { at("2026-03-02T00:00"), at("2026-03-07T00:00"), at("2026-03-08T00:00"),
                                 at("2026-03-09T00:00") }));
    // Summer time starts in the night of 29 March 2026: "the day before" is still 10:30.
    QCOMPARE(appointmentTimes, (QList<QDateTime> { at("2026-03-29T10:30"), at("2026-03-30T08:30") }));
    QCOMPARE(ui::ReminderScheduler::expiresAt(deadline), at("2026-03-10T00:00"));
    QCOMPARE(ui::ReminderScheduler::expiresAt(appointment), at("2026-03-30T10:30"));
}

// Decision Monday 2 March 2026: appeal until Monday 9 March. Reminders 7, 2 and 1 days before and on
// the day, each at the start of its day, each once, with the clock run past the deadline.
void tst_Reminders::deadlineRemindersFireOnceEach()
{
    Fixture f(&m_pack.store, at("2026-03-01T12:00"));
    QVERIFY(f.create());
    QVERIFY(f.addDecision("2026-03-02"));
    QVERIFY(f.reminders->timerActive());
    f.runUntil(at("2026-03-11T12:00"), 60);
    QCOMPARE(f.notifier.bodies(),
             (QStringList { QStringLiteral("You have a deadline in 7 days"),
                            QStringLiteral("You have a deadline in 2 days"),
                            QStringLiteral("You have a deadline tomorrow"),
                            QStringLiteral("You have a deadline today") }));
    QCOMPARE(f.notifier.shown.at(0).at, at("2026-03-02T00:00"));
    QCOMPARE(f.notifier.shown.at(1).at, at("2026-03-07T00:00"));
    QCOMPARE(f.notifier.shown.at(2).at, at("2026-03-08T00:00"));
    QCOMPARE(f.notifier.shown.at(3).at, at("2026-03-09T00:00"));
    verifyDiscreet(f.notifier);
    QVERIFY(f.reminders->desktopNotifications());
}

void tst_Reminders::appointmentRemindersFireOnceEach()
{
    Fixture f(&m_pack.store, at("2026-03-03T12:00"));
    QVERIFY(f.create());
    QVERIFY(f.addAppointment("2026-03-05T10:30"));
    f.runUntil(at("2026-03-06T12:00"), 15);
    QCOMPARE(f.notifier.bodies(),
             (QStringList { QStringLiteral("You have an appointment tomorrow"),
                            QStringLiteral("You have an appointment in 2 hours") }));
    QCOMPARE(f.notifier.shown.at(0).at, at("2026-03-04T10:30"));
    QCOMPARE(f.notifier.shown.at(1).at, at("2026-03-05T08:30"));
    verifyDiscreet(f.notifier);

    // Moved to another day: a new appointment as far as reminders go, so it is reminded of again.
    const qint64 id
        = f.session.appointments()->data(f.session.appointments()->index(0, 0), Qt::UserRole).toLongLong();
    QVariantMap moved = f.session.appointments()->get(id).toMap();
    moved.insert(QStringLiteral("startsAt"), QStringLiteral("2026-03-07T09:00"));
    QVERIFY(f.session.appointments()->save(moved) > 0);
    f.runUntil(at("2026-03-08T00:00"), 15);
    QCOMPARE(f.notifier.shown.size(), 4);
    // Its reminder of a day ahead (9:00) had passed when it was moved (12:00): at the next check.
    QCOMPARE(f.notifier.shown.at(2).at, at("2026-03-06T12:15"));
    QCOMPARE(f.notifier.shown.at(2).body, QStringLiteral("You have an appointment tomorrow"));
    QCOMPARE(f.notifier.shown.at(3).body, QStringLiteral("You have an appointment in 2 hours"));
}

void tst_Reminders::nothingFiresWhileLocked()
{
    Fixture f(&m_pack.store, at("2026-03-01T12:00"));
    QVERIFY(f.create());
    QVERIFY(f.addDecision("2026-03-02"));
    QVERIFY(f.addAppointment("2026-03-05T10:30"));
    QVERIFY(f.lock());
    QVERIFY(!f.reminders->timerActive());
    // Every due moment of both passes while locked.
    f.runUntil(at("2026-03-09T06:00"), 60);
    QVERIFY2(f.notifier.shown.isEmpty(), qPrintable(f.notifier.bodies().join(QLatin1Char('\n'))));

    // Unlocked on the last day: only the reminder of the past 24 hours, once. The appointment is over.
    QVERIFY(f.unlock());
    QVERIFY(f.reminders->timerActive());
    QCOMPARE(f.notifier.bodies(), QStringList { QStringLiteral("You have a deadline today") });
    f.reminders->checkNow();
    f.runUntil(at("2026-03-12T00:00"), 60);
    QCOMPARE(f.notifier.shown.size(), 1);
}

// Decisions on 2 and 3 March: appeals until 9 and 10 March. Locked for a week, unlocked on 8 March at
// noon: the reminders of that midnight (A tomorrow, B in 2 days) come as one summary; those older than
// a day (the week ahead, A's 2 days) are dropped. After that, each reminder fires on its own again.
void tst_Reminders::summaryAfterALongLock()
{
    Fixture f(&m_pack.store, at("2026-03-01T12:00"));
    QVERIFY(f.create());
    QVERIFY(f.addDecision("2026-03-02"));
    QVERIFY(f.addDecision("2026-03-03"));
    QVERIFY(f.lock());
    f.now = at("2026-03-08T12:00");
    QVERIFY(f.unlock());
    QCOMPARE(f.notifier.bodies(), QStringList { QStringLiteral("You have 2 deadlines this week") });
    f.reminders->checkNow();
    QCOMPARE(f.notifier.shown.size(), 1);

    // While the app checks every few minutes, two reminders due at the same midnight come one by one.
    f.runUntil(at("2026-03-09T01:00"), 5);
    QCOMPARE(f.notifier.bodies(),
             (QStringList { QStringLiteral("You have 2 deadlines this week"),
                            QStringLiteral("You have a deadline today"),
                            QStringLiteral("You have a deadline tomorrow") }));
    QCOMPARE(f.notifier.shown.at(1).at, at("2026-03-09T00:00"));
    verifyDiscreet(f.notifier);

    // Locked and unlocked again the same day: what fired is remembered for the session.
    QVERIFY(f.lock());
    QVERIFY(f.unlock());
    QCOMPARE(f.notifier.shown.size(), 3);
}

void tst_Reminders::detailsOnlyWhenAskedFor()
{
    Fixture f(&m_pack.store, at("2026-03-01T12:00"));
    f.reminders->setShowDetails(true);
    QVERIFY(f.create());
    QVERIFY(f.addDecision("2026-03-02"));
    QVERIFY(f.addAppointment("2026-03-08T15:00"));
    QVERIFY(f.lock());
    f.now = at("2026-03-08T12:00");
    QVERIFY(f.unlock());
    // The appeal's reminder of 1 day ahead (this midnight) and the appointment's of 24 hours ahead.
    QCOMPARE(f.notifier.shown.size(), 1);
    const QString summary = f.notifier.shown.at(0).body;
    QVERIFY2(summary.startsWith(QLatin1String("You have 2 deadlines and appointments this week\n")),
             qPrintable(summary));
    const QString lastDay = QLocale(QStringLiteral("en")).toString(QDate(2026, 3, 9), QLocale::LongFormat);
    QVERIFY2(summary.contains(QStringLiteral("Appeal to the court: last day ") + lastDay),
             qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("Lawyer Jansen")), qPrintable(summary));
    QVERIFY2(!summary.contains(QLatin1String("Utrecht")), qPrintable(summary)); // the place is never said

    f.runUntil(at("2026-03-08T14:00"), 5);
    QCOMPARE(f.notifier.shown.size(), 2);
    QCOMPARE(f.notifier.shown.at(1).at, at("2026-03-08T13:00"));
    QVERIFY2(f.notifier.shown.at(1).body.startsWith(QLatin1String("You have an appointment in 2 hours\n")),
             qPrintable(f.notifier.shown.at(1).body));
    QVERIFY(f.notifier.shown.at(1).body.contains(QLatin1String("Lawyer Jansen")));

    // Switched off again: discreet from the next reminder on.
    f.reminders->setShowDetails(false);
    f.runUntil(at("2026-03-09T01:00"), 5);
    QCOMPARE(f.notifier.shown.size(), 3);
    QCOMPARE(f.notifier.shown.at(2).body, QStringLiteral("You have a deadline today"));
}

void tst_Reminders::settingsAreRemembered()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings settings(path, QSettings::IniFormat);
        Fixture f(&m_pack.store, at("2026-03-01T12:00"));
        f.reminders->useSettings(&settings);
        QVERIFY(f.reminders->enabled()); // on by default
        QVERIFY(!f.reminders->showDetails()); // discreet by default
        f.reminders->setShowDetails(true);
        f.reminders->setEnabled(false);
        QVERIFY(f.create());
        QVERIFY(f.addDecision("2026-03-02"));
        QVERIFY(!f.reminders->timerActive());
        f.runUntil(at("2026-03-10T12:00"), 60);
        QVERIFY(f.notifier.shown.isEmpty()); // switched off: nothing at all
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    // Two switches, nothing about the case.
    QVERIFY2(written.contains("showDetails=true") && written.contains("enabled=false"), written.constData());
    QVERIFY(!written.contains("2026") && !written.contains("Appeal"));

    QSettings settings(path, QSettings::IniFormat);
    Fixture f(&m_pack.store, at("2026-03-08T12:00"));
    f.reminders->useSettings(&settings);
    QVERIFY(!f.reminders->enabled());
    QVERIFY(f.reminders->showDetails());
    QVERIFY(f.create());
    QVERIFY(f.addDecision("2026-03-02"));
    // Switched on while unlocked: it checks at once, and the timer runs.
    f.reminders->setEnabled(true);
    QVERIFY(f.reminders->timerActive());
    QCOMPARE(f.notifier.shown.size(), 1);
    QVERIFY(f.notifier.shown.at(0).body.startsWith(QLatin1String("You have a deadline tomorrow\nAppeal")));
}

void tst_Reminders::refusedNotificationIsNotRepeated()
{
    Fixture f(&m_pack.store, at("2026-03-06T12:00"));
    f.notifier.accept = false; // no notification service on this desktop
    QVERIFY(f.create());
    QVERIFY(f.addDecision("2026-03-02"));
    f.runUntil(at("2026-03-07T12:00"), 30);
    QCOMPARE(f.notifier.shown.size(), 1);
    QVERIFY(!f.reminders->desktopNotifications()); // the settings page says reminders are in the app only

    // No notifier at all (a platform without one): the same, and nothing breaks.
    ui::ReminderScheduler quiet(&f.session, &f.library, nullptr, nullptr);
    quiet.setClock([&f] { return f.now; });
    QVERIFY(!quiet.desktopNotifications());
    f.now = at("2026-03-09T00:00");
    quiet.checkNow();
    QVERIFY(!quiet.desktopNotifications());
}

// The settings page reads the instance the app made; a QML test without one gets an inert one.
void tst_Reminders::qmlGetsTheAppsInstance()
{
    QQmlEngine engine;
    {
        ui::ReminderScheduler apps(nullptr, nullptr, nullptr, nullptr);
        QCOMPARE(ui::ReminderScheduler::create(&engine, &engine), &apps);
    }
    ui::ReminderScheduler *inert = ui::ReminderScheduler::create(&engine, &engine);
    QVERIFY(inert);
    QCOMPARE(inert->parent(), &engine);
    QVERIFY(!inert->timerActive());
    QVERIFY(ui::ReminderScheduler::create(&engine, &engine) != inert); // not taken for the app's
}

#ifdef RC_HAVE_DBUS

namespace {

// org.freedesktop.Notifications as a desktop would offer it, recording each call.
class FakeNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call
    {
        QString appName;
        uint replacesId;
        QString icon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int timeout;
    };
    QList<Call> calls;

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &icon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout)
    {
        calls.append({ appName, replacesId, icon, summary, body, actions, hints, timeout });
        return uint(calls.size());
    }
};

} // namespace

#endif

void tst_Reminders::desktopNotificationOverDBus()
{
#ifndef RC_HAVE_DBUS
    QFAIL("this Qt has no D-Bus module, so the app has no desktop notifier: install qt6-base-dev (./dev)");
#else
    const QString daemonPath = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    if (daemonPath.isEmpty())
        QFAIL(
            "dbus-daemon is missing (Debian package dbus-daemon): run ./dev to install what the tests need");

    // A private bus: no service files, so nothing of this machine's desktop answers on it.
    QTemporaryDir dir;
    QFile config(dir.filePath(QStringLiteral("bus.conf")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    // The policy of Debian's session.conf (without eavesdrop="true" the bus delivers no replies).
    config.write(
        QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" "
                       "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                       "<busconfig><type>session</type><listen>unix:tmpdir=%1</listen>"
                       "<auth>EXTERNAL</auth><policy context=\"default\">"
                       "<allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>"
                       "<allow own=\"*\"/></policy></busconfig>\n")
            .arg(dir.path())
            .toUtf8());
    config.close();
    QProcess daemon;
    daemon.start(daemonPath,
                 { QStringLiteral("--config-file=") + config.fileName(), QStringLiteral("--nofork"),
                   QStringLiteral("--print-address=1") });
    QVERIFY2(daemon.waitForStarted(10000), qPrintable(daemon.errorString()));
    const auto stopDaemon = qScopeGuard([&daemon] {
        daemon.terminate();
        if (!daemon.waitForFinished(5000))
            daemon.kill();
    });
    QVERIFY(QTest::qWaitFor([&daemon] { return daemon.canReadLine(); }, 10000));
    const QString address = QString::fromUtf8(daemon.readLine()).trimmed();
    QVERIFY2(address.startsWith(QLatin1String("unix:")), qPrintable(address));

    QGuiApplication::setApplicationDisplayName(QStringLiteral("Rights Companion"));
    ui::FreedesktopNotifier notifier(address);
    // The bus is there, the notification service is not: false, quietly.
    QVERIFY(!notifier.show(QStringLiteral("Reminder"), QStringLiteral("You have a deadline in 2 days")));
    QVERIFY(notifier.lastError().contains(QLatin1String("org.freedesktop.Notifications")));

    FakeNotificationServer server;
    QDBusConnection serverBus = QDBusConnection::connectToBus(address, QStringLiteral("fake-notifications"));
    const auto disconnect
        = qScopeGuard([] { QDBusConnection::disconnectFromBus(QStringLiteral("fake-notifications")); });
    QVERIFY2(serverBus.isConnected(), qPrintable(serverBus.lastError().message()));
    QVERIFY(serverBus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &server,
                                     QDBusConnection::ExportAllSlots));
    QVERIFY(serverBus.registerService(QStringLiteral("org.freedesktop.Notifications")));

    // The scheduler through the real notifier: the appointment's reminder, discreet.
    Fixture f(&m_pack.store, at("2026-03-04T10:30"));
    ui::ReminderScheduler reminders(&f.session, &f.library, &notifier, nullptr);
    reminders.setClock([&f] { return f.now; });
    f.reminders.reset(); // only the scheduler with the D-Bus notifier
    QVERIFY(f.create());
    QVERIFY(f.addAppointment("2026-03-05T10:30"));
    reminders.checkNow();
    QTRY_COMPARE(server.calls.size(), 1);
    const FakeNotificationServer::Call call = server.calls.constFirst();
    QCOMPARE(call.appName, QStringLiteral("Rights Companion"));
    QCOMPARE(call.replacesId, 0u);
    QCOMPARE(call.icon, QString());
    QCOMPARE(call.summary, QStringLiteral("Reminder"));
    QCOMPARE(call.body, QStringLiteral("You have an appointment tomorrow"));
    QVERIFY(call.actions.isEmpty());
    QCOMPARE(call.hints.value(QStringLiteral("urgency")).metaType().id(), QMetaType::UChar);
    QCOMPARE(call.hints.value(QStringLiteral("urgency")).toInt(), 1); // normal
    QCOMPARE(call.timeout, -1);
    QVERIFY(notifier.lastError().isEmpty());
    QVERIFY(reminders.desktopNotifications());

    // The desktop's service goes away: false again, and the reminder stays in the app.
    QVERIFY(serverBus.unregisterService(QStringLiteral("org.freedesktop.Notifications")));
    QVERIFY(!notifier.show(QStringLiteral("Reminder"), QStringLiteral("You have a deadline today")));
    // No bus at all.
    ui::FreedesktopNotifier nowhere(QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-bus")));
    QVERIFY(!nowhere.show(QStringLiteral("Reminder"), QStringLiteral("You have a deadline today")));
    QVERIFY(!nowhere.lastError().isEmpty());
#endif
}

QTEST_MAIN(tst_Reminders)
#include "tst_reminders.moc"
