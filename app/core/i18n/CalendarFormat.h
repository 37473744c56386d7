#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace rc::i18n {

// The calendars a date can be shown in. Deadlines are counted in the Gregorian calendar (the one the
// IND and the courts use); the others are only ever shown beside it.
enum class Calendar
{
    Gregorian,
    Persian, // Solar Hijri (Iran, Afghanistan)
    Ethiopic // Amete Mihret era (Ethiopia, Ethiopian and Eritrean churches)
};

// "gregorian", "persian", "ethiopic": ICU's keywords, also what the settings file and QML use.
QString calendarId(Calendar calendar);
std::optional<Calendar> calendarFromId(QStringView id);

// The calendars that make sense for a language (a content language code such as "fa" or "ti"), the
// default first. Farsi and Dari readers get the Solar Hijri calendar by default; Tigrinya readers are
// offered the Ethiopian calendar but keep the Gregorian one by default, because most of them are
// Eritrean and Eritrea's civil calendar is Gregorian. Every other language: Gregorian only.
QList<Calendar> calendarsFor(QStringView language);
Calendar defaultCalendarFor(QStringView language);

// The ICU locale of a content language: "prs" is "fa_AF", "ti" is "ti_ER", ...; unknown codes are
// passed on as they are (ICU then falls back to its root locale).
QString icuLocaleFor(QStringView language);

// A day as a calendar counts it. `era` is ICU's era number (1 for the current Persian and Ethiopic
// eras); months count from 1 (Ethiopic: 13 is Pagume).
struct CalendarDate
{
    int era = 0;
    int year = 0;
    int month = 0;
    int day = 0;
    bool operator==(const CalendarDate &) const = default;
};

// The oldest and newest days that are formatted; outside them (or for an invalid date) the functions
// below return an empty result. Nothing the app stores is that far away, and ICU's calendars are not
// meant for years in the millions.
inline constexpr int MinYear = 1;
inline constexpr int MaxYear = 9999;

std::optional<CalendarDate> toCalendar(const QDate &date, Calendar calendar);

// The date in words as people write it in `language` ("12 Azar 1405", "۱۲ آذر ۱۴۰۵", "1 መስከረም 2019
// ዓ/ም"), with the language's usual digits (Persian digits for fa and prs, as QLocale does). Tigrinya
// month and era names of the Ethiopian calendar are our own (ICU 72 has none). Empty for an invalid
// date or one outside MinYear..MaxYear.
QString formatDate(const QDate &date, Calendar calendar, QStringView language);

// What the user reads for a date that matters: the chosen calendar's date with the Gregorian date
// beside it, "12 Azar 1405 (3 December 2026)"; just the Gregorian date when that is the chosen one.
QString formatWithGregorian(const QDate &date, Calendar calendar, QStringView language);

// The wide month names of a calendar in a language (12 or 13), for tests and pickers.
QStringList monthNames(Calendar calendar, QStringView language);

} // namespace rc::i18n
