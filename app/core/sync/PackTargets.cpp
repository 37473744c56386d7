#include "PackTargets.h"

#include "TufMetadata.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace rc::sync {

namespace {

constexpr qint64 MaximumFileBytes = 16 * 1024 * 1024;
constexpr int MaximumFiles = 20000;

} // namespace

QList<TargetInput> packTargets(const QString &source, SyncError *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = syncError(SyncErrorCode::RepositoryInvalid, message);
        return QList<TargetInput>();
    };
    const QFileInfo root(source);
    if (!root.isDir())
        return fail(QStringLiteral("%1 is not a folder").arg(source));
    const QDir dir(QDir(source).absolutePath());
    const QString prefix = dir.dirName();
    if (prefix.isEmpty() || dir.isRoot())
        return fail(QStringLiteral("%1 has no folder name to use as the pack prefix").arg(source));

    QStringList files;
    // No QDir::Hidden: dot-files and dot-folders are skipped; NoSymLinks: a link could point anywhere.
    QDirIterator it(dir.path(), QDir::Files | QDir::NoSymLinks | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (files.size() >= MaximumFiles)
            return fail(QStringLiteral("%1 has more than %2 files").arg(source).arg(MaximumFiles));
        files.append(dir.relativeFilePath(path));
    }
    std::sort(files.begin(), files.end());

    QList<TargetInput> targets;
    for (const QString &relative : std::as_const(files)) {
        const QStringList segments = relative.split(QLatin1Char('/'));
        if (std::any_of(segments.cbegin(), segments.cend(),
                        [](const QString &segment) { return segment.startsWith(QLatin1Char('.')); }))
            continue;
        const QString name = prefix + QLatin1Char('/') + relative;
        QString why;
        if (!tuf::isSafeTargetPath(name.toUtf8(), &why))
            return fail(QStringLiteral("%1: not usable as a target name: %2").arg(name, why));
        QFile file(dir.filePath(relative));
        if (file.size() > MaximumFileBytes)
            return fail(
                QStringLiteral("%1 is larger than %2 bytes").arg(file.fileName()).arg(MaximumFileBytes));
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        targets.append({ name, file.readAll() });
    }
    return targets;
}

} // namespace rc::sync
