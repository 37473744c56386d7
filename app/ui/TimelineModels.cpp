#include "TimelineModels.h"

#include "ContentLibrary.h"
#include "LanguageController.h"
#include "MarkdownRenderer.h"
#include "VaultController.h"
#include "VaultRecordsModel.h"
#include "content/ProcedureFile.h"
#include "i18n/CalendarFormat.h"

#include <QLocale>
#include <QSaveFile>

namespace rc::ui {

namespace {

// The records of a vault list, as maps (empty while the vault is locked).
QList<QVariantMap> recordsOf(VaultRecordsModel *model)
{
    QList<QVariantMap> records;
    if (!model)
        return records;
    for (int row = 0; row < model->rowCount(); ++row) {
        const qint64 id = model->data(model->index(row, 0), Qt::UserRole).toLongLong();
        records.append(model->get(id).toMap());
    }
    return records;
}

// A user's date in the words of `language`: the Gregorian date alone, or, when the user has chosen another
// calendar for the language, that calendar's date with the Gregorian date beside it (the one the IND and
// the courts count with).
QString displayDate(const QDate &date, const QString &language)
{
    if (!date.isValid())
        return {};
    const i18n::Calendar calendar = LanguageController::displayCalendarFor(language);
    if (calendar == i18n::Calendar::Gregorian)
        return QLocale(language).toString(date, QLocale::LongFormat);
    return i18n::formatWithGregorian(date, calendar, language);
}

// Dates are formatted when the model is read: read it again when the calendar changes.
template<typename Model, typename Refresh> void followCalendar(Model *model, Refresh refresh)
{
    if (LanguageController *languages = LanguageController::active())
        QObject::connect(languages, &LanguageController::calendarChanged, model, refresh);
}

bool isUnlocked(const VaultController *session)
{
    return session && session->state() == VaultController::State::Unlocked;
}

QList<PersonalDeadlines::KeyDate> keyDatesOf(VaultController *session)
{
    QList<PersonalDeadlines::KeyDate> dates;
    if (!isUnlocked(session))
        return dates;
    for (const QVariantMap &record : recordsOf(session->caseDates())) {
        const QDate date = QDate::fromString(record.value(QStringLiteral("date")).toString(), Qt::ISODate);
        if (date.isValid())
            dates.append({ record.value(QStringLiteral("kind")).toString(), date });
    }
    return dates;
}

QList<PersonalDeadlines::Appointment> appointmentsOf(VaultController *session)
{
    QList<PersonalDeadlines::Appointment> appointments;
    if (!isUnlocked(session))
        return appointments;
    for (const QVariantMap &record : recordsOf(session->appointments())) {
        appointments.append({ record.value(QStringLiteral("recordId")).toLongLong(),
                              record.value(QStringLiteral("title")).toString(),
                              QDateTime::fromString(record.value(QStringLiteral("startsAt")).toString(),
                                                    QStringLiteral("yyyy-MM-ddTHH:mm")),
                              record.value(QStringLiteral("place")).toString() });
    }
    return appointments;
}

QString trackOf(VaultController *session)
{
    return isUnlocked(session) ? session->caseDetail(QStringLiteral("procedure_track")) : QString();
}

// Reloads `reload` whenever the vault locks or unlocks, or its dates or appointments change.
template<typename Model, typename Slot>
void followSession(Model *model, VaultController *session, Slot reload)
{
    QObject::connect(session, &VaultController::stateChanged, model, reload);
    for (VaultRecordsModel *records : { session->caseDates(), session->appointments() }) {
        QObject::connect(records, &QAbstractItemModel::modelReset, model, reload);
    }
}

} // namespace

// ProcedureTimelineModel

ProcedureTimelineModel::ProcedureTimelineModel(QObject *parent)
    : LibraryListModel(parent)
{
    followCalendar(this, [this] { reload(); });
}

void ProcedureTimelineModel::setSession(VaultController *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        followSession(this, m_session.data(), [this] { reload(); });
    reload();
    Q_EMIT sessionChanged();
}

void ProcedureTimelineModel::setProcedureId(const QString &id)
{
    if (m_procedureId == id)
        return;
    m_procedureId = id;
    reload();
    Q_EMIT procedureIdChanged();
}

QString ProcedureTimelineModel::introHtml() const
{
    return m_text.intro.isEmpty() ? QString() : MarkdownRenderer::toHtml(m_text.intro);
}

bool ProcedureTimelineModel::isFallback() const
{
    return found() && library() && m_text.language != library()->language();
}

void ProcedureTimelineModel::fetch()
{
    m_text = {};
    m_procedures.clear();
    m_userDates.clear();
    m_articleTitles.clear();
    m_currentIndex = -1;
    m_shownIndex = -1;
    ContentLibrary *lib = library();
    if (lib) {
        content::ContentStore *store = lib->store();
        const QString language = lib->language();
        const QList<content::ProcedureSummary> all = store->procedures(language);
        const QString track = PersonalDeadlines::normalisedTrack(trackOf(m_session));
        const content::ProcedureSummary *chosen = nullptr;
        for (const content::ProcedureSummary &summary : all) {
            m_procedures.append(QVariantMap { { QStringLiteral("procedureId"), summary.id },
                                              { QStringLiteral("pack"), summary.pack },
                                              { QStringLiteral("title"), summary.title },
                                              { QStringLiteral("summary"), summary.summary },
                                              { QStringLiteral("track"), summary.track } });
            if (!m_procedureId.isEmpty()
                    ? summary.id == m_procedureId
                    : summary.track == (track.isEmpty() ? QStringLiteral("general") : track))
                chosen = chosen ? chosen : &summary;
        }
        if (!chosen && m_procedureId.isEmpty() && !all.isEmpty())
            chosen = &all.first();
        if (chosen) {
            m_shownIndex = int(chosen - all.constData());
            if (const auto text = store->procedure(chosen->pack, chosen->id, language))
                m_text = *text;
            for (const content::ProcedureStep &step : std::as_const(m_text.steps)) {
                for (const QString &id : step.read) {
                    if (m_articleTitles.contains(id))
                        continue;
                    const auto article = store->article(m_text.pack, id, language);
                    m_articleTitles.insert(id, article ? article->title : id);
                }
            }
        }
    }
    for (const PersonalDeadlines::KeyDate &date : keyDatesOf(m_session)) {
        if (!m_userDates.contains(date.kind) || m_userDates.value(date.kind) < date.date)
            m_userDates.insert(date.kind, date.date);
    }
    for (int i = 0; i < m_text.steps.size(); ++i) {
        if (!m_text.steps.at(i).event.isEmpty() && m_userDates.contains(m_text.steps.at(i).event))
            m_currentIndex = i;
    }
    Q_EMIT loaded();
}

int ProcedureTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_text.steps.size());
}

QVariant ProcedureTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const content::ProcedureStep &step = m_text.steps.at(row);
    // Lines as one bulleted list.
    auto htmlList = [](const QStringList &lines) {
        return lines.isEmpty()
            ? QString()
            : MarkdownRenderer::toHtml(QStringLiteral("- ") + lines.join(QStringLiteral("\n- ")));
    };
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return step.title;
    case StepIdRole:
        return step.id;
    case DescriptionHtmlRole:
        return MarkdownRenderer::toHtml(step.description);
    case WhoRole:
        return step.who;
    case PrepareRole:
        return htmlList(step.prepare);
    case RightsRole:
        return htmlList(step.rights);
    case ReadRole: {
        QVariantList read;
        for (const QString &id : step.read)
            read.append(QVariantMap { { QStringLiteral("articleId"), id },
                                      { QStringLiteral("title"), m_articleTitles.value(id, id) } });
        return read;
    }
    case DurationRole:
        return step.duration;
    case DeadlinesRole: {
        QVariantList deadlines;
        for (const content::ProcedureDeadline &d : step.deadlines)
            deadlines.append(
                QVariantMap { { QStringLiteral("label"), d.label },
                              { QStringLiteral("term"), d.term },
                              { QStringLiteral("asksLawyer"), d.term == content::ProcedureFile::AskLawyer },
                              { QStringLiteral("basis"), d.basis },
                              { QStringLiteral("source"), d.source },
                              { QStringLiteral("note"), d.note } });
        return deadlines;
    }
    case StateRole:
        if (m_currentIndex < 0)
            return QString();
        if (row < m_currentIndex)
            return QStringLiteral("done");
        if (row == m_currentIndex)
            return QStringLiteral("current");
        return row == m_currentIndex + 1 ? QStringLiteral("next") : QStringLiteral("later");
    case EventRole:
        return step.event;
    case EventDateTextRole: {
        const QDate date = m_userDates.value(step.event);
        return library() ? displayDate(date, library()->language()) : QString();
    }
    case PositionRole:
        return row;
    case IsLastRole:
        return row == m_text.steps.size() - 1;
    default:
        return {};
    }
}

QHash<int, QByteArray> ProcedureTimelineModel::roleNames() const
{
    return { { StepIdRole, "stepId" },
             { TitleRole, "title" },
             { DescriptionHtmlRole, "descriptionHtml" },
             { WhoRole, "who" },
             { PrepareRole, "prepare" },
             { RightsRole, "rights" },
             { ReadRole, "read" },
             { DurationRole, "duration" },
             { DeadlinesRole, "deadlines" },
             { StateRole, "stepState" },
             { EventRole, "event" },
             { EventDateTextRole, "eventDateText" },
             { PositionRole, "position" },
             { IsLastRole, "isLast" } };
}

// MyDeadlinesModel

MyDeadlinesModel::MyDeadlinesModel(QObject *parent)
    : QAbstractListModel(parent)
{
    QString error;
    m_calculator = PersonalDeadlines::bundledCalculator(&error);
    if (!m_calculator)
        m_problem = tr("Deadlines cannot be counted: the deadline data of this app is damaged (%1). Ask your "
                       "lawyer for every deadline.")
                        .arg(error);
    followCalendar(this, [this] { refresh(); });
}

void MyDeadlinesModel::setLibrary(ContentLibrary *library)
{
    if (m_library == library)
        return;
    if (m_library)
        disconnect(m_library, nullptr, this, nullptr);
    m_library = library;
    if (m_library)
        connect(m_library, &ContentLibrary::contentChanged, this, &MyDeadlinesModel::refresh);
    refresh();
    Q_EMIT libraryChanged();
}

void MyDeadlinesModel::setSession(VaultController *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        followSession(this, m_session.data(), [this] { refresh(); });
    refresh();
    Q_EMIT sessionChanged();
}

void MyDeadlinesModel::setToday(const QString &today)
{
    if (m_today == today)
        return;
    m_today = today;
    refresh();
    Q_EMIT todayChanged();
}

QDate MyDeadlinesModel::currentDate() const
{
    const QDate chosen = QDate::fromString(m_today, Qt::ISODate);
    return chosen.isValid() ? chosen : QDate::currentDate();
}

QString MyDeadlinesModel::formatDate(const QDate &date) const
{
    if (!date.isValid())
        return {};
    // Always the Gregorian date, in the words and digits of the user's language, and the date in the
    // user's calendar before it when they chose another one.
    return displayDate(date, m_library ? m_library->language() : QStringLiteral("en"));
}

QString MyDeadlinesModel::kindText(const QString &kind) const
{
    static const QMap<QString, const char *> texts {
        { QStringLiteral("registration"), QT_TR_NOOP("Registration (asylum application)") },
        { QStringLiteral("interview"), QT_TR_NOOP("Detailed interview") },
        { QStringLiteral("intention"), QT_TR_NOOP("Intention to reject received") },
        { QStringLiteral("view_sent"), QT_TR_NOOP("View on the intention sent") },
        { QStringLiteral("decision_sent"), QT_TR_NOOP("Decision sent") },
        { QStringLiteral("permit_granted"), QT_TR_NOOP("Residence permit granted") },
        { QStringLiteral("appeal_filed"), QT_TR_NOOP("Appeal filed") },
        { QStringLiteral("court_hearing"), QT_TR_NOOP("Court hearing") },
    };
    const auto it = texts.constFind(kind);
    return it == texts.cend() ? kind : tr(it.value());
}

void MyDeadlinesModel::refresh()
{
    const int before = rowCount();
    beginResetModel();
    m_available = isUnlocked(m_session);
    m_keyDates = keyDatesOf(m_session);
    m_appointments = appointmentsOf(m_session);
    const QString track = trackOf(m_session);
    m_trackKnown = !PersonalDeadlines::normalisedTrack(track).isEmpty();
    m_deadlines.clear();
    if (m_available && m_library && m_calculator && !m_keyDates.isEmpty()) {
        content::ContentStore *store = m_library->store();
        const QString language = m_library->language();
        QList<content::ProcedureText> procedures;
        for (const content::ProcedureSummary &summary : store->procedures(language)) {
            if (const auto text = store->procedure(summary.pack, summary.id, language))
                procedures.append(*text);
        }
        m_deadlines = PersonalDeadlines::derive(procedures, m_keyDates, track, *m_calculator);
    }
    const QDate today = currentDate();
    struct Upcoming
    {
        QDate date;
        QVariantMap entry;
    };
    QList<Upcoming> upcoming;
    for (const PersonalDeadlines::Deadline &d : std::as_const(m_deadlines)) {
        const QDate date = d.sortDate();
        if (!date.isValid() || date < today)
            continue;
        upcoming.append({ date,
                          { { QStringLiteral("kind"), QStringLiteral("deadline") },
                            { QStringLiteral("title"), d.label },
                            { QStringLiteral("date"), date.toString(Qt::ISODate) },
                            { QStringLiteral("dateText"), formatDate(date) },
                            { QStringLiteral("daysLeft"), int(today.daysTo(date)) },
                            { QStringLiteral("asksLawyer"), d.asksLawyer() } } });
    }
    for (const PersonalDeadlines::Appointment &a : std::as_const(m_appointments)) {
        const QDate date = a.startsAt.date();
        if (!date.isValid() || date < today)
            continue;
        const QLocale locale(m_library ? m_library->language() : QStringLiteral("en"));
        upcoming.append({ date,
                          { { QStringLiteral("kind"), QStringLiteral("appointment") },
                            { QStringLiteral("title"), a.title },
                            { QStringLiteral("date"), date.toString(Qt::ISODate) },
                            { QStringLiteral("dateText"),
                              formatDate(date) + QStringLiteral(", ")
                                  + locale.toString(a.startsAt.time(), QLocale::ShortFormat) },
                            { QStringLiteral("daysLeft"), int(today.daysTo(date)) },
                            { QStringLiteral("asksLawyer"), false } } });
    }
    std::stable_sort(upcoming.begin(), upcoming.end(),
                     [](const Upcoming &a, const Upcoming &b) { return a.date < b.date; });
    m_upcoming.clear();
    for (const Upcoming &u : std::as_const(upcoming))
        m_upcoming.append(u.entry);
    endResetModel();
    Q_UNUSED(before)
    Q_EMIT loaded();
}

int MyDeadlinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_deadlines.size());
}

QVariant MyDeadlinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PersonalDeadlines::Deadline &d = m_deadlines.at(index.row());
    const QDate today = currentDate();
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return d.label;
    case NoteRole:
        return d.note;
    case BasisRole:
        return d.basis;
    case SourceRole:
        return d.source;
    case TermRole:
        return d.term;
    case EventKindRole:
        return d.eventKind;
    case EventDateTextRole:
        return formatDate(d.event);
    case LastDayRole:
        return d.result ? d.result->end.toString(Qt::ISODate) : QString();
    case LastDayTextRole:
        return d.result ? formatDate(d.result->end) : QString();
    case RawEndTextRole:
        return d.result ? formatDate(d.result->rawEnd) : QString();
    case ExplanationRole:
        return d.result ? d.result->explanation() : QStringList();
    case UncertainRole:
        return d.result && d.result->isUncertain();
    case AsksLawyerRole:
        return d.asksLawyer();
    case AssumedTrackRole:
        return d.assumedTrack;
    case DaysLeftRole:
        return d.result ? int(today.daysTo(d.result->end)) : 0;
    case PastRole:
        return d.sortDate() < today;
    case ErrorRole:
        return d.error;
    case ProcedureIdRole:
        return d.procedureId;
    case StepIdRole:
        return d.stepId;
    default:
        return {};
    }
}

QHash<int, QByteArray> MyDeadlinesModel::roleNames() const
{
    return { { LabelRole, "label" },
             { NoteRole, "note" },
             { BasisRole, "basis" },
             { SourceRole, "source" },
             { TermRole, "term" },
             { EventKindRole, "eventKind" },
             { EventDateTextRole, "eventDateText" },
             { LastDayRole, "lastDay" },
             { LastDayTextRole, "lastDayText" },
             { RawEndTextRole, "rawEndText" },
             { ExplanationRole, "explanation" },
             { UncertainRole, "uncertain" },
             { AsksLawyerRole, "asksLawyer" },
             { AssumedTrackRole, "assumedTrack" },
             { DaysLeftRole, "daysLeft" },
             { PastRole, "past" },
             { ErrorRole, "error" },
             { ProcedureIdRole, "procedureId" },
             { StepIdRole, "stepId" } };
}

QString MyDeadlinesModel::exportCalendar(const QUrl &file, bool discreet)
{
    if (!isUnlocked(m_session))
        return tr("Open your notes first.");
    const QString path = file.isLocalFile() ? file.toLocalFile() : QString();
    if (path.isEmpty())
        return tr("Type the full path of the file, starting with /.");
    refresh();
    PersonalDeadlines::CalendarTexts texts;
    texts.deadlineSummary = tr("Last day: %1");
    texts.discreetDeadline = tr("Deadline");
    //: %1 is a time of day, e.g. 14:30
    texts.discreetAppointment = tr("Appointment at %1");
    texts.countedFrom = tr("Counted from %1 (%2).");
    texts.lawyerWarning = tr("A lawyer must confirm this deadline.");
    for (const QString &kind : content::ProcedureFile::eventKinds())
        texts.kindNames.insert(kind, kindText(kind));
    const deadline::ICalendar::Calendar calendar = PersonalDeadlines::calendar(
        m_deadlines, m_appointments, currentDate(), QDateTime::currentDateTimeUtc(), discreet, texts);
    if (calendar.events.isEmpty())
        return tr("There is nothing to export: no deadlines or appointments from today on.");
    QString error;
    const QByteArray data = deadline::ICalendar::write(calendar, &error);
    if (data.isEmpty())
        return tr("The calendar could not be made: %1").arg(error);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit())
        return tr("The calendar could not be saved at %1: %2").arg(path, out.errorString());
    return {};
}

} // namespace rc::ui
