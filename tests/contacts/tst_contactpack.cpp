// Contacts in a pack: `rcpack lint` finds their mistakes with file and line, `rcpack build` writes them,
// and the content store reads them back (numbers in E.164, labels per language, the language fallback).
// The shipped directory lints clean, every contact in it has a source, and it publishes no phone number
// the research notes do not show.
#include "../core/PackFixture.h"
#include "content/ContactFile.h"
#include "content/ContentSchema.h"
#include "content/ContentStore.h"
#include "content/PackSource.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QDirIterator>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using rc::content::ContactFile;
using rc::content::ContentStore;
using rc::content::Diagnostic;
using rc::content::Diagnostics;
using rc::content::PackSource;
using namespace rc::test;

namespace {

const QByteArray english = "---\n" // 1
                           "name: Test Helpdesk\n" // 2
                           "services: Help for tests.\n" // 3
                           "region: province:utrecht\n" // 4
                           "topics: legal-aid, minors\n" // 5
                           "languages: nl, ar\n" // 6
                           "phone: 030 239 1200\n" // 7
                           "  label: Office\n" // 8
                           "  hours: Mo-Fr 09:00-17:00\n" // 9
                           "  closed: holidays\n" // 10
                           "phone: 0900 8844\n" // 11
                           "phone: 112\n" // 12
                           "email: help@example.org\n" // 13
                           "website: https://www.example.org/help\n" // 14
                           "status: reviewed\n" // 15
                           "verified: 2025-07-01\n" // 16
                           "source: https://www.example.org/\n" // 17
                           "---\n" // 18
                           "Who they are. Read [your lawyer](article:lawyer).\n"; // 19

QByteArray dutch()
{
    QByteArray text = english;
    text.replace("name: Test Helpdesk", "name: Testloket")
        .replace("label: Office", "label: Kantoor")
        .replace("Who they are.", "Wie ze zijn.");
    return text;
}

// A national organisation with only a website, to see the list order.
const QByteArray national = "---\n"
                            "name: Zeta National\n"
                            "services: Everything.\n"
                            "region: national\n"
                            "website: https://zeta.example/\n"
                            "status: machine\n"
                            "verified: 2025-05-01\n"
                            "source: https://zeta.example/\n"
                            "---\n"
                            "Zeta.\n";

const Diagnostic *find(const Diagnostics &diagnostics, const QString &file, const QString &fragment)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.file == file && d.message.contains(fragment))
            return &d;
    }
    return nullptr;
}

// Every contact file under content/ (all packs), relative to the source tree.
QStringList shippedContactFiles()
{
    QStringList files;
    QDirIterator it(QStringLiteral(RC_SOURCE_DIR "/content"), { QStringLiteral("*.md") }, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QLatin1String("/contacts/")) && !path.endsWith(QLatin1String("/README.md")))
            files.append(path);
    }
    files.sort();
    return files;
}

} // namespace

class tst_ContactPack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();

    void packWithContactsLoads();
    void packMistakes_data();
    void packMistakes();
    void digestCoversContacts();
    void rcpackLintReportsFileAndLine();
    void builtPackReadsBackWithFallback();
    void importRefusesMalformedContactRows_data();
    void importRefusesMalformedContactRows();
    void databaseWithoutTheContactStepIsRebuilt();
    void realPackLintsClean();
    void realPackReadsBackInE164();
    void everyShippedContactHasASource();
    void shippedPhoneNumbersAreOnlyTheResearchedOnes();

private:
    QString contactFile(const QString &language, const QString &id = QStringLiteral("helpdesk")) const
    {
        return QDir(m_pack).filePath(QStringLiteral("contacts/%1/%2.md").arg(id, language));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_pack;
};

void tst_ContactPack::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_pack = copyPack(fixturePack(QStringLiteral("minimal")), m_dir->path());
    QVERIFY(!m_pack.isEmpty());
    QVERIFY(writeFile(contactFile(QStringLiteral("en")), english));
}

void tst_ContactPack::packWithContactsLoads()
{
    Diagnostics diagnostics;
    const PackSource pack = PackSource::load(m_pack, fixtureToday(), diagnostics);
    QVERIFY2(!rc::content::hasErrors(diagnostics), qPrintable(joinDiagnostics(diagnostics)));
    QCOMPARE(pack.contacts.size(), 1);
    QCOMPARE(pack.contacts.first().id, QStringLiteral("helpdesk"));
    // The verified date counts for the date the content is "as of".
    QCOMPARE(pack.contentDate, QDate(2025, 7, 1));
    const Diagnostic *missing = find(diagnostics, QDir(m_pack).filePath(QStringLiteral("pack.json")),
                                     QStringLiteral("1 of 1 contacts are not translated yet"));
    QVERIFY2(missing && missing->severity == Diagnostic::Severity::Warning,
             qPrintable(joinDiagnostics(diagnostics)));
}

void tst_ContactPack::packMistakes_data()
{
    QTest::addColumn<QString>("relative"); // the file to write, under contacts/
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("reported"); // the file the diagnostic names, under contacts/
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<bool>("isError");

    auto with = [](const QByteArray &before, const QByteArray &after) {
        QByteArray data = english;
        return data.replace(before, after);
    };
    QTest::newRow("malformed phone") << "helpdesk/en.md" << with("030 239 1200", "030 239 12")
                                     << "helpdesk/en.md" << 7 << "a Dutch number has 10" << true;
    QTest::newRow("unknown topic") << "helpdesk/en.md" << with("legal-aid, minors", "legal-aid, food")
                                   << "helpdesk/en.md" << 5 << "topic 'food' is not one of" << true;
    QTest::newRow("unknown region") << "helpdesk/en.md" << with("province:utrecht", "country:nl")
                                    << "helpdesk/en.md" << 4 << "region 'country:nl' is not one of" << true;
    QTest::newRow("unknown channel kind")
        << "helpdesk/en.md" << with("email: help@example.org", "telegram: @help") << "helpdesk/en.md" << 13
        << "unknown key 'telegram'" << true;
    QTest::newRow("missing source") << "helpdesk/en.md" << with("source: https://www.example.org/\n", "")
                                    << "helpdesk/en.md" << 17 << "needs at least one 'source:'" << true;
    QTest::newRow("missing verified date")
        << "helpdesk/en.md" << with("verified: 2025-07-01\n", "") << "helpdesk/en.md" << 17
        << "has no 'verified: YYYY-MM-DD'" << true;
    QTest::newRow("http website") << "helpdesk/en.md"
                                  << with("https://www.example.org/help", "http://example.org")
                                  << "helpdesk/en.md" << 14 << "is not https" << true;
    QTest::newRow("bad e-mail") << "helpdesk/en.md" << with("help@example.org", "help@example")
                                << "helpdesk/en.md" << 13 << "is not an e-mail address" << true;
    QTest::newRow("broken article link")
        << "helpdesk/en.md" << with("article:lawyer", "article:nope") << "helpdesk/en.md" << 19
        << "broken link 'article:nope': there is no article 'nope'" << true;
    QTest::newRow("glossary link without a glossary")
        << "helpdesk/en.md" << with("Who they are.", "See [gehoor](glossary:gehoor).") << "helpdesk/en.md"
        << 19 << "the glossary has no entry 'gehoor'" << true;
    QTest::newRow("translation with another number")
        << "helpdesk/nl.md" << dutch().replace("0900 8844", "0900 8020") << "helpdesk/nl.md" << 11
        << "channel 2 differs from the English one" << true;
    QTest::newRow("translation with other topics")
        << "helpdesk/nl.md" << dutch().replace("legal-aid, minors", "legal-aid") << "helpdesk/nl.md" << 5
        << "'topics' differs from the English contact's" << true;
    QTest::newRow("translation without based-on")
        << "helpdesk/nl.md" << dutch() << "helpdesk/nl.md" << 18 << "has no 'based-on'" << false;
    QTest::newRow("language not in the pack") << "helpdesk/de.md" << english << "helpdesk/de.md" << 0
                                              << "language 'de' is not listed in pack.json" << true;
    QTest::newRow("no English text") << "office/nl.md" << dutch() << "office" << 0
                                     << "has no text in the default language" << true;
    QTest::newRow("bad folder name") << "Local_Office/en.md" << english << "Local_Office" << 0
                                     << "must be lower-case letters" << true;
    QTest::newRow("not Markdown") << "helpdesk/notes.txt" << QByteArray("x") << "helpdesk/notes.txt" << 0
                                  << "ignored" << false;
    QTest::newRow("binary file") << "helpdesk/nl.md" << QByteArray("\x00\xff\xfe", 3) << "helpdesk/nl.md" << 0
                                 << "not valid UTF-8" << true;
    QTest::newRow("long sentence")
        << "helpdesk/en.md"
        << with("Who they are.",
                "This sentence goes on and on with many words so that it becomes far too long for a reader "
                "who is very tired and very worried and reads in a second language.")
        << "helpdesk/en.md" << 19 << "keep sentences to 30 words" << false;
}

void tst_ContactPack::packMistakes()
{
    QFETCH(QString, relative);
    QFETCH(QByteArray, data);
    QFETCH(QString, reported);
    QFETCH(int, line);
    QFETCH(QString, fragment);
    QFETCH(bool, isError);
    QVERIFY(writeFile(QDir(m_pack).filePath(QStringLiteral("contacts/") + relative), data));
    Diagnostics diagnostics;
    PackSource::load(m_pack, fixtureToday(), diagnostics);
    const Diagnostic *d
        = find(diagnostics, QDir(m_pack).filePath(QStringLiteral("contacts/") + reported), fragment);
    QVERIFY2(d, qPrintable(joinDiagnostics(diagnostics)));
    QCOMPARE(d->line, line);
    QCOMPARE(d->severity, isError ? Diagnostic::Severity::Error : Diagnostic::Severity::Warning);
    QCOMPARE(rc::content::hasErrors(diagnostics), isError);
}

void tst_ContactPack::digestCoversContacts()
{
    Diagnostics diagnostics;
    const QByteArray before = PackSource::load(m_pack, fixtureToday(), diagnostics).digest;
    QVERIFY(replaceInFile(contactFile(QStringLiteral("en")), "0900 8844", "0900 8020"));
    const QByteArray after = PackSource::load(m_pack, fixtureToday(), diagnostics).digest;
    QVERIFY(before != after);
}

void tst_ContactPack::rcpackLintReportsFileAndLine()
{
    // A second office with several mistakes, as an NGO might send it.
    QByteArray bad = english;
    bad.replace("030 239 1200", "030-CALL-US")
        .replace("legal-aid, minors", "legal-aid, housing")
        .replace("https://www.example.org/help", "http://www.example.org/help")
        .replace("source: https://www.example.org/\n", "");
    QVERIFY(writeFile(contactFile(QStringLiteral("en"), QStringLiteral("local-office")), bad));
    QProcess process;
    process.start(QStringLiteral(RC_BINARY_DIR "/bin/rcpack"), { QStringLiteral("lint"), m_pack });
    QVERIFY(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 1);
    const QString file = contactFile(QStringLiteral("en"), QStringLiteral("local-office"));
    for (const QString &expected :
         { QStringLiteral(":5: error: topic 'housing' is not one of"),
           QStringLiteral(":7: error: phone: '030-CALL-US' is not a phone number"),
           QStringLiteral(":14: error: website 'http://www.example.org/help' is not https"),
           QStringLiteral(":17: error: every contact needs at least one 'source:' URL") })
        QVERIFY2(err.contains(file + expected), qPrintable(expected + QLatin1Char('\n') + err));
    // The good contact next to it is not blamed.
    QVERIFY2(!err.contains(contactFile(QStringLiteral("en")) + QLatin1Char(':')), qPrintable(err));

    // And `rcpack build` refuses it.
    process.start(
        QStringLiteral(RC_BINARY_DIR "/bin/rcpack"),
        { QStringLiteral("build"), m_pack, QStringLiteral("--out"), m_dir->filePath(QStringLiteral("out")) });
    QVERIFY(process.waitForFinished(60000));
    QVERIFY(process.exitCode() != 0);
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("out/minimal.rcpack"))));
}

void tst_ContactPack::builtPackReadsBackWithFallback()
{
    QVERIFY(writeFile(contactFile(QStringLiteral("en"), QStringLiteral("zeta")), national));
    QString error;
    const QString built = buildPack(m_pack, m_dir->filePath(QStringLiteral("out")), &error);
    QVERIFY2(!built.isEmpty(), qPrintable(error));
    ContentStore store;
    QVERIFY(store.open(m_dir->filePath(QStringLiteral("content.sqlite"))));
    QCOMPARE(store.importPack(built).status, ContentStore::ImportStatus::Installed);

    // National organisations first, then the rest by name.
    const QList<rc::content::ContactText> list = store.contacts(QStringLiteral("nl"));
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).id, QStringLiteral("zeta"));
    QCOMPARE(list.at(1).id, QStringLiteral("helpdesk"));

    // Not translated into Dutch: the English text, saying so, with everything a directory page needs.
    const rc::content::ContactText &c = list.at(1);
    QCOMPARE(c.pack, QStringLiteral("minimal"));
    QCOMPARE(c.language, QStringLiteral("en"));
    QCOMPARE(c.name, QStringLiteral("Test Helpdesk"));
    QCOMPARE(c.services, QStringLiteral("Help for tests."));
    QCOMPARE(c.description, QStringLiteral("Who they are. Read [your lawyer](article:lawyer)."));
    QCOMPARE(c.status, QStringLiteral("reviewed"));
    QCOMPARE(c.verified, QDate(2025, 7, 1));
    QCOMPARE(c.regions, QStringList { QStringLiteral("province:utrecht") });
    QCOMPARE(c.topics, (QStringList { QStringLiteral("legal-aid"), QStringLiteral("minors") }));
    QCOMPARE(c.spokenLanguages, (QStringList { QStringLiteral("ar"), QStringLiteral("nl") }));
    QCOMPARE(c.sources, QStringList { QStringLiteral("https://www.example.org/") });
    QCOMPARE(c.channels.size(), 5);
    QCOMPARE(c.channels.at(0).kind, QStringLiteral("phone"));
    QCOMPARE(c.channels.at(0).value, QStringLiteral("+31302391200"));
    QCOMPARE(c.channels.at(0).display, QStringLiteral("030 239 1200"));
    QCOMPARE(c.channels.at(0).label, QStringLiteral("Office"));
    QCOMPARE(c.channels.at(0).hours, QStringLiteral("Mo-Fr 09:00-17:00"));
    QCOMPARE(c.channels.at(0).closed, QStringLiteral("holidays"));
    QVERIFY(!c.channels.at(0).nationalOnly && !c.channels.at(0).emergency);
    QCOMPARE(c.channels.at(1).value, QStringLiteral("09008844"));
    QVERIFY(c.channels.at(1).nationalOnly);
    QCOMPARE(c.channels.at(2).value, QStringLiteral("112"));
    QVERIFY(c.channels.at(2).emergency);
    QCOMPARE(c.channels.at(3).value, QStringLiteral("help@example.org"));
    QCOMPARE(c.channels.at(4).value, QStringLiteral("https://www.example.org/help"));
    QVERIFY(c.channels.at(4).label.isEmpty());
    QVERIFY(list.at(0).channels.size() == 1 && list.at(0).topics.isEmpty() && list.at(0).hours.isEmpty());

    QVERIFY(store.contact(QStringLiteral("minimal"), QStringLiteral("helpdesk"), QStringLiteral("nl")));
    QVERIFY(!store.contact(QStringLiteral("minimal"), QStringLiteral("nope"), QStringLiteral("en")));
    QVERIFY(!store.contact(QStringLiteral("other"), QStringLiteral("helpdesk"), QStringLiteral("en")));

    // Translated: the Dutch name and labels, the same numbers.
    QVERIFY(writeFile(contactFile(QStringLiteral("nl")), dutch()));
    QVERIFY(replaceInFile(QDir(m_pack).filePath(QStringLiteral("pack.json")), "\"version\": 1",
                          "\"version\": 2"));
    const QString rebuilt = buildPack(m_pack, m_dir->filePath(QStringLiteral("out")), &error);
    QVERIFY2(!rebuilt.isEmpty(), qPrintable(error));
    QCOMPARE(store.importPack(rebuilt).status, ContentStore::ImportStatus::Installed);
    const auto dutchText
        = store.contact(QStringLiteral("minimal"), QStringLiteral("helpdesk"), QStringLiteral("nl"));
    QVERIFY(dutchText);
    QCOMPARE(dutchText->language, QStringLiteral("nl"));
    QCOMPARE(dutchText->name, QStringLiteral("Testloket"));
    QCOMPARE(dutchText->channels.at(0).label, QStringLiteral("Kantoor"));
    QCOMPARE(dutchText->channels.at(0).value, QStringLiteral("+31302391200"));
    QCOMPARE(dutchText->description, QStringLiteral("Wie ze zijn. Read [your lawyer](article:lawyer)."));
    // No based-on: a warning, but the translation is shown as its file says.
    QCOMPARE(dutchText->status, QStringLiteral("reviewed"));
    QCOMPARE(store.contact(QStringLiteral("minimal"), QStringLiteral("helpdesk"), QStringLiteral("en"))->name,
             QStringLiteral("Test Helpdesk"));
}

void tst_ContactPack::importRefusesMalformedContactRows_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("phone not in E.164")
        << "UPDATE contact_channels SET value = '0302391200' WHERE value = '+31302391200'";
    QTest::newRow("phone with letters")
        << "UPDATE contact_channels SET value = '+31CALLNOW' WHERE position = 0";
    QTest::newRow("a normal number marked national-only")
        << "UPDATE contact_channels SET scope = 'national-only' WHERE position = 0";
    QTest::newRow("javascript website")
        << "UPDATE contact_channels SET value = 'javascript:alert(1)' WHERE kind = 'website'";
    QTest::newRow("bad verified date") << "UPDATE contacts SET verified = '2025-02-30'";
    QTest::newRow("position as text") << "UPDATE contact_channels SET position = 'first' WHERE position = 0";
}

void tst_ContactPack::importRefusesMalformedContactRows()
{
    QFETCH(QString, sql);
    QString error;
    const QString built = buildPack(m_pack, m_dir->filePath(QStringLiteral("out")), &error);
    QVERIFY2(!built.isEmpty(), qPrintable(error));
    {
        rc::storage::Database db;
        QVERIFY(db.open(built, rc::storage::Database::Mode::ReadWriteCreate));
        QVERIFY2(db.exec(sql), qPrintable(db.lastError()));
    }
    ContentStore store;
    QVERIFY(store.open(m_dir->filePath(QStringLiteral("content.sqlite"))));
    const ContentStore::ImportResult result = store.importPack(built);
    QCOMPARE(result.status, ContentStore::ImportStatus::Failed);
    QVERIFY2(result.message.contains(QLatin1String("contacts")), qPrintable(result.message));
    QVERIFY(store.contacts(QStringLiteral("en")).isEmpty());
}

void tst_ContactPack::databaseWithoutTheContactStepIsRebuilt()
{
    // A content database made before step 4 existed, by a build that already had steps 5 and 6: its
    // version is the newest, so step 4 would never run and every install would fail on the missing
    // tables. The store sets it aside and starts a new one; content is public and is installed again.
    const QString file = m_dir->filePath(QStringLiteral("content.sqlite"));
    {
        rc::storage::Database db;
        QVERIFY(db.open(file, rc::storage::Database::Mode::ReadWriteCreate));
        QList<rc::storage::Migration> steps;
        for (const rc::storage::Migration &step : rc::content::contentMigrations()) {
            if (step.version != 4)
                steps.append(step);
        }
        QVERIFY(rc::storage::migrate(db, steps, nullptr) == rc::storage::MigrationResult::Ok);
        QCOMPARE(db.userVersion(), rc::content::contentSchemaVersion());
    }
    QString error;
    const QString built = buildPack(m_pack, m_dir->filePath(QStringLiteral("out")), &error);
    QVERIFY2(!built.isEmpty(), qPrintable(error));
    ContentStore store;
    QVERIFY2(store.open(file), qPrintable(store.lastError()));
    QVERIFY2(store.recoveryNotice().contains(QLatin1String("contacts")), qPrintable(store.recoveryNotice()));
    QCOMPARE(store.importPack(built).status, ContentStore::ImportStatus::Installed);
    QCOMPARE(store.contacts(QStringLiteral("en")).size(), 1);
}

void tst_ContactPack::realPackLintsClean()
{
    Diagnostics diagnostics;
    const PackSource pack
        = PackSource::load(sourcePack(QStringLiteral("nl")), QDate::currentDate(), diagnostics);
    QVERIFY2(!rc::content::hasErrors(diagnostics), qPrintable(joinDiagnostics(diagnostics)));
    QSet<QString> ids;
    for (const auto &contact : pack.contacts)
        ids.insert(contact.id);
    for (const char *expected :
         { "ind", "coa", "vluchtelingenwerk", "raad-voor-rechtsbijstand", "juridisch-loket", "nidos",
           "coc-nederland", "lgbt-asylum-support", "comensha", "stichting-los", "dokters-van-de-wereld",
           "unhcr", "iom", "red-cross", "amnesty", "police" })
        QVERIFY2(ids.contains(QLatin1String(expected)), expected);

    // The tool agrees: exit code 0.
    QProcess process;
    process.start(QStringLiteral(RC_BINARY_DIR "/bin/rcpack"),
                  { QStringLiteral("lint"), sourcePack(QStringLiteral("nl")) });
    QVERIFY(process.waitForFinished(120000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
}

void tst_ContactPack::realPackReadsBackInE164()
{
    Diagnostics diagnostics;
    const PackSource pack
        = PackSource::load(sourcePack(QStringLiteral("nl")), QDate::currentDate(), diagnostics);
    QVERIFY2(!rc::content::hasErrors(diagnostics), qPrintable(joinDiagnostics(diagnostics)));
    QString error;
    const QString built
        = rc::content::PackBuilder::build(pack, m_dir->filePath(QStringLiteral("real")), &error);
    QVERIFY2(!built.isEmpty(), qPrintable(error));
    ContentStore store;
    QVERIFY(store.open(m_dir->filePath(QStringLiteral("content.sqlite"))));
    const ContentStore::ImportResult result = store.importPack(built);
    QVERIFY2(result.status == ContentStore::ImportStatus::Installed, qPrintable(result.message));

    const auto ind = store.contact(QStringLiteral("nl"), QStringLiteral("ind"), QStringLiteral("ar"));
    QVERIFY(ind);
    QCOMPARE(ind->language, QStringLiteral("ar"));
    // A language the pack does not have: the English text.
    const auto fallback = store.contact(QStringLiteral("nl"), QStringLiteral("ind"), QStringLiteral("de"));
    QVERIFY(fallback);
    QCOMPARE(fallback->language, QStringLiteral("en"));
    QCOMPARE(ind->channels.first().kind, QStringLiteral("phone"));
    QCOMPARE(ind->channels.first().value, QStringLiteral("+31880430430"));
    QCOMPARE(ind->channels.first().hours, QStringLiteral("Mo-Fr 09:00-17:00"));
    QCOMPARE(ind->verified, QDate(2026, 11, 28));

    const auto police = store.contact(QStringLiteral("nl"), QStringLiteral("police"), QStringLiteral("en"));
    QVERIFY(police);
    QCOMPARE(police->topics, QStringList { QStringLiteral("emergencies") });
    QCOMPARE(police->channels.at(0).value, QStringLiteral("112"));
    QVERIFY(police->channels.at(0).emergency);
    QCOMPARE(police->channels.at(1).value, QStringLiteral("09008844"));
    QVERIFY(police->channels.at(1).nationalOnly);

    // Every phone number the directory shows is E.164, or marked as a service or emergency number.
    const QList<rc::content::ContactText> all = store.contacts(QStringLiteral("en"));
    QCOMPARE(all.size(), pack.contacts.size());
    for (const rc::content::ContactText &contact : all) {
        QVERIFY2(!contact.sources.isEmpty(), qPrintable(contact.id));
        QVERIFY2(!contact.channels.isEmpty(), qPrintable(contact.id));
        for (const rc::content::ContactChannel &channel : contact.channels) {
            if (channel.kind != QLatin1String("phone"))
                continue;
            const bool e164 = channel.value.startsWith(QLatin1String("+31")) && channel.value.size() == 12;
            QVERIFY2(e164 || channel.nationalOnly || channel.emergency, qPrintable(channel.value));
        }
    }
}

void tst_ContactPack::everyShippedContactHasASource()
{
    const QStringList files = shippedContactFiles();
    QVERIFY2(files.size() >= 16, qPrintable(files.join(QLatin1Char('\n'))));
    for (const QString &path : files) {
        const QByteArray data = readFile(path);
        // Read without the parser as well: a header line "source: https://..." before the closing ---.
        const qsizetype close = data.indexOf("\n---", 3);
        QVERIFY2(close > 0, qPrintable(path));
        const QByteArray header = data.left(close + 1);
        QVERIFY2(header.contains("\nsource: https://"), qPrintable(path + QStringLiteral(" has no source")));
        QVERIFY2(header.contains("\nverified: "), qPrintable(path + QStringLiteral(" has no verified date")));
        Diagnostics diagnostics;
        const ContactFile contact = ContactFile::parse(data, path, QDate::currentDate(), diagnostics);
        QVERIFY2(!rc::content::hasErrors(diagnostics), qPrintable(joinDiagnostics(diagnostics)));
        QVERIFY2(!contact.sources.isEmpty(), qPrintable(path));
        QVERIFY2(contact.verified.isValid(), qPrintable(path));
    }
}

void tst_ContactPack::shippedPhoneNumbersAreOnlyTheResearchedOnes()
{
    // The numbers a published source showed (the research notes, section H). A new number needs a source
    // first, then an entry here.
    const QSet<QString> researched { QStringLiteral("+31880430430"), // IND
                                     QStringLiteral("+31887157050"), // COA legal helpdesk
                                     QStringLiteral("09008020"), // Het Juridisch Loket, paid line
                                     QStringLiteral("+31302391200"), // Nidos head office
                                     QStringLiteral("+31334481186"), // CoMensha
                                     QStringLiteral("+31887464466"), // IOM
                                     QStringLiteral("09008844"), // Police, not urgent
                                     QStringLiteral("112") }; // emergency
    QSet<QString> phones; // translations repeat their English entry's numbers
    for (const QString &path : shippedContactFiles()) {
        Diagnostics diagnostics;
        const ContactFile contact
            = ContactFile::parse(readFile(path), path, QDate::currentDate(), diagnostics);
        for (const ContactFile::Channel &channel : contact.channels) {
            if (channel.kind == QLatin1String("phone") || channel.kind == QLatin1String("whatsapp")) {
                phones.insert(channel.value);
                QVERIFY2(researched.contains(channel.value),
                         qPrintable(path + QLatin1Char(' ') + channel.value));
            }
        }
    }
    QCOMPARE(phones, researched);
}

QTEST_GUILESS_MAIN(tst_ContactPack)
#include "tst_contactpack.moc"
