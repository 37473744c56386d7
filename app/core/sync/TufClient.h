#pragma once

#include "SyncError.h"
#include "Transport.h"
#include "TufMetadata.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace rc::sync {

struct ClientOptions
{
    // Download caps for files whose size nothing signed states yet (TUF's W, X, Y and Z). When the
    // referring metadata gives a length, that exact length is the cap instead.
    qint64 maxRootBytes = 512 * 1024;
    qint64 maxTimestampBytes = 16 * 1024;
    qint64 maxSnapshotBytes = 4 * 1024 * 1024;
    qint64 maxTargetsBytes = 16 * 1024 * 1024;
    // At most this many new root versions in one refresh (TUF's Y for roots).
    int maxRootRotations = 32;
    // Our repositories are canonical JSON byte for byte; anything else is refused (NonCanonicalJson).
    // Other TUF tools publish indented JSON: `rcpack tuf-client --allow-noncanonical` turns this off
    // for interoperability tests; signatures are checked over the canonical form either way.
    bool requireCanonical = true;
    // The fixed update start time (TUF 5.1); invalid means "now" when refresh() starts.
    QDateTime now;
};

struct TargetChange
{
    enum class Kind
    {
        Added,
        Modified,
        Removed
    };
    QString name;
    Kind kind = Kind::Added;
    bool operator==(const TargetChange &) const = default;
};

struct RefreshResult
{
    SyncError error;
    bool updated = false; // new trusted metadata was committed
    qint64 rootVersion = 0;
    qint64 timestampVersion = 0;
    qint64 snapshotVersion = 0;
    qint64 targetsVersion = 0;
    // Offline media whose metadata has expired: accepted because nothing rolled back.
    bool expiredAccepted = false;
    // The earliest expiry of the trusted root, timestamp, snapshot and targets.
    QDateTime expires;
    // The newest "published" date of any target (from its custom data); invalid if none says.
    QDateTime contentAsOf;
    // Targets whose hashes differ from the previously trusted targets metadata: only these need
    // downloading. Sorted by name.
    QList<TargetChange> changes;
    QList<TargetChange> changedOrAdded() const;

    // One line for people: "up to date", "content as of 2024-05-01 (this copy has expired ...)".
    QString summary() const;
};

// The TUF client workflow (specification 1.0, section 5) over one Transport, with the trusted
// metadata kept in a folder: root.json, timestamp.json, snapshot.json and targets.json, each the
// exact bytes that were verified, each replaced atomically.
//
// refresh() never changes the trusted state on failure, with one exception the specification
// requires: each new root version that verifies is kept as it is reached. Timestamp, snapshot and
// targets are committed together (targets first, timestamp last) only when all three verified.
class Client
{
public:
    Client(const QString &metadataDirectory, Transport *transport, ClientOptions options = {});

    // Makes `trustedRoot` the trusted root of an empty (or new) metadata folder: it must be a root
    // signed by its own threshold. Nothing is fetched. A folder that already trusts another root is
    // refused (StorageFailed): trust moves on only through signed root rotation.
    static SyncError initialise(const QString &metadataDirectory, QByteArrayView trustedRoot,
                                bool requireCanonical = true);

    // Steps 5.1 to 5.6: root chain, timestamp, snapshot, targets.
    RefreshResult refresh();

    // The trusted targets metadata after a successful refresh (or as loaded from the folder).
    const std::optional<tuf::Targets> &trustedTargets() const { return m_targets; }
    // The trusted metadata as it is in the folder, verified against the trusted root; use this to
    // list targets without fetching anything.
    SyncError loadTrusted();

    struct Download
    {
        QByteArray data;
        SyncError error;
    };
    // Fetches one target named in the trusted targets metadata: path checked, length capped at the
    // signed length, hashes verified (TUF "Fetch target").
    Download download(const QString &targetPath);
    // Checks `data` against the trusted metadata of `targetPath` (for a cached copy).
    SyncError verifyCached(const QString &targetPath, QByteArrayView data) const;

private:
    SyncError loadRoot();

    QString m_directory;
    Transport *m_transport;
    ClientOptions m_options;
    std::optional<tuf::Root> m_root;
    QByteArray m_rootBytes;
    std::optional<tuf::Timestamp> m_timestamp;
    std::optional<tuf::Snapshot> m_snapshot;
    std::optional<tuf::Targets> m_targets;
    QByteArray m_snapshotBytes;
    QByteArray m_targetsBytes;
};

} // namespace rc::sync
