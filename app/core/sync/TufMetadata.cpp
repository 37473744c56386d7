#include "TufMetadata.h"

#include "crypto/Digest.h"
#include "crypto/Ed25519.h"
#include "crypto/Sha512.h"

#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace rc::sync::tuf {

namespace Ed25519 = crypto::Ed25519;
using json::Value;

QList<QByteArray> topLevelRoles()
{
    return { RoleRoot, RoleTargets, RoleSnapshot, RoleTimestamp };
}

namespace {

constexpr qsizetype MaximumTargetPathBytes = 1024;

bool isLowerHex(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

// Helpers that read one field of an object, saying what is wrong in `why`.
const Value *field(const Value &object, const char *name, Value::Type type, QString *why)
{
    const Value *value = object.find(name);
    if (!value) {
        *why = QStringLiteral("missing \"%1\"").arg(QLatin1String(name));
        return nullptr;
    }
    if (value->type() != type) {
        *why = QStringLiteral("\"%1\" has the wrong type").arg(QLatin1String(name));
        return nullptr;
    }
    return value;
}

std::optional<QMap<QByteArray, QByteArray>> readHashes(const Value &value, QString *why)
{
    if (!value.isObject()) {
        *why = QStringLiteral("\"hashes\" is not an object");
        return std::nullopt;
    }
    QMap<QByteArray, QByteArray> hashes;
    for (const auto &[algorithm, digest] : value.members()) {
        if (!digest.isString() || !isLowerHex(digest.toUtf8()) || digest.toUtf8().size() % 2 != 0) {
            *why = QStringLiteral("hash \"%1\" is not lower-case hex").arg(QString::fromUtf8(algorithm));
            return std::nullopt;
        }
        hashes.insert(algorithm, digest.toUtf8());
    }
    return hashes;
}

Value hashesToJson(const QMap<QByteArray, QByteArray> &hashes)
{
    Value out = Value::object();
    for (auto it = hashes.cbegin(); it != hashes.cend(); ++it)
        out.insert(it.key(), Value::string(it.value()));
    return out;
}

SyncError invalid(const QByteArray &type, const QString &why)
{
    return syncError(SyncErrorCode::InvalidMetadata,
                     QStringLiteral("%1: %2").arg(QString::fromUtf8(type), why));
}

// _type, spec_version, version, expires. Sets *error and returns false on any problem.
bool readCommon(const Value &value, const QByteArray &expectedType, Common *common, SyncError *error)
{
    QString why;
    if (!value.isObject()) {
        *error = invalid(expectedType, QStringLiteral("\"signed\" is not an object"));
        return false;
    }
    const Value *type = field(value, "_type", Value::Type::String, &why);
    const Value *spec = type ? field(value, "spec_version", Value::Type::String, &why) : nullptr;
    const Value *version = spec ? field(value, "version", Value::Type::Integer, &why) : nullptr;
    const Value *expires = version ? field(value, "expires", Value::Type::String, &why) : nullptr;
    if (!expires) {
        *error = invalid(expectedType, why);
        return false;
    }
    if (type->toUtf8() != expectedType) {
        *error = invalid(expectedType,
                         QStringLiteral("\"_type\" is \"%1\", expected \"%2\"")
                             .arg(type->toQString(), QString::fromUtf8(expectedType)));
        return false;
    }
    // spec_version: "1.<minor>.<patch>"; another major version is a format we do not know.
    static const QRegularExpression specPattern(QStringLiteral("^([0-9]+)\\.([0-9]+)(\\.[0-9]+)?$"));
    const QRegularExpressionMatch match = specPattern.match(spec->toQString());
    if (!match.hasMatch() || match.captured(1) != QLatin1String("1")) {
        *error = syncError(SyncErrorCode::UnsupportedSpecVersion,
                           QStringLiteral("%1: spec_version \"%2\" is not 1.x")
                               .arg(QString::fromUtf8(expectedType), spec->toQString()));
        return false;
    }
    if (version->toInteger() < 1) {
        *error
            = invalid(expectedType, QStringLiteral("version %1 is not positive").arg(version->toInteger()));
        return false;
    }
    const std::optional<QDateTime> when = parseExpires(expires->toUtf8());
    if (!when) {
        *error = invalid(expectedType, QStringLiteral("\"expires\" is not of the form YYYY-MM-DDTHH:MM:SSZ"));
        return false;
    }
    common->type = expectedType;
    common->specVersion = spec->toUtf8();
    common->version = version->toInteger();
    common->expires = *when;
    return true;
}

Value commonToJson(const Common &common)
{
    Value out = Value::object();
    out.insert("_type", Value::string(common.type));
    out.insert("spec_version", Value::string(common.specVersion));
    out.insert("version", Value::integer(common.version));
    out.insert("expires", Value::string(formatExpires(common.expires)));
    return out;
}

std::optional<QMap<QByteArray, MetaFile>> readMeta(const Value &value, const QByteArray &type,
                                                   SyncError *error)
{
    QString why;
    const Value *meta = field(value, "meta", Value::Type::Object, &why);
    if (!meta) {
        *error = invalid(type, why);
        return std::nullopt;
    }
    QMap<QByteArray, MetaFile> out;
    for (const auto &[name, entry] : meta->members()) {
        const std::optional<MetaFile> file = MetaFile::fromJson(entry, &why);
        if (!file) {
            *error = invalid(type, QStringLiteral("meta \"%1\": %2").arg(QString::fromUtf8(name), why));
            return std::nullopt;
        }
        out.insert(name, *file);
    }
    return out;
}

} // namespace

Key Key::ed25519(QByteArrayView rawPublicKey)
{
    return { "ed25519", "ed25519", rawPublicKey.toByteArray().toHex() };
}

Value Key::toJson() const
{
    Value keyval = Value::object();
    keyval.insert("public", Value::string(publicValue));
    Value out = Value::object();
    out.insert("keytype", Value::string(keyType));
    out.insert("scheme", Value::string(scheme));
    out.insert("keyval", keyval);
    return out;
}

QByteArray Key::keyId() const
{
    return crypto::Sha256::hash(json::canonical(toJson())).toHex();
}

QByteArray Key::rawEd25519() const
{
    if (keyType != "ed25519" || scheme != "ed25519")
        return {};
    return Ed25519::publicKeyFromHex(publicValue).value_or(QByteArray());
}

Value MetaFile::toJson() const
{
    Value out = Value::object();
    out.insert("version", Value::integer(version));
    if (length >= 0)
        out.insert("length", Value::integer(length));
    if (!hashes.isEmpty())
        out.insert("hashes", hashesToJson(hashes));
    return out;
}

std::optional<MetaFile> MetaFile::fromJson(const Value &value, QString *why)
{
    if (!value.isObject()) {
        *why = QStringLiteral("not an object");
        return std::nullopt;
    }
    MetaFile file;
    const Value *version = field(value, "version", Value::Type::Integer, why);
    if (!version)
        return std::nullopt;
    file.version = version->toInteger();
    if (file.version < 1) {
        *why = QStringLiteral("version is not positive");
        return std::nullopt;
    }
    if (const Value *length = value.find("length")) {
        if (!length->isInteger() || length->toInteger() < 0) {
            *why = QStringLiteral("\"length\" is not a non-negative integer");
            return std::nullopt;
        }
        file.length = length->toInteger();
    }
    if (const Value *hashes = value.find("hashes")) {
        const auto read = readHashes(*hashes, why);
        if (!read)
            return std::nullopt;
        file.hashes = *read;
    }
    return file;
}

Value TargetFile::toJson() const
{
    Value out = Value::object();
    out.insert("length", Value::integer(length));
    out.insert("hashes", hashesToJson(hashes));
    if (!custom.isNull())
        out.insert("custom", custom);
    return out;
}

std::optional<TargetFile> TargetFile::fromJson(const Value &value, QString *why)
{
    if (!value.isObject()) {
        *why = QStringLiteral("not an object");
        return std::nullopt;
    }
    TargetFile file;
    const Value *length = field(value, "length", Value::Type::Integer, why);
    if (!length)
        return std::nullopt;
    if (length->toInteger() < 0) {
        *why = QStringLiteral("\"length\" is negative");
        return std::nullopt;
    }
    file.length = length->toInteger();
    const Value *hashes = field(value, "hashes", Value::Type::Object, why);
    if (!hashes)
        return std::nullopt;
    const auto read = readHashes(*hashes, why);
    if (!read)
        return std::nullopt;
    if (read->isEmpty()) {
        *why = QStringLiteral("no hashes");
        return std::nullopt;
    }
    file.hashes = *read;
    if (const Value *custom = value.find("custom"))
        file.custom = *custom;
    return file;
}

Value Root::toJson() const
{
    Value out = commonToJson(*this);
    out.insert("consistent_snapshot", Value::boolean(consistentSnapshot));
    Value keysValue = Value::object();
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        keysValue.insert(it.key(), it.value().toJson());
    out.insert("keys", keysValue);
    Value rolesValue = Value::object();
    for (auto it = roles.cbegin(); it != roles.cend(); ++it) {
        Value ids = Value::array();
        for (const QByteArray &id : it.value().keyIds)
            ids.append(Value::string(id));
        Value role = Value::object();
        role.insert("keyids", ids);
        role.insert("threshold", Value::integer(it.value().threshold));
        rolesValue.insert(it.key(), role);
    }
    out.insert("roles", rolesValue);
    return out;
}

std::optional<Root> Root::fromJson(const Value &value, SyncError *error)
{
    Root root;
    if (!readCommon(value, RoleRoot, &root, error))
        return std::nullopt;
    QString why;
    const Value *consistent = field(value, "consistent_snapshot", Value::Type::Bool, &why);
    const Value *keys = consistent ? field(value, "keys", Value::Type::Object, &why) : nullptr;
    const Value *roles = keys ? field(value, "roles", Value::Type::Object, &why) : nullptr;
    if (!roles) {
        *error = invalid(RoleRoot, why);
        return std::nullopt;
    }
    root.consistentSnapshot = consistent->toBool();
    for (const auto &[id, keyValue] : keys->members()) {
        const Value *type
            = keyValue.isObject() ? field(keyValue, "keytype", Value::Type::String, &why) : nullptr;
        const Value *scheme = type ? field(keyValue, "scheme", Value::Type::String, &why) : nullptr;
        const Value *keyval = scheme ? field(keyValue, "keyval", Value::Type::Object, &why) : nullptr;
        const Value *publicValue = keyval ? field(*keyval, "public", Value::Type::String, &why) : nullptr;
        if (!publicValue) {
            *error = invalid(RoleRoot, QStringLiteral("key %1: %2").arg(QString::fromUtf8(id), why));
            return std::nullopt;
        }
        root.keys.insert(id, Key { type->toUtf8(), scheme->toUtf8(), publicValue->toUtf8() });
    }
    for (const auto &[name, roleValue] : roles->members()) {
        const Value *ids
            = roleValue.isObject() ? field(roleValue, "keyids", Value::Type::Array, &why) : nullptr;
        const Value *threshold = ids ? field(roleValue, "threshold", Value::Type::Integer, &why) : nullptr;
        if (!threshold) {
            *error = invalid(RoleRoot, QStringLiteral("role %1: %2").arg(QString::fromUtf8(name), why));
            return std::nullopt;
        }
        RoleKeys role;
        // A threshold below one would let unsigned metadata through; one above the key count can never be
        // met.
        if (threshold->toInteger() < 1 || threshold->toInteger() > 1024) {
            *error = invalid(RoleRoot,
                             QStringLiteral("role %1: threshold %2 is out of range")
                                 .arg(QString::fromUtf8(name))
                                 .arg(threshold->toInteger()));
            return std::nullopt;
        }
        role.threshold = int(threshold->toInteger());
        for (const Value &id : ids->items()) {
            if (!id.isString() || !root.keys.contains(id.toUtf8()) || role.keyIds.contains(id.toUtf8())) {
                *error = invalid(RoleRoot,
                                 QStringLiteral("role %1: key ids must be distinct keys listed in \"keys\"")
                                     .arg(QString::fromUtf8(name)));
                return std::nullopt;
            }
            role.keyIds.append(id.toUtf8());
        }
        root.roles.insert(name, role);
    }
    for (const QByteArray &name : topLevelRoles()) {
        if (!root.roles.contains(name)) {
            *error = invalid(RoleRoot, QStringLiteral("role %1 is missing").arg(QString::fromUtf8(name)));
            return std::nullopt;
        }
    }
    return root;
}

Value Timestamp::toJson() const
{
    Value out = commonToJson(*this);
    Value meta = Value::object();
    meta.insert("snapshot.json", snapshot.toJson());
    out.insert("meta", meta);
    return out;
}

std::optional<Timestamp> Timestamp::fromJson(const Value &value, SyncError *error)
{
    Timestamp timestamp;
    if (!readCommon(value, RoleTimestamp, &timestamp, error))
        return std::nullopt;
    const auto meta = readMeta(value, RoleTimestamp, error);
    if (!meta)
        return std::nullopt;
    if (meta->size() != 1 || !meta->contains("snapshot.json")) {
        *error = invalid(RoleTimestamp, QStringLiteral("\"meta\" must describe snapshot.json only"));
        return std::nullopt;
    }
    timestamp.snapshot = meta->value("snapshot.json");
    return timestamp;
}

Value Snapshot::toJson() const
{
    Value out = commonToJson(*this);
    Value metaValue = Value::object();
    for (auto it = meta.cbegin(); it != meta.cend(); ++it)
        metaValue.insert(it.key(), it.value().toJson());
    out.insert("meta", metaValue);
    return out;
}

std::optional<Snapshot> Snapshot::fromJson(const Value &value, SyncError *error)
{
    Snapshot snapshot;
    if (!readCommon(value, RoleSnapshot, &snapshot, error))
        return std::nullopt;
    const auto meta = readMeta(value, RoleSnapshot, error);
    if (!meta)
        return std::nullopt;
    if (!meta->contains("targets.json")) {
        *error = invalid(RoleSnapshot, QStringLiteral("\"meta\" does not describe targets.json"));
        return std::nullopt;
    }
    snapshot.meta = *meta;
    return snapshot;
}

Value Targets::toJson() const
{
    Value out = commonToJson(*this);
    Value targetsValue = Value::object();
    for (auto it = targets.cbegin(); it != targets.cend(); ++it)
        targetsValue.insert(it.key(), it.value().toJson());
    out.insert("targets", targetsValue);
    if (!delegations.isNull())
        out.insert("delegations", delegations);
    return out;
}

std::optional<Targets> Targets::fromJson(const Value &value, SyncError *error)
{
    Targets targets;
    if (!readCommon(value, RoleTargets, &targets, error))
        return std::nullopt;
    QString why;
    const Value *entries = field(value, "targets", Value::Type::Object, &why);
    if (!entries) {
        *error = invalid(RoleTargets, why);
        return std::nullopt;
    }
    for (const auto &[path, entry] : entries->members()) {
        const std::optional<TargetFile> file = TargetFile::fromJson(entry, &why);
        if (!file) {
            *error
                = invalid(RoleTargets, QStringLiteral("target \"%1\": %2").arg(QString::fromUtf8(path), why));
            return std::nullopt;
        }
        targets.targets.insert(path, *file);
    }
    if (const Value *delegations = value.find("delegations"))
        targets.delegations = *delegations;
    return targets;
}

std::optional<Envelope> Envelope::parse(QByteArrayView bytes, bool requireCanonical, SyncError *error,
                                        qsizetype maxBytes)
{
    json::ParseLimits limits;
    limits.maxBytes = maxBytes;
    const std::optional<Value> document = json::parse(bytes, error, limits);
    if (!document)
        return std::nullopt;
    const auto fail = [&](const QString &why) {
        *error = syncError(SyncErrorCode::InvalidMetadata, why);
        return std::nullopt;
    };
    if (!document->isObject())
        return fail(QStringLiteral("metadata is not a JSON object"));
    QString why;
    const Value *signatures = field(*document, "signatures", Value::Type::Array, &why);
    const Value *signedValue = signatures ? field(*document, "signed", Value::Type::Object, &why) : nullptr;
    if (!signedValue)
        return fail(why);
    Envelope envelope;
    for (const Value &entry : signatures->items()) {
        const Value *keyId = entry.isObject() ? field(entry, "keyid", Value::Type::String, &why) : nullptr;
        const Value *sig = keyId ? field(entry, "sig", Value::Type::String, &why) : nullptr;
        if (!sig)
            return fail(
                QStringLiteral("signature: %1").arg(why.isEmpty() ? QStringLiteral("not an object") : why));
        envelope.signatures.append({ keyId->toUtf8(), sig->toUtf8() });
    }
    if (requireCanonical && json::canonical(*document) != bytes) {
        *error = syncError(
            SyncErrorCode::NonCanonicalJson,
            QStringLiteral("the file is not in canonical JSON (whitespace, key order or escapes)"));
        return std::nullopt;
    }
    envelope.signedValue = *signedValue;
    envelope.signedCanonical = json::canonical(*signedValue);
    return envelope;
}

QByteArray Envelope::type() const
{
    const Value *type = signedValue.find("_type");
    return type && type->isString() ? type->toUtf8() : QByteArray();
}

qint64 Envelope::version() const
{
    const Value *version = signedValue.find("version");
    return version && version->isInteger() ? version->toInteger() : 0;
}

QByteArray Envelope::serialize() const
{
    Value signatureList = Value::array();
    for (const Signature &signature : signatures) {
        Value entry = Value::object();
        entry.insert("keyid", Value::string(signature.keyId));
        entry.insert("sig", Value::string(signature.signature));
        signatureList.append(entry);
    }
    Value document = Value::object();
    document.insert("signatures", signatureList);
    document.insert("signed", signedValue);
    return json::canonical(document);
}

Envelope signEnvelope(const Value &signedValue, const QList<const Ed25519::PrivateKey *> &keys)
{
    Envelope envelope;
    envelope.signedValue = signedValue;
    envelope.signedCanonical = json::canonical(signedValue);
    QSet<QByteArray> signedBy;
    for (const Ed25519::PrivateKey *key : keys) {
        if (!key || !key->isValid())
            continue;
        const QByteArray keyId = Key::ed25519(key->publicKey()).keyId();
        if (signedBy.contains(keyId))
            continue;
        signedBy.insert(keyId);
        envelope.signatures.append({ keyId, key->sign(envelope.signedCanonical).toHex() });
    }
    return envelope;
}

SyncError verifyThreshold(const Envelope &envelope, const Root &root, const QByteArray &role,
                          const QString &file)
{
    const auto roleKeys = root.roles.constFind(role);
    if (roleKeys == root.roles.cend())
        return syncError(SyncErrorCode::InvalidMetadata,
                         QStringLiteral("%1: the root has no role %2").arg(file, QString::fromUtf8(role)));
    QSet<QByteArray> countedIds;
    QSet<QByteArray> countedKeys;
    bool badSignature = false;
    bool unknownKey = false;
    for (const Signature &signature : envelope.signatures) {
        if (!roleKeys->keyIds.contains(signature.keyId) || !root.keys.contains(signature.keyId)) {
            unknownKey = true;
            continue;
        }
        if (countedIds.contains(signature.keyId))
            continue; // the same key id again: counted once
        const QByteArray publicKey = root.keys.value(signature.keyId).rawEd25519();
        if (publicKey.isEmpty())
            continue; // a key type we do not verify never counts
        const QByteArray raw
            = isLowerHex(signature.signature) ? QByteArray::fromHex(signature.signature) : QByteArray();
        if (!Ed25519::verify(publicKey, envelope.signedCanonical, raw)) {
            badSignature = true;
            continue;
        }
        if (countedKeys.contains(publicKey))
            continue; // the same public key under a second key id: still one key
        countedIds.insert(signature.keyId);
        countedKeys.insert(publicKey);
    }
    const int counted = int(countedIds.size());
    if (counted >= roleKeys->threshold)
        return {};
    const QString detail = QStringLiteral("%1: %2 valid signature(s) by distinct %3 keys, %4 required")
                               .arg(file)
                               .arg(counted)
                               .arg(QString::fromUtf8(role))
                               .arg(roleKeys->threshold);
    if (badSignature)
        return syncError(SyncErrorCode::BadSignature,
                         detail + QStringLiteral("; a signature does not verify"));
    if (unknownKey)
        return syncError(SyncErrorCode::UnknownKey,
                         detail + QStringLiteral("; signed by a key the role does not have"));
    return syncError(SyncErrorCode::ThresholdNotMet, detail);
}

QByteArray formatExpires(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")).toLatin1();
}

std::optional<QDateTime> parseExpires(QByteArrayView text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"));
    const QString string = QString::fromLatin1(text);
    if (!pattern.match(string).hasMatch())
        return std::nullopt;
    QDateTime time = QDateTime::fromString(string.chopped(1), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (!time.isValid())
        return std::nullopt;
    time.setTimeZone(QTimeZone::utc());
    return time;
}

QByteArray hashHex(const QByteArray &algorithm, QByteArrayView data)
{
    if (algorithm == "sha256")
        return crypto::Sha256::hash(data).toHex();
    if (algorithm == "sha512")
        return crypto::sha512(data).toHex();
    return {};
}

SyncError checkLengthAndHashes(QByteArrayView data, qint64 length, const QMap<QByteArray, QByteArray> &hashes,
                               SyncErrorCode mismatch, const QString &what, bool hashesRequired)
{
    if (length >= 0 && data.size() != length)
        return syncError(
            mismatch,
            QStringLiteral("%1: %2 bytes, the metadata says %3").arg(what).arg(data.size()).arg(length));
    int checked = 0;
    for (auto it = hashes.cbegin(); it != hashes.cend(); ++it) {
        const QByteArray actual = hashHex(it.key(), data);
        if (actual.isEmpty())
            continue;
        if (actual != it.value())
            return syncError(mismatch,
                             QStringLiteral("%1: %2 hash differs from the metadata")
                                 .arg(what, QString::fromUtf8(it.key())));
        ++checked;
    }
    if (checked == 0 && (hashesRequired || !hashes.isEmpty()))
        return syncError(SyncErrorCode::InvalidMetadata,
                         QStringLiteral("%1: no hash of a supported algorithm (sha256, sha512)").arg(what));
    return {};
}

bool isSafeTargetPath(QByteArrayView path, QString *why)
{
    const auto fail = [&](const QString &message) {
        if (why)
            *why = message;
        return false;
    };
    if (path.isEmpty())
        return fail(QStringLiteral("empty path"));
    if (path.size() > MaximumTargetPathBytes)
        return fail(QStringLiteral("path longer than %1 bytes").arg(MaximumTargetPathBytes));
    if (path.startsWith('/'))
        return fail(QStringLiteral("absolute path"));
    for (const char c : path) {
        if (c == '\\')
            return fail(QStringLiteral("backslash in path"));
        if (quint8(c) < 0x20 || c == 0x7F)
            return fail(QStringLiteral("control character in path"));
    }
    // "C:..." would be a drive on Windows: refuse it everywhere, so a repository means the same on every
    // device.
    if (path.size() >= 2 && path[1] == ':'
        && ((path[0] >= 'A' && path[0] <= 'Z') || (path[0] >= 'a' && path[0] <= 'z')))
        return fail(QStringLiteral("drive letter in path"));
    qsizetype start = 0;
    while (start <= path.size()) {
        qsizetype end = path.indexOf('/', start);
        if (end < 0)
            end = path.size();
        const QByteArrayView segment = path.sliced(start, end - start);
        if (segment.isEmpty())
            return fail(QStringLiteral("empty path segment"));
        if (segment == "." || segment == "..")
            return fail(QStringLiteral("\".\" or \"..\" segment"));
        start = end + 1;
    }
    return true;
}

QString consistentTargetPath(const QString &path, const QByteArray &hashHex)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    const QString hash = QString::fromLatin1(hashHex);
    if (slash < 0)
        return hash + QLatin1Char('.') + path;
    return path.left(slash + 1) + hash + QLatin1Char('.') + path.mid(slash + 1);
}

} // namespace rc::sync::tuf
