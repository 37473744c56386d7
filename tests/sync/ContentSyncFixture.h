#pragma once

// Packs published as signed repositories and installed into content databases, for the tests of
// sync/PackTargets and sync/ContentInstaller (and the crash child).

#include "SyncFixture.h"
#include "content/ContentSchema.h"
#include "content/ContentStore.h"
#include "storage/Database.h"
#include "sync/ContentInstaller.h"
#include "sync/PackTargets.h"

#include <QDirIterator>
#include <QStringList>

namespace rc::test {

// Copies a folder tree (a pack source to change, a repository to keep as an old USB copy).
inline bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(path));
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::remove(target);
        if (!QFile::copy(path, target))
            return false;
    }
    return true;
}

// Every row of every content table (and the installed targets), one line each, sorted: two databases
// with the same lines hold the same content. `leaveOut` names columns not to compare ("packs.digest").
inline QStringList dumpContent(const QString &database, const QStringList &leaveOut = {})
{
    storage::Database db;
    if (!db.open(database, storage::Database::Mode::ReadOnly))
        return { QStringLiteral("cannot open %1: %2").arg(database, db.lastError()) };
    QStringList lines;
    QStringList tables;
    for (const content::ContentTable &table : content::contentTables())
        tables.append(QString::fromLatin1(table.name));
    tables.append(QStringLiteral("installed_targets"));
    for (const QString &table : std::as_const(tables)) {
        storage::Statement rows = db.prepare(QStringLiteral("SELECT * FROM %1").arg(table));
        QStringList names;
        for (int i = 0; i < rows.columnCount(); ++i) {
            storage::Statement name = db.prepare(QStringLiteral("SELECT name FROM pragma_table_info('%1') "
                                                                "WHERE cid = %2")
                                                     .arg(table)
                                                     .arg(i));
            names.append(name.step() ? name.text(0) : QString());
        }
        while (rows.step()) {
            QStringList values { table };
            for (int i = 0; i < rows.columnCount(); ++i) {
                if (!leaveOut.contains(table + QLatin1Char('.') + names.at(i)))
                    values.append(names.at(i) + QLatin1Char('=') + rows.text(i));
            }
            lines.append(values.join(QLatin1Char('|')));
        }
    }
    lines.sort();
    return lines;
}

// A pack source that a test may change, a repository it publishes into, a content database and a
// trusted metadata folder, as a phone has them.
class ContentSyncFixture : public SyncFixture
{
public:
    explicit ContentSyncFixture(const QString &packSource = QStringLiteral(RC_TEST_DATA "/packs/showcase"))
    {
        source = dir.filePath(QStringLiteral("source/") + QFileInfo(packSource).fileName());
        copyTree(packSource, source);
        database = dir.filePath(QStringLiteral("phone/content.sqlite"));
        metadataDir = dir.filePath(QStringLiteral("phone/metadata"));
    }

    // Publishes the pack source as it is now; `when` is the publishing time.
    PublishReport publishSource(const QDateTime &when = QDateTime::currentDateTimeUtc())
    {
        SyncError error;
        const QList<TargetInput> targets = packTargets(source, &error);
        if (!error.ok()) {
            PublishReport report;
            report.error = error;
            return report;
        }
        return publishTargets(targets, when);
    }

    PublishReport publishTargets(const QList<TargetInput> &targets,
                                 const QDateTime &when = QDateTime::currentDateTimeUtc())
    {
        PublishOptions options;
        options.now = when;
        return Repository::publish(repo, targets, keys, options);
    }

    // The targets of the pack source as it is now.
    QList<TargetInput> sourceTargets()
    {
        SyncError error;
        return packTargets(source, &error);
    }

    void trustRepository()
    {
        Client::initialise(metadataDir, readFile(metadata(QStringLiteral("1.root.json"))));
    }

    // One update from the repository folder (offline media unless told otherwise).
    UpdateReport update(content::ContentStore &store, const UpdateOptions &options = {}, bool offline = true,
                        const QString &from = {})
    {
        LocalFolderTransport transport
            = LocalFolderTransport::forRepository(from.isEmpty() ? repo : from, offline);
        return updateContent(metadataDir, &transport, &store, options);
    }

    // Rewrites one line of a file of the pack source.
    void editSource(const QString &relative, const QByteArray &before, const QByteArray &after)
    {
        const QString path = QDir(source).filePath(relative);
        QByteArray bytes = readFile(path);
        if (!bytes.contains(before))
            qFatal("editSource: %s does not contain the text to replace", qPrintable(relative));
        bytes.replace(before, after);
        writeFile(path, bytes);
    }

    QString source;
    QString database;
    QString metadataDir;
};

} // namespace rc::test
