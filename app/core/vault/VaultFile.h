#pragma once

#include "crypto/Kdf.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

// The at-rest file of the personal vault (docs/vault-format.md, decision 0003): a header with the
// key slots, then the AES-256-GCM ciphertext of the serialised database and its tag. Only this file
// knows the layout; all cryptography goes through app/core/crypto.
namespace rc::vault {

// What went wrong, in terms a user can act on (see describe()). A failed read or write never changes
// the vault file.
enum class VaultError
{
    None,
    NotFound, // no file at the path
    NotAVault, // the file is something else (wrong magic)
    UnsupportedVersion, // a format version this app does not know (made by a newer app)
    Damaged, // structure, bounds, header checksum or payload tag wrong: accidental damage or tampering
    WrongSecret, // no slot of the secret's kind opens with it
    OutOfMemory, // the key derivation or the plaintext buffer could not get its memory
    Io, // the file could not be read, or the new file could not be written
    TooLarge, // a document above DocumentFile::MaximumPlaintextSize, or above what the caller can show
};

// One or two plain sentences for the user, translatable (context "rc::vault").
QString describe(VaultError error);

// Format constants; docs/vault-format.md explains each.
inline constexpr char Magic[8] = { 'R', 'C', 'V', 'A', 'U', 'L', 'T', '\0' };
inline constexpr quint16 FormatVersion = 1;
inline constexpr qsizetype VaultIdSize = 16;
inline constexpr qsizetype DataKeySize = 32;
inline constexpr qsizetype ChecksumSize = 16;
inline constexpr int MinimumSlots = 1;
inline constexpr int MaximumSlots = 4;
inline constexpr qsizetype MinimumSaltSize = 16;
inline constexpr qsizetype MaximumSaltSize = 64;
inline constexpr qsizetype SaltSize = 32; // what create() and changePassphrase() use
inline constexpr qsizetype MinimumRecoveryKeySize = 16;
inline constexpr qsizetype MaximumFileSize = qsizetype(1) << 30; // 1 GiB
inline constexpr char RecoveryInfo[] = "rights-companion vault recovery v1";

enum class SecretKind : quint8
{
    Passphrase = 1, // a passphrase or PIN, stretched with Argon2id
    RecoveryKey = 2, // random bytes shown to the user once, expanded with HKDF-SHA256
};

enum class KdfId : quint8
{
    Argon2id = 1, // Argon2id v1.3; only for Passphrase slots
    HkdfSha256 = 2, // only for RecoveryKey slots, whose parameters are all zero
};

struct Secret
{
    SecretKind kind = SecretKind::Passphrase;
    QByteArrayView bytes;
};

// One way to unwrap the data key.
struct VaultSlot
{
    SecretKind kind = SecretKind::Passphrase;
    KdfId kdf = KdfId::Argon2id;
    crypto::Kdf::Argon2Parameters parameters;
    QByteArray salt;
    QByteArray nonce; // 12 bytes
    QByteArray wrappedKey; // 32 bytes: AES-256-GCM ciphertext of the data key
    QByteArray tag; // 16 bytes
};

struct VaultHeader
{
    quint16 version = FormatVersion;
    QByteArray vaultId; // 16 bytes
    quint64 generation = 0;
    QList<VaultSlot> keySlots;
    QByteArray payloadNonce; // 12 bytes

    // Size in bytes of serialize(), including the checksum.
    qsizetype size() const;
    // The header as stored: header length and checksum filled in.
    QByteArray serialize() const;
    // What the wrapped key of `slot` is authenticated with: magic, version, vault id and the slot's
    // bytes from its kind up to and including its salt.
    QByteArray slotAssociatedData(const VaultSlot &slot) const;
};

// The unlocked state of one vault: its header and the data key (in secure memory). Move-only.
class VaultKey
{
public:
    // A new vault: random vault id and data key, a passphrase slot (Argon2id with `parameters`) and a
    // recovery slot. Nothing is written; the first writeVault() writes generation 1. Fails with
    // WrongSecret for an empty passphrase, a recovery key shorter than MinimumRecoveryKeySize or
    // parameters out of Kdf bounds, and with OutOfMemory when the key derivation fails.
    static std::optional<VaultKey> create(QByteArrayView passphrase, const crypto::SecureBuffer &recoveryKey,
                                          const crypto::Kdf::Argon2Parameters &parameters, VaultError *error);

    VaultKey(VaultKey &&) noexcept = default;
    VaultKey &operator=(VaultKey &&) noexcept = default;
    VaultKey(const VaultKey &) = delete;
    VaultKey &operator=(const VaultKey &) = delete;
    ~VaultKey() = default;

    // Replaces every passphrase slot by one new slot (new salt and nonce) for `newPassphrase`; the data
    // key and the recovery slot stay. Only in memory: the next writeVault() stores it. Returns false,
    // changing nothing, for an empty passphrase, parameters out of bounds or a failed derivation.
    bool changePassphrase(QByteArrayView newPassphrase, const crypto::Kdf::Argon2Parameters &parameters);

    // The generation of the file last read or written (0 for a vault not written yet).
    quint64 generation() const { return m_header.generation; }
    QByteArray vaultId() const { return m_header.vaultId; }
    const VaultHeader &header() const { return m_header; }

    // A 32-byte key for one purpose, derived from the data key: HKDF-SHA256(input key = data key,
    // `salt`, `info`). Each use has its own `info` (e.g. DocumentFile::KeyWrapInfo), so a subkey says
    // nothing about the data key or another subkey; the data key itself never leaves this class.
    // Invalid (empty) when the vault has no data key or the derivation fails.
    crypto::SecureBuffer deriveSubkey(QByteArrayView salt, QByteArrayView info) const;

private:
    friend struct VaultKeyAccess;
    VaultKey(VaultHeader header, crypto::SecureBuffer dataKey);

    VaultHeader m_header;
    crypto::SecureBuffer m_dataKey;
};

// Where decrypted notes go. The app passes sqlite3_malloc64 and sqlite3_free, so the plaintext lands in
// memory that sqlite3_deserialize takes over and is never copied through an ordinary heap block.
struct PlaintextAllocator
{
    std::function<unsigned char *(qsizetype size)> allocate;
    std::function<void(unsigned char *data)> release;
};

// Reads and decrypts the vault at `path` with `secret`. On success `*plaintext` holds `*plaintextSize`
// bytes from `allocator.allocate` (nullptr and 0 for an empty payload, without a call to allocate), now
// owned by the caller. On failure nothing is returned: a buffer that was allocated has been wiped and
// released. The header is checked in full before any key derivation runs, and the file is only read.
std::optional<VaultKey> readVault(const QString &path, const Secret &secret,
                                  const PlaintextAllocator &allocator, unsigned char **plaintext,
                                  qsizetype *plaintextSize, VaultError *error);

// Encrypts `plaintext` under the data key with a fresh random payload nonce and generation + 1, writes
// "<path>.tmp-XXXXXX" in the same folder (mode 0600), fsyncs it, renames it over `path` and fsyncs the
// folder. On failure before the rename the old file is untouched and the temporary file is removed.
// If only the folder fsync fails, the new file is in place (and `key` has its generation) but may not
// survive a power cut: the result is false with Io, and saving again is safe.
bool writeVault(const QString &path, VaultKey &key, QByteArrayView plaintext, VaultError *error);

// The bytes writeVault() would write (the next generation, a fresh nonce), in memory, leaving `key` and
// every file alone: the vault part of a backup.
std::optional<QByteArray> sealVault(const VaultKey &key, QByteArrayView plaintext, VaultError *error);

// readVault() on a file's bytes already in memory (the vault part of a backup).
std::optional<VaultKey> readVaultBytes(QByteArrayView bytes, const Secret &secret,
                                       const PlaintextAllocator &allocator, unsigned char **plaintext,
                                       qsizetype *plaintextSize, VaultError *error);

// Building blocks of readVault, public for tests and the fuzzer.

// Parses and checks a header from untrusted bytes (a whole file or just its header): magic, version,
// every length, slot count, kinds, KDF ids, salt sizes and Argon2 parameters within Kdf bounds, the
// header length and the checksum. Never reads past `bytes`, allocates little and runs no KDF.
std::optional<VaultHeader> parseHeader(QByteArrayView bytes, VaultError *error);

// The key-encryption key of `slot` for `secret` (Argon2id for passphrase slots: slow, by design).
std::optional<crypto::SecureBuffer> deriveSlotKey(const VaultSlot &slot, QByteArrayView secret,
                                                  VaultError *error);

// readVault on bytes already read. `slotKey` gives the key-encryption key for a slot of `kind`
// (readVault passes deriveSlotKey with the secret; tests pass a cache so one Argon2 run serves many
// reads). It is called only after the whole header has been checked.
using SlotKeyFunction
    = std::function<std::optional<crypto::SecureBuffer>(const VaultSlot &slot, VaultError *error)>;
std::optional<VaultKey> openVault(QByteArrayView fileBytes, SecretKind kind, const SlotKeyFunction &slotKey,
                                  const PlaintextAllocator &allocator, unsigned char **plaintext,
                                  qsizetype *plaintextSize, VaultError *error);

} // namespace rc::vault
