#pragma once

#include "SyncError.h"
#include "Transport.h"
#include "TufClient.h"

#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace rc::sync {

// The mirrors of one repository, tried in order: the distributor's CDN, an object store, a
// volunteer's laptop, a USB stick. None of them is trusted. A mirror that cannot be reached, times
// out, or serves anything that does not verify (a bad signature, a rollback, expired metadata, a hash
// mismatch, endless data) is passed over and the next one is tried. All mirrors share one trusted
// metadata folder, so what one mirror proved (a new root, a newer timestamp) binds the others: a
// later mirror can never roll back what an earlier one brought.
//
// Blocking like the transports: use it on a worker thread.
class MirrorList
{
public:
    explicit MirrorList(const QString &metadataDirectory, ClientOptions options = {});
    ~MirrorList();
    MirrorList(const MirrorList &) = delete;
    MirrorList &operator=(const MirrorList &) = delete;

    // `label` names the mirror in messages (a URL, "USB stick").
    void add(const QString &label, std::unique_ptr<Transport> transport);
    int size() const { return int(m_mirrors.size()); }
    Transport *transport(int index) const;
    QString label(int index) const;

    struct Attempt
    {
        QString mirror;
        SyncError error;
    };

    // Refreshes the trusted metadata from the first mirror whose metadata verifies. When none does,
    // the error has the code of the first mirror's failure and a message naming every mirror.
    RefreshResult refresh();

    // Downloads one target named in the trusted metadata: from the mirror the last refresh used
    // first, then from the others in order. The bytes are verified (length and hashes) whichever
    // mirror gave them.
    Client::Download download(const QString &targetPath);

    // The failures of the last refresh() or download(), in the order the mirrors were tried.
    const QList<Attempt> &attempts() const { return m_attempts; }
    // The mirror the last success came from; -1 before any.
    int currentMirror() const { return m_current; }
    // Bytes read from all mirrors together.
    qint64 bytesTransferred() const;

private:
    struct Mirror;
    SyncError allFailed(const QString &what) const;

    QString m_directory;
    ClientOptions m_options;
    std::vector<std::unique_ptr<Mirror>> m_mirrors;
    QList<Attempt> m_attempts;
    int m_current = -1;
    int m_generation = 0; // bumped by every successful refresh: clients load the trusted state again
};

} // namespace rc::sync
