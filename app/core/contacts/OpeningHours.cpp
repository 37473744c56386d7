#include "OpeningHours.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace rc::contacts {

namespace {

constexpr int MinutesPerDay = 24 * 60;
constexpr int MinutesPerWeek = 7 * MinutesPerDay;
constexpr qint64 SecondsPerDay = 24 * 60 * 60;

const char *const DayNames[7] = { "Mo", "Tu", "We", "Th", "Fr", "Sa", "Su" };

QString dayName(int index)
{
    return QString::fromLatin1(DayNames[index]);
}

QString formatMinutes(int minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// "Mo 09:00-17:00" as an author writes it (an end past midnight as the next day's time).
QString formatRange(int day, const TimeRange &range)
{
    const int end = range.end > MinutesPerDay ? range.end - MinutesPerDay : range.end;
    return QStringLiteral("%1 %2-%3").arg(dayName(day), formatMinutes(range.start), formatMinutes(end));
}

bool intersects(int a1, int b1, int a2, int b2)
{
    return a1 < b2 && a2 < b1;
}

// Two openings overlap on the weekly circle (a Sunday night opening runs into Monday morning).
bool overlapsInWeek(int day1, const TimeRange &r1, int day2, const TimeRange &r2)
{
    const int a1 = day1 * MinutesPerDay + r1.start;
    const int b1 = day1 * MinutesPerDay + r1.end;
    const int a2 = day2 * MinutesPerDay + r2.start;
    const int b2 = day2 * MinutesPerDay + r2.end;
    return intersects(a1, b1, a2, b2) || intersects(a1 + MinutesPerWeek, b1 + MinutesPerWeek, a2, b2)
        || intersects(a1 - MinutesPerWeek, b1 - MinutesPerWeek, a2, b2);
}

QString codePoint(char16_t c)
{
    return QStringLiteral("U+%1").arg(
        QString::number(int(c), 16).toUpper().rightJustified(4, QLatin1Char('0')));
}

struct Placed
{
    int day;
    TimeRange range;
    qsizetype pos;
};

// A recursive-descent parser over the value; every failure records the first problem and its column.
class Parser
{
public:
    Parser(QStringView text, int firstColumn)
        : m_text(text)
        , m_first(firstColumn)
    {
    }

    bool run();
    const HoursError &error() const { return m_error; }
    bool alwaysOpen() const { return m_alwaysOpen; }
    const std::array<QList<TimeRange>, 7> &days() const { return m_days; }

private:
    bool fail(qsizetype pos, const QString &message)
    {
        m_error = HoursError { message, int(pos) + m_first };
        return false;
    }
    int column(qsizetype pos) const { return int(pos) + m_first; }
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_text.size() ? m_text.at(m_pos + ahead) : QChar();
    }
    bool lookingAt(QLatin1String word) const { return m_text.mid(m_pos).startsWith(word); }
    static bool isDigit(QChar c) { return c >= u'0' && c <= u'9'; }
    static bool isLetter(QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); }
    void skipSpaces()
    {
        while (!atEnd() && peek() == u' ')
            ++m_pos;
    }
    // What stands at `pos`, for messages.
    QString found(qsizetype pos) const
    {
        if (pos >= m_text.size())
            return QStringLiteral("the end of the line");
        return QStringLiteral("'%1'").arg(m_text.at(pos));
    }

    bool checkCharacters();
    bool parseDays(QList<int> *days);
    bool parseDayName(int *day);
    bool markDay(int day, qsizetype pos);
    bool parseRanges(const QList<int> &days);
    bool parseTime(int *minutes);

    QStringView m_text;
    int m_first = 1;
    qsizetype m_pos = 0;
    HoursError m_error;
    bool m_alwaysOpen = false;
    std::array<QList<TimeRange>, 7> m_days;
    std::array<qsizetype, 7> m_dayPos { -1, -1, -1, -1, -1, -1, -1 }; // where each day was given
    QList<Placed> m_placed;
};

bool Parser::checkCharacters()
{
    for (qsizetype i = 0; i < m_text.size(); ++i) {
        const char16_t c = m_text.at(i).unicode();
        if (c >= 0x20 && c <= 0x7e)
            continue;
        if (c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2014 || c == 0x2212)
            return fail(i,
                        QStringLiteral("write a plain hyphen '-' instead of the dash %1").arg(codePoint(c)));
        if (c == 0x0009 || c == 0x00a0 || c == 0x2007 || c == 0x202f)
            return fail(i, QStringLiteral("write a plain space instead of %1").arg(codePoint(c)));
        return fail(i,
                    QStringLiteral("unexpected character %1: write the hours with plain letters, digits and "
                                   "- : , ; as in Mo-Fr 09:00-17:00")
                        .arg(codePoint(c)));
    }
    return true;
}

bool Parser::run()
{
    // Checked before anything else so that a hostile value costs one comparison.
    if (m_text.size() > OpeningHours::MaxLength)
        return fail(
            OpeningHours::MaxLength,
            QStringLiteral("the hours are longer than %1 characters: give only the weekly hours, as in "
                           "Mo-Fr 09:00-17:00")
                .arg(OpeningHours::MaxLength));
    if (!checkCharacters())
        return false;
    skipSpaces();
    if (atEnd())
        return fail(m_pos, QStringLiteral("no hours given: write them as in Mo-Fr 09:00-17:00, or 24/7"));

    for (int rule = 0;; ++rule) {
        if (lookingAt(QLatin1String("24/7"))) {
            if (rule > 0)
                return fail(m_pos, QStringLiteral("24/7 must be the only rule: it already covers every day"));
            m_pos += 4;
            skipSpaces();
            if (!atEnd())
                return fail(m_pos, QStringLiteral("24/7 must be the only rule: remove what follows it"));
            m_alwaysOpen = true;
            return true;
        }
        QList<int> days;
        if (!parseDays(&days))
            return false;
        if (atEnd())
            return fail(m_pos,
                        QStringLiteral("missing times after the days: write them as in 09:00-17:00, or "
                                       "write 'closed'"));
        if (peek() != u' ')
            return fail(
                m_pos,
                QStringLiteral("expected ',', '-' or a space after a day, found %1").arg(found(m_pos)));
        skipSpaces();
        if (atEnd())
            return fail(m_pos,
                        QStringLiteral("missing times after the days: write them as in 09:00-17:00, or "
                                       "write 'closed'"));
        if (isLetter(peek())) {
            const qsizetype start = m_pos;
            while (!atEnd() && isLetter(peek()))
                ++m_pos;
            const QStringView word = m_text.mid(start, m_pos - start);
            if (word != u"closed" && word != u"off")
                return fail(
                    start,
                    QStringLiteral("expected times (as in 09:00-17:00) or 'closed', found '%1'").arg(word));
        } else if (!parseRanges(days)) {
            return false;
        }
        skipSpaces();
        if (atEnd())
            return true;
        if (peek() != u';')
            return fail(m_pos, QStringLiteral("expected ';' between rules, found %1").arg(found(m_pos)));
        const qsizetype semicolon = m_pos++;
        skipSpaces();
        if (atEnd())
            return fail(semicolon, QStringLiteral("nothing follows ';': remove it or add a rule"));
    }
}

bool Parser::parseDays(QList<int> *days)
{
    for (;;) {
        const qsizetype start = m_pos;
        int first = 0;
        if (!parseDayName(&first))
            return false;
        if (peek() == u'-') {
            ++m_pos;
            int last = 0;
            if (!parseDayName(&last))
                return false;
            if (last == first)
                return fail(
                    start,
                    QStringLiteral("the day range %1-%1 has one day: write just %1").arg(dayName(first)));
            for (int day = first;; day = (day + 1) % 7) {
                if (!markDay(day, start))
                    return false;
                days->append(day);
                if (day == last)
                    break;
            }
        } else {
            if (!markDay(first, start))
                return false;
            days->append(first);
        }
        if (peek() != u',')
            return true;
        ++m_pos;
        skipSpaces();
    }
}

bool Parser::parseDayName(int *day)
{
    const qsizetype start = m_pos;
    while (!atEnd() && isLetter(peek()))
        ++m_pos;
    const QStringView word = m_text.mid(start, m_pos - start);
    if (word.isEmpty())
        return fail(
            start,
            QStringLiteral("expected a day (Mo, Tu, We, Th, Fr, Sa or Su), found %1").arg(found(start)));
    for (int i = 0; i < 7; ++i) {
        if (word == QLatin1String(DayNames[i])) {
            *day = i;
            return true;
        }
    }
    if (word == u"PH")
        return fail(start,
                    QStringLiteral("public holidays do not go in the hours: add a separate line "
                                   "'closed: holidays' to close on them"));
    if (word == u"SH")
        return fail(start, QStringLiteral("school holidays are not supported: give the usual weekly hours"));
    return fail(start, QStringLiteral("unknown day '%1': write Mo, Tu, We, Th, Fr, Sa or Su").arg(word));
}

bool Parser::markDay(int day, qsizetype pos)
{
    if (m_dayPos[day] >= 0)
        return fail(pos,
                    QStringLiteral("%1 is already given at column %2: give each day once")
                        .arg(dayName(day))
                        .arg(column(m_dayPos[day])));
    m_dayPos[day] = pos;
    return true;
}

bool Parser::parseRanges(const QList<int> &days)
{
    for (;;) {
        const qsizetype start = m_pos;
        int from = 0;
        if (!parseTime(&from))
            return false;
        if (from == MinutesPerDay)
            return fail(start, QStringLiteral("a range cannot start at 24:00: write 00:00 on the next day"));
        if (peek() != u'-') {
            if (peek() == u'+')
                return fail(m_pos, QStringLiteral("open ends ('+') are not supported: give a closing time"));
            if (peek() == u' ')
                return fail(m_pos, QStringLiteral("no spaces inside a time range: write it as 09:00-17:00"));
            return fail(m_pos,
                        QStringLiteral("expected '-' and a closing time after %1, found %2")
                            .arg(formatMinutes(from), found(m_pos)));
        }
        ++m_pos;
        if (peek() == u' ')
            return fail(m_pos, QStringLiteral("no spaces inside a time range: write it as 09:00-17:00"));
        int to = 0;
        if (!parseTime(&to))
            return false;
        if (to == from)
            return fail(start,
                        QStringLiteral("the range %1-%1 is empty: for a whole day write 00:00-24:00")
                            .arg(formatMinutes(from)));
        const TimeRange range { from, to > from ? to : to + MinutesPerDay };
        for (int day : days) {
            for (const Placed &other : std::as_const(m_placed)) {
                if (overlapsInWeek(day, range, other.day, other.range))
                    return fail(start,
                                QStringLiteral("%1 overlaps %2 (column %3)")
                                    .arg(formatRange(day, range), formatRange(other.day, other.range))
                                    .arg(column(other.pos)));
            }
        }
        for (int day : days) {
            m_placed.append(Placed { day, range, start });
            m_days[day].append(range);
        }
        if (peek() != u',')
            return true;
        ++m_pos;
        skipSpaces();
        if (!isDigit(peek()))
            return fail(m_pos,
                        QStringLiteral("expected a time after ',', found %1 (separate rules with ';')")
                            .arg(found(m_pos)));
    }
}

bool Parser::parseTime(int *minutes)
{
    const qsizetype start = m_pos;
    if (!isDigit(peek()))
        return fail(start,
                    QStringLiteral("expected a time written HH:MM (as 09:00), found %1").arg(found(start)));
    if (peek(1) == u':')
        return fail(start, QStringLiteral("write the hour with two digits, as in 09:00"));
    if (isDigit(peek(1)) && peek(2) == u'.')
        return fail(start + 2, QStringLiteral("write times with ':', as in 09:00"));
    if (!isDigit(peek(1)) || peek(2) != u':' || !isDigit(peek(3)) || !isDigit(peek(4)) || isDigit(peek(5)))
        return fail(start, QStringLiteral("expected a time written HH:MM (as 09:00)"));
    const int hour = (peek().unicode() - u'0') * 10 + (peek(1).unicode() - u'0');
    const int minute = (peek(3).unicode() - u'0') * 10 + (peek(4).unicode() - u'0');
    if (hour > 24)
        return fail(start, QStringLiteral("hour %1 does not exist: hours go from 00 to 24").arg(hour));
    if (minute > 59)
        return fail(start + 3,
                    QStringLiteral("minute %1 does not exist: minutes go from 00 to 59").arg(minute));
    if (hour == 24 && minute > 0)
        return fail(start,
                    QStringLiteral("24:%1 does not exist: the latest time is 24:00 (midnight at the end "
                                   "of the day)")
                        .arg(minute, 2, 10, QLatin1Char('0')));
    m_pos += 5;
    *minutes = hour * 60 + minute;
    return true;
}

enum class Occurrence
{
    Earlier,
    Later
};

// The instant (seconds since the epoch) of a wall-clock time in `zone`. `minute` may pass midnight.
// Daylight saving as documented in the header: a time in a gap is read with the offset before the change;
// a time that happens twice means the occurrence asked for. Done by hand rather than by QDateTime's own
// gap handling, which differs between Qt versions.
qint64 wallClockToUtc(const QDate &date, int minute, const QTimeZone &zone, Occurrence occurrence)
{
    const qint64 naive
        = (date.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * SecondsPerDay + qint64(minute) * 60;
    // Changes are months apart, so the offsets a day before and after are the only candidates.
    const int before = zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(naive - SecondsPerDay, Qt::UTC));
    const int after = zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(naive + SecondsPerDay, Qt::UTC));
    const qint64 withBefore = naive - before;
    const qint64 withAfter = naive - after;
    const bool beforeFits = zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(withBefore, Qt::UTC)) == before;
    const bool afterFits = zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(withAfter, Qt::UTC)) == after;
    if (beforeFits && afterFits)
        return occurrence == Occurrence::Earlier ? std::min(withBefore, withAfter)
                                                 : std::max(withBefore, withAfter);
    if (afterFits)
        return withAfter;
    return withBefore; // fits, or the time is in a gap
}

} // namespace

std::optional<OpeningHours> OpeningHours::parse(QStringView text, HoursError *error, int firstColumn)
{
    Parser parser(text, firstColumn);
    if (!parser.run()) {
        if (error)
            *error = parser.error();
        return std::nullopt;
    }
    OpeningHours hours;
    hours.m_alwaysOpen = parser.alwaysOpen();
    hours.m_days = parser.days();
    for (QList<TimeRange> &ranges : hours.m_days)
        std::sort(ranges.begin(), ranges.end(),
                  [](const TimeRange &a, const TimeRange &b) { return a.start < b.start; });
    return hours;
}

std::optional<OnHolidays> OpeningHours::parseClosedOn(QStringView text, HoursError *error, int firstColumn)
{
    const QStringView value = text.trimmed();
    if (value == u"holidays")
        return OnHolidays::Closed;
    if (error) {
        qsizetype pos = 0;
        while (pos < text.size() && text.at(pos).isSpace())
            ++pos;
        *error = HoursError {
            value.isEmpty()
                ? QStringLiteral("nothing after 'closed:': write 'closed: holidays' or remove the line")
                : QStringLiteral("unknown value '%1' for 'closed:': the only value is 'holidays' "
                                 "(give closed weekdays in the hours, as in Su closed)")
                      .arg(value.left(40)),
            int(pos) + firstColumn
        };
    }
    return std::nullopt;
}

bool OpeningHours::isNeverOpen() const
{
    return !m_alwaysOpen && std::all_of(m_days.cbegin(), m_days.cend(), [](const QList<TimeRange> &day) {
        return day.isEmpty();
    });
}

QList<TimeRange> OpeningHours::rangesOn(int dayOfWeek) const
{
    if (dayOfWeek < 1 || dayOfWeek > 7)
        return {};
    if (m_alwaysOpen)
        return { TimeRange { 0, MinutesPerDay } };
    return m_days[dayOfWeek - 1];
}

QTimeZone OpeningHours::timeZone()
{
    return QTimeZone(QByteArrayLiteral("Europe/Amsterdam"));
}

OpeningStatus OpeningHours::statusAt(const QDateTime &at, OnHolidays onHolidays,
                                     const deadline::HolidayCalendar &calendar) const
{
    return statusAt(at, onHolidays, calendar, timeZone());
}

OpeningStatus OpeningHours::statusAt(const QDateTime &at, OnHolidays onHolidays,
                                     const deadline::HolidayCalendar &calendar, const QTimeZone &zone) const
{
    OpeningStatus status;
    if (!at.isValid() || !zone.isValid())
        return status;
    const QDateTime local = at.toTimeZone(zone);
    status.asOf = local;
    if (m_alwaysOpen && onHolidays == OnHolidays::UsualHours) {
        status.state = OpenState::AlwaysOpen;
        return status;
    }
    if (isNeverOpen()) {
        status.state = OpenState::NeverOpen;
        return status;
    }

    const qint64 now = at.toSecsSinceEpoch();
    const QDate today = local.date();
    const bool holidaysClose = onHolidays == OnHolidays::Closed;
    bool open = false;
    qint64 openUntil = 0;
    // Openings in time order: yesterday's may still run past midnight. Touching openings are one.
    for (int offset = -1; offset <= SearchDays; ++offset) {
        const QDate day = today.addDays(offset);
        if (holidaysClose && calendar.isHoliday(day))
            continue;
        const QList<TimeRange> ranges = rangesOn(day.dayOfWeek());
        for (const TimeRange &range : ranges) {
            const qint64 start = wallClockToUtc(day, range.start, zone, Occurrence::Later);
            const qint64 end = wallClockToUtc(day, range.end, zone, Occurrence::Earlier);
            if (end <= start)
                continue; // wholly inside the repeated hour in October
            if (open) {
                if (start <= openUntil) {
                    openUntil = std::max(openUntil, end);
                    continue;
                }
                status.state = OpenState::Open;
                status.until = QDateTime::fromSecsSinceEpoch(openUntil, zone);
                return status;
            }
            if (end <= now)
                continue;
            if (start <= now) {
                open = true;
                openUntil = end;
                continue;
            }
            status.state = OpenState::Closed;
            status.nextOpening = QDateTime::fromSecsSinceEpoch(start, zone);
            // The holiday is the reason only if the contact would have opened today.
            if (holidaysClose && !rangesOn(today.dayOfWeek()).isEmpty()) {
                const QList<deadline::Holiday> holidays = calendar.holidaysOn(today);
                if (!holidays.isEmpty()) {
                    status.state = OpenState::ClosedForHoliday;
                    status.holiday = holidays.first().name;
                }
            }
            return status;
        }
    }
    // Open without an end in sight (every day 00:00-24:00), or no opening within SearchDays.
    status.state = open ? OpenState::AlwaysOpen : OpenState::NeverOpen;
    return status;
}

namespace {

// "17:00", "tomorrow at 17:00", "Monday at 17:00", "Thursday 8 January at 17:00": where `moment` lies seen
// from `asOf`, both in Europe/Amsterdam.
enum class Relative
{
    Today,
    Tomorrow,
    ThisWeek,
    Later
};

Relative relativeDay(const QDateTime &asOf, const QDateTime &moment)
{
    const qint64 days = asOf.date().daysTo(moment.date());
    if (days <= 0)
        return Relative::Today;
    if (days == 1)
        return Relative::Tomorrow;
    if (days < 7)
        return Relative::ThisWeek;
    return Relative::Later;
}

QString dayText(const QDateTime &moment, Relative relative, const QLocale &locale)
{
    if (relative == Relative::ThisWeek)
        return locale.dayName(moment.date().dayOfWeek(), QLocale::LongFormat);
    return locale.toString(moment.date(), QStringLiteral("dddd d MMMM"));
}

QString opensText(const OpeningStatus &status, const QLocale &locale)
{
    const QDateTime &next = status.nextOpening;
    const QString time = locale.toString(next.time(), QStringLiteral("HH:mm"));
    switch (const Relative relative = relativeDay(status.asOf, next)) {
    case Relative::Today:
        return QCoreApplication::translate("rc::contacts::OpeningHours", "Opens today at %1").arg(time);
    case Relative::Tomorrow:
        return QCoreApplication::translate("rc::contacts::OpeningHours", "Opens tomorrow at %1").arg(time);
    case Relative::ThisWeek:
    case Relative::Later:
        //: %1 is a day ("Monday") or a date ("Thursday 8 January"), %2 a time ("09:00")
        return QCoreApplication::translate("rc::contacts::OpeningHours", "Opens %1 at %2")
            .arg(dayText(next, relative, locale), time);
    }
    return {};
}

QString untilText(const OpeningStatus &status, const QLocale &locale)
{
    const QDateTime &until = status.until;
    const QString time = locale.toString(until.time(), QStringLiteral("HH:mm"));
    const Relative relative = relativeDay(status.asOf, until);
    if (relative == Relative::Tomorrow && until.time() == QTime(0, 0))
        return QCoreApplication::translate("rc::contacts::OpeningHours", "Open now, until midnight");
    switch (relative) {
    case Relative::Today:
        return QCoreApplication::translate("rc::contacts::OpeningHours", "Open now, until %1").arg(time);
    case Relative::Tomorrow:
        return QCoreApplication::translate("rc::contacts::OpeningHours", "Open now, until tomorrow at %1")
            .arg(time);
    case Relative::ThisWeek:
    case Relative::Later:
        //: %1 is a day ("Monday") or a date ("Thursday 8 January"), %2 a time ("09:00")
        return QCoreApplication::translate("rc::contacts::OpeningHours", "Open now, until %1 at %2")
            .arg(dayText(until, relative, locale), time);
    }
    return {};
}

} // namespace

QString OpeningHours::describe(const OpeningStatus &status, const QLocale &locale)
{
    switch (status.state) {
    case OpenState::Unknown:
        return {};
    case OpenState::AlwaysOpen:
        return QCoreApplication::translate("rc::contacts::OpeningHours", "Open 24 hours, every day");
    case OpenState::NeverOpen:
        return QCoreApplication::translate("rc::contacts::OpeningHours", "Not open on any day");
    case OpenState::Open:
        return untilText(status, locale);
    case OpenState::Closed:
        return opensText(status, locale);
    case OpenState::ClosedForHoliday:
        //: %1 says when it opens next, e.g. "Opens tomorrow at 09:00"
        return QCoreApplication::translate("rc::contacts::OpeningHours", "Closed today (public holiday). %1")
            .arg(opensText(status, locale));
    }
    return {};
}

} // namespace rc::contacts
