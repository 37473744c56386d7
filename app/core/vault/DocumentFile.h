#pragma once

#include "VaultFile.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>
#include <optional>

class QIODevice;

// The encrypted file of one document in the vault (a photo or PDF of a letter): docs/vault-format.md,
// section "Documents". Every document has its own random key; the file is encrypted in chunks of
// ChunkSize bytes, each authenticated on its own, so encrypting and decrypting stream through a
// chunk-sized buffer whatever the size of the document. Plaintext never touches the disk.
// All cryptography goes through app/core/crypto.
namespace rc::vault::DocumentFile {

// Format constants; docs/vault-format.md explains each.
inline constexpr char Magic[8] = { 'R', 'C', 'D', 'O', 'C', '\0', '\0', '\0' };
inline constexpr quint16 FormatVersion = 1;
inline constexpr qsizetype FileIdSize = 16;
inline constexpr qsizetype KeySize = 32;
inline constexpr qsizetype TagSize = 16;
inline constexpr quint32 ChunkSize = 64 * 1024; // the only chunk size written or accepted
// magic, version, file id, chunk size, plaintext size
inline constexpr qsizetype HeaderSize = 8 + 2 + FileIdSize + 4 + 8;
inline constexpr qint64 MaximumPlaintextSize = qint64(256) << 20; // 256 MiB
// nonce, encrypted document key, tag: what documents.wrapped_key holds
inline constexpr qsizetype WrappedKeySize = 12 + KeySize + TagSize;
// HKDF info for the key that wraps a document key (salt: the file id; input: the vault's data key).
inline constexpr char KeyWrapInfo[] = "rights-companion document key v1";
inline constexpr char FileSuffix[] = ".rcd";

// The checked header of a document file.
struct Header
{
    quint16 version = FormatVersion;
    QByteArray fileId; // FileIdSize bytes
    quint32 chunkSize = ChunkSize;
    quint64 plaintextSize = 0;

    // Number of chunks: at least one (an empty document has one empty chunk, so its header is still
    // authenticated by a tag).
    qint64 chunkCount() const;
    // The exact size of a file with this header.
    qint64 fileSize() const;
    QByteArray serialize() const;
};

// Parses the HeaderSize bytes at the start of an untrusted file whose total size is `fileSize`: magic
// (Damaged), version (UnsupportedVersion), chunk size == ChunkSize, plaintext size <=
// MaximumPlaintextSize and `fileSize` exactly what the header implies; anything else is Damaged. Pure
// arithmetic: it allocates nothing beyond the file id and cannot overflow.
std::optional<Header> parseHeader(QByteArrayView bytes, qint64 fileSize, VaultError *error);

// Encrypts everything from the current position of `source` to its end into a new file at
// `targetPath` under `documentKey` (KeySize bytes; a key must encrypt one file only, since the chunk
// nonces are counters) with `fileId` (FileIdSize bytes, random). `source` must be open for reading and
// not sequential (its size is authenticated in the header before the first chunk is read); it is read
// ChunkSize bytes at a time into a secure buffer. The ciphertext goes to "<targetPath>.tmp-XXXXXX" (mode
// 0600) in the target folder, is fsynced and renamed to `targetPath`, then the folder is fsynced.
// Fails, leaving nothing behind, with TooLarge above MaximumPlaintextSize, Io when the source cannot be
// read or changes size while it is read, when `targetPath` already exists, when the arguments are
// invalid or writing fails, and OutOfMemory when encryption cannot get its memory.
bool encryptFile(QIODevice *source, const QString &targetPath, const crypto::SecureBuffer &documentKey,
                 const QByteArray &fileId, VaultError *error);
// The same for the file at `sourcePath` (opened unbuffered, so no copy of the plaintext is left in a
// Qt buffer); NotFound when there is no such file.
bool encryptFile(const QString &sourcePath, const QString &targetPath,
                 const crypto::SecureBuffer &documentKey, const QByteArray &fileId, VaultError *error);

// Receives the plaintext, one authenticated chunk at a time (never an empty one). The view points into
// a buffer that is wiped and reused after the call returns: copy what must be kept. Returning false
// stops decryption early.
using ChunkSink = std::function<bool(QByteArrayView chunk)>;

// Decrypts the document at `path` with `documentKey`, checking the header and the file size (see
// parseHeader) before anything is allocated, and each chunk's tag before its plaintext reaches `sink`:
// when chunk n is damaged, the sink has seen chunks 0..n-1 only. Returns true when every chunk was
// delivered or the sink stopped early. Fails with NotFound, Io (not a regular file, read error),
// UnsupportedVersion, Damaged (header, size, a tag, a wrong key, chunks reordered, truncated or
// appended) or OutOfMemory. Only reads the file.
bool decrypt(const QString &path, const crypto::SecureBuffer &documentKey, const ChunkSink &sink,
             VaultError *error);

// The whole document in one buffer, for display (images and PDFs are decoded from memory). Fails with
// TooLarge, before allocating, when the document is larger than `maxSize` bytes; otherwise as
// decrypt(). On failure any partial plaintext has been wiped. The caller wipes the buffer with
// crypto::cleanse() when done (and must not copy it: a detached copy would not be wiped).
std::optional<QByteArray> decryptToMemory(const QString &path, const crypto::SecureBuffer &documentKey,
                                          qsizetype maxSize, VaultError *error);

// The header of the document at `path`, checked against the file size as decrypt() does. No key needed.
std::optional<Header> readHeader(const QString &path, VaultError *error);

// A new random document key (KeySize bytes, secure memory) and file id.
crypto::SecureBuffer newKey();
QByteArray newFileId();

// The document key wrapped for documents.wrapped_key: nonce (12, random) ‖ AES-256-GCM(wrappingKey,
// nonce, associated data = fileId, documentKey) ‖ tag. `wrappingKey` is HKDF-SHA256(data key, salt =
// fileId, info = KeyWrapInfo), from VaultKey::deriveSubkey(). Empty on failure.
QByteArray wrapKey(const crypto::SecureBuffer &wrappingKey, QByteArrayView fileId,
                   const crypto::SecureBuffer &documentKey);
// The document key back; Damaged when `wrapped` has the wrong size or does not open (another vault,
// another file id, changed bytes), OutOfMemory when no buffer for the key could be had.
std::optional<crypto::SecureBuffer> unwrapKey(const crypto::SecureBuffer &wrappingKey, QByteArrayView fileId,
                                              QByteArrayView wrapped, VaultError *error);

} // namespace rc::vault::DocumentFile
