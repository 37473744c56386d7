#pragma once

#include "SyncError.h"

#include <QByteArray>
#include <QString>

#include <atomic>

namespace rc::sync {

// Where repository files come from: a USB stick, an SD card, a mirror over HTTP. A transport is never
// trusted: everything it returns is checked against signed metadata. The interface is deliberately
// small and blocking; the client runs on a worker thread (never the interface thread), and an HTTP
// transport can wait on its QNetworkReply there. bytesTransferred() may be read from any thread, for
// a progress bar.
class Transport
{
public:
    enum class Area
    {
        Metadata,
        Targets
    };

    struct Result
    {
        QByteArray data;
        SyncError error; // NotFound, LengthExceeded, TransportFailed
    };

    Transport() = default;
    virtual ~Transport() = default;
    Transport(const Transport &) = delete;
    Transport &operator=(const Transport &) = delete;

    // Fetches `relativePath` (e.g. "3.snapshot.json", "nl/articles/appeal/<hash>.en.md") from the
    // metadata or targets area. Returns at most `maxLength` bytes: a file that is longer (or a stream
    // that goes on) is LengthExceeded, and the transport stops reading there. A file that does not
    // exist is NotFound (the client's root update ends on it).
    virtual Result fetch(Area area, const QString &relativePath, qint64 maxLength) = 0;

    // Offline media (a stick, a card, a copied folder) may be older than the expiry dates in it; the
    // client then accepts expired metadata as long as nothing rolls back, and says so. Mirrors
    // reached over a network are online: expired metadata is a freeze attack there.
    virtual bool isOfflineMedia() const = 0;

    // Bytes read so far by this transport, all files together.
    qint64 bytesTransferred() const { return m_bytes.load(); }

protected:
    void addBytesTransferred(qint64 bytes) { m_bytes += bytes; }

private:
    std::atomic<qint64> m_bytes { 0 };
};

// A repository in a local folder: metadata/ and targets/ (as `rcpack publish` writes them), or two
// separate folders. Offline media unless told otherwise (a folder that a test or a LAN share fills
// with fresh files can be marked online).
class LocalFolderTransport : public Transport
{
public:
    LocalFolderTransport(const QString &metadataDirectory, const QString &targetsDirectory,
                         bool offlineMedia = true);
    static LocalFolderTransport forRepository(const QString &repository, bool offlineMedia = true);

    Result fetch(Area area, const QString &relativePath, qint64 maxLength) override;
    bool isOfflineMedia() const override { return m_offline; }

    QString metadataDirectory() const { return m_metadata; }
    QString targetsDirectory() const { return m_targets; }

private:
    QString m_metadata;
    QString m_targets;
    bool m_offline;
};

} // namespace rc::sync
