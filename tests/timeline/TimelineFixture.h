#pragma once

// Shared by the timeline tests: the shipped deadline data and a calculator built from it.

#include "deadline/AtwRules.h"
#include "deadline/DeadlineCalculator.h"
#include "deadline/Holidays.h"

#include <QDate>
#include <QString>

#include <optional>

namespace rc::test {

inline QString deadlineDataDir()
{
    return QStringLiteral(RC_SOURCE_DIR "/content/nl/deadlines");
}

inline QString shippedRulesFile()
{
    return deadlineDataDir() + QStringLiteral("/rules.json");
}

inline QString shippedEquatedDaysFile()
{
    return deadlineDataDir() + QStringLiteral("/equated-days.json");
}

// The calculator with the shipped rules and equated days; nullopt (and *error) if they do not load.
inline std::optional<rc::deadline::DeadlineCalculator> shippedCalculator(QString *error)
{
    using namespace rc::deadline;
    const std::optional<AtwRules> rules = AtwRules::loadFile(shippedRulesFile(), error);
    if (!rules)
        return std::nullopt;
    const std::optional<HolidayCalendar> calendar
        = HolidayCalendar::loadFile(shippedEquatedDaysFile(), error);
    if (!calendar)
        return std::nullopt;
    return DeadlineCalculator(*calendar, *rules);
}

inline QDate isoDate(const char *text)
{
    return QDate::fromString(QLatin1String(text), Qt::ISODate);
}

} // namespace rc::test
