#pragma once

#include "SyncError.h"
#include "TufClient.h"
#include "crypto/Ed25519.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace rc::sync {

// The repository's signing keys, one Ed25519 key per top-level role, as `rcpack keygen` writes them:
// DIR/<role>.pem (PKCS#8, mode 0600) and DIR/<role>.pub (the public key in hex). A folder may hold
// only some of them: the root key stays offline and publishing does not need it.
struct SigningKeys
{
    crypto::Ed25519::PrivateKey root;
    crypto::Ed25519::PrivateKey targets;
    crypto::Ed25519::PrivateKey snapshot;
    crypto::Ed25519::PrivateKey timestamp;

    // The key of `role` ("root", "targets", ...), or nullptr; an invalid (absent) key is nullptr.
    const crypto::Ed25519::PrivateKey *forRole(const QByteArray &role) const;

    // Reads every DIR/<role>.pem that exists. An unreadable or malformed key file is an error.
    static SyncError load(const QString &directory, SigningKeys *keys);
    // Makes four new keys in DIR (created with mode 0700 if missing). Refuses, writing nothing, if any
    // of the key files exists already. `written` gets the paths written.
    static SyncError generate(const QString &directory, QStringList *written);
};

// One target to publish: its TUF target path (e.g. "nl/articles/appeal/en.md") and its content.
struct TargetInput
{
    QString name;
    QByteArray content;
};

struct PublishOptions
{
    QDateTime now; // invalid: the current time
    int rootDays = 365;
    int targetsDays = 90;
    int snapshotDays = 30;
    int timestampDays = 7;
};

struct PublishReport
{
    SyncError error;
    qint64 rootVersion = 0;
    qint64 targetsVersion = 0;
    qint64 snapshotVersion = 0;
    qint64 timestampVersion = 0;
    bool rootWritten = false;
    bool targetsSigned = false;
    bool snapshotSigned = false;
    bool timestampSigned = false;
    QStringList written; // paths relative to the repository, in the order written
    QList<TargetChange> changes; // compared with the previous targets metadata
    QStringList warnings; // e.g. the root expires soon
};

// Writes and updates a TUF repository in a folder (static files: any web server, CDN, USB stick):
//
//   metadata/1.root.json, 2.root.json, ...   every root version, kept forever
//   metadata/N.targets.json, N.snapshot.json  consistent snapshots
//   metadata/timestamp.json                   the only file that is replaced in place (written last)
//   targets/<dir>/<sha256>.<name>             each target under its hash (content never changes)
//
// All metadata is canonical JSON signed with Ed25519, spec_version 1.0.31, consistent_snapshot true,
// and length and sha256 of snapshot and targets metadata in the referring role. Every file is
// written atomically, and timestamp.json last, so a client sees the old repository or the new one.
namespace Repository {

// Publishes exactly `targets` (a target not listed any more is dropped from the metadata; its file
// stays, for clients in the middle of an update). Creates 1.root.json when the repository is new
// (that needs the root key; later publishing does not). A role is signed again, with its version
// increased, only when its content changed, when its key changed (after rotate-root), or when it
// expires within half its lifetime; otherwise it stays byte for byte as it is.
PublishReport publish(const QString &repository, const QList<TargetInput> &targets, const SigningKeys &keys,
                      const PublishOptions &options = {});

// Writes (N+1).root.json: the current root with the roles of every key present in `next` replaced by
// that key, signed by the current root key (`current.root`) and the new one (`next.root`), so that
// clients holding root N accept it. Publish afterwards with the keys now in force.
PublishReport rotateRoot(const QString &repository, const SigningKeys &current, const SigningKeys &next,
                         const PublishOptions &options = {});

} // namespace Repository

} // namespace rc::sync
