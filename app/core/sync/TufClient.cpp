#include "TufClient.h"

#include "AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QSet>

#include <algorithm>

namespace rc::sync {

using namespace tuf;

namespace {

const QString RootFile = QStringLiteral("root.json");
const QString TimestampFile = QStringLiteral("timestamp.json");
const QString SnapshotFile = QStringLiteral("snapshot.json");
const QString TargetsFile = QStringLiteral("targets.json");

// Targets larger than this are refused whatever the metadata says: content targets are kilobytes.
constexpr qint64 MaximumTargetBytes = 256 * 1024 * 1024;

SyncError prefixed(const QString &file, SyncError error)
{
    if (!error.message.startsWith(file))
        error.message = file + QStringLiteral(": ") + error.message;
    return error;
}

QString day(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd"))
                          : QStringLiteral("an unknown date");
}

// An envelope, parsed and typed: T is Root, Timestamp, Snapshot or Targets.
template<typename T>
std::optional<T> readRole(QByteArrayView bytes, bool requireCanonical, qint64 maxBytes, const QString &file,
                          Envelope *envelope, SyncError *error)
{
    SyncError parseError;
    std::optional<Envelope> parsed = Envelope::parse(bytes, requireCanonical, &parseError, maxBytes);
    if (!parsed) {
        *error = prefixed(file, parseError);
        return std::nullopt;
    }
    std::optional<T> typed = T::fromJson(parsed->signedValue, &parseError);
    if (!typed) {
        *error = prefixed(file, parseError);
        return std::nullopt;
    }
    *envelope = std::move(*parsed);
    return typed;
}

QSet<QByteArray> keyIdSet(const Root &root, const QByteArray &role)
{
    const QList<QByteArray> ids = root.roles.value(role).keyIds;
    return QSet<QByteArray>(ids.cbegin(), ids.cend());
}

bool roleKeysChanged(const Root &before, const Root &after, const QByteArray &role)
{
    if (keyIdSet(before, role) != keyIdSet(after, role))
        return true;
    for (const QByteArray &id : after.roles.value(role).keyIds) {
        if (before.keys.value(id) != after.keys.value(id))
            return true;
    }
    return false;
}

QList<TargetChange> diffTargets(const std::optional<Targets> &before, const Targets &after)
{
    QList<TargetChange> changes;
    const QMap<QByteArray, TargetFile> old = before ? before->targets : QMap<QByteArray, TargetFile>();
    for (auto it = after.targets.cbegin(); it != after.targets.cend(); ++it) {
        const auto previous = old.constFind(it.key());
        if (previous == old.cend())
            changes.append({ QString::fromUtf8(it.key()), TargetChange::Kind::Added });
        else if (previous->hashes != it->hashes || previous->length != it->length)
            changes.append({ QString::fromUtf8(it.key()), TargetChange::Kind::Modified });
    }
    for (auto it = old.cbegin(); it != old.cend(); ++it) {
        if (!after.targets.contains(it.key()))
            changes.append({ QString::fromUtf8(it.key()), TargetChange::Kind::Removed });
    }
    std::sort(changes.begin(), changes.end(),
              [](const TargetChange &a, const TargetChange &b) { return a.name < b.name; });
    return changes;
}

QDateTime newestPublished(const Targets &targets)
{
    QDateTime newest;
    for (const TargetFile &file : targets.targets) {
        const json::Value *published = file.custom.find("published");
        if (!published || !published->isString())
            continue;
        const std::optional<QDateTime> when = parseExpires(published->toUtf8());
        if (when && (!newest.isValid() || *when > newest))
            newest = *when;
    }
    return newest;
}

} // namespace

QList<TargetChange> RefreshResult::changedOrAdded() const
{
    QList<TargetChange> out;
    for (const TargetChange &change : changes) {
        if (change.kind != TargetChange::Kind::Removed)
            out.append(change);
    }
    return out;
}

QString RefreshResult::summary() const
{
    if (!error.ok())
        return error.toString();
    const QString asOf = contentAsOf.isValid() ? day(contentAsOf) : QString();
    QString text = updated ? QStringLiteral("updated: %1 target(s) changed").arg(changes.size())
                           : QStringLiteral("up to date");
    if (!asOf.isEmpty())
        text += QStringLiteral("; content as of %1").arg(asOf);
    if (expiredAccepted)
        text += QStringLiteral(
                    "; this copy's signatures expired on %1 (accepted from offline media: nothing in it "
                    "is older than what is installed)")
                    .arg(day(expires));
    return text;
}

Client::Client(const QString &metadataDirectory, Transport *transport, ClientOptions options)
    : m_directory(metadataDirectory)
    , m_transport(transport)
    , m_options(std::move(options))
{
}

SyncError Client::initialise(const QString &metadataDirectory, QByteArrayView trustedRoot,
                             bool requireCanonical)
{
    Envelope envelope;
    SyncError error;
    const std::optional<Root> root
        = readRole<Root>(trustedRoot, requireCanonical, 16 * 1024 * 1024, RootFile, &envelope, &error);
    if (!root)
        return error;
    error = verifyThreshold(envelope, *root, RoleRoot, RootFile);
    if (!error.ok())
        return error;
    // Never replace a trusted root by another one this way: that is what root rotation is for.
    const QString path = QDir(metadataDirectory).filePath(RootFile);
    QByteArray existing;
    if (readSmallFile(path, 16 * 1024 * 1024, &existing) && existing != trustedRoot)
        return syncError(
            SyncErrorCode::StorageFailed,
            QStringLiteral("%1 already holds another trusted root").arg(QDir::toNativeSeparators(path)));
    QString why;
    if (!writeFileAtomically(path, trustedRoot, &why))
        return syncError(SyncErrorCode::StorageFailed, why);
    return {};
}

SyncError Client::loadRoot()
{
    QByteArray bytes;
    if (!readSmallFile(QDir(m_directory).filePath(RootFile), 16 * 1024 * 1024, &bytes))
        return syncError(
            SyncErrorCode::NotInitialised,
            QStringLiteral("no trusted root.json in %1").arg(QDir::toNativeSeparators(m_directory)));
    Envelope envelope;
    SyncError error;
    std::optional<Root> root
        = readRole<Root>(bytes, m_options.requireCanonical, 16 * 1024 * 1024, RootFile, &envelope, &error);
    if (!root)
        return syncError(SyncErrorCode::StorageFailed, QStringLiteral("trusted ") + error.toString());
    error = verifyThreshold(envelope, *root, RoleRoot, RootFile);
    if (!error.ok())
        return syncError(SyncErrorCode::StorageFailed, QStringLiteral("trusted ") + error.toString());
    m_root = std::move(root);
    m_rootBytes = bytes;
    return {};
}

SyncError Client::loadTrusted()
{
    m_timestamp.reset();
    m_snapshot.reset();
    m_targets.reset();
    m_snapshotBytes.clear();
    m_targetsBytes.clear();
    const SyncError error = loadRoot();
    if (!error.ok())
        return error;
    // Each local file counts only if it verifies against the trusted root; anything else is as if
    // it were not there (it is fetched again).
    const QDir dir(m_directory);
    QByteArray bytes;
    Envelope envelope;
    SyncError ignored;
    if (readSmallFile(dir.filePath(TimestampFile), m_options.maxTimestampBytes, &bytes)) {
        auto timestamp = readRole<Timestamp>(bytes, m_options.requireCanonical, m_options.maxTimestampBytes,
                                             TimestampFile, &envelope, &ignored);
        if (timestamp && verifyThreshold(envelope, *m_root, RoleTimestamp, TimestampFile).ok())
            m_timestamp = std::move(timestamp);
    }
    if (readSmallFile(dir.filePath(SnapshotFile), m_options.maxSnapshotBytes, &bytes)) {
        auto snapshot = readRole<Snapshot>(bytes, m_options.requireCanonical, m_options.maxSnapshotBytes,
                                           SnapshotFile, &envelope, &ignored);
        if (snapshot && verifyThreshold(envelope, *m_root, RoleSnapshot, SnapshotFile).ok()) {
            m_snapshot = std::move(snapshot);
            m_snapshotBytes = bytes;
        }
    }
    if (readSmallFile(dir.filePath(TargetsFile), m_options.maxTargetsBytes, &bytes)) {
        auto targets = readRole<Targets>(bytes, m_options.requireCanonical, m_options.maxTargetsBytes,
                                         TargetsFile, &envelope, &ignored);
        if (targets && verifyThreshold(envelope, *m_root, RoleTargets, TargetsFile).ok()) {
            m_targets = std::move(targets);
            m_targetsBytes = bytes;
        }
    }
    return {};
}

RefreshResult Client::refresh()
{
    RefreshResult result;
    const auto fail = [&](const SyncError &error) {
        result.error = error;
        if (m_root)
            result.rootVersion = m_root->version;
        return result;
    };
    // 5.1: the fixed update start time.
    const QDateTime now = m_options.now.isValid() ? m_options.now.toUTC() : QDateTime::currentDateTimeUtc();
    const bool offline = m_transport->isOfflineMedia();
    const QDir dir(m_directory);

    // 5.2: the trusted root, and what else is trusted locally.
    if (const SyncError error = loadTrusted(); !error.ok())
        return fail(error);
    const std::optional<Targets> previousTargets = m_targets;
    const Root originalRoot = *m_root;

    // Expiry: a freeze attack online; on offline media an old copy is fine as long as nothing rolls back.
    const auto checkExpiry = [&](const Common &metadata, const QString &file) -> SyncError {
        if (!metadata.isExpiredAt(now))
            return {};
        if (offline) {
            result.expiredAccepted = true;
            return {};
        }
        return syncError(
            SyncErrorCode::Expired,
            QStringLiteral("%1 expired on %2 (a freeze attack, or a mirror that is no longer updated)")
                .arg(file, QString::fromLatin1(formatExpires(metadata.expires))));
    };

    // 5.3: the root chain, one version at a time.
    bool rootUpdated = false;
    for (int step = 0; step < m_options.maxRootRotations; ++step) {
        const qint64 next = m_root->version + 1;
        const QString file = QStringLiteral("%1.root.json").arg(next);
        const Transport::Result fetched
            = m_transport->fetch(Transport::Area::Metadata, file, m_options.maxRootBytes);
        if (fetched.error.code == SyncErrorCode::NotFound)
            break;
        if (!fetched.error.ok())
            return fail(prefixed(file, fetched.error));
        Envelope envelope;
        SyncError error;
        std::optional<Root> root = readRole<Root>(fetched.data, m_options.requireCanonical,
                                                  m_options.maxRootBytes, file, &envelope, &error);
        if (!root)
            return fail(error);
        // Signed by a threshold of the trusted root's keys and of its own.
        if (error = verifyThreshold(envelope, *m_root, RoleRoot,
                                    file + QStringLiteral(" (keys of the trusted root)"));
            !error.ok())
            return fail(error);
        if (error = verifyThreshold(envelope, *root, RoleRoot, file + QStringLiteral(" (its own keys)"));
            !error.ok())
            return fail(error);
        if (root->version <= m_root->version)
            return fail(syncError(SyncErrorCode::Rollback,
                                  QStringLiteral("%1 says version %2; version %3 is already trusted")
                                      .arg(file)
                                      .arg(root->version)
                                      .arg(m_root->version)));
        if (root->version != next)
            return fail(syncError(SyncErrorCode::RootVersionSkipped,
                                  QStringLiteral("%1 says version %2: a root may not skip a version")
                                      .arg(file)
                                      .arg(root->version)));
        QString why;
        if (!writeFileAtomically(dir.filePath(RootFile), fetched.data, &why))
            return fail(syncError(SyncErrorCode::StorageFailed, why));
        m_root = std::move(root);
        m_rootBytes = fetched.data;
        rootUpdated = true;
    }
    if (const SyncError error = checkExpiry(*m_root, RootFile); !error.ok())
        return fail(error);

    // 5.3.11: new timestamp or snapshot keys: forget those roles' versions (recovery from a
    // fast-forward attack: the old versions may have been pushed up by an attacker).
    if (rootUpdated
        && (roleKeysChanged(originalRoot, *m_root, RoleTimestamp)
            || roleKeysChanged(originalRoot, *m_root, RoleSnapshot))) {
        m_timestamp.reset();
        m_snapshot.reset();
        m_snapshotBytes.clear();
        QFile::remove(dir.filePath(TimestampFile));
        QFile::remove(dir.filePath(SnapshotFile));
    }
    result.rootVersion = m_root->version;

    // 5.4: timestamp.
    Timestamp timestamp;
    QByteArray timestampBytes;
    bool timestampNew = true;
    {
        const Transport::Result fetched
            = m_transport->fetch(Transport::Area::Metadata, TimestampFile, m_options.maxTimestampBytes);
        if (!fetched.error.ok())
            return fail(prefixed(TimestampFile, fetched.error));
        Envelope envelope;
        SyncError error;
        std::optional<Timestamp> fresh
            = readRole<Timestamp>(fetched.data, m_options.requireCanonical, m_options.maxTimestampBytes,
                                  TimestampFile, &envelope, &error);
        if (!fresh)
            return fail(error);
        if (error = verifyThreshold(envelope, *m_root, RoleTimestamp, TimestampFile); !error.ok())
            return fail(error);
        if (m_timestamp && fresh->version < m_timestamp->version) {
            const QString detail
                = QStringLiteral("timestamp.json version %1 is older than the trusted version %2")
                      .arg(fresh->version)
                      .arg(m_timestamp->version);
            if (offline)
                return fail(
                    syncError(SyncErrorCode::OlderThanInstalled,
                              QStringLiteral("this copy of the content is older than what is installed and "
                                             "was ignored (%1); nothing changed")
                                  .arg(detail)));
            return fail(syncError(SyncErrorCode::Rollback, detail));
        }
        if (m_timestamp && fresh->version == m_timestamp->version) {
            // Nothing new (TUF 5.4.3.1): keep the trusted timestamp and check the rest from the cache.
            timestamp = *m_timestamp;
            timestampNew = false;
        } else {
            if (m_timestamp && fresh->snapshot.version < m_timestamp->snapshot.version)
                return fail(syncError(
                    SyncErrorCode::Rollback,
                    QStringLiteral("timestamp.json lists snapshot version %1, older than the trusted %2")
                        .arg(fresh->snapshot.version)
                        .arg(m_timestamp->snapshot.version)));
            timestamp = std::move(*fresh);
            timestampBytes = fetched.data;
        }
        if (error = checkExpiry(timestamp, TimestampFile); !error.ok())
            return fail(error);
    }

    // 5.5: snapshot, as the timestamp describes it.
    Snapshot snapshot;
    QByteArray snapshotBytes;
    bool snapshotNew = true;
    {
        const MetaFile &expected = timestamp.snapshot;
        if (m_snapshot && m_snapshot->version == expected.version
            && checkLengthAndHashes(m_snapshotBytes, expected.length, expected.hashes,
                                    SyncErrorCode::MixAndMatch, SnapshotFile, false)
                   .ok()) {
            snapshot = *m_snapshot;
            snapshotBytes = m_snapshotBytes;
            snapshotNew = false;
        } else {
            const QString file = m_root->consistentSnapshot
                ? QStringLiteral("%1.snapshot.json").arg(expected.version)
                : SnapshotFile;
            const qint64 cap = expected.length >= 0 ? std::min(expected.length, m_options.maxSnapshotBytes)
                                                    : m_options.maxSnapshotBytes;
            const Transport::Result fetched = m_transport->fetch(Transport::Area::Metadata, file, cap);
            if (!fetched.error.ok())
                return fail(prefixed(file, fetched.error));
            SyncError error = checkLengthAndHashes(fetched.data, expected.length, expected.hashes,
                                                   SyncErrorCode::MixAndMatch,
                                                   file + QStringLiteral(" (per timestamp.json)"), false);
            if (!error.ok())
                return fail(error);
            Envelope envelope;
            std::optional<Snapshot> fresh
                = readRole<Snapshot>(fetched.data, m_options.requireCanonical, cap, file, &envelope, &error);
            if (!fresh)
                return fail(error);
            if (error = verifyThreshold(envelope, *m_root, RoleSnapshot, file); !error.ok())
                return fail(error);
            if (fresh->version != expected.version)
                return fail(syncError(SyncErrorCode::MixAndMatch,
                                      QStringLiteral("%1 says version %2, timestamp.json says %3")
                                          .arg(file)
                                          .arg(fresh->version)
                                          .arg(expected.version)));
            if (m_snapshot) {
                for (auto it = m_snapshot->meta.cbegin(); it != m_snapshot->meta.cend(); ++it) {
                    const auto listed = fresh->meta.constFind(it.key());
                    if (listed == fresh->meta.cend())
                        return fail(syncError(
                            SyncErrorCode::Rollback,
                            QStringLiteral("%1 no longer lists %2").arg(file, QString::fromUtf8(it.key()))));
                    if (listed->version < it->version)
                        return fail(
                            syncError(SyncErrorCode::Rollback,
                                      QStringLiteral("%1 lists %2 version %3, older than the trusted %4")
                                          .arg(file, QString::fromUtf8(it.key()))
                                          .arg(listed->version)
                                          .arg(it->version)));
                }
            }
            snapshot = std::move(*fresh);
            snapshotBytes = fetched.data;
        }
        if (const SyncError error = checkExpiry(snapshot, SnapshotFile); !error.ok())
            return fail(error);
    }

    // 5.6: targets, as the snapshot describes them.
    Targets targets;
    QByteArray targetsBytes;
    bool targetsNew = true;
    {
        const MetaFile expected = snapshot.meta.value("targets.json");
        if (m_targets && m_targets->version == expected.version
            && checkLengthAndHashes(m_targetsBytes, expected.length, expected.hashes,
                                    SyncErrorCode::MixAndMatch, TargetsFile, false)
                   .ok()) {
            targets = *m_targets;
            targetsBytes = m_targetsBytes;
            targetsNew = false;
        } else {
            const QString file = m_root->consistentSnapshot
                ? QStringLiteral("%1.targets.json").arg(expected.version)
                : TargetsFile;
            const qint64 cap = expected.length >= 0 ? std::min(expected.length, m_options.maxTargetsBytes)
                                                    : m_options.maxTargetsBytes;
            const Transport::Result fetched = m_transport->fetch(Transport::Area::Metadata, file, cap);
            if (!fetched.error.ok())
                return fail(prefixed(file, fetched.error));
            SyncError error = checkLengthAndHashes(fetched.data, expected.length, expected.hashes,
                                                   SyncErrorCode::MixAndMatch,
                                                   file + QStringLiteral(" (per the snapshot)"), false);
            if (!error.ok())
                return fail(error);
            Envelope envelope;
            std::optional<Targets> fresh
                = readRole<Targets>(fetched.data, m_options.requireCanonical, cap, file, &envelope, &error);
            if (!fresh)
                return fail(error);
            if (error = verifyThreshold(envelope, *m_root, RoleTargets, file); !error.ok())
                return fail(error);
            if (fresh->version != expected.version)
                return fail(syncError(SyncErrorCode::MixAndMatch,
                                      QStringLiteral("%1 says version %2, the snapshot says %3")
                                          .arg(file)
                                          .arg(fresh->version)
                                          .arg(expected.version)));
            targets = std::move(*fresh);
            targetsBytes = fetched.data;
        }
        if (const SyncError error = checkExpiry(targets, TargetsFile); !error.ok())
            return fail(error);
    }

    // Commit: targets, then snapshot, then timestamp, so that an interruption leaves at worst newer
    // targets or snapshot under an older timestamp, which the next refresh simply checks again.
    QString why;
    if ((targetsNew && !writeFileAtomically(dir.filePath(TargetsFile), targetsBytes, &why))
        || (snapshotNew && !writeFileAtomically(dir.filePath(SnapshotFile), snapshotBytes, &why))
        || (timestampNew && !writeFileAtomically(dir.filePath(TimestampFile), timestampBytes, &why)))
        return fail(syncError(SyncErrorCode::StorageFailed, why));

    result.updated = rootUpdated || timestampNew || snapshotNew || targetsNew;
    result.timestampVersion = timestamp.version;
    result.snapshotVersion = snapshot.version;
    result.targetsVersion = targets.version;
    result.expires = std::min({ m_root->expires, timestamp.expires, snapshot.expires, targets.expires });
    result.contentAsOf = newestPublished(targets);
    result.changes = diffTargets(previousTargets, targets);
    m_timestamp = std::move(timestamp);
    m_snapshot = std::move(snapshot);
    m_snapshotBytes = snapshotBytes;
    m_targets = std::move(targets);
    m_targetsBytes = targetsBytes;
    return result;
}

SyncError Client::verifyCached(const QString &targetPath, QByteArrayView data) const
{
    if (!m_targets)
        return syncError(SyncErrorCode::NotInitialised,
                         QStringLiteral("no trusted targets metadata: refresh first"));
    const auto info = m_targets->targets.constFind(targetPath.toUtf8());
    if (info == m_targets->targets.cend())
        return syncError(SyncErrorCode::UnknownTarget,
                         QStringLiteral("%1 is not in the trusted targets").arg(targetPath));
    return checkLengthAndHashes(data, info->length, info->hashes, SyncErrorCode::HashMismatch, targetPath,
                                true);
}

Client::Download Client::download(const QString &targetPath)
{
    Download download;
    if (!m_targets || !m_root) {
        download.error = syncError(SyncErrorCode::NotInitialised,
                                   QStringLiteral("no trusted targets metadata: refresh first"));
        return download;
    }
    const QByteArray name = targetPath.toUtf8();
    QString why;
    if (!isSafeTargetPath(name, &why)) {
        download.error
            = syncError(SyncErrorCode::BadTargetPath, QStringLiteral("%1: %2").arg(targetPath, why));
        return download;
    }
    const auto info = m_targets->targets.constFind(name);
    if (info == m_targets->targets.cend()) {
        download.error = syncError(SyncErrorCode::UnknownTarget,
                                   QStringLiteral("%1 is not in the trusted targets").arg(targetPath));
        return download;
    }
    if (info->length > MaximumTargetBytes) {
        download.error = syncError(
            SyncErrorCode::LengthExceeded,
            QStringLiteral("%1: %2 bytes is more than a target may have").arg(targetPath).arg(info->length));
        return download;
    }
    QByteArray hash = info->hashes.value("sha256");
    if (hash.isEmpty())
        hash = info->hashes.value("sha512");
    if (hash.isEmpty()) {
        download.error = syncError(SyncErrorCode::InvalidMetadata,
                                   QStringLiteral("%1: no sha256 or sha512 hash").arg(targetPath));
        return download;
    }
    const QString file = m_root->consistentSnapshot ? consistentTargetPath(targetPath, hash) : targetPath;
    // Never more than the signed length: a mirror that streams on is cut off there.
    Transport::Result fetched = m_transport->fetch(Transport::Area::Targets, file, info->length);
    if (!fetched.error.ok()) {
        download.error = prefixed(targetPath, fetched.error);
        return download;
    }
    download.error = checkLengthAndHashes(fetched.data, info->length, info->hashes,
                                          SyncErrorCode::HashMismatch, targetPath, true);
    if (download.error.ok())
        download.data = std::move(fetched.data);
    return download;
}

} // namespace rc::sync
