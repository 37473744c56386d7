#include "i18n/CalendarFormat.h"

#include <QRegularExpression>
#include <QTest>

using namespace rc::i18n;

namespace {

QDate iso(const char *text)
{
    return QDate::fromString(QString::fromLatin1(text), Qt::ISODate);
}

CalendarDate persian(int year, int month, int day)
{
    return { 1, year, month, day };
}

CalendarDate ethiopic(int year, int month, int day)
{
    return { 1, year, month, day }; // era 1: Amete Mihret
}

} // namespace

class TestCalendarFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Solar Hijri: months 1-6 have 31 days, 7-11 have 30, Esfand 29 (30 in a leap year). The year starts
    // at Nowruz, the March equinox.
    void persianKnownDates_data()
    {
        QTest::addColumn<QDate>("gregorian");
        QTest::addColumn<CalendarDate>("expected");
        QTest::newRow("Nowruz 1405") << iso("2026-03-21") << persian(1405, 1, 1);
        QTest::newRow("last day of 1404 (Esfand has 29 days)") << iso("2026-03-20") << persian(1404, 12, 29);
        // 1403 was a leap year: Esfand 30, and Nowruz 1404 on 21 March 2025.
        QTest::newRow("30 Esfand 1403") << iso("2025-03-20") << persian(1403, 12, 30);
        QTest::newRow("Nowruz 1404") << iso("2025-03-21") << persian(1404, 1, 1);
        // By hand: from 21 March to 3 December 2026 are 10 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 3
        // = 257 days, so 3 December is day 258 of 1405. Farvardin to Shahrivar (6 x 31) and Mehr, Aban
        // (2 x 30) are 246 days; 258 - 246 = 12: the 12th of the ninth month, Azar.
        QTest::newRow("12 Azar 1405") << iso("2026-12-03") << persian(1405, 9, 12);
        QTest::newRow("1 Mehr 1405 (first 30-day month)") << iso("2026-09-23") << persian(1405, 7, 1);
    }
    void persianKnownDates()
    {
        QFETCH(QDate, gregorian);
        QFETCH(CalendarDate, expected);
        const auto got = toCalendar(gregorian, Calendar::Persian);
        QVERIFY(got);
        QCOMPARE(got->year, expected.year);
        QCOMPARE(got->month, expected.month);
        QCOMPARE(got->day, expected.day);
    }

    // Ethiopian calendar: twelve months of 30 days and Pagume of 5, or 6 in a year before a Gregorian
    // leap year (E.C. year % 4 == 3). New Year (1 Meskerem) is 11 September, or 12 September after
    // Pagume 6.
    void ethiopicKnownDates_data()
    {
        QTest::addColumn<QDate>("gregorian");
        QTest::addColumn<CalendarDate>("expected");
        QTest::newRow("New Year 2019 E.C.") << iso("2026-09-11") << ethiopic(2019, 1, 1);
        QTest::newRow("Pagume 5 2018 (not a leap year)") << iso("2026-09-10") << ethiopic(2018, 13, 5);
        QTest::newRow("Pagume 6 2019 (leap year)") << iso("2027-09-11") << ethiopic(2019, 13, 6);
        QTest::newRow("New Year 2020 E.C. after the leap year") << iso("2027-09-12") << ethiopic(2020, 1, 1);
        QTest::newRow("Genna (Christmas) 2018") << iso("2026-01-07") << ethiopic(2018, 4, 29);
    }
    void ethiopicKnownDates()
    {
        QFETCH(QDate, gregorian);
        QFETCH(CalendarDate, expected);
        const auto got = toCalendar(gregorian, Calendar::Ethiopic);
        QVERIFY(got);
        QCOMPARE(got->era, expected.era);
        QCOMPARE(got->year, expected.year);
        QCOMPARE(got->month, expected.month);
        QCOMPARE(got->day, expected.day);
    }

    void gregorianIsTheDateItself()
    {
        const auto got = toCalendar(iso("2026-12-03"), Calendar::Gregorian);
        QVERIFY(got);
        QCOMPARE(got->year, 2026);
        QCOMPARE(got->month, 12);
        QCOMPARE(got->day, 3);
    }

    void formatsInTheReadersLanguage_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<Calendar>("calendar");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        // Farsi in Persian digits, as QLocale writes Farsi numbers too.
        QTest::newRow("fa Solar Hijri") << iso("2026-12-03") << Calendar::Persian << QStringLiteral("fa")
                                        << QStringLiteral("۱۲ آذر ۱۴۰۵");
        QTest::newRow("fa Nowruz") << iso("2026-03-21") << Calendar::Persian << QStringLiteral("fa")
                                   << QStringLiteral("۱ فروردین ۱۴۰۵");
        // Dari: the month names used in Afghanistan (Qaws for Azar).
        QTest::newRow("prs Solar Hijri") << iso("2026-12-03") << Calendar::Persian << QStringLiteral("prs")
                                         << QStringLiteral("۱۲ قوس ۱۴۰۵");
        QTest::newRow("fa Gregorian") << iso("2026-12-03") << Calendar::Gregorian << QStringLiteral("fa")
                                      << QStringLiteral("۳ دسامبر ۲۰۲۶");
        QTest::newRow("en Solar Hijri") << iso("2026-12-03") << Calendar::Persian << QStringLiteral("en")
                                        << QStringLiteral("Azar 12, 1405 AP");
        // Tigrinya: our month and era names (ICU 72 would write "Meskerem" and "ERA1").
        QTest::newRow("ti Ethiopian New Year") << iso("2026-09-11") << Calendar::Ethiopic
                                               << QStringLiteral("ti") << QStringLiteral("1 መስከረም 2019 ዓ/ም");
        QTest::newRow("ti Pagume 6") << iso("2027-09-11") << Calendar::Ethiopic << QStringLiteral("ti")
                                     << QStringLiteral("6 ጳጉሜን 2019 ዓ/ም");
        QTest::newRow("ti Gregorian") << iso("2026-12-03") << Calendar::Gregorian << QStringLiteral("ti")
                                      << QStringLiteral("3 ታሕሳስ 2026");
        QTest::newRow("nl Gregorian") << iso("2026-12-03") << Calendar::Gregorian << QStringLiteral("nl")
                                      << QStringLiteral("3 december 2026");
        // English has no Ethiopic era name in ICU 72: the placeholder is left out, not shown.
        QTest::newRow("en Ethiopian") << iso("2026-09-11") << Calendar::Ethiopic << QStringLiteral("en")
                                      << QStringLiteral("Meskerem 1, 2019");
    }
    void formatsInTheReadersLanguage()
    {
        QFETCH(QDate, date);
        QFETCH(Calendar, calendar);
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QCOMPARE(formatDate(date, calendar, language), expected);
    }

    // Every Tigrinya date in the Ethiopian calendar is in Ge'ez script: no Latin fallback, no "M01".
    void tigrinyaHasNoFallbackNames()
    {
        const QStringList months = monthNames(Calendar::Ethiopic, u"ti");
        QCOMPARE(months.size(), 13);
        QCOMPARE(months.first(), QStringLiteral("መስከረም"));
        QCOMPARE(months.last(), QStringLiteral("ጳጉሜን"));
        // The Gregorian month names ICU has for Tigrinya are the same words (September is መስከረም).
        const QStringList gregorian = monthNames(Calendar::Gregorian, u"ti");
        QCOMPARE(gregorian.size(), 12);
        for (int month = 1; month <= 12; ++month)
            QCOMPARE(months.at(month - 1), gregorian.at((month + 7) % 12));

        static const QRegularExpression latin(QStringLiteral("[A-Za-z]"));
        QDate day = iso("2026-09-11");
        for (int i = 0; i < 366; ++i, day = day.addDays(1)) {
            const QString text = formatDate(day, Calendar::Ethiopic, u"ti");
            QVERIFY2(!text.isEmpty(), qPrintable(day.toString(Qt::ISODate)));
            QVERIFY2(!latin.match(text).hasMatch(),
                     qPrintable(day.toString(Qt::ISODate) + QLatin1Char(' ') + text));
        }
    }

    void bothDatesForWhatMatters()
    {
        QCOMPARE(formatWithGregorian(iso("2026-12-03"), Calendar::Persian, u"en"),
                 QStringLiteral("Azar 12, 1405 AP (December 3, 2026)"));
        QCOMPARE(formatWithGregorian(iso("2026-12-03"), Calendar::Persian, u"fa"),
                 QStringLiteral("۱۲ آذر ۱۴۰۵ (۳ دسامبر ۲۰۲۶)"));
        QCOMPARE(formatWithGregorian(iso("2026-09-11"), Calendar::Ethiopic, u"ti"),
                 QStringLiteral("1 መስከረም 2019 ዓ/ም (11 መስከረም 2026)"));
        // Gregorian chosen: once, not twice.
        QCOMPARE(formatWithGregorian(iso("2026-12-03"), Calendar::Gregorian, u"nl"),
                 QStringLiteral("3 december 2026"));
    }

    void offersTheCalendarsOfTheLanguage()
    {
        QCOMPARE(defaultCalendarFor(u"fa"), Calendar::Persian);
        QCOMPARE(defaultCalendarFor(u"prs"), Calendar::Persian);
        QCOMPARE(calendarsFor(u"fa"), QList<Calendar>({ Calendar::Persian, Calendar::Gregorian }));
        // Eritrea's civil calendar is Gregorian: the Ethiopian one is offered, not forced.
        QCOMPARE(defaultCalendarFor(u"ti"), Calendar::Gregorian);
        QCOMPARE(calendarsFor(u"ti"), QList<Calendar>({ Calendar::Gregorian, Calendar::Ethiopic }));
        for (const char16_t *language :
             { u"en", u"nl", u"ar", u"ps", u"tr", u"ckb", u"so", u"uk", u"fr", u"xx" })
            QCOMPARE(calendarsFor(language), QList<Calendar>({ Calendar::Gregorian }));
        QCOMPARE(icuLocaleFor(u"prs"), QStringLiteral("fa_AF"));
    }

    void calendarIdsRoundTrip()
    {
        for (const Calendar calendar : { Calendar::Gregorian, Calendar::Persian, Calendar::Ethiopic })
            QCOMPARE(calendarFromId(calendarId(calendar)), std::optional<Calendar>(calendar));
        for (const QString &bad : { QString(), QStringLiteral("Persian"), QStringLiteral("islamic"),
                                    QStringLiteral("persian "), QString(100000, QLatin1Char('p')) })
            QVERIFY2(!calendarFromId(bad), qPrintable(bad.left(20)));
    }

    // Dates and language codes from damaged settings or content: nothing is made up, nothing crashes.
    void badInput()
    {
        QVERIFY(formatDate(QDate(), Calendar::Persian, u"fa").isEmpty());
        QVERIFY(formatWithGregorian(QDate(), Calendar::Persian, u"fa").isEmpty());
        QVERIFY(!toCalendar(QDate(), Calendar::Ethiopic));
        QVERIFY(formatDate(QDate(-4000, 1, 1), Calendar::Gregorian, u"en").isEmpty());
        QVERIFY(formatDate(QDate(2'000'000, 1, 1), Calendar::Persian, u"fa").isEmpty());
        QVERIFY(!toCalendar(QDate(10000, 1, 1), Calendar::Persian));
        QVERIFY(!formatDate(QDate(MaxYear, 12, 31), Calendar::Ethiopic, u"ti").isEmpty());
        QVERIFY(!formatDate(QDate(MinYear, 1, 1), Calendar::Persian, u"fa").isEmpty());

        // A language code cannot smuggle ICU keywords in: "fa@calendar=gregorian" is not Farsi in the
        // Gregorian calendar, just an unknown language (root locale, still a date).
        QCOMPARE(icuLocaleFor(u"fa@calendar=gregorian"), QString());
        QCOMPARE(icuLocaleFor(u"../../etc/passwd"), QString());
        const QString hostile = QString(50000, QChar(0x202E)) + QStringLiteral("@calendar=gregorian;x=y");
        QVERIFY(icuLocaleFor(hostile).isEmpty());
        const auto persianDay = toCalendar(iso("2026-12-03"), Calendar::Persian);
        QVERIFY(persianDay);
        const QString text = formatDate(iso("2026-12-03"), Calendar::Persian, hostile);
        QVERIFY(text.contains(QLatin1String("1405")));
        QVERIFY(!formatDate(iso("2026-12-03"), Calendar::Ethiopic, u"zz_ZZ").isEmpty());
        QVERIFY(!formatDate(iso("2026-12-03"), Calendar::Gregorian, u"").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCalendarFormat)
#include "tst_calendarformat.moc"
