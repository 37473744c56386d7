#pragma once

#include "content/ContentStore.h"
#include "deadline/DeadlineCalculator.h"
#include "deadline/ICalendar.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// The user's own deadlines: the deadline rules of the procedures (content/nl/procedures) applied to the
// key dates they keep in the vault, counted by the deadline engine. Pure: no clock, no files, no vault;
// the models in TimelineModels.h feed it.
namespace rc::ui::PersonalDeadlines {

// One key date of the case (VaultSession.caseDates): kind as in ProcedureFile::eventKinds().
struct KeyDate
{
    QString kind;
    QDate date;
};

struct Appointment
{
    qint64 id = 0;
    QString title;
    QDateTime startsAt; // local time
    QString place;
};

struct Deadline
{
    QString procedureId;
    QString stepId;
    QString label;
    QString note;
    QString basis;
    QString source;
    QString term; // as in the content: "1 week", ... or ProcedureFile::AskLawyer
    QString eventKind;
    QDate event;
    // The user has not said which procedure they are in, so the shortest terms (those of the general
    // procedure) were used.
    bool assumedTrack = false;
    std::optional<deadline::DeadlineResult> result; // empty when the term asks for a lawyer, or on error
    QString error; // why it could not be counted

    bool asksLawyer() const;
    // The last day, or the event day when no number can be given.
    QDate sortDate() const;
};

// The tracks the vault knows; anything else (empty, "other", unknown values) counts as unknown.
QString normalisedTrack(const QString &track);

// Which installed procedures apply to someone on `track`: the one for their track (for an unknown
// track, the general procedure, whose terms are the shortest), and every procedure without a track.
QList<content::ProcedureText> applicable(const QList<content::ProcedureText> &procedures,
                                         const QString &track);

// Every deadline that runs from one of `dates`, by the rules of the applicable procedures, sorted by
// date. One rule from one date gives one deadline even when several procedures state it.
QList<Deadline> derive(const QList<content::ProcedureText> &procedures, const QList<KeyDate> &dates,
                       const QString &track, const deadline::DeadlineCalculator &calculator);

// The deadline engine with the data compiled into the app (:/deadlines/rules.json and equated-days.json,
// from content/nl/deadlines). nullopt with *error when the data is missing or invalid.
std::optional<deadline::DeadlineCalculator> bundledCalculator(QString *error);

// Texts for the calendar, in the user's language.
struct CalendarTexts
{
    QString deadlineSummary; // "Last day: %1" (the label)
    QString discreetDeadline; // "Deadline"
    QString discreetAppointment; // "Appointment at %1" (the time)
    QString countedFrom; // "Counted from %1 (%2)." (the event date, its kind)
    QString lawyerWarning; // "A lawyer must confirm this deadline."
    QMap<QString, QString> kindNames; // event kind -> its name ("Decision sent"); the kind when missing
};

// An iCalendar of the deadlines whose last day is `today` or later and the appointments on or after
// `today`, as all-day events with a reminder 2 days (deadlines) or 1 day (appointments) ahead.
// `discreet` writes only "Deadline" and "Appointment at HH:mm": nothing about the case, for calendars
// that show events on a locked screen. UIDs are stable and name nothing (a hash for deadlines, the record
// id for appointments), so importing again, discreet or not, updates the same events.
deadline::ICalendar::Calendar calendar(const QList<Deadline> &deadlines,
                                       const QList<Appointment> &appointments, const QDate &today,
                                       const QDateTime &stamp, bool discreet, const CalendarTexts &texts);

} // namespace rc::ui::PersonalDeadlines
