#pragma once

#include "PackSource.h"

namespace rc::content {

// Compiles a linted pack source into a pack database (the schema of ContentSchema) at
// `<outputDir>/<pack id>.rcpack`. The file appears whole or not at all: it is written under a
// temporary name in the same folder and renamed into place.
class PackBuilder
{
public:
    static QString fileNameFor(const QString &packId) { return packId + QStringLiteral(".rcpack"); }

    // Returns the path written, or an empty string with `error` set.
    static QString build(const PackSource &pack, const QString &outputDir, QString *error);
};

} // namespace rc::content
