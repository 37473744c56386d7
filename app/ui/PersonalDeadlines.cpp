#include "PersonalDeadlines.h"

#include "content/ProcedureFile.h"
#include "deadline/AtwRules.h"
#include "deadline/Holidays.h"
#include "deadline/Term.h"

#include <QCryptographicHash>
#include <QSet>

#include <algorithm>

namespace rc::ui::PersonalDeadlines {

bool Deadline::asksLawyer() const
{
    return term == content::ProcedureFile::AskLawyer;
}

QDate Deadline::sortDate() const
{
    return result ? result->end : event;
}

QString normalisedTrack(const QString &track)
{
    return content::ProcedureFile::tracks().contains(track) ? track : QString();
}

QList<content::ProcedureText> applicable(const QList<content::ProcedureText> &procedures,
                                         const QString &track)
{
    const QString known = normalisedTrack(track);
    const QString wanted = known.isEmpty() ? QStringLiteral("general") : known;
    QList<content::ProcedureText> result;
    for (const content::ProcedureText &procedure : procedures) {
        if (procedure.track.isEmpty() || procedure.track == wanted)
            result.append(procedure);
    }
    return result;
}

QList<Deadline> derive(const QList<content::ProcedureText> &procedures, const QList<KeyDate> &dates,
                       const QString &track, const deadline::DeadlineCalculator &calculator)
{
    const bool unknownTrack = normalisedTrack(track).isEmpty();
    QList<Deadline> result;
    QSet<QString> seen; // event kind, date and term: one deadline however many procedures state it
    for (const content::ProcedureText &procedure : applicable(procedures, track)) {
        for (const content::ProcedureStep &step : procedure.steps) {
            for (const content::ProcedureDeadline &rule : step.deadlines) {
                if (rule.event.isEmpty())
                    continue;
                for (const KeyDate &date : dates) {
                    if (date.kind != rule.event || !date.date.isValid())
                        continue;
                    const QString key = rule.event + QLatin1Char('|') + date.date.toString(Qt::ISODate)
                        + QLatin1Char('|') + rule.term;
                    if (seen.contains(key))
                        continue;
                    seen.insert(key);
                    Deadline d;
                    d.procedureId = procedure.id;
                    d.stepId = step.id;
                    d.label = rule.label;
                    d.note = rule.note;
                    d.basis = rule.basis;
                    d.source = rule.source;
                    d.term = rule.term;
                    d.eventKind = rule.event;
                    d.event = date.date;
                    d.assumedTrack = unknownTrack && !procedure.track.isEmpty();
                    if (!d.asksLawyer()) {
                        QString error;
                        const std::optional<deadline::Term> term = deadline::Term::parse(rule.term, &error);
                        if (term)
                            d.result = calculator.calculate(date.date, *term, {}, &error);
                        if (!d.result)
                            d.error = error;
                    }
                    result.append(d);
                }
            }
        }
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const Deadline &a, const Deadline &b) { return a.sortDate() < b.sortDate(); });
    return result;
}

std::optional<deadline::DeadlineCalculator> bundledCalculator(QString *error)
{
    const std::optional<deadline::AtwRules> rules
        = deadline::AtwRules::loadFile(QStringLiteral(":/deadlines/rules.json"), error);
    if (!rules)
        return std::nullopt;
    const std::optional<deadline::HolidayCalendar> holidays
        = deadline::HolidayCalendar::loadFile(QStringLiteral(":/deadlines/equated-days.json"), error);
    if (!holidays)
        return std::nullopt;
    return deadline::DeadlineCalculator(*holidays, *rules);
}

namespace {

// A deadline's UID: the same for the same rule and date (so importing again updates the event, discreet
// or not), without naming the kind of date or the term in the file.
QString deadlineUid(const Deadline &d)
{
    const QByteArray key = "rights-companion|deadline|" + d.event.toString(Qt::ISODate).toUtf8() + '|'
        + d.eventKind.toUtf8() + '|' + d.term.toUtf8();
    return QStringLiteral("deadline-%1@rights-companion")
        .arg(QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16)));
}

} // namespace

deadline::ICalendar::Calendar calendar(const QList<Deadline> &deadlines,
                                       const QList<Appointment> &appointments, const QDate &today,
                                       const QDateTime &stamp, bool discreet, const CalendarTexts &texts)
{
    deadline::ICalendar::Calendar calendar;
    calendar.stamp = stamp;
    for (const Deadline &d : deadlines) {
        if (!d.result || d.result->end < today)
            continue;
        deadline::ICalendar::Event event;
        event.uid = deadlineUid(d);
        event.date = d.result->end;
        event.alarmMinutesBefore = 2 * 24 * 60;
        if (discreet) {
            event.summary = texts.discreetDeadline;
        } else {
            event.summary = texts.deadlineSummary.arg(d.label);
            QStringList lines { texts.countedFrom.arg(d.event.toString(Qt::ISODate),
                                                      texts.kindNames.value(d.eventKind, d.eventKind)) };
            if (!d.note.isEmpty())
                lines.append(d.note);
            lines += d.result->explanation();
            lines.append(texts.lawyerWarning);
            event.description = lines.join(QLatin1Char('\n'));
        }
        calendar.events.append(event);
    }
    for (const Appointment &a : appointments) {
        if (!a.startsAt.isValid() || a.startsAt.date() < today)
            continue;
        deadline::ICalendar::Event event;
        event.uid = QStringLiteral("appointment-%1@rights-companion").arg(a.id);
        event.date = a.startsAt.date();
        event.alarmMinutesBefore = 24 * 60;
        const QString time = a.startsAt.toString(QStringLiteral("HH:mm"));
        if (discreet) {
            event.summary = texts.discreetAppointment.arg(time);
        } else {
            event.summary = time + QLatin1Char(' ') + a.title;
            event.description = a.place;
        }
        calendar.events.append(event);
    }
    return calendar;
}

} // namespace rc::ui::PersonalDeadlines
