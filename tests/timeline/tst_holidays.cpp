#include "TimelineFixture.h"
#include "deadline/Holidays.h"

#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace rc::deadline;
using rc::test::isoDate;

class tst_Holidays : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void easterMatchesPublishedDates_data();
    void easterMatchesPublishedDates();
    void easterExtremes();
    void statutoryHolidaysPerYear_data();
    void statutoryHolidaysPerYear();
    void kingsDayMovesToSaturdayWhenThe27thIsASunday_data();
    void kingsDayMovesToSaturdayWhenThe27thIsASunday();
    void fifthOfMayEveryYear();
    void twoHolidaysOnOneDay();
    void holidaysOnFindsExactlyTheStatutoryDays();
    void weekendsAreNonWorkingDays();
    void equatedDaysComeFromData();
    void unsupportedYears();
};

void tst_Holidays::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Holidays::easterMatchesPublishedDates_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("easter");
    // Published Easter Sundays (e.g. any church or government calendar).
    QTest::newRow("2024") << 2024 << QDate(2024, 3, 31);
    QTest::newRow("2025") << 2025 << QDate(2025, 4, 20);
    QTest::newRow("2026") << 2026 << QDate(2026, 4, 5);
    QTest::newRow("2027") << 2027 << QDate(2027, 3, 28);
    QTest::newRow("2028") << 2028 << QDate(2028, 4, 16);
    QTest::newRow("2029") << 2029 << QDate(2029, 4, 1);
    QTest::newRow("2030") << 2030 << QDate(2030, 4, 21);
    QTest::newRow("2031") << 2031 << QDate(2031, 4, 13);
}

void tst_Holidays::easterMatchesPublishedDates()
{
    QFETCH(int, year);
    QFETCH(QDate, easter);
    QCOMPARE(Holidays::easterSunday(year), easter);
    QCOMPARE(Holidays::easterSunday(year).dayOfWeek(), int(Qt::Sunday));
}

void tst_Holidays::easterExtremes()
{
    // The latest possible Easter (25 April) in 2038, the earliest (22 March) in 2285.
    QCOMPARE(Holidays::easterSunday(2038), QDate(2038, 4, 25));
    QCOMPARE(Holidays::easterSunday(2285), QDate(2285, 3, 22));
    // Every year: a Sunday between 22 March and 25 April.
    for (int year = Holidays::FirstYear; year <= 3000; ++year) {
        const QDate easter = Holidays::easterSunday(year);
        QVERIFY2(easter.dayOfWeek() == Qt::Sunday, qPrintable(easter.toString(Qt::ISODate)));
        QVERIFY2(easter >= QDate(year, 3, 22) && easter <= QDate(year, 4, 25),
                 qPrintable(easter.toString(Qt::ISODate)));
    }
}

void tst_Holidays::statutoryHolidaysPerYear_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QStringList>("expected");
    // Good Friday = Easter - 2, Easter Monday = Easter + 1, Ascension = Easter + 39, Whit Monday =
    // Easter + 50; King's Day 27 April (26 April when the 27th is a Sunday: 2025, 2031).
    auto row = [](int year, const char *goodFriday, const char *easterMonday, const char *kingsDay,
                  const char *ascension, const char *whitMonday) {
        const QString y = QString::number(year);
        QStringList list {
            y + QStringLiteral("-01-01 New Year's Day"),
            QLatin1String(goodFriday) + QStringLiteral(" Good Friday"),
            QLatin1String(easterMonday) + QStringLiteral(" Easter Monday"),
            QLatin1String(kingsDay) + QStringLiteral(" King's Day"),
            y + QStringLiteral("-05-05 Liberation Day (5 May)"),
            QLatin1String(ascension) + QStringLiteral(" Ascension Day"),
            QLatin1String(whitMonday) + QStringLiteral(" Whit Monday"),
            y + QStringLiteral("-12-25 Christmas Day"),
            y + QStringLiteral("-12-26 Second Day of Christmas"),
        };
        std::sort(list.begin(), list.end());
        QTest::newRow(qPrintable(y)) << year << list;
    };
    row(2024, "2024-03-29", "2024-04-01", "2024-04-27", "2024-05-09", "2024-05-20");
    row(2025, "2025-04-18", "2025-04-21", "2025-04-26", "2025-05-29", "2025-06-09");
    row(2026, "2026-04-03", "2026-04-06", "2026-04-27", "2026-05-14", "2026-05-25");
    row(2027, "2027-03-26", "2027-03-29", "2027-04-27", "2027-05-06", "2027-05-17");
    row(2028, "2028-04-14", "2028-04-17", "2028-04-27", "2028-05-25", "2028-06-05");
    row(2029, "2029-03-30", "2029-04-02", "2029-04-27", "2029-05-10", "2029-05-21");
    row(2030, "2030-04-19", "2030-04-22", "2030-04-27", "2030-05-30", "2030-06-10");
    row(2031, "2031-04-11", "2031-04-14", "2031-04-26", "2031-05-22", "2031-06-02");
}

void tst_Holidays::statutoryHolidaysPerYear()
{
    QFETCH(int, year);
    QFETCH(QStringList, expected);
    QStringList actual;
    const QList<Holiday> holidays = Holidays::statutory(year);
    for (const Holiday &h : holidays) {
        actual.append(h.date.toString(Qt::ISODate) + QLatin1Char(' ') + h.name);
        QCOMPARE(h.kind,
                 h.name == QLatin1String("Good Friday") ? HolidayKind::GoodFriday : HolidayKind::Statutory);
    }
    QCOMPARE(actual, expected); // sorted by date, which the ISO prefix makes the string order
    const HolidayCalendar calendar;
    QCOMPARE(calendar.holidaysIn(year).size(), holidays.size());
}

void tst_Holidays::kingsDayMovesToSaturdayWhenThe27thIsASunday_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("kingsDay");
    QTest::newRow("2014: 27th a Sunday") << 2014 << QDate(2014, 4, 26);
    QTest::newRow("2024: Saturday") << 2024 << QDate(2024, 4, 27);
    QTest::newRow("2025: 27th a Sunday") << 2025 << QDate(2025, 4, 26);
    QTest::newRow("2026: Monday") << 2026 << QDate(2026, 4, 27);
    QTest::newRow("2031: 27th a Sunday") << 2031 << QDate(2031, 4, 26);
}

void tst_Holidays::kingsDayMovesToSaturdayWhenThe27thIsASunday()
{
    QFETCH(int, year);
    QFETCH(QDate, kingsDay);
    QCOMPARE(Holidays::kingsDay(year), kingsDay);
    const HolidayCalendar calendar;
    QCOMPARE(calendar.holidaysOn(kingsDay).size(), 1);
    QCOMPARE(calendar.holidaysOn(kingsDay).constFirst().name, QStringLiteral("King's Day"));
    if (kingsDay.day() == 26) {
        QCOMPARE(QDate(year, 4, 27).dayOfWeek(), int(Qt::Sunday));
        QVERIFY(!calendar.isHoliday(QDate(year, 4, 27)));
    } else {
        QVERIFY(!calendar.isHoliday(QDate(year, 4, 26)));
    }
}

void tst_Holidays::fifthOfMayEveryYear()
{
    // Atw art. 3(1) names "de vijfde mei" without a condition: a holiday for deadlines every year.
    const HolidayCalendar calendar;
    for (int year = 2014; year <= 2100; ++year)
        QVERIFY2(calendar.isHoliday(QDate(year, 5, 5)), qPrintable(QString::number(year)));
}

void tst_Holidays::twoHolidaysOnOneDay()
{
    // 2016: Easter 27 March, so Ascension Day (Easter + 39) fell on 5 May.
    const HolidayCalendar calendar;
    const QList<Holiday> both = calendar.holidaysOn(QDate(2016, 5, 5));
    QCOMPARE(both.size(), 2);
    QStringList names { both.at(0).name, both.at(1).name };
    names.sort();
    QCOMPARE(names,
             QStringList({ QStringLiteral("Ascension Day"), QStringLiteral("Liberation Day (5 May)") }));
}

void tst_Holidays::holidaysOnFindsExactlyTheStatutoryDays()
{
    // holidaysOn() skips most days without computing Easter: check it against statutory() for every day.
    const HolidayCalendar calendar;
    for (int year = Holidays::FirstYear; year <= 2100; ++year) {
        QSet<QDate> expected;
        for (const Holiday &h : Holidays::statutory(year))
            expected.insert(h.date);
        for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1))
            QVERIFY2(calendar.isHoliday(d) == expected.contains(d), qPrintable(d.toString(Qt::ISODate)));
    }
}

void tst_Holidays::weekendsAreNonWorkingDays()
{
    const HolidayCalendar calendar;
    QVERIFY(calendar.isNonWorkingDay(isoDate("2026-12-05"))); // Saturday
    QVERIFY(calendar.isNonWorkingDay(isoDate("2026-12-06"))); // Sunday
    QVERIFY(!calendar.isNonWorkingDay(isoDate("2026-12-07"))); // Monday
    QVERIFY(calendar.isNonWorkingDay(isoDate("2026-12-25"))); // Christmas Day, a Friday
    QVERIFY(!calendar.isNonWorkingDay(isoDate("2026-12-24"))); // Christmas Eve is no holiday
    QVERIFY(!calendar.isNonWorkingDay(isoDate("2026-12-31"))); // nor New Year's Eve
}

void tst_Holidays::equatedDaysComeFromData()
{
    QString error;
    const std::optional<HolidayCalendar> calendar
        = HolidayCalendar::loadFile(rc::test::shippedEquatedDaysFile(), &error);
    QVERIFY2(calendar, qPrintable(error));
    // Friday after Ascension Day 2026: equated by decree, not by the law itself.
    const QList<Holiday> friday = calendar->holidaysOn(isoDate("2026-05-15"));
    QCOMPARE(friday.size(), 1);
    QCOMPARE(friday.constFirst().kind, HolidayKind::Equated);
    QVERIFY(friday.constFirst().source.startsWith(QLatin1String("https://")));
    QVERIFY(!HolidayCalendar().isHoliday(isoDate("2026-05-15")));
    // No decree for 2029 was found, so the Friday after Ascension Day 2029 is an ordinary day.
    QVERIFY(!calendar->isHoliday(isoDate("2029-05-11")));
    // Every shipped day has a name and an https source, and holidaysIn() lists it.
    for (const EquatedDay &day : calendar->equatedDays()) {
        QVERIFY(!day.name.isEmpty());
        QVERIFY(day.source.startsWith(QLatin1String("https://")));
        bool listed = false;
        for (const Holiday &h : calendar->holidaysIn(day.date.year()))
            listed = listed || (h.date == day.date && h.kind == HolidayKind::Equated);
        QVERIFY2(listed, qPrintable(day.date.toString(Qt::ISODate)));
    }
}

void tst_Holidays::unsupportedYears()
{
    QVERIFY(!Holidays::easterSunday(2013).isValid());
    QVERIFY(Holidays::statutory(2013).isEmpty());
    QVERIFY(!Holidays::kingsDay(10000).isValid());
    QVERIFY(HolidayCalendar().holidaysOn(QDate()).isEmpty());
}

QTEST_GUILESS_MAIN(tst_Holidays)
#include "tst_holidays.moc"
