#pragma once

// Helpers shared by the content tests: copy a fixture pack into a temporary folder, edit one of its
// files, and build it. They return false or an empty string on failure so tests can QVERIFY them.

#include "content/Diagnostic.h"
#include "content/PackBuilder.h"
#include "content/PackSource.h"

#include <QByteArray>
#include <QDate>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>

namespace rc::test {

// Fixture packs are dated 2025; this "today" keeps them in the past whatever the clock says.
inline QDate fixtureToday()
{
    return QDate(2026, 1, 1);
}

inline QString fixturePack(const QString &name)
{
    return QStringLiteral(RC_TEST_DATA "/packs/") + name;
}

inline QString sourcePack(const QString &name)
{
    return QStringLiteral(RC_SOURCE_DIR "/content/") + name;
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

// Replaces the first occurrence of `before` in the file; false when it does not occur, so a fixture
// change that makes an edit miss is caught instead of silently testing the unedited pack.
inline bool replaceInFile(const QString &path, const QByteArray &before, const QByteArray &after)
{
    QByteArray data = readFile(path);
    const qsizetype at = data.indexOf(before);
    if (before.isEmpty() || at < 0)
        return false;
    data.replace(at, before.size(), after);
    return writeFile(path, data);
}

inline bool copyTree(const QString &from, const QString &to)
{
    if (!QFileInfo(from).isDir() || !QDir().mkpath(to))
        return false;
    QDirIterator it(from, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(path));
        if (it.fileInfo().isDir()) {
            if (!QDir().mkpath(target))
                return false;
        } else if (!QFile::copy(path, target)
                   || !QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            return false;
        }
    }
    return true;
}

// Copies pack folder `from` to `<parentDir>/<name>` (the folder name matters: it should match the pack
// id) and returns the new folder, or an empty string.
inline QString copyPack(const QString &from, const QString &parentDir,
                        const QString &name = QStringLiteral("minimal"))
{
    const QString to = QDir(parentDir).filePath(name);
    return copyTree(from, to) ? to : QString();
}

inline QString joinDiagnostics(const content::Diagnostics &diagnostics)
{
    QStringList lines;
    for (const content::Diagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines.join(QLatin1Char('\n'));
}

// Lints and builds `sourceDir` into `outputDir`; returns the .rcpack path or an empty string with `error`.
inline QString buildPack(const QString &sourceDir, const QString &outputDir, QString *error)
{
    content::Diagnostics diagnostics;
    const content::PackSource pack = content::PackSource::load(sourceDir, fixtureToday(), diagnostics);
    if (content::hasErrors(diagnostics)) {
        *error = joinDiagnostics(diagnostics);
        return {};
    }
    return content::PackBuilder::build(pack, outputDir, error);
}

} // namespace rc::test
