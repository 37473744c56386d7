#pragma once

#include "SyncError.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace rc::sync {

// How a target's bytes are stored in the repository, named in its "custom" data as "encoding":
// "zlib" (an RFC 1950 zlib stream, deflate level 9, through Qt's zlib) or "identity" (as is, for
// files that compression would not make smaller). The same input and zlib give the same bytes, so
// publishing twice writes identical target files.
struct EncodedTarget
{
    QByteArray data;
    QByteArray encoding; // "zlib" or "identity"
};

EncodedTarget encodeTarget(QByteArrayView content);

// Decodes a verified target. `decodedLength` is the length the signed metadata gives; anything that
// decodes to another length, or that would exceed `maxLength`, is refused (HashMismatch,
// LengthExceeded; InvalidMetadata for an unknown encoding).
std::optional<QByteArray> decodeTarget(QByteArrayView data, QByteArrayView encoding, qint64 decodedLength,
                                       qint64 maxLength, SyncError *error);

} // namespace rc::sync
