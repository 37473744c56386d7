#include "contacts/OpeningHours.h"

#include <QRandomGenerator>
#include <QTest>

#include <cstdlib>
#include <ctime>
#include <iterator>

using namespace rc::contacts;
using rc::deadline::EquatedDay;
using rc::deadline::HolidayCalendar;

Q_DECLARE_METATYPE(OpenState)

namespace {

QTimeZone amsterdam()
{
    return OpeningHours::timeZone();
}

// A wall-clock time in Amsterdam that exists once (for the repeated and missing hours use utc()).
QDateTime ams(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), amsterdam());
}

QDateTime utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

// "2026-03-29 03:30 +02": the wall clock and the offset, so a test sees which side of a change it is on.
QString wall(const QDateTime &moment)
{
    if (!moment.isValid())
        return {};
    const int offset = moment.offsetFromUtc();
    return moment.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
        + QStringLiteral(" %1%2")
              .arg(QChar(offset < 0 ? u'-' : u'+'))
              .arg(std::abs(offset) / 3600, 2, 10, QLatin1Char('0'));
}

OpeningHours parsed(const QString &text)
{
    HoursError error;
    const std::optional<OpeningHours> hours = OpeningHours::parse(text, &error);
    if (!hours)
        qFatal("test hours '%s' do not parse: %s (column %d)", qPrintable(text), qPrintable(error.message),
               error.column);
    return *hours;
}

// The parsed week as text: "Mo 09:00-17:00 | Fr 22:00-26:00" (an end past midnight counts on).
QString dump(const OpeningHours &hours)
{
    if (hours.isAlwaysOpen())
        return QStringLiteral("24/7");
    static const char *const names[] = { "Mo", "Tu", "We", "Th", "Fr", "Sa", "Su" };
    QStringList days;
    for (int day = 1; day <= 7; ++day) {
        QStringList ranges;
        for (const TimeRange &range : hours.rangesOn(day))
            ranges.append(QStringLiteral("%1:%2-%3:%4")
                              .arg(range.start / 60, 2, 10, QLatin1Char('0'))
                              .arg(range.start % 60, 2, 10, QLatin1Char('0'))
                              .arg(range.end / 60, 2, 10, QLatin1Char('0'))
                              .arg(range.end % 60, 2, 10, QLatin1Char('0')));
        if (!ranges.isEmpty())
            days.append(QLatin1String(names[day - 1]) + u' ' + ranges.join(u','));
    }
    return days.join(QStringLiteral(" | "));
}

const QLocale English(QLocale::English, QLocale::UnitedKingdom);

} // namespace

class tst_OpeningHours : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void parsesValidHours_data();
    void parsesValidHours();
    void rejectsMalformedHours_data();
    void rejectsMalformedHours();
    void lengthLimitIsExact();
    void errorColumnsStartAtFirstColumn();
    void closedOnLine_data();
    void closedOnLine();

    void status_data();
    void status();
    void sameAnswerWhateverTheInstantsZone_data();
    void sameAnswerWhateverTheInstantsZone();
    void sameAnswerWhateverTheDeviceZone_data();
    void sameAnswerWhateverTheDeviceZone();
    void todayAndTomorrowAreAmsterdamDays();
    void randomInputNeverCrashes();
    void equatedDaysFromTheCalendarClose();
    void unknownWithoutZoneOrInstant();
    void descriptionUsesTheLocale();

private:
    QByteArray m_savedTz;
    bool m_hadTz = false;
};

void tst_OpeningHours::initTestCase()
{
    QVERIFY2(amsterdam().isValid(), "the time zone database lacks Europe/Amsterdam");
    // Run everything on a device far from Amsterdam: nothing may depend on the device's zone.
    m_hadTz = qEnvironmentVariableIsSet("TZ");
    m_savedTz = qgetenv("TZ");
    qputenv("TZ", "America/New_York");
    tzset();
}

void tst_OpeningHours::cleanupTestCase()
{
    if (m_hadTz)
        qputenv("TZ", m_savedTz);
    else
        qunsetenv("TZ");
    tzset();
}

void tst_OpeningHours::parsesValidHours_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("week");
    const QString weekdays
        = QStringLiteral("Mo 09:00-17:00 | Tu 09:00-17:00 | We 09:00-17:00 | Th 09:00-17:00 | "
                         "Fr 09:00-17:00");
    QTest::newRow("office") << "Mo-Fr 09:00-17:00; Sa 10:00-12:30; Su closed"
                            << weekdays + QStringLiteral(" | Sa 10:00-12:30");
    QTest::newRow("afternoons") << "Mo-Fr 13:00-15:00"
                                << "Mo 13:00-15:00 | Tu 13:00-15:00 | We 13:00-15:00 | Th 13:00-15:00 | "
                                   "Fr 13:00-15:00";
    QTest::newRow("24/7") << "24/7"
                          << "24/7";
    QTest::newRow("overnight") << "Fr 22:00-02:00"
                               << "Fr 22:00-26:00";
    QTest::newRow("until midnight as 00:00") << "Fr 22:00-00:00"
                                             << "Fr 22:00-24:00";
    QTest::newRow("whole day") << "Mo 00:00-24:00"
                               << "Mo 00:00-24:00";
    QTest::newRow("two ranges, sorted") << "Mo 13:00-17:00,09:00-12:00"
                                        << "Mo 09:00-12:00,13:00-17:00";
    QTest::newRow("space after comma") << "Mo 09:00-12:00, 13:00-17:00"
                                       << "Mo 09:00-12:00,13:00-17:00";
    QTest::newRow("day list") << "Mo, We,Fr 08:00-09:00"
                              << "Mo 08:00-09:00 | We 08:00-09:00 | Fr 08:00-09:00";
    QTest::newRow("range wraps the week") << "Sa-Mo 10:00-11:00"
                                          << "Mo 10:00-11:00 | Sa 10:00-11:00 | Su 10:00-11:00";
    QTest::newRow("spaces around rules") << "  Mo 00:00-24:00 ;  Tu 22:00-00:00  "
                                         << "Mo 00:00-24:00 | Tu 22:00-24:00";
    QTest::newRow("off like OpenStreetMap") << "Mo-Fr 10:00-11:00; Sa,Su off"
                                            << "Mo 10:00-11:00 | Tu 10:00-11:00 | We 10:00-11:00 | "
                                               "Th 10:00-11:00 | Fr 10:00-11:00";
    QTest::newRow("all closed") << "Mo-Su closed" << QString();
    QTest::newRow("touching ranges") << "Mo 09:00-12:00,12:00-13:00"
                                     << "Mo 09:00-12:00,12:00-13:00";
    QTest::newRow("touching across the week") << "Su 22:00-06:00; Mo 06:00-08:00"
                                              << "Mo 06:00-08:00 | Su 22:00-30:00";
    QTest::newRow("almost a whole day overnight") << "Mo,Tu 10:00-09:00"
                                                  << "Mo 10:00-33:00 | Tu 10:00-33:00";
}

void tst_OpeningHours::parsesValidHours()
{
    QFETCH(QString, text);
    QFETCH(QString, week);
    HoursError error;
    const std::optional<OpeningHours> hours = OpeningHours::parse(text, &error);
    QVERIFY2(hours, qPrintable(QStringLiteral("%1 (column %2)").arg(error.message).arg(error.column)));
    QCOMPARE(dump(*hours), week);
    QCOMPARE(hours->isNeverOpen(), week.isEmpty());
}

void tst_OpeningHours::rejectsMalformedHours_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("column");
    const QString missingTimes
        = QStringLiteral("missing times after the days: write them as in 09:00-17:00, or write 'closed'");
    const QString unexpected = QStringLiteral("unexpected character %1: write the hours with plain letters, "
                                              "digits and - : , ; as in Mo-Fr 09:00-17:00");

    QTest::newRow("empty") << ""
                           << "no hours given: write them as in Mo-Fr 09:00-17:00, or 24/7" << 1;
    QTest::newRow("only spaces") << "   "
                                 << "no hours given: write them as in Mo-Fr 09:00-17:00, or 24/7" << 4;
    QTest::newRow("English day names") << "Mon-Fri 09:00-17:00"
                                       << "unknown day 'Mon': write Mo, Tu, We, Th, Fr, Sa or Su" << 1;
    QTest::newRow("lower case") << "mo-fr 09:00-17:00"
                                << "unknown day 'mo': write Mo, Tu, We, Th, Fr, Sa or Su" << 1;
    QTest::newRow("bad second day") << "Mo-Xy 09:00-17:00"
                                    << "unknown day 'Xy': write Mo, Tu, We, Th, Fr, Sa or Su" << 4;
    QTest::newRow("Dutch day") << "Ma-Vr 09:00-17:00"
                               << "unknown day 'Ma': write Mo, Tu, We, Th, Fr, Sa or Su" << 1;
    QTest::newRow("one-day range") << "Mo-Mo 09:00-17:00"
                                   << "the day range Mo-Mo has one day: write just Mo" << 1;
    QTest::newRow("day given twice") << "Mo-Fr 09:00-17:00; We 10:00-12:00"
                                     << "We is already given at column 1: give each day once" << 20;
    QTest::newRow("day twice in a list") << "Mo,Mo 09:00-10:00"
                                         << "Mo is already given at column 1: give each day once" << 4;
    QTest::newRow("day twice through a wrapping range")
        << "Mo-Fr 09:00-17:00; Sa-Mo closed"
        << "Mo is already given at column 1: give each day once" << 20;
    QTest::newRow("one-digit hour") << "Mo 9:00-17:00"
                                    << "write the hour with two digits, as in 09:00" << 4;
    QTest::newRow("dot") << "Mo 09.00-17.00"
                         << "write times with ':', as in 09:00" << 6;
    QTest::newRow("no colon") << "Mo 0900-1700"
                              << "expected a time written HH:MM (as 09:00)" << 4;
    QTest::newRow("three-digit minutes") << "Mo 09:00-17:000"
                                         << "expected a time written HH:MM (as 09:00)" << 10;
    QTest::newRow("hour 25") << "Mo 25:00-26:00"
                             << "hour 25 does not exist: hours go from 00 to 24" << 4;
    QTest::newRow("minute 60") << "Mo 09:60-17:00"
                               << "minute 60 does not exist: minutes go from 00 to 59" << 7;
    QTest::newRow("starts at 24:00") << "Mo 24:00-02:00"
                                     << "a range cannot start at 24:00: write 00:00 on the next day" << 4;
    QTest::newRow("24:30")
        << "Mo 22:00-24:30"
        << "24:30 does not exist: the latest time is 24:00 (midnight at the end of the day)" << 10;
    QTest::newRow("end equals start")
        << "Mo 09:00-09:00"
        << "the range 09:00-09:00 is empty: for a whole day write 00:00-24:00" << 4;
    QTest::newRow("midnight to midnight")
        << "Mo 00:00-00:00"
        << "the range 00:00-00:00 is empty: for a whole day write 00:00-24:00" << 4;
    QTest::newRow("overlap on one day") << "Mo 09:00-12:00,11:00-13:00"
                                        << "Mo 11:00-13:00 overlaps Mo 09:00-12:00 (column 4)" << 16;
    QTest::newRow("overlap past midnight") << "Fr 22:00-02:00; Sa 01:00-05:00"
                                           << "Sa 01:00-05:00 overlaps Fr 22:00-02:00 (column 4)" << 20;
    QTest::newRow("overlap past the end of the week")
        << "Su 23:00-01:00; Mo 00:30-08:00"
        << "Mo 00:30-08:00 overlaps Su 23:00-01:00 (column 4)" << 20;
    QTest::newRow("overlap inside one rule") << "Mo-Fr 22:00-09:00,08:00-10:00"
                                             << "Tu 08:00-10:00 overlaps Mo 22:00-09:00 (column 7)" << 19;
    QTest::newRow("spaces in a range") << "Mo 09:00 - 17:00"
                                       << "no spaces inside a time range: write it as 09:00-17:00" << 9;
    QTest::newRow("space after the dash") << "Mo 09:00- 17:00"
                                          << "no spaces inside a time range: write it as 09:00-17:00" << 10;
    QTest::newRow("truncated range") << "Mo 09:00-"
                                     << "expected a time written HH:MM (as 09:00), found the end of the line"
                                     << 10;
    QTest::newRow("truncated time") << "Mo 09:0"
                                    << "expected a time written HH:MM (as 09:00)" << 4;
    QTest::newRow("no end") << "Mo 09:00"
                            << "expected '-' and a closing time after 09:00, found the end of the line" << 9;
    QTest::newRow("open end") << "Mo 10:00+"
                              << "open ends ('+') are not supported: give a closing time" << 9;
    QTest::newRow("only a day") << "Mo" << missingTimes << 3;
    QTest::newRow("day and space") << "Mo " << missingTimes << 4;
    QTest::newRow("only a day range") << "Mo-Fr" << missingTimes << 6;
    QTest::newRow("trailing semicolon") << "Mo 09:00-17:00;"
                                        << "nothing follows ';': remove it or add a rule" << 15;
    QTest::newRow("empty rule") << "Mo 09:00-17:00; ; Tu 10:00-11:00"
                                << "expected a day (Mo, Tu, We, Th, Fr, Sa or Su), found ';'" << 17;
    QTest::newRow("comma between rules")
        << "Mo 09:00-17:00, Tu 10:00-11:00"
        << "expected a time after ',', found 'T' (separate rules with ';')" << 17;
    QTest::newRow("no separator") << "Mo 09:00-17:00 Tu 10:00-11:00"
                                  << "expected ';' between rules, found 'T'" << 16;
    QTest::newRow("seconds") << "Mo 09:00-17:00:00"
                             << "expected ';' between rules, found ':'" << 15;
    QTest::newRow("semicolon after a day") << "Mo;Tu 09:00-10:00"
                                           << "expected ',', '-' or a space after a day, found ';'" << 3;
    QTest::newRow("24/7 after a rule") << "Mo-Fr 09:00-17:00; 24/7"
                                       << "24/7 must be the only rule: it already covers every day" << 20;
    QTest::newRow("rule after 24/7") << "24/7; Mo 09:00-17:00"
                                     << "24/7 must be the only rule: remove what follows it" << 5;
    QTest::newRow("PH")
        << "PH off"
        << "public holidays do not go in the hours: add a separate line 'closed: holidays' to close "
           "on them"
        << 1;
    QTest::newRow("PH after a rule")
        << "Mo-Fr 09:00-17:00; PH off"
        << "public holidays do not go in the hours: add a separate line 'closed: "
           "holidays' to close on them"
        << 20;
    QTest::newRow("SH") << "SH off"
                        << "school holidays are not supported: give the usual weekly hours" << 1;
    QTest::newRow("word instead of times")
        << "Mo open"
        << "expected times (as in 09:00-17:00) or 'closed', found 'open'" << 4;
    QTest::newRow("digits first") << "09:00-17:00"
                                  << "expected a day (Mo, Tu, We, Th, Fr, Sa or Su), found '0'" << 1;
    QTest::newRow("markup") << "<script>alert(1)</script>"
                            << "expected a day (Mo, Tu, We, Th, Fr, Sa or Su), found '<'" << 1;
    QTest::newRow("en dash") << QStringLiteral("Mo 09:00\u201317:00")
                             << "write a plain hyphen '-' instead of the dash U+2013" << 9;
    QTest::newRow("no-break space") << QStringLiteral("Mo\u00a009:00-17:00")
                                    << "write a plain space instead of U+00A0" << 3;
    QTest::newRow("tab") << "Mo\t09:00-17:00"
                         << "write a plain space instead of U+0009" << 3;
    QTest::newRow("NUL") << QString::fromUtf16(u"Mo 09:00-17:00\0", 15)
                         << unexpected.arg(QStringLiteral("U+0000")) << 15;
    QTest::newRow("newline") << "Mo 09:00-17:00\nTu 09:00-17:00" << unexpected.arg(QStringLiteral("U+000A"))
                             << 15;
    QTest::newRow("emoji") << QStringLiteral("Mo 09:00-17:00 \U0001F642")
                           << unexpected.arg(QStringLiteral("U+D83D")) << 16;
    QTest::newRow("right-to-left mark")
        << QStringLiteral("\u200FMo 09:00-17:00") << unexpected.arg(QStringLiteral("U+200F")) << 1;
    QTest::newRow("huge")
        << QString(100000, u'M')
        << "the hours are longer than 500 characters: give only the weekly hours, as in Mo-Fr "
           "09:00-17:00"
        << 501;
    QTest::newRow("huge and hostile")
        << QString(1 << 20, QChar(0xFFFF))
        << "the hours are longer than 500 characters: give only the weekly hours, as "
           "in Mo-Fr 09:00-17:00"
        << 501;
}

void tst_OpeningHours::rejectsMalformedHours()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QFETCH(int, column);
    HoursError error;
    const std::optional<OpeningHours> hours = OpeningHours::parse(text, &error);
    QVERIFY2(!hours, qPrintable(QStringLiteral("accepted as: %1").arg(hours ? dump(*hours) : QString())));
    QCOMPARE(error.message, message);
    QCOMPARE(error.column, column);
    // No error out-parameter: still refused, no crash.
    QVERIFY(!OpeningHours::parse(text));
}

void tst_OpeningHours::lengthLimitIsExact()
{
    const QString rule = QStringLiteral("Mo 09:00-10:00");
    const QString longest = rule + QString(OpeningHours::MaxLength - rule.size(), u' ');
    QCOMPARE(longest.size(), OpeningHours::MaxLength);
    QVERIFY(OpeningHours::parse(longest));
    HoursError error;
    QVERIFY(!OpeningHours::parse(longest + u' ', &error));
    QCOMPARE(error.column, OpeningHours::MaxLength + 1);
}

void tst_OpeningHours::errorColumnsStartAtFirstColumn()
{
    // "hours: Mo 9:00-17:00": the value starts in column 8 of its line.
    HoursError error;
    QVERIFY(!OpeningHours::parse(u"Mo 9:00-17:00", &error, 8));
    QCOMPARE(error.column, 11);
}

void tst_OpeningHours::closedOnLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("column");
    QTest::newRow("holidays") << "holidays" << true << QString() << 0;
    QTest::newRow("spaces") << "  holidays  " << true << QString() << 0;
    QTest::newRow("capital")
        << " Holidays" << false
        << "unknown value 'Holidays' for 'closed:': the only value is 'holidays' (give closed "
           "weekdays in the hours, as in Su closed)"
        << 9;
    QTest::newRow("weekday") << "Su" << false
                             << "unknown value 'Su' for 'closed:': the only value is 'holidays' (give closed "
                                "weekdays in the hours, as in Su closed)"
                             << 8;
    QTest::newRow("empty") << "" << false
                           << "nothing after 'closed:': write 'closed: holidays' or remove the line" << 8;
    QTest::newRow("huge")
        << QString(100000, u'x') << false
        << QStringLiteral("unknown value '") + QString(40, u'x')
            + QStringLiteral(
                "' for 'closed:': the only value is 'holidays' (give closed weekdays in the hours, "
                "as in Su closed)")
        << 8;
}

void tst_OpeningHours::closedOnLine()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, message);
    QFETCH(int, column);
    HoursError error;
    const std::optional<OnHolidays> closed = OpeningHours::parseClosedOn(text, &error, 8);
    QCOMPARE(closed.has_value(), valid);
    if (valid) {
        QCOMPARE(*closed, OnHolidays::Closed);
        return;
    }
    QCOMPARE(error.message, message);
    QCOMPARE(error.column, column);
}

void tst_OpeningHours::status_data()
{
    QTest::addColumn<QString>("hours");
    QTest::addColumn<bool>("closedOnHolidays");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<OpenState>("state");
    QTest::addColumn<QString>("moment"); // until (Open) or nextOpening (Closed), as wall() writes it
    QTest::addColumn<QString>("holiday");
    QTest::addColumn<QString>("text");

    const QString office = QStringLiteral("Mo-Fr 09:00-17:00; Sa 10:00-12:30; Su closed");
    const QString weekdays = QStringLiteral("Mo-Fr 09:00-17:00");
    const QString none;

    // An ordinary week (Wednesday 10 June 2026, summer time).
    QTest::newRow("office, open") << office << false << ams(2026, 6, 10, 10, 0) << OpenState::Open
                                  << "2026-06-10 17:00 +02" << none << "Open now, until 17:00";
    QTest::newRow("office, opening minute") << office << false << ams(2026, 6, 10, 9, 0) << OpenState::Open
                                            << "2026-06-10 17:00 +02" << none << "Open now, until 17:00";
    QTest::newRow("office, before") << office << false << ams(2026, 6, 10, 8, 0) << OpenState::Closed
                                    << "2026-06-10 09:00 +02" << none << "Opens today at 09:00";
    QTest::newRow("office, closing minute") << office << false << ams(2026, 6, 10, 17, 0) << OpenState::Closed
                                            << "2026-06-11 09:00 +02" << none << "Opens tomorrow at 09:00";
    QTest::newRow("office, Saturday") << office << false << ams(2026, 6, 13, 11, 0) << OpenState::Open
                                      << "2026-06-13 12:30 +02" << none << "Open now, until 12:30";
    QTest::newRow("office, Saturday afternoon")
        << office << false << ams(2026, 6, 13, 13, 0) << OpenState::Closed << "2026-06-15 09:00 +02" << none
        << "Opens Monday at 09:00";
    QTest::newRow("office, Sunday") << office << false << ams(2026, 6, 14, 11, 0) << OpenState::Closed
                                    << "2026-06-15 09:00 +02" << none << "Opens tomorrow at 09:00";
    QTest::newRow("afternoons, Friday evening")
        << "Mo-Fr 13:00-15:00" << false << ams(2026, 6, 12, 15, 30) << OpenState::Closed
        << "2026-06-15 13:00 +02" << none << "Opens Monday at 13:00";

    // Overnight hours.
    const QString friNight = QStringLiteral("Fr 22:00-02:00");
    QTest::newRow("night, before") << friNight << false << ams(2026, 6, 12, 21, 0) << OpenState::Closed
                                   << "2026-06-12 22:00 +02" << none << "Opens today at 22:00";
    QTest::newRow("night, Friday") << friNight << false << ams(2026, 6, 12, 23, 0) << OpenState::Open
                                   << "2026-06-13 02:00 +02" << none << "Open now, until tomorrow at 02:00";
    QTest::newRow("night, after midnight") << friNight << false << ams(2026, 6, 13, 1, 0) << OpenState::Open
                                           << "2026-06-13 02:00 +02" << none << "Open now, until 02:00";
    QTest::newRow("night, over") << friNight << false << ams(2026, 6, 13, 3, 0) << OpenState::Closed
                                 << "2026-06-19 22:00 +02" << none << "Opens Friday at 22:00";
    QTest::newRow("Sunday night into Monday")
        << "Su 22:00-02:00" << false << ams(2026, 6, 15, 1, 0) << OpenState::Open << "2026-06-15 02:00 +02"
        << none << "Open now, until 02:00";
    QTest::newRow("touching days are one opening")
        << "Mo 00:00-24:00; Tu 00:00-12:00" << false << ams(2026, 6, 15, 10, 0) << OpenState::Open
        << "2026-06-16 12:00 +02" << none << "Open now, until tomorrow at 12:00";
    QTest::newRow("touching ranges are one opening")
        << "Mo 09:00-12:00,12:00-13:00" << false << ams(2026, 6, 15, 11, 0) << OpenState::Open
        << "2026-06-15 13:00 +02" << none << "Open now, until 13:00";
    QTest::newRow("until midnight") << "Mo 18:00-24:00" << false << ams(2026, 6, 15, 20, 0) << OpenState::Open
                                    << "2026-06-16 00:00 +02" << none << "Open now, until midnight";

    // Summer time starts on Sunday 29 March 2026 at 01:00 UTC: 02:00 CET becomes 03:00 CEST.
    const QString satNight = QStringLiteral("Sa 22:00-06:00");
    QTest::newRow("March, night begins")
        << satNight << false << ams(2026, 3, 28, 23, 0) << OpenState::Open << "2026-03-29 06:00 +02" << none
        << "Open now, until tomorrow at 06:00";
    QTest::newRow("March, before the change")
        << satNight << false << utc(2026, 3, 29, 0, 30) << OpenState::Open << "2026-03-29 06:00 +02" << none
        << "Open now, until 06:00";
    QTest::newRow("March, after the change")
        << satNight << false << utc(2026, 3, 29, 1, 30) << OpenState::Open << "2026-03-29 06:00 +02" << none
        << "Open now, until 06:00";
    QTest::newRow("March, opening in the gap")
        << "Su 02:30-05:00" << false << utc(2026, 3, 29, 0, 0) << OpenState::Closed << "2026-03-29 03:30 +02"
        << none << "Opens today at 03:30";
    QTest::newRow("March, closing at the gap")
        << "Sa 22:00-02:00" << false << utc(2026, 3, 29, 0, 59) << OpenState::Open << "2026-03-29 03:00 +02"
        << none << "Open now, until 03:00";
    QTest::newRow("March, closed after the gap")
        << "Sa 22:00-02:00" << false << utc(2026, 3, 29, 1, 0) << OpenState::Closed << "2026-04-04 22:00 +02"
        << none << "Opens Saturday at 22:00";
    QTest::newRow("March, Friday in winter time")
        << weekdays << false << ams(2026, 3, 27, 8, 30) << OpenState::Closed << "2026-03-27 09:00 +01" << none
        << "Opens today at 09:00";
    QTest::newRow("March, weekend across the change")
        << weekdays << false << ams(2026, 3, 28, 12, 0) << OpenState::Closed << "2026-03-30 09:00 +02" << none
        << "Opens Monday at 09:00";

    // Summer time ends on Sunday 25 October 2026 at 01:00 UTC: 03:00 CEST becomes 02:00 CET, so
    // 02:00-03:00 happens twice (00:00-01:00 UTC, then 01:00-02:00 UTC).
    QTest::newRow("October, night begins")
        << satNight << false << ams(2026, 10, 24, 23, 0) << OpenState::Open << "2026-10-25 06:00 +01" << none
        << "Open now, until tomorrow at 06:00";
    QTest::newRow("October, first 02:30") << satNight << false << utc(2026, 10, 25, 0, 30) << OpenState::Open
                                          << "2026-10-25 06:00 +01" << none << "Open now, until 06:00";
    QTest::newRow("October, second 02:30") << satNight << false << utc(2026, 10, 25, 1, 30) << OpenState::Open
                                           << "2026-10-25 06:00 +01" << none << "Open now, until 06:00";
    QTest::newRow("October, opening in the repeated hour waits for the second")
        << "Su 02:30-04:00" << false << utc(2026, 10, 25, 0, 45) << OpenState::Closed
        << "2026-10-25 02:30 +01" << none << "Opens today at 02:30";
    QTest::newRow("October, open after the second 02:30")
        << "Su 02:30-04:00" << false << utc(2026, 10, 25, 1, 45) << OpenState::Open << "2026-10-25 04:00 +01"
        << none << "Open now, until 04:00";
    QTest::newRow("October, closing in the repeated hour is the first")
        << "Sa 20:00-02:30" << false << utc(2026, 10, 25, 0, 15) << OpenState::Open << "2026-10-25 02:30 +02"
        << none << "Open now, until 02:30";
    QTest::newRow("October, closed after the first 02:30")
        << "Sa 20:00-02:30" << false << utc(2026, 10, 25, 0, 45) << OpenState::Closed
        << "2026-10-31 20:00 +01" << none << "Opens Saturday at 20:00";
    QTest::newRow("October, range inside the repeated hour is skipped")
        << "Su 02:10-02:50" << false << ams(2026, 10, 24, 12, 0) << OpenState::Closed
        << "2026-11-01 02:10 +01" << none << "Opens Sunday 1 November at 02:10";
    QTest::newRow("October, Monday in winter time")
        << weekdays << false << utc(2026, 10, 26, 7, 30) << OpenState::Closed << "2026-10-26 09:00 +01"
        << none << "Opens today at 09:00";

    // King's Day: Saturday 26 April 2025 (the 27th was a Sunday), Monday 27 April 2026.
    QTest::newRow("King's Day 2025, closed")
        << "Sa 10:00-12:30" << true << ams(2025, 4, 26, 11, 0) << OpenState::ClosedForHoliday
        << "2025-05-03 10:00 +02"
        << "King's Day"
        << "Closed today (public holiday). Opens Saturday 3 May at 10:00";
    QTest::newRow("King's Day 2025, usual hours")
        << "Sa 10:00-12:30" << false << ams(2025, 4, 26, 11, 0) << OpenState::Open << "2025-04-26 12:30 +02"
        << none << "Open now, until 12:30";
    QTest::newRow("27 April 2025 is no holiday")
        << "Su 12:00-16:00" << true << ams(2025, 4, 27, 13, 0) << OpenState::Open << "2025-04-27 16:00 +02"
        << none << "Open now, until 16:00";
    QTest::newRow("King's Day 2026") << weekdays << true << ams(2026, 4, 27, 8, 0)
                                     << OpenState::ClosedForHoliday << "2026-04-28 09:00 +02"
                                     << "King's Day"
                                     << "Closed today (public holiday). Opens tomorrow at 09:00";
    QTest::newRow("Sunday before King's Day 2026")
        << weekdays << true << ams(2026, 4, 26, 12, 0) << OpenState::Closed << "2026-04-28 09:00 +02" << none
        << "Opens Tuesday at 09:00";

    // Christmas.
    QTest::newRow("Christmas 2026") << weekdays << true << ams(2026, 12, 25, 10, 0)
                                    << OpenState::ClosedForHoliday << "2026-12-28 09:00 +01"
                                    << "Christmas Day"
                                    << "Closed today (public holiday). Opens Monday at 09:00";
    QTest::newRow("Christmas Eve 2026") << weekdays << true << ams(2026, 12, 24, 16, 0) << OpenState::Open
                                        << "2026-12-24 17:00 +01" << none << "Open now, until 17:00";
    QTest::newRow("Christmas 2025 on Thursday and Friday")
        << weekdays << true << ams(2025, 12, 24, 18, 0) << OpenState::Closed << "2025-12-29 09:00 +01" << none
        << "Opens Monday at 09:00";
    QTest::newRow("Second Day of Christmas on a Saturday")
        << "Sa 10:00-12:00" << true << ams(2026, 12, 26, 11, 0) << OpenState::ClosedForHoliday
        << "2027-01-02 10:00 +01"
        << "Second Day of Christmas"
        << "Closed today (public holiday). Opens Saturday 2 January at 10:00";
    // Christmas and New Year's Day are a week apart: a Thursday-only contact waits two weeks.
    QTest::newRow("next opening two weeks away")
        << "Th 10:00-12:00" << true << ams(2025, 12, 24, 12, 0) << OpenState::Closed << "2026-01-08 10:00 +01"
        << none << "Opens Thursday 8 January at 10:00";
    QTest::newRow("holidays in a row") << "Th 10:00-12:00" << true << ams(2025, 12, 25, 11, 0)
                                       << OpenState::ClosedForHoliday << "2026-01-08 10:00 +01"
                                       << "Christmas Day"
                                       << "Closed today (public holiday). Opens Thursday 8 January at 10:00";

    // An opening belongs to the day it starts.
    QTest::newRow("Good Friday night")
        << friNight << true << ams(2026, 4, 3, 23, 0) << OpenState::ClosedForHoliday << "2026-04-10 22:00 +02"
        << "Good Friday"
        << "Closed today (public holiday). Opens Friday 10 April at 22:00";
    QTest::newRow("night into Christmas stays open")
        << "We 22:00-02:00" << true << ams(2025, 12, 25, 1, 0) << OpenState::Open << "2025-12-25 02:00 +01"
        << none << "Open now, until 02:00";
    QTest::newRow("holiday on a closed day is no reason")
        << "We 22:00-02:00" << true << ams(2025, 12, 25, 10, 0) << OpenState::Closed << "2025-12-31 22:00 +01"
        << none << "Opens Wednesday at 22:00";

    // Always open, never open.
    QTest::newRow("24/7") << "24/7" << false << ams(2026, 12, 25, 10, 0) << OpenState::AlwaysOpen << none
                          << none << "Open 24 hours, every day";
    QTest::newRow("every day all day") << "Mo-Su 00:00-24:00" << false << ams(2026, 6, 10, 3, 0)
                                       << OpenState::AlwaysOpen << none << none << "Open 24 hours, every day";
    QTest::newRow("24/7, Christmas") << "24/7" << true << ams(2026, 12, 25, 10, 0)
                                     << OpenState::ClosedForHoliday << "2026-12-27 00:00 +01"
                                     << "Christmas Day"
                                     << "Closed today (public holiday). Opens Sunday at 00:00";
    QTest::newRow("24/7, Christmas Eve") << "24/7" << true << ams(2026, 12, 24, 10, 0) << OpenState::Open
                                         << "2026-12-25 00:00 +01" << none << "Open now, until midnight";
    QTest::newRow("24/7, summer") << "24/7" << true << ams(2026, 7, 1, 12, 0) << OpenState::Open
                                  << "2026-12-25 00:00 +01" << none
                                  << "Open now, until Friday 25 December at 00:00";
    QTest::newRow("every day closed") << "Mo-Su closed" << true << ams(2026, 6, 10, 10, 0)
                                      << OpenState::NeverOpen << none << none << "Not open on any day";
}

void tst_OpeningHours::status()
{
    QFETCH(QString, hours);
    QFETCH(bool, closedOnHolidays);
    QFETCH(QDateTime, at);
    QFETCH(OpenState, state);
    QFETCH(QString, moment);
    QFETCH(QString, holiday);
    QFETCH(QString, text);

    const OpeningStatus status
        = parsed(hours).statusAt(at, closedOnHolidays ? OnHolidays::Closed : OnHolidays::UsualHours);
    QCOMPARE(status.state, state);
    QCOMPARE(status.asOf, at);
    QCOMPARE(status.asOf.timeZone(), amsterdam());
    const QDateTime &when = state == OpenState::Open ? status.until : status.nextOpening;
    QCOMPARE(wall(when), moment);
    if (when.isValid())
        QCOMPARE(when.timeZone(), amsterdam());
    QVERIFY(!(state == OpenState::Open ? status.nextOpening : status.until).isValid());
    QCOMPARE(status.holiday, holiday);
    QCOMPARE(OpeningHours::describe(status, English), text);
}

void tst_OpeningHours::sameAnswerWhateverTheInstantsZone_data()
{
    QTest::addColumn<QString>("hours");
    QTest::addColumn<QDateTime>("instant");
    QTest::addColumn<OpenState>("state");
    QTest::addColumn<QString>("moment");
    // Friday 23:30 in Amsterdam is 17:30 in New York and already Saturday 02:00 in Kabul.
    QTest::newRow("overnight") << "Fr 22:00-02:00" << ams(2026, 6, 12, 23, 30) << OpenState::Open
                               << "2026-06-13 02:00 +02";
    // Monday 08:00 in Amsterdam is still Sunday 02:00 in New York.
    QTest::newRow("morning") << "Mo-Fr 09:00-17:00" << ams(2026, 6, 15, 8, 0) << OpenState::Closed
                             << "2026-06-15 09:00 +02";
    // During the repeated hour in Amsterdam (New York changes a week later, Kabul never).
    QTest::newRow("October change") << "Su 02:30-04:00" << utc(2026, 10, 25, 0, 45) << OpenState::Closed
                                    << "2026-10-25 02:30 +01";
    QTest::newRow("March change") << "Sa 22:00-06:00" << utc(2026, 3, 29, 1, 30) << OpenState::Open
                                  << "2026-03-29 06:00 +02";
}

void tst_OpeningHours::sameAnswerWhateverTheInstantsZone()
{
    QFETCH(QString, hours);
    QFETCH(QDateTime, instant);
    QFETCH(OpenState, state);
    QFETCH(QString, moment);
    const OpeningHours opening = parsed(hours);
    const QList<QDateTime> sameInstant {
        instant.toUTC(),
        instant.toTimeZone(QTimeZone(QByteArrayLiteral("America/New_York"))),
        instant.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Kabul"))),
        instant.toTimeZone(QTimeZone(QByteArrayLiteral("Pacific/Kiritimati"))),
        instant.toOffsetFromUtc(-9 * 3600 - 30 * 60),
        instant.toLocalTime(),
    };
    for (const QDateTime &at : sameInstant) {
        QVERIFY(at.isValid());
        const OpeningStatus status = opening.statusAt(at);
        QCOMPARE(status.state, state);
        QCOMPARE(wall(state == OpenState::Open ? status.until : status.nextOpening), moment);
        QCOMPARE(status.asOf.timeZone(), amsterdam());
        QCOMPARE(status.asOf, instant);
    }
}

void tst_OpeningHours::sameAnswerWhateverTheDeviceZone_data()
{
    QTest::addColumn<QByteArray>("tz");
    QTest::newRow("New York") << QByteArray("America/New_York");
    QTest::newRow("Kabul") << QByteArray("Asia/Kabul");
    QTest::newRow("Kiritimati (+14)") << QByteArray("Pacific/Kiritimati");
    QTest::newRow("UTC") << QByteArray("UTC");
    QTest::newRow("POSIX rule") << QByteArray("XYZ-5:45");
    QTest::newRow("Amsterdam") << QByteArray("Europe/Amsterdam");
}

void tst_OpeningHours::sameAnswerWhateverTheDeviceZone()
{
    QFETCH(QByteArray, tz);
    qputenv("TZ", tz);
    tzset();
    // Instants as the device makes them: local time, from the clock.
    const OpeningHours night = parsed(QStringLiteral("Fr 22:00-02:00"));
    const QDateTime fridayNight = QDateTime::fromSecsSinceEpoch(utc(2026, 6, 12, 21, 30).toSecsSinceEpoch());
    QCOMPARE(fridayNight.timeSpec(), Qt::LocalTime);
    OpeningStatus status = night.statusAt(fridayNight);
    QCOMPARE(status.state, OpenState::Open);
    QCOMPARE(wall(status.until), QStringLiteral("2026-06-13 02:00 +02"));
    QCOMPARE(OpeningHours::describe(status, English), QStringLiteral("Open now, until tomorrow at 02:00"));

    const OpeningHours office = parsed(QStringLiteral("Mo-Fr 09:00-17:00"));
    // Sunday 29 March 2026, 01:30 UTC: 03:30 summer time in Amsterdam.
    const QDateTime sundayNight = QDateTime::fromSecsSinceEpoch(utc(2026, 3, 29, 1, 30).toSecsSinceEpoch());
    status = office.statusAt(sundayNight);
    QCOMPARE(status.state, OpenState::Closed);
    QCOMPARE(wall(status.nextOpening), QStringLiteral("2026-03-30 09:00 +02"));
    QCOMPARE(OpeningHours::describe(status, English), QStringLiteral("Opens tomorrow at 09:00"));

    const QDateTime christmas = QDateTime::fromSecsSinceEpoch(utc(2026, 12, 25, 9, 0).toSecsSinceEpoch());
    status = office.statusAt(christmas, OnHolidays::Closed);
    QCOMPARE(status.state, OpenState::ClosedForHoliday);
    QCOMPARE(status.holiday, QStringLiteral("Christmas Day"));

    qputenv("TZ", "America/New_York");
    tzset();
}

void tst_OpeningHours::todayAndTomorrowAreAmsterdamDays()
{
    // Thursday 23:30 in Amsterdam is already Friday in Kabul; the office still opens "tomorrow".
    const QDateTime at = ams(2026, 6, 11, 23, 30).toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Kabul")));
    QCOMPARE(at.date(), QDate(2026, 6, 12));
    const OpeningStatus status = parsed(QStringLiteral("Mo-Fr 09:00-17:00")).statusAt(at);
    QCOMPARE(OpeningHours::describe(status, English), QStringLiteral("Opens tomorrow at 09:00"));

    // Early on Christmas Day in Amsterdam it is still Christmas Eve in New York: closed for the holiday.
    const QDateTime early
        = ams(2026, 12, 25, 5, 0).toTimeZone(QTimeZone(QByteArrayLiteral("America/New_York")));
    QCOMPARE(early.date(), QDate(2026, 12, 24));
    const OpeningStatus christmas
        = parsed(QStringLiteral("Mo-Fr 09:00-17:00")).statusAt(early, OnHolidays::Closed);
    QCOMPARE(christmas.state, OpenState::ClosedForHoliday);
    QCOMPARE(christmas.holiday, QStringLiteral("Christmas Day"));
    QCOMPARE(wall(christmas.nextOpening), QStringLiteral("2026-12-28 09:00 +01"));
}

void tst_OpeningHours::randomInputNeverCrashes()
{
    // Rules made from the format's own pieces, then often broken by a random edit: this reaches the
    // parser's corners. Whatever it accepts, the engine can answer; every refusal points inside the text
    // (or just past its end).
    static const char *const days[] = { "Mo", "Tu", "We", "Th", "Fr", "Sa", "Su" };
    static const char *const times[] = { "00:00", "02:30", "09:00", "12:00", "17:00", "22:00", "24:00" };
    static const char *const junk[] = { "-", ":", ";", ",", " ", "24/7", "closed", "PH", "+", "9", "x", "" };
    QRandomGenerator random(20260329);
    const QDateTime at = ams(2026, 10, 25, 2, 30);
    int accepted = 0;
    for (int i = 0; i < 5000; ++i) {
        QString text;
        const int rules = random.bounded(1, 4);
        for (int r = 0; r < rules; ++r) {
            if (r > 0)
                text += QStringLiteral("; ");
            text += QLatin1String(days[random.bounded(7)]);
            if (random.bounded(2))
                text += u'-' + QLatin1String(days[random.bounded(7)]);
            text += u' ';
            if (random.bounded(5) == 0) {
                text += QStringLiteral("closed");
                continue;
            }
            text += QLatin1String(times[random.bounded(7)]) + u'-' + QLatin1String(times[random.bounded(7)]);
        }
        if (random.bounded(2)) {
            const qsizetype where = random.bounded(int(text.size()) + 1);
            const qsizetype remove = random.bounded(3);
            text.replace(where, remove, QLatin1String(junk[random.bounded(int(std::size(junk)))]));
        }
        HoursError error;
        const std::optional<OpeningHours> hours = OpeningHours::parse(text, &error);
        if (!hours) {
            QVERIFY2(error.column >= 1 && error.column <= text.size() + 1, qPrintable(text));
            QVERIFY2(!error.message.isEmpty(), qPrintable(text));
            continue;
        }
        ++accepted;
        const OpeningStatus status = hours->statusAt(at, OnHolidays::Closed);
        QVERIFY2(status.state != OpenState::Unknown, qPrintable(text));
        if (status.state == OpenState::Open)
            QVERIFY2(status.until > at, qPrintable(text));
        if (status.state == OpenState::Closed || status.state == OpenState::ClosedForHoliday)
            QVERIFY2(status.nextOpening > at, qPrintable(text));
    }
    QVERIFY(accepted > 50); // the generator does reach valid hours
}

void tst_OpeningHours::equatedDaysFromTheCalendarClose()
{
    // A day equated with a holiday by decree (Atw art. 3(3)) counts when the calendar carries it.
    const HolidayCalendar calendar({ EquatedDay { QDate(2026, 6, 10), QStringLiteral("Test day"), QString(),
                                                  QStringLiteral("https://example.org/decree") } });
    const OpeningHours office = parsed(QStringLiteral("Mo-Fr 09:00-17:00"));
    const QDateTime at = ams(2026, 6, 10, 10, 0);
    OpeningStatus status = office.statusAt(at, OnHolidays::Closed, calendar);
    QCOMPARE(status.state, OpenState::ClosedForHoliday);
    QCOMPARE(status.holiday, QStringLiteral("Test day"));
    QCOMPARE(wall(status.nextOpening), QStringLiteral("2026-06-11 09:00 +02"));
    // Without it, or with usual hours on holidays, the office is open.
    QCOMPARE(office.statusAt(at, OnHolidays::Closed).state, OpenState::Open);
    QCOMPARE(office.statusAt(at, OnHolidays::UsualHours, calendar).state, OpenState::Open);
}

void tst_OpeningHours::unknownWithoutZoneOrInstant()
{
    const OpeningHours office = parsed(QStringLiteral("Mo-Fr 09:00-17:00"));
    OpeningStatus status = office.statusAt(ams(2026, 6, 10, 10, 0), OnHolidays::UsualHours, {},
                                           QTimeZone(QByteArrayLiteral("No/Where")));
    QCOMPARE(status.state, OpenState::Unknown);
    QCOMPARE(OpeningHours::describe(status, English), QString());
    status = office.statusAt(QDateTime());
    QCOMPARE(status.state, OpenState::Unknown);
    QVERIFY(!status.until.isValid());
    QVERIFY(!status.nextOpening.isValid());
}

void tst_OpeningHours::descriptionUsesTheLocale()
{
    const OpeningHours office = parsed(QStringLiteral("Mo-Fr 09:00-17:00"));
    const OpeningStatus saturday = office.statusAt(ams(2026, 6, 13, 12, 0));
    QCOMPARE(OpeningHours::describe(saturday, English), QStringLiteral("Opens Monday at 09:00"));
    QCOMPARE(OpeningHours::describe(saturday, QLocale(QLocale::Dutch, QLocale::Netherlands)),
             QStringLiteral("Opens maandag at 09:00")); // the sentence is translated through the .ts files
    const OpeningStatus far
        = parsed(QStringLiteral("Th 10:00-12:00")).statusAt(ams(2025, 12, 24, 12, 0), OnHolidays::Closed);
    QCOMPARE(OpeningHours::describe(far, QLocale(QLocale::Dutch, QLocale::Netherlands)),
             QStringLiteral("Opens donderdag 8 januari at 10:00"));
}

QTEST_GUILESS_MAIN(tst_OpeningHours)
#include "tst_openinghours.moc"
