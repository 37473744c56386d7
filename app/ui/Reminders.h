#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <functional>

class QQmlEngine;
class QJSEngine;
class QSettings;

namespace rc::ui {

class ContentLibrary;
class MyDeadlinesModel;
class VaultController;

// Shows one reminder outside the app (a desktop notification). The scheduler decides what to say;
// a notifier only delivers it.
class Notifier
{
public:
    virtual ~Notifier() = default;
    // Returns false when it could not be shown (no notification service here). The reminder is not
    // retried: the in-app list ("Coming up" on the timeline page) still has the deadline.
    virtual bool show(const QString &title, const QString &body) = 0;
};

// Reminders of the user's deadlines and appointments while the vault is unlocked.
//
// When: a deadline 7, 2 and 1 days before its last day and on the day itself (each from the start of
// that day); an appointment 1 day (24 hours) and 2 hours before it starts (the table `offsets()`).
// Each reminder fires once. Only the most recent one of an item that is due fires; older ones it
// passed are dropped, and so is any that became due more than 24 hours ago. Nothing fires while the
// vault is locked, because the dates are not readable then. On the first check after unlocking (or
// after the app was not checking for a while), the reminders it missed fire together: one on its own,
// several as one summary ("You have 2 deadlines this week").
//
// What it says: by default only that there is a deadline or appointment and when ("You have a deadline
// in 2 days"), never which one, since notifications show on a locked screen. `showDetails` adds the
// deadline's label and its last day, or the appointment's title and time.
//
// What it remembers: which reminders fired, in memory only (keyed MACs of the items with a key made
// for this run, so no date or label remains readable after locking). Nothing goes to disk. After the
// app restarts, a reminder of the past 24 hours can show once more.
//
// The two settings are stored in settings.ini (reminders/enabled, reminders/showDetails): two
// switches, nothing personal, like the auto-lock minutes.
class ReminderScheduler : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Reminders)
    QML_SINGLETON
    Q_PROPERTY(bool enabled READ enabled WRITE setEnabled NOTIFY enabledChanged)
    Q_PROPERTY(bool showDetails READ showDetails WRITE setShowDetails NOTIFY showDetailsChanged)
    // False once the desktop refused a notification (or there is no notifier on this platform): the
    // page then says that reminders are only in the app.
    Q_PROPERTY(bool desktopNotifications READ desktopNotifications NOTIFY desktopNotificationsChanged)

public:
    enum class Kind
    {
        Deadline,
        Appointment
    };

    // One thing to be reminded of. `at`: a deadline's last day at 00:00, an appointment's start (local
    // time). `key` identifies it across checks (it changes when its date does).
    struct Item
    {
        Kind kind = Kind::Deadline;
        QByteArray key;
        QString label;
        QDateTime at;
    };

    // A reminder is due at `at` moved back by `days` calendar days (the same time of day, also across a
    // change to or from summer time) and then by `minutes`.
    struct Offset
    {
        Kind kind;
        int days;
        int minutes;
    };
    static QList<Offset> offsets();
    static QDateTime dueAt(const Item &item, const Offset &offset);
    // When reminding of it is pointless: after a deadline's last day, when an appointment starts.
    static QDateTime expiresAt(const Item &item);

    // `session` and `library` give the dates (the library's procedures count the deadlines); a null
    // `notifier` keeps reminders in the app only. No default arguments: the QML engine must use create().
    ReminderScheduler(VaultController *session, ContentLibrary *library, Notifier *notifier, QObject *parent);
    ~ReminderScheduler() override;

    // The instance made by the composition root. Without one (QML tests), an inert instance that has no
    // vault and shows nothing, owned by the engine.
    static ReminderScheduler *create(QQmlEngine *engine, QJSEngine *);

    bool enabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    bool showDetails() const { return m_showDetails; }
    void setShowDetails(bool show);
    bool desktopNotifications() const { return m_desktopNotifications; }
    // Where the two switches are remembered. Reads them now.
    void useSettings(QSettings *settings);

    // The clock (tests); the system's local time by default.
    void setClock(std::function<QDateTime()> clock);
    // Checks now instead of at the next minute (tests; the timer and unlocking call it too).
    void checkNow();
    bool timerActive() const { return m_timer.isActive(); }

Q_SIGNALS:
    void enabledChanged();
    void showDetailsChanged();
    void desktopNotificationsChanged();

private:
    void followState();
    QList<Item> items();
    QByteArray firedKey(const Item &item, int offset) const;
    // The sentence for one item, as seen at `now`, and the details line.
    QString sentence(const Item &item, const QDateTime &now) const;
    QString summary(const QList<Item> &items) const;
    QString details(const Item &item) const;
    void deliver(const QString &body);

    QPointer<VaultController> m_session;
    QPointer<ContentLibrary> m_library;
    Notifier *m_notifier;
    MyDeadlinesModel *m_deadlines = nullptr; // made on the first unlock: it reads the deadline data
    QSettings *m_settings = nullptr;
    std::function<QDateTime()> m_clock;
    QTimer m_timer;
    QDateTime m_lastCheck; // the last check while unlocked and enabled; invalid after locking
    QSet<QByteArray> m_fired;
    QByteArray m_macKey;
    bool m_enabled = true;
    bool m_showDetails = false;
    bool m_desktopNotifications = true;

    static inline ReminderScheduler *s_instance = nullptr;
};

} // namespace rc::ui
