#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace rc::deadline {

// Why a day is a recognised holiday for the Algemene termijnenwet (Atw, wetten.overheid.nl/BWBR0002448).
enum class HolidayKind
{
    Statutory, // art. 3(1): named in the law
    GoodFriday, // art. 3(2): equated by the law itself
    Equated // art. 3(3): equated by royal decree, loaded from data
};

struct Holiday
{
    QDate date;
    QString name; // English, e.g. "Easter Monday"
    HolidayKind kind = HolidayKind::Statutory;
    QString source; // Equated: the URL of the decree or a page quoting it
};

// A day equated with a holiday by royal decree (Atw art. 3(3)), as listed in
// content/nl/deadlines/equated-days.json.
struct EquatedDay
{
    QDate date;
    QString name;
    QString decree; // the decree's title, if known
    QString source; // https URL
    bool operator==(const EquatedDay &other) const = default;
};

namespace Holidays {

// The first year this calendar is right for: King's Day has been 27 April since 2014 (before, Queen's Day
// was 30 April).
constexpr int FirstYear = 2014;
constexpr int LastYear = 9999;

// Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). Invalid outside
// FirstYear..LastYear.
QDate easterSunday(int year);
// 27 April, or 26 April when 27 April is a Sunday.
QDate kingsDay(int year);
// The holidays the Atw names (art. 3(1)) and Good Friday (art. 3(2)), sorted by date. Two can fall on
// one date (Ascension Day on 5 May, as in 2016).
QList<Holiday> statutory(int year);

} // namespace Holidays

// The days that stop a term from ending (Atw art. 1 and 2): Saturdays, Sundays, the statutory holidays
// and the equated days loaded from data.
class HolidayCalendar
{
public:
    HolidayCalendar() = default; // statutory holidays only
    explicit HolidayCalendar(const QList<EquatedDay> &equatedDays);

    // Parses equated-days.json:
    //   { "note": "...", "days": [ { "date": "2026-05-15", "name": "...", "decree": "...",
    //                                "source": "https://..." } ] }
    // Every day needs a valid date, a name and an https source; dates are unique. An empty list needs
    // a note saying why. `fileName` is used in messages only.
    static std::optional<QList<EquatedDay>> parseEquatedDays(const QByteArray &json, const QString &fileName,
                                                             QString *error);
    static std::optional<HolidayCalendar> loadFile(const QString &path, QString *error);

    // Every holiday on `date` (usually none or one), statutory ones first.
    QList<Holiday> holidaysOn(const QDate &date) const;
    bool isHoliday(const QDate &date) const { return !holidaysOn(date).isEmpty(); }
    // Saturday, Sunday or a holiday: the days the Atw does not let a term end on.
    bool isNonWorkingDay(const QDate &date) const;
    // Every holiday of `year`, sorted by date.
    QList<Holiday> holidaysIn(int year) const;

    QList<EquatedDay> equatedDays() const { return m_equated.values(); }

private:
    QMap<QDate, EquatedDay> m_equated;
};

} // namespace rc::deadline
