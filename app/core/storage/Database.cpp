#include "Database.h"

#include "search/IcuTokenizer.h"

#include <sqlite3.h>
#include <utility>

namespace rc::storage {

Statement::Statement(Database *db, sqlite3_stmt *stmt)
    : m_db(db)
    , m_stmt(stmt)
{
}

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_failed(other.m_failed)
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_failed = other.m_failed;
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, const QString &value)
{
    if (m_stmt) {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    if (m_stmt)
        sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement &Statement::bindColumn(int index, const Statement &source, int column)
{
    if (m_stmt && source.m_stmt)
        sqlite3_bind_value(m_stmt, index, sqlite3_column_value(source.m_stmt, column));
    return *this;
}

int Statement::columnCount() const
{
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

bool Statement::step()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    m_failed = rc != SQLITE_DONE;
    if (m_failed)
        m_db->recordError(QStringLiteral("step"));
    return false;
}

bool Statement::exec()
{
    if (!m_stmt)
        return false;
    int rc;
    do {
        rc = sqlite3_step(m_stmt);
    } while (rc == SQLITE_ROW);
    if (rc != SQLITE_DONE) {
        m_db->recordError(QStringLiteral("exec"));
        sqlite3_reset(m_stmt);
        return false;
    }
    sqlite3_reset(m_stmt);
    return true;
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArray Statement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    return data ? QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, column))
                : QByteArray();
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
    , m_lastError(std::move(other.m_lastError))
{
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_lastError = std::move(other.m_lastError);
    }
    return *this;
}

Database::~Database()
{
    close();
}

bool Database::open(const QString &path, Mode mode)
{
    close();
    const int flags
        = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        | SQLITE_OPEN_NOMUTEX;
    m_path = path;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        m_lastError = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        close();
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);
    // The content schema's search tables need their tokenizer on whatever connection creates or reads
    // them (search/IcuTokenizer): every connection gets it.
    if (!search::registerIcuTokenizer(m_db, &m_lastError)) {
        close();
        return false;
    }
    // Temporary tables and indices never touch the disk; foreign keys are enforced.
    return exec(QStringLiteral("PRAGMA temp_store=MEMORY; PRAGMA foreign_keys=ON;"));
}

bool Database::openInMemory()
{
    return open(QStringLiteral(":memory:"), Mode::ReadWriteCreate);
}

void Database::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

bool Database::exec(const QString &sql)
{
    if (!m_db) {
        m_lastError = QStringLiteral("database is not open");
        return false;
    }
    char *error = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        m_lastError = error ? QString::fromUtf8(error) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_free(error);
        return false;
    }
    return true;
}

Statement Database::prepare(const QString &sql)
{
    if (!m_db) {
        m_lastError = QStringLiteral("database is not open");
        return {};
    }
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK) {
        recordError(QStringLiteral("prepare"));
        return {};
    }
    return Statement(this, stmt);
}

std::optional<qint64> Database::queryInteger(const QString &sql)
{
    Statement stmt = prepare(sql);
    if (!stmt.isValid() || !stmt.step())
        return std::nullopt;
    return stmt.integer(0);
}

int Database::userVersion()
{
    return int(queryInteger(QStringLiteral("PRAGMA user_version")).value_or(-1));
}

bool Database::setUserVersion(int version)
{
    return exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

bool Database::checkIntegrity()
{
    Statement stmt = prepare(QStringLiteral("PRAGMA quick_check"));
    if (!stmt.isValid())
        return false;
    if (!stmt.step())
        return false;
    const QString result = stmt.text(0);
    if (result != QLatin1String("ok")) {
        m_lastError = result;
        return false;
    }
    return queryInteger(QStringLiteral("SELECT count(*) FROM sqlite_schema")).has_value();
}

void Database::restrictForUntrustedInput(int maxValueBytes)
{
    if (!m_db)
        return;
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_limit(m_db, SQLITE_LIMIT_LENGTH, maxValueBytes);
    sqlite3_limit(m_db, SQLITE_LIMIT_SQL_LENGTH, 100000);
}

void Database::recordError(const QString &context)
{
    m_lastError = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : context;
}

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_active(db.exec(QStringLiteral("BEGIN IMMEDIATE")))
{
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.exec(QStringLiteral("ROLLBACK"));
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (!m_db.exec(QStringLiteral("COMMIT")))
        return false;
    m_active = false;
    return true;
}

} // namespace rc::storage
