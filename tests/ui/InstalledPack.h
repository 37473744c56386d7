#pragma once

#include "content/ContentStore.h"
#include "content/PackBuilder.h"
#include "content/PackSource.h"

#include <QTemporaryDir>
#include <QTest>

// The real nl pack, compiled and installed into a fresh content database in a temporary folder, for
// tests of the layers above the core.
struct InstalledPack
{
    QTemporaryDir dir;
    rc::content::PackSource source;
    rc::content::ContentStore store;

    bool install()
    {
        rc::content::Diagnostics diagnostics;
        source = rc::content::PackSource::load(QStringLiteral(RC_SOURCE_DIR "/content/nl"),
                                               QDate::currentDate(), diagnostics);
        if (rc::content::hasErrors(diagnostics))
            return false;
        QString error;
        const QString file
            = rc::content::PackBuilder::build(source, dir.filePath(QStringLiteral("packs")), &error);
        if (file.isEmpty() || !store.open(dir.filePath(QStringLiteral("content.sqlite"))))
            return false;
        return store.importPack(file).status == rc::content::ContentStore::ImportStatus::Installed;
    }

    // Builds the pack source in `sourceDir` (a test fixture) and installs it: next to the nl pack after
    // install(), or alone. Next to nl, the fixture's id must sort after "nl", so the app still takes
    // its title and disclaimer from nl.
    bool installAlso(const QString &sourceDir)
    {
        if (!store.isOpen() && !store.open(dir.filePath(QStringLiteral("content.sqlite"))))
            return false;
        rc::content::Diagnostics diagnostics;
        const auto pack = rc::content::PackSource::load(sourceDir, QDate::currentDate(), diagnostics);
        if (rc::content::hasErrors(diagnostics))
            return false;
        QString error;
        const QString file
            = rc::content::PackBuilder::build(pack, dir.filePath(QStringLiteral("fixtures")), &error);
        return !file.isEmpty()
            && store.importPack(file).status == rc::content::ContentStore::ImportStatus::Installed;
    }
};
