#include "AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <fcntl.h>
#include <unistd.h>

namespace rc::sync {

namespace {

// After a rename, the folder entry itself must reach the disk, or a power cut can lose the new name.
void syncDirectory(const QString &directory)
{
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

bool writeFileAtomically(const QString &path, QByteArrayView data, QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QString directory = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(directory))
        return fail(QStringLiteral("cannot create folder %1").arg(directory));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    if (file.write(data.data(), data.size()) != data.size()) {
        file.cancelWriting();
        return fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    }
    // QSaveFile::commit() flushes the temporary file to disk and renames it over `path`.
    if (!file.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    syncDirectory(directory);
    return true;
}

bool readSmallFile(const QString &path, qint64 maxBytes, QByteArray *out, bool *tooLarge)
{
    if (tooLarge)
        *tooLarge = false;
    const QFileInfo info(path);
    // Only regular files: a FIFO or a device on a stick would block or never end.
    if (!info.isFile())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    // Read one byte more than allowed, so a file that grew after the check is still caught.
    QByteArray data = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return false;
    if (data.size() > maxBytes) {
        if (tooLarge)
            *tooLarge = true;
        return false;
    }
    *out = std::move(data);
    return true;
}

} // namespace rc::sync
