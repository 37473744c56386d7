#include "PackFixture.h"
#include "content/ContentSchema.h"
#include "content/ContentStore.h"
#include "storage/Database.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using rc::content::ContentStore;
using rc::storage::Database;
using namespace rc::test;

using ImportStatus = ContentStore::ImportStatus;

namespace rc::content {
// Lets QCOMPARE print the status by name.
char *toString(ContentStore::ImportStatus status)
{
    switch (status) {
    case ContentStore::ImportStatus::Installed:
        return qstrdup("Installed");
    case ContentStore::ImportStatus::AlreadyCurrent:
        return qstrdup("AlreadyCurrent");
    case ContentStore::ImportStatus::Refused:
        return qstrdup("Refused");
    case ContentStore::ImportStatus::Failed:
        return qstrdup("Failed");
    }
    return qstrdup("?");
}
} // namespace rc::content

namespace {

QByteArray randomBytes(int size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (char &c : bytes)
        c = char(generator.bounded(256));
    return bytes;
}

} // namespace

class tst_ContentStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void openCreatesAndMigrates();
    void importInstallsThenIsCurrent();
    void textsInRequestedLanguage();
    void fallsBackToDefaultLanguage();
    void unknownArticleIsNullopt();
    void sameVersionWithNewContentIsInstalled();
    void olderVersionIsRefused();
    void hostilePackFails_data();
    void hostilePackFails();
    void packWithoutCheckConstraintAndBadStatusFails();
    void oversizedValueFailsAndRollsBack();
    void importIntoClosedStoreFails();
    void garbageDatabaseIsSetAside();
    void newerDatabaseIsSetAside();
    void contentSurvivesReopen();
    void glossaryFallsBackPerEntry();
    void articleCarriesItsNotice();
    void databaseFromBeforeTheGlossaryIsMigratedAndReinstalled();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // A copy of the built `minimal` pack that a test may tamper with.
    QString packCopy(const QString &name);
    // Builds a copy of `minimal` after `edit` changed its source.
    QString buildVariant(const QString &name, const std::function<bool(const QString &)> &edit);
    // A store with the built `minimal` installed.
    bool openWithMinimal(ContentStore &store);

    std::unique_ptr<QTemporaryDir> m_dir;
    QTemporaryDir m_built;
    QString m_minimal; // the built pack, shared by all tests (read-only)
};

void tst_ContentStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_built.isValid());
    QString error;
    m_minimal = buildPack(fixturePack(QStringLiteral("minimal")), m_built.path(), &error);
    QVERIFY2(!m_minimal.isEmpty(), qPrintable(error));
}

void tst_ContentStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString tst_ContentStore::packCopy(const QString &name)
{
    const QString copy = path(name);
    return QFile::copy(m_minimal, copy)
            && QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        ? copy
        : QString();
}

QString tst_ContentStore::buildVariant(const QString &name, const std::function<bool(const QString &)> &edit)
{
    const QString source
        = copyPack(fixturePack(QStringLiteral("minimal")), path(QStringLiteral("src-") + name));
    if (source.isEmpty() || !edit(source))
        return {};
    QString error;
    const QString built = buildPack(source, path(QStringLiteral("out-") + name), &error);
    if (built.isEmpty())
        qWarning("%s", qPrintable(error));
    return built;
}

bool tst_ContentStore::openWithMinimal(ContentStore &store)
{
    return store.open(path(QStringLiteral("content.db")))
        && store.importPack(m_minimal).status == ImportStatus::Installed;
}

void tst_ContentStore::openCreatesAndMigrates()
{
    const QString file = path(QStringLiteral("data/nested/content.db"));
    ContentStore store;
    QVERIFY2(store.open(file), qPrintable(store.lastError()));
    QVERIFY(store.isOpen());
    QVERIFY(store.recoveryNotice().isEmpty());
    QVERIFY(QFileInfo(file).isFile());
    QVERIFY(store.packs(QStringLiteral("en")).isEmpty());
    QVERIFY(store.topics(QStringLiteral("en")).isEmpty());
    QVERIFY(!store.contentDate().isValid());

    Database db;
    QVERIFY(db.open(file, Database::Mode::ReadOnly));
    QCOMPARE(db.userVersion(), rc::content::contentSchemaVersion());
    QCOMPARE(db.queryInteger(QStringLiteral("SELECT count(*) FROM article_texts")).value_or(-1), 0);
}

void tst_ContentStore::importInstallsThenIsCurrent()
{
    ContentStore store;
    QVERIFY(store.open(path(QStringLiteral("content.db"))));
    const auto first = store.importPack(m_minimal);
    QCOMPARE(first.status, ImportStatus::Installed);
    QCOMPARE(first.packId, QStringLiteral("minimal"));
    QVERIFY2(first.message.isEmpty(), qPrintable(first.message));

    const auto second = store.importPack(m_minimal);
    QCOMPARE(second.status, ImportStatus::AlreadyCurrent);
    QCOMPARE(second.packId, QStringLiteral("minimal"));

    const auto packs = store.packs(QStringLiteral("en"));
    QCOMPARE(packs.size(), 1);
    QCOMPARE(packs.first().id, QStringLiteral("minimal"));
    QCOMPARE(packs.first().version, 1);
    QCOMPARE(packs.first().publisher, QStringLiteral("Rights Companion tests"));
    QCOMPARE(packs.first().contentDate, QDate(2025, 5, 20));
    QCOMPARE(packs.first().digest.size(), 64);
    QCOMPARE(store.contentDate(), QDate(2025, 5, 20));
}

void tst_ContentStore::textsInRequestedLanguage()
{
    ContentStore store;
    QVERIFY(openWithMinimal(store));

    const auto packs = store.packs(QStringLiteral("nl"));
    QCOMPARE(packs.size(), 1);
    QCOMPARE(packs.first().title, QStringLiteral("Minimaal testpakket"));
    QCOMPARE(packs.first().disclaimer, QStringLiteral("Testinhoud, geen advies."));

    // Topics in the order of topics.json, with their article counts.
    const auto topics = store.topics(QStringLiteral("nl"));
    QCOMPARE(topics.size(), 2);
    QCOMPARE(topics.at(0).id, QStringLiteral("start"));
    QCOMPARE(topics.at(0).title, QStringLiteral("Eerste stappen"));
    QCOMPARE(topics.at(0).summary, QStringLiteral("Je eerste dagen"));
    QCOMPARE(topics.at(0).icon, QStringLiteral("arrival"));
    QCOMPARE(topics.at(0).articleCount, 2);
    QCOMPARE(topics.at(1).id, QStringLiteral("legal-help"));
    QCOMPARE(topics.at(1).title, QStringLiteral("Juridische hulp"));
    QCOMPARE(topics.at(1).articleCount, 1);

    // Articles in their "order:", not alphabetically.
    const auto articles = store.articles(QStringLiteral("start"), QStringLiteral("nl"));
    QCOMPARE(articles.size(), 2);
    QCOMPARE(articles.at(0).id, QStringLiteral("registration"));
    QCOMPARE(articles.at(0).title, QStringLiteral("Aanmelden bij aankomst"));
    QCOMPARE(articles.at(0).language, QStringLiteral("nl"));
    QCOMPARE(articles.at(0).status, QStringLiteral("outdated"));
    QCOMPARE(articles.at(0).checked, QDate(2025, 5, 20));
    QCOMPARE(articles.at(1).id, QStringLiteral("lawyer"));
    QCOMPARE(articles.at(1).title, QStringLiteral("Je gratis advocaat"));
    QCOMPARE(store.articles(QStringLiteral("legal-help"), QStringLiteral("nl")).size(), 1);
    QVERIFY(store.articles(QStringLiteral("no-such-topic"), QStringLiteral("nl")).isEmpty());

    const auto lawyerNl
        = store.article(QStringLiteral("minimal"), QStringLiteral("lawyer"), QStringLiteral("nl"));
    QVERIFY(lawyerNl.has_value());
    QCOMPARE(lawyerNl->title, QStringLiteral("Je gratis advocaat"));
    QCOMPARE(lawyerNl->summary, QStringLiteral("Een advocaat helpt je gratis tijdens de procedure."));
    QCOMPARE(lawyerNl->body, QStringLiteral("Je hebt recht op een [gratis advocaat](https://www.rvr.org/)."));
    QCOMPARE(lawyerNl->language, QStringLiteral("nl"));
    QCOMPARE(lawyerNl->status, QStringLiteral("machine"));
    QCOMPARE(lawyerNl->checked, QDate(2025, 2, 1));
    QCOMPARE(lawyerNl->sources,
             QStringList({ QStringLiteral("https://www.rvr.org/"), QStringLiteral("https://www.ind.nl/") }));

    // Sources in the order the author wrote them (not sorted).
    const auto lawyerEn
        = store.article(QStringLiteral("minimal"), QStringLiteral("lawyer"), QStringLiteral("en"));
    QVERIFY(lawyerEn.has_value());
    QCOMPARE(lawyerEn->title, QStringLiteral("Your free lawyer"));
    QCOMPARE(lawyerEn->sources,
             QStringList({ QStringLiteral("https://www.rvr.org/"), QStringLiteral("https://www.ind.nl/en"),
                           QStringLiteral("https://www.example.org/advice") }));
}

void tst_ContentStore::fallsBackToDefaultLanguage()
{
    // The registration article has no Dutch text in this variant.
    const QString pack = buildVariant(QStringLiteral("no-nl"), [](const QString &source) {
        return QFile::remove(source + QStringLiteral("/articles/registration/nl.md"));
    });
    QVERIFY(!pack.isEmpty());
    ContentStore store;
    QVERIFY(store.open(path(QStringLiteral("content.db"))));
    QCOMPARE(store.importPack(pack).status, ImportStatus::Installed);

    const auto registration
        = store.article(QStringLiteral("minimal"), QStringLiteral("registration"), QStringLiteral("nl"));
    QVERIFY(registration.has_value());
    QCOMPARE(registration->language, QStringLiteral("en"));
    QCOMPARE(registration->title, QStringLiteral("Registering on arrival"));
    QCOMPARE(registration->sources, QStringList { QStringLiteral("https://www.ind.nl/en/asylum") });

    const auto articles = store.articles(QStringLiteral("start"), QStringLiteral("nl"));
    QCOMPARE(articles.size(), 2);
    QCOMPARE(articles.at(0).id, QStringLiteral("registration"));
    QCOMPARE(articles.at(0).language, QStringLiteral("en"));
    QCOMPARE(articles.at(0).title, QStringLiteral("Registering on arrival"));
    QCOMPARE(articles.at(1).language, QStringLiteral("nl")); // the lawyer article still is in Dutch

    // A language the pack does not have at all: everything in the default language.
    const auto topics = store.topics(QStringLiteral("ti"));
    QCOMPARE(topics.size(), 2);
    QCOMPARE(topics.at(0).title, QStringLiteral("Getting started"));
    QCOMPARE(store.packs(QStringLiteral("ti")).first().title, QStringLiteral("Minimal test pack"));
    QCOMPARE(
        store.article(QStringLiteral("minimal"), QStringLiteral("lawyer"), QStringLiteral("ti"))->language,
        QStringLiteral("en"));
}

void tst_ContentStore::unknownArticleIsNullopt()
{
    ContentStore store;
    QVERIFY(openWithMinimal(store));
    QVERIFY(!store.article(QStringLiteral("minimal"), QStringLiteral("no-such-article"), QStringLiteral("en"))
                 .has_value());
    QVERIFY(!store.article(QStringLiteral("other-pack"), QStringLiteral("lawyer"), QStringLiteral("en"))
                 .has_value());
    QVERIFY(!store.article(QStringLiteral("minimal"), QStringLiteral("' OR 1=1 --"), QStringLiteral("en"))
                 .has_value());
}

void tst_ContentStore::sameVersionWithNewContentIsInstalled()
{
    // A corrected text published without raising the version still reaches the reader.
    const QString corrected = buildVariant(QStringLiteral("corrected"), [](const QString &source) {
        return replaceInFile(source + QStringLiteral("/articles/lawyer/en.md"), "title: Your free lawyer",
                             "title: Your free lawyer (corrected)");
    });
    QVERIFY(!corrected.isEmpty());
    ContentStore store;
    QVERIFY(openWithMinimal(store));
    QCOMPARE(store.importPack(corrected).status, ImportStatus::Installed);
    QCOMPARE(store.article(QStringLiteral("minimal"), QStringLiteral("lawyer"), QStringLiteral("en"))->title,
             QStringLiteral("Your free lawyer (corrected)"));
    // Replaced, not added: still one pack with two articles.
    QCOMPARE(store.packs(QStringLiteral("en")).size(), 1);
    QCOMPARE(store.articles(QStringLiteral("start"), QStringLiteral("en")).size(), 2);
}

void tst_ContentStore::olderVersionIsRefused()
{
    const QString newer = buildVariant(QStringLiteral("v2"), [](const QString &source) {
        return replaceInFile(source + QStringLiteral("/pack.json"), "\"version\": 1", "\"version\": 2")
            && replaceInFile(source + QStringLiteral("/articles/lawyer/en.md"), "title: Your free lawyer",
                             "title: Your free lawyer, version 2");
    });
    QVERIFY(!newer.isEmpty());
    ContentStore store;
    QVERIFY(store.open(path(QStringLiteral("content.db"))));
    QCOMPARE(store.importPack(newer).status, ImportStatus::Installed);

    const auto result = store.importPack(m_minimal);
    QCOMPARE(result.status, ImportStatus::Refused);
    QCOMPARE(result.packId, QStringLiteral("minimal"));
    QVERIFY2(result.message.contains(QLatin1String("older")), qPrintable(result.message));
    QCOMPARE(store.packs(QStringLiteral("en")).first().version, 2);
    QCOMPARE(store.article(QStringLiteral("minimal"), QStringLiteral("lawyer"), QStringLiteral("en"))->title,
             QStringLiteral("Your free lawyer, version 2"));
}

void tst_ContentStore::hostilePackFails_data()
{
    // How to spoil a copy of the built pack, and a fragment of the message the user sees.
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("truncated to half") << QStringLiteral("truncate") << QStringLiteral("damaged");
    QTest::newRow("random bytes") << QStringLiteral("random") << QStringLiteral("minimal.rcpack");
    QTest::newRow("empty file") << QStringLiteral("empty") << QStringLiteral("format 0");
    QTest::newRow("rows of another pack") << QStringLiteral("sql:UPDATE article_texts SET pack = 'other'")
                                          << QStringLiteral("table article_texts holds rows of another pack");
    QTest::newRow("a source of another pack")
        << QStringLiteral("sql:UPDATE article_sources SET pack = 'nl' WHERE position = 0")
        << QStringLiteral("another pack");
    QTest::newRow("two pack records")
        << QStringLiteral("sql:INSERT INTO packs SELECT 'second', version, digest, content_date, "
                          "region, default_language, languages, publisher FROM packs")
        << QStringLiteral("more than one pack");
    QTest::newRow("no pack record") << QStringLiteral("sql:DELETE FROM packs")
                                    << QStringLiteral("no pack record");
    QTest::newRow("pack id with a path")
        << QStringLiteral("sql:UPDATE packs SET pack = '../x'") << QStringLiteral("malformed");
    QTest::newRow("bad content date")
        << QStringLiteral("sql:UPDATE packs SET content_date = 'soon'") << QStringLiteral("malformed");
    QTest::newRow("bad checked date") << QStringLiteral("sql:UPDATE article_texts SET checked = '2025-02-30'")
                                      << QStringLiteral("malformed status, text or date");
    QTest::newRow("body as a blob") << QStringLiteral(
        "sql:UPDATE article_texts SET body = CAST(body AS BLOB)")
                                    << QStringLiteral("malformed status, text or date");
    QTest::newRow("missing table") << QStringLiteral("sql:DROP TABLE article_sources")
                                   << QStringLiteral("table article_sources is missing");
    QTest::newRow("format 99") << QStringLiteral("sql:PRAGMA user_version = 99")
                               << QStringLiteral("format 99");
    QTest::newRow("format 0") << QStringLiteral("sql:PRAGMA user_version = 0") << QStringLiteral("format 0");
    QTest::newRow("format 1, from before the glossary")
        << QStringLiteral("sql:PRAGMA user_version = 1") << QStringLiteral("format 1");
    QTest::newRow("glossary rows of another pack")
        << QStringLiteral("sql:INSERT INTO glossary_texts VALUES ('nl', 'en', 'x', 0, 'X', 'x', 'reviewed')")
        << QStringLiteral("table glossary_texts holds rows of another pack");
    QTest::newRow("glossary term as a blob") << QStringLiteral(
        "sql:INSERT INTO glossary_texts VALUES ('minimal', 'en', 'x', 0, CAST('X' AS BLOB), 'x', "
        "'reviewed')") << QStringLiteral("some glossary entries have a malformed status or text");
    QTest::newRow("missing glossary table") << QStringLiteral("sql:DROP TABLE glossary_texts")
                                            << QStringLiteral("table glossary_texts is missing");
}

void tst_ContentStore::hostilePackFails()
{
    QFETCH(QString, damage);
    QFETCH(QString, fragment);

    ContentStore store;
    QVERIFY(openWithMinimal(store));

    const QString pack = packCopy(QStringLiteral("minimal.rcpack"));
    QVERIFY(!pack.isEmpty());
    if (damage == QLatin1String("truncate")) {
        QVERIFY(QFile::resize(pack, QFileInfo(pack).size() / 2));
    } else if (damage == QLatin1String("random")) {
        QVERIFY(writeFile(pack, randomBytes(int(QFileInfo(m_minimal).size()), 7)));
    } else if (damage == QLatin1String("empty")) {
        QVERIFY(writeFile(pack, QByteArray()));
    } else {
        QVERIFY(damage.startsWith(QLatin1String("sql:")));
        Database db;
        QVERIFY(db.open(pack, Database::Mode::ReadWriteCreate));
        // Raise the version so the pack is not skipped as already installed.
        QVERIFY(db.exec(QStringLiteral("UPDATE packs SET version = 5")));
        QVERIFY2(db.exec(damage.mid(4)), qPrintable(db.lastError()));
    }

    const auto result = store.importPack(pack);
    QCOMPARE(result.status, ImportStatus::Failed);
    QVERIFY2(result.message.contains(fragment), qPrintable(result.message));

    // What was installed before is untouched and readable.
    const auto packs = store.packs(QStringLiteral("en"));
    QCOMPARE(packs.size(), 1);
    QCOMPARE(packs.first().version, 1);
    const auto lawyer
        = store.article(QStringLiteral("minimal"), QStringLiteral("lawyer"), QStringLiteral("nl"));
    QVERIFY(lawyer.has_value());
    QCOMPARE(lawyer->title, QStringLiteral("Je gratis advocaat"));
    QCOMPARE(lawyer->sources.size(), 2);
    QCOMPARE(store.articles(QStringLiteral("start"), QStringLiteral("en")).size(), 2);
}

void tst_ContentStore::packWithoutCheckConstraintAndBadStatusFails()
{
    // The schema's CHECK cannot be dropped from a table, so make a pack by hand with a schema without
    // it, copy the real rows into it, then give one text a status the app does not know.
    QString schema;
    for (const auto &step : rc::content::contentMigrations())
        schema += QString::fromUtf8(step.sql);
    const QString check = QStringLiteral(" CHECK (status IN ('reviewed', 'machine', 'outdated'))");
    QCOMPARE(schema.count(check), 4); // article_texts, glossary_texts, procedure_texts and contact_texts
    schema.remove(check);

    const QString pack = path(QStringLiteral("handmade.rcpack"));
    {
        Database db;
        QVERIFY(db.open(pack, Database::Mode::ReadWriteCreate));
        QVERIFY2(db.exec(schema), qPrintable(db.lastError()));
        QVERIFY(db.setUserVersion(rc::content::contentSchemaVersion()));
        QVERIFY(db.exec(QStringLiteral("ATTACH DATABASE '%1' AS built").arg(m_minimal)));
        for (const auto &table : rc::content::contentTables()) {
            const QString name = QString::fromUtf8(table.name);
            QVERIFY2(db.exec(QStringLiteral("INSERT INTO main.%1 SELECT * FROM built.%1").arg(name)),
                     qPrintable(db.lastError()));
        }
        QVERIFY(db.exec(QStringLiteral("DETACH DATABASE built")));
        QVERIFY(db.exec(QStringLiteral("UPDATE article_texts SET status = 'approved-by-nobody' "
                                       "WHERE article = 'lawyer' AND lang = 'nl'")));
    }

    ContentStore store;
    QVERIFY(store.open(path(QStringLiteral("content.db"))));
    const auto result = store.importPack(pack);
    QCOMPARE(result.status, ImportStatus::Failed);
    QVERIFY2(result.message.contains(QLatin1String("malformed status")), qPrintable(result.message));
    QVERIFY(store.packs(QStringLiteral("en")).isEmpty());
    QVERIFY(!store.article(QStringLiteral("minimal"), QStringLiteral("lawyer"), QStringLiteral("nl"))
                 .has_value());

    // The same rows with a known status install fine: the hand-made schema is not the problem.
    {
        Database db;
        QVERIFY(db.open(pack, Database::Mode::ReadWriteCreate));
        QVERIFY(db.exec(QStringLiteral(
            "UPDATE article_texts SET status = 'machine' WHERE status = 'approved-by-nobody'")));
    }
    QCOMPARE(store.importPack(pack).status, ImportStatus::Installed);
    QCOMPARE(store.article(QStringLiteral("minimal"), QStringLiteral("lawyer"), QStringLiteral("nl"))->status,
             QStringLiteral("machine"));
}

void tst_ContentStore::oversizedValueFailsAndRollsBack()
{
    // One article body over ContentStore::MaxValueBytes: the copy stops midway (the pack record and
    // topics are already replaced by then) and everything must roll back.
    const QString pack = packCopy(QStringLiteral("huge.rcpack"));
    QVERIFY(!pack.isEmpty());
    {
        Database db;
        QVERIFY(db.open(pack, Database::Mode::ReadWriteCreate));
        QVERIFY(db.exec(QStringLiteral("UPDATE packs SET version = 2")));
        QVERIFY(db
                    .prepare(QStringLiteral(
                        "UPDATE article_texts SET body = ?1 WHERE article = 'registration' AND lang = 'nl'"))
                    .bind(1, QString(ContentStore::MaxValueBytes + 1024, QLatin1Char('x')))
                    .exec());
    }
    ContentStore store;
    QVERIFY(openWithMinimal(store));
    const auto result = store.importPack(pack);
    QCOMPARE(result.status, ImportStatus::Failed);
    QVERIFY2(result.message.contains(QLatin1String("too big")), qPrintable(result.message));

    QCOMPARE(store.packs(QStringLiteral("en")).first().version, 1);
    const auto registration
        = store.article(QStringLiteral("minimal"), QStringLiteral("registration"), QStringLiteral("nl"));
    QVERIFY(registration.has_value());
    QVERIFY(registration->body.startsWith(QLatin1String("Ga naar het aanmeldcentrum")));
    QCOMPARE(store.topics(QStringLiteral("en")).size(), 2);
}

void tst_ContentStore::importIntoClosedStoreFails()
{
    ContentStore store;
    QCOMPARE(store.importPack(m_minimal).status, ImportStatus::Failed);
    QVERIFY(store.open(path(QStringLiteral("content.db"))));
    const auto missing = store.importPack(path(QStringLiteral("no-such.rcpack")));
    QCOMPARE(missing.status, ImportStatus::Failed);
    QVERIFY(missing.message.contains(QLatin1String("not found")));
    const auto folder = store.importPack(m_dir->path());
    QCOMPARE(folder.status, ImportStatus::Failed);
}

void tst_ContentStore::garbageDatabaseIsSetAside()
{
    const QString file = path(QStringLiteral("content.db"));
    const QByteArray garbage = randomBytes(20000, 11);
    QVERIFY(writeFile(file, garbage));

    ContentStore store;
    QVERIFY2(store.open(file), qPrintable(store.lastError()));
    QVERIFY(store.isOpen());
    QVERIFY(!store.recoveryNotice().isEmpty());
    // The damaged file is kept as it was, for anyone who wants to look at it.
    QCOMPARE(readFile(file + QStringLiteral(".damaged")), garbage);
    // The new database works.
    QCOMPARE(store.importPack(m_minimal).status, ImportStatus::Installed);
    QVERIFY(
        store.article(QStringLiteral("minimal"), QStringLiteral("lawyer"), QStringLiteral("en")).has_value());

    // Damaged again later: the older .damaged file is replaced, not a reason to fail.
    store = ContentStore();
    QVERIFY(writeFile(file, "still not a database, and much shorter than a page"));
    ContentStore again;
    QVERIFY(again.open(file));
    QVERIFY(!again.recoveryNotice().isEmpty());
    QCOMPARE(readFile(file + QStringLiteral(".damaged")),
             QByteArray("still not a database, and much shorter than a page"));
}

void tst_ContentStore::newerDatabaseIsSetAside()
{
    const QString file = path(QStringLiteral("content.db"));
    {
        Database db;
        QVERIFY(db.open(file, Database::Mode::ReadWriteCreate));
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE from_the_future (x INTEGER)")));
        QVERIFY(db.setUserVersion(99));
    }
    ContentStore store;
    QVERIFY2(store.open(file), qPrintable(store.lastError()));
    QVERIFY(!store.recoveryNotice().isEmpty());
    QCOMPARE(store.importPack(m_minimal).status, ImportStatus::Installed);

    Database aside;
    QVERIFY(aside.open(file + QStringLiteral(".damaged"), Database::Mode::ReadOnly));
    QCOMPARE(aside.userVersion(), 99);
    Database current;
    QVERIFY(current.open(file, Database::Mode::ReadOnly));
    QCOMPARE(current.userVersion(), rc::content::contentSchemaVersion());
}

void tst_ContentStore::contentSurvivesReopen()
{
    const QString file = path(QStringLiteral("content.db"));
    {
        ContentStore store;
        QVERIFY(store.open(file));
        QCOMPARE(store.importPack(m_minimal).status, ImportStatus::Installed);
    }
    ContentStore store;
    QVERIFY(store.open(file));
    QVERIFY(store.recoveryNotice().isEmpty());
    QVERIFY(!QFile::exists(file + QStringLiteral(".damaged")));
    QCOMPARE(store.importPack(m_minimal).status, ImportStatus::AlreadyCurrent);
    QCOMPARE(store.topics(QStringLiteral("en")).size(), 2);
}

void tst_ContentStore::glossaryFallsBackPerEntry()
{
    QString error;
    const QString showcase
        = buildPack(fixturePack(QStringLiteral("showcase")), path(QStringLiteral("out")), &error);
    QVERIFY2(!showcase.isEmpty(), qPrintable(error));
    ContentStore store;
    QVERIFY(openWithMinimal(store));
    QCOMPARE(store.importPack(showcase).status, ImportStatus::Installed);

    auto describe = [](const QList<rc::content::GlossaryEntry> &entries) {
        QStringList list;
        for (const auto &entry : entries)
            list.append(
                QStringLiteral("%1/%2 %3 %4").arg(entry.pack, entry.id, entry.language, entry.status));
        return list;
    };
    // Dutch: two entries translated (outdated: the English changed since), one in English.
    const auto dutch = store.glossary(QStringLiteral("nl"));
    QCOMPARE(describe(dutch),
             QStringList({ QStringLiteral("showcase/advocaat nl outdated"),
                           QStringLiteral("showcase/nader-gehoor nl outdated"),
                           QStringLiteral("showcase/voornemen en reviewed") }));
    QCOMPARE(dutch.first().term, QStringLiteral("Advocaat"));
    QCOMPARE(dutch.first().explanation,
             QStringLiteral("Iemand die je juridisch helpt. In de asielprocedure krijg je er gratis een."));
    QVERIFY(dutch.last().explanation.startsWith(QLatin1String("A letter that says")));
    // A language without a glossary: all English. A pack without one: nothing.
    QCOMPARE(describe(store.glossary(QStringLiteral("ti"))),
             QStringList({ QStringLiteral("showcase/advocaat en reviewed"),
                           QStringLiteral("showcase/nader-gehoor en reviewed"),
                           QStringLiteral("showcase/voornemen en reviewed") }));
    QCOMPARE(store.glossary(QStringLiteral("ar"), QStringLiteral("showcase")).size(), 3);
    QVERIFY(store.glossary(QStringLiteral("en"), QStringLiteral("minimal")).isEmpty());
    QVERIFY(store.glossary(QStringLiteral("en"), QStringLiteral("' OR 1=1 --")).isEmpty());
}

void tst_ContentStore::articleCarriesItsNotice()
{
    QString error;
    const QString showcase
        = buildPack(fixturePack(QStringLiteral("showcase")), path(QStringLiteral("out")), &error);
    QVERIFY2(!showcase.isEmpty(), qPrintable(error));
    ContentStore store;
    QVERIFY(store.open(path(QStringLiteral("content.db"))));
    QCOMPARE(store.importPack(showcase).status, ImportStatus::Installed);
    const auto appeal
        = store.article(QStringLiteral("showcase"), QStringLiteral("appeal-time"), QStringLiteral("nl"));
    QVERIFY(appeal.has_value());
    QCOMPARE(appeal->notice, QStringLiteral("law-changing"));
    QCOMPARE(appeal->status, QStringLiteral("outdated"));
    // In a language without a translation the notice still shows, with the English text.
    const auto fallback
        = store.article(QStringLiteral("showcase"), QStringLiteral("appeal-time"), QStringLiteral("fa"));
    QCOMPARE(fallback->language, QStringLiteral("en"));
    QCOMPARE(fallback->notice, QStringLiteral("law-changing"));
    QVERIFY(store.article(QStringLiteral("showcase"), QStringLiteral("english-only"), QStringLiteral("nl"))
                ->notice.isEmpty());
    QVERIFY(store.hasArticle(QStringLiteral("showcase"), QStringLiteral("law-changing")));
    QVERIFY(!store.hasArticle(QStringLiteral("showcase"), QStringLiteral("no-such-article")));
    QVERIFY(!store.hasArticle(QStringLiteral("minimal"), QStringLiteral("law-changing")));
}

void tst_ContentStore::databaseFromBeforeTheGlossaryIsMigratedAndReinstalled()
{
    // A content database as the previous app version left it: schema 1, the pack installed, with the
    // same version and digest the bundled pack has now.
    const QString file = path(QStringLiteral("content.db"));
    {
        Database db;
        QVERIFY(db.open(file, Database::Mode::ReadWriteCreate));
        const auto steps = rc::content::contentMigrations();
        QVERIFY(rc::storage::migrate(db, steps.first(1), nullptr) == rc::storage::MigrationResult::Ok);
        QCOMPARE(db.userVersion(), 1);
        QVERIFY(db.exec(QStringLiteral("ATTACH DATABASE '%1' AS built").arg(m_minimal)));
        for (const auto &table : rc::content::contentTables()) {
            const QString name = QString::fromUtf8(table.name);
            // Tables that came with later schema versions.
            if (name == QLatin1String("glossary_texts") || name.startsWith(QLatin1String("procedure"))
                || name.startsWith(QLatin1String("contact")) || name == QLatin1String("article_audio"))
                continue;
            const QString columns = name == QLatin1String("articles")
                ? QStringLiteral("pack, article, position")
                : QString::fromUtf8(table.columns);
            QVERIFY2(
                db.exec(QStringLiteral("INSERT INTO main.%1 SELECT %2 FROM built.%1").arg(name, columns)),
                qPrintable(db.lastError()));
        }
        QVERIFY(db.exec(QStringLiteral("DETACH DATABASE built")));
    }

    ContentStore store;
    QVERIFY2(store.open(file), qPrintable(store.lastError()));
    QVERIFY2(store.recoveryNotice().isEmpty(), qPrintable(store.recoveryNotice())); // migrated, not set aside
    // Still readable before the pack is offered again.
    QCOMPARE(store.article(QStringLiteral("minimal"), QStringLiteral("lawyer"), QStringLiteral("en"))->title,
             QStringLiteral("Your free lawyer"));
    // Same version, same digest: still installed again, so the glossary and notices arrive.
    QCOMPARE(store.importPack(m_minimal).status, ImportStatus::Installed);
    QCOMPARE(store.importPack(m_minimal).status, ImportStatus::AlreadyCurrent);
    Database db;
    QVERIFY(db.open(file, Database::Mode::ReadOnly));
    QCOMPARE(db.userVersion(), rc::content::contentSchemaVersion());
}

QTEST_GUILESS_MAIN(tst_ContentStore)
#include "tst_contentstore.moc"
