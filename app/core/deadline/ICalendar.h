#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// A small RFC 5545 (iCalendar) writer for deadlines as all-day events, and the minimal parser the tests
// use to read them back. Output: UTF-8, CRLF after every line, lines folded at 75 octets without ever
// splitting a UTF-8 sequence, TEXT values escaped (backslash, semicolon, comma, newline).
namespace rc::deadline::ICalendar {

constexpr int MaxLineOctets = 75; // without the CRLF (RFC 5545 section 3.1)
constexpr int MaxAlarmMinutes = 366 * 24 * 60;

struct Event
{
    QString uid; // globally unique, e.g. "<date>-<term>@rights-companion"
    QDate date; // DTSTART;VALUE=DATE; DTEND is the next day
    QString summary;
    QString description; // may hold newlines
    int alarmMinutesBefore = -1; // >= 0: a display alarm this many minutes before the day begins

    bool operator==(const Event &other) const = default;
};

struct Calendar
{
    QDateTime stamp; // DTSTAMP of every event, written in UTC to the second
    QList<Event> events;

    bool operator==(const Calendar &other) const = default;
};

// The whole VCALENDAR. Returns an empty array and sets *error when an event has no UID or no valid date,
// the stamp is invalid, or an alarm is out of range (0..MaxAlarmMinutes).
QByteArray write(const Calendar &calendar, QString *error = nullptr);

// Reads what write() produces: unfolds, splits on CRLF, unescapes. Strict about what write() promises
// (CRLF line ends, BEGIN/END nesting, VALUE=DATE all-day events with DTEND the next day); other
// properties are ignored. Returns nullopt with "line N: reason" in *error.
std::optional<Calendar> parse(const QByteArray &data, QString *error = nullptr);

// TEXT escaping (RFC 5545 section 3.3.11). CR and CRLF become newlines; other control characters
// (except tab) are dropped, as TEXT cannot hold them.
QString escapeText(const QString &text);
QString unescapeText(const QString &text);

// Folds one content line (no line end) into lines of at most MaxLineOctets octets, each ending in
// CRLF, continuation lines starting with a space; cuts only between UTF-8 characters.
QByteArray foldLine(const QByteArray &line);
// Undoes folding: removes every CRLF followed by a space or tab.
QByteArray unfold(const QByteArray &data);

} // namespace rc::deadline::ICalendar
