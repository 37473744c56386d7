#include "LanShareController.h"

#include <QDir>
#include <QFileInfo>
#include <QJSEngine>
#include <QQmlEngine>

namespace rc::ui {

LanShareController::LanShareController(const QString &repository, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
{
    // The inert stand-in of create() (no folder) is never the instance.
    if (!m_repository.isEmpty() && !s_instance)
        s_instance = this;
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &LanShareController::timeChanged);
    connect(&m_share, &sync::LanShare::stopped, this, &LanShareController::onStopped);
    connect(&m_share, &sync::LanShare::filesServedChanged, this, &LanShareController::filesServedChanged);
}

LanShareController::~LanShareController()
{
    m_share.disconnect(this);
    if (s_instance == this)
        s_instance = nullptr;
}

LanShareController *LanShareController::create(QQmlEngine *engine, QJSEngine *)
{
    LanShareController *instance = s_instance ? s_instance : new LanShareController(QString(), engine);
    QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);
    return instance;
}

bool LanShareController::available() const
{
#if defined(Q_OS_ANDROID) || defined(Q_OS_IOS)
    // A phone is the one that reads from a share, not the one that offers it.
    return false;
#else
    return !m_repository.isEmpty()
        && QFileInfo(QDir(m_repository).filePath(QStringLiteral("metadata/timestamp.json"))).isFile();
#endif
}

int LanShareController::secondsLeft() const
{
    return running() ? int((m_share.remainingMs() + 999) / 1000) : 0;
}

QString LanShareController::timeLeft() const
{
    if (!running())
        return {};
    const int seconds = secondsLeft();
    // Minutes and seconds, as on a clock: no plural forms to get wrong, and it visibly counts down.
    const QString clock
        = QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    //: %1 is minutes and seconds, e.g. 29:59
    return tr("Sharing stops by itself in %1.").arg(clock);
}

void LanShareController::start()
{
    if (!available() || running())
        return;
    m_status.clear();
    m_problem.clear();
    if (!m_share.start(m_repository, m_options)) {
        m_problem = m_share.errorString();
        Q_EMIT runningChanged();
        return;
    }
    m_addresses.clear();
    if (m_testHosts.isEmpty()) {
        m_addresses = sync::LanShare::shareUrls(m_share.port());
    } else {
        for (const QString &host : std::as_const(m_testHosts))
            m_addresses.append(QStringLiteral("http://%1:%2/").arg(host).arg(m_share.port()));
    }
    if (m_addresses.isEmpty())
        m_problem = tr("This computer does not seem to be connected to a local network (Wi-Fi or cable). "
                       "Connect it to the same network as the phones, then stop and start sharing again.");
    m_tick.start();
    Q_EMIT runningChanged();
    Q_EMIT timeChanged();
}

void LanShareController::stop()
{
    m_share.stop();
}

void LanShareController::onStopped(sync::LanShare::StopReason reason)
{
    m_tick.stop();
    m_addresses.clear();
    m_problem.clear();
    m_status = reason == sync::LanShare::StopReason::TimeUp
        ? tr("Sharing stopped by itself. Start it again if more phones need the information.")
        : tr("Sharing stopped.");
    Q_EMIT runningChanged();
    Q_EMIT timeChanged();
}

} // namespace rc::ui
