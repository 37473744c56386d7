#include "DeadlineCalculator.h"

#include "Explanation.h"

namespace rc::deadline {

namespace {

ExplanationStep makeStep(StepKind kind, const QDate &date, const QString &basis = {},
                         const QStringList &sources = {})
{
    ExplanationStep step;
    step.kind = kind;
    step.date = date;
    step.basis = basis;
    step.sources = sources;
    return step;
}

} // namespace

QStringList DeadlineResult::explanation() const
{
    return Explanation::lines(*this);
}

DeadlineCalculator::DeadlineCalculator(HolidayCalendar calendar, AtwRules rules)
    : m_calendar(std::move(calendar))
    , m_rules(std::move(rules))
{
}

QDate DeadlineCalculator::rawEnd(const QDate &event, const Term &term, bool *shortened)
{
    if (shortened)
        *shortened = false;
    switch (term.unit) {
    case TermUnit::Days:
        return event.addDays(term.count);
    case TermUnit::Weeks:
        return event.addDays(qint64(term.count) * 7);
    case TermUnit::Months: {
        // The day with the same number as the event, `count` months later, or the last day of that
        // month when it is shorter (Hoge Raad 1 September 2017, ECLI:NL:HR:2017:2225). Counted from the
        // event, not from the start: 28 February 2025 + 1 month is 28 March, not 31 March.
        const int months = event.month() - 1 + term.count;
        const int year = event.year() + months / 12;
        const int month = months % 12 + 1;
        const int length = QDate(year, month, 1).daysInMonth();
        if (shortened)
            *shortened = event.day() > length;
        return QDate(year, month, qMin(event.day(), length));
    }
    }
    return {};
}

NonWorkingDay DeadlineCalculator::describe(const QDate &date) const
{
    NonWorkingDay day;
    day.date = date;
    for (const Holiday &holiday : m_calendar.holidaysOn(date))
        day.holidays.append(holiday.name);
    return day;
}

std::optional<DeadlineResult> DeadlineCalculator::calculate(const QDate &event, const Term &term,
                                                            const DeadlineOptions &options,
                                                            QString *error) const
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!event.isValid())
        return fail(QStringLiteral("the date of the event is not a valid date"));
    if (event.year() < FirstYear || event.year() > LastYear)
        return fail(QStringLiteral("only dates from %1 to %2 are supported (before 2014 the holidays were "
                                   "different: Queen's Day was 30 April)")
                        .arg(FirstYear)
                        .arg(LastYear));
    if (term.count < 1 || term.count > Term::maxCount(term.unit))
        return fail(QStringLiteral("the term must be between 1 and %1 %2")
                        .arg(Term::maxCount(term.unit))
                        .arg(unitName(term.unit)));

    const QString awb = QStringLiteral("Awb art. 6:8(1)");
    const QString awbSource = QString::fromLatin1(Sources::AwbStart);
    const QString atwSource = QString::fromLatin1(Sources::Atw);
    const QString monthBasis = QStringLiteral("Hoge Raad 1 September 2017, ECLI:NL:HR:2017:2225");
    const QString monthSource = QString::fromLatin1(Sources::MonthEnd);

    DeadlineResult result;
    result.event = event;
    result.term = term;
    result.start = event.addDays(1);
    bool shortened = false;
    result.rawEnd = rawEnd(event, term, &shortened);
    QList<ExplanationStep> &steps = result.steps;

    if (term.unit == TermUnit::Months)
        steps.append(makeStep(StepKind::Rule, {}, awb + QStringLiteral("; ") + monthBasis,
                              { awbSource, monthSource }));
    else
        steps.append(makeStep(StepKind::Rule, {}, awb, { awbSource }));
    ExplanationStep start = makeStep(StepKind::Start, result.start, awb, { awbSource });
    start.from = event;
    steps.append(start);
    steps.append(makeStep(StepKind::RawEnd, result.rawEnd));
    if (shortened)
        steps.append(makeStep(StepKind::MonthShortened, result.rawEnd, monthBasis, { monthSource }));

    const AtwRule rule = m_rules.ruleFor(term);
    result.atw = rule.applies;
    result.end = result.rawEnd;
    if (!options.applyAtw) {
        ExplanationStep step
            = makeStep(StepKind::AtwNotApplied, result.rawEnd, QStringLiteral("Atw"), { atwSource });
        step.byRequest = true;
        steps.append(step);
    } else if (rule.applies == AtwApplies::No) {
        ExplanationStep step
            = makeStep(StepKind::AtwNotApplied, result.rawEnd, QStringLiteral("Atw"), { rule.source });
        step.note = rule.note;
        steps.append(step);
    } else {
        result.atwApplied = true;
        // Atw art. 1(1): a term that ends on a Saturday, Sunday or holiday runs on to the next day that
        // is none of these.
        if (m_calendar.isNonWorkingDay(result.end)) {
            ExplanationStep step
                = makeStep(StepKind::WeekendOrHoliday, {}, QStringLiteral("Atw art. 1(1)"), { atwSource });
            step.from = result.end;
            while (m_calendar.isNonWorkingDay(result.end)) {
                step.skipped.append(describe(result.end));
                result.end = result.end.addDays(1);
            }
            step.date = result.end;
            steps.append(step);
        }
        // Atw art. 2: a term of at least 3 days must hold at least 2 days that are not a Saturday, Sunday
        // or holiday. Counted from the first day of the term; the day of the event does not count.
        if (event.daysTo(result.rawEnd) >= 3) {
            int working = 0;
            for (QDate d = result.start; d <= result.end && working < 2; d = d.addDays(1)) {
                if (!m_calendar.isNonWorkingDay(d))
                    ++working;
            }
            if (working < 2) {
                ExplanationStep step
                    = makeStep(StepKind::TwoWorkingDays, {}, QStringLiteral("Atw art. 2"), { atwSource });
                step.from = result.end;
                step.count = working;
                while (working < 2) {
                    result.end = result.end.addDays(1);
                    if (m_calendar.isNonWorkingDay(result.end))
                        step.skipped.append(describe(result.end));
                    else
                        ++working;
                }
                step.date = result.end;
                steps.append(step);
            }
        }
        if (result.end == result.rawEnd)
            steps.append(makeStep(StepKind::NoExtension, result.rawEnd, QStringLiteral("Atw art. 1(1)"),
                                  { atwSource }));
    }
    steps.append(makeStep(StepKind::LastDay, result.end));
    if (result.isUncertain()) {
        ExplanationStep step
            = makeStep(StepKind::Caveat, result.rawEnd, QStringLiteral("Atw"), { rule.source });
        step.note = rule.note;
        steps.append(step);
    }
    return result;
}

} // namespace rc::deadline
