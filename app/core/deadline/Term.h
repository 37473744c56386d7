#pragma once

#include <QString>

#include <optional>

namespace rc::deadline {

enum class TermUnit
{
    Days,
    Weeks,
    Months
};

// "days", "weeks", "months": the unit's name in data files. (Not toString(): QTest would find it by
// ADL and expect a char *.)
QString unitName(TermUnit unit);
// Accepts "day", "days", "week", "weeks", "month", "months" in any case.
std::optional<TermUnit> termUnitFromString(const QString &word);

// A term as a letter states it: "1 week", "4 weeks", "3 months".
struct Term
{
    int count = 0;
    TermUnit unit = TermUnit::Days;

    // The longest term accepted in each unit: 10 years.
    static constexpr int MaxDays = 3652;
    static constexpr int MaxWeeks = 521;
    static constexpr int MaxMonths = 120;

    // Parses a positive whole number (ASCII digits) and a unit, singular or plural, in any case, with
    // optional spaces: "1 day", "3 days", "1 week", "4 Weeks", "6 MONTHS". Rejects anything else
    // (empty text, zero, negative numbers, unknown units, trailing text, more than 10 years) with an
    // English message in *error.
    static std::optional<Term> parse(const QString &text, QString *error = nullptr);

    static int maxCount(TermUnit unit);

    // "1 day", "3 days", "1 week", "6 months".
    QString toString() const;

    bool operator==(const Term &other) const = default;
};

} // namespace rc::deadline
