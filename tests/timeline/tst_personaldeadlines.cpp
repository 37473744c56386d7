// "My procedure": the user's deadlines derived from the key dates in their vault by the rules of the
// shipped procedures (content/nl/procedures) and the deadline engine, the timeline's "you are here",
// the reminders, and the iCalendar export of the user's deadlines and appointments read back.
#include "ContentLibrary.h"
#include "InstalledPack.h"
#include "PersonalDeadlines.h"
#include "TimelineModels.h"
#include "VaultController.h"
#include "VaultRecordsModel.h"
#include "crypto/Kdf.h"
#include "crypto/SecureBuffer.h"
#include "deadline/ICalendar.h"
#include "storage/ZeroingAllocator.h"
#include "vault/Vault.h"

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rc;
using ui::PersonalDeadlines::Deadline;
using ui::PersonalDeadlines::KeyDate;

namespace {

QDate iso(const char *text)
{
    return QDate::fromString(QLatin1String(text), Qt::ISODate);
}

ui::PersonalDeadlines::CalendarTexts texts()
{
    ui::PersonalDeadlines::CalendarTexts t;
    t.deadlineSummary = QStringLiteral("Last day: %1");
    t.discreetDeadline = QStringLiteral("Deadline");
    t.discreetAppointment = QStringLiteral("Appointment at %1");
    t.countedFrom = QStringLiteral("Counted from %1 (%2).");
    t.lawyerWarning = QStringLiteral("A lawyer must confirm this deadline.");
    t.kindNames.insert(QStringLiteral("decision_sent"), QStringLiteral("Decision sent"));
    return t;
}

QVariant role(const QAbstractItemModel &model, int row, const char *name)
{
    const QHash<int, QByteArray> roles = model.roleNames();
    return model.data(model.index(row, 0), roles.key(QByteArray(name)));
}

} // namespace

class tst_PersonalDeadlines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void deadlinesFromKeyDates_data();
    void deadlinesFromKeyDates();
    void oneDeadlinePerRuleAndDate();
    void datesWithoutRulesGiveNothing();
    void calendarOfTheUsersData();
    void discreetCalendarSaysNothingAboutTheCase();

    void modelsFollowTheVault();

private:
    QList<content::ProcedureText> m_procedures;
    std::optional<deadline::DeadlineCalculator> m_calculator;
    InstalledPack m_pack;
};

void tst_PersonalDeadlines::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    crypto::initSecureHeap();
    storage::installZeroingAllocator();
    QVERIFY(m_pack.install());
    for (const content::ProcedureSummary &summary : m_pack.store.procedures(QStringLiteral("en"))) {
        const auto text = m_pack.store.procedure(summary.pack, summary.id, QStringLiteral("en"));
        QVERIFY(text);
        m_procedures.append(*text);
    }
    QCOMPARE(m_procedures.size(), 5);
    // The deadline data is compiled into the app (:/deadlines/...), not read from the source tree.
    QString error;
    m_calculator = ui::PersonalDeadlines::bundledCalculator(&error);
    QVERIFY2(m_calculator, qPrintable(error));
    QVERIFY(!m_calculator->calendar().equatedDays().isEmpty());
}

// Each date checked by hand against a calendar: 2026-03-02 is a Monday; 2026-05-01 a Friday; Easter
// 2026 is 5 April, so Whit Monday is 25 May; 2026-12-25 is a Friday.
void tst_PersonalDeadlines::deadlinesFromKeyDates_data()
{
    QTest::addColumn<QString>("track");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QDate>("event");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QDate>("end"); // invalid: no number is given ("ask your lawyer")
    QTest::addColumn<bool>("uncertain");
    QTest::addColumn<bool>("assumedTrack");

    // Appeal: 1 week after an AA decision (Monday + 7 days). In the VA it is 4 weeks, or 1 week when the
    // IND says the application is manifestly unfounded, inadmissible or not dealt with (art. 69 Vw 2000):
    // the app cannot tell which, so it counts the shorter one and the note says why.
    QTest::newRow("AA decision: 1 week") << "general"
                                         << "decision_sent" << iso("2026-03-02") << "Appeal to the court"
                                         << iso("2026-03-09") << false << false;
    QTest::newRow("VA decision: 1 week, to be safe")
        << "extended"
        << "decision_sent" << iso("2026-03-02") << "Appeal to the court" << iso("2026-03-09") << false
        << false;
    // Procedure not known: the shortest term, and the app says it assumed it.
    QTest::newRow("unknown track: 1 week") << ""
                                           << "decision_sent" << iso("2026-03-02") << "Appeal to the court"
                                           << iso("2026-03-09") << false << true;
    QTest::newRow("'other' track: 1 week") << "other"
                                           << "decision_sent" << iso("2026-03-02") << "Appeal to the court"
                                           << iso("2026-03-09") << false << true;
    // Dublin: 1 or 4 weeks depending on the decision; no number, ask the lawyer.
    QTest::newRow("Dublin decision: ask")
        << "dublin"
        << "decision_sent" << iso("2026-03-02") << "Appeal to the court" << QDate() << false << false;
    // Christmas: Friday 18 + 7 days ends on Friday 25 December 2026 (Christmas), past Saturday 26 (Boxing
    // Day) and Sunday 27 to Monday 28 (Atw art. 1).
    QTest::newRow("AA decision ending on Christmas")
        << "general"
        << "decision_sent" << iso("2026-12-18") << "Appeal to the court" << iso("2026-12-28") << false
        << false;
    // View on an intention: 1 day in the AA; Friday + 1 day is Saturday, so Monday 4 May (5 May is the
    // holiday, not the 4th).
    QTest::newRow("AA intention: 1 day")
        << "general"
        << "intention" << iso("2026-05-01") << "Your written response (zienswijze)" << iso("2026-05-04")
        << false << false;
    // 4 weeks in the VA: Monday 27 April (King's Day) + 28 days is Whit Monday 25 May: Tuesday 26.
    QTest::newRow("VA intention: 4 weeks")
        << "extended"
        << "intention" << iso("2026-04-27") << "Your written response (zienswijze)" << iso("2026-05-26")
        << false << false;
    // Family reunification: 3 months after the permit, whatever the track. 31 January + 3 months: April has
    // no 31st, so Thursday 30 April; the Atw's reach over months is uncertain (rules.json), so the app says
    // so.
    QTest::newRow("permit: 3 months")
        << "general"
        << "permit_granted" << iso("2026-01-31") << "Apply for family reunification (nareis)"
        << iso("2026-04-30") << true << false;
    QTest::newRow("permit in the VA: 3 months")
        << "extended"
        << "permit_granted" << iso("2026-01-31") << "Apply for family reunification (nareis)"
        << iso("2026-04-30") << true << false;
}

void tst_PersonalDeadlines::deadlinesFromKeyDates()
{
    QFETCH(QString, track);
    QFETCH(QString, kind);
    QFETCH(QDate, event);
    QFETCH(QString, label);
    QFETCH(QDate, end);
    QFETCH(bool, uncertain);
    QFETCH(bool, assumedTrack);

    const QList<Deadline> deadlines
        = ui::PersonalDeadlines::derive(m_procedures, { { kind, event } }, track, *m_calculator);
    QCOMPARE(deadlines.size(), 1);
    const Deadline &d = deadlines.first();
    QCOMPARE(d.label, label);
    QCOMPARE(d.event, event);
    QCOMPARE(d.eventKind, kind);
    QCOMPARE(d.assumedTrack, assumedTrack);
    QVERIFY(!d.basis.isEmpty());
    QVERIFY(d.source.startsWith(QLatin1String("https://")));
    if (!end.isValid()) {
        QVERIFY(d.asksLawyer());
        QVERIFY(!d.result);
        QCOMPARE(d.sortDate(), event);
        return;
    }
    QVERIFY2(d.result, qPrintable(d.error));
    QCOMPARE(d.result->end, end);
    QCOMPARE(d.result->event, event);
    QCOMPARE(d.result->isUncertain(), uncertain);
    // Every result explains itself, ending with the last day (and the caution when uncertain).
    const QStringList lines = d.result->explanation();
    QVERIFY(lines.size() >= 4);
    QVERIFY(lines.join(QLatin1Char('\n')).contains(end.toString(Qt::ISODate)));
    if (uncertain)
        QVERIFY(lines.last().startsWith(QLatin1String("Caution")));
}

void tst_PersonalDeadlines::oneDeadlinePerRuleAndDate()
{
    // A decision and a permit on the same day, and an earlier decision: three deadlines, by date.
    const QList<KeyDate> dates { { QStringLiteral("decision_sent"), iso("2026-03-02") },
                                 { QStringLiteral("permit_granted"), iso("2026-03-02") },
                                 { QStringLiteral("decision_sent"), iso("2025-11-03") },
                                 { QStringLiteral("decision_sent"), iso("2026-03-02") } };
    const QList<Deadline> deadlines
        = ui::PersonalDeadlines::derive(m_procedures, dates, QStringLiteral("general"), *m_calculator);
    QCOMPARE(deadlines.size(), 3);
    QCOMPARE(deadlines.at(0).result->end, iso("2025-11-10"));
    QCOMPARE(deadlines.at(1).result->end, iso("2026-03-09"));
    QCOMPARE(deadlines.at(2).result->end, iso("2026-06-02"));
    QCOMPARE(deadlines.at(2).procedureId, QStringLiteral("family-reunification"));
}

void tst_PersonalDeadlines::datesWithoutRulesGiveNothing()
{
    const QList<KeyDate> dates { { QStringLiteral("registration"), iso("2026-03-02") },
                                 { QStringLiteral("interview"), iso("2026-03-05") },
                                 { QStringLiteral("other"), iso("2026-03-06") },
                                 { QStringLiteral("decision_sent"), QDate() } };
    QVERIFY(ui::PersonalDeadlines::derive(m_procedures, dates, QStringLiteral("general"), *m_calculator)
                .isEmpty());
    // Before 2014 the engine refuses to count (Queen's Day): the deadline is there, with the reason.
    const QList<Deadline> old = ui::PersonalDeadlines::derive(
        m_procedures, { { QStringLiteral("decision_sent"), iso("2010-01-04") } }, QStringLiteral("general"),
        *m_calculator);
    QCOMPARE(old.size(), 1);
    QVERIFY(!old.first().result);
    QVERIFY(!old.first().error.isEmpty());
}

void tst_PersonalDeadlines::calendarOfTheUsersData()
{
    const QList<Deadline> deadlines
        = ui::PersonalDeadlines::derive(m_procedures,
                                        { { QStringLiteral("decision_sent"), iso("2026-03-02") },
                                          { QStringLiteral("decision_sent"), iso("2026-01-05") } },
                                        QStringLiteral("general"), *m_calculator);
    QCOMPARE(deadlines.size(), 2);
    const QList<ui::PersonalDeadlines::Appointment> appointments {
        { 7, QStringLiteral("Lawyer, Mr. Jansen; bring the decision"),
          QDateTime(iso("2026-03-04"), QTime(10, 30)), QStringLiteral("Utrecht, Keizersgracht 1") },
        { 8, QStringLiteral("Old appointment"), QDateTime(iso("2026-02-01"), QTime(9, 0)), QString() },
    };
    const QDateTime stamp(iso("2026-03-03"), QTime(12, 0), Qt::UTC);
    const deadline::ICalendar::Calendar calendar
        = ui::PersonalDeadlines::calendar(deadlines, appointments, iso("2026-03-03"), stamp, false, texts());
    QString error;
    const QByteArray data = deadline::ICalendar::write(calendar, &error);
    QVERIFY2(!data.isEmpty(), qPrintable(error));

    const std::optional<deadline::ICalendar::Calendar> parsed = deadline::ICalendar::parse(data, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(*parsed, calendar);
    // Only what is still to come: the deadline of 9 March and the appointment of 4 March.
    QCOMPARE(parsed->events.size(), 2);
    const deadline::ICalendar::Event &deadline = parsed->events.at(0);
    QCOMPARE(deadline.date, iso("2026-03-09"));
    QCOMPARE(deadline.summary, QStringLiteral("Last day: Appeal to the court"));
    QVERIFY2(QRegularExpression(QStringLiteral("^deadline-[0-9a-f]{16}@rights-companion$"))
                 .match(deadline.uid)
                 .hasMatch(),
             qPrintable(deadline.uid));
    QCOMPARE(deadline.alarmMinutesBefore, 2 * 24 * 60);
    QVERIFY(deadline.description.startsWith(QLatin1String("Counted from 2026-03-02 (Decision sent).")));
    QVERIFY(deadline.description.contains(QLatin1String("Last day: Monday 2026-03-09.")));
    QVERIFY(deadline.description.endsWith(QLatin1String("A lawyer must confirm this deadline.")));
    const deadline::ICalendar::Event &appointment = parsed->events.at(1);
    QCOMPARE(appointment.date, iso("2026-03-04"));
    QCOMPARE(appointment.summary, QStringLiteral("10:30 Lawyer, Mr. Jansen; bring the decision"));
    QCOMPARE(appointment.description, QStringLiteral("Utrecht, Keizersgracht 1"));
    QCOMPARE(appointment.uid, QStringLiteral("appointment-7@rights-companion"));
    QCOMPARE(parsed->stamp, stamp);

    // The same data gives the same UIDs, discreet or not, so importing again updates rather than duplicates.
    const auto again
        = ui::PersonalDeadlines::calendar(deadlines, appointments, iso("2026-03-03"), stamp, true, texts());
    QCOMPARE(again.events.at(0).uid, calendar.events.at(0).uid);
    QCOMPARE(again.events.at(1).uid, calendar.events.at(1).uid);
    // Another deadline, another UID.
    QVERIFY(
        calendar.events.at(0).uid
        != ui::PersonalDeadlines::calendar(deadlines.mid(0, 1), {}, iso("2026-01-01"), stamp, false, texts())
               .events.at(0)
               .uid);
}

void tst_PersonalDeadlines::discreetCalendarSaysNothingAboutTheCase()
{
    const QList<Deadline> deadlines = ui::PersonalDeadlines::derive(
        m_procedures, { { QStringLiteral("decision_sent"), iso("2026-03-02") } }, QStringLiteral("general"),
        *m_calculator);
    const QList<ui::PersonalDeadlines::Appointment> appointments {
        { 7, QStringLiteral("Lawyer Jansen"), QDateTime(iso("2026-03-04"), QTime(10, 30)),
          QStringLiteral("Utrecht") },
    };
    const auto calendar
        = ui::PersonalDeadlines::calendar(deadlines, appointments, iso("2026-03-03"),
                                          QDateTime(iso("2026-03-03"), QTime(12, 0), Qt::UTC), true, texts());
    const QByteArray data = deadline::ICalendar::write(calendar);
    for (const char *secret : { "Appeal", "Jansen", "Utrecht", "decision", "Decision", "lawyer", "69" })
        QVERIFY2(!data.contains(secret), secret);
    const auto parsed = deadline::ICalendar::parse(data);
    QVERIFY(parsed);
    QCOMPARE(parsed->events.size(), 2);
    QCOMPARE(parsed->events.at(0).summary, QStringLiteral("Deadline"));
    QCOMPARE(parsed->events.at(0).date, iso("2026-03-09"));
    QCOMPARE(parsed->events.at(1).summary, QStringLiteral("Appointment at 10:30"));
}

// The QML models over a real vault: deadlines from its key dates, the reminders, "you are here", the
// export of the user's data as a file, and nothing at all once the vault is locked.
void tst_PersonalDeadlines::modelsFollowTheVault()
{
    QTemporaryDir dir;
    vault::Vault vault(dir.filePath(QStringLiteral("vault")));
    ui::VaultController session(&vault, nullptr);
    session.setKdfParameters(crypto::Kdf::MinimumArgon2);
    session.createVault(QStringLiteral("timeline passphrase"), QStringLiteral("timeline passphrase"));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), ui::VaultController::State::Unlocked, 30000);
    session.confirmRecoveryKeySaved();

    ui::ContentLibrary library(&m_pack.store);
    ui::MyDeadlinesModel mine;
    mine.setToday(QStringLiteral("2026-03-03"));
    mine.setLibrary(&library);
    mine.setSession(&session);
    ui::ProcedureTimelineModel steps;
    steps.setLibrary(&library);
    steps.setSession(&session);
    QVERIFY(mine.available());
    QCOMPARE(mine.count(), 0);
    QCOMPARE(steps.shownProcedure(), QStringLiteral("general"));
    QCOMPARE(steps.currentIndex(), -1);
    QCOMPARE(role(steps, 0, "stepState").toString(), QString());

    QVERIFY(session.caseDates()->save({ { QStringLiteral("kind"), QStringLiteral("decision_sent") },
                                        { QStringLiteral("date"), QStringLiteral("2026-03-02") } }));
    QVERIFY(session.caseDates()->save({ { QStringLiteral("kind"), QStringLiteral("interview") },
                                        { QStringLiteral("date"), QStringLiteral("2026-02-20") } }));
    QVERIFY(session.appointments()->save({ { QStringLiteral("title"), QStringLiteral("Lawyer Jansen") },
                                           { QStringLiteral("startsAt"), QStringLiteral("2026-03-05T10:30") },
                                           { QStringLiteral("place"), QStringLiteral("Utrecht") } }));
    // The track is not known yet: the AA's term, and the model says it assumed it.
    QCOMPARE(mine.count(), 1);
    QVERIFY(!mine.trackKnown());
    QCOMPARE(role(mine, 0, "assumedTrack").toBool(), true);
    session.setCaseDetail(QStringLiteral("procedure_track"), QStringLiteral("general"));
    mine.refresh();
    QVERIFY(mine.trackKnown());
    QCOMPARE(mine.count(), 1);
    QCOMPARE(role(mine, 0, "lastDay").toString(), QStringLiteral("2026-03-09"));
    QCOMPARE(role(mine, 0, "lastDayText").toString(),
             QLocale(QStringLiteral("en")).toString(iso("2026-03-09"), QLocale::LongFormat));
    QCOMPARE(role(mine, 0, "daysLeft").toInt(), 6);
    QCOMPARE(role(mine, 0, "past").toBool(), false);
    QCOMPARE(role(mine, 0, "assumedTrack").toBool(), false);
    QVERIFY(role(mine, 0, "explanation").toStringList().size() >= 4);

    // The reminders: the appointment (in 2 days) before the deadline (in 6).
    const QVariantList upcoming = mine.upcoming();
    QCOMPARE(upcoming.size(), 2);
    QCOMPARE(upcoming.at(0).toMap().value(QStringLiteral("kind")).toString(), QStringLiteral("appointment"));
    QCOMPARE(upcoming.at(0).toMap().value(QStringLiteral("daysLeft")).toInt(), 2);
    QCOMPARE(upcoming.at(1).toMap().value(QStringLiteral("kind")).toString(), QStringLiteral("deadline"));
    QCOMPARE(upcoming.at(1).toMap().value(QStringLiteral("daysLeft")).toInt(), 6);

    // In Dutch: the Gregorian date in Dutch words.
    library.setLanguage(QStringLiteral("nl"));
    QVERIFY2(role(mine, 0, "lastDayText").toString().contains(QLatin1String("maart 2026")),
             qPrintable(role(mine, 0, "lastDayText").toString()));
    // The procedure in Dutch, not a fallback.
    QVERIFY(!steps.isFallback());
    QCOMPARE(steps.language(), QStringLiteral("nl"));
    library.setLanguage(QStringLiteral("en"));

    // Where the user is: the decision is the last step with a date; the permit comes next.
    steps.refresh();
    QCOMPARE(steps.shownProcedure(), QStringLiteral("general"));
    int decision = -1;
    for (int row = 0; row < steps.rowCount(); ++row) {
        if (role(steps, row, "stepId").toString() == QLatin1String("decision"))
            decision = row;
    }
    QVERIFY(decision > 0);
    QCOMPARE(steps.currentIndex(), decision);
    QCOMPARE(role(steps, decision, "stepState").toString(), QStringLiteral("current"));
    QCOMPARE(role(steps, decision + 1, "stepState").toString(), QStringLiteral("next"));
    QCOMPARE(role(steps, 0, "stepState").toString(), QStringLiteral("done"));
    QVERIFY(!role(steps, decision, "eventDateText").toString().isEmpty());
    QVERIFY(role(steps, decision, "prepare").toString().contains(QLatin1String("<li")));
    QVERIFY(!role(steps, decision, "deadlines").toList().isEmpty());
    QVERIFY(!role(steps, decision, "read").toList().isEmpty());
    // The extended procedure once the user says so; any procedure when asked for.
    session.setCaseDetail(QStringLiteral("procedure_track"), QStringLiteral("extended"));
    steps.refresh();
    QCOMPARE(steps.shownProcedure(), QStringLiteral("extended"));
    steps.setProcedureId(QStringLiteral("appeal"));
    QCOMPARE(steps.shownProcedure(), QStringLiteral("appeal"));
    QCOMPARE(steps.procedures().size(), 5);
    session.setCaseDetail(QStringLiteral("procedure_track"), QStringLiteral("general"));

    // The export, read back.
    const QString path = dir.filePath(QStringLiteral("my deadlines.ics"));
    QCOMPARE(mine.exportCalendar(QUrl::fromLocalFile(path), false), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QString error;
    const auto parsed = deadline::ICalendar::parse(data, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->events.size(), 2);
    QCOMPARE(parsed->events.at(0).date, iso("2026-03-09"));
    QCOMPARE(parsed->events.at(1).date, iso("2026-03-05"));
    QCOMPARE(parsed->events.at(1).summary, QStringLiteral("10:30 Lawyer Jansen"));
    QVERIFY(parsed->events.at(0).description.contains(QLatin1String("(Decision sent)")));
    QVERIFY(parsed->events.at(0).description.contains(QLatin1String("A lawyer must confirm this deadline.")));
    // Discreet: nothing about the case in the file.
    QCOMPARE(mine.exportCalendar(QUrl::fromLocalFile(path), true), QString());
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray discreet = file.readAll();
    QVERIFY(!discreet.contains("Jansen") && !discreet.contains("Appeal"));
    QVERIFY(deadline::ICalendar::parse(discreet));
    // Not a local file: refused, with words for the user.
    QVERIFY(!mine.exportCalendar(QUrl(QStringLiteral("https://example.org/x.ics")), false).isEmpty());
    QVERIFY(
        !mine.exportCalendar(QUrl::fromLocalFile(dir.filePath(QStringLiteral("no/such/folder/x.ics"))), false)
             .isEmpty());

    // Locked: nothing personal is left in either model.
    session.lock();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), ui::VaultController::State::Locked, 30000);
    QVERIFY(!mine.available());
    QCOMPARE(mine.count(), 0);
    QVERIFY(mine.upcoming().isEmpty());
    QCOMPARE(steps.currentIndex(), -1);
    QVERIFY(!mine.exportCalendar(QUrl::fromLocalFile(path), false).isEmpty());
}

QTEST_MAIN(tst_PersonalDeadlines)
#include "tst_personaldeadlines.moc"
