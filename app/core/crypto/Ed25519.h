#pragma once

#include "SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace rc::crypto::Ed25519 {

// Ed25519 (RFC 8032, "pure" EdDSA) through OpenSSL's EVP interface: the signatures of the content
// repository's metadata. Public keys are the raw 32 bytes (hex in TUF metadata), signatures 64 bytes.
constexpr qsizetype PublicKeySize = 32;
constexpr qsizetype SeedSize = 32;
constexpr qsizetype SignatureSize = 64;

// A private key: its 32-byte seed in secure memory. Move-only; an invalid key signs nothing.
class PrivateKey
{
public:
    PrivateKey() = default;
    PrivateKey(PrivateKey &&) noexcept = default;
    PrivateKey &operator=(PrivateKey &&) noexcept = default;
    PrivateKey(const PrivateKey &) = delete;
    PrivateKey &operator=(const PrivateKey &) = delete;

    // A new key from OpenSSL's DRBG. A failure of the random source is fatal (see Random.h).
    static PrivateKey generate();
    // From the RFC 8032 secret key (the 32-byte seed); invalid when the size is wrong.
    static PrivateKey fromSeed(QByteArrayView seed);
    // PKCS#8 PEM ("-----BEGIN PRIVATE KEY-----") as OpenSSL writes it. Invalid on anything else,
    // including a PEM of another key type.
    static PrivateKey fromPem(QByteArrayView pem);

    bool isValid() const { return m_seed.isValid(); }
    // The raw 32-byte public key; empty when invalid.
    QByteArray publicKey() const;
    // The 64-byte signature of `message`; empty when invalid or on an OpenSSL failure.
    QByteArray sign(QByteArrayView message) const;
    // PKCS#8 PEM of the key (unencrypted: the file's permissions and the key's custody protect it).
    // Empty when invalid. The caller should cleanse() the result once written.
    QByteArray toPem() const;

    // Writes toPem() to a new file readable and writable by its owner only (0600). Refuses to
    // overwrite an existing file. False with `error` set on any failure (nothing is left behind).
    bool writePemFile(const QString &path, QString *error) const;
    // Reads a key written by writePemFile (or `openssl genpkey -algorithm ed25519`). Refuses files
    // larger than 4 KiB. Invalid key with `error` set on failure.
    static PrivateKey readPemFile(const QString &path, QString *error);

private:
    SecureBuffer m_seed;
};

// True only when `signature` is a valid Ed25519 signature of `message` by `publicKey` (32 bytes).
// Wrong sizes, a malformed key or signature are simply false.
bool verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature);

// Hex of the raw public key (lower case, 64 characters), and back. fromHex gives nullopt unless the
// text is exactly 64 hex digits.
QString publicKeyToHex(QByteArrayView publicKey);
std::optional<QByteArray> publicKeyFromHex(QByteArrayView hex);

} // namespace rc::crypto::Ed25519
