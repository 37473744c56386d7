#include "TimelineFixture.h"
#include "deadline/DeadlineCalculator.h"
#include "deadline/Explanation.h"

#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <iterator>
#include <optional>

using namespace rc::deadline;
using rc::test::isoDate;

namespace {

QString describe(const DeadlineResult &result)
{
    return QStringLiteral("%1 + %2 -> %3\n  ")
               .arg(result.event.toString(Qt::ISODate), result.term.toString(),
                    result.end.toString(Qt::ISODate))
        + result.explanation().join(QStringLiteral("\n  "));
}

const ExplanationStep *findStep(const DeadlineResult &result, StepKind kind)
{
    for (const ExplanationStep &step : result.steps) {
        if (step.kind == kind)
            return &step;
    }
    return nullptr;
}

// The line of `result`'s explanation for `kind`, or an empty string.
QString lineOf(const DeadlineResult &result, StepKind kind)
{
    const ExplanationStep *step = findStep(result, kind);
    return step ? Explanation::line(*step, result) : QString();
}

// The known-answer table. Each row is worked out by hand in its comment.
struct KnownAnswer
{
    const char *name;
    const char *event; // the day the decision was made known
    const char *term;
    const char *rawEnd;
    const char *end;
    bool art2 = false; // Atw art. 2 moved the end
    bool uncertain = false; // the rules are not sure the Atw applies (terms in months, long terms)
    bool atw = true; // false: --no-extension
};

const KnownAnswer knownAnswerTable[] = {
    // Notation: event (weekday), the raw end = event + term (the term starts the day after the event,
    // Awb 6:8), then each day the Atw passes over and why. "equated" = equated by royal decree
    // (content/nl/deadlines/equated-days.json).

    // --- Every recognised holiday as the raw end ---
    // Wed 2024-12-25 + 7 days = Wed 2025-01-01, New Year's Day -> Thu 2025-01-02.
    { "01 New Year's Day 2025", "2024-12-25", "1 week", "2025-01-01", "2025-01-02" },
    // Sat 2027-12-25 + 7 = Sat 2028-01-01, New Year's Day on a Saturday; Sun 01-02 -> Mon 2028-01-03.
    { "02 New Year's Day 2028 on a Saturday", "2027-12-25", "1 week", "2028-01-01", "2028-01-03" },
    // Mon 2028-12-04 + 28 = Mon 2029-01-01, New Year's Day -> Tue 2029-01-02 (crosses the year).
    { "03 New Year's Day 2029, 4 weeks", "2028-12-04", "4 weeks", "2029-01-01", "2029-01-02" },
    // Easter 2024 = 31 March. Fri 2024-03-22 + 7 = Fri 03-29 Good Friday; Sat 30, Sun 31 (Easter),
    // Mon 04-01 Easter Monday -> Tue 2024-04-02.
    { "04 Good Friday 2024", "2024-03-22", "1 week", "2024-03-29", "2024-04-02" },
    // Easter 2029 = 1 April. Fri 2029-03-23 + 7 = Fri 03-30 Good Friday; Sat 31, Sun 04-01, Mon 04-02
    // Easter Monday -> Tue 2029-04-03.
    { "05 Good Friday 2029", "2029-03-23", "1 week", "2029-03-30", "2029-04-03" },
    // Easter 2025 = 20 April. Mon 2025-04-14 + 7 = Mon 04-21 Easter Monday -> Tue 2025-04-22.
    { "06 Easter Monday 2025", "2025-04-14", "1 week", "2025-04-21", "2025-04-22" },
    // Easter 2031 = 13 April. Mon 2031-03-17 + 28 = Mon 04-14 Easter Monday -> Tue 2031-04-15.
    { "07 Easter Monday 2031, 4 weeks", "2031-03-17", "4 weeks", "2031-04-14", "2031-04-15" },
    // Easter 2026 = 5 April, Ascension = +39 = Thu 05-14. Thu 2026-05-07 + 7 = Thu 05-14 Ascension;
    // Fri 05-15 equated; Sat 16, Sun 17 -> Mon 2026-05-18.
    { "08 Ascension Day 2026 and the Friday after", "2026-05-07", "1 week", "2026-05-14", "2026-05-18" },
    // Easter 2030 = 21 April, Ascension = Thu 05-30. Thu 2030-05-23 + 7 = Thu 05-30 Ascension; no decree
    // known for 2030, so Fri 05-31 is a working day -> Fri 2030-05-31.
    { "09 Ascension Day 2030, no decree known", "2030-05-23", "1 week", "2030-05-30", "2030-05-31" },
    // Easter 2027 = 28 March, Whit Monday = +50 = Mon 05-17. Mon 2027-05-10 + 7 = Mon 05-17 -> Tue 05-18.
    { "10 Whit Monday 2027", "2027-05-10", "1 week", "2027-05-17", "2027-05-18" },
    // Easter 2028 = 16 April, Whit Monday = Mon 06-05. Mon 2028-05-29 + 7 = Mon 06-05 -> Tue 2028-06-06.
    { "11 Whit Monday 2028", "2028-05-29", "1 week", "2028-06-05", "2028-06-06" },
    // King's Day 2026: 27 April is a Monday. Mon 2026-03-30 + 28 = Mon 04-27 -> Tue 2026-04-28.
    { "12 King's Day 2026 on a Monday", "2026-03-30", "4 weeks", "2026-04-27", "2026-04-28" },
    // 27 April 2025 is a Sunday, so King's Day is Sat 04-26. Sat 2025-04-19 + 7 = Sat 04-26 (weekend,
    // King's Day); Sun 04-27 (weekend, no holiday) -> Mon 2025-04-28.
    { "13 King's Day 2025 on Saturday 26 April", "2025-04-19", "1 week", "2025-04-26", "2025-04-28" },
    // 27 April 2031 is a Sunday, so King's Day is Sat 04-26. Thu 2031-04-24 + 2 days = Sat 04-26; Sun 04-27
    // -> Mon 2031-04-28 (2 days: Atw art. 2 does not apply).
    { "14 King's Day 2031 on Saturday 26 April", "2031-04-24", "2 days", "2031-04-26", "2031-04-28" },
    // King's Day 2028 is Thu 04-27, Fri 04-28 equated. Thu 2028-04-20 + 7 = Thu 04-27; Fri 28 equated;
    // Sat 29, Sun 30 -> Mon 2028-05-01.
    { "15 King's Day 2028 and the Friday after", "2028-04-20", "1 week", "2028-04-27", "2028-05-01" },
    // 5 May 2026 is a Tuesday. Tue 2026-04-28 + 7 = Tue 05-05 -> Wed 2026-05-06.
    { "16 Liberation Day 2026", "2026-04-28", "1 week", "2026-05-05", "2026-05-06" },
    // 5 May 2027 is a Wednesday; Easter 2027 = 28 March, so Ascension is Thu 05-06 and Fri 05-07 is
    // equated. Wed 2027-04-07 + 28 = Wed 05-05; Thu 06, Fri 07, Sat 08, Sun 09 -> Mon 2027-05-10.
    { "17 Liberation Day 2027 then Ascension", "2027-04-07", "4 weeks", "2027-05-05", "2027-05-10" },
    // 5 May 2031 is a Monday. Thu 2031-05-01 + 4 days = Mon 05-05 -> Tue 2031-05-06.
    { "18 Liberation Day 2031, 4 days", "2031-05-01", "4 days", "2031-05-05", "2031-05-06" },
    // 5 May 2029 is a Saturday. Fri 2029-05-04 + 1 day = Sat 05-05; Sun 05-06 -> Mon 2029-05-07.
    { "19 Liberation Day 2029 on a Saturday", "2029-05-04", "1 day", "2029-05-05", "2029-05-07" },
    // Christmas 2029: Tue 12-25 and Wed 12-26. Tue 2029-12-18 + 7 = Tue 12-25; Wed 26 -> Thu 2029-12-27.
    { "20 Christmas Day 2029", "2029-12-18", "1 week", "2029-12-25", "2029-12-27" },
    // Second Day of Christmas 2030 is a Thursday; no decree known for 2030. Thu 2030-12-19 + 7 =
    // Thu 12-26 -> Fri 2030-12-27.
    { "21 Second Day of Christmas 2030", "2030-12-19", "1 week", "2030-12-26", "2030-12-27" },
    // Christmas 2027 falls on Sat 12-25 and Sun 12-26. Sat 2027-12-18 + 7 = Sat 12-25; Sun 26 ->
    // Mon 2027-12-27.
    { "22 Christmas 2027 on a weekend", "2027-12-18", "1 week", "2027-12-25", "2027-12-27" },

    // --- Days equated by royal decree ---
    // Ascension 2024 = Thu 05-09; Fri 05-10 equated. Fri 2024-05-03 + 7 = Fri 05-10; Sat 11, Sun 12 ->
    // Mon 2024-05-13.
    { "23 Equated Friday after Ascension 2024", "2024-05-03", "1 week", "2024-05-10", "2024-05-13" },
    // Fri 2024-12-27 equated (after Christmas on Wed/Thu). Fri 2024-12-20 + 7 = Fri 12-27; Sat 28, Sun 29
    // -> Mon 2024-12-30.
    { "24 Equated Friday after Christmas 2024", "2024-12-20", "1 week", "2024-12-27", "2024-12-30" },
    // Fri 2026-01-02 equated (New Year's Day was a Thursday). Fri 2025-12-26 + 7 = Fri 01-02; Sat 3, Sun 4
    // -> Mon 2026-01-05.
    { "25 Equated Friday after New Year 2026", "2025-12-26", "1 week", "2026-01-02", "2026-01-05" },
    // Ascension 2025 = Thu 05-29, Fri 05-30 equated. Thu 2025-05-22 + 7 = Thu 05-29; Fri 30; Sat 31;
    // Sun 06-01 -> Mon 2025-06-02.
    { "26 Ascension Day 2025 and the Friday after", "2025-05-22", "1 week", "2025-05-29", "2025-06-02" },

    // --- Weekends and plain days ---
    // Wed 2024-09-11 + 7 = Wed 09-18, an ordinary Wednesday: no extension.
    { "27 Ordinary weekday", "2024-09-11", "1 week", "2024-09-18", "2024-09-18" },
    // Sat 2024-06-08 + 7 = Sat 06-15; Sun 16 -> Mon 2024-06-17.
    { "28 Saturday", "2024-06-08", "1 week", "2024-06-15", "2024-06-17" },
    // Sun 2029-09-02 + 28 = Sun 09-30 -> Mon 2029-10-01.
    { "29 Sunday, 4 weeks", "2029-09-02", "4 weeks", "2029-09-30", "2029-10-01" },
    // Fri 2024-11-08 + 1 day = Sat 11-09; Sun 10 -> Mon 2024-11-11 (1 day: Atw art. 2 does not apply).
    { "30 One day ending on Saturday", "2024-11-08", "1 day", "2024-11-09", "2024-11-11" },
    // Easter 2026 = 5 April. Thu 2026-04-02 + 1 day = Fri 04-03 Good Friday; Sat 4, Sun 5, Mon 6 Easter
    // Monday -> Tue 2026-04-07.
    { "31 One day over Easter 2026", "2026-04-02", "1 day", "2026-04-03", "2026-04-07" },
    // Thu 2027-12-23 + 2 days = Sat 12-25 (Christmas); Sun 26 (Second Day) -> Mon 2027-12-27.
    { "32 Two days into Christmas 2027", "2027-12-23", "2 days", "2027-12-25", "2027-12-27" },

    // --- Year ends ---
    // Tue 2030-12-24 + 7 = Tue 12-31: New Year's Eve is no holiday -> Tue 2030-12-31.
    { "33 Year end on New Year's Eve", "2030-12-24", "1 week", "2030-12-31", "2030-12-31" },

    // --- Leap years ---
    // Thu 2024-02-22 + 7 = Thu 02-29 (2024 is a leap year) -> Thu 2024-02-29.
    { "34 Leap day 2024", "2024-02-22", "1 week", "2024-02-29", "2024-02-29" },
    // Tue 2024-02-27 + 3 days: Wed 28, Thu 29, Fri 03-01 -> Fri 2024-03-01 (2 working days inside).
    { "35 Three days across leap day", "2024-02-27", "3 days", "2024-03-01", "2024-03-01" },
    // Thu 2024-02-29 + 3 months: day 29 exists in May -> Wed 2024-05-29 (as in HR 2017:2225, 29 Feb 2016).
    { "36 Leap day + 3 months", "2024-02-29", "3 months", "2024-05-29", "2024-05-29", false, true },
    // Tue 2028-02-29 + 12 months: February 2029 has no day 29 -> Wed 2029-02-28.
    { "37 Leap day 2028 + 12 months", "2028-02-29", "12 months", "2029-02-28", "2029-02-28", false, true },
    // Sun 2027-02-28 + 12 months = Mon 2028-02-28: the day number 28, not the end of the month (29).
    { "38 28 February + 12 months into a leap year", "2027-02-28", "12 months", "2028-02-28", "2028-02-28",
      false, true },

    // --- Month ends ---
    // Wed 2024-01-31 + 1 month: February 2024 has no 31st -> its last day, Thu 2024-02-29.
    { "39 31 January 2024 + 1 month", "2024-01-31", "1 month", "2024-02-29", "2024-02-29", false, true },
    // Fri 2025-01-31 + 1 month: no 31 February -> Fri 2025-02-28.
    { "40 31 January 2025 + 1 month", "2025-01-31", "1 month", "2025-02-28", "2025-02-28", false, true },
    // Sat 2026-01-31 + 1 month -> Sat 2026-02-28 (last day); Sun 03-01 -> Mon 2026-03-02.
    { "41 31 January 2026 + 1 month, weekend", "2026-01-31", "1 month", "2026-02-28", "2026-03-02", false,
      true },
    // Wed 2027-03-31 + 3 months: June has 30 days -> Wed 2027-06-30.
    { "42 31 March + 3 months", "2027-03-31", "3 months", "2027-06-30", "2027-06-30", false, true },
    // Fri 2025-10-31 + 1 month: November has 30 days -> Sun 11-30 -> Mon 2025-12-01.
    { "43 31 October + 1 month, Sunday", "2025-10-31", "1 month", "2025-11-30", "2025-12-01", false, true },
    // Thu 2029-05-31 + 4 months: September has 30 days -> Sun 09-30 -> Mon 2029-10-01.
    { "44 31 May + 4 months, Sunday", "2029-05-31", "4 months", "2029-09-30", "2029-10-01", false, true },
    // Tue 2024-04-30 + 1 month = Thu 05-30: the same number, not the last day of May (31).
    { "45 30 April + 1 month", "2024-04-30", "1 month", "2024-05-30", "2024-05-30", false, true },
    // Sat 2030-08-31 + 6 months: February 2031 has 28 days -> Fri 2031-02-28.
    { "46 31 August + 6 months", "2030-08-31", "6 months", "2031-02-28", "2031-02-28", false, true },
    // Thu 2026-11-19 + 6 months = Wed 2027-05-19 (across the year).
    { "47 6 months across the year", "2026-11-19", "6 months", "2027-05-19", "2027-05-19", false, true },
    // Sat 2025-03-29 + 3 months = Sun 06-29 -> Mon 2025-06-30.
    { "48 3 months ending on a Sunday", "2025-03-29", "3 months", "2025-06-29", "2025-06-30", false, true },
    // Fri 2029-01-05 + 6 months = Thu 2029-07-05.
    { "49 6 months, ordinary day", "2029-01-05", "6 months", "2029-07-05", "2029-07-05", false, true },

    // --- Atw art. 2: at least 2 days that are not Saturday, Sunday or holiday ---
    // Thu 2026-12-24 + 3 days: Fri 25 Christmas, Sat 26 Second Day, Sun 27 = raw end. Art. 1: Mon 12-28.
    // The term (Fri 25 - Mon 28) holds one working day (Mon 28); art. 2 -> Tue 2026-12-29.
    { "50 Art. 2 at Christmas 2026", "2026-12-24", "3 days", "2026-12-27", "2026-12-29", true },
    // Easter 2025 = 20 April. Thu 2025-04-17 + 3 days: Fri 18 Good Friday, Sat 19, Sun 20 = raw end.
    // Art. 1: Mon 21 Easter Monday -> Tue 22. One working day (Tue 22); art. 2 -> Wed 2025-04-23.
    { "51 Art. 2 at Easter 2025", "2025-04-17", "3 days", "2025-04-20", "2025-04-23", true },
    // Easter 2028 = 16 April. Thu 2028-04-13 + 3 days: Fri 14 Good Friday, Sat 15, Sun 16; art. 1: Mon 17
    // Easter Monday -> Tue 18; one working day; art. 2 -> Wed 2028-04-19.
    { "52 Art. 2 at Easter 2028", "2028-04-13", "3 days", "2028-04-16", "2028-04-19", true },
    // Thu 2024-12-26 + 3 days: Fri 27 equated, Sat 28, Sun 29 = raw end; art. 1 -> Mon 30; one working
    // day (Mon 30); art. 2 -> Tue 2024-12-31.
    { "53 Art. 2 after Christmas 2024", "2024-12-26", "3 days", "2024-12-29", "2024-12-31", true },
    // Easter 2027 = 28 March. Thu 2027-03-25 + 4 days: Fri 26 Good Friday, Sat, Sun, Mon 29 Easter Monday =
    // raw end; art. 1 -> Tue 30; one working day; art. 2 -> Wed 2027-03-31.
    { "54 Art. 2 with 4 days at Easter 2027", "2027-03-25", "4 days", "2027-03-29", "2027-03-31", true },
    // Wed 2024-03-27 + 3 days: Thu 28 (working), Fri 29 Good Friday, Sat 30 = raw end; art. 1: Sun 31,
    // Mon 04-01 Easter Monday -> Tue 04-02. Two working days (Thu 28, Tue 2): art. 2 changes nothing.
    { "55 Art. 2 satisfied at Easter 2024", "2024-03-27", "3 days", "2024-03-30", "2024-04-02" },
    // Thu 2027-12-23 + 3 days: Fri 24 (working), Sat 25, Sun 26 = raw end; art. 1 -> Mon 27; two working
    // days (Fri 24, Mon 27): no art. 2.
    { "56 Art. 2 satisfied at Christmas 2027", "2027-12-23", "3 days", "2027-12-26", "2027-12-27" },

    // --- Long terms the rules are unsure about ---
    // Mon 2024-01-01 + 90 days = Sun 03-31 (Easter); Mon 04-01 Easter Monday -> Tue 2024-04-02 (90 days:
    // uncertain, Atw art. 4 may exclude it).
    { "57 90 days ending at Easter 2024", "2024-01-01", "90 days", "2024-03-31", "2024-04-02", false, true },

    // --- --no-extension: the raw end, even on a holiday ---
    { "58 No extension: Good Friday 2024", "2024-03-22", "1 week", "2024-03-29", "2024-03-29", false, false,
      false },
    { "59 No extension: Christmas 2026", "2026-12-24", "3 days", "2026-12-27", "2026-12-27", false, false,
      false },
    { "60 No extension: month", "2026-01-31", "1 month", "2026-02-28", "2026-02-28", false, false, false },
};

} // namespace

class tst_DeadlineCalculator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void knownAnswers_data();
    void knownAnswers();
    void knownAnswersCoverEveryHoliday();
    void equatedDaysChangeTheAnswer();
    void kingsDayOnSundayIsExplained();
    void twoWorkingDaysIsExplained();
    void monthRuleIsCitedAndShortMonthsExplained();
    void uncertainTermsCarryTheCaveat();
    void rulesSayingNoSkipTheExtension();
    void noExtensionOption();
    void termsTheRulesDoNotCoverAreUncertain();
    void explanationStepsInOrder();
    void refusesBadInput();
    void propertiesOverEveryStartDate();

private:
    std::optional<DeadlineCalculator> m_calculator;
};

void tst_DeadlineCalculator::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    m_calculator = rc::test::shippedCalculator(&error);
    QVERIFY2(m_calculator, qPrintable(error));
}

void tst_DeadlineCalculator::knownAnswers_data()
{
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("term");
    QTest::addColumn<bool>("atw");
    QTest::addColumn<QString>("rawEnd");
    QTest::addColumn<QString>("end");
    QTest::addColumn<bool>("art2");
    QTest::addColumn<bool>("uncertain");
    for (const KnownAnswer &row : knownAnswerTable) {
        QTest::newRow(row.name) << QString::fromLatin1(row.event) << QString::fromLatin1(row.term) << row.atw
                                << QString::fromLatin1(row.rawEnd) << QString::fromLatin1(row.end) << row.art2
                                << row.uncertain;
    }
}

void tst_DeadlineCalculator::knownAnswers()
{
    QFETCH(QString, event);
    QFETCH(QString, term);
    QFETCH(bool, atw);
    QFETCH(QString, rawEnd);
    QFETCH(QString, end);
    QFETCH(bool, art2);
    QFETCH(bool, uncertain);

    const std::optional<Term> parsed = Term::parse(term);
    QVERIFY(parsed);
    DeadlineOptions options;
    options.applyAtw = atw;
    QString error;
    const std::optional<DeadlineResult> result
        = m_calculator->calculate(QDate::fromString(event, Qt::ISODate), *parsed, options, &error);
    QVERIFY2(result, qPrintable(error));
    QVERIFY2(result->rawEnd == QDate::fromString(rawEnd, Qt::ISODate), qPrintable(describe(*result)));
    QVERIFY2(result->end == QDate::fromString(end, Qt::ISODate), qPrintable(describe(*result)));
    QVERIFY2((findStep(*result, StepKind::TwoWorkingDays) != nullptr) == art2, qPrintable(describe(*result)));
    QVERIFY2(result->isUncertain() == uncertain, qPrintable(describe(*result)));
    QCOMPARE(result->start, result->event.addDays(1));
    QCOMPARE(result->explanation().constLast().contains(QLatin1String("Caution")), uncertain);
    QVERIFY(lineOf(*result, StepKind::LastDay).contains(end));
}

void tst_DeadlineCalculator::knownAnswersCoverEveryHoliday()
{
    // The table has at least 40 rows, starts in every year from 2024 to 2031, and passes over every
    // statutory holiday and an equated day at least once.
    QVERIFY(std::size(knownAnswerTable) >= 40);
    QSet<int> years;
    QSet<QString> passedOver;
    for (const KnownAnswer &row : knownAnswerTable) {
        years.insert(isoDate(row.event).year());
        DeadlineOptions options;
        options.applyAtw = row.atw;
        const std::optional<DeadlineResult> r
            = m_calculator->calculate(isoDate(row.event), *Term::parse(QLatin1String(row.term)), options);
        QVERIFY(r);
        for (const ExplanationStep &step : r->steps) {
            for (const NonWorkingDay &day : step.skipped) {
                for (const QString &name : day.holidays)
                    passedOver.insert(name.contains(QLatin1String("royal decree")) ? QStringLiteral("equated")
                                                                                   : name);
            }
        }
    }
    for (int year = 2024; year <= 2031; ++year)
        QVERIFY2(years.contains(year), qPrintable(QString::number(year)));
    QStringList expected { QStringLiteral("equated") };
    for (const Holiday &h : Holidays::statutory(2026))
        expected.append(h.name);
    for (const QString &name : std::as_const(expected))
        QVERIFY2(passedOver.contains(name), qPrintable(name));
}

void tst_DeadlineCalculator::equatedDaysChangeTheAnswer()
{
    // Without the decree data, Fri 2024-05-10 is a working day: 1 week from Fri 2024-05-03 ends then.
    const std::optional<AtwRules> rules = AtwRules::loadFile(rc::test::shippedRulesFile(), nullptr);
    QVERIFY(rules);
    const DeadlineCalculator statutoryOnly(HolidayCalendar(), *rules);
    const Term week { 1, TermUnit::Weeks };
    QCOMPARE(statutoryOnly.calculate(isoDate("2024-05-03"), week)->end, isoDate("2024-05-10"));
    const std::optional<DeadlineResult> withDecree = m_calculator->calculate(isoDate("2024-05-03"), week);
    QCOMPARE(withDecree->end, isoDate("2024-05-13"));
    const ExplanationStep *extension = findStep(*withDecree, StepKind::WeekendOrHoliday);
    QVERIFY(extension);
    QCOMPARE(extension->skipped.size(), 3);
    QVERIFY(extension->skipped.constFirst().holidays.constFirst().contains(QLatin1String("royal decree")));
}

void tst_DeadlineCalculator::kingsDayOnSundayIsExplained()
{
    const std::optional<DeadlineResult> result
        = m_calculator->calculate(isoDate("2025-04-19"), { 1, TermUnit::Weeks });
    QVERIFY(result);
    const ExplanationStep *extension = findStep(*result, StepKind::WeekendOrHoliday);
    QVERIFY(extension);
    QCOMPARE(extension->skipped.size(), 2);
    QCOMPARE(extension->skipped.at(0).date, isoDate("2025-04-26"));
    QCOMPARE(extension->skipped.at(0).holidays, QStringList { QStringLiteral("King's Day") });
    QCOMPARE(extension->skipped.at(1).date, isoDate("2025-04-27"));
    QVERIFY(extension->skipped.at(1).holidays.isEmpty()); // 27 April 2025 is just a Sunday
    const QString line = lineOf(*result, StepKind::WeekendOrHoliday);
    QVERIFY2(line.contains(QLatin1String("Saturday 2025-04-26 (weekend; King's Day)")), qPrintable(line));
    QVERIFY2(line.contains(QLatin1String("Sunday 2025-04-27 (weekend)")), qPrintable(line));
    QVERIFY2(line.contains(QLatin1String("Atw art. 1(1)")), qPrintable(line));
}

void tst_DeadlineCalculator::twoWorkingDaysIsExplained()
{
    const std::optional<DeadlineResult> result
        = m_calculator->calculate(isoDate("2026-12-24"), { 3, TermUnit::Days });
    QVERIFY(result);
    const ExplanationStep *art1 = findStep(*result, StepKind::WeekendOrHoliday);
    const ExplanationStep *art2 = findStep(*result, StepKind::TwoWorkingDays);
    QVERIFY(art1 && art2);
    QCOMPARE(art1->from, isoDate("2026-12-27"));
    QCOMPARE(art1->date, isoDate("2026-12-28"));
    QCOMPARE(art2->from, isoDate("2026-12-28"));
    QCOMPARE(art2->date, isoDate("2026-12-29"));
    QCOMPARE(art2->count, 1);
    QCOMPARE(art2->basis, QStringLiteral("Atw art. 2"));
    const QString line = lineOf(*result, StepKind::TwoWorkingDays);
    QVERIFY2(line.contains(QLatin1String("Extended from Monday 2026-12-28 to Tuesday 2026-12-29")),
             qPrintable(line));
    QVERIFY2(line.contains(QLatin1String("at least 2 days")), qPrintable(line));
    QVERIFY2(line.contains(QLatin1String("it contained 1")), qPrintable(line));
    QVERIFY2(line.contains(QLatin1String("Atw art. 2")), qPrintable(line));
}

void tst_DeadlineCalculator::monthRuleIsCitedAndShortMonthsExplained()
{
    const std::optional<DeadlineResult> result
        = m_calculator->calculate(isoDate("2025-01-31"), { 1, TermUnit::Months });
    QVERIFY(result);
    const QString rule = lineOf(*result, StepKind::Rule);
    QVERIFY2(rule.contains(QLatin1String("same number as the event")), qPrintable(rule));
    QVERIFY2(rule.contains(QLatin1String("ECLI:NL:HR:2017:2225")), qPrintable(rule));
    QVERIFY2(rule.contains(QLatin1String(Sources::MonthEnd)), qPrintable(rule));
    QVERIFY2(rule.contains(QLatin1String("Awb art. 6:8")), qPrintable(rule));
    const QString shortened = lineOf(*result, StepKind::MonthShortened);
    QVERIFY2(shortened.startsWith(QLatin1String("February 2025 has no day 31")), qPrintable(shortened));
    QVERIFY2(shortened.contains(QLatin1String("Friday 2025-02-28")), qPrintable(shortened));
    // Not shortened: 15 January + 1 month.
    QVERIFY(!findStep(*m_calculator->calculate(isoDate("2025-01-15"), { 1, TermUnit::Months }),
                      StepKind::MonthShortened));
}

void tst_DeadlineCalculator::uncertainTermsCarryTheCaveat()
{
    const std::optional<DeadlineResult> result
        = m_calculator->calculate(isoDate("2025-03-29"), { 3, TermUnit::Months });
    QVERIFY(result);
    QVERIFY(result->isUncertain());
    QCOMPARE(result->atw, AtwApplies::Uncertain);
    QCOMPARE(result->end, isoDate("2025-06-30")); // extended, as the default says
    const QString caveat = lineOf(*result, StepKind::Caveat);
    QVERIFY2(
        caveat.contains(QLatin1String("it is not certain that the extension applies to a term in months; "
                                      "ask a lawyer and file before the raw end date")),
        qPrintable(caveat));
    QVERIFY2(caveat.contains(QLatin1String("Sunday 2025-06-29")), qPrintable(caveat));
    QVERIFY2(caveat.contains(QLatin1String("https://")), qPrintable(caveat));
    QCOMPARE(result->explanation().constLast(), caveat);
    // A term in weeks that the rules are sure of carries no caveat.
    const std::optional<DeadlineResult> week
        = m_calculator->calculate(isoDate("2025-03-29"), { 1, TermUnit::Weeks });
    QVERIFY(!week->isUncertain());
    QVERIFY(!findStep(*week, StepKind::Caveat));
}

void tst_DeadlineCalculator::rulesSayingNoSkipTheExtension()
{
    const AtwRules rules({ AtwRule { TermUnit::Months, 1, 120, AtwApplies::No,
                                     QStringLiteral("https://example.org/"), QStringLiteral("test rule") } });
    const DeadlineCalculator calculator(m_calculator->calendar(), rules);
    const std::optional<DeadlineResult> result
        = calculator.calculate(isoDate("2025-03-29"), { 3, TermUnit::Months });
    QVERIFY(result);
    QCOMPARE(result->end, isoDate("2025-06-29")); // a Sunday, not extended
    QVERIFY(!result->atwApplied);
    QVERIFY(!result->isUncertain());
    const QString line = lineOf(*result, StepKind::AtwNotApplied);
    QVERIFY2(line.contains(QLatin1String("does not apply to this term: test rule (https://example.org/)")),
             qPrintable(line));
}

void tst_DeadlineCalculator::noExtensionOption()
{
    DeadlineOptions options;
    options.applyAtw = false;
    const std::optional<DeadlineResult> result
        = m_calculator->calculate(isoDate("2025-03-29"), { 3, TermUnit::Months }, options);
    QVERIFY(result);
    QCOMPARE(result->end, result->rawEnd);
    QVERIFY(!result->isUncertain()); // the raw end is the safe date: no caveat needed
    QVERIFY(!findStep(*result, StepKind::WeekendOrHoliday));
    const ExplanationStep *step = findStep(*result, StepKind::AtwNotApplied);
    QVERIFY(step && step->byRequest);
    QVERIFY(lineOf(*result, StepKind::AtwNotApplied).contains(QLatin1String("as requested")));
}

void tst_DeadlineCalculator::termsTheRulesDoNotCoverAreUncertain()
{
    const DeadlineCalculator calculator(m_calculator->calendar(), AtwRules());
    const std::optional<DeadlineResult> result
        = calculator.calculate(isoDate("2024-06-08"), { 1, TermUnit::Weeks });
    QVERIFY(result);
    QCOMPARE(result->end, isoDate("2024-06-17"));
    QVERIFY(result->isUncertain());
    QVERIFY(lineOf(*result, StepKind::Caveat).contains(QLatin1String("does not cover a term of 1 week")));
}

void tst_DeadlineCalculator::explanationStepsInOrder()
{
    auto kinds = [](const DeadlineResult &r) {
        QList<StepKind> list;
        for (const ExplanationStep &s : r.steps)
            list.append(s.kind);
        return list;
    };
    // Ordinary day: rule, start, raw end, no extension, last day.
    QCOMPARE(kinds(*m_calculator->calculate(isoDate("2024-09-11"), { 1, TermUnit::Weeks })),
             QList<StepKind>({ StepKind::Rule, StepKind::Start, StepKind::RawEnd, StepKind::NoExtension,
                               StepKind::LastDay }));
    // Month shortened, weekend, caveat.
    QCOMPARE(kinds(*m_calculator->calculate(isoDate("2026-01-31"), { 1, TermUnit::Months })),
             QList<StepKind>({ StepKind::Rule, StepKind::Start, StepKind::RawEnd, StepKind::MonthShortened,
                               StepKind::WeekendOrHoliday, StepKind::LastDay, StepKind::Caveat }));
    // Art. 1 then art. 2.
    QCOMPARE(kinds(*m_calculator->calculate(isoDate("2025-04-17"), { 3, TermUnit::Days })),
             QList<StepKind>({ StepKind::Rule, StepKind::Start, StepKind::RawEnd, StepKind::WeekendOrHoliday,
                               StepKind::TwoWorkingDays, StepKind::LastDay }));

    const std::optional<DeadlineResult> r
        = m_calculator->calculate(isoDate("2024-12-25"), { 1, TermUnit::Weeks });
    const QStringList text = r->explanation();
    QCOMPARE(text.size(), r->steps.size());
    QCOMPARE(
        text.at(0),
        QStringLiteral("Rule: a term of 1 week starts on the day after the event and counts 7 calendar days "
                       "a week, so it ends on the same weekday as the event (Awb art. 6:8(1), %1).")
            .arg(QLatin1String(Sources::AwbStart)));
    QCOMPARE(text.at(1),
             QStringLiteral("Start: Thursday 2024-12-26, the day after the event on Wednesday 2024-12-25 "
                            "(Awb art. 6:8(1))."));
    QCOMPARE(text.at(2), QStringLiteral("Raw end: Wednesday 2025-01-01, 1 week after the event."));
    QCOMPARE(
        text.at(3),
        QStringLiteral("Extended from Wednesday 2025-01-01 to Thursday 2025-01-02: a term that ends on a "
                       "Saturday, Sunday or recognised holiday runs on to the next day that is none of these "
                       "(Atw art. 1(1), %1). Passed over: Wednesday 2025-01-01 (New Year's Day).")
            .arg(QLatin1String(Sources::Atw)));
    QCOMPARE(text.at(4), QStringLiteral("Last day: Thursday 2025-01-02."));
}

void tst_DeadlineCalculator::refusesBadInput()
{
    QString error;
    QVERIFY(!m_calculator->calculate(QDate(), { 1, TermUnit::Weeks }, {}, &error));
    QVERIFY2(error.contains(QLatin1String("not a valid date")), qPrintable(error));
    QVERIFY(!m_calculator->calculate(isoDate("2013-12-31"), { 1, TermUnit::Weeks }, {}, &error));
    QVERIFY2(error.contains(QLatin1String("only dates from 2014")), qPrintable(error));
    QVERIFY(!m_calculator->calculate(isoDate("2024-01-01"), { 0, TermUnit::Days }, {}, &error));
    QVERIFY2(error.contains(QLatin1String("between 1 and")), qPrintable(error));
    QVERIFY(!m_calculator->calculate(isoDate("2024-01-01"), { 121, TermUnit::Months }, {}, &error));
    QVERIFY(!m_calculator->calculate(isoDate("2024-01-01"), { -3, TermUnit::Weeks }, {}, &error));
    // The limits themselves work, far into the future.
    QVERIFY(m_calculator->calculate(isoDate("2014-01-01"), { 1, TermUnit::Days }));
    QVERIFY(m_calculator->calculate(isoDate("9900-12-31"), { 120, TermUnit::Months }));
    QVERIFY(m_calculator->calculate(isoDate("9900-12-31"), { Term::MaxDays, TermUnit::Days }));
}

void tst_DeadlineCalculator::propertiesOverEveryStartDate()
{
    const HolidayCalendar &calendar = m_calculator->calendar();
    const QList<Term> terms { { 1, TermUnit::Days },   { 2, TermUnit::Days },   { 3, TermUnit::Days },
                              { 4, TermUnit::Days },   { 10, TermUnit::Days },  { 1, TermUnit::Weeks },
                              { 2, TermUnit::Weeks },  { 4, TermUnit::Weeks },  { 6, TermUnit::Weeks },
                              { 1, TermUnit::Months }, { 3, TermUnit::Months }, { 6, TermUnit::Months } };
    auto workingDays = [&calendar](const QDate &from, const QDate &to) {
        int n = 0;
        for (QDate d = from; d <= to; d = d.addDays(1))
            n += calendar.isNonWorkingDay(d) ? 0 : 1;
        return n;
    };
    int checked = 0;
    for (QDate event(2024, 1, 1); event <= QDate(2031, 12, 31); event = event.addDays(1)) {
        for (const Term &term : terms) {
            const std::optional<DeadlineResult> r = m_calculator->calculate(event, term);
            QVERIFY(r);
            const QString what = describe(*r);
            const int length = int(event.daysTo(r->rawEnd));
            // The raw end, counted independently.
            if (term.unit == TermUnit::Days)
                QVERIFY2(length == term.count, qPrintable(what));
            else if (term.unit == TermUnit::Weeks)
                QVERIFY2(length == 7 * term.count, qPrintable(what));
            else
                QVERIFY2(r->rawEnd.day() == qMin(event.day(), r->rawEnd.daysInMonth())
                             && (r->rawEnd.year() * 12 + r->rawEnd.month())
                                     - (event.year() * 12 + event.month())
                                 == term.count,
                         qPrintable(what));
            // Never a Saturday, Sunday or holiday; never before the raw end.
            QVERIFY2(!calendar.isNonWorkingDay(r->end), qPrintable(what));
            QVERIFY2(r->end >= r->rawEnd, qPrintable(what));
            // Atw art. 2: a term of 3 days or more holds 2 working days.
            if (length >= 3)
                QVERIFY2(workingDays(r->start, r->end) >= 2, qPrintable(what));
            // Minimal: the day before the end would not have been a valid end.
            if (r->end > r->rawEnd) {
                const QDate before = r->end.addDays(-1);
                const bool beforeValid = before >= r->rawEnd && !calendar.isNonWorkingDay(before)
                    && (length < 3 || workingDays(r->start, before) >= 2);
                QVERIFY2(!beforeValid, qPrintable(what));
            }
            // The explanation names every day passed over, in the data and in the text.
            const QStringList text = r->explanation();
            const QString joined = text.join(QLatin1Char('\n'));
            for (QDate d = r->rawEnd; d < r->end; d = d.addDays(1)) {
                if (!calendar.isNonWorkingDay(d))
                    continue;
                bool listed = false;
                for (const ExplanationStep &step : r->steps) {
                    for (const NonWorkingDay &skipped : step.skipped)
                        listed = listed || skipped.date == d;
                }
                QVERIFY2(listed, qPrintable(what));
                QVERIFY2(joined.contains(d.toString(Qt::ISODate)), qPrintable(what));
                for (const Holiday &h : calendar.holidaysOn(d))
                    QVERIFY2(joined.contains(h.name), qPrintable(what));
            }
            // Every extension says where it started and ended, and the last line gives the end.
            for (const ExplanationStep &step : r->steps) {
                if (step.kind == StepKind::WeekendOrHoliday || step.kind == StepKind::TwoWorkingDays) {
                    const QString line = Explanation::line(step, *r);
                    QVERIFY2(line.contains(step.from.toString(Qt::ISODate)), qPrintable(what));
                    QVERIFY2(line.contains(step.date.toString(Qt::ISODate)), qPrintable(what));
                }
            }
            QVERIFY2((r->end == r->rawEnd) == (findStep(*r, StepKind::NoExtension) != nullptr),
                     qPrintable(what));
            QVERIFY2(lineOf(*r, StepKind::LastDay).contains(r->end.toString(Qt::ISODate)), qPrintable(what));
            QVERIFY2(r->isUncertain() == (term.unit == TermUnit::Months), qPrintable(what));

            // Without the Atw: always the raw end.
            DeadlineOptions raw;
            raw.applyAtw = false;
            QVERIFY2(m_calculator->calculate(event, term, raw)->end == r->rawEnd, qPrintable(what));
            ++checked;
        }
    }
    QCOMPARE(checked, 2922 * terms.size());
}

QTEST_GUILESS_MAIN(tst_DeadlineCalculator)
#include "tst_deadlinecalculator.moc"
