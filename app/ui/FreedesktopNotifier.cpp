#include "FreedesktopNotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QGuiApplication>
#include <QUuid>
#include <QVariantMap>

namespace rc::ui {

namespace {

const QString service = QStringLiteral("org.freedesktop.Notifications");
const QString path = QStringLiteral("/org/freedesktop/Notifications");

} // namespace

FreedesktopNotifier::FreedesktopNotifier() = default;

FreedesktopNotifier::FreedesktopNotifier(const QString &busAddress)
    : m_busAddress(busAddress)
    , m_connectionName(QStringLiteral("rc-notifier-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

FreedesktopNotifier::~FreedesktopNotifier()
{
    if (!m_connectionName.isEmpty())
        QDBusConnection::disconnectFromBus(m_connectionName);
}

QDBusConnection FreedesktopNotifier::bus()
{
    if (m_busAddress.isEmpty())
        return QDBusConnection::sessionBus();
    return QDBusConnection::connectToBus(m_busAddress, m_connectionName);
}

bool FreedesktopNotifier::show(const QString &title, const QString &body)
{
    QDBusConnection connection = bus();
    if (!connection.isConnected()) {
        m_lastError = QStringLiteral("no D-Bus session bus: %1").arg(connection.lastError().message());
        return false;
    }
    // Running, or started on demand by the bus (many desktops start their notification daemon so).
    QDBusConnectionInterface *busInterface = connection.interface();
    const bool available = busInterface
        && (busInterface->isServiceRegistered(service).value()
            || busInterface->activatableServiceNames().value().contains(service));
    if (!available) {
        m_lastError = QStringLiteral("no notification service (%1) on the session bus").arg(service);
        return false;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(service, path, service, QStringLiteral("Notify"));
    // No icon: a path could name the user's folders. Urgency 1 is "normal"; -1 lets the server decide
    // how long the notification stays.
    const QVariantMap hints { { QStringLiteral("urgency"), QVariant::fromValue(uchar(1)) } };
    call << QGuiApplication::applicationDisplayName() << uint(0) << QString() << title << body
         << QStringList() << hints << int(-1);
    if (!connection.send(call)) {
        m_lastError
            = QStringLiteral("the notification could not be sent: %1").arg(connection.lastError().message());
        return false;
    }
    m_lastError.clear();
    return true;
}

} // namespace rc::ui
