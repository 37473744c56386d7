#include "Explanation.h"

#include <QCoreApplication>
#include <QLocale>

#include <iterator>

namespace rc::deadline::Explanation {

namespace {

constexpr char context[] = "rc::deadline::Explanation";

// The templates. %N placeholders are filled in by line(); dates come from day().
enum Template
{
    RuleDays,
    RuleWeeks,
    RuleMonths,
    Start,
    RawEnd,
    MonthShortened,
    WeekendOrHoliday,
    TwoWorkingDays,
    PassedOver,
    NoExtension,
    NotAppliedOnRequest,
    NotAppliedByRule,
    Caveat,
    LastDay,
    Weekend,
    DayWithReasons,
};

constexpr const char *templates[] = {
    QT_TRANSLATE_NOOP("rc::deadline::Explanation",
                      "Rule: a term of %1 starts on the day after the event and counts calendar days (%2)."),
    QT_TRANSLATE_NOOP(
        "rc::deadline::Explanation",
        "Rule: a term of %1 starts on the day after the event and counts 7 calendar days a week, "
        "so it ends on the same weekday as the event (%2)."),
    QT_TRANSLATE_NOOP(
        "rc::deadline::Explanation",
        "Rule: a term of %1 starts on the day after the event and ends on the day with the same "
        "number as the event, %1 later, or on the last day of that month if it has no such day "
        "(%2)."),
    QT_TRANSLATE_NOOP("rc::deadline::Explanation", "Start: %1, the day after the event on %2 (%3)."),
    QT_TRANSLATE_NOOP("rc::deadline::Explanation", "Raw end: %1, %2 after the event."),
    QT_TRANSLATE_NOOP("rc::deadline::Explanation",
                      "%1 has no day %2, so the term ends on the last day of that month: %3 (%4)."),
    QT_TRANSLATE_NOOP("rc::deadline::Explanation",
                      "Extended from %1 to %2: a term that ends on a Saturday, Sunday or recognised holiday "
                      "runs on to the next day that is none of these (%3). Passed over: %4."),
    QT_TRANSLATE_NOOP(
        "rc::deadline::Explanation",
        "Extended from %1 to %2: a term of 3 days or more must contain at least 2 days that are "
        "not a Saturday, Sunday or recognised holiday, and it contained %3 (%4)."),
    QT_TRANSLATE_NOOP("rc::deadline::Explanation", "Passed over: %1."),
    QT_TRANSLATE_NOOP("rc::deadline::Explanation",
                      "No extension: %1 is not a Saturday, Sunday or recognised holiday (%2)."),
    QT_TRANSLATE_NOOP(
        "rc::deadline::Explanation",
        "No extension: the Algemene termijnenwet was not applied, as requested; the last day is "
        "the raw end."),
    QT_TRANSLATE_NOOP("rc::deadline::Explanation",
                      "No extension: the Algemene termijnenwet does not apply to this term: %1 (%2)."),
    QT_TRANSLATE_NOOP(
        "rc::deadline::Explanation",
        "Caution: it is not certain that the extension applies to a term in %1; ask a lawyer and "
        "file before the raw end date, %2. Why: %3 (%4)."),
    QT_TRANSLATE_NOOP("rc::deadline::Explanation", "Last day: %1."),
    QT_TRANSLATE_NOOP("rc::deadline::Explanation", "weekend"),
    QT_TRANSLATE_NOOP("rc::deadline::Explanation", "%1 (%2)"),
};

static_assert(std::size(templates) == DayWithReasons + 1, "one template per Template value");

QString tr(Template id)
{
    return QCoreApplication::translate(context, templates[id]);
}

// "Awb art. 6:8(1), https://..." : each part of the basis ("A; B") with its source, in order.
QString citation(const ExplanationStep &step)
{
    const QStringList parts = step.basis.split(QStringLiteral("; "), Qt::SkipEmptyParts);
    if (parts.size() != step.sources.size())
        return QStringList(QStringList { step.basis } + step.sources).join(QStringLiteral(", "));
    QStringList out;
    for (qsizetype i = 0; i < parts.size(); ++i)
        out.append(parts.at(i) + QStringLiteral(", ") + step.sources.at(i));
    return out.join(QStringLiteral("; "));
}

// A note from the data as part of a sentence: without its final full stop.
QString clause(QString note)
{
    note = note.trimmed();
    while (note.endsWith(QLatin1Char('.')))
        note.chop(1);
    return note;
}

QString skippedList(const QList<NonWorkingDay> &days)
{
    QStringList parts;
    for (const NonWorkingDay &d : days)
        parts.append(nonWorkingDay(d));
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString day(const QDate &date)
{
    if (!date.isValid())
        return QStringLiteral("?");
    return QLocale::c().dayName(date.dayOfWeek(), QLocale::LongFormat) + QLatin1Char(' ')
        + date.toString(Qt::ISODate);
}

QString nonWorkingDay(const NonWorkingDay &d)
{
    QStringList reasons;
    if (d.isWeekend())
        reasons.append(tr(Weekend));
    reasons.append(d.holidays);
    return tr(DayWithReasons).arg(day(d.date), reasons.join(QStringLiteral("; ")));
}

QString line(const ExplanationStep &step, const DeadlineResult &result)
{
    const QString cited = citation(step);
    const QString sources = step.sources.join(QStringLiteral(", "));
    switch (step.kind) {
    case StepKind::Rule:
        switch (result.term.unit) {
        case TermUnit::Days:
            return tr(RuleDays).arg(result.term.toString(), cited);
        case TermUnit::Weeks:
            return tr(RuleWeeks).arg(result.term.toString(), cited);
        case TermUnit::Months:
            return tr(RuleMonths).arg(result.term.toString(), cited);
        }
        return {};
    case StepKind::Start:
        return tr(Start).arg(day(step.date), day(step.from), step.basis);
    case StepKind::RawEnd:
        return tr(RawEnd).arg(day(step.date), result.term.toString());
    case StepKind::MonthShortened:
        return tr(MonthShortened)
            .arg(QLocale::c().monthName(step.date.month()) + QLatin1Char(' ')
                     + QString::number(step.date.year()),
                 QString::number(result.event.day()), day(step.date), cited);
    case StepKind::WeekendOrHoliday:
        return tr(WeekendOrHoliday).arg(day(step.from), day(step.date), cited, skippedList(step.skipped));
    case StepKind::TwoWorkingDays: {
        QString text
            = tr(TwoWorkingDays).arg(day(step.from), day(step.date), QString::number(step.count), cited);
        if (!step.skipped.isEmpty())
            text += QLatin1Char(' ') + tr(PassedOver).arg(skippedList(step.skipped));
        return text;
    }
    case StepKind::NoExtension:
        return tr(NoExtension).arg(day(step.date), cited);
    case StepKind::AtwNotApplied:
        if (step.byRequest)
            return tr(NotAppliedOnRequest);
        return tr(NotAppliedByRule).arg(clause(step.note), sources);
    case StepKind::Caveat:
        return tr(Caveat).arg(unitName(result.term.unit), day(step.date), clause(step.note), sources);
    case StepKind::LastDay:
        return tr(LastDay).arg(day(step.date));
    }
    return {};
}

QStringList lines(const DeadlineResult &result)
{
    QStringList out;
    for (const ExplanationStep &step : result.steps)
        out.append(line(step, result));
    return out;
}

} // namespace rc::deadline::Explanation
