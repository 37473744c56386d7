#pragma once

#include "ContentLibrary.h"
#include "ContentModels.h"
#include "PersonalDeadlines.h"
#include "VaultController.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace rc::ui {

// The steps of one procedure as a timeline, in the content language (falling back to English), and,
// while the vault is unlocked, where the user is: the last step whose key date they have entered is
// "current", the one after it "next", those before "done". Without a procedureId it shows the procedure
// of the user's track (My case), else the general procedure.
class ProcedureTimelineModel : public rc::ui::LibraryListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(rc::ui::VaultController *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString procedureId READ procedureId WRITE setProcedureId NOTIFY procedureIdChanged)
    Q_PROPERTY(QString shownProcedure READ shownProcedure NOTIFY loaded)
    Q_PROPERTY(QString pack READ pack NOTIFY loaded)
    Q_PROPERTY(bool found READ found NOTIFY loaded)
    Q_PROPERTY(QString title READ title NOTIFY loaded)
    Q_PROPERTY(QString summary READ summary NOTIFY loaded)
    Q_PROPERTY(QString introHtml READ introHtml NOTIFY loaded)
    Q_PROPERTY(QString language READ language NOTIFY loaded)
    Q_PROPERTY(bool isFallback READ isFallback NOTIFY loaded)
    Q_PROPERTY(QString notice READ notice NOTIFY loaded)
    Q_PROPERTY(QStringList sources READ sources NOTIFY loaded)
    Q_PROPERTY(int currentIndex READ currentIndex NOTIFY loaded)
    Q_PROPERTY(QVariantList procedures READ procedures NOTIFY loaded)
    Q_PROPERTY(int shownIndex READ shownIndex NOTIFY loaded) // of the shown one in `procedures`, or -1

public:
    enum Role
    {
        StepIdRole = Qt::UserRole + 1,
        TitleRole,
        DescriptionHtmlRole,
        WhoRole,
        PrepareRole, // HTML: a bulleted list
        RightsRole, // HTML: a bulleted list
        ReadRole, // list of { articleId, title }
        DurationRole,
        DeadlinesRole, // list of { label, term, asksLawyer, basis, source, note }
        StateRole, // "done", "current", "next", "later", or "" when the user's place is not known
        EventRole,
        EventDateTextRole, // the user's date for this step, formatted, or ""
        PositionRole,
        IsLastRole
    };

    explicit ProcedureTimelineModel(QObject *parent = nullptr);

    VaultController *session() const { return m_session; }
    void setSession(VaultController *session);
    QString procedureId() const { return m_procedureId; }
    void setProcedureId(const QString &id);

    QString shownProcedure() const { return m_text.id; }
    QString pack() const { return m_text.pack; }
    bool found() const { return !m_text.id.isEmpty(); }
    QString title() const { return m_text.title; }
    QString summary() const { return m_text.summary; }
    QString introHtml() const;
    QString language() const { return m_text.language; }
    bool isFallback() const;
    QString notice() const { return m_text.notice; }
    QStringList sources() const { return m_text.sources; }
    int currentIndex() const { return m_currentIndex; }
    QVariantList procedures() const { return m_procedures; }
    int shownIndex() const { return m_shownIndex; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Reads the content and the user's dates again (the page calls it when it comes back into view).
    Q_INVOKABLE void refresh() { reload(); }

Q_SIGNALS:
    void sessionChanged();
    void procedureIdChanged();
    void loaded();

protected:
    void fetch() override;

private:
    QPointer<VaultController> m_session;
    QString m_procedureId;
    content::ProcedureText m_text;
    QVariantList m_procedures;
    QMap<QString, QDate> m_userDates; // event kind -> the latest date of that kind
    QMap<QString, QString> m_articleTitles;
    int m_currentIndex = -1;
    int m_shownIndex = -1;
};

// "My procedure": the user's deadlines, counted from the key dates in the vault with the deadline engine,
// and the reminders list (upcoming deadlines and appointments). Empty while the vault is locked.
class MyDeadlinesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(rc::ui::ContentLibrary *library READ library WRITE setLibrary NOTIFY libraryChanged)
    Q_PROPERTY(rc::ui::VaultController *session READ session WRITE setSession NOTIFY sessionChanged)
    // "YYYY-MM-DD" to count days from another day than today (tests); empty: the system date.
    Q_PROPERTY(QString today READ today WRITE setToday NOTIFY todayChanged)
    Q_PROPERTY(int count READ count NOTIFY loaded)
    Q_PROPERTY(bool available READ available NOTIFY loaded)
    Q_PROPERTY(bool trackKnown READ trackKnown NOTIFY loaded)
    Q_PROPERTY(int keyDateCount READ keyDateCount NOTIFY loaded)
    Q_PROPERTY(QString problem READ problem NOTIFY loaded)
    Q_PROPERTY(QVariantList upcoming READ upcoming NOTIFY loaded)

public:
    enum Role
    {
        LabelRole = Qt::UserRole + 1,
        NoteRole,
        BasisRole,
        SourceRole,
        TermRole,
        EventKindRole,
        EventDateTextRole,
        LastDayRole, // ISO, or "" when no number can be given
        LastDayTextRole, // formatted in the user's language, Gregorian
        RawEndTextRole,
        ExplanationRole, // list of lines
        UncertainRole,
        AsksLawyerRole,
        AssumedTrackRole,
        DaysLeftRole,
        PastRole,
        ErrorRole,
        ProcedureIdRole,
        StepIdRole
    };

    explicit MyDeadlinesModel(QObject *parent = nullptr);

    ContentLibrary *library() const { return m_library; }
    void setLibrary(ContentLibrary *library);
    VaultController *session() const { return m_session; }
    void setSession(VaultController *session);
    QString today() const { return m_today; }
    void setToday(const QString &today);

    int count() const { return rowCount(); }
    bool available() const { return m_available; }
    bool trackKnown() const { return m_trackKnown; }
    int keyDateCount() const { return int(m_keyDates.size()); }
    QString problem() const { return m_problem; }
    // Deadlines from today on and appointments from today on, soonest first: each
    // { kind: "deadline" | "appointment", title, date (ISO), dateText, daysLeft, asksLawyer }.
    QVariantList upcoming() const { return m_upcoming; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void refresh();
    // Writes the upcoming deadlines and appointments as an iCalendar (.ics) file. Returns "" when it was
    // written, else what went wrong, in words for the user. `discreet`: see PersonalDeadlines::calendar.
    Q_INVOKABLE QString exportCalendar(const QUrl &file, bool discreet);

    // What the model computed, for tests.
    const QList<PersonalDeadlines::Deadline> &deadlines() const { return m_deadlines; }

Q_SIGNALS:
    void libraryChanged();
    void sessionChanged();
    void todayChanged();
    void loaded();

private:
    QDate currentDate() const;
    QString formatDate(const QDate &date) const;
    QString kindText(const QString &kind) const;

    QPointer<ContentLibrary> m_library;
    QPointer<VaultController> m_session;
    QString m_today;
    bool m_available = false;
    bool m_trackKnown = false;
    QString m_problem;
    QList<PersonalDeadlines::KeyDate> m_keyDates;
    QList<PersonalDeadlines::Appointment> m_appointments;
    QList<PersonalDeadlines::Deadline> m_deadlines;
    QVariantList m_upcoming;
    std::optional<deadline::DeadlineCalculator> m_calculator;
};

} // namespace rc::ui
