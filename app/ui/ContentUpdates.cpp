#include "ContentUpdates.h"

#include "ContentLibrary.h"
#include "DistributionProfile.h"
#include "content/ContentStore.h"
#include "sync/ContentInstaller.h"
#include "sync/HttpTransport.h"
#include "sync/LanShare.h"
#include "sync/MirrorList.h"
#include "sync/TufClient.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QJSEngine>
#include <QLocale>
#include <QNetworkInformation>
#include <QQmlEngine>
#include <QSettings>
#include <QUrl>

#include <algorithm>

namespace rc::ui {

namespace {

const QString MirrorsKey = QStringLiteral("updates/mirrors");
const QString OnlyUnmeteredKey = QStringLiteral("updates/onlyUnmetered");
const QString LastCheckKey = QStringLiteral("updates/lastCheck");

// Automatic checks (a connection appeared) at most this often.
constexpr qint64 AutomaticCheckSeconds = 4 * 3600;

bool isWebMirror(const QString &mirror)
{
    return mirror.startsWith(QLatin1String("https://")) || mirror.startsWith(QLatin1String("http://"));
}

// A computer in the same room sharing its copy (sync::LanShare: http:// to a private IPv4 address):
// it serves the repository that came with its app, usually older than its expiry dates, so it is taken
// like a USB stick (offline media): expired signatures are accepted as long as nothing rolls back what
// is installed, and the page says the copy is old. Anything else over a network must be current.
bool isLocalNetworkCopy(const QString &mirror)
{
    const QUrl url(mirror);
    const QHostAddress host(url.host());
    return url.scheme() == QLatin1String("http") && host.protocol() == QAbstractSocket::IPv4Protocol
        && sync::LanShare::isLocalNetworkAddress(host);
}

// A folder mirror: the repository itself (metadata/, targets/) or a folder with a repository/ in it,
// as the app's own bundle and a copied stick have.
QString repositoryFolder(const QString &mirror)
{
    const QString path = mirror.startsWith(QLatin1String("file:")) ? QUrl(mirror).toLocalFile() : mirror;
    const QDir dir(path);
    if (!QFileInfo(dir.filePath(QStringLiteral("metadata"))).isDir()
        && QFileInfo(dir.filePath(QStringLiteral("repository/metadata"))).isDir())
        return dir.filePath(QStringLiteral("repository"));
    return path;
}

} // namespace

ContentUpdates::ContentUpdates(content::ContentStore *store, ContentLibrary *library, QSettings *settings,
                               const QString &contentDatabase, const QString &metadataDirectory,
                               QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_library(library)
    , m_settings(settings)
    , m_database(contentDatabase)
    , m_metadata(metadataDirectory)
{
    m_worker.setMaxThreadCount(1);
    // The inert stand-in of create() (no metadata folder) is never the instance.
    if (!m_metadata.isEmpty() && !s_instance)
        s_instance = this;
    if (m_settings) {
        // Until the person edits the list, the mirrors are those of the distribution profile.
        m_mirrors = m_settings->contains(MirrorsKey) ? m_settings->value(MirrorsKey).toStringList()
                                                     : DistributionProfile::compiledIn().mirrors;
        m_onlyUnmetered = m_settings->value(OnlyUnmeteredKey, true).toBool();
        m_lastCheck = QDateTime::fromString(m_settings->value(LastCheckKey).toString(), Qt::ISODate);
    }
    if (m_library)
        connect(m_library, &ContentLibrary::contentChanged, this, &ContentUpdates::stateChanged);
    reloadTrustedState();
    // The network is asked about only once there is a web mirror to use it for.
    if (hasWebMirror())
        refreshNetworkState();
}

ContentUpdates::~ContentUpdates()
{
    m_worker.waitForDone();
    if (s_instance == this)
        s_instance = nullptr;
}

ContentUpdates *ContentUpdates::create(QQmlEngine *engine, QJSEngine *)
{
    ContentUpdates *instance
        = s_instance ? s_instance : new ContentUpdates(nullptr, nullptr, nullptr, {}, {}, engine);
    QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);
    return instance;
}

QDateTime ContentUpdates::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void ContentUpdates::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    Q_EMIT stateChanged();
}

bool ContentUpdates::hasWebMirror() const
{
    return std::any_of(m_mirrors.cbegin(), m_mirrors.cend(), isWebMirror);
}

QString ContentUpdates::progressText() const
{
    if (m_bytesTotal <= 0)
        return {};
    const QLocale locale(m_library ? m_library->language() : QStringLiteral("en"));
    //: Download progress, e.g. "120 KB of 300 KB"
    return tr("%1 of %2").arg(locale.formattedDataSize(m_bytesDone), locale.formattedDataSize(m_bytesTotal));
}

QString ContentUpdates::lastCheck() const
{
    if (!m_lastCheck.isValid())
        return {};
    const QLocale locale(m_library ? m_library->language() : QStringLiteral("en"));
    return locale.toString(m_lastCheck.toLocalTime(), QLocale::ShortFormat);
}

QString ContentUpdates::contentAsOf() const
{
    if (!m_contentAsOf.isValid())
        return m_library ? m_library->contentDate() : QString();
    const QLocale locale(m_library ? m_library->language() : QStringLiteral("en"));
    return locale.toString(m_contentAsOf.toUTC().date(), QLocale::LongFormat);
}

bool ContentUpdates::stale() const
{
    // The distributor's targets metadata says until when this content is current.
    return m_targetsExpire.isValid() && m_targetsExpire < now();
}

void ContentUpdates::reloadTrustedState()
{
    m_contentAsOf = {};
    m_targetsExpire = {};
    if (!m_metadata.isEmpty()) {
        sync::Client client(m_metadata, nullptr);
        if (client.loadTrusted().ok() && client.trustedTargets()) {
            m_targetsExpire = client.trustedTargets()->expires;
            for (const sync::tuf::TargetFile &file : client.trustedTargets()->targets) {
                const sync::json::Value *published = file.custom.find("published");
                if (!published || !published->isString())
                    continue;
                const QDateTime when = QDateTime::fromString(published->toQString(), Qt::ISODate);
                if (when.isValid() && (!m_contentAsOf.isValid() || when > m_contentAsOf))
                    m_contentAsOf = when;
            }
        }
    }
    Q_EMIT stateChanged();
}

void ContentUpdates::setOnlyUnmetered(bool only)
{
    if (only == m_onlyUnmetered)
        return;
    m_onlyUnmetered = only;
    if (m_settings)
        m_settings->setValue(OnlyUnmeteredKey, only);
    Q_EMIT onlyUnmeteredChanged();
}

void ContentUpdates::refreshNetworkState()
{
    if (!m_networkLoaded) {
        m_networkLoaded = true;
        // A backend that knows about metered connections if there is one, else one for reachability.
        if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Metered))
            QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);
        if (QNetworkInformation *info = QNetworkInformation::instance()) {
            connect(info, &QNetworkInformation::reachabilityChanged, this,
                    &ContentUpdates::onReachabilityChanged);
            connect(info, &QNetworkInformation::isMeteredChanged, this, &ContentUpdates::refreshNetworkState);
        }
    }
    NetworkState state = NetworkState::Unknown;
    if (QNetworkInformation *info = QNetworkInformation::instance()) {
        const bool reachabilityKnown = info->supports(QNetworkInformation::Feature::Reachability);
        if (reachabilityKnown && info->reachability() == QNetworkInformation::Reachability::Disconnected)
            state = NetworkState::Offline;
        else if (info->supports(QNetworkInformation::Feature::Metered))
            state = info->isMetered() ? NetworkState::Metered : NetworkState::Unmetered;
    }
    if (state != m_network) {
        m_network = state;
        Q_EMIT networkChanged();
    }
}

void ContentUpdates::onReachabilityChanged()
{
    refreshNetworkState();
    // A connection appeared: check the web mirrors, if the user has any, not too often.
    checkIfDue();
}

bool ContentUpdates::checkIfDue()
{
    if (m_busy || !available() || !hasWebMirror())
        return false;
    refreshNetworkState();
    if (m_network == NetworkState::Offline)
        return false;
    if (m_onlyUnmetered && m_network != NetworkState::Unmetered)
        return false;
    if (m_lastCheck.isValid() && m_lastCheck.secsTo(now()) < AutomaticCheckSeconds)
        return false;
    checkNow();
    return true;
}

QString ContentUpdates::addMirror(const QString &text)
{
    const QString mirror = text.trimmed();
    if (isWebMirror(mirror)) {
        const QUrl url(mirror, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
            return tr("This web address is not valid. Type it like https://example.org/content/.");
    } else {
        const QString path = mirror.startsWith(QLatin1String("file:")) ? QUrl(mirror).toLocalFile() : mirror;
        if (!QDir::isAbsolutePath(path) || path.isEmpty())
            return tr(
                "Type a web address starting with https://, or the full path of a folder, starting with /.");
    }
    if (m_mirrors.contains(mirror))
        return tr("This mirror is already in the list.");
    m_mirrors.append(mirror);
    saveMirrors();
    if (isWebMirror(mirror))
        refreshNetworkState();
    return {};
}

void ContentUpdates::removeMirror(int index)
{
    if (index < 0 || index >= m_mirrors.size())
        return;
    m_mirrors.removeAt(index);
    saveMirrors();
}

void ContentUpdates::saveMirrors()
{
    if (m_settings)
        m_settings->setValue(MirrorsKey, m_mirrors);
    Q_EMIT mirrorsChanged();
}

void ContentUpdates::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void ContentUpdates::setStatus(const QString &status, bool problem)
{
    m_status = status;
    m_statusIsProblem = problem;
    Q_EMIT stateChanged();
}

void ContentUpdates::waitForIdle()
{
    m_worker.waitForDone();
    QCoreApplication::sendPostedEvents(this);
}

void ContentUpdates::checkNow()
{
    if (!available()) {
        setStatus(tr("Content updates are not available here."), true);
        return;
    }
    if (m_busy)
        return;
    if (m_mirrors.isEmpty()) {
        setStatus(
            tr("Add a mirror first: a USB stick or folder with a copy of the information, or the web address "
               "your organisation gave you."),
            true);
        return;
    }
    bool webAllowed = true;
    if (hasWebMirror()) {
        refreshNetworkState();
        webAllowed = !m_onlyUnmetered || m_network == NetworkState::Unmetered;
    }
    QStringList usable;
    for (const QString &mirror : std::as_const(m_mirrors)) {
        if (webAllowed || !isWebMirror(mirror))
            usable.append(mirror);
    }
    if (usable.isEmpty()) {
        QString why;
        switch (m_network) {
        case NetworkState::Unknown:
            why = tr(
                "The app cannot tell whether this connection costs money, so the web mirrors were not used. "
                "Turn off \"Only on unmetered networks\" to use them anyway.");
            break;
        case NetworkState::Offline:
            why = tr("This device is not connected to a network, so the web mirrors were not used.");
            break;
        case NetworkState::Metered:
        case NetworkState::Unmetered:
            why = tr("This connection may cost money (it is metered), so the web mirrors were not used.");
            break;
        }
        setStatus(why, true);
        return;
    }

    setBusy(true);
    m_bytesDone = 0;
    m_bytesTotal = 0;
    Q_EMIT progressChanged();
    const QString database = m_database;
    const QString metadata = m_metadata;
    const QString httpCache = QDir(metadata).absoluteFilePath(QStringLiteral("../http-cache"));
    m_worker.start([this, usable, database, metadata, httpCache] {
        sync::UpdateReport report;
        // A connection of its own: the pages keep reading the old content until the install commits.
        content::ContentStore store;
        if (!store.open(database)) {
            report.error = sync::syncError(sync::SyncErrorCode::StorageFailed, store.lastError());
        } else {
            sync::MirrorList mirrors(metadata);
            for (const QString &mirror : usable) {
                if (isWebMirror(mirror)) {
                    sync::HttpTransport::Options options;
                    options.cacheDirectory = httpCache;
                    options.offlineMedia = isLocalNetworkCopy(mirror);
                    mirrors.add(mirror, sync::HttpTransport::forRepository(QUrl(mirror), options));
                } else {
                    const QString folder = repositoryFolder(mirror);
                    mirrors.add(mirror,
                                std::make_unique<sync::LocalFolderTransport>(
                                    QDir(folder).filePath(QStringLiteral("metadata")),
                                    QDir(folder).filePath(QStringLiteral("targets")), true));
                }
            }
            sync::UpdateOptions options;
            options.progress = [this](const sync::InstallProgress &progress) {
                QMetaObject::invokeMethod(
                    this,
                    [this, progress] {
                        m_bytesDone = progress.bytesDone;
                        m_bytesTotal = progress.bytesTotal;
                        Q_EMIT progressChanged();
                    },
                    Qt::QueuedConnection);
            };
            report = sync::updateContent(mirrors, metadata, &store, options);
        }
        QMetaObject::invokeMethod(
            this,
            [this, report] {
                m_lastCheck = now();
                if (m_settings)
                    m_settings->setValue(LastCheckKey, m_lastCheck.toUTC().toString(Qt::ISODate));
                QString status;
                bool problem = !report.ok();
                using Code = sync::SyncErrorCode;
                switch (report.error.code) {
                case Code::None:
                    status = report.contentChanged() ? tr("The information was updated.")
                                                     : tr("The information is up to date.");
                    break;
                case Code::OlderThanInstalled:
                    status = tr("This copy of the information is older than what you already have. It was "
                                "ignored, and nothing changed.");
                    break;
                case Code::Rollback:
                    status
                        = tr("A mirror offered older information than what you already have. It was refused, "
                             "and nothing changed.");
                    break;
                case Code::Expired:
                    status
                        = tr("The information on the mirror has expired: the mirror is no longer kept up to "
                             "date, or someone is holding back updates. Nothing changed.");
                    break;
                case Code::NotFound:
                case Code::TransportFailed:
                    status
                        = tr("The mirror could not be read: it cannot be reached, or it holds no copy of the "
                             "information. Nothing changed.");
                    break;
                case Code::StorageFailed:
                case Code::NotInitialised:
                    status = tr("The information could not be updated on this device. Nothing changed.");
                    break;
                default:
                    status
                        = tr("The information on the mirror is not correctly signed by your distributor. It "
                             "was refused, and nothing changed.");
                    break;
                }
                if (report.ok() && report.refresh.expiredAccepted)
                    status += QLatin1Char(' ')
                        + tr("This copy is older than its signatures allow, but nothing in it is older than "
                             "what "
                             "you had, so it was used.");
                if (problem)
                    status += QLatin1Char('\n') + tr("Details: %1").arg(report.error.toString());
                if (report.contentChanged() && m_library)
                    m_library->reload();
                setBusy(false);
                setStatus(status, problem);
                reloadTrustedState();
                Q_EMIT finished(report.ok(), status);
            },
            Qt::QueuedConnection);
    });
}

} // namespace rc::ui
