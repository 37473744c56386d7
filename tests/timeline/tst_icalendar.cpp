#include "deadline/ICalendar.h"

#include <QStandardPaths>
#include <QTest>

using namespace rc::deadline;

namespace {

// Long texts in scripts whose characters take 2 (Arabic) and 3 (Ge'ez, Tigrinya) UTF-8 octets, so that
// folding at 75 octets falls inside a character unless it is careful.
const QString arabic = QStringLiteral(
    "آخر يوم لتقديم الاستئناف ضد قرار اللجوء. اتصل بمحاميك قبل هذا التاريخ، ولا تنتظر حتى اليوم الأخير؛ "
    "إذا أرسلت الاستئناف بالبريد، فيجب أن يصل خلال أسبوع واحد بعد نهاية المهلة.");
const QString tigrinya
    = QStringLiteral("ናይ መወዳእታ መዓልቲ ይግባይ ኣብ ልዕሊ ውሳነ ዑቕባ። ቅድሚ እዚ ዕለት ንጠበቓኻ ርኸቦ፣ ክሳብ መወዳእታ መዓልቲ ኣይትጸበ፤ "
                     "ብፖስታ እንተ ሰዲድካዮ ኣብ ውሽጢ ሓደ ሰሙን ክበጽሕ ኣለዎ።");

ICalendar::Calendar sample()
{
    ICalendar::Calendar calendar;
    calendar.stamp = QDateTime(QDate(2026, 12, 2), QTime(2, 44, 42), Qt::UTC);
    calendar.events = {
        { QStringLiteral("2025-04-28-appeal@rights-companion"), QDate(2025, 4, 28),
          QStringLiteral("Appeal: last day (1 week)"),
          QStringLiteral("Decision made known on 2025-04-21.\nExtended: Saturday, Sunday; King's Day.\n"
                         "Commas, semicolons; and a backslash \\ too."),
          24 * 60 },
        { QStringLiteral("ar-1@rights-companion"), QDate(2026, 5, 18), arabic,
          arabic + QLatin1Char('\n') + arabic, -1 },
        { QStringLiteral("ti-1@rights-companion"), QDate(2028, 2, 29), tigrinya,
          tigrinya + QStringLiteral(", ; \\ ,;") + tigrinya, 90 },
        { QStringLiteral("plain,uid;with\\specials"), QDate(2031, 12, 31), QString(), QString(), 0 },
    };
    return calendar;
}

} // namespace

class tst_ICalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void crlfEverywhereAndNoLongLines();
    void foldsOnCharacterBoundaries_data();
    void foldsOnCharacterBoundaries();
    void allDayEventLayout();
    void escaping_data();
    void escaping();
    void alarms_data();
    void alarms();
    void writeRefusesBadEvents();
    void parseRefusesBrokenInput_data();
    void parseRefusesBrokenInput();
};

void tst_ICalendar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_ICalendar::roundTrip()
{
    const ICalendar::Calendar in = sample();
    QString error;
    const QByteArray data = ICalendar::write(in, &error);
    QVERIFY2(!data.isEmpty(), qPrintable(error));
    const std::optional<ICalendar::Calendar> out = ICalendar::parse(data, &error);
    QVERIFY2(out, qPrintable(error));
    QCOMPARE(out->stamp, in.stamp);
    QCOMPARE(out->events.size(), in.events.size());
    for (qsizetype i = 0; i < in.events.size(); ++i) {
        const ICalendar::Event &a = in.events.at(i);
        const ICalendar::Event &b = out->events.at(i);
        QCOMPARE(b.uid, a.uid);
        QCOMPARE(b.date, a.date);
        QCOMPARE(b.summary, a.summary);
        QCOMPARE(b.description, a.description);
        QCOMPARE(b.alarmMinutesBefore, a.alarmMinutesBefore);
    }
    QVERIFY(*out == in);
    // Written twice, the same bytes.
    QCOMPARE(ICalendar::write(in), data);
}

void tst_ICalendar::crlfEverywhereAndNoLongLines()
{
    const QByteArray data = ICalendar::write(sample());
    QVERIFY(data.endsWith("\r\n"));
    int folded = 0;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (data.at(i) == '\r')
            QVERIFY2(i + 1 < data.size() && data.at(i + 1) == '\n', "CR without LF");
        if (data.at(i) != '\n')
            continue;
        QVERIFY2(i > 0 && data.at(i - 1) == '\r', qPrintable(QStringLiteral("bare LF at %1").arg(i)));
        const QByteArray line = data.mid(lineStart, i - 1 - lineStart);
        QVERIFY2(line.size() <= ICalendar::MaxLineOctets,
                 qPrintable(QStringLiteral("%1 octets: %2").arg(line.size()).arg(QString::fromUtf8(line))));
        // Every physical line is valid UTF-8 on its own: no character was split.
        QCOMPARE(QString::fromUtf8(line).toUtf8(), line);
        if (line.startsWith(' '))
            ++folded;
        lineStart = i + 1;
    }
    QVERIFY2(folded > 10, "the long Arabic and Tigrinya texts were folded");
}

void tst_ICalendar::foldsOnCharacterBoundaries_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("ASCII") << QString(300, QLatin1Char('a'));
    QTest::newRow("Arabic") << arabic;
    QTest::newRow("Tigrinya") << tigrinya;
    QTest::newRow("emoji (4 octets)") << QString::fromUtf8("\xF0\x9F\x93\x85").repeated(60);
    // Offsets so that the 75-octet limit falls on every position within a multi-octet character.
    QTest::newRow("Tigrinya +1") << QStringLiteral("x") + tigrinya;
    QTest::newRow("Tigrinya +2") << QStringLiteral("xy") + tigrinya;
    QTest::newRow("Arabic +1") << QStringLiteral("x") + arabic;
    QTest::newRow("exactly 75") << QString(75, QLatin1Char('b'));
    QTest::newRow("exactly 76") << QString(76, QLatin1Char('b'));
    QTest::newRow("empty") << QString();
}

void tst_ICalendar::foldsOnCharacterBoundaries()
{
    QFETCH(QString, text);
    const QByteArray line = "DESCRIPTION:" + text.toUtf8();
    const QByteArray folded = ICalendar::foldLine(line);
    QVERIFY(folded.endsWith("\r\n"));
    const QList<QByteArray> parts = folded.chopped(2).split('\n');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QByteArray part = parts.at(i);
        if (i + 1 < parts.size()) {
            QVERIFY(part.endsWith('\r'));
            part.chop(1);
        }
        QVERIFY2(part.size() <= ICalendar::MaxLineOctets, qPrintable(QString::number(part.size())));
        if (i > 0)
            QVERIFY(part.startsWith(' '));
        QCOMPARE(QString::fromUtf8(part).toUtf8(), part);
        // Full lines: a fold is only shorter than the limit when the next character would not fit.
        if (i + 1 < parts.size())
            QVERIFY2(part.size() >= ICalendar::MaxLineOctets - 3, qPrintable(QString::number(part.size())));
    }
    QCOMPARE(ICalendar::unfold(folded), line + "\r\n");
    if (line.size() <= ICalendar::MaxLineOctets)
        QCOMPARE(parts.size(), 1);
}

void tst_ICalendar::allDayEventLayout()
{
    ICalendar::Calendar calendar;
    calendar.stamp = QDateTime(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC);
    calendar.events
        = { { QStringLiteral("x@rc"), QDate(2025, 12, 31), QStringLiteral("Last day"), QString(), -1 } };
    const QByteArray data = ICalendar::write(calendar);
    QCOMPARE(data,
             QByteArray("BEGIN:VCALENDAR\r\n"
                        "VERSION:2.0\r\n"
                        "PRODID:-//Rights Companion//Deadlines//EN\r\n"
                        "CALSCALE:GREGORIAN\r\n"
                        "BEGIN:VEVENT\r\n"
                        "UID:x@rc\r\n"
                        "DTSTAMP:20261202T100000Z\r\n"
                        "DTSTART;VALUE=DATE:20251231\r\n"
                        "DTEND;VALUE=DATE:20260101\r\n" // the next day, across the year
                        "SUMMARY:Last day\r\n"
                        "TRANSP:TRANSPARENT\r\n"
                        "END:VEVENT\r\n"
                        "END:VCALENDAR\r\n"));
    // A stamp in another time zone is written in UTC.
    calendar.stamp = QDateTime(QDate(2026, 7, 1), QTime(12, 0), Qt::OffsetFromUTC, 2 * 3600);
    QVERIFY(ICalendar::write(calendar).contains("DTSTAMP:20260701T100000Z\r\n"));
}

void tst_ICalendar::escaping_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain") << QStringLiteral("Appeal") << QStringLiteral("Appeal");
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("a\\,b");
    QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringLiteral("a\\;b");
    QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("a\\\\b");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("a\\nb");
    QTest::newRow("backslash n") << QStringLiteral("a\\nb") << QStringLiteral("a\\\\nb");
    QTest::newRow("colon stays") << QStringLiteral("a:b") << QStringLiteral("a:b");
    QTest::newRow("Arabic comma stays") << QStringLiteral("أ،ب") << QStringLiteral("أ،ب");
    QTest::newRow("all") << QStringLiteral(",;\\\n") << QStringLiteral("\\,\\;\\\\\\n");
}

void tst_ICalendar::escaping()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(ICalendar::escapeText(text), escaped);
    QCOMPARE(ICalendar::unescapeText(escaped), text);
    // CR LF and lone CR become newlines; other control characters cannot be written.
    QCOMPARE(ICalendar::escapeText(QStringLiteral("a\r\nb\rc")), QStringLiteral("a\\nb\\nc"));
    QCOMPARE(ICalendar::escapeText(QStringLiteral("a\x01\tb")), QStringLiteral("a\tb"));
    QCOMPARE(ICalendar::unescapeText(QStringLiteral("\\N")), QStringLiteral("\n"));
}

void tst_ICalendar::alarms_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QByteArray>("trigger");
    QTest::newRow("at the start") << 0 << QByteArray("TRIGGER:-PT0M");
    QTest::newRow("90 minutes") << 90 << QByteArray("TRIGGER:-PT90M");
    QTest::newRow("9 hours") << 9 * 60 << QByteArray("TRIGGER:-PT9H");
    QTest::newRow("1 day") << 24 * 60 << QByteArray("TRIGGER:-P1D");
    QTest::newRow("3 days") << 3 * 24 * 60 << QByteArray("TRIGGER:-P3D");
}

void tst_ICalendar::alarms()
{
    QFETCH(int, minutes);
    QFETCH(QByteArray, trigger);
    ICalendar::Calendar calendar = sample();
    calendar.events = { calendar.events.constFirst() };
    calendar.events[0].alarmMinutesBefore = minutes;
    const QByteArray data = ICalendar::write(calendar);
    QVERIFY(data.contains("BEGIN:VALARM\r\nACTION:DISPLAY\r\n"));
    QVERIFY2(data.contains(trigger + "\r\nEND:VALARM\r\n"), data.constData());
    QCOMPARE(ICalendar::parse(data)->events.constFirst().alarmMinutesBefore, minutes);
}

void tst_ICalendar::writeRefusesBadEvents()
{
    QString error;
    ICalendar::Calendar calendar = sample();
    calendar.events[1].uid = QStringLiteral("  ");
    QVERIFY(ICalendar::write(calendar, &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("event 1 has no UID")), qPrintable(error));
    calendar = sample();
    calendar.events[2].date = QDate();
    QVERIFY(ICalendar::write(calendar, &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("event 2 has no valid date")), qPrintable(error));
    calendar = sample();
    calendar.events[0].alarmMinutesBefore = ICalendar::MaxAlarmMinutes + 1;
    QVERIFY(ICalendar::write(calendar, &error).isEmpty());
    calendar = sample();
    calendar.stamp = QDateTime();
    QVERIFY(ICalendar::write(calendar, &error).isEmpty());
    // No events at all is a valid, empty calendar.
    calendar = sample();
    calendar.events.clear();
    const std::optional<ICalendar::Calendar> empty = ICalendar::parse(ICalendar::write(calendar), &error);
    QVERIFY2(empty && empty->events.isEmpty(), qPrintable(error));
}

void tst_ICalendar::parseRefusesBrokenInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");
    const QByteArray head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n";
    const QByteArray tail = "END:VCALENDAR\r\n";
    const QByteArray event = "BEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20261202T000000Z\r\n"
                             "DTSTART;VALUE=DATE:20260101\r\n";
    QTest::newRow("LF only") << QByteArray("BEGIN:VCALENDAR\nEND:VCALENDAR\n") << QStringLiteral("CRLF");
    QTest::newRow("no final CRLF") << QByteArray("BEGIN:VCALENDAR\r\nEND:VCALENDAR")
                                   << QStringLiteral("CRLF");
    QTest::newRow("missing END") << head << QStringLiteral("missing END:VCALENDAR");
    QTest::newRow("outside") << QByteArray("VERSION:2.0\r\n") << QStringLiteral("outside BEGIN:VCALENDAR");
    QTest::newRow("unbalanced") << head + "END:VEVENT\r\n" + tail << QStringLiteral("unexpected END:VEVENT");
    QTest::newRow("no DTEND") << head + event + "END:VEVENT\r\n" + tail
                              << QStringLiteral("DTEND must be the day after");
    QTest::newRow("DTEND wrong") << head + event + "DTEND;VALUE=DATE:20260103\r\nEND:VEVENT\r\n" + tail
                                 << QStringLiteral("DTEND must be the day after");
    QTest::newRow("timed event") << head + "BEGIN:VEVENT\r\nDTSTART:20260101T100000Z\r\n"
                                 << QStringLiteral("must be an all-day date");
    QTest::newRow("bad date") << head + "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260230\r\n"
                              << QStringLiteral("is not a date");
    QTest::newRow("no UID") << head
            + "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260101\r\n"
              "DTEND;VALUE=DATE:20260102\r\nEND:VEVENT\r\n"
            + tail << QStringLiteral("no UID");
    QTest::newRow("not a content line")
        << head + "garbage\r\n" + tail << QStringLiteral("line 3: not a content line");
    QTest::newRow("bad UTF-8") << head + "X-NOTE:\xC3\r\n" + tail << QStringLiteral("not valid UTF-8");
    QTest::newRow("positive trigger") << head + event + "BEGIN:VALARM\r\nTRIGGER:PT5M\r\n"
                                      << QStringLiteral("unsupported TRIGGER");
    QTest::newRow("alarm without trigger")
        << head + event + "BEGIN:VALARM\r\nACTION:DISPLAY\r\nEND:VALARM\r\n"
        << QStringLiteral("no TRIGGER");
    QTest::newRow("after END") << head + tail + "BEGIN:VCALENDAR\r\n"
                               << QStringLiteral("unexpected BEGIN:VCALENDAR");
}

void tst_ICalendar::parseRefusesBrokenInput()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!ICalendar::parse(data, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_ICalendar)
#include "tst_icalendar.moc"
