#include "DocumentFile.h"

#include "FileIo.h"
#include "crypto/Aead.h"
#include "crypto/Random.h"

#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QtEndian>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <new>
#include <sys/stat.h>
#include <unistd.h>

namespace rc::vault::DocumentFile {

namespace Aead = crypto::Aead;
using crypto::SecureBuffer;

namespace {

constexpr qsizetype MagicSize = qsizetype(sizeof(Magic));
constexpr qsizetype NonceSize = Aead::NonceSize;
// header, chunk index, last-chunk flag
constexpr qsizetype AssociatedDataSize = HeaderSize + 8 + 1;
static_assert(HeaderSize == 38, "docs/vault-format.md gives this size");
static_assert(KeySize == Aead::KeySize && TagSize == Aead::TagSize);
static_assert(WrappedKeySize == NonceSize + KeySize + TagSize);
static_assert(MaximumPlaintextSize / ChunkSize < std::numeric_limits<int>::max());

constexpr QByteArrayView magicView()
{
    return QByteArrayView(Magic, MagicSize);
}

using io::setError;

bool keyValid(const SecureBuffer &key)
{
    return key.isValid() && key.size() == KeySize;
}

// 4 zero bytes, then the chunk index as a big-endian u64: unique per chunk under a per-file key.
QByteArray chunkNonce(quint64 index)
{
    QByteArray nonce(NonceSize, '\0');
    qToBigEndian(index, nonce.data() + 4);
    return nonce;
}

// The whole header, the chunk index (little-endian u64) and 1 for the last chunk, else 0.
QByteArray chunkAssociatedData(QByteArrayView header, quint64 index, bool last)
{
    QByteArray out;
    out.reserve(AssociatedDataSize);
    out.append(header);
    char bytes[8];
    qToLittleEndian(index, bytes);
    out.append(bytes, 8);
    out.append(last ? '\1' : '\0');
    return out;
}

using io::writeAll;

// Reads exactly `size` bytes unless the file ends first; returns the number read, or -1 on an error.
qsizetype readFully(int fd, char *data, qsizetype size)
{
    qsizetype done = 0;
    while (done < size) {
        const ssize_t got = ::read(fd, data + done, size_t(size - done));
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        if (got == 0)
            break;
        done += got;
    }
    return done;
}

// The same from a QIODevice.
qint64 readFully(QIODevice *device, char *data, qint64 size)
{
    qint64 done = 0;
    while (done < size) {
        const qint64 got = device->read(data + done, size - done);
        if (got < 0)
            return -1;
        if (got == 0)
            break;
        done += got;
    }
    return done;
}

// An open document file: a regular file (a FIFO is refused without blocking) and its checked header.
class Reader
{
public:
    Reader() = default;
    Reader(const Reader &) = delete;
    Reader &operator=(const Reader &) = delete;
    ~Reader()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }

    VaultError open(const QString &path)
    {
        const QByteArray name = QFile::encodeName(path);
        if (name.isEmpty())
            return VaultError::NotFound;
        m_fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
        if (m_fd < 0)
            return errno == ENOENT ? VaultError::NotFound : VaultError::Io;
        struct stat info = {};
        if (::fstat(m_fd, &info) != 0 || !S_ISREG(info.st_mode))
            return VaultError::Io;
        if (info.st_size < HeaderSize)
            return VaultError::Damaged;
        char bytes[HeaderSize];
        const qsizetype got = readFully(m_fd, bytes, HeaderSize);
        if (got < 0)
            return VaultError::Io;
        if (got != HeaderSize)
            return VaultError::Damaged; // shorter than fstat said: cut while we read
        m_headerBytes = QByteArray(bytes, HeaderSize);
        VaultError error = VaultError::None;
        m_header = parseHeader(m_headerBytes, qint64(info.st_size), &error);
        return m_header ? VaultError::None : error;
    }

    int fd() const { return m_fd; }
    const Header &header() const { return *m_header; }
    const QByteArray &headerBytes() const { return m_headerBytes; }

private:
    int m_fd = -1;
    QByteArray m_headerBytes;
    std::optional<Header> m_header;
};

// decrypt() with a look at the header before anything is allocated for the chunks.
bool decryptWith(const QString &path, const SecureBuffer &documentKey,
                 const std::function<VaultError(const Header &header)> &accept, const ChunkSink &sink,
                 VaultError *error)
{
    const auto fail = [error](VaultError value) {
        setError(error, value);
        return false;
    };
    if (!keyValid(documentKey))
        return fail(VaultError::Io);
    Reader reader;
    const VaultError openError = reader.open(path);
    if (openError != VaultError::None)
        return fail(openError);
    const Header &header = reader.header();
    if (accept) {
        const VaultError accepted = accept(header);
        if (accepted != VaultError::None)
            return fail(accepted);
    }

    // Bounded by ChunkSize, which parseHeader() has checked: never more than one chunk in memory.
    SecureBuffer plaintext(header.chunkSize);
    QByteArray ciphertext(qsizetype(header.chunkSize) + TagSize, Qt::Uninitialized);
    if (!plaintext.isValid())
        return fail(VaultError::OutOfMemory);
    const qint64 chunks = header.chunkCount();
    quint64 left = header.plaintextSize;
    for (qint64 index = 0; index < chunks; ++index) {
        const bool last = index == chunks - 1;
        const qsizetype size = qsizetype(qMin<quint64>(left, header.chunkSize));
        const qsizetype got = readFully(reader.fd(), ciphertext.data(), size + TagSize);
        if (got < 0)
            return fail(VaultError::Io);
        if (got != size + TagSize)
            return fail(VaultError::Damaged); // cut since the size was checked
        const QByteArrayView chunk(ciphertext.constData(), size);
        const QByteArrayView tag(ciphertext.constData() + size, TagSize);
        // Aead::decrypt wipes the output when the tag does not match: only authenticated bytes leave.
        if (!Aead::decrypt(documentKey, chunkNonce(quint64(index)),
                           chunkAssociatedData(reader.headerBytes(), quint64(index), last), chunk, tag,
                           plaintext.data()))
            return fail(VaultError::Damaged);
        left -= quint64(size);
        if (size > 0) {
            const bool more = sink(QByteArrayView(plaintext.data(), size));
            crypto::cleanse(plaintext.data(), size);
            if (!more)
                break;
        }
    }
    setError(error, VaultError::None);
    return true;
}

} // namespace

qint64 Header::chunkCount() const
{
    if (chunkSize == 0)
        return 0;
    if (plaintextSize == 0)
        return 1;
    return qint64((plaintextSize - 1) / chunkSize + 1);
}

qint64 Header::fileSize() const
{
    // Only meaningful within the bounds parseHeader() enforces, where nothing can overflow.
    return HeaderSize + qint64(plaintextSize) + chunkCount() * TagSize;
}

QByteArray Header::serialize() const
{
    Q_ASSERT(fileId.size() == FileIdSize);
    QByteArray out;
    out.reserve(HeaderSize);
    out.append(magicView());
    char bytes[8];
    qToLittleEndian(version, bytes);
    out.append(bytes, 2);
    out.append(fileId);
    qToLittleEndian(chunkSize, bytes);
    out.append(bytes, 4);
    qToLittleEndian(plaintextSize, bytes);
    out.append(bytes, 8);
    Q_ASSERT(out.size() == HeaderSize);
    return out;
}

std::optional<Header> parseHeader(QByteArrayView bytes, qint64 fileSize, VaultError *error)
{
    const auto fail = [error](VaultError value) -> std::optional<Header> {
        setError(error, value);
        return std::nullopt;
    };
    // A document file is only ever opened from the vault's own folder: a wrong magic is damage.
    if (bytes.size() < HeaderSize || bytes.first(MagicSize) != magicView())
        return fail(VaultError::Damaged);
    Header header;
    header.version = qFromLittleEndian<quint16>(bytes.data() + MagicSize);
    if (header.version != FormatVersion)
        return fail(VaultError::UnsupportedVersion);
    header.chunkSize = qFromLittleEndian<quint32>(bytes.data() + MagicSize + 2 + FileIdSize);
    header.plaintextSize = qFromLittleEndian<quint64>(bytes.data() + MagicSize + 2 + FileIdSize + 4);
    // In this order, so that fileSize() below cannot overflow and nothing is sized from a hostile value.
    if (header.chunkSize != ChunkSize || header.plaintextSize > quint64(MaximumPlaintextSize)
        || fileSize != header.fileSize())
        return fail(VaultError::Damaged);
    header.fileId = bytes.sliced(MagicSize + 2, FileIdSize).toByteArray();
    setError(error, VaultError::None);
    return header;
}

bool encryptFile(QIODevice *source, const QString &targetPath, const SecureBuffer &documentKey,
                 const QByteArray &fileId, VaultError *error)
{
    const auto fail = [error](VaultError value) {
        setError(error, value);
        return false;
    };
    if (!source || !source->isReadable() || source->isSequential() || !keyValid(documentKey)
        || fileId.size() != FileIdSize)
        return fail(VaultError::Io);
    const qint64 size = source->size() - source->pos();
    if (size < 0)
        return fail(VaultError::Io);
    if (size > MaximumPlaintextSize)
        return fail(VaultError::TooLarge);
    const QByteArray target = QFile::encodeName(targetPath);
    struct stat existing = {};
    if (target.isEmpty() || ::lstat(target.constData(), &existing) == 0 || errno != ENOENT)
        return fail(VaultError::Io); // a document file is written once, never replaced

    Header header;
    header.fileId = fileId;
    header.plaintextSize = quint64(size);
    const QByteArray headerBytes = header.serialize();
    SecureBuffer plaintext(header.chunkSize);
    if (!plaintext.isValid())
        return fail(VaultError::OutOfMemory);

    QByteArray temporary = target + ".tmp-XXXXXX";
    const int fd = ::mkostemp(temporary.data(), O_CLOEXEC); // mode 0600
    if (fd < 0)
        return fail(VaultError::Io);
    const auto discard = [&](VaultError value) {
        ::close(fd);
        ::unlink(temporary.constData());
        return fail(value);
    };
    if (!writeAll(fd, headerBytes))
        return discard(VaultError::Io);
    const qint64 chunks = header.chunkCount();
    qint64 left = size;
    QByteArray ciphertext;
    QByteArray tag;
    for (qint64 index = 0; index < chunks; ++index) {
        const bool last = index == chunks - 1;
        const qint64 chunkSize = qMin<qint64>(left, header.chunkSize);
        const qint64 got = readFully(source, reinterpret_cast<char *>(plaintext.data()), chunkSize);
        if (got != chunkSize) // a read error, or the file shrank since its size was taken
            return discard(VaultError::Io);
        const bool encrypted = Aead::encrypt(documentKey, chunkNonce(quint64(index)),
                                             chunkAssociatedData(headerBytes, quint64(index), last),
                                             QByteArrayView(plaintext.data(), chunkSize), &ciphertext, &tag);
        crypto::cleanse(plaintext.data(), chunkSize);
        if (!encrypted)
            return discard(VaultError::OutOfMemory);
        if (!writeAll(fd, ciphertext) || !writeAll(fd, tag))
            return discard(VaultError::Io);
        left -= chunkSize;
    }
    // The size in the header must be the whole file: one that grew while it was read is refused.
    char extra = 0;
    const qint64 more = source->read(&extra, 1);
    crypto::cleanse(&extra, 1);
    if (more != 0)
        return discard(VaultError::Io);
    if (::fsync(fd) != 0)
        return discard(VaultError::Io);
    if (::close(fd) != 0 || ::rename(temporary.constData(), target.constData()) != 0) {
        ::unlink(temporary.constData());
        return fail(VaultError::Io);
    }
    // The rename must survive a power cut too; if that cannot be promised, take the file back so that
    // a failure leaves nothing behind.
    const QByteArray folder = QFile::encodeName(QFileInfo(targetPath).absolutePath());
    const int folderFd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    const bool synced = folderFd >= 0 && ::fsync(folderFd) == 0;
    if (folderFd >= 0)
        ::close(folderFd);
    if (!synced) {
        ::unlink(target.constData());
        return fail(VaultError::Io);
    }
    setError(error, VaultError::None);
    return true;
}

bool encryptFile(const QString &sourcePath, const QString &targetPath, const SecureBuffer &documentKey,
                 const QByteArray &fileId, VaultError *error)
{
    // Only regular files: a folder, FIFO or device has no meaningful size, and opening a FIFO would block
    // until something writes to it.
    const QFileInfo info(sourcePath);
    if (info.exists() && !info.isFile()) {
        setError(error, VaultError::Io);
        return false;
    }
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        setError(error, source.exists() ? VaultError::Io : VaultError::NotFound);
        return false;
    }
    return encryptFile(&source, targetPath, documentKey, fileId, error);
}

bool decrypt(const QString &path, const SecureBuffer &documentKey, const ChunkSink &sink, VaultError *error)
{
    return decryptWith(path, documentKey, {}, sink, error);
}

std::optional<QByteArray> decryptToMemory(const QString &path, const SecureBuffer &documentKey,
                                          qsizetype maxSize, VaultError *error)
{
    QByteArray out;
    qsizetype filled = 0;
    const auto accept = [&out, maxSize](const Header &header) {
        if (header.plaintextSize > quint64(qMax<qsizetype>(maxSize, 0)))
            return VaultError::TooLarge;
        try {
            out = QByteArray(qsizetype(header.plaintextSize), Qt::Uninitialized);
        } catch (const std::bad_alloc &) {
            return VaultError::OutOfMemory;
        }
        return VaultError::None;
    };
    const auto sink = [&out, &filled](QByteArrayView chunk) {
        std::memcpy(out.data() + filled, chunk.data(), size_t(chunk.size()));
        filled += chunk.size();
        return true;
    };
    if (!decryptWith(path, documentKey, accept, sink, error)) {
        crypto::cleanse(out.data(), filled);
        return std::nullopt;
    }
    Q_ASSERT(filled == out.size());
    return out;
}

std::optional<Header> readHeader(const QString &path, VaultError *error)
{
    Reader reader;
    const VaultError openError = reader.open(path);
    setError(error, openError);
    if (openError != VaultError::None)
        return std::nullopt;
    return reader.header();
}

SecureBuffer newKey()
{
    return crypto::Random::secureBytes(KeySize);
}

QByteArray newFileId()
{
    return crypto::Random::bytes(FileIdSize);
}

QByteArray wrapKey(const SecureBuffer &wrappingKey, QByteArrayView fileId, const SecureBuffer &documentKey)
{
    if (!keyValid(wrappingKey) || !keyValid(documentKey) || fileId.size() != FileIdSize)
        return {};
    const QByteArray nonce = crypto::Random::bytes(NonceSize);
    QByteArray ciphertext;
    QByteArray tag;
    if (!Aead::encrypt(wrappingKey, nonce, fileId, documentKey.view(), &ciphertext, &tag))
        return {};
    return nonce + ciphertext + tag;
}

std::optional<SecureBuffer> unwrapKey(const SecureBuffer &wrappingKey, QByteArrayView fileId,
                                      QByteArrayView wrapped, VaultError *error)
{
    if (!keyValid(wrappingKey) || fileId.size() != FileIdSize || wrapped.size() != WrappedKeySize) {
        setError(error, VaultError::Damaged);
        return std::nullopt;
    }
    SecureBuffer key(KeySize);
    if (!key.isValid()) {
        setError(error, VaultError::OutOfMemory);
        return std::nullopt;
    }
    if (!Aead::decrypt(wrappingKey, wrapped.first(NonceSize), fileId, wrapped.sliced(NonceSize, KeySize),
                       wrapped.last(TagSize), key.data())) {
        setError(error, VaultError::Damaged);
        return std::nullopt;
    }
    setError(error, VaultError::None);
    return key;
}

} // namespace rc::vault::DocumentFile
