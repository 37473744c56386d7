#include "VaultFile.h"

#include "FileIo.h"
#include "crypto/Aead.h"
#include "crypto/Digest.h"
#include "crypto/Random.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <limits>
#include <sys/stat.h>
#include <unistd.h>

namespace rc::vault {

namespace Aead = crypto::Aead;
namespace Kdf = crypto::Kdf;
using crypto::SecureBuffer;

// Lets the free functions of this file build and update a VaultKey without making its state public.
struct VaultKeyAccess
{
    static VaultKey make(VaultHeader header, SecureBuffer dataKey)
    {
        return VaultKey(std::move(header), std::move(dataKey));
    }
    static const SecureBuffer &dataKey(const VaultKey &key) { return key.m_dataKey; }
    static VaultHeader &header(VaultKey &key) { return key.m_header; }
};

namespace {

constexpr qsizetype NonceSize = Aead::NonceSize;
constexpr qsizetype TagSize = Aead::TagSize;
constexpr qsizetype MagicSize = qsizetype(sizeof(Magic));
// magic, version, header length, vault id, generation, slot count
constexpr qsizetype PrefixSize = MagicSize + 2 + 2 + VaultIdSize + 8 + 1;
// kind, kdf, memory, iterations, parallelism, salt length, (salt), nonce, wrapped key, tag
constexpr qsizetype SlotFixedSize = 1 + 1 + 4 + 4 + 4 + 1 + NonceSize + DataKeySize + TagSize;
// payload nonce, checksum
constexpr qsizetype SuffixSize = NonceSize + ChecksumSize;
constexpr qsizetype MinimumHeaderSize
    = PrefixSize + MinimumSlots * (SlotFixedSize + MinimumSaltSize) + SuffixSize;
constexpr qsizetype MaximumHeaderSize
    = PrefixSize + MaximumSlots * (SlotFixedSize + MaximumSaltSize) + SuffixSize;
static_assert(MinimumHeaderSize == 156 && MaximumHeaderSize == 621, "docs/vault-format.md gives these sizes");
static_assert(MaximumHeaderSize <= std::numeric_limits<quint16>::max());
static_assert(DataKeySize == Aead::KeySize);
static_assert(SaltSize >= MinimumSaltSize && SaltSize <= MaximumSaltSize);

constexpr QByteArrayView magicView()
{
    return QByteArrayView(Magic, MagicSize);
}

using io::setError;

// Reads fixed-width little-endian fields from untrusted bytes. Reading past the end yields zeros and
// makes ok() false for good, so a parser checks once after a group of fields.
class Reader
{
public:
    explicit Reader(QByteArrayView bytes)
        : m_bytes(bytes)
    {
    }

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_position == m_bytes.size(); }

    QByteArrayView take(qsizetype size)
    {
        if (!m_ok || size < 0 || size > m_bytes.size() - m_position) {
            m_ok = false;
            return {};
        }
        const QByteArrayView view = m_bytes.sliced(m_position, size);
        m_position += size;
        return view;
    }

    template<typename T> T integer()
    {
        const QByteArrayView view = take(qsizetype(sizeof(T)));
        return m_ok ? qFromLittleEndian<T>(view.data()) : T(0);
    }

private:
    QByteArrayView m_bytes;
    qsizetype m_position = 0;
    bool m_ok = true;
};

template<typename T> void appendInteger(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, qsizetype(sizeof(T)));
}

// The slot's bytes from its kind up to and including its salt, exactly as stored.
void appendSlotParameters(QByteArray &out, const VaultSlot &slot)
{
    appendInteger(out, quint8(slot.kind));
    appendInteger(out, quint8(slot.kdf));
    appendInteger(out, slot.parameters.memoryKiB);
    appendInteger(out, slot.parameters.iterations);
    appendInteger(out, slot.parameters.parallelism);
    appendInteger(out, quint8(slot.salt.size()));
    out.append(slot.salt);
}

bool slotParametersValid(SecretKind kind, KdfId kdf, const Kdf::Argon2Parameters &parameters)
{
    switch (kind) {
    case SecretKind::Passphrase:
        return kdf == KdfId::Argon2id && Kdf::isWithinBounds(parameters);
    case SecretKind::RecoveryKey:
        return kdf == KdfId::HkdfSha256 && parameters == Kdf::Argon2Parameters {};
    }
    return false;
}

// A new slot of `kind` that wraps `dataKey` under a key derived from `secret` with a fresh salt.
std::optional<VaultSlot> makeSlot(const VaultHeader &header, SecretKind kind,
                                  const Kdf::Argon2Parameters &parameters, QByteArrayView secret,
                                  const SecureBuffer &dataKey, VaultError *error)
{
    VaultSlot slot;
    slot.kind = kind;
    slot.kdf = kind == SecretKind::Passphrase ? KdfId::Argon2id : KdfId::HkdfSha256;
    slot.parameters = kind == SecretKind::Passphrase ? parameters : Kdf::Argon2Parameters {};
    slot.salt = crypto::Random::bytes(SaltSize);
    slot.nonce = crypto::Random::bytes(NonceSize);
    const std::optional<SecureBuffer> kek = deriveSlotKey(slot, secret, error);
    if (!kek)
        return std::nullopt;
    if (!Aead::encrypt(*kek, slot.nonce, header.slotAssociatedData(slot), dataKey.view(), &slot.wrappedKey,
                       &slot.tag)) {
        setError(error, VaultError::OutOfMemory);
        return std::nullopt;
    }
    return slot;
}

using io::writeAll;

// Writes `parts` to a new temporary file next to `path`, fsyncs it and renames it over `path`, then
// fsyncs the folder so the rename itself survives a power cut. `*renamed` tells whether `path` now
// holds the new bytes; when it is false, `path` is untouched and no temporary file is left.
bool replaceFile(const QString &path, std::initializer_list<QByteArrayView> parts, bool *renamed)
{
    *renamed = false;
    const QByteArray target = QFile::encodeName(path);
    if (target.isEmpty())
        return false;
    QByteArray temporary = target + ".tmp-XXXXXX";
    const int fd = ::mkostemp(temporary.data(), O_CLOEXEC); // mode 0600
    if (fd < 0)
        return false;
    bool ok = true;
    for (const QByteArrayView part : parts)
        ok = ok && writeAll(fd, part);
    ok = ok && ::fsync(fd) == 0;
    if (::close(fd) != 0)
        ok = false;
    if (!ok || ::rename(temporary.constData(), target.constData()) != 0) {
        ::unlink(temporary.constData());
        return false;
    }
    *renamed = true;

    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const int folderFd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folderFd < 0)
        return false;
    ok = ::fsync(folderFd) == 0;
    ::close(folderFd);
    return ok;
}

// Reads the whole of a regular file of at most MaximumFileSize bytes. O_NONBLOCK so that a FIFO at
// the path (say, a "backup" picked by the user) is refused instead of blocking forever.
VaultError readRegularFile(const QString &path, QByteArray *out)
{
    const QByteArray name = QFile::encodeName(path);
    if (name.isEmpty())
        return VaultError::NotFound;
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0)
        return errno == ENOENT ? VaultError::NotFound : VaultError::Io;
    const auto closeWith = [fd](VaultError error) {
        ::close(fd);
        return error;
    };
    struct stat info = {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode))
        return closeWith(VaultError::Io);
    if (info.st_size > MaximumFileSize)
        return closeWith(VaultError::Damaged); // refused from its size, before anything is read

    // Until the end of the file, even if it grew since fstat(), but never past the limit.
    QByteArray bytes(qsizetype(info.st_size), Qt::Uninitialized);
    qsizetype done = 0;
    for (;;) {
        if (done == bytes.size()) {
            if (bytes.size() > MaximumFileSize)
                return closeWith(VaultError::Damaged);
            bytes.resize(qMin(bytes.size() + 64 * 1024, MaximumFileSize + 1));
        }
        const ssize_t got = ::read(fd, bytes.data() + done, size_t(bytes.size() - done));
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return closeWith(VaultError::Io);
        }
        if (got == 0)
            break;
        done += got;
    }
    bytes.truncate(done);
    *out = std::move(bytes);
    return closeWith(VaultError::None);
}

} // namespace

QString describe(VaultError error)
{
    switch (error) {
    case VaultError::None:
        return {};
    case VaultError::NotFound:
        return QCoreApplication::translate("rc::vault", "Your private notes were not found on this phone.");
    case VaultError::NotAVault:
        return QCoreApplication::translate(
            "rc::vault", "This file does not hold Rights Companion notes. Nothing was changed.");
    case VaultError::UnsupportedVersion:
        return QCoreApplication::translate("rc::vault",
                                           "Your notes were saved by a newer version of Rights Companion. "
                                           "Update the app to open them. Your notes were not changed.");
    case VaultError::Damaged:
        return QCoreApplication::translate(
            "rc::vault",
            "This file was changed or damaged, so it cannot be opened. Your notes were not changed.");
    case VaultError::WrongSecret:
        return QCoreApplication::translate(
            "rc::vault", "The passphrase or recovery key is not right. Check it and try again.");
    case VaultError::OutOfMemory:
        return QCoreApplication::translate(
            "rc::vault",
            "This phone does not have enough free memory right now. Close other "
            "apps and try again. Your notes were not changed.");
    case VaultError::Io:
        return QCoreApplication::translate(
            "rc::vault",
            "The phone's storage could not be read or written (it may be full). "
            "The last saved copy of your notes was kept.");
    case VaultError::TooLarge:
        return QCoreApplication::translate(
            "rc::vault",
            "This document is too large for Rights Companion to keep or show. Nothing was changed.");
    }
    return {};
}

qsizetype VaultHeader::size() const
{
    qsizetype total = PrefixSize + SuffixSize;
    for (const VaultSlot &slot : keySlots)
        total += SlotFixedSize + slot.salt.size();
    return total;
}

QByteArray VaultHeader::serialize() const
{
    Q_ASSERT(vaultId.size() == VaultIdSize && payloadNonce.size() == NonceSize);
    Q_ASSERT(keySlots.size() >= MinimumSlots && keySlots.size() <= MaximumSlots);
    const qsizetype length = size();
    QByteArray out;
    out.reserve(length);
    out.append(magicView());
    appendInteger(out, version);
    appendInteger(out, quint16(length));
    out.append(vaultId);
    appendInteger(out, generation);
    appendInteger(out, quint8(keySlots.size()));
    for (const VaultSlot &slot : keySlots) {
        Q_ASSERT(slot.nonce.size() == NonceSize && slot.wrappedKey.size() == DataKeySize
                 && slot.tag.size() == TagSize);
        appendSlotParameters(out, slot);
        out.append(slot.nonce);
        out.append(slot.wrappedKey);
        out.append(slot.tag);
    }
    out.append(payloadNonce);
    out.append(crypto::Sha256::hash(out).first(ChecksumSize));
    Q_ASSERT(out.size() == length);
    return out;
}

QByteArray VaultHeader::slotAssociatedData(const VaultSlot &slot) const
{
    QByteArray out;
    out.reserve(MagicSize + 2 + VaultIdSize + 15 + slot.salt.size());
    out.append(magicView());
    appendInteger(out, version);
    out.append(vaultId);
    appendSlotParameters(out, slot);
    return out;
}

std::optional<VaultHeader> parseHeader(QByteArrayView bytes, VaultError *error)
{
    const auto fail = [error](VaultError value) -> std::optional<VaultHeader> {
        setError(error, value);
        return std::nullopt;
    };
    if (bytes.size() < MagicSize) // cut short: damaged if what is there is the start of the magic
        return fail(bytes == magicView().first(bytes.size()) ? VaultError::Damaged : VaultError::NotAVault);
    if (bytes.first(MagicSize) != magicView())
        return fail(VaultError::NotAVault);

    Reader start(bytes.sliced(MagicSize));
    const auto version = start.integer<quint16>();
    if (!start.ok())
        return fail(VaultError::Damaged);
    if (version != FormatVersion)
        return fail(VaultError::UnsupportedVersion);
    const auto headerLength = qsizetype(start.integer<quint16>());
    if (!start.ok() || headerLength < MinimumHeaderSize || headerLength > MaximumHeaderSize
        || headerLength > bytes.size())
        return fail(VaultError::Damaged);

    // Every field lies within the declared header length, before the checksum.
    const QByteArrayView fields = bytes.first(headerLength - ChecksumSize);
    Reader in(fields);
    in.take(MagicSize + 2 + 2);
    VaultHeader header;
    header.version = version;
    header.vaultId = in.take(VaultIdSize).toByteArray();
    header.generation = in.integer<quint64>();
    const int slotCount = in.integer<quint8>();
    if (!in.ok() || slotCount < MinimumSlots || slotCount > MaximumSlots)
        return fail(VaultError::Damaged);
    header.keySlots.reserve(slotCount);
    for (int i = 0; i < slotCount; ++i) {
        VaultSlot slot;
        const auto kind = in.integer<quint8>();
        const auto kdf = in.integer<quint8>();
        slot.parameters.memoryKiB = in.integer<quint32>();
        slot.parameters.iterations = in.integer<quint32>();
        slot.parameters.parallelism = in.integer<quint32>();
        const qsizetype saltSize = in.integer<quint8>();
        if (!in.ok() || (kind != quint8(SecretKind::Passphrase) && kind != quint8(SecretKind::RecoveryKey)))
            return fail(VaultError::Damaged);
        slot.kind = SecretKind(kind);
        slot.kdf = KdfId(kdf);
        // Checked here, before any key derivation can see them: a hostile header must not make the
        // phone allocate terabytes or loop for years.
        if (!slotParametersValid(slot.kind, slot.kdf, slot.parameters) || saltSize < MinimumSaltSize
            || saltSize > MaximumSaltSize)
            return fail(VaultError::Damaged);
        slot.salt = in.take(saltSize).toByteArray();
        slot.nonce = in.take(NonceSize).toByteArray();
        slot.wrappedKey = in.take(DataKeySize).toByteArray();
        slot.tag = in.take(TagSize).toByteArray();
        if (!in.ok())
            return fail(VaultError::Damaged);
        header.keySlots.append(std::move(slot));
    }
    header.payloadNonce = in.take(NonceSize).toByteArray();
    if (!in.ok() || !in.atEnd())
        return fail(VaultError::Damaged);

    const QByteArrayView checksum = bytes.sliced(fields.size(), ChecksumSize);
    if (crypto::Sha256::hash(fields).first(ChecksumSize) != checksum)
        return fail(VaultError::Damaged);
    Q_ASSERT(header.size() == headerLength);
    setError(error, VaultError::None);
    return header;
}

std::optional<SecureBuffer> deriveSlotKey(const VaultSlot &slot, QByteArrayView secret, VaultError *error)
{
    if (!slotParametersValid(slot.kind, slot.kdf, slot.parameters) || slot.salt.size() < MinimumSaltSize
        || slot.salt.size() > MaximumSaltSize) {
        setError(error, VaultError::Damaged);
        return std::nullopt;
    }
    SecureBuffer kek;
    bool derived = false;
    switch (slot.kind) {
    case SecretKind::Passphrase:
        if (secret.isEmpty()) {
            setError(error, VaultError::WrongSecret);
            return std::nullopt;
        }
        derived = Kdf::argon2id(secret, slot.salt, slot.parameters, Aead::KeySize, &kek);
        break;
    case SecretKind::RecoveryKey:
        if (secret.size() < MinimumRecoveryKeySize) {
            setError(error, VaultError::WrongSecret);
            return std::nullopt;
        }
        derived = Kdf::hkdfSha256(secret, slot.salt, QByteArrayView(RecoveryInfo), Aead::KeySize, &kek);
        break;
    }
    if (!derived || !kek.isValid() || kek.size() != Aead::KeySize) {
        setError(error, VaultError::OutOfMemory);
        return std::nullopt;
    }
    setError(error, VaultError::None);
    return kek;
}

std::optional<VaultKey> openVault(QByteArrayView fileBytes, SecretKind kind, const SlotKeyFunction &slotKey,
                                  const PlaintextAllocator &allocator, unsigned char **plaintext,
                                  qsizetype *plaintextSize, VaultError *error)
{
    *plaintext = nullptr;
    *plaintextSize = 0;
    const auto fail = [error](VaultError value) -> std::optional<VaultKey> {
        setError(error, value);
        return std::nullopt;
    };

    std::optional<VaultHeader> header = parseHeader(fileBytes, error);
    if (!header)
        return std::nullopt;
    const qsizetype headerLength = header->size();
    if (fileBytes.size() > MaximumFileSize || fileBytes.size() < headerLength + TagSize)
        return fail(VaultError::Damaged);
    const QByteArrayView headerBytes = fileBytes.first(headerLength);
    const QByteArrayView ciphertext
        = fileBytes.sliced(headerLength, fileBytes.size() - headerLength - TagSize);
    const QByteArrayView tag = fileBytes.last(TagSize);

    // Unwrap the data key with the first slot of this kind that opens. The header is intact (its
    // checksum matched), so a slot that does not open means a wrong secret, unless its key could not
    // even be derived.
    SecureBuffer dataKey(DataKeySize);
    if (!dataKey.isValid())
        return fail(VaultError::OutOfMemory);
    VaultError unwrapError = VaultError::WrongSecret;
    bool unwrapped = false;
    for (const VaultSlot &slot : std::as_const(header->keySlots)) {
        if (slot.kind != kind)
            continue;
        VaultError slotError = VaultError::None;
        const std::optional<SecureBuffer> kek = slotKey(slot, &slotError);
        if (!kek) {
            if (slotError != VaultError::WrongSecret && slotError != VaultError::None)
                unwrapError = slotError;
            continue;
        }
        if (Aead::decrypt(*kek, slot.nonce, header->slotAssociatedData(slot), slot.wrappedKey, slot.tag,
                          dataKey.data())) {
            unwrapped = true;
            break;
        }
    }
    if (!unwrapped)
        return fail(unwrapError);

    // The right data key: from here on any failure is damage to the payload or its tag.
    const qsizetype size = ciphertext.size();
    unsigned char *out = nullptr;
    unsigned char empty = 0;
    if (size > 0) {
        out = allocator.allocate(size);
        if (!out)
            return fail(VaultError::OutOfMemory);
    }
    if (!Aead::decrypt(dataKey, header->payloadNonce, headerBytes, ciphertext, tag, out ? out : &empty)) {
        if (out) {
            crypto::cleanse(out, size);
            allocator.release(out);
        }
        return fail(VaultError::Damaged);
    }
    *plaintext = out;
    *plaintextSize = size;
    setError(error, VaultError::None);
    return VaultKeyAccess::make(std::move(*header), std::move(dataKey));
}

std::optional<VaultKey> readVault(const QString &path, const Secret &secret,
                                  const PlaintextAllocator &allocator, unsigned char **plaintext,
                                  qsizetype *plaintextSize, VaultError *error)
{
    *plaintext = nullptr;
    *plaintextSize = 0;
    QByteArray bytes;
    const VaultError readError = readRegularFile(path, &bytes);
    if (readError != VaultError::None) {
        setError(error, readError);
        return std::nullopt;
    }
    return readVaultBytes(bytes, secret, allocator, plaintext, plaintextSize, error);
}

std::optional<VaultKey> readVaultBytes(QByteArrayView bytes, const Secret &secret,
                                       const PlaintextAllocator &allocator, unsigned char **plaintext,
                                       qsizetype *plaintextSize, VaultError *error)
{
    const SlotKeyFunction derive = [&secret](const VaultSlot &slot, VaultError *slotError) {
        return deriveSlotKey(slot, secret.bytes, slotError);
    };
    return openVault(bytes, secret.kind, derive, allocator, plaintext, plaintextSize, error);
}

namespace {

// The header of the next generation and the three parts of the file that holds `plaintext` under it.
struct Sealed
{
    VaultHeader header;
    QByteArray headerBytes;
    QByteArray ciphertext;
    QByteArray tag;
};

std::optional<Sealed> seal(const VaultKey &key, QByteArrayView plaintext, VaultError *error)
{
    const SecureBuffer &dataKey = VaultKeyAccess::dataKey(key);
    const VaultHeader &current = key.header();
    if (!dataKey.isValid() || current.generation == std::numeric_limits<quint64>::max()) {
        setError(error, VaultError::Io);
        return std::nullopt;
    }
    Sealed sealed;
    sealed.header = current;
    sealed.header.generation = current.generation + 1;
    sealed.header.payloadNonce = crypto::Random::bytes(NonceSize);
    sealed.headerBytes = sealed.header.serialize();
    if (plaintext.size() > MaximumFileSize - sealed.headerBytes.size() - TagSize) {
        setError(error, VaultError::Io);
        return std::nullopt;
    }
    if (!Aead::encrypt(dataKey, sealed.header.payloadNonce, sealed.headerBytes, plaintext, &sealed.ciphertext,
                       &sealed.tag)) {
        setError(error, VaultError::OutOfMemory);
        return std::nullopt;
    }
    return sealed;
}

} // namespace

bool writeVault(const QString &path, VaultKey &key, QByteArrayView plaintext, VaultError *error)
{
    std::optional<Sealed> sealed = seal(key, plaintext, error);
    if (!sealed)
        return false;
    bool renamed = false;
    const bool written
        = replaceFile(path, { sealed->headerBytes, sealed->ciphertext, sealed->tag }, &renamed);
    if (renamed)
        VaultKeyAccess::header(key) = std::move(sealed->header);
    setError(error, written ? VaultError::None : VaultError::Io);
    return written;
}

std::optional<QByteArray> sealVault(const VaultKey &key, QByteArrayView plaintext, VaultError *error)
{
    const std::optional<Sealed> sealed = seal(key, plaintext, error);
    if (!sealed)
        return std::nullopt;
    return sealed->headerBytes + sealed->ciphertext + sealed->tag;
}

VaultKey::VaultKey(VaultHeader header, SecureBuffer dataKey)
    : m_header(std::move(header))
    , m_dataKey(std::move(dataKey))
{
}

std::optional<VaultKey> VaultKey::create(QByteArrayView passphrase, const SecureBuffer &recoveryKey,
                                         const Kdf::Argon2Parameters &parameters, VaultError *error)
{
    if (passphrase.isEmpty() || recoveryKey.size() < MinimumRecoveryKeySize
        || !Kdf::isWithinBounds(parameters)) {
        setError(error, VaultError::WrongSecret);
        return std::nullopt;
    }
    VaultHeader header;
    header.vaultId = crypto::Random::bytes(VaultIdSize);
    header.payloadNonce = crypto::Random::bytes(NonceSize); // replaced by every write
    SecureBuffer dataKey = crypto::Random::secureBytes(DataKeySize);
    if (!dataKey.isValid()) {
        setError(error, VaultError::OutOfMemory);
        return std::nullopt;
    }
    std::optional<VaultSlot> passphraseSlot
        = makeSlot(header, SecretKind::Passphrase, parameters, passphrase, dataKey, error);
    if (!passphraseSlot)
        return std::nullopt;
    std::optional<VaultSlot> recoverySlot
        = makeSlot(header, SecretKind::RecoveryKey, {}, recoveryKey.view(), dataKey, error);
    if (!recoverySlot)
        return std::nullopt;
    header.keySlots = { std::move(*passphraseSlot), std::move(*recoverySlot) };
    setError(error, VaultError::None);
    return VaultKey(std::move(header), std::move(dataKey));
}

SecureBuffer VaultKey::deriveSubkey(QByteArrayView salt, QByteArrayView info) const
{
    SecureBuffer subkey;
    if (!m_dataKey.isValid() || !Kdf::hkdfSha256(m_dataKey.view(), salt, info, DataKeySize, &subkey))
        return {};
    return subkey;
}

bool VaultKey::changePassphrase(QByteArrayView newPassphrase, const Kdf::Argon2Parameters &parameters)
{
    if (newPassphrase.isEmpty() || !m_dataKey.isValid() || !Kdf::isWithinBounds(parameters))
        return false;
    std::optional<VaultSlot> slot
        = makeSlot(m_header, SecretKind::Passphrase, parameters, newPassphrase, m_dataKey, nullptr);
    if (!slot)
        return false;
    // Every old passphrase slot goes, so no old passphrase opens the next file.
    QList<VaultSlot> keySlots { std::move(*slot) };
    for (const VaultSlot &other : std::as_const(m_header.keySlots)) {
        if (other.kind != SecretKind::Passphrase)
            keySlots.append(other);
    }
    m_header.keySlots = std::move(keySlots);
    return true;
}

} // namespace rc::vault
