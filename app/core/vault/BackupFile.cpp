#include "BackupFile.h"

#include "DocumentFile.h"
#include "FileIo.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QtEndian>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rc::vault::BackupFile {

namespace {

using io::setError;
using io::writeAll;

constexpr qint64 CopyBufferSize = 256 * 1024;

// Closes a file descriptor when it goes out of scope.
struct Fd
{
    int fd = -1;
    explicit Fd(int value)
        : fd(value)
    {
    }
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
};

bool readExactly(int fd, char *out, qint64 size)
{
    while (size > 0) {
        const ssize_t n = ::read(fd, out, size_t(size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        out += n;
        size -= n;
    }
    return true;
}

// Copies `size` bytes from `from` to `to` through a small buffer.
bool copyBytes(int from, int to, qint64 size)
{
    QByteArray buffer(int(qMin(size, CopyBufferSize)), Qt::Uninitialized);
    while (size > 0) {
        const qint64 chunk = qMin<qint64>(size, buffer.size());
        if (!readExactly(from, buffer.data(), chunk)
            || !writeAll(to, QByteArrayView(buffer.constData(), chunk)))
            return false;
        size -= chunk;
    }
    return true;
}

QByteArray entryHeader(EntryKind kind, QByteArrayView fileId, quint64 size)
{
    QByteArray header(EntryHeaderSize, '\0');
    header[0] = char(kind);
    if (!fileId.isEmpty())
        std::copy(fileId.begin(), fileId.end(), header.begin() + 1);
    qToLittleEndian<quint64>(size, header.data() + 17);
    return header;
}

bool fsyncFolderOf(const QString &path)
{
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

// Opens a regular file for reading; never blocks on a FIFO or follows into a device.
int openRegular(const QString &path, qint64 *size, VaultError *error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        setError(error, errno == ENOENT ? VaultError::NotFound : VaultError::Io);
        return -1;
    }
    struct stat info = {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        setError(error, VaultError::Io);
        return -1;
    }
    *size = info.st_size;
    return fd;
}

} // namespace

bool write(const QString &path, QByteArrayView sealedVault, const QList<DocumentPart> &documents,
           VaultError *error)
{
    setError(error, VaultError::Io);
    if (sealedVault.isEmpty() || documents.size() + 1 > qsizetype(MaximumEntries))
        return false;
    QByteArray temporary = QFile::encodeName(path) + ".tmp-XXXXXX";
    Fd out(::mkostemp(temporary.data(), O_CLOEXEC)); // mode 0600
    if (out.fd < 0)
        return false;

    QByteArray header(HeaderSize, '\0');
    std::copy(std::begin(Magic), std::end(Magic), header.begin());
    qToLittleEndian<quint16>(FormatVersion, header.data() + 8);
    qToLittleEndian<quint32>(quint32(documents.size() + 1), header.data() + 10);
    bool ok = writeAll(out.fd, header)
        && writeAll(out.fd, entryHeader(EntryKind::Vault, {}, quint64(sealedVault.size())))
        && writeAll(out.fd, sealedVault);
    for (const DocumentPart &document : documents) {
        if (!ok)
            break;
        qint64 size = 0;
        VaultError openError = VaultError::None;
        Fd in(openRegular(document.path, &size, &openError));
        ok = in.fd >= 0 && document.fileId.size() == DocumentFile::FileIdSize
            && writeAll(out.fd, entryHeader(EntryKind::Document, document.fileId, quint64(size)))
            && copyBytes(in.fd, out.fd, size);
    }
    ok = ok && ::fsync(out.fd) == 0;
    const int fd = out.fd;
    out.fd = -1;
    ok = ::close(fd) == 0 && ok;
    if (!ok || ::rename(temporary.constData(), QFile::encodeName(path).constData()) != 0) {
        ::unlink(temporary.constData());
        return false;
    }
    if (!fsyncFolderOf(path))
        return false;
    setError(error, VaultError::None);
    return true;
}

bool isBackup(const QString &path)
{
    qint64 size = 0;
    Fd in(openRegular(path, &size, nullptr));
    char magic[sizeof(Magic)];
    return in.fd >= 0 && size >= HeaderSize && readExactly(in.fd, magic, sizeof(magic))
        && std::equal(std::begin(magic), std::end(magic), std::begin(Magic));
}

bool read(const QString &path, const std::function<bool(const QByteArray &vaultBytes)> &onVault,
          const std::function<bool(const QByteArray &fileId, qint64 size, const CopyTo &copyTo)> &onDocument,
          VaultError *error)
{
    qint64 fileSize = 0;
    Fd in(openRegular(path, &fileSize, error));
    if (in.fd < 0)
        return false;
    const auto damaged = [error] {
        setError(error, VaultError::Damaged);
        return false;
    };
    char header[HeaderSize];
    if (fileSize < HeaderSize || !readExactly(in.fd, header, HeaderSize)
        || !std::equal(std::begin(Magic), std::end(Magic), header))
        return damaged();
    if (qFromLittleEndian<quint16>(header + 8) != FormatVersion) {
        setError(error, VaultError::UnsupportedVersion);
        return false;
    }
    const quint32 entries = qFromLittleEndian<quint32>(header + 10);
    if (entries == 0 || entries > MaximumEntries)
        return damaged();

    qint64 remaining = fileSize - HeaderSize;
    QSet<QByteArray> seen;
    for (quint32 index = 0; index < entries; ++index) {
        char entry[EntryHeaderSize];
        if (remaining < EntryHeaderSize || !readExactly(in.fd, entry, EntryHeaderSize))
            return damaged();
        remaining -= EntryHeaderSize;
        const auto kind = EntryKind(quint8(entry[0]));
        const QByteArray fileId(entry + 1, DocumentFile::FileIdSize);
        const quint64 size = qFromLittleEndian<quint64>(entry + 17);
        if (size > quint64(remaining))
            return damaged();
        if (index == 0) {
            // The vault comes first, once: without it nothing else can be opened.
            if (kind != EntryKind::Vault || fileId != QByteArray(DocumentFile::FileIdSize, '\0') || size == 0
                || size > quint64(MaximumFileSize))
                return damaged();
            QByteArray vaultBytes(qsizetype(size), Qt::Uninitialized);
            if (!readExactly(in.fd, vaultBytes.data(), qint64(size)))
                return damaged();
            remaining -= qint64(size);
            if (!onVault(vaultBytes))
                return false;
            continue;
        }
        const qint64 largestDocument
            = DocumentFile::Header { DocumentFile::FormatVersion, fileId, DocumentFile::ChunkSize,
                                     quint64(DocumentFile::MaximumPlaintextSize) }
                  .fileSize();
        if (kind != EntryKind::Document || qint64(size) > largestDocument || seen.contains(fileId))
            return damaged();
        seen.insert(fileId);
        bool copied = false;
        const CopyTo copyTo = [&](const QString &target, VaultError *copyError) {
            copied = true;
            Fd out(
                ::open(QFile::encodeName(target).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
            if (out.fd < 0) {
                setError(copyError, VaultError::Io);
                return false;
            }
            if (!copyBytes(in.fd, out.fd, qint64(size))) {
                // Short read: the backup ended early. Otherwise the disk failed us.
                setError(copyError, VaultError::Io);
                return false;
            }
            if (::fsync(out.fd) != 0) {
                setError(copyError, VaultError::Io);
                return false;
            }
            return true;
        };
        if (!onDocument(fileId, qint64(size), copyTo))
            return false;
        if (!copied && ::lseek(in.fd, off_t(size), SEEK_CUR) < 0) // the caller did not want this one
            return damaged();
        remaining -= qint64(size);
    }
    if (remaining != 0)
        return damaged(); // bytes after the last entry: not a backup this version wrote
    setError(error, VaultError::None);
    return true;
}

} // namespace rc::vault::BackupFile
