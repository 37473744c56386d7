#include "Repository.h"

#include "AtomicFile.h"
#include "TargetCodec.h"
#include "TufMetadata.h"
#include "crypto/Digest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace rc::sync {

using namespace tuf;
using crypto::Ed25519::PrivateKey;

namespace {

constexpr qint64 MaximumMetadataBytes = 64 * 1024 * 1024;

const crypto::Ed25519::PrivateKey *validOrNull(const PrivateKey &key)
{
    return key.isValid() ? &key : nullptr;
}

QByteArray keyIdOf(const PrivateKey &key)
{
    return Key::ed25519(key.publicKey()).keyId();
}

// The repository as it is on disk: the newest root, and the timestamp, snapshot and targets the
// timestamp leads to. Each may be missing (a new repository).
struct State
{
    std::optional<Root> root;
    std::optional<Timestamp> timestamp;
    Envelope timestampEnvelope;
    std::optional<Snapshot> snapshot;
    QByteArray snapshotBytes;
    Envelope snapshotEnvelope;
    std::optional<Targets> targets;
    QByteArray targetsBytes;
    Envelope targetsEnvelope;
};

template<typename T>
std::optional<T> readOwn(const QString &path, Envelope *envelope, QByteArray *bytes, SyncError *error)
{
    QByteArray data;
    if (!readSmallFile(path, MaximumMetadataBytes, &data)) {
        *error = syncError(SyncErrorCode::RepositoryInvalid, QStringLiteral("cannot read %1").arg(path));
        return std::nullopt;
    }
    SyncError parseError;
    std::optional<Envelope> parsed = Envelope::parse(data, true, &parseError, MaximumMetadataBytes);
    std::optional<T> typed = parsed ? T::fromJson(parsed->signedValue, &parseError) : std::nullopt;
    if (!typed) {
        *error = syncError(SyncErrorCode::RepositoryInvalid,
                           QStringLiteral("%1: %2").arg(path, parseError.toString()));
        return std::nullopt;
    }
    *envelope = std::move(*parsed);
    if (bytes)
        *bytes = std::move(data);
    return typed;
}

SyncError loadState(const QDir &metadata, State *state)
{
    SyncError error;
    qint64 newest = 0;
    while (QFileInfo::exists(metadata.filePath(QStringLiteral("%1.root.json").arg(newest + 1))))
        ++newest;
    if (newest == 0)
        return {};
    Envelope envelope;
    state->root = readOwn<Root>(metadata.filePath(QStringLiteral("%1.root.json").arg(newest)), &envelope,
                                nullptr, &error);
    if (!state->root)
        return error;
    if (state->root->version != newest)
        return syncError(
            SyncErrorCode::RepositoryInvalid,
            QStringLiteral("%1.root.json says version %2").arg(newest).arg(state->root->version));
    if (error = verifyThreshold(envelope, *state->root, RoleRoot, QStringLiteral("%1.root.json").arg(newest));
        !error.ok())
        return syncError(SyncErrorCode::RepositoryInvalid, error.toString());

    const QString timestampPath = metadata.filePath(QStringLiteral("timestamp.json"));
    if (!QFileInfo::exists(timestampPath))
        return {};
    state->timestamp = readOwn<Timestamp>(timestampPath, &state->timestampEnvelope, nullptr, &error);
    if (!state->timestamp)
        return error;
    state->snapshot = readOwn<Snapshot>(
        metadata.filePath(QStringLiteral("%1.snapshot.json").arg(state->timestamp->snapshot.version)),
        &state->snapshotEnvelope, &state->snapshotBytes, &error);
    if (!state->snapshot)
        return error;
    state->targets = readOwn<Targets>(
        metadata.filePath(
            QStringLiteral("%1.targets.json").arg(state->snapshot->meta.value("targets.json").version)),
        &state->targetsEnvelope, &state->targetsBytes, &error);
    if (!state->targets)
        return error;
    return {};
}

MetaFile describe(qint64 version, const QByteArray &bytes)
{
    MetaFile file;
    file.version = version;
    file.length = bytes.size();
    file.hashes.insert("sha256", crypto::Sha256::hash(bytes).toHex());
    return file;
}

// A role must be signed again when missing, changed, signed by keys no longer in force, or within
// half its lifetime of expiring.
bool needsSigning(const Common *existing, const Envelope &envelope, const Root &root, const QByteArray &role,
                  bool changed, const QDateTime &now, int lifetimeDays)
{
    if (!existing || changed)
        return true;
    if (!verifyThreshold(envelope, root, role, QString()).ok())
        return true;
    return now.secsTo(existing->expires) < qint64(lifetimeDays) * 86400 / 2;
}

QDateTime startTime(const PublishOptions &options)
{
    QDateTime now = options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();
    now.setMSecsSinceEpoch(now.toMSecsSinceEpoch() / 1000 * 1000);
    return now;
}

bool writeRelative(const QDir &repository, const QString &relative, const QByteArray &data,
                   PublishReport *report)
{
    QString why;
    if (!writeFileAtomically(repository.filePath(relative), data, &why)) {
        report->error = syncError(SyncErrorCode::StorageFailed, why);
        return false;
    }
    report->written.append(relative);
    return true;
}

// Checks that `keys` holds the key in force for `role` and that one signature meets the threshold.
SyncError checkRoleKey(const Root &root, const SigningKeys &keys, const QByteArray &role)
{
    const PrivateKey *key = keys.forRole(role);
    const RoleKeys roleKeys = root.roles.value(role);
    if (!key)
        return syncError(
            SyncErrorCode::RepositoryInvalid,
            QStringLiteral("no %1 key (%1.pem) in the keys folder").arg(QString::fromUtf8(role)));
    if (!roleKeys.keyIds.contains(keyIdOf(*key)))
        return syncError(SyncErrorCode::RepositoryInvalid,
                         QStringLiteral("%1.pem is not the %1 key of root version %2 (key id %3)")
                             .arg(QString::fromUtf8(role))
                             .arg(root.version)
                             .arg(QString::fromLatin1(keyIdOf(*key))));
    if (roleKeys.threshold != 1)
        return syncError(SyncErrorCode::RepositoryInvalid,
                         QStringLiteral("the %1 role needs %2 signatures; rcpack signs with one key per role")
                             .arg(QString::fromUtf8(role))
                             .arg(roleKeys.threshold));
    return {};
}

Root newRoot(const SigningKeys &keys, const QDateTime &now, int days)
{
    Root root;
    root.type = RoleRoot;
    root.version = 1;
    root.expires = now.addDays(days);
    root.consistentSnapshot = true;
    for (const QByteArray &role : topLevelRoles()) {
        const PrivateKey *key = keys.forRole(role);
        const Key publicKey = Key::ed25519(key->publicKey());
        root.keys.insert(publicKey.keyId(), publicKey);
        root.roles.insert(role, RoleKeys { { publicKey.keyId() }, 1 });
    }
    return root;
}

} // namespace

const PrivateKey *SigningKeys::forRole(const QByteArray &role) const
{
    if (role == RoleRoot)
        return validOrNull(root);
    if (role == RoleTargets)
        return validOrNull(targets);
    if (role == RoleSnapshot)
        return validOrNull(snapshot);
    if (role == RoleTimestamp)
        return validOrNull(timestamp);
    return nullptr;
}

SyncError SigningKeys::load(const QString &directory, SigningKeys *keys)
{
    const QDir dir(directory);
    if (!dir.exists())
        return syncError(SyncErrorCode::RepositoryInvalid,
                         QStringLiteral("no keys folder %1").arg(directory));
    for (const QByteArray &role : topLevelRoles()) {
        const QString path = dir.filePath(QString::fromLatin1(role) + QStringLiteral(".pem"));
        if (!QFileInfo::exists(path))
            continue;
        QString why;
        PrivateKey key = PrivateKey::readPemFile(path, &why);
        if (!key.isValid())
            return syncError(SyncErrorCode::RepositoryInvalid, why);
        if (role == RoleRoot)
            keys->root = std::move(key);
        else if (role == RoleTargets)
            keys->targets = std::move(key);
        else if (role == RoleSnapshot)
            keys->snapshot = std::move(key);
        else
            keys->timestamp = std::move(key);
    }
    return {};
}

SyncError SigningKeys::generate(const QString &directory, QStringList *written)
{
    const QDir dir(directory);
    for (const QByteArray &role : topLevelRoles()) {
        for (const char *suffix : { ".pem", ".pub" }) {
            const QString path = dir.filePath(QString::fromLatin1(role) + QLatin1String(suffix));
            if (QFileInfo::exists(path))
                return syncError(SyncErrorCode::RepositoryInvalid,
                                 QStringLiteral("%1 exists already: keys are never overwritten").arg(path));
        }
    }
    if (!dir.exists()) {
        if (!QDir().mkpath(dir.absolutePath()))
            return syncError(SyncErrorCode::StorageFailed, QStringLiteral("cannot create %1").arg(directory));
        QFile::setPermissions(dir.absolutePath(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    for (const QByteArray &role : topLevelRoles()) {
        const PrivateKey key = PrivateKey::generate();
        const QString pemPath = dir.filePath(QString::fromLatin1(role) + QStringLiteral(".pem"));
        QString why;
        if (!key.writePemFile(pemPath, &why))
            return syncError(SyncErrorCode::StorageFailed, why);
        const QString pubPath = dir.filePath(QString::fromLatin1(role) + QStringLiteral(".pub"));
        if (!writeFileAtomically(pubPath, key.publicKey().toHex() + '\n', &why))
            return syncError(SyncErrorCode::StorageFailed, why);
        if (written)
            *written << pemPath << pubPath;
    }
    return {};
}

PublishReport Repository::publish(const QString &repository, const QList<TargetInput> &inputs,
                                  const SigningKeys &keys, const PublishOptions &options)
{
    PublishReport report;
    const QDateTime now = startTime(options);
    const QDir repo(repository);
    const QDir metadata(repo.filePath(QStringLiteral("metadata")));
    State state;
    if (report.error = loadState(metadata, &state); !report.error.ok())
        return report;

    // The root: the newest one, or a new 1.root.json.
    if (!state.root) {
        for (const QByteArray &role : topLevelRoles()) {
            if (!keys.forRole(role)) {
                report.error
                    = syncError(SyncErrorCode::RepositoryInvalid,
                                QStringLiteral("a new repository needs all four keys; %1.pem is missing")
                                    .arg(QString::fromUtf8(role)));
                return report;
            }
        }
        state.root = newRoot(keys, now, options.rootDays);
        const Envelope envelope = signEnvelope(state.root->toJson(), { keys.forRole(RoleRoot) });
        if (!writeRelative(repo, QStringLiteral("metadata/1.root.json"), envelope.serialize(), &report))
            return report;
        report.rootWritten = true;
    }
    const Root &root = *state.root;
    report.rootVersion = root.version;
    // A key that is there must be the one in force; a missing key matters only if its role needs signing.
    for (const QByteArray &role : { RoleTargets, RoleSnapshot, RoleTimestamp }) {
        if (keys.forRole(role) && (report.error = checkRoleKey(root, keys, role), !report.error.ok()))
            return report;
    }
    const auto needKey = [&](const QByteArray &role) {
        report.error = checkRoleKey(root, keys, role);
        return report.error.ok();
    };
    if (now.secsTo(root.expires) < 30 * 86400)
        report.warnings.append(
            QStringLiteral("the root expires on %1: sign a new root (rcpack rotate-root) before then")
                .arg(QString::fromLatin1(formatExpires(root.expires))));

    // Targets: encode each, keep the "published" date of every target whose bytes did not change.
    Targets targets;
    targets.type = RoleTargets;
    QMap<QByteArray, QByteArray> files; // target name -> stored bytes
    for (const TargetInput &input : inputs) {
        const QByteArray name = input.name.toUtf8();
        QString why;
        if (!isSafeTargetPath(name, &why)) {
            report.error
                = syncError(SyncErrorCode::BadTargetPath, QStringLiteral("%1: %2").arg(input.name, why));
            return report;
        }
        if (files.contains(name)) {
            report.error = syncError(SyncErrorCode::RepositoryInvalid,
                                     QStringLiteral("%1 is listed twice").arg(input.name));
            return report;
        }
        const EncodedTarget encoded = encodeTarget(input.content);
        TargetFile file;
        file.length = encoded.data.size();
        file.hashes.insert("sha256", crypto::Sha256::hash(encoded.data).toHex());
        QByteArray published = formatExpires(now);
        if (state.targets) {
            const TargetFile previous = state.targets->targets.value(name);
            const json::Value *date = previous.custom.find("published");
            if (previous.hashes == file.hashes && date && date->isString())
                published = date->toUtf8();
        }
        file.custom.insert("encoding", json::Value::string(encoded.encoding));
        file.custom.insert("length", json::Value::integer(input.content.size()));
        file.custom.insert("published", json::Value::string(published));
        targets.targets.insert(name, file);
        files.insert(name, encoded.data);
    }
    const bool targetsChanged = !state.targets || state.targets->targets != targets.targets;
    report.targetsSigned = needsSigning(state.targets ? &*state.targets : nullptr, state.targetsEnvelope,
                                        root, RoleTargets, targetsChanged, now, options.targetsDays);
    QByteArray targetsBytes = state.targetsBytes;
    if (report.targetsSigned && !needKey(RoleTargets))
        return report;
    if (report.targetsSigned) {
        targets.version = state.targets ? state.targets->version + 1 : 1;
        targets.expires = now.addDays(options.targetsDays);
        targetsBytes = signEnvelope(targets.toJson(), { keys.forRole(RoleTargets) }).serialize();
    } else {
        targets = *state.targets;
    }
    report.targetsVersion = targets.version;
    {
        std::optional<Targets> previous = state.targets;
        Targets current = targets;
        // The same comparison the client makes: by hash and length.
        QList<TargetChange> changes;
        for (auto it = current.targets.cbegin(); it != current.targets.cend(); ++it) {
            if (!previous || !previous->targets.contains(it.key()))
                changes.append({ QString::fromUtf8(it.key()), TargetChange::Kind::Added });
            else if (previous->targets.value(it.key()).hashes != it->hashes)
                changes.append({ QString::fromUtf8(it.key()), TargetChange::Kind::Modified });
        }
        if (previous) {
            for (auto it = previous->targets.cbegin(); it != previous->targets.cend(); ++it) {
                if (!current.targets.contains(it.key()))
                    changes.append({ QString::fromUtf8(it.key()), TargetChange::Kind::Removed });
            }
        }
        std::sort(changes.begin(), changes.end(),
                  [](const TargetChange &a, const TargetChange &b) { return a.name < b.name; });
        report.changes = changes;
    }

    // Snapshot and timestamp describe the file below them by version, length and sha256.
    Snapshot snapshot;
    snapshot.type = RoleSnapshot;
    snapshot.meta.insert("targets.json", describe(targets.version, targetsBytes));
    const bool snapshotChanged = !state.snapshot || state.snapshot->meta != snapshot.meta;
    report.snapshotSigned = needsSigning(state.snapshot ? &*state.snapshot : nullptr, state.snapshotEnvelope,
                                         root, RoleSnapshot, snapshotChanged, now, options.snapshotDays);
    QByteArray snapshotBytes = state.snapshotBytes;
    if (report.snapshotSigned && !needKey(RoleSnapshot))
        return report;
    if (report.snapshotSigned) {
        snapshot.version = state.snapshot ? state.snapshot->version + 1 : 1;
        snapshot.expires = now.addDays(options.snapshotDays);
        snapshotBytes = signEnvelope(snapshot.toJson(), { keys.forRole(RoleSnapshot) }).serialize();
    } else {
        snapshot = *state.snapshot;
    }
    report.snapshotVersion = snapshot.version;

    Timestamp timestamp;
    timestamp.type = RoleTimestamp;
    timestamp.snapshot = describe(snapshot.version, snapshotBytes);
    const bool timestampChanged = !state.timestamp || state.timestamp->snapshot != timestamp.snapshot;
    report.timestampSigned
        = needsSigning(state.timestamp ? &*state.timestamp : nullptr, state.timestampEnvelope, root,
                       RoleTimestamp, timestampChanged, now, options.timestampDays);
    QByteArray timestampBytes;
    if (report.timestampSigned && !needKey(RoleTimestamp))
        return report;
    if (report.timestampSigned) {
        timestamp.version = state.timestamp ? state.timestamp->version + 1 : 1;
        timestamp.expires = now.addDays(options.timestampDays);
        timestampBytes = signEnvelope(timestamp.toJson(), { keys.forRole(RoleTimestamp) }).serialize();
    } else {
        timestamp = *state.timestamp;
    }
    report.timestampVersion = timestamp.version;

    // Write bottom-up: target files, targets, snapshot, and the timestamp last of all.
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const TargetFile &file = targets.targets.value(it.key());
        const QString relative = QStringLiteral("targets/")
            + consistentTargetPath(QString::fromUtf8(it.key()), file.hashes.value("sha256"));
        QByteArray existing;
        if (readSmallFile(repo.filePath(relative), it->size(), &existing) && existing == *it)
            continue; // named by its hash: the same name is the same content
        if (!writeRelative(repo, relative, *it, &report))
            return report;
    }
    if (report.targetsSigned
        && !writeRelative(repo, QStringLiteral("metadata/%1.targets.json").arg(targets.version), targetsBytes,
                          &report))
        return report;
    if (report.snapshotSigned
        && !writeRelative(repo, QStringLiteral("metadata/%1.snapshot.json").arg(snapshot.version),
                          snapshotBytes, &report))
        return report;
    if (report.timestampSigned
        && !writeRelative(repo, QStringLiteral("metadata/timestamp.json"), timestampBytes, &report))
        return report;
    return report;
}

PublishReport Repository::rotateRoot(const QString &repository, const SigningKeys &current,
                                     const SigningKeys &next, const PublishOptions &options)
{
    PublishReport report;
    const QDateTime now = startTime(options);
    const QDir repo(repository);
    const QDir metadata(repo.filePath(QStringLiteral("metadata")));
    State state;
    if (report.error = loadState(metadata, &state); !report.error.ok())
        return report;
    if (!state.root) {
        report.error = syncError(SyncErrorCode::RepositoryInvalid,
                                 QStringLiteral("%1 has no metadata/1.root.json").arg(repository));
        return report;
    }
    const Root &old = *state.root;
    if (report.error = checkRoleKey(old, current, RoleRoot); !report.error.ok())
        return report;
    if (!next.forRole(RoleRoot)) {
        report.error = syncError(SyncErrorCode::RepositoryInvalid,
                                 QStringLiteral("the new keys folder has no root.pem"));
        return report;
    }
    Root root = old;
    root.version = old.version + 1;
    root.specVersion = SpecVersion;
    root.expires = now.addDays(options.rootDays);
    for (const QByteArray &role : topLevelRoles()) {
        if (const PrivateKey *key = next.forRole(role)) {
            const Key publicKey = Key::ed25519(key->publicKey());
            root.keys.insert(publicKey.keyId(), publicKey);
            root.roles.insert(role, RoleKeys { { publicKey.keyId() }, 1 });
        }
    }
    // Keep only keys some role still uses.
    QSet<QByteArray> used;
    for (const RoleKeys &role : std::as_const(root.roles))
        used.unite(QSet<QByteArray>(role.keyIds.cbegin(), role.keyIds.cend()));
    for (auto it = root.keys.begin(); it != root.keys.end();)
        it = used.contains(it.key()) ? std::next(it) : root.keys.erase(it);

    // Signed by the old root key (so clients that trust version N accept it) and the new one.
    const Envelope envelope
        = signEnvelope(root.toJson(), { current.forRole(RoleRoot), next.forRole(RoleRoot) });
    const QString file = QStringLiteral("%1.root.json").arg(root.version);
    for (const Root *by : std::initializer_list<const Root *> { &old, &root }) {
        if (const SyncError error = verifyThreshold(envelope, *by, RoleRoot, file); !error.ok()) {
            report.error = syncError(SyncErrorCode::RepositoryInvalid, error.toString());
            return report;
        }
    }
    if (QFileInfo::exists(metadata.filePath(file))) {
        report.error
            = syncError(SyncErrorCode::RepositoryInvalid, QStringLiteral("%1 exists already").arg(file));
        return report;
    }
    if (!writeRelative(repo, QStringLiteral("metadata/") + file, envelope.serialize(), &report))
        return report;
    report.rootWritten = true;
    report.rootVersion = root.version;
    return report;
}

} // namespace rc::sync
