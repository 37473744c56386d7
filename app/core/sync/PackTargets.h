#pragma once

#include "Repository.h"

namespace rc::sync {

// The seam between content and sync: turns a pack source folder into the named targets to publish.
//
// Today every regular file under SOURCE becomes one target named "<folder name>/<relative path>"
// (e.g. content/nl/articles/appeal/en.md -> "nl/articles/appeal/en.md"), in path order; hidden files
// and folders (".git", ".DS_Store") and symbolic links are left out. When the content tooling settles,
// this is the one function that changes to give one target per article per language, per contacts
// region and per procedure; the repository writer and the client take any list of names.
//
// Fails (RepositoryInvalid) on an unreadable folder, a file over 16 MiB, more than 20000 files, or a
// name that is not a safe target path.
QList<TargetInput> packTargets(const QString &source, SyncError *error);

} // namespace rc::sync
