#include "storage/Migrations.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <memory>

using rc::storage::Database;
using rc::storage::migrate;
using rc::storage::Migration;
using rc::storage::MigrationResult;

namespace rc::storage {
// Lets QCOMPARE print the result by name.
char *toString(MigrationResult result)
{
    switch (result) {
    case MigrationResult::Ok:
        return qstrdup("Ok");
    case MigrationResult::NewerThanApp:
        return qstrdup("NewerThanApp");
    case MigrationResult::Failed:
        return qstrdup("Failed");
    }
    return qstrdup("?");
}
} // namespace rc::storage

namespace {

// A notes app in two steps: version 1 stores notes, version 2 adds a "pinned" flag with a default.
constexpr std::array notesV2 = {
    Migration { 1, "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL);" },
    Migration { 2,
                "ALTER TABLE notes ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0;"
                "CREATE INDEX notes_by_pinned ON notes (pinned);" },
};

qint64 scalar(Database &db, const char *sql)
{
    return db.queryInteger(QString::fromUtf8(sql)).value_or(-1);
}

bool tableExists(Database &db, const char *name)
{
    auto stmt
        = db.prepare(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1"));
    return stmt.bind(1, QString::fromUtf8(name)).step() && stmt.integer(0) == 1;
}

} // namespace

class tst_Migrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void freshDatabaseMigratesToLatest();
    void oldDatabaseUpgradesKeepingData();
    void migratingTwiceChangesNothing();
    void failingStepRollsBackToLastGoodStep();
    void failingFirstStepLeavesVersionZero();
    void newerDatabaseIsNotTouched();
    void closedDatabaseFails();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("app.db")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Migrations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Migrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_Migrations::freshDatabaseMigratesToLatest()
{
    Database db;
    QVERIFY(db.open(dbPath(), Database::Mode::ReadWriteCreate));
    QCOMPARE(db.userVersion(), 0);
    QString error;
    QCOMPARE(migrate(db, notesV2, &error), MigrationResult::Ok);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(db.userVersion(), 2);
    QVERIFY(db.exec(QStringLiteral("INSERT INTO notes (text, pinned) VALUES ('x', 1)")));

    // The version is in the file, not only in this connection.
    db.close();
    QVERIFY(db.open(dbPath(), Database::Mode::ReadOnly));
    QCOMPARE(db.userVersion(), 2);
}

void tst_Migrations::oldDatabaseUpgradesKeepingData()
{
    {
        // An install of the previous app version, which knew only step 1, with a note in it.
        Database db;
        QVERIFY(db.open(dbPath(), Database::Mode::ReadWriteCreate));
        QCOMPARE(migrate(db, std::span(notesV2).first(1), nullptr), MigrationResult::Ok);
        QCOMPARE(db.userVersion(), 1);
        QVERIFY(db.exec(
            QStringLiteral("INSERT INTO notes (text) VALUES ('Interview on Tuesday, bring passport')")));
    }
    Database db;
    QVERIFY(db.open(dbPath(), Database::Mode::ReadWriteCreate));
    QString error;
    QCOMPARE(migrate(db, notesV2, &error), MigrationResult::Ok);
    QCOMPARE(db.userVersion(), 2);
    auto stmt = db.prepare(QStringLiteral("SELECT text, pinned FROM notes"));
    QVERIFY(stmt.step());
    QCOMPARE(stmt.text(0), QStringLiteral("Interview on Tuesday, bring passport"));
    QCOMPARE(stmt.integer(1), 0);
    QVERIFY(!stmt.step());
}

void tst_Migrations::migratingTwiceChangesNothing()
{
    Database db;
    QVERIFY(db.open(dbPath(), Database::Mode::ReadWriteCreate));
    QCOMPARE(migrate(db, notesV2, nullptr), MigrationResult::Ok);
    QVERIFY(db.exec(QStringLiteral("INSERT INTO notes (text) VALUES ('kept')")));
    // Running the steps again would fail (the column exists); done steps must be skipped.
    QString error;
    QCOMPARE(migrate(db, notesV2, &error), MigrationResult::Ok);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(scalar(db, "SELECT count(*) FROM notes"), 1);
    QCOMPARE(db.userVersion(), 2);
}

void tst_Migrations::failingStepRollsBackToLastGoodStep()
{
    // Step 3 creates a table and then fails: neither the table nor the version 3 may remain.
    constexpr std::array steps = {
        notesV2[0],
        notesV2[1],
        Migration { 3,
                    "CREATE TABLE reminders (id INTEGER PRIMARY KEY);"
                    "INSERT INTO reminders SELECT id FROM no_such_table;" },
        Migration { 4, "CREATE TABLE later (id INTEGER);" },
    };
    Database db;
    QVERIFY(db.open(dbPath(), Database::Mode::ReadWriteCreate));
    QString error;
    QCOMPARE(migrate(db, steps, &error), MigrationResult::Failed);
    QCOMPARE(db.userVersion(), 2);
    QVERIFY(tableExists(db, "notes"));
    QVERIFY(!tableExists(db, "reminders"));
    QVERIFY(!tableExists(db, "later"));
    QVERIFY2(error.contains(QLatin1String("version 3")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("no_such_table")), qPrintable(error));

    // The database is still usable at the last good version and not left inside a transaction.
    QVERIFY(db.exec(QStringLiteral("INSERT INTO notes (text) VALUES ('after')")));
    db.close();
    QVERIFY(db.open(dbPath(), Database::Mode::ReadOnly));
    QCOMPARE(db.userVersion(), 2);
    QCOMPARE(scalar(db, "SELECT count(*) FROM notes"), 1);
}

void tst_Migrations::failingFirstStepLeavesVersionZero()
{
    constexpr std::array steps = {
        Migration { 1, "CREATE TABLE a (x INTEGER); CREATE TABLE a (x INTEGER);" },
    };
    Database db;
    QVERIFY(db.open(dbPath(), Database::Mode::ReadWriteCreate));
    QString error;
    QCOMPARE(migrate(db, steps, &error), MigrationResult::Failed);
    QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));
    QCOMPARE(db.userVersion(), 0);
    QVERIFY(!tableExists(db, "a"));
}

void tst_Migrations::newerDatabaseIsNotTouched()
{
    Database db;
    QVERIFY(db.open(dbPath(), Database::Mode::ReadWriteCreate));
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE future (x INTEGER); INSERT INTO future VALUES (1);")));
    QVERIFY(db.setUserVersion(5));
    QString error;
    QCOMPARE(migrate(db, notesV2, &error), MigrationResult::NewerThanApp);
    QVERIFY2(error.contains(QLatin1String("5")) && error.contains(QLatin1String("newer")), qPrintable(error));
    QCOMPARE(db.userVersion(), 5);
    QVERIFY(!tableExists(db, "notes"));
    QCOMPARE(scalar(db, "SELECT count(*) FROM future"), 1);
}

void tst_Migrations::closedDatabaseFails()
{
    Database db;
    QString error;
    QCOMPARE(migrate(db, notesV2, &error), MigrationResult::Failed);
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(tst_Migrations)
#include "tst_migrations.moc"
