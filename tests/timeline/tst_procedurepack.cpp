// Procedures in a pack: `rcpack lint` finds their mistakes with file and line (links, translations,
// folders), `rcpack build` writes them, and the content store reads them back with the language fallback.
#include "../core/PackFixture.h"
#include "content/ContentStore.h"
#include "content/PackSource.h"
#include "storage/Database.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using rc::content::ContentStore;
using rc::content::Diagnostic;
using rc::content::Diagnostics;
using rc::content::PackSource;
using namespace rc::test;

namespace {

// The procedure of tst_procedurefile, for the minimal fixture pack (articles 'registration', 'lawyer').
const QByteArray english
    = "---\n" // 1
      "title: Test procedure\n" // 2
      "summary: A procedure for tests.\n" // 3
      "status: reviewed\n" // 4
      "checked: 2025-06-01\n" // 5
      "order: 5\n" // 6
      "source: https://www.example.org/\n" // 7
      "---\n" // 8
      "Intro with a [link](article:lawyer).\n" // 9
      "\n" // 10
      "## First step {#first}\n" // 11
      "event: registration\n" // 12
      "who: You.\n" // 13
      "prepare: Your papers.\n" // 14
      "rights: A [free lawyer](article:lawyer).\n" // 15
      "read: article:lawyer, article:registration\n" // 16
      "duration: One day.\n" // 17
      "deadline: Appeal | term: 1 week | from: decision_sent | basis: Art. 69 Vw 2000 | source: "
      "https://www.example.org/69 | note: Ask your lawyer.\n" // 18
      "\n" // 19
      "What happens.\n" // 20
      "\n" // 21
      "## Second step {#second}\n" // 22
      "who: The IND.\n" // 23
      "prepare: Nothing.\n" // 24
      "rights: None.\n" // 25
      "duration: Not fixed.\n" // 26
      "\n" // 27
      "More text.\n"; // 28

QByteArray dutch()
{
    QByteArray text = english;
    text.replace("title: Test procedure", "title: Testprocedure")
        .replace("deadline: Appeal |", "deadline: Beroep |")
        .replace("What happens.", "Wat er gebeurt.");
    return text;
}

const Diagnostic *find(const Diagnostics &diagnostics, const QString &file, const QString &fragment)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.file == file && d.message.contains(fragment))
            return &d;
    }
    return nullptr;
}

} // namespace

class tst_ProcedurePack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();

    void packWithProceduresLoads();
    void packMistakes_data();
    void packMistakes();
    void digestCoversProcedures();
    void rcpackLintReportsFileAndLine();
    void builtPackReadsBackWithFallback();
    void outdatedTranslationIsMarked();
    void importRefusesMalformedProcedureRows();
    void realPackHasItsProcedures();

private:
    QString procedureFile(const QString &language, const QString &id = QStringLiteral("test")) const
    {
        return QDir(m_pack).filePath(QStringLiteral("procedures/%1/%2.md").arg(id, language));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_pack;
};

void tst_ProcedurePack::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_pack = copyPack(fixturePack(QStringLiteral("minimal")), m_dir->path());
    QVERIFY(!m_pack.isEmpty());
    QVERIFY(writeFile(procedureFile(QStringLiteral("en")), english));
}

void tst_ProcedurePack::packWithProceduresLoads()
{
    Diagnostics diagnostics;
    const PackSource pack = PackSource::load(m_pack, fixtureToday(), diagnostics);
    QVERIFY2(!rc::content::hasErrors(diagnostics), qPrintable(joinDiagnostics(diagnostics)));
    QCOMPARE(pack.procedures.size(), 1);
    QCOMPARE(pack.procedures.first().id, QStringLiteral("test"));
    QCOMPARE(pack.procedures.first().translations.keys(), QStringList { QStringLiteral("en") });
    // The procedure's checked date is the newest in the pack.
    QCOMPARE(pack.contentDate, QDate(2025, 6, 1));
    // Dutch lacks it: one warning, pointing at the language in pack.json.
    const Diagnostic *missing = find(diagnostics, QDir(m_pack).filePath(QStringLiteral("pack.json")),
                                     QStringLiteral("1 of 1 procedures are not translated yet"));
    QVERIFY2(missing && missing->severity == Diagnostic::Severity::Warning,
             qPrintable(joinDiagnostics(diagnostics)));
}

void tst_ProcedurePack::packMistakes_data()
{
    QTest::addColumn<QString>("relative"); // the file to write, under procedures/
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("reported"); // the file the diagnostic names, under procedures/
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<bool>("isError");

    auto with = [](const QByteArray &before, const QByteArray &after) {
        QByteArray data = english;
        return data.replace(before, after);
    };
    QTest::newRow("broken article link in rights")
        << "test/en.md" << with("(article:lawyer).\nread", "(article:nope).\nread") << "test/en.md" << 15
        << "broken link 'article:nope': there is no article 'nope'" << true;
    QTest::newRow("read: a missing article")
        << "test/en.md" << with("article:registration", "article:missing") << "test/en.md" << 16
        << "there is no article 'missing'" << true;
    QTest::newRow("glossary link without a glossary")
        << "test/en.md" << with("What happens.", "What [voornemen](glossary:voornemen) means.")
        << "test/en.md" << 20 << "the glossary has no entry 'voornemen'" << true;
    QTest::newRow("law-changing notice without its article")
        << "test/en.md" << with("order: 5", "notice: law-changing") << "test/en.md" << 6
        << "which this pack does not have" << true;
    QTest::newRow("translation with another term")
        << "test/nl.md" << dutch().replace("term: 1 week", "term: 2 weeks") << "test/nl.md" << 18
        << "translate only its label and note" << true;
    QTest::newRow("translation with other steps")
        << "test/nl.md" << dutch().replace("{#second}", "{#tweede}") << "test/nl.md" << 22
        << "same steps in the same order" << true;
    QTest::newRow("translation without based-on")
        << "test/nl.md" << dutch() << "test/nl.md" << 8 << "has no 'based-on'" << false;
    QTest::newRow("language not in the pack")
        << "test/de.md" << english << "test/de.md" << 0 << "language 'de' is not listed in pack.json" << true;
    QTest::newRow("no English text") << "other/nl.md" << dutch() << "other" << 0
                                     << "has no text in the default language 'en'" << true;
    QTest::newRow("bad folder name") << "Bad_Name/en.md" << english << "Bad_Name" << 0
                                     << "must be lower-case letters" << true;
    QTest::newRow("not Markdown") << "test/notes.txt" << QByteArray("x") << "test/notes.txt" << 0 << "ignored"
                                  << false;
    QTest::newRow("long sentence")
        << "test/en.md"
        << with("What happens.",
                "This sentence goes on and on with many words so that it becomes far "
                "too long for a reader who is very tired and very worried and reads in a "
                "second language.")
        << "test/en.md" << 20 << "keep sentences to 30 words" << false;
}

void tst_ProcedurePack::packMistakes()
{
    QFETCH(QString, relative);
    QFETCH(QByteArray, data);
    QFETCH(QString, reported);
    QFETCH(int, line);
    QFETCH(QString, fragment);
    QFETCH(bool, isError);
    QVERIFY(writeFile(QDir(m_pack).filePath(QStringLiteral("procedures/") + relative), data));
    Diagnostics diagnostics;
    PackSource::load(m_pack, fixtureToday(), diagnostics);
    const Diagnostic *d
        = find(diagnostics, QDir(m_pack).filePath(QStringLiteral("procedures/") + reported), fragment);
    QVERIFY2(d, qPrintable(joinDiagnostics(diagnostics)));
    QCOMPARE(d->line, line);
    QCOMPARE(d->severity, isError ? Diagnostic::Severity::Error : Diagnostic::Severity::Warning);
    QCOMPARE(rc::content::hasErrors(diagnostics), isError);
}

void tst_ProcedurePack::digestCoversProcedures()
{
    Diagnostics diagnostics;
    const QByteArray before = PackSource::load(m_pack, fixtureToday(), diagnostics).digest;
    QVERIFY(replaceInFile(procedureFile(QStringLiteral("en")), "One day.", "One day!"));
    const QByteArray after = PackSource::load(m_pack, fixtureToday(), diagnostics).digest;
    QVERIFY(before != after);
}

void tst_ProcedurePack::rcpackLintReportsFileAndLine()
{
    QVERIFY(replaceInFile(procedureFile(QStringLiteral("en")), "term: 1 week", "term: 1 fortnight"));
    QVERIFY(replaceInFile(procedureFile(QStringLiteral("en")), "who: The IND.\n", ""));
    QProcess process;
    process.start(QStringLiteral(RC_BINARY_DIR "/bin/rcpack"), { QStringLiteral("lint"), m_pack });
    QVERIFY(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 1);
    const QString file = procedureFile(QStringLiteral("en"));
    QVERIFY2(err.contains(file + QStringLiteral(":18: error: deadline term '1 fortnight'")), qPrintable(err));
    QVERIFY2(err.contains(file + QStringLiteral(":22: error: step 'second' has no 'who:' line")),
             qPrintable(err));

    // And `rcpack build` refuses it.
    process.start(
        QStringLiteral(RC_BINARY_DIR "/bin/rcpack"),
        { QStringLiteral("build"), m_pack, QStringLiteral("--out"), m_dir->filePath(QStringLiteral("out")) });
    QVERIFY(process.waitForFinished(60000));
    QVERIFY(process.exitCode() != 0);
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("out/minimal.rcpack"))));
}

void tst_ProcedurePack::builtPackReadsBackWithFallback()
{
    QString error;
    const QString built = buildPack(m_pack, m_dir->filePath(QStringLiteral("out")), &error);
    QVERIFY2(!built.isEmpty(), qPrintable(error));
    ContentStore store;
    QVERIFY(store.open(m_dir->filePath(QStringLiteral("content.sqlite"))));
    QCOMPARE(store.importPack(built).status, ContentStore::ImportStatus::Installed);

    // Not translated into Dutch: the English text, saying so.
    const auto summaries = store.procedures(QStringLiteral("nl"));
    QCOMPARE(summaries.size(), 1);
    QCOMPARE(summaries.first().language, QStringLiteral("en"));
    const auto procedure
        = store.procedure(QStringLiteral("minimal"), QStringLiteral("test"), QStringLiteral("nl"));
    QVERIFY(procedure);
    QCOMPARE(procedure->language, QStringLiteral("en"));
    QCOMPARE(procedure->title, QStringLiteral("Test procedure"));
    QCOMPARE(procedure->status, QStringLiteral("reviewed"));
    QCOMPARE(procedure->checked, QDate(2025, 6, 1));
    QCOMPARE(procedure->sources, QStringList { QStringLiteral("https://www.example.org/") });
    QCOMPARE(procedure->intro, QStringLiteral("Intro with a [link](article:lawyer)."));
    QCOMPARE(procedure->steps.size(), 2);
    const rc::content::ProcedureStep &first = procedure->steps.first();
    QCOMPARE(first.id, QStringLiteral("first"));
    QCOMPARE(first.event, QStringLiteral("registration"));
    QCOMPARE(first.read, (QStringList { QStringLiteral("lawyer"), QStringLiteral("registration") }));
    QCOMPARE(first.rights, QStringList { QStringLiteral("A [free lawyer](article:lawyer).") });
    QCOMPARE(first.deadlines.size(), 1);
    QCOMPARE(first.deadlines.first().term, QStringLiteral("1 week"));
    QCOMPARE(first.deadlines.first().event, QStringLiteral("decision_sent"));
    QCOMPARE(first.deadlines.first().note, QStringLiteral("Ask your lawyer."));
    QCOMPARE(procedure->steps.at(1).deadlines.size(), 0);
    QVERIFY(!store.procedure(QStringLiteral("minimal"), QStringLiteral("nope"), QStringLiteral("en")));

    // Translated: the Dutch text, with the same structure.
    QVERIFY(writeFile(procedureFile(QStringLiteral("nl")), dutch()));
    QVERIFY(replaceInFile(QDir(m_pack).filePath(QStringLiteral("pack.json")), "\"version\": 1",
                          "\"version\": 2"));
    const QString rebuilt = buildPack(m_pack, m_dir->filePath(QStringLiteral("out")), &error);
    QVERIFY2(!rebuilt.isEmpty(), qPrintable(error));
    QCOMPARE(store.importPack(rebuilt).status, ContentStore::ImportStatus::Installed);
    const auto dutchText
        = store.procedure(QStringLiteral("minimal"), QStringLiteral("test"), QStringLiteral("nl"));
    QVERIFY(dutchText);
    QCOMPARE(dutchText->language, QStringLiteral("nl"));
    QCOMPARE(dutchText->title, QStringLiteral("Testprocedure"));
    QCOMPARE(dutchText->steps.first().deadlines.first().label, QStringLiteral("Beroep"));
    QCOMPARE(dutchText->steps.first().description, QStringLiteral("Wat er gebeurt."));
}

void tst_ProcedurePack::outdatedTranslationIsMarked()
{
    QByteArray nl = dutch();
    nl.replace("source: https://www.example.org/\n---",
               "source: https://www.example.org/\nbased-on: 0123456789abcdef\n---");
    QVERIFY(writeFile(procedureFile(QStringLiteral("nl")), nl));
    QString error;
    const QString built = buildPack(m_pack, m_dir->filePath(QStringLiteral("out")), &error);
    QVERIFY2(!built.isEmpty(), qPrintable(error));
    ContentStore store;
    QVERIFY(store.open(m_dir->filePath(QStringLiteral("content.sqlite"))));
    QCOMPARE(store.importPack(built).status, ContentStore::ImportStatus::Installed);
    QCOMPARE(store.procedure(QStringLiteral("minimal"), QStringLiteral("test"), QStringLiteral("nl"))->status,
             QStringLiteral("outdated"));
}

void tst_ProcedurePack::importRefusesMalformedProcedureRows()
{
    QString error;
    const QString built = buildPack(m_pack, m_dir->filePath(QStringLiteral("out")), &error);
    QVERIFY2(!built.isEmpty(), qPrintable(error));
    {
        rc::storage::Database db;
        QVERIFY(db.open(built, rc::storage::Database::Mode::ReadWriteCreate));
        QVERIFY(db.exec(QStringLiteral("UPDATE procedure_steps SET position = 'first'")));
    }
    ContentStore store;
    QVERIFY(store.open(m_dir->filePath(QStringLiteral("content.sqlite"))));
    const ContentStore::ImportResult result = store.importPack(built);
    QCOMPARE(result.status, ContentStore::ImportStatus::Failed);
    QVERIFY2(result.message.contains(QLatin1String("procedures")), qPrintable(result.message));
    QVERIFY(store.procedures(QStringLiteral("en")).isEmpty());
}

void tst_ProcedurePack::realPackHasItsProcedures()
{
    Diagnostics diagnostics;
    const PackSource pack
        = PackSource::load(sourcePack(QStringLiteral("nl")), QDate::currentDate(), diagnostics);
    QVERIFY2(!rc::content::hasErrors(diagnostics), qPrintable(joinDiagnostics(diagnostics)));
    QStringList ids;
    for (const auto &procedure : pack.procedures)
        ids.append(procedure.id);
    QCOMPARE(ids,
             (QStringList { QStringLiteral("appeal"), QStringLiteral("dublin"), QStringLiteral("extended"),
                            QStringLiteral("family-reunification"), QStringLiteral("general") }));
}

QTEST_GUILESS_MAIN(tst_ProcedurePack)
#include "tst_procedurepack.moc"
