#include "Transport.h"

#include "TufMetadata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace rc::sync {

LocalFolderTransport::LocalFolderTransport(const QString &metadataDirectory, const QString &targetsDirectory,
                                           bool offlineMedia)
    : m_metadata(metadataDirectory)
    , m_targets(targetsDirectory)
    , m_offline(offlineMedia)
{
}

LocalFolderTransport LocalFolderTransport::forRepository(const QString &repository, bool offlineMedia)
{
    const QDir root(repository);
    return LocalFolderTransport(root.filePath(QStringLiteral("metadata")),
                                root.filePath(QStringLiteral("targets")), offlineMedia);
}

Transport::Result LocalFolderTransport::fetch(Area area, const QString &relativePath, qint64 maxLength)
{
    Result result;
    // The client only asks for sanitised paths; refuse anything else here too, so no request can
    // leave the folder whoever calls.
    QString why;
    if (!tuf::isSafeTargetPath(relativePath.toUtf8(), &why)) {
        result.error
            = syncError(SyncErrorCode::BadTargetPath, QStringLiteral("%1: %2").arg(relativePath, why));
        return result;
    }
    const QString path = QDir(area == Area::Metadata ? m_metadata : m_targets).filePath(relativePath);
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error
            = syncError(SyncErrorCode::NotFound, QStringLiteral("%1 does not exist").arg(relativePath));
        return result;
    }
    // Only regular files: a FIFO or a device would block or never end.
    if (!info.isFile()) {
        result.error = syncError(SyncErrorCode::TransportFailed,
                                 QStringLiteral("%1 is not a regular file").arg(relativePath));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = syncError(SyncErrorCode::TransportFailed,
                                 QStringLiteral("cannot read %1: %2").arg(relativePath, file.errorString()));
        return result;
    }
    // One byte more than allowed tells "exactly the limit" from "longer".
    QByteArray data = file.read(maxLength + 1);
    addBytesTransferred(data.size());
    if (file.error() != QFileDevice::NoError) {
        result.error = syncError(SyncErrorCode::TransportFailed,
                                 QStringLiteral("cannot read %1: %2").arg(relativePath, file.errorString()));
        return result;
    }
    if (data.size() > maxLength) {
        result.error = syncError(
            SyncErrorCode::LengthExceeded,
            QStringLiteral("%1 is longer than the %2 bytes allowed").arg(relativePath).arg(maxLength));
        return result;
    }
    result.data = std::move(data);
    return result;
}

} // namespace rc::sync
