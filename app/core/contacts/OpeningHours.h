#pragma once

// Opening hours of a contact: a small, strict subset of the OpenStreetMap opening_hours syntax
// (wiki.openstreetmap.org/wiki/Key:opening_hours), and the engine that says "open now, until 17:00",
// "opens tomorrow at 09:00" or "closed today (public holiday)".
//
// THE FORMAT (the value of an `hours:` header line)
//
//   hours: Mo-Fr 09:00-17:00; Sa 10:00-12:30; Su closed
//   hours: Mo-Fr 13:00-15:00
//   hours: Mo 09:00-12:00,13:00-17:00; We,Fr 09:00-12:00
//   hours: Fr 22:00-02:00          (overnight: opens Friday 22:00, closes Saturday 02:00)
//   hours: 24/7
//
// - A value is one or more rules separated by ';'. A rule is a day selector, a space, and either a list of
//   time ranges separated by ',' or the word `closed` (or `off`, as OpenStreetMap writes it).
// - Days are Mo Tu We Th Fr Sa Su, exactly so. A selector lists days or day ranges separated by ',':
//   `Mo-Fr`, `Mo,We,Fr`, `Mo-We,Sa`. A range may wrap around the week: `Sa-Mo` is Saturday, Sunday and
//   Monday.
// - Each day is given once. A day that no rule names is closed. (OpenStreetMap lets a later rule override
//   an earlier one, as in `Mo-Fr 09:00-17:00; We 09:00-12:00`; this subset refuses it, so the text says
//   exactly what it means: write `Mo-Tu,Th-Fr 09:00-17:00; We 09:00-12:00`.)
// - Times are HH:MM with two digits each, 00:00 to 24:00. 24:00 means midnight at the end of the day and
//   may only end a range. A range whose end is earlier than its start runs past midnight and ends on the
//   next day (`Fr 22:00-02:00`; `22:00-00:00` is the same as `22:00-24:00`). A range cannot be empty
//   (`09:00-09:00`); a whole day is `00:00-24:00`.
// - Ranges may not overlap, on one day or across midnight (`Fr 22:00-02:00; Sa 01:00-05:00` is refused).
//   Ranges that touch (`Mo 00:00-24:00; Tu 00:00-12:00`) are one opening: open from Monday 00:00 until
//   Tuesday 12:00.
// - `24/7` is open always, and must be the only rule.
// - Spaces are allowed around ';' and after ','; not inside a time range. Only printable ASCII is
//   accepted (a dash copied from a word processor is refused with a hint). At most 500 characters.
// - Not supported: public and school holidays in the hours (`PH off`, `SH`), months, weeks, dates,
//   open ends (`10:00+`), comments, extended hours (`22:00-26:00`).
//
// Public holidays are a separate line, `closed: holidays` (parseClosedOn()): the contact is closed on
// every day of the holiday list of the Algemene termijnenwet (deadline::HolidayCalendar), which includes
// Good Friday and 5 May in every year. A contact that opens on some of those days should not use the line
// and should say so in its text instead. An opening belongs to the day it starts: with `closed: holidays`,
// `Fr 22:00-02:00` does not open on Good Friday, while `Th 22:00-02:00` stays open into Good Friday.
//
// TIME ZONE AND DAYLIGHT SAVING
//
// All times are wall-clock times in Europe/Amsterdam, whatever the zone of the device or of the instant
// asked about. On the two days a year the clock changes:
// - March (02:00-03:00 does not exist): a time in the gap is read with the offset in force before the
//   change, i.e. it moves forward by the length of the gap: an opening at 02:30 opens at 03:30 summer time,
//   and a closing at 02:00 closes at the moment the clock jumps to 03:00.
// - October (02:00-03:00 happens twice): when in doubt we say "closed". An opening time in the repeated
//   hour means its second occurrence and a closing time its first, so the app never sends someone to a
//   door that might still be shut. A range that lies wholly inside the repeated hour and becomes empty
//   this way is skipped on that day.
// Elapsed opening times follow from that: `Sa 22:00-06:00` lasts 7 hours on the night of the March
// change and 9 hours on the night of the October change.
//
// Error columns count UTF-16 code units from `firstColumn` (the column where the value starts in its
// file), so a file parser can report "file:line:column".

#include "deadline/Holidays.h"

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <array>
#include <optional>

namespace rc::contacts {

// One opening on one day, in minutes after midnight of the day it starts.
struct TimeRange
{
    int start = 0; // 0..1439
    int end = 0; // start+1 .. start+1440; over 1440 means it ends on the next day
    bool operator==(const TimeRange &other) const = default;
};

struct HoursError
{
    QString message; // English, for content authors; says what is wrong and how to write it
    int column = 0;
};

// Whether a contact keeps its usual hours on public holidays or is closed on them (`closed: holidays`).
enum class OnHolidays
{
    UsualHours,
    Closed
};

enum class OpenState
{
    Unknown, // invalid instant, or the time zone database lacks Europe/Amsterdam: show the raw hours
    AlwaysOpen, // 24/7 (or every day 00:00-24:00) and not closed on holidays
    Open, // open now; `until` says when it closes
    Closed, // closed now; `nextOpening` says when it opens
    ClosedForHoliday, // closed today because today is a public holiday; `nextOpening`, `holiday`
    NeverOpen // every day closed, or no opening within a year
};

struct OpeningStatus
{
    OpenState state = OpenState::Unknown;
    QDateTime asOf; // the instant asked about, in Europe/Amsterdam
    QDateTime until; // Open: when it closes, in Europe/Amsterdam (touching openings count as one)
    QDateTime nextOpening; // Closed, ClosedForHoliday: when it opens next, in Europe/Amsterdam
    QString holiday; // ClosedForHoliday: the holiday's English name, e.g. "King's Day"
};

class OpeningHours
{
public:
    static constexpr int MaxLength = 500;
    // How far ahead the engine looks for the next opening or for the end of an opening.
    static constexpr int SearchDays = 400;

    // Parses the value of an `hours:` line. On failure returns nothing and fills `error`.
    static std::optional<OpeningHours> parse(QStringView text, HoursError *error = nullptr,
                                             int firstColumn = 1);
    // Parses the value of a `closed:` line; the only value is `holidays`.
    static std::optional<OnHolidays> parseClosedOn(QStringView text, HoursError *error = nullptr,
                                                   int firstColumn = 1);

    bool isAlwaysOpen() const { return m_alwaysOpen; }
    // No opening on any day (every day `closed`).
    bool isNeverOpen() const;
    // The ranges that start on `dayOfWeek` (1 = Monday, as QDate::dayOfWeek()), sorted; 24/7 gives
    // 00:00-24:00 on every day.
    QList<TimeRange> rangesOn(int dayOfWeek) const;

    // Europe/Amsterdam. Invalid if the system's time zone database lacks it.
    static QTimeZone timeZone();

    // The status at `at` (any time spec or zone), with the holidays of `calendar` (the statutory ones
    // unless it carries equated days too).
    OpeningStatus statusAt(const QDateTime &at, OnHolidays onHolidays = OnHolidays::UsualHours,
                           const deadline::HolidayCalendar &calendar = deadline::HolidayCalendar()) const;
    // The same in another zone: for tests of a missing zone database.
    OpeningStatus statusAt(const QDateTime &at, OnHolidays onHolidays,
                           const deadline::HolidayCalendar &calendar, const QTimeZone &zone) const;

    // A short sentence for the interface, translated in the context "rc::contacts::OpeningHours":
    // "Open now, until 17:00", "Opens tomorrow at 09:00", "Opens Monday at 09:00",
    // "Closed today (public holiday). Opens Tuesday at 09:00". Day and month names and digits come from
    // `locale`. Empty for OpenState::Unknown.
    static QString describe(const OpeningStatus &status, const QLocale &locale = QLocale());

private:
    bool m_alwaysOpen = false;
    std::array<QList<TimeRange>, 7> m_days; // [0] = Monday
};

} // namespace rc::contacts
