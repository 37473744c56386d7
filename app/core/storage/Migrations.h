#pragma once

#include "Database.h"

#include <span>

namespace rc::storage {

// One numbered schema step. Steps run in order, each in its own transaction that ends by setting
// PRAGMA user_version to the step's number (the Kasts pattern), so a crash never leaves half a step.
struct Migration
{
    int version;
    const char *sql;
};

enum class MigrationResult
{
    Ok,
    NewerThanApp,
    Failed
};

MigrationResult migrate(Database &db, std::span<const Migration> steps, QString *error);

} // namespace rc::storage
