#pragma once

#include "SecureBuffer.h"

#include <QtGlobal>

namespace rc::crypto::Kdf {

struct Argon2Parameters
{
    quint32 memoryKiB = 0;
    quint32 iterations = 0;
    quint32 parallelism = 0;

    bool operator==(const Argon2Parameters &) const = default;
};

// RFC 9106's second recommended option is the floor: 64 MiB, t = 3, p = 4. We never go below the
// memory and time of it (p = 1 is allowed: lanes only let the defender use more cores); the
// ceiling keeps a hostile file from making a phone allocate gigabytes. Bounds are inclusive.
constexpr Argon2Parameters MinimumArgon2 { 64 * 1024, 3, 1 };
constexpr Argon2Parameters MaximumArgon2 { 1024 * 1024, 64, 16 };
bool isWithinBounds(const Argon2Parameters &parameters);

// Argon2id (version 0x13) via libargon2. `out` receives `outputSize` (at least 4) bytes in secure
// memory. Returns false for parameters out of bounds (checked before anything is allocated) or a
// libargon2 error (e.g. out of memory, a salt shorter than 8 bytes); `out` is then empty.
bool argon2id(QByteArrayView password, QByteArrayView salt, const Argon2Parameters &parameters,
              qsizetype outputSize, SecureBuffer *out);

// The same, without the bounds: for the RFC 9106 known-answer test, whose parameters are tiny.
bool argon2idUnbounded(QByteArrayView password, QByteArrayView salt, QByteArrayView secret,
                       QByteArrayView associatedData, const Argon2Parameters &parameters,
                       qsizetype outputSize, SecureBuffer *out);

// HKDF-SHA256 (RFC 5869, extract then expand) through OpenSSL. An empty salt means HashLen zero bytes;
// `outputSize` is 1 to 255 * 32. On failure `out` is empty.
bool hkdfSha256(QByteArrayView inputKey, QByteArrayView salt, QByteArrayView info, qsizetype outputSize,
                SecureBuffer *out);

// Picks parameters that take about `targetMilliseconds` on this device, never below MinimumArgon2 and
// within MaximumArgon2: memory doubles first (up to `maximumMemoryKiB`), then iterations scale. It runs
// Argon2id several times, so it takes a few times the target: call it off the interface thread.
Argon2Parameters calibrateArgon2(int targetMilliseconds, quint32 maximumMemoryKiB);

} // namespace rc::crypto::Kdf
