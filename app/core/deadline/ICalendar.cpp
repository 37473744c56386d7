#include "ICalendar.h"

#include <QRegularExpression>

namespace rc::deadline::ICalendar {

namespace {

constexpr char productId[] = "-//Rights Companion//Deadlines//EN";

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QByteArray dateValue(const QDate &date)
{
    return date.toString(QStringLiteral("yyyyMMdd")).toLatin1();
}

QByteArray trigger(int minutes)
{
    if (minutes > 0 && minutes % (24 * 60) == 0)
        return "-P" + QByteArray::number(minutes / (24 * 60)) + 'D';
    if (minutes > 0 && minutes % 60 == 0)
        return "-PT" + QByteArray::number(minutes / 60) + 'H';
    return "-PT" + QByteArray::number(minutes) + 'M';
}

// Minutes before the start for a negative (or zero) duration; nullopt for anything else.
std::optional<int> minutesBefore(const QString &value)
{
    static const QRegularExpression form(
        QStringLiteral("^([+-]?)P(?:([0-9]{1,6})W)?(?:([0-9]{1,6})D)?(?:T(?:([0-9]{1,6})H)?(?:([0-9]{1,6})M)?"
                       "(?:([0-9]{1,6})S)?)?$"));
    const QRegularExpressionMatch m = form.match(value);
    if (!m.hasMatch() || value.endsWith(QLatin1Char('P')) || value.endsWith(QLatin1Char('T')))
        return std::nullopt;
    const qint64 minutes = m.captured(2).toLongLong() * 7 * 24 * 60 + m.captured(3).toLongLong() * 24 * 60
        + m.captured(4).toLongLong() * 60 + m.captured(5).toLongLong();
    if (m.captured(6).toLongLong() != 0 || minutes > MaxAlarmMinutes)
        return std::nullopt;
    if (m.captured(1) != QLatin1String("-") && minutes != 0)
        return std::nullopt;
    return int(minutes);
}

struct ContentLine
{
    QString name; // upper case
    QString parameters; // as written, without the leading ';'
    QString value;
};

std::optional<ContentLine> splitLine(const QString &line)
{
    ContentLine result;
    qsizetype at = 0;
    while (at < line.size() && line.at(at) != QLatin1Char(';') && line.at(at) != QLatin1Char(':'))
        ++at;
    if (at == 0 || at == line.size())
        return std::nullopt;
    result.name = line.left(at).toUpper();
    if (line.at(at) == QLatin1Char(';')) {
        const qsizetype paramStart = ++at;
        bool quoted = false;
        while (at < line.size() && (quoted || line.at(at) != QLatin1Char(':'))) {
            if (line.at(at) == QLatin1Char('"'))
                quoted = !quoted;
            ++at;
        }
        if (at == line.size())
            return std::nullopt;
        result.parameters = line.mid(paramStart, at - paramStart);
    }
    result.value = line.mid(at + 1);
    return result;
}

} // namespace

QString escapeText(const QString &text)
{
    QString normalised = text;
    normalised.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normalised.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QString out;
    out.reserve(normalised.size() + 16);
    for (const QChar c : std::as_const(normalised)) {
        switch (c.unicode()) {
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case ';':
            out += QLatin1String("\\;");
            break;
        case ',':
            out += QLatin1String("\\,");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        default:
            if ((c.unicode() < 0x20 && c != QLatin1Char('\t')) || c.unicode() == 0x7F)
                break; // TEXT cannot hold control characters
            out += c;
        }
    }
    return out;
}

QString unescapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('\\') || i + 1 == text.size()) {
            out += c;
            continue;
        }
        const QChar next = text.at(++i);
        if (next == QLatin1Char('n') || next == QLatin1Char('N'))
            out += QLatin1Char('\n');
        else
            out += next; // "\\", "\;", "\," and, leniently, anything else
    }
    return out;
}

QByteArray foldLine(const QByteArray &line)
{
    QByteArray out;
    qsizetype pos = 0;
    qsizetype limit = MaxLineOctets;
    while (line.size() - pos > limit) {
        qsizetype cut = pos + limit;
        // Never cut before a UTF-8 continuation byte (10xxxxxx): that would split a character.
        while (cut > pos && (static_cast<unsigned char>(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += line.mid(pos, cut - pos);
        out += "\r\n ";
        pos = cut;
        limit = MaxLineOctets - 1; // the leading space counts
    }
    out += line.mid(pos);
    out += "\r\n";
    return out;
}

QByteArray unfold(const QByteArray &data)
{
    QByteArray out = data;
    out.replace("\r\n ", "");
    out.replace("\r\n\t", "");
    return out;
}

QByteArray write(const Calendar &calendar, QString *error)
{
    if (!calendar.stamp.isValid()) {
        fail(error, QStringLiteral("the stamp is not a valid date and time"));
        return {};
    }
    const QByteArray stamp
        = calendar.stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    QByteArray out;
    auto add = [&out](const QByteArray &line) { out += foldLine(line); };
    auto text = [](const QString &value) { return escapeText(value).toUtf8(); };
    add("BEGIN:VCALENDAR");
    add("VERSION:2.0");
    add(QByteArray("PRODID:") + productId);
    add("CALSCALE:GREGORIAN");
    for (qsizetype i = 0; i < calendar.events.size(); ++i) {
        const Event &event = calendar.events.at(i);
        if (event.uid.trimmed().isEmpty()) {
            fail(error, QStringLiteral("event %1 has no UID").arg(i));
            return {};
        }
        if (!event.date.isValid() || event.date.year() < 1 || event.date.year() > 9998) {
            fail(error, QStringLiteral("event %1 has no valid date").arg(i));
            return {};
        }
        if (event.alarmMinutesBefore > MaxAlarmMinutes) {
            fail(error,
                 QStringLiteral("event %1: the alarm is more than %2 minutes before")
                     .arg(i)
                     .arg(MaxAlarmMinutes));
            return {};
        }
        add("BEGIN:VEVENT");
        add("UID:" + text(event.uid));
        add("DTSTAMP:" + stamp);
        add("DTSTART;VALUE=DATE:" + dateValue(event.date));
        add("DTEND;VALUE=DATE:" + dateValue(event.date.addDays(1)));
        add("SUMMARY:" + text(event.summary));
        if (!event.description.isEmpty())
            add("DESCRIPTION:" + text(event.description));
        add("TRANSP:TRANSPARENT");
        if (event.alarmMinutesBefore >= 0) {
            add("BEGIN:VALARM");
            add("ACTION:DISPLAY");
            add("DESCRIPTION:" + text(event.summary.isEmpty() ? event.uid : event.summary));
            add("TRIGGER:" + trigger(event.alarmMinutesBefore));
            add("END:VALARM");
        }
        add("END:VEVENT");
    }
    add("END:VCALENDAR");
    return out;
}

std::optional<Calendar> parse(const QByteArray &data, QString *error)
{
    // Line numbers in messages count unfolded lines.
    if (!data.endsWith("\r\n")) {
        fail(error, QStringLiteral("the data does not end with CRLF"));
        return std::nullopt;
    }
    const QByteArray unfolded = unfold(data);
    QList<QByteArray> rawLines = unfolded.split('\n');
    rawLines.removeLast(); // empty: after the final CRLF

    enum class Where
    {
        Before,
        Calendar,
        Event,
        Alarm,
        After
    };
    Where where = Where::Before;
    Calendar calendar;
    Event event;
    bool haveStart = false;
    bool haveEnd = false;
    QDate end;
    int line = 0;
    auto bad = [&line, error](const QString &message) {
        fail(error, QStringLiteral("line %1: %2").arg(line).arg(message));
        return std::nullopt;
    };
    for (const QByteArray &raw : std::as_const(rawLines)) {
        ++line;
        if (!raw.endsWith('\r'))
            return bad(QStringLiteral("the line does not end with CRLF"));
        const QByteArray bytes = raw.chopped(1);
        if (bytes.contains('\r'))
            return bad(QStringLiteral("a CR inside a line"));
        const QString text = QString::fromUtf8(bytes);
        if (text.toUtf8() != bytes)
            return bad(QStringLiteral("not valid UTF-8"));
        const std::optional<ContentLine> content = splitLine(text);
        if (!content)
            return bad(QStringLiteral("not a content line: \"%1\"").arg(text.left(40)));
        const QString &name = content->name;
        const QString &value = content->value;
        const QString params = content->parameters.toUpper();

        if (name == QLatin1String("BEGIN") || name == QLatin1String("END")) {
            const bool begin = name == QLatin1String("BEGIN");
            const QString component = value.toUpper();
            if (begin && component == QLatin1String("VCALENDAR") && where == Where::Before) {
                where = Where::Calendar;
            } else if (!begin && component == QLatin1String("VCALENDAR") && where == Where::Calendar) {
                where = Where::After;
            } else if (begin && component == QLatin1String("VEVENT") && where == Where::Calendar) {
                where = Where::Event;
                event = Event();
                haveStart = haveEnd = false;
            } else if (!begin && component == QLatin1String("VEVENT") && where == Where::Event) {
                if (event.uid.isEmpty())
                    return bad(QStringLiteral("the event has no UID"));
                if (!haveStart)
                    return bad(QStringLiteral("the event has no DTSTART"));
                if (!haveEnd || end != event.date.addDays(1))
                    return bad(QStringLiteral("DTEND must be the day after DTSTART for an all-day event"));
                calendar.events.append(event);
                where = Where::Calendar;
            } else if (begin && component == QLatin1String("VALARM") && where == Where::Event) {
                where = Where::Alarm;
            } else if (!begin && component == QLatin1String("VALARM") && where == Where::Alarm) {
                if (event.alarmMinutesBefore < 0)
                    return bad(QStringLiteral("the alarm has no TRIGGER"));
                where = Where::Event;
            } else {
                return bad(QStringLiteral("unexpected %1:%2").arg(name, value));
            }
            continue;
        }
        if (where == Where::Before || where == Where::After)
            return bad(QStringLiteral("content outside BEGIN:VCALENDAR ... END:VCALENDAR"));
        if (where == Where::Alarm) {
            if (name == QLatin1String("TRIGGER")) {
                const std::optional<int> minutes = minutesBefore(value);
                if (!minutes || !params.isEmpty())
                    return bad(QStringLiteral("unsupported TRIGGER \"%1\"").arg(value));
                event.alarmMinutesBefore = *minutes;
            }
            continue;
        }
        if (where != Where::Event)
            continue; // calendar properties: VERSION, PRODID, CALSCALE
        if (name == QLatin1String("UID")) {
            event.uid = unescapeText(value);
        } else if (name == QLatin1String("SUMMARY")) {
            event.summary = unescapeText(value);
        } else if (name == QLatin1String("DESCRIPTION")) {
            event.description = unescapeText(value);
        } else if (name == QLatin1String("DTSTAMP")) {
            QDateTime stamp = QDateTime::fromString(value, QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
            if (!stamp.isValid())
                return bad(QStringLiteral("DTSTAMP \"%1\" is not a UTC date-time").arg(value));
            stamp.setTimeSpec(Qt::UTC);
            if (!calendar.stamp.isValid())
                calendar.stamp = stamp;
        } else if (name == QLatin1String("DTSTART") || name == QLatin1String("DTEND")) {
            if (params != QLatin1String("VALUE=DATE"))
                return bad(QStringLiteral("%1 must be an all-day date (VALUE=DATE)").arg(name));
            const QDate date = QDate::fromString(value, QStringLiteral("yyyyMMdd"));
            if (value.size() != 8 || !date.isValid())
                return bad(QStringLiteral("%1 \"%2\" is not a date").arg(name, value));
            if (name == QLatin1String("DTSTART")) {
                event.date = date;
                haveStart = true;
            } else {
                end = date;
                haveEnd = true;
            }
        }
    }
    if (where != Where::After) {
        fail(error, QStringLiteral("missing END:VCALENDAR"));
        return std::nullopt;
    }
    return calendar;
}

} // namespace rc::deadline::ICalendar
