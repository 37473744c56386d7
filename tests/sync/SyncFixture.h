#pragma once

// A repository made for a test: keys, a fixed clock, publishing, and tools to forge metadata the
// way an attacker (or a buggy publisher) would.

#include "crypto/Digest.h"
#include "sync/AtomicFile.h"
#include "sync/CanonicalJson.h"
#include "sync/Repository.h"
#include "sync/TufClient.h"
#include "sync/TufMetadata.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTimeZone>

#include <functional>
#include <memory>

namespace rc::test {

using namespace rc::sync;
using rc::crypto::Ed25519::PrivateKey;

inline QDateTime publishTime()
{
    return QDateTime(QDate(2025, 3, 1), QTime(12, 0), QTimeZone::utc());
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(data);
}

// Every file under `directory`, relative path -> bytes.
inline QMap<QString, QByteArray> snapshotFolder(const QString &directory)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(directory).relativeFilePath(path), readFile(path));
    }
    return files;
}

class SyncFixture
{
public:
    SyncFixture()
    {
        repo = dir.filePath(QStringLiteral("repo"));
        keysDir = dir.filePath(QStringLiteral("keys"));
        state = dir.filePath(QStringLiteral("state"));
        SigningKeys::generate(keysDir, nullptr);
        SigningKeys::load(keysDir, &keys);
    }

    QString metadata(const QString &file) const
    {
        return QDir(repo).filePath(QStringLiteral("metadata/") + file);
    }

    PublishReport publish(const QMap<QString, QByteArray> &files, const QDateTime &when = publishTime())
    {
        QList<TargetInput> inputs;
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            inputs.append({ it.key(), it.value() });
        PublishOptions options;
        options.now = when;
        return Repository::publish(repo, inputs, keys, options);
    }

    static QMap<QString, QByteArray> sampleFiles()
    {
        return { { QStringLiteral("nl/pack.json"), QByteArray("{\"id\":\"nl\",\"version\":1}") },
                 { QStringLiteral("nl/articles/appeal/en.md"),
                   QByteArray("Appeal within 4 weeks.\n").repeated(20) },
                 { QStringLiteral("nl/articles/appeal/nl.md"),
                   QByteArray("Beroep binnen 4 weken.\n").repeated(20) },
                 { QStringLiteral("nl/contacts/helpline.json"),
                   QByteArray("{\"phone\":\"+31 20 000 0000\"}") } };
    }

    SyncError initialiseClient()
    {
        return Client::initialise(state, readFile(metadata(QStringLiteral("1.root.json"))));
    }

    std::unique_ptr<Client> client(Transport *transport, const QDateTime &when = publishTime().addSecs(3600),
                                   bool requireCanonical = true)
    {
        ClientOptions options;
        options.now = when;
        options.requireCanonical = requireCanonical;
        return std::make_unique<Client>(state, transport, options);
    }

    RefreshResult refresh(bool offline = false, const QDateTime &when = publishTime().addSecs(3600))
    {
        LocalFolderTransport transport = LocalFolderTransport::forRepository(repo, offline);
        return client(&transport, when)->refresh();
    }

    QMap<QString, QByteArray> trustedState() const { return snapshotFolder(state); }

    // Rewrites metadata file `file`: `edit` changes its signed part, then `signers` sign it.
    void forge(const QString &file, const std::function<void(json::Value &)> &edit,
               const QList<const PrivateKey *> &signers)
    {
        SyncError error;
        std::optional<tuf::Envelope> envelope = tuf::Envelope::parse(readFile(metadata(file)), false, &error);
        if (!envelope)
            qFatal("forge: cannot parse %s", qPrintable(file));
        json::Value value = envelope->signedValue;
        edit(value);
        writeFile(metadata(file), tuf::signEnvelope(value, signers).serialize());
    }

    // Makes snapshot `snapshotVersion` describe targets file `targetsFile`, and the timestamp describe
    // that snapshot, both signed with the real keys (an attacker holding the online keys, or a
    // publisher re-signing): lets a test change targets metadata and still reach it.
    void resignChain(const QString &targetsFile, qint64 targetsVersion, qint64 snapshotVersion,
                     qint64 timestampVersion)
    {
        const QByteArray targetsBytes = readFile(metadata(targetsFile));
        tuf::Snapshot snapshot;
        snapshot.type = tuf::RoleSnapshot;
        snapshot.version = snapshotVersion;
        snapshot.expires = publishTime().addDays(30);
        tuf::MetaFile targetsMeta;
        targetsMeta.version = targetsVersion;
        targetsMeta.length = targetsBytes.size();
        targetsMeta.hashes.insert("sha256", crypto::Sha256::hash(targetsBytes).toHex());
        snapshot.meta.insert("targets.json", targetsMeta);
        const QByteArray snapshotBytes = tuf::signEnvelope(snapshot.toJson(), { &keys.snapshot }).serialize();
        writeFile(metadata(QStringLiteral("%1.snapshot.json").arg(snapshotVersion)), snapshotBytes);
        resignTimestamp(snapshotVersion, timestampVersion);
    }

    void resignTimestamp(qint64 snapshotVersion, qint64 timestampVersion, const PrivateKey *signer = nullptr)
    {
        const QByteArray snapshotBytes
            = readFile(metadata(QStringLiteral("%1.snapshot.json").arg(snapshotVersion)));
        tuf::Timestamp timestamp;
        timestamp.type = tuf::RoleTimestamp;
        timestamp.version = timestampVersion;
        timestamp.expires = publishTime().addDays(7);
        timestamp.snapshot.version = snapshotVersion;
        timestamp.snapshot.length = snapshotBytes.size();
        timestamp.snapshot.hashes.insert("sha256", crypto::Sha256::hash(snapshotBytes).toHex());
        writeFile(metadata(QStringLiteral("timestamp.json")),
                  tuf::signEnvelope(timestamp.toJson(), { signer ? signer : &keys.timestamp }).serialize());
    }

    // The trusted root as a typed value (the newest in the repository: `version`).
    tuf::Root root(qint64 version) const
    {
        SyncError error;
        const auto envelope = tuf::Envelope::parse(
            readFile(metadata(QStringLiteral("%1.root.json").arg(version))), true, &error);
        return *tuf::Root::fromJson(envelope->signedValue, &error);
    }

    // Writes root `next.version` signed by `signers`.
    void writeRoot(const tuf::Root &next, const QList<const PrivateKey *> &signers)
    {
        writeFile(metadata(QStringLiteral("%1.root.json").arg(next.version)),
                  tuf::signEnvelope(next.toJson(), signers).serialize());
    }

    QTemporaryDir dir;
    QString repo;
    QString keysDir;
    QString state;
    SigningKeys keys;
};

} // namespace rc::test
