#include "PackFixture.h"
#include "content/ContentSchema.h"
#include "content/PackBuilder.h"
#include "storage/Database.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using rc::content::PackBuilder;
using rc::content::PackSource;
using rc::storage::Database;
using namespace rc::test;

namespace {

qint64 scalar(Database &db, const QString &sql)
{
    return db.queryInteger(sql).value_or(-1);
}

QStringList column(Database &db, const QString &sql)
{
    QStringList values;
    auto stmt = db.prepare(sql);
    while (stmt.step())
        values.append(stmt.text(0));
    return values;
}

PackSource loadMinimal()
{
    rc::content::Diagnostics diagnostics;
    PackSource pack = PackSource::load(fixturePack(QStringLiteral("minimal")), fixtureToday(), diagnostics);
    [&] { QVERIFY2(diagnostics.isEmpty(), qPrintable(joinDiagnostics(diagnostics))); }();
    return pack;
}

// Everything in a folder, so a test can see that nothing (no temporary file) was left behind.
QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

} // namespace

class tst_PackBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void buildWritesPackFile();
    void packHoldsExpectedRows();
    void buildIsDeterministic();
    void rebuildReplacesOldFile();
    void createsMissingOutputFolders();
    void outputUnderAFileFails();
    void targetThatIsAFolderFailsWithoutLeftovers();
    void writeErrorLeavesNoFile();
    void storesNoticesGlossaryAndEffectiveStatuses();

private:
    QString dir(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_PackBuilder::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_PackBuilder::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_PackBuilder::buildWritesPackFile()
{
    const PackSource pack = loadMinimal();
    QString error;
    const QString written = PackBuilder::build(pack, dir(QStringLiteral("out")), &error);
    QVERIFY2(!written.isEmpty(), qPrintable(error));
    QCOMPARE(written, dir(QStringLiteral("out/minimal.rcpack")));
    QCOMPARE(PackBuilder::fileNameFor(QStringLiteral("minimal")), QStringLiteral("minimal.rcpack"));
    QVERIFY(QFileInfo(written).isFile());
    QCOMPARE(entries(dir(QStringLiteral("out"))), QStringList { QStringLiteral("minimal.rcpack") });
    QVERIFY(readFile(written).startsWith(QByteArray("SQLite format 3\0", 16)));
    // A pack is published: others (a web server, the app's package) must be able to read it.
    QVERIFY(QFileInfo(written).permissions().testFlags(QFileDevice::ReadGroup | QFileDevice::ReadOther));
}

void tst_PackBuilder::packHoldsExpectedRows()
{
    const PackSource pack = loadMinimal();
    QString error;
    const QString written = PackBuilder::build(pack, dir(QStringLiteral("out")), &error);
    QVERIFY2(!written.isEmpty(), qPrintable(error));

    Database db;
    QVERIFY(db.open(written, Database::Mode::ReadOnly));
    QVERIFY(db.checkIntegrity());
    QCOMPARE(db.userVersion(), rc::content::contentSchemaVersion());

    // One row per pack, language, topic, article, translation and source.
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM packs")), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM pack_texts")), 2);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM topics")), 2);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM topic_texts")), 4);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM articles")), 2);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM article_topics")), 3);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM article_texts")), 4);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM article_sources")), 3 + 2 + 1 + 1);
    for (const auto &table : rc::content::contentTables()) {
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT count(*) FROM %1 WHERE pack <> 'minimal'")
                            .arg(QLatin1String(table.name))),
                 0);
    }

    auto header = db.prepare(QStringLiteral("SELECT pack, version, digest, content_date, region, "
                                            "default_language, languages, publisher FROM packs"));
    QVERIFY(header.step());
    QCOMPARE(header.text(0), QStringLiteral("minimal"));
    QCOMPARE(header.integer(1), 1);
    QCOMPARE(header.text(2), QString::fromLatin1(pack.digest.toHex()));
    QCOMPARE(header.text(3), QStringLiteral("2025-05-20"));
    QCOMPARE(header.text(4), QStringLiteral("NL"));
    QCOMPARE(header.text(5), QStringLiteral("en"));
    QCOMPARE(header.text(6), QStringLiteral("en,nl"));
    QCOMPARE(header.text(7), QStringLiteral("Rights Companion tests"));

    QCOMPARE(column(db, QStringLiteral("SELECT title FROM pack_texts ORDER BY lang")),
             QStringList({ QStringLiteral("Minimal test pack"), QStringLiteral("Minimaal testpakket") }));
    QCOMPARE(column(db, QStringLiteral("SELECT topic FROM topics ORDER BY position")),
             QStringList({ QStringLiteral("start"), QStringLiteral("legal-help") }));
    QCOMPARE(
        column(db, QStringLiteral("SELECT summary FROM topic_texts WHERE topic = 'start' ORDER BY lang")),
        QStringList({ QStringLiteral("Your first days"), QStringLiteral("Je eerste dagen") }));
    // Article order comes from "order:", not from the folder names.
    QCOMPARE(column(db, QStringLiteral("SELECT article FROM articles ORDER BY position")),
             QStringList({ QStringLiteral("registration"), QStringLiteral("lawyer") }));
    QCOMPARE(
        column(db,
               QStringLiteral("SELECT topic FROM article_topics WHERE article = 'lawyer' ORDER BY topic")),
        QStringList({ QStringLiteral("legal-help"), QStringLiteral("start") }));

    auto text = db.prepare(QStringLiteral("SELECT title, summary, body, status, checked FROM article_texts "
                                          "WHERE article = 'registration' AND lang = 'nl'"));
    QVERIFY(text.step());
    QCOMPARE(text.text(0), QStringLiteral("Aanmelden bij aankomst"));
    QCOMPARE(text.text(1), QStringLiteral("Waar je eerst heen gaat en wat je meeneemt."));
    QCOMPARE(
        text.text(2),
        QStringLiteral(
            "Ga naar het aanmeldcentrum en zeg dat je asiel wilt aanvragen \u2013 neem je papieren mee."));
    QCOMPARE(text.text(3), QStringLiteral("outdated"));
    QCOMPARE(text.text(4), QStringLiteral("2025-05-20"));

    QCOMPARE(column(db,
                    QStringLiteral("SELECT url FROM article_sources WHERE article = 'lawyer' AND lang = 'en' "
                                   "ORDER BY position")),
             QStringList({ QStringLiteral("https://www.rvr.org/"), QStringLiteral("https://www.ind.nl/en"),
                           QStringLiteral("https://www.example.org/advice") }));
}

void tst_PackBuilder::buildIsDeterministic()
{
    QString error;
    const QString first = buildPack(fixturePack(QStringLiteral("minimal")), dir(QStringLiteral("a")), &error);
    QVERIFY2(!first.isEmpty(), qPrintable(error));
    // A second, separate load and build, as on another machine.
    const QString second
        = buildPack(fixturePack(QStringLiteral("minimal")), dir(QStringLiteral("b")), &error);
    QVERIFY2(!second.isEmpty(), qPrintable(error));
    const QByteArray bytes = readFile(first);
    QVERIFY(bytes.size() > 0);
    QVERIFY2(bytes == readFile(second), "two builds of the same source differ");

    // And a different source gives a different file.
    const QString copy = copyPack(fixturePack(QStringLiteral("minimal")), dir(QStringLiteral("src")));
    QVERIFY(replaceInFile(copy + QStringLiteral("/articles/lawyer/en.md"), "for free", "free of charge"));
    const QString changed = buildPack(copy, dir(QStringLiteral("c")), &error);
    QVERIFY2(!changed.isEmpty(), qPrintable(error));
    QVERIFY(readFile(changed) != bytes);
}

void tst_PackBuilder::rebuildReplacesOldFile()
{
    const QString out = dir(QStringLiteral("out"));
    QVERIFY(writeFile(out + QStringLiteral("/minimal.rcpack"), "an old, broken pack"));
    QString error;
    const QString written = buildPack(fixturePack(QStringLiteral("minimal")), out, &error);
    QVERIFY2(!written.isEmpty(), qPrintable(error));
    Database db;
    QVERIFY(db.open(written, Database::Mode::ReadOnly));
    QVERIFY(db.checkIntegrity());
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM articles")), 2);
    QCOMPARE(entries(out), QStringList { QStringLiteral("minimal.rcpack") });
}

void tst_PackBuilder::createsMissingOutputFolders()
{
    QString error;
    const QString out = dir(QStringLiteral("not/yet/there"));
    const QString written = buildPack(fixturePack(QStringLiteral("minimal")), out, &error);
    QVERIFY2(!written.isEmpty(), qPrintable(error));
    QVERIFY(QFileInfo(written).isFile());
}

void tst_PackBuilder::outputUnderAFileFails()
{
    // The parent of the output folder is a file: nothing can be created there (this holds for root too).
    const QString blocker = dir(QStringLiteral("blocker"));
    QVERIFY(writeFile(blocker, "a file, not a folder"));
    const PackSource pack = loadMinimal();
    QString error;
    const QString written = PackBuilder::build(pack, blocker + QStringLiteral("/out"), &error);
    QVERIFY(written.isEmpty());
    QVERIFY2(error.contains(blocker), qPrintable(error));
    QCOMPARE(readFile(blocker), QByteArray("a file, not a folder"));
    QCOMPARE(entries(m_dir->path()), QStringList { QStringLiteral("blocker") });
}

void tst_PackBuilder::targetThatIsAFolderFailsWithoutLeftovers()
{
    // The pack is written completely under a temporary name, then cannot be moved into place.
    const QString out = dir(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(out + QStringLiteral("/minimal.rcpack")));
    const PackSource pack = loadMinimal();
    QString error;
    const QString written = PackBuilder::build(pack, out, &error);
    QVERIFY(written.isEmpty());
    QVERIFY2(error.contains(QLatin1String("minimal.rcpack")), qPrintable(error));
    QCOMPARE(entries(out), QStringList { QStringLiteral("minimal.rcpack") });
    QVERIFY(QFileInfo(out + QStringLiteral("/minimal.rcpack")).isDir());
}

void tst_PackBuilder::writeErrorLeavesNoFile()
{
    // A source the linter would never pass (a topic twice) makes the database refuse a row midway.
    PackSource pack = loadMinimal();
    pack.topics.append(pack.topics.first());
    const QString out = dir(QStringLiteral("out"));
    QString error;
    const QString written = PackBuilder::build(pack, out, &error);
    QVERIFY(written.isEmpty());
    QVERIFY2(error.contains(QLatin1String("topic start")), qPrintable(error));
    QCOMPARE(entries(out), QStringList());
}

void tst_PackBuilder::storesNoticesGlossaryAndEffectiveStatuses()
{
    QString error;
    const QString written
        = buildPack(fixturePack(QStringLiteral("showcase")), dir(QStringLiteral("out")), &error);
    QVERIFY2(!written.isEmpty(), qPrintable(error));
    Database db;
    QVERIFY(db.open(written, Database::Mode::ReadOnly));
    QCOMPARE(db.userVersion(), rc::content::contentSchemaVersion());

    // The notice is the article's (from the English file), not per language.
    QCOMPARE(column(db, QStringLiteral("SELECT article || '=' || notice FROM articles ORDER BY position")),
             QStringList({ QStringLiteral("law-changing="), QStringLiteral("appeal-time=law-changing"),
                           QStringLiteral("english-only=") }));

    // Effective statuses: the Dutch appeal text says "machine", but its English text changed since.
    QCOMPARE(column(db,
                    QStringLiteral("SELECT article || '/' || lang || '=' || status FROM article_texts "
                                   "ORDER BY article, lang")),
             QStringList(
                 { QStringLiteral("appeal-time/en=reviewed"), QStringLiteral("appeal-time/nl=outdated"),
                   QStringLiteral("english-only/en=reviewed"), QStringLiteral("law-changing/ar=machine"),
                   QStringLiteral("law-changing/en=reviewed"), QStringLiteral("law-changing/nl=machine") }));

    // The glossary: every language's entries in the order of the English glossary, Dutch terms throughout.
    QCOMPARE(column(db,
                    QStringLiteral(
                        "SELECT lang || ':' || position || ':' || entry || '=' || term || ' ' || status "
                        "FROM glossary_texts ORDER BY lang, position")),
             QStringList({ QStringLiteral("ar:0:advocaat=Advocaat machine"),
                           QStringLiteral("ar:1:nader-gehoor=Nader gehoor machine"),
                           QStringLiteral("ar:2:voornemen=Voornemen machine"),
                           QStringLiteral("en:0:advocaat=Advocaat reviewed"),
                           QStringLiteral("en:1:nader-gehoor=Nader gehoor reviewed"),
                           QStringLiteral("en:2:voornemen=Voornemen reviewed"),
                           QStringLiteral("nl:0:advocaat=Advocaat outdated"),
                           QStringLiteral("nl:1:nader-gehoor=Nader gehoor outdated") }));
    QCOMPARE(column(db,
                    QStringLiteral(
                        "SELECT explanation FROM glossary_texts WHERE lang = 'en' AND entry = 'voornemen'")),
             QStringList {
                 QStringLiteral("A letter that says the IND plans to reject your application. It comes after "
                                "the [nader gehoor](glossary:nader-gehoor). Read [what is changing]"
                                "(article:law-changing).") });

    // A pack without a glossary has an empty table, and articles without a notice.
    const QString minimal
        = buildPack(fixturePack(QStringLiteral("minimal")), dir(QStringLiteral("minimal")), &error);
    QVERIFY2(!minimal.isEmpty(), qPrintable(error));
    Database plain;
    QVERIFY(plain.open(minimal, Database::Mode::ReadOnly));
    QCOMPARE(scalar(plain, QStringLiteral("SELECT count(*) FROM glossary_texts")), 0);
    QCOMPARE(scalar(plain, QStringLiteral("SELECT count(*) FROM articles WHERE notice <> ''")), 0);
}

QTEST_GUILESS_MAIN(tst_PackBuilder)
#include "tst_packbuilder.moc"
