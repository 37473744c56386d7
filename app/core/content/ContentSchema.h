#pragma once

#include "storage/Migrations.h"

#include <span>

namespace rc::content {

// The tables that hold published content. A compiled pack (`rcpack build`) is a database with this
// schema holding one pack; the app's content database has the same schema and holds every installed
// pack, so installing is copying rows.
std::span<const storage::Migration> contentMigrations();
int contentSchemaVersion();

// Tables and their columns in copy order; every table has a `pack` column.
struct ContentTable
{
    const char *name;
    const char *columns;
};
std::span<const ContentTable> contentTables();

} // namespace rc::content
