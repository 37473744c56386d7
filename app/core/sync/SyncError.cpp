#include "SyncError.h"

namespace rc::sync {

QString syncErrorName(SyncErrorCode code)
{
    switch (code) {
    case SyncErrorCode::None:
        return QStringLiteral("ok");
    case SyncErrorCode::MalformedJson:
        return QStringLiteral("malformed-json");
    case SyncErrorCode::NonCanonicalJson:
        return QStringLiteral("non-canonical-json");
    case SyncErrorCode::InvalidMetadata:
        return QStringLiteral("invalid-metadata");
    case SyncErrorCode::UnsupportedSpecVersion:
        return QStringLiteral("unsupported-spec-version");
    case SyncErrorCode::BadSignature:
        return QStringLiteral("bad-signature");
    case SyncErrorCode::UnknownKey:
        return QStringLiteral("unknown-key");
    case SyncErrorCode::ThresholdNotMet:
        return QStringLiteral("threshold-not-met");
    case SyncErrorCode::Rollback:
        return QStringLiteral("rollback");
    case SyncErrorCode::Expired:
        return QStringLiteral("expired");
    case SyncErrorCode::RootVersionSkipped:
        return QStringLiteral("root-version-skipped");
    case SyncErrorCode::MixAndMatch:
        return QStringLiteral("mix-and-match");
    case SyncErrorCode::LengthExceeded:
        return QStringLiteral("length-exceeded");
    case SyncErrorCode::HashMismatch:
        return QStringLiteral("hash-mismatch");
    case SyncErrorCode::BadTargetPath:
        return QStringLiteral("bad-target-path");
    case SyncErrorCode::UnknownTarget:
        return QStringLiteral("unknown-target");
    case SyncErrorCode::NotFound:
        return QStringLiteral("not-found");
    case SyncErrorCode::TransportFailed:
        return QStringLiteral("transport-failed");
    case SyncErrorCode::StorageFailed:
        return QStringLiteral("storage-failed");
    case SyncErrorCode::OlderThanInstalled:
        return QStringLiteral("older-than-installed");
    case SyncErrorCode::NotInitialised:
        return QStringLiteral("not-initialised");
    case SyncErrorCode::RepositoryInvalid:
        return QStringLiteral("repository-invalid");
    }
    return QStringLiteral("unknown");
}

QString SyncError::toString() const
{
    return message.isEmpty() ? syncErrorName(code) : syncErrorName(code) + QStringLiteral(": ") + message;
}

} // namespace rc::sync
