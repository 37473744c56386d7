#pragma once

#include "crypto/SecureBuffer.h"

#include <QString>

namespace rc::vault::RecoveryKey {

// 160 random bits, shown once as Base32 (RFC 4648, no padding) in groups of four letters and
// digits: "ABCD-EFGH-...". Base32 avoids letters that look alike in many scripts' fonts (0/O, 1/l).
constexpr qsizetype Bytes = 20;

crypto::SecureBuffer generate();
QString format(const crypto::SecureBuffer &key);
// Accepts any case, spaces and dashes, and the usual misreadings (0→O, 1→I, 8→B). Returns an invalid
// buffer when the text is not a recovery key.
crypto::SecureBuffer parse(const QString &text);

} // namespace rc::vault::RecoveryKey
