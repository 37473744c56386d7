#pragma once

#include "SecureBuffer.h"

namespace rc::crypto::Random {

// Cryptographically secure random bytes from OpenSSL's DRBG (seeded by the operating system).
// A failure of the random source is fatal (std::abort()): no key may ever come from a bad one.
// A size of zero or less gives an empty QByteArray / an invalid SecureBuffer.
QByteArray bytes(qsizetype size);
SecureBuffer secureBytes(qsizetype size);

} // namespace rc::crypto::Random
