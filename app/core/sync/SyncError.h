#pragma once

#include <QString>

namespace rc::sync {

// Every way a content update can fail, each with its own code so that callers, tests and the user
// interface can tell an attack from a broken USB stick. See docs/publishing.md.
enum class SyncErrorCode
{
    None,
    MalformedJson, // not JSON by our strict rules: duplicate keys, floats, bad UTF-8, too deep, trailing junk
    NonCanonicalJson, // valid JSON, but not the canonical bytes the repository must publish
    InvalidMetadata, // JSON of the wrong shape: a missing field, a wrong type, a bad date
    UnsupportedSpecVersion, // a spec_version whose major version is not 1
    BadSignature, // a signature by a key of the role that does not verify
    UnknownKey, // a signature by a key that is not one of the role's keys
    ThresholdNotMet, // too few distinct valid signatures (a key counted once, however often it signs)
    Rollback, // a version lower than the trusted one, or a role that disappeared
    Expired, // metadata past its expiry date (a freeze attack), online
    RootVersionSkipped, // N+1.root.json does not say version N+1
    MixAndMatch, // metadata whose version, length or hash differs from what the referring role says
    LengthExceeded, // more bytes than allowed (endless data)
    HashMismatch, // a target or metadata file whose hash (or exact length) differs from the metadata
    BadTargetPath, // a target path with "..", an absolute path, a backslash or an empty segment
    UnknownTarget, // no such target in the trusted targets metadata
    NotFound, // the transport has no such file
    TransportFailed, // the transport could not read (I/O error, not a regular file, ...)
    StorageFailed, // the trusted metadata folder could not be read or written
    OlderThanInstalled, // offline media older than what is installed: ignored, nothing changed
    NotInitialised, // no trusted root in the metadata folder
    RepositoryInvalid, // the publisher's view: the repository folder or the keys do not fit together
};

// The code's stable name, e.g. "bad-signature": printed by rcpack and used in test expectations.
QString syncErrorName(SyncErrorCode code);

struct SyncError
{
    SyncErrorCode code = SyncErrorCode::None;
    QString message;

    bool ok() const { return code == SyncErrorCode::None; }
    // "bad-signature: snapshot.json: ..." for logs and the command line.
    QString toString() const;
};

inline SyncError syncError(SyncErrorCode code, const QString &message)
{
    return { code, message };
}

} // namespace rc::sync
