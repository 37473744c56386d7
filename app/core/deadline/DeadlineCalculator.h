#pragma once

#include "AtwRules.h"
#include "Holidays.h"
#include "Term.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rc::deadline {

// The legal sources the counting rules rest on (docs/deadlines.md).
namespace Sources {
// Awb art. 6:8(1): the term starts on the day after the decision was made known.
inline constexpr char AwbStart[]
    = "https://pgawb.nl/pg-awb-digitaal/hoofdstuk-6/6-2-overige-algemene-bepalingen-2/artikel-68/";
// The Algemene termijnenwet: art. 1 (weekend and holiday), art. 2 (two working days), art. 3 (holidays).
inline constexpr char Atw[] = "https://wetten.overheid.nl/BWBR0002448";
// Hoge Raad 1 September 2017: a term in months ends on the day with the event's number, or on the last
// day of a shorter month.
inline constexpr char MonthEnd[] = "https://uitspraken.rechtspraak.nl/inziendocument?id=ECLI:NL:HR:2017:2225";
} // namespace Sources

// A day the Atw does not let a term end on, and why.
struct NonWorkingDay
{
    QDate date;
    QStringList holidays; // English names; empty for a plain Saturday or Sunday
    bool isWeekend() const { return date.dayOfWeek() >= Qt::Saturday; }
};

enum class StepKind
{
    Rule, // how the term is counted, with its legal basis
    Start, // the first day of the term: the day after the event (Awb art. 6:8)
    RawEnd, // the last day as counted, before any extension
    MonthShortened, // the month of the end has no day with the event's number: its last day is used
    WeekendOrHoliday, // Atw art. 1(1): the end moved past Saturdays, Sundays and holidays
    TwoWorkingDays, // Atw art. 2: the end moved so that the term holds 2 working days
    NoExtension, // the Atw was applied and the raw end needed no extension
    AtwNotApplied, // the Atw was not applied: on request, or because the rules say it does not apply
    Caveat, // the rules are uncertain whether the Atw applies to this term
    LastDay // the result
};

// One step of the explanation, as data; Explanation.h turns it into a sentence.
struct ExplanationStep
{
    StepKind kind = StepKind::Rule;
    QDate date; // the day this step is about; extensions: the new end
    QDate from; // extensions: the end before this step; Start: the event
    int count = 0; // TwoWorkingDays: the working days the term held before the step
    QList<NonWorkingDay> skipped; // extensions: every day passed over, in order
    QString basis; // e.g. "Atw art. 1(1)"
    QStringList sources; // URLs of the legal basis or of the rule in the data
    QString note; // AtwNotApplied (from the rules) and Caveat: the rule's note
    bool byRequest = false; // AtwNotApplied: the caller asked for no extension
};

struct DeadlineResult
{
    QDate event; // the day the decision was made known
    Term term;
    QDate start; // the day after the event
    QDate rawEnd; // the end as counted
    QDate end; // the last day of the term, after any extension
    AtwApplies atw = AtwApplies::Yes; // what the rules say about this term
    bool atwApplied = false; // whether the extension rules were applied
    QList<ExplanationStep> steps;

    // The Atw was applied although the rules are not sure it applies: file before rawEnd.
    bool isUncertain() const { return atwApplied && atw == AtwApplies::Uncertain; }
    // The explanation in English, one line per step (Explanation::lines).
    QStringList explanation() const;
};

struct DeadlineOptions
{
    bool applyAtw = true; // false: raw end only (rcpack deadline --no-extension)
};

// Counts a term the way a Dutch court does:
//  1. the term starts on the day after the event (Awb art. 6:8(1));
//  2. days and weeks count calendar days (a week is 7); a term of N months ends on the day with the
//     same number as the event, N months later, or on the last day of that month if it is shorter
//     (Hoge Raad 1 September 2017, ECLI:NL:HR:2017:2225: 29 February + 3 months = 29 May);
//  3. if the rules let the Atw apply: a term ending on a Saturday, Sunday or recognised holiday runs
//     on to the next day that is none of these (Atw art. 1(1)), and a term of 3 days or more is
//     extended until it holds at least 2 days that are none of these (Atw art. 2).
// Terms counted backwards (Atw art. 1(2)) are not supported. Pure: no clock, no files.
class DeadlineCalculator
{
public:
    // Events outside these years are refused: before 2014 King's Day was Queen's Day (30 April).
    static constexpr int FirstYear = Holidays::FirstYear;
    static constexpr int LastYear = 9900;

    DeadlineCalculator(HolidayCalendar calendar, AtwRules rules);

    std::optional<DeadlineResult> calculate(const QDate &event, const Term &term,
                                            const DeadlineOptions &options = {},
                                            QString *error = nullptr) const;

    const HolidayCalendar &calendar() const { return m_calendar; }
    const AtwRules &rules() const { return m_rules; }

    // The raw end of `term` counted from `event`, without the Atw; sets *shortened when a term in
    // months ended on the last day of a shorter month.
    static QDate rawEnd(const QDate &event, const Term &term, bool *shortened = nullptr);

private:
    NonWorkingDay describe(const QDate &date) const;

    HolidayCalendar m_calendar;
    AtwRules m_rules;
};

} // namespace rc::deadline
