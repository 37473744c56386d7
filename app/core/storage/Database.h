#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace rc::storage {

class Database;

// One prepared statement. Finalised when it goes out of scope.
class Statement
{
public:
    Statement() = default;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    bool isValid() const { return m_stmt != nullptr; }

    // Binding is 1-based as in SQLite.
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const QByteArray &blob);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bindNull(int index);
    // Binds the value of `column` in the current row of `source`, whatever its type: copies rows
    // between databases without a round trip through Qt types.
    Statement &bindColumn(int index, const Statement &source, int column);

    // Returns true while a row is available; false at the end or on error (see Database::lastError()).
    bool step();
    // True when the last step() stopped on an error rather than at the end of the rows.
    bool failed() const { return m_failed; }
    // Runs the statement to completion; true on success.
    bool exec();
    void reset();

    int columnCount() const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;

private:
    friend class Database;
    Statement(Database *db, sqlite3_stmt *stmt);

    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_failed = false;
};

// RAII owner of one SQLite connection. Errors never throw: every call reports success and the message
// is in lastError(), so callers can turn it into words a user understands.
class Database
{
public:
    enum class Mode
    {
        ReadOnly,
        ReadWriteCreate
    };

    Database() = default;
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    // Every connection has the content search tokenizer "rc_icu" registered (search/IcuTokenizer.h).
    bool open(const QString &path, Mode mode);
    bool openInMemory();
    void close();
    bool isOpen() const { return m_db != nullptr; }

    bool exec(const QString &sql);
    Statement prepare(const QString &sql);

    std::optional<qint64> queryInteger(const QString &sql);

    int userVersion();
    bool setUserVersion(int version);

    // PRAGMA quick_check plus a read of the schema: a truncated or overwritten file fails here rather
    // than in the middle of a query.
    bool checkIntegrity();

    // For files that come from outside (a pack on a USB stick, a download): defensive mode, no
    // functions from the schema, and a cap on the size of any one value.
    void restrictForUntrustedInput(int maxValueBytes);

    QString lastError() const { return m_lastError; }
    QString path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

private:
    friend class Statement;
    void recordError(const QString &context);

    sqlite3 *m_db = nullptr;
    QString m_path;
    QString m_lastError;
};

// Runs `BEGIN IMMEDIATE` on construction and rolls back on destruction unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Database &db);
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    bool isActive() const { return m_active; }
    bool commit();

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace rc::storage
