#include "Holidays.h"

#include "DataFile.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace rc::deadline {

namespace Holidays {

namespace {

bool supported(int year)
{
    return year >= FirstYear && year <= LastYear;
}

Holiday statutoryHoliday(const QDate &date, const char *name, HolidayKind kind = HolidayKind::Statutory)
{
    return Holiday { date, QString::fromLatin1(name), kind, QString() };
}

} // namespace

QDate easterSunday(int year)
{
    if (!supported(year))
        return {};
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher), integer arithmetic only.
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QDate kingsDay(int year)
{
    if (!supported(year))
        return {};
    const QDate day(year, 4, 27);
    return day.dayOfWeek() == Qt::Sunday ? day.addDays(-1) : day;
}

QList<Holiday> statutory(int year)
{
    if (!supported(year))
        return {};
    const QDate easter = easterSunday(year);
    QList<Holiday> list {
        statutoryHoliday(QDate(year, 1, 1), "New Year's Day"),
        statutoryHoliday(easter.addDays(-2), "Good Friday", HolidayKind::GoodFriday),
        statutoryHoliday(easter.addDays(1), "Easter Monday"),
        statutoryHoliday(easter.addDays(39), "Ascension Day"),
        statutoryHoliday(easter.addDays(50), "Whit Monday"),
        statutoryHoliday(kingsDay(year), "King's Day"),
        statutoryHoliday(QDate(year, 5, 5), "Liberation Day (5 May)"),
        statutoryHoliday(QDate(year, 12, 25), "Christmas Day"),
        statutoryHoliday(QDate(year, 12, 26), "Second Day of Christmas"),
    };
    std::stable_sort(list.begin(), list.end(),
                     [](const Holiday &x, const Holiday &y) { return x.date < y.date; });
    return list;
}

} // namespace Holidays

HolidayCalendar::HolidayCalendar(const QList<EquatedDay> &equatedDays)
{
    for (const EquatedDay &day : equatedDays)
        m_equated.insert(day.date, day);
}

std::optional<QList<EquatedDay>> HolidayCalendar::parseEquatedDays(const QByteArray &json,
                                                                   const QString &fileName, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    const std::optional<QJsonObject> root = DataFile::parseObject(json, fileName, error);
    if (!root)
        return std::nullopt;
    const QString stray = DataFile::unknownKey(
        *root, { QStringLiteral("note"), QStringLiteral("checked"), QStringLiteral("days") });
    if (!stray.isEmpty()) {
        *error = QStringLiteral("%1: unknown key '%2' (expected note, checked, days)").arg(fileName, stray);
        return std::nullopt;
    }
    const QJsonValue note = root->value(QLatin1String("note"));
    if (!note.isUndefined() && !note.isString()) {
        *error = QStringLiteral("%1: 'note' must be a string").arg(fileName);
        return std::nullopt;
    }
    const QJsonValue checked = root->value(QLatin1String("checked"));
    if (!checked.isUndefined() && !DataFile::parseIsoDate(checked.toString())) {
        *error = QStringLiteral("%1: 'checked' must be a date written YYYY-MM-DD").arg(fileName);
        return std::nullopt;
    }
    const QJsonValue days = root->value(QLatin1String("days"));
    if (!days.isArray()) {
        *error = QStringLiteral("%1: 'days' must be a list (it may be empty, with a note saying why)")
                     .arg(fileName);
        return std::nullopt;
    }
    if (days.toArray().isEmpty() && note.toString().trimmed().isEmpty()) {
        *error = QStringLiteral("%1: 'days' is empty: add a 'note' that says why").arg(fileName);
        return std::nullopt;
    }

    QList<EquatedDay> result;
    QSet<QDate> seen;
    const QJsonArray list = days.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("%1: days[%2]").arg(fileName).arg(i);
        if (!list.at(i).isObject()) {
            *error = QStringLiteral("%1: must be an object with date, name and source").arg(where);
            return std::nullopt;
        }
        const QJsonObject entry = list.at(i).toObject();
        const QString strayKey
            = DataFile::unknownKey(entry,
                                   { QStringLiteral("date"), QStringLiteral("name"), QStringLiteral("decree"),
                                     QStringLiteral("source"), QStringLiteral("note") });
        if (!strayKey.isEmpty()) {
            *error = QStringLiteral("%1: unknown key '%2' (expected date, name, decree, source, note)")
                         .arg(where, strayKey);
            return std::nullopt;
        }
        const QJsonValue dateValue = entry.value(QLatin1String("date"));
        if (!dateValue.isString()) {
            *error = QStringLiteral("%1: 'date' is missing").arg(where);
            return std::nullopt;
        }
        const std::optional<QDate> date = DataFile::parseIsoDate(dateValue.toString());
        if (!date) {
            *error = QStringLiteral("%1: date '%2' is not a real date written YYYY-MM-DD")
                         .arg(where, dateValue.toString());
            return std::nullopt;
        }
        if (seen.contains(*date)) {
            *error = QStringLiteral("%1: date %2 is listed twice").arg(where, date->toString(Qt::ISODate));
            return std::nullopt;
        }
        seen.insert(*date);
        const QString name = entry.value(QLatin1String("name")).toString().trimmed();
        if (name.isEmpty()) {
            *error = QStringLiteral("%1 (%2): 'name' is missing").arg(where, date->toString(Qt::ISODate));
            return std::nullopt;
        }
        const QJsonValue source = entry.value(QLatin1String("source"));
        if (!source.isString() || source.toString().trimmed().isEmpty()) {
            *error = QStringLiteral("%1 (%2): 'source' is missing: every equated day needs the URL of the "
                                    "decree or a page that quotes it")
                         .arg(where, date->toString(Qt::ISODate));
            return std::nullopt;
        }
        if (!DataFile::isHttpsUrl(source.toString())) {
            *error = QStringLiteral("%1 (%2): source '%3' is not an https URL")
                         .arg(where, date->toString(Qt::ISODate), source.toString());
            return std::nullopt;
        }
        for (const char *key : { "decree", "note" }) {
            const QJsonValue value = entry.value(QLatin1String(key));
            if (!value.isUndefined() && !value.isString()) {
                *error = QStringLiteral("%1 (%2): '%3' must be a string")
                             .arg(where, date->toString(Qt::ISODate), QLatin1String(key));
                return std::nullopt;
            }
        }
        result.append(
            EquatedDay { *date, name, entry.value(QLatin1String("decree")).toString(), source.toString() });
    }
    std::sort(result.begin(), result.end(),
              [](const EquatedDay &a, const EquatedDay &b) { return a.date < b.date; });
    return result;
}

std::optional<HolidayCalendar> HolidayCalendar::loadFile(const QString &path, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    const std::optional<QByteArray> data = DataFile::read(path, error);
    if (!data)
        return std::nullopt;
    const std::optional<QList<EquatedDay>> days = parseEquatedDays(*data, path, error);
    if (!days)
        return std::nullopt;
    return HolidayCalendar(*days);
}

QList<Holiday> HolidayCalendar::holidaysOn(const QDate &date) const
{
    QList<Holiday> found;
    if (!date.isValid())
        return found;
    const int month = date.month();
    const int day = date.day();
    // Statutory holidays fall on 1 January, from March to June (Easter, King's Day, 5 May, Ascension,
    // Whitsun) and on 25-26 December: skip every other day without computing Easter.
    const bool mayBeStatutory
        = (month == 1 && day == 1) || (month >= 3 && month <= 6) || (month == 12 && (day == 25 || day == 26));
    if (mayBeStatutory) {
        for (const Holiday &holiday : Holidays::statutory(date.year())) {
            if (holiday.date == date)
                found.append(holiday);
        }
    }
    const auto equated = m_equated.constFind(date);
    if (equated != m_equated.cend())
        found.append(Holiday { date, equated->name, HolidayKind::Equated, equated->source });
    return found;
}

bool HolidayCalendar::isNonWorkingDay(const QDate &date) const
{
    return date.dayOfWeek() >= Qt::Saturday || isHoliday(date);
}

QList<Holiday> HolidayCalendar::holidaysIn(int year) const
{
    QList<Holiday> list = Holidays::statutory(year);
    for (auto it = m_equated.lowerBound(QDate(year, 1, 1)); it != m_equated.cend() && it.key().year() == year;
         ++it)
        list.append(Holiday { it.key(), it->name, HolidayKind::Equated, it->source });
    std::stable_sort(list.begin(), list.end(),
                     [](const Holiday &x, const Holiday &y) { return x.date < y.date; });
    return list;
}

} // namespace rc::deadline
