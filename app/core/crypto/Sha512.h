#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace rc::crypto {

// SHA-512 through OpenSSL's EVP interface, in one go: TUF metadata may list "sha512" hashes next to
// (or instead of) "sha256", and RFC 8032's known answers use it. Returns the 64-byte digest.
QByteArray sha512(QByteArrayView data);

} // namespace rc::crypto
