#include "Migrations.h"

namespace rc::storage {

MigrationResult migrate(Database &db, std::span<const Migration> steps, QString *error)
{
    const int current = db.userVersion();
    if (current < 0) {
        if (error)
            *error = db.lastError();
        return MigrationResult::Failed;
    }
    const int latest = steps.empty() ? 0 : steps.back().version;
    if (current > latest) {
        if (error)
            *error = QStringLiteral("schema version %1 is newer than this app understands (%2)")
                         .arg(current)
                         .arg(latest);
        return MigrationResult::NewerThanApp;
    }
    for (const Migration &step : steps) {
        if (step.version <= current)
            continue;
        Transaction tx(db);
        if (!tx.isActive() || !db.exec(QString::fromUtf8(step.sql)) || !db.setUserVersion(step.version)
            || !tx.commit()) {
            if (error)
                *error = QStringLiteral("migration to version %1 failed: %2")
                             .arg(step.version)
                             .arg(db.lastError());
            return MigrationResult::Failed;
        }
    }
    return MigrationResult::Ok;
}

} // namespace rc::storage
