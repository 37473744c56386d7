#include "MirrorList.h"

namespace rc::sync {

struct MirrorList::Mirror
{
    QString label;
    std::unique_ptr<Transport> transport;
    std::unique_ptr<Client> client;
    int loadedGeneration = -1; // the trusted state this client holds
};

MirrorList::MirrorList(const QString &metadataDirectory, ClientOptions options)
    : m_directory(metadataDirectory)
    , m_options(std::move(options))
{
}

MirrorList::~MirrorList() = default;

void MirrorList::add(const QString &label, std::unique_ptr<Transport> transport)
{
    auto mirror = std::make_unique<Mirror>();
    mirror->label = label;
    mirror->transport = std::move(transport);
    mirror->client = std::make_unique<Client>(m_directory, mirror->transport.get(), m_options);
    m_mirrors.push_back(std::move(mirror));
}

Transport *MirrorList::transport(int index) const
{
    return index >= 0 && index < size() ? m_mirrors[size_t(index)]->transport.get() : nullptr;
}

QString MirrorList::label(int index) const
{
    return index >= 0 && index < size() ? m_mirrors[size_t(index)]->label : QString();
}

qint64 MirrorList::bytesTransferred() const
{
    qint64 total = 0;
    for (const auto &mirror : m_mirrors)
        total += mirror->transport->bytesTransferred();
    return total;
}

SyncError MirrorList::allFailed(const QString &what) const
{
    if (m_attempts.isEmpty())
        return syncError(SyncErrorCode::TransportFailed, QStringLiteral("no mirrors to %1 from").arg(what));
    QStringList parts;
    for (const Attempt &attempt : m_attempts)
        parts.append(QStringLiteral("%1: %2").arg(attempt.mirror, attempt.error.toString()));
    // The first mirror is the one the distributor meant; its failure says most.
    return syncError(m_attempts.constFirst().error.code,
                     QStringLiteral("no mirror could %1 (%2)").arg(what, parts.join(QStringLiteral("; "))));
}

RefreshResult MirrorList::refresh()
{
    m_attempts.clear();
    for (int index = 0; index < size(); ++index) {
        Mirror &mirror = *m_mirrors[size_t(index)];
        RefreshResult result = mirror.client->refresh();
        if (result.error.ok()) {
            m_current = index;
            ++m_generation;
            mirror.loadedGeneration = m_generation;
            return result;
        }
        m_attempts.append({ mirror.label, result.error });
        // The trusted folder may have moved on (a new root is kept even when the refresh fails):
        // every other client reads it again before it is used.
        ++m_generation;
    }
    RefreshResult failed;
    failed.error = allFailed(QStringLiteral("update"));
    return failed;
}

Client::Download MirrorList::download(const QString &targetPath)
{
    m_attempts.clear();
    QList<int> order;
    if (m_current >= 0 && m_current < size())
        order.append(m_current);
    for (int index = 0; index < size(); ++index) {
        if (index != m_current)
            order.append(index);
    }
    for (const int index : std::as_const(order)) {
        Mirror &mirror = *m_mirrors[size_t(index)];
        if (mirror.loadedGeneration != m_generation || !mirror.client->trustedTargets()) {
            if (const SyncError error = mirror.client->loadTrusted(); !error.ok()) {
                // The trusted folder itself is unusable: no other mirror can help.
                Client::Download download;
                download.error = error;
                return download;
            }
            mirror.loadedGeneration = m_generation;
        }
        Client::Download download = mirror.client->download(targetPath);
        if (download.error.ok()) {
            m_current = index;
            return download;
        }
        // A target that the trusted metadata does not list is missing everywhere.
        if (download.error.code == SyncErrorCode::UnknownTarget
            || download.error.code == SyncErrorCode::BadTargetPath
            || download.error.code == SyncErrorCode::NotInitialised)
            return download;
        m_attempts.append({ mirror.label, download.error });
    }
    Client::Download failed;
    failed.error = allFailed(QStringLiteral("give %1").arg(targetPath));
    return failed;
}

} // namespace rc::sync
