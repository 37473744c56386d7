#include "Reminders.h"

#include "ContentLibrary.h"
#include "TimelineModels.h"
#include "VaultController.h"
#include "VaultRecordsModel.h"

#include <QJSEngine>
#include <QLocale>
#include <QMessageAuthenticationCode>
#include <QQmlEngine>
#include <QRandomGenerator>
#include <QSettings>

#include <algorithm>

namespace rc::ui {

namespace {

const QString enabledKey = QStringLiteral("reminders/enabled");
const QString detailsKey = QStringLiteral("reminders/showDetails");

// A notification after a gap longer than this since the last check (the app was suspended, the clock
// jumped) counts as caught up: several due reminders become one summary.
constexpr qint64 catchUpAfterSeconds = 5 * 60;
// Reminders that became due longer ago than this are dropped: the in-app list has them, and a pile of
// old notifications helps nobody.
constexpr qint64 staleAfterSeconds = 24 * 60 * 60;

bool isUnlocked(const VaultController *session)
{
    return session && session->state() == VaultController::State::Unlocked;
}

} // namespace

QList<ReminderScheduler::Offset> ReminderScheduler::offsets()
{
    // Oldest first within each kind; the order matters only for reading.
    return {
        { Kind::Deadline, 7, 0 }, // a week ahead: time to find a lawyer
        { Kind::Deadline, 2, 0 },      { Kind::Deadline, 1, 0 },
        { Kind::Deadline, 0, 0 }, // the last day itself, from its start
        { Kind::Appointment, 1, 0 }, // 24 hours before
        { Kind::Appointment, 0, 120 }, // 2 hours before: time to travel
    };
}

QDateTime ReminderScheduler::dueAt(const Item &item, const Offset &offset)
{
    const QDateTime moved(item.at.date().addDays(-offset.days), item.at.time());
    return moved.addSecs(-qint64(offset.minutes) * 60);
}

QDateTime ReminderScheduler::expiresAt(const Item &item)
{
    if (item.kind == Kind::Deadline)
        return QDateTime(item.at.date().addDays(1), QTime(0, 0));
    return item.at;
}

ReminderScheduler::ReminderScheduler(VaultController *session, ContentLibrary *library, Notifier *notifier,
                                     QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_library(library)
    , m_notifier(notifier)
    , m_clock([] { return QDateTime::currentDateTime(); })
    , m_desktopNotifications(notifier != nullptr)
{
    s_instance = this;
    m_macKey.resize(32);
    QRandomGenerator::system()->generate(m_macKey.begin(), m_macKey.end());
    m_timer.setInterval(60 * 1000);
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ReminderScheduler::checkNow);
    if (m_session)
        connect(m_session, &VaultController::stateChanged, this, &ReminderScheduler::followState);
    followState();
}

ReminderScheduler::~ReminderScheduler()
{
    if (s_instance == this)
        s_instance = nullptr;
}

ReminderScheduler *ReminderScheduler::create(QQmlEngine *engine, QJSEngine *)
{
    if (s_instance) {
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }
    // A child of the engine, so it goes with it; not registered, so the next engine makes its own.
    auto *inert = new ReminderScheduler(nullptr, nullptr, nullptr, engine);
    s_instance = nullptr;
    QJSEngine::setObjectOwnership(inert, QJSEngine::CppOwnership);
    return inert;
}

void ReminderScheduler::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    if (m_settings)
        m_settings->setValue(enabledKey, enabled);
    followState();
    Q_EMIT enabledChanged();
}

void ReminderScheduler::setShowDetails(bool show)
{
    if (m_showDetails == show)
        return;
    m_showDetails = show;
    if (m_settings)
        m_settings->setValue(detailsKey, show);
    Q_EMIT showDetailsChanged();
}

void ReminderScheduler::useSettings(QSettings *settings)
{
    m_settings = nullptr; // not written back while reading
    if (settings) {
        setEnabled(settings->value(enabledKey, true).toBool());
        setShowDetails(settings->value(detailsKey, false).toBool());
    }
    m_settings = settings;
}

void ReminderScheduler::setClock(std::function<QDateTime()> clock)
{
    m_clock = clock ? std::move(clock) : [] { return QDateTime::currentDateTime(); };
}

void ReminderScheduler::followState()
{
    // Every unlock starts with a catch-up check; while locked nothing is read and nothing fires.
    m_lastCheck = {};
    if (m_enabled && isUnlocked(m_session)) {
        checkNow();
        m_timer.start();
    } else {
        m_timer.stop();
    }
}

QList<ReminderScheduler::Item> ReminderScheduler::items()
{
    QList<Item> result;
    if (!isUnlocked(m_session))
        return result;
    // Made on first use, so starting the app does not read the deadline data; refreshed on every check
    // because the track in My case changes the deadlines without a signal the model follows.
    if (!m_deadlines) {
        m_deadlines = new MyDeadlinesModel(this);
        m_deadlines->setLibrary(m_library);
        m_deadlines->setSession(m_session);
    } else {
        m_deadlines->refresh();
    }
    for (const PersonalDeadlines::Deadline &d : m_deadlines->deadlines()) {
        if (!d.result) // "ask your lawyer at once": no day to count towards
            continue;
        const QDate end = d.result->end;
        const QByteArray key = QStringList { QStringLiteral("deadline"),
                                             d.procedureId,
                                             d.stepId,
                                             d.eventKind,
                                             d.event.toString(Qt::ISODate),
                                             end.toString(Qt::ISODate) }
                                   .join(QLatin1Char('|'))
                                   .toUtf8();
        result.append({ Kind::Deadline, key, d.label, QDateTime(end, QTime(0, 0)) });
    }
    VaultRecordsModel *appointments = m_session->appointments();
    for (int row = 0; appointments && row < appointments->rowCount(); ++row) {
        const qint64 id = appointments->data(appointments->index(row, 0), Qt::UserRole).toLongLong();
        const QVariantMap record = appointments->get(id).toMap();
        const QDateTime startsAt = QDateTime::fromString(record.value(QStringLiteral("startsAt")).toString(),
                                                         QStringLiteral("yyyy-MM-ddTHH:mm"));
        if (!startsAt.isValid())
            continue;
        const QByteArray key = QByteArrayLiteral("appointment|") + QByteArray::number(id) + '|'
            + startsAt.toString(Qt::ISODate).toUtf8();
        result.append({ Kind::Appointment, key, record.value(QStringLiteral("title")).toString(), startsAt });
    }
    std::stable_sort(result.begin(), result.end(), [](const Item &a, const Item &b) { return a.at < b.at; });
    return result;
}

QByteArray ReminderScheduler::firedKey(const Item &item, int offset) const
{
    return QMessageAuthenticationCode::hash(item.key + '#' + QByteArray::number(offset), m_macKey,
                                            QCryptographicHash::Sha256);
}

void ReminderScheduler::checkNow()
{
    if (!m_enabled || !isUnlocked(m_session)) {
        m_lastCheck = {};
        return;
    }
    const QDateTime now = m_clock();
    const bool catchingUp
        = !m_lastCheck.isValid() || m_lastCheck > now || m_lastCheck.secsTo(now) > catchUpAfterSeconds;
    m_lastCheck = now;

    const QList<Offset> table = offsets();
    QList<Item> due;
    for (const Item &item : items()) {
        // The most recent reminder of this item that is due; the ones before it are passed over.
        int latest = -1;
        QDateTime latestAt;
        bool latestFired = false;
        for (int i = 0; i < table.size(); ++i) {
            if (table.at(i).kind != item.kind)
                continue;
            const QDateTime at = dueAt(item, table.at(i));
            if (at > now)
                continue;
            const QByteArray key = firedKey(item, i);
            const bool fired = m_fired.contains(key);
            m_fired.insert(key);
            if (latest < 0 || at > latestAt) {
                latest = i;
                latestAt = at;
                latestFired = fired;
            }
        }
        if (latest < 0 || latestFired || latestAt.secsTo(now) > staleAfterSeconds || now >= expiresAt(item))
            continue;
        due.append(item);
    }
    if (due.isEmpty())
        return;
    if (!catchingUp || due.size() == 1) {
        for (const Item &item : std::as_const(due))
            deliver(m_showDetails ? sentence(item, now) + QLatin1Char('\n') + details(item)
                                  : sentence(item, now));
        return;
    }
    QString body = summary(due);
    if (m_showDetails) {
        for (const Item &item : std::as_const(due))
            body += QLatin1Char('\n') + details(item);
    }
    deliver(body);
}

QString ReminderScheduler::sentence(const Item &item, const QDateTime &now) const
{
    const qint64 days = now.date().daysTo(item.at.date());
    if (item.kind == Kind::Deadline) {
        if (days <= 0)
            return tr("You have a deadline today");
        if (days == 1)
            return tr("You have a deadline tomorrow");
        //: Reminder on a locked screen: it must not say which deadline. %n is 2 or more.
        return tr("You have a deadline in %n days", nullptr, int(days));
    }
    if (days >= 2)
        //: Reminder on a locked screen: it must not say which appointment. %n is 2 or more.
        return tr("You have an appointment in %n days", nullptr, int(days));
    if (days == 1)
        return tr("You have an appointment tomorrow");
    const qint64 hours = now.secsTo(item.at) / 3600;
    if (hours >= 2)
        //: Reminder on a locked screen. %n is 2 or more.
        return tr("You have an appointment in %n hours", nullptr, int(hours));
    return tr("You have an appointment in less than 2 hours");
}

QString ReminderScheduler::summary(const QList<Item> &items) const
{
    const auto deadlines = int(
        std::count_if(items.begin(), items.end(), [](const Item &i) { return i.kind == Kind::Deadline; }));
    const auto appointments = int(items.size()) - deadlines;
    //: One notification for several reminders the app could not show while the vault was locked. %n is
    //: 2 or more.
    if (appointments == 0)
        return tr("You have %n deadlines this week", nullptr, deadlines);
    //: %n is 2 or more.
    if (deadlines == 0)
        return tr("You have %n appointments this week", nullptr, appointments);
    //: %n (the deadlines and appointments together) is 2 or more.
    return tr("You have %n deadlines and appointments this week", nullptr, deadlines + appointments);
}

QString ReminderScheduler::details(const Item &item) const
{
    const QLocale locale(m_library ? m_library->language() : QStringLiteral("en"));
    if (item.kind == Kind::Deadline)
        //: %1 is what the deadline is for (e.g. Appeal to the court), %2 its last day.
        return tr("%1: last day %2").arg(item.label, locale.toString(item.at.date(), QLocale::LongFormat));
    //: %1 is the appointment's title, %2 its day, %3 its time.
    return tr("%1: %2 at %3")
        .arg(item.label, locale.toString(item.at.date(), QLocale::LongFormat),
             locale.toString(item.at.time(), QLocale::ShortFormat));
}

void ReminderScheduler::deliver(const QString &body)
{
    const bool shown = m_notifier && m_notifier->show(tr("Reminder"), body);
    if (shown != m_desktopNotifications) {
        m_desktopNotifications = shown;
        Q_EMIT desktopNotificationsChanged();
    }
}

} // namespace rc::ui
