#pragma once

#include <QByteArrayView>
#include <QString>

namespace rc::sync {

// Writes `data` to `path` so that readers see the old file or the new one, never a part: a temporary
// file in the same folder, flushed to disk, renamed over `path`, then the folder itself flushed.
// Creates missing parent folders. False with `error` set on any failure (the old file is untouched).
bool writeFileAtomically(const QString &path, QByteArrayView data, QString *error);

// Reads at most `maxBytes` of a regular file. nullopt-like: false when the file is missing, is not a
// regular file, cannot be read or is larger than `maxBytes` (`*tooLarge` is then set, if given).
bool readSmallFile(const QString &path, qint64 maxBytes, QByteArray *out, bool *tooLarge = nullptr);

} // namespace rc::sync
