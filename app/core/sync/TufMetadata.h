#pragma once

#include "CanonicalJson.h"
#include "SyncError.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>

#include <optional>

namespace rc::crypto::Ed25519 {
class PrivateKey;
}

// The TUF metadata of the content repository (The Update Framework specification 1.0, "File formats"):
// root, targets, snapshot and timestamp, as typed values read from and written to canonical JSON.
// Reading is strict about what TUF requires and keeps what it does not know: signatures are always
// checked over the canonical form of the "signed" object as it was parsed, never over our own
// re-serialisation, so unknown fields are covered by the signature and are not lost.
namespace rc::sync::tuf {

// The version of the specification our repositories declare; we read any 1.x.y.
inline constexpr char SpecVersion[] = "1.0.31";

inline const QByteArray RoleRoot = QByteArrayLiteral("root");
inline const QByteArray RoleTargets = QByteArrayLiteral("targets");
inline const QByteArray RoleSnapshot = QByteArrayLiteral("snapshot");
inline const QByteArray RoleTimestamp = QByteArrayLiteral("timestamp");
QList<QByteArray> topLevelRoles(); // root, targets, snapshot, timestamp

// A public key as TUF writes it: {"keytype": ..., "scheme": ..., "keyval": {"public": ...}}.
struct Key
{
    QByteArray keyType; // "ed25519" is the only type we verify; others are kept but never count
    QByteArray scheme;
    QByteArray publicValue; // keyval.public: 64 hex digits for ed25519

    static Key ed25519(QByteArrayView rawPublicKey);
    json::Value toJson() const;
    // The key id TUF tools compute: hex SHA-256 of the canonical JSON of toJson(). Clients use key ids
    // only as names (they never recompute them), as the specification allows other schemes.
    QByteArray keyId() const;
    // The raw 32-byte public key, or empty if this is not a well-formed ed25519 key.
    QByteArray rawEd25519() const;
    bool operator==(const Key &) const = default;
};

struct RoleKeys
{
    QList<QByteArray> keyIds;
    int threshold = 1;
    bool operator==(const RoleKeys &) const = default;
};

// METAFILES entry (timestamp -> snapshot.json, snapshot -> targets.json): a version, and optionally
// the exact length and hashes of the file.
struct MetaFile
{
    qint64 version = 0;
    qint64 length = -1; // -1: not given
    QMap<QByteArray, QByteArray> hashes; // algorithm -> lower-case hex; may be empty

    json::Value toJson() const;
    static std::optional<MetaFile> fromJson(const json::Value &value, QString *why);
    bool operator==(const MetaFile &) const = default;
};

// TARGETS entry: the exact length, hashes (at least one), and the publisher's custom data.
struct TargetFile
{
    qint64 length = 0;
    QMap<QByteArray, QByteArray> hashes;
    json::Value custom; // null when absent

    json::Value toJson() const;
    static std::optional<TargetFile> fromJson(const json::Value &value, QString *why);
    bool operator==(const TargetFile &) const = default;
};

// Fields every role has.
struct Common
{
    QByteArray type; // "_type"
    QByteArray specVersion = SpecVersion;
    qint64 version = 1;
    QDateTime expires; // UTC, whole seconds

    bool isExpiredAt(const QDateTime &now) const { return expires <= now; }
};

struct Root : Common
{
    bool consistentSnapshot = true;
    QMap<QByteArray, Key> keys; // key id -> key
    QMap<QByteArray, RoleKeys> roles; // role name -> key ids and threshold

    json::Value toJson() const;
    static std::optional<Root> fromJson(const json::Value &value, SyncError *error);
};

struct Timestamp : Common
{
    MetaFile snapshot; // meta["snapshot.json"]

    json::Value toJson() const;
    static std::optional<Timestamp> fromJson(const json::Value &value, SyncError *error);
};

struct Snapshot : Common
{
    QMap<QByteArray, MetaFile> meta; // "targets.json" (and delegated roles) -> version, length, hashes

    json::Value toJson() const;
    static std::optional<Snapshot> fromJson(const json::Value &value, SyncError *error);
};

struct Targets : Common
{
    QMap<QByteArray, TargetFile> targets; // target path (UTF-8) -> file
    json::Value delegations; // kept as read; our repositories have none and the client does not follow them

    json::Value toJson() const;
    static std::optional<Targets> fromJson(const json::Value &value, SyncError *error);
};

struct Signature
{
    QByteArray keyId;
    QByteArray signature; // hex, as in the file
};

// A signed metadata file: {"signatures": [...], "signed": {...}}.
struct Envelope
{
    json::Value signedValue;
    QByteArray signedCanonical; // what the signatures cover: canonical(signedValue)
    QList<Signature> signatures;

    // Parses and checks the envelope's shape. With `requireCanonical`, the bytes must also be exactly
    // the canonical JSON of what they contain (our repositories always are): NonCanonicalJson if not.
    static std::optional<Envelope> parse(QByteArrayView bytes, bool requireCanonical, SyncError *error,
                                         qsizetype maxBytes = 32 * 1024 * 1024);
    QByteArray type() const; // signed._type, or empty
    qint64 version() const; // signed.version, or 0
    // The canonical bytes of the whole envelope: what a repository publishes.
    QByteArray serialize() const;
};

// Signs `signedValue` with each key (in the order given; the same key twice signs once).
Envelope signEnvelope(const json::Value &signedValue, const QList<const crypto::Ed25519::PrivateKey *> &keys);

// Checks that `envelope` carries valid signatures of at least the threshold of distinct keys that
// `root` gives `role`. A key id, and a public key, count once however often they sign. When the
// threshold is not met the error says why, most specific first: BadSignature (a key of the role
// signed, but the signature does not verify), UnknownKey (a signature by a key the role does not
// have), ThresholdNotMet. `file` names the document in the message.
SyncError verifyThreshold(const Envelope &envelope, const Root &root, const QByteArray &role,
                          const QString &file);

// "2030-01-01T00:00:00Z", the only form TUF uses; parseExpires refuses anything else.
QByteArray formatExpires(const QDateTime &time);
std::optional<QDateTime> parseExpires(QByteArrayView text);

// Hex of a hash algorithm TUF metadata may name ("sha256", "sha512"); empty for an unknown algorithm.
QByteArray hashHex(const QByteArray &algorithm, QByteArrayView data);
// Checks the exact length and every hash we know; at least one hash must be one we know. The error
// is `mismatch` (HashMismatch for targets, MixAndMatch for metadata) naming `what`.
SyncError checkLengthAndHashes(QByteArrayView data, qint64 length, const QMap<QByteArray, QByteArray> &hashes,
                               SyncErrorCode mismatch, const QString &what, bool hashesRequired);

// A target path the client may fetch and store: not empty, relative, segments separated by '/' that
// are neither empty nor "." nor "..", no backslash, no control character, no drive letter, at most
// 1024 bytes. `why` says what is wrong.
bool isSafeTargetPath(QByteArrayView path, QString *why);
// The consistent-snapshot file of a target: "dir/HASH.name" for "dir/name" (TUF 1.0, "Fetch target").
QString consistentTargetPath(const QString &path, const QByteArray &hashHex);

} // namespace rc::sync::tuf
