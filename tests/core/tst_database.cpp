#include "storage/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using rc::storage::Database;
using rc::storage::Statement;
using rc::storage::Transaction;

namespace {

// The integer result of a one-value query, or -1 when there is none.
qint64 scalar(Database &db, const QString &sql)
{
    return db.queryInteger(sql).value_or(-1);
}

} // namespace

class tst_Database : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void openCreatesFileAndCloseCloses();
    void openReadOnlyMissingFileFails();
    void readOnlyRefusesWrites();
    void execErrorsGiveAMessage();
    void useAfterCloseFails();
    void prepareErrorGivesInvalidStatement();
    void textRoundTrip_data();
    void textRoundTrip();
    void emptyTextIsNotNull();
    void blobIntegerAndNullRoundTrip();
    void statementIsReusableAfterExec();
    void stepReportsFailure();
    void queryInteger();
    void transactionRollsBackWhenNotCommitted();
    void transactionPersistsWhenCommitted();
    void secondTransactionIsNotActive();
    void userVersion();
    void integrityGoodDatabase();
    void integrityRandomBytes();
    void integrityTruncatedDatabase();
    void untrustedInputLimitsValueLength();
    void moveKeepsConnection();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // A database with a few hundred rows of a few hundred bytes each, so it spans many pages.
    void writeBigDatabase(const QString &file, int rows);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Database::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Database::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_Database::writeBigDatabase(const QString &file, int rows)
{
    Database db;
    QVERIFY(db.open(file, Database::Mode::ReadWriteCreate));
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")));
    Transaction tx(db);
    QVERIFY(tx.isActive());
    Statement insert = db.prepare(QStringLiteral("INSERT INTO notes (id, text) VALUES (?1, ?2)"));
    for (int i = 0; i < rows; ++i) {
        const QString text = QStringLiteral("note %1 ").arg(i).repeated(40);
        QVERIFY2(insert.bind(1, i).bind(2, text).exec(), qPrintable(db.lastError()));
    }
    QVERIFY(tx.commit());
}

void tst_Database::openCreatesFileAndCloseCloses()
{
    const QString file = path(QStringLiteral("new.db"));
    Database db;
    QVERIFY(!db.isOpen());
    QVERIFY2(db.open(file, Database::Mode::ReadWriteCreate), qPrintable(db.lastError()));
    QVERIFY(db.isOpen());
    QCOMPARE(db.path(), file);
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
    QVERIFY(QFile::exists(file));
    db.close();
    QVERIFY(!db.isOpen());
    QVERIFY(db.handle() == nullptr);

    // What was written before close() is there when the file is opened again.
    Database again;
    QVERIFY(again.open(file, Database::Mode::ReadOnly));
    QCOMPARE(scalar(again, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 't'")), 1);
}

void tst_Database::openReadOnlyMissingFileFails()
{
    const QString file = path(QStringLiteral("missing.db"));
    Database db;
    QVERIFY(!db.open(file, Database::Mode::ReadOnly));
    QVERIFY(!db.isOpen());
    QVERIFY(!db.lastError().isEmpty());
    QVERIFY(!QFile::exists(file));
}

void tst_Database::readOnlyRefusesWrites()
{
    const QString file = path(QStringLiteral("ro.db"));
    {
        Database db;
        QVERIFY(db.open(file, Database::Mode::ReadWriteCreate));
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1);")));
    }
    Database db;
    QVERIFY(db.open(file, Database::Mode::ReadOnly));
    QVERIFY(!db.exec(QStringLiteral("INSERT INTO t VALUES (2)")));
    QVERIFY2(db.lastError().contains(QLatin1String("readonly")), qPrintable(db.lastError()));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM t")), 1);
}

void tst_Database::execErrorsGiveAMessage()
{
    Database db;
    QVERIFY(db.openInMemory());
    QVERIFY(!db.exec(QStringLiteral("SELEC 1")));
    QVERIFY2(db.lastError().contains(QLatin1String("syntax error")), qPrintable(db.lastError()));

    QVERIFY(!db.exec(QStringLiteral("INSERT INTO nowhere VALUES (1)")));
    QVERIFY2(db.lastError().contains(QLatin1String("no such table: nowhere")), qPrintable(db.lastError()));

    QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (x INTEGER NOT NULL UNIQUE)")));
    QVERIFY(db.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
    QVERIFY(!db.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
    QVERIFY2(db.lastError().contains(QLatin1String("UNIQUE constraint failed")), qPrintable(db.lastError()));
}

void tst_Database::useAfterCloseFails()
{
    Database db;
    QVERIFY(!db.exec(QStringLiteral("SELECT 1")));
    QVERIFY(db.lastError().contains(QLatin1String("not open")));
    QVERIFY(!db.prepare(QStringLiteral("SELECT 1")).isValid());
    QCOMPARE(db.userVersion(), -1);
    QVERIFY(!db.checkIntegrity());
    QVERIFY(!db.queryInteger(QStringLiteral("SELECT 1")).has_value());
}

void tst_Database::prepareErrorGivesInvalidStatement()
{
    Database db;
    QVERIFY(db.openInMemory());
    Statement stmt = db.prepare(QStringLiteral("SELECT x FROM missing"));
    QVERIFY(!stmt.isValid());
    QVERIFY2(db.lastError().contains(QLatin1String("no such table")), qPrintable(db.lastError()));
    // An invalid statement is inert: nothing crashes and nothing claims success.
    QVERIFY(!stmt.bind(1, QStringLiteral("x")).step());
    QVERIFY(!stmt.exec());
    QCOMPARE(stmt.columnCount(), 0);
}

void tst_Database::textRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("ascii") << QStringLiteral("Your free lawyer");
    QTest::newRow("arabic") << QStringLiteral("حقك في محامٍ مجاني");
    QTest::newRow("tigrinya-ethiopic") << QStringLiteral("ናይ ሕጊ ሓገዝ ብነጻ");
    QTest::newRow("amharic-ethiopic") << QStringLiteral("የጥገኝነት ጥያቄ");
    QTest::newRow("dari-mixed") << QStringLiteral("وکیل رایگان (IND) – 1 هفته");
    QTest::newRow("emoji-4-byte") << QStringLiteral("deadline \U0001F4C5 \U0001F6A8");
    QTest::newRow("quotes-and-newlines") << QStringLiteral("a 'quoted'\n\"line\"\t; DROP TABLE t; --");
}

void tst_Database::textRoundTrip()
{
    QFETCH(QString, text);
    const QString file = path(QStringLiteral("text.db"));
    {
        Database db;
        QVERIFY(db.open(file, Database::Mode::ReadWriteCreate));
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (v TEXT)")));
        QVERIFY(db.prepare(QStringLiteral("INSERT INTO t VALUES (?1)")).bind(1, text).exec());
    }
    Database db;
    QVERIFY(db.open(file, Database::Mode::ReadOnly));
    Statement stmt = db.prepare(QStringLiteral("SELECT v, typeof(v), length(CAST(v AS BLOB)) FROM t"));
    QVERIFY(stmt.step());
    QCOMPARE(stmt.text(0), text);
    QCOMPARE(stmt.text(1), QStringLiteral("text"));
    // Stored as UTF-8, not as UTF-16 or Latin-1.
    QCOMPARE(stmt.integer(2), qint64(text.toUtf8().size()));
    QVERIFY(!stmt.step());
    QVERIFY(!stmt.failed());
}

void tst_Database::emptyTextIsNotNull()
{
    Database db;
    QVERIFY(db.openInMemory());
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (v TEXT)")));
    Statement insert = db.prepare(QStringLiteral("INSERT INTO t VALUES (?1)"));
    QVERIFY(insert.bind(1, QString()).exec());
    Statement stmt = db.prepare(QStringLiteral("SELECT v FROM t"));
    QVERIFY(stmt.step());
    QVERIFY(!stmt.isNull(0));
    QVERIFY(stmt.text(0).isEmpty());
}

void tst_Database::blobIntegerAndNullRoundTrip()
{
    Database db;
    QVERIFY(db.openInMemory());
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (b BLOB, i INTEGER, n TEXT)")));
    QByteArray blob;
    for (int i = 0; i < 256; ++i)
        blob.append(char(i)); // includes NUL and bytes that are not UTF-8
    const qint64 big = Q_INT64_C(9007199254740993); // more than a double holds exactly
    Statement insert = db.prepare(QStringLiteral("INSERT INTO t VALUES (?1, ?2, ?3)"));
    QVERIFY(insert.bind(1, blob).bind(2, big).bindNull(3).exec());
    QVERIFY(insert.bind(1, QByteArray("x")).bind(2, qint64(-42)).bind(3, QStringLiteral("set")).exec());

    Statement stmt = db.prepare(QStringLiteral("SELECT b, i, n, typeof(b) FROM t ORDER BY rowid"));
    QCOMPARE(stmt.columnCount(), 4);
    QVERIFY(stmt.step());
    QCOMPARE(stmt.blob(0), blob);
    QCOMPARE(stmt.integer(1), big);
    QVERIFY(stmt.isNull(2));
    QVERIFY(stmt.text(2).isNull());
    QCOMPARE(stmt.text(3), QStringLiteral("blob"));
    QVERIFY(!stmt.isNull(0));
    QVERIFY(stmt.step());
    QCOMPARE(stmt.blob(0), QByteArray("x"));
    QCOMPARE(stmt.integer(1), qint64(-42));
    QCOMPARE(stmt.text(2), QStringLiteral("set"));
    QVERIFY(!stmt.isNull(2));
    QVERIFY(!stmt.step());
    QVERIFY(!stmt.failed());
}

void tst_Database::statementIsReusableAfterExec()
{
    Database db;
    QVERIFY(db.openInMemory());
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (k INTEGER, v TEXT)")));
    Statement insert = db.prepare(QStringLiteral("INSERT INTO t VALUES (?1, ?2)"));
    for (int i = 0; i < 5; ++i)
        QVERIFY(insert.bind(1, i).bind(2, QString::number(i * 10)).exec());

    Statement select = db.prepare(QStringLiteral("SELECT v FROM t WHERE k = ?1"));
    QVERIFY(select.bind(1, 3).step());
    QCOMPARE(select.text(0), QStringLiteral("30"));
    select.reset();
    QVERIFY(select.bind(1, 4).step());
    QCOMPARE(select.text(0), QStringLiteral("40"));
    select.reset();
    // reset() clears the bindings: an unbound parameter is NULL and matches nothing.
    QVERIFY(!select.step());
    QVERIFY(!select.failed());
}

void tst_Database::stepReportsFailure()
{
    Database db;
    QVERIFY(db.openInMemory());
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (v TEXT NOT NULL)")));
    Statement insert = db.prepare(QStringLiteral("INSERT INTO t VALUES (?1)"));
    QVERIFY(insert.isValid());
    insert.bindNull(1);
    QVERIFY(!insert.step());
    QVERIFY(insert.failed());
    QVERIFY2(db.lastError().contains(QLatin1String("NOT NULL constraint failed")),
             qPrintable(db.lastError()));

    Statement good = db.prepare(QStringLiteral("SELECT 1"));
    QVERIFY(good.step());
    QVERIFY(!good.step());
    QVERIFY(!good.failed());

    // A failing exec() reports false and leaves the message.
    QVERIFY(!insert.bindNull(1).exec());
    QVERIFY(db.lastError().contains(QLatin1String("NOT NULL")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM t")), 0);
}

void tst_Database::queryInteger()
{
    Database db;
    QVERIFY(db.openInMemory());
    QCOMPARE(scalar(db, QStringLiteral("SELECT 6 * 7")), 42);
    QVERIFY(!db.queryInteger(QStringLiteral("SELECT 1 WHERE 0")).has_value());
    QVERIFY(!db.queryInteger(QStringLiteral("SELECT nonsense FROM nowhere")).has_value());
}

void tst_Database::transactionRollsBackWhenNotCommitted()
{
    const QString file = path(QStringLiteral("tx.db"));
    Database db;
    QVERIFY(db.open(file, Database::Mode::ReadWriteCreate));
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (v INTEGER)")));
    {
        Transaction tx(db);
        QVERIFY(tx.isActive());
        QVERIFY(db.exec(QStringLiteral("INSERT INTO t VALUES (1), (2), (3)")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM t")), 3);
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM t")), 0);
    db.close();
    QVERIFY(db.open(file, Database::Mode::ReadOnly));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM t")), 0);
}

void tst_Database::transactionPersistsWhenCommitted()
{
    const QString file = path(QStringLiteral("tx.db"));
    {
        Database db;
        QVERIFY(db.open(file, Database::Mode::ReadWriteCreate));
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (v INTEGER)")));
        Transaction tx(db);
        QVERIFY(db.exec(QStringLiteral("INSERT INTO t VALUES (1), (2)")));
        QVERIFY(tx.commit());
        QVERIFY(!tx.isActive());
        QVERIFY(!tx.commit()); // committing twice is refused, not a second COMMIT
    }
    Database db;
    QVERIFY(db.open(file, Database::Mode::ReadOnly));
    QCOMPARE(scalar(db, QStringLiteral("SELECT sum(v) FROM t")), 3);
}

void tst_Database::secondTransactionIsNotActive()
{
    Database db;
    QVERIFY(db.openInMemory());
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (v INTEGER)")));
    Transaction outer(db);
    QVERIFY(outer.isActive());
    {
        Transaction inner(db);
        QVERIFY(!inner.isActive());
        QVERIFY(!inner.commit());
    }
    // The inner one going out of scope must not roll back the outer one's work.
    QVERIFY(db.exec(QStringLiteral("INSERT INTO t VALUES (7)")));
    QVERIFY(outer.commit());
    QCOMPARE(scalar(db, QStringLiteral("SELECT v FROM t")), 7);
}

void tst_Database::userVersion()
{
    const QString file = path(QStringLiteral("version.db"));
    {
        Database db;
        QVERIFY(db.open(file, Database::Mode::ReadWriteCreate));
        QCOMPARE(db.userVersion(), 0);
        QVERIFY(db.setUserVersion(7));
        QCOMPARE(db.userVersion(), 7);
    }
    Database db;
    QVERIFY(db.open(file, Database::Mode::ReadOnly));
    QCOMPARE(db.userVersion(), 7);
}

void tst_Database::integrityGoodDatabase()
{
    const QString file = path(QStringLiteral("good.db"));
    writeBigDatabase(file, 300);
    Database db;
    QVERIFY(db.open(file, Database::Mode::ReadOnly));
    QVERIFY2(db.checkIntegrity(), qPrintable(db.lastError()));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM notes")), 300);
}

void tst_Database::integrityRandomBytes()
{
    const QString file = path(QStringLiteral("random.db"));
    QByteArray noise(64 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(20261128);
    for (char &c : noise)
        c = char(generator.bounded(256));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(noise), noise.size());
    }
    Database db;
    // SQLite opens lazily: the damage shows on first use, and checkIntegrity() is that first use.
    QVERIFY(db.open(file, Database::Mode::ReadOnly));
    QVERIFY(!db.checkIntegrity());
    QVERIFY(!db.lastError().isEmpty());
}

void tst_Database::integrityTruncatedDatabase()
{
    const QString file = path(QStringLiteral("truncated.db"));
    writeBigDatabase(file, 400);
    const qint64 fullSize = QFileInfo(file).size();
    QVERIFY2(fullSize >= 32 * 4096, "the database should span many pages");
    QVERIFY(QFile::resize(file, fullSize / 2));

    Database db;
    QVERIFY(db.open(file, Database::Mode::ReadOnly));
    QVERIFY(!db.checkIntegrity());
    QVERIFY(!db.lastError().isEmpty());
}

void tst_Database::untrustedInputLimitsValueLength()
{
    const QString file = path(QStringLiteral("big-value.db"));
    {
        Database db;
        QVERIFY(db.open(file, Database::Mode::ReadWriteCreate));
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (k TEXT, v TEXT)")));
        Statement insert = db.prepare(QStringLiteral("INSERT INTO t VALUES (?1, ?2)"));
        QVERIFY(insert.bind(1, QStringLiteral("small")).bind(2, QStringLiteral("fine")).exec());
        QVERIFY(insert.bind(1, QStringLiteral("big")).bind(2, QString(1024 * 1024, QLatin1Char('x'))).exec());
    }
    // Without the restriction, the big value reads fine.
    {
        Database db;
        QVERIFY(db.open(file, Database::Mode::ReadOnly));
        Statement stmt = db.prepare(QStringLiteral("SELECT v FROM t WHERE k = 'big'"));
        QVERIFY(stmt.step());
        QCOMPARE(stmt.text(0).size(), 1024 * 1024);
    }
    Database db;
    QVERIFY(db.open(file, Database::Mode::ReadOnly));
    db.restrictForUntrustedInput(64 * 1024);
    QVERIFY(db.checkIntegrity());

    Statement small = db.prepare(QStringLiteral("SELECT v FROM t WHERE k = 'small'"));
    QVERIFY(small.step());
    QCOMPARE(small.text(0), QStringLiteral("fine"));

    Statement big = db.prepare(QStringLiteral("SELECT v FROM t WHERE k = 'big'"));
    QVERIFY(big.isValid());
    QVERIFY(!big.step());
    QVERIFY(big.failed());
    QVERIFY2(db.lastError().contains(QLatin1String("too big")), qPrintable(db.lastError()));
}

void tst_Database::moveKeepsConnection()
{
    Database first;
    QVERIFY(first.openInMemory());
    QVERIFY(first.exec(QStringLiteral("CREATE TABLE t (v INTEGER); INSERT INTO t VALUES (5);")));
    Database second(std::move(first));
    QVERIFY(second.isOpen());
    QCOMPARE(scalar(second, QStringLiteral("SELECT v FROM t")), 5);

    Statement a = second.prepare(QStringLiteral("SELECT v FROM t"));
    Statement b;
    b = std::move(a);
    QVERIFY(b.isValid());
    QVERIFY(b.step());
    QCOMPARE(b.integer(0), 5);
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
