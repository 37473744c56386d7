#pragma once

#include "Reminders.h"

#include <QString>

#include <optional>

class QDBusConnection;

namespace rc::ui {

// Reminders as desktop notifications on Linux: org.freedesktop.Notifications.Notify on the session bus
// (Desktop Notifications Specification). The call is sent without waiting for the answer, so a slow or
// stuck notification service never holds up the interface. show() returns false, and does nothing else,
// when there is no session bus or no notification service on it; the reminders stay in the app.
// Other platforms have no notifier yet.
class FreedesktopNotifier : public Notifier
{
public:
    // The user's session bus, connected on the first notification (not while the app starts).
    FreedesktopNotifier();
    // Another bus (tests: a private dbus-daemon).
    explicit FreedesktopNotifier(const QString &busAddress);
    ~FreedesktopNotifier() override;

    bool show(const QString &title, const QString &body) override;
    // Why the last notification could not be shown, for logs; "" when it was sent.
    QString lastError() const { return m_lastError; }

private:
    QDBusConnection bus();

    QString m_busAddress; // empty: the session bus
    QString m_connectionName;
    QString m_lastError;
};

} // namespace rc::ui
