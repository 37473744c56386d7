#include "TargetCodec.h"

#include <QtEndian>

namespace rc::sync {

namespace {

// qCompress() writes a 4-byte big-endian length, then the zlib stream.
constexpr qsizetype QtHeaderSize = 4;

} // namespace

EncodedTarget encodeTarget(QByteArrayView content)
{
    const QByteArray compressed
        = qCompress(reinterpret_cast<const uchar *>(content.data()), content.size(), 9);
    if (compressed.size() > QtHeaderSize && compressed.size() - QtHeaderSize < content.size())
        return { compressed.mid(QtHeaderSize), QByteArrayLiteral("zlib") };
    return { content.toByteArray(), QByteArrayLiteral("identity") };
}

std::optional<QByteArray> decodeTarget(QByteArrayView data, QByteArrayView encoding, qint64 decodedLength,
                                       qint64 maxLength, SyncError *error)
{
    const auto fail = [&](SyncErrorCode code, const QString &message) {
        if (error)
            *error = syncError(code, message);
        return std::nullopt;
    };
    if (decodedLength < 0 || decodedLength > maxLength || decodedLength > 0x7FFFFFFF)
        return fail(
            SyncErrorCode::LengthExceeded,
            QStringLiteral("decoded length %1 exceeds the limit of %2").arg(decodedLength).arg(maxLength));
    if (encoding == "identity") {
        if (data.size() != decodedLength)
            return fail(SyncErrorCode::HashMismatch,
                        QStringLiteral("stored length differs from the metadata"));
        return data.toByteArray();
    }
    if (encoding != "zlib")
        return fail(
            SyncErrorCode::InvalidMetadata,
            QStringLiteral("unknown target encoding \"%1\"").arg(QString::fromUtf8(encoding.toByteArray())));
    if (decodedLength == 0)
        return QByteArray();
    // Tell qUncompress the exact length we expect; a stream that inflates to more is refused below.
    QByteArray framed(QtHeaderSize, Qt::Uninitialized);
    qToBigEndian(quint32(decodedLength), framed.data());
    framed.append(data.data(), data.size());
    const QByteArray decoded = qUncompress(framed);
    if (decoded.size() != decodedLength)
        return fail(SyncErrorCode::HashMismatch,
                    QStringLiteral("the zlib stream does not decode to %1 bytes").arg(decodedLength));
    return decoded;
}

} // namespace rc::sync
