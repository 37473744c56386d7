#pragma once

#include "SecureBuffer.h"

namespace rc::crypto::Aead {

// AES-256-GCM with a 96-bit nonce and a 128-bit tag. A nonce must never repeat under one key: callers
// use a fresh random nonce per message, or a counter under a key used for one file only.
constexpr qsizetype KeySize = 32;
constexpr qsizetype NonceSize = 12;
constexpr qsizetype TagSize = 16;

// Encrypts `plaintext`; `ciphertext` gets the same length and `tag` TagSize bytes. The associated data
// is authenticated, not encrypted. Returns false only on invalid sizes (key KeySize, nonce NonceSize),
// null outputs or an OpenSSL failure; both outputs are then empty.
bool encrypt(const SecureBuffer &key, QByteArrayView nonce, QByteArrayView associatedData,
             QByteArrayView plaintext, QByteArray *ciphertext, QByteArray *tag);

// Decrypts into `plaintext`, which must have room for ciphertext.size() bytes (it may be secure memory
// or an SQLite buffer, so nothing is left in an ordinary heap block); it may be ciphertext.data() to
// decrypt in place. Returns false when the tag does not match, and also on invalid sizes (key, nonce,
// tag != TagSize) or an OpenSSL failure; the ciphertext.size() bytes of `plaintext` are then wiped.
bool decrypt(const SecureBuffer &key, QByteArrayView nonce, QByteArrayView associatedData,
             QByteArrayView ciphertext, QByteArrayView tag, unsigned char *plaintext);

} // namespace rc::crypto::Aead
