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
};
