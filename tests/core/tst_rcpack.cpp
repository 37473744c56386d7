#include "../RcpackRun.h"
#include "PackFixture.h"
#include "content/ContentSchema.h"
#include "storage/Database.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rc::test;

namespace {

} // namespace

class tst_Rcpack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void lintRealPackSucceeds();
    void lintBrokenPackReportsFileAndLine();
    void buildWritesPack();
    void buildBrokenPackWritesNothing();
    void usageErrors_data();
    void usageErrors();
    void statsTableForAFixture();
    void statsOnABrokenPackStillAnswers();
    void stampThenLintThenEditTheEnglish();
    void lintReportsEveryRuleInTheFixture();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Rcpack::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo(QStringLiteral(RC_BINARY_DIR "/bin/rcpack")).isExecutable(), "rcpack is not built");
}

void tst_Rcpack::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_Rcpack::lintRealPackSucceeds()
{
    const Run run = rcpack({ QStringLiteral("lint"), sourcePack(QStringLiteral("nl")) });
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.out.contains(QLatin1String(": ok, ")), qPrintable(describe(run)));
    QVERIFY2(!run.err.contains(QLatin1String(": error: ")), qPrintable(describe(run)));
}

void tst_Rcpack::lintBrokenPackReportsFileAndLine()
{
    const QString pack = fixturePack(QStringLiteral("broken-article"));
    const Run run = rcpack({ QStringLiteral("lint"), pack });
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));

    // Every error line is "<path>:<line>: error: <message>", the form editors and CI annotate.
    static const QRegularExpression form(QStringLiteral(R"(^(.+):(\d+): error: (.+)$)"));
    QStringList errorLines;
    for (const QString &line : run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.contains(QLatin1String("error")) || line.endsWith(QLatin1String("warning(s)")))
            continue;
        const auto match = form.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        QVERIFY2(QFileInfo(match.captured(1)).exists(), qPrintable(line));
        errorLines.append(line);
    }
    QVERIFY2(errorLines.contains(
                 pack
                 + QStringLiteral("/articles/lawyer/en.md:5: error: status 'finished' is not one of "
                                  "reviewed, machine, outdated")),
             qPrintable(describe(run)));
    QVERIFY2(errorLines.contains(pack
                                 + QStringLiteral("/articles/registration/nl.md:8: error: source "
                                                  "'http://www.ind.nl/asiel' is not an https URL")),
             qPrintable(describe(run)));
    QCOMPARE(errorLines.size(), 2);
    QVERIFY2(run.err.contains(QLatin1String("2 error(s)")), qPrintable(describe(run)));
}

void tst_Rcpack::buildWritesPack()
{
    const QString out = m_dir->filePath(QStringLiteral("out"));
    const Run run = rcpack(
        { QStringLiteral("build"), fixturePack(QStringLiteral("minimal")), QStringLiteral("--out"), out });
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QString written = out + QStringLiteral("/minimal.rcpack");
    QVERIFY2(run.out.contains(written), qPrintable(describe(run)));
    QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden),
             QStringList { QStringLiteral("minimal.rcpack") });

    rc::storage::Database db;
    QVERIFY(db.open(written, rc::storage::Database::Mode::ReadOnly));
    QVERIFY(db.checkIntegrity());
    QCOMPARE(db.userVersion(), rc::content::contentSchemaVersion());
    QCOMPARE(db.queryInteger(QStringLiteral("SELECT count(*) FROM article_texts")).value_or(-1), 4);

    // The tool and the library build the same bytes.
    QString error;
    const QString library
        = buildPack(fixturePack(QStringLiteral("minimal")), m_dir->filePath(QStringLiteral("lib")), &error);
    QVERIFY2(!library.isEmpty(), qPrintable(error));
    QVERIFY(readFile(library) == readFile(written));
}

void tst_Rcpack::buildBrokenPackWritesNothing()
{
    const QString out = m_dir->filePath(QStringLiteral("out"));
    const Run run = rcpack({ QStringLiteral("build"), fixturePack(QStringLiteral("broken-article")),
                             QStringLiteral("--out"), out });
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    QVERIFY2(run.err.contains(QLatin1String("not built")), qPrintable(describe(run)));
    QVERIFY(QDir(out).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

void tst_Rcpack::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("no arguments") << QStringList() << QStringLiteral("expected a command");
    QTest::newRow("lint without source")
        << QStringList { QStringLiteral("lint") } << QStringLiteral("lint expects one source folder");
    QTest::newRow("build without --out")
        << QStringList { QStringLiteral("build"), fixturePack(QStringLiteral("minimal")) }
        << QStringLiteral("build needs --out DIR");
    QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate"),
                                                      fixturePack(QStringLiteral("minimal")) }
                                     << QStringLiteral("unknown command 'frobnicate'");
    QTest::newRow("unknown option") << QStringList { QStringLiteral("lint"), QStringLiteral("--frobnicate"),
                                                     fixturePack(QStringLiteral("minimal")) }
                                    << QStringLiteral("frobnicate");
    QTest::newRow("too many arguments")
        << QStringList { QStringLiteral("lint"), QStringLiteral("a"), QStringLiteral("b") }
        << QStringLiteral("lint expects one source folder");
    QTest::newRow("stats without source")
        << QStringList { QStringLiteral("stats") } << QStringLiteral("stats expects one source folder");
    QTest::newRow("stamp without source")
        << QStringList { QStringLiteral("stamp") } << QStringLiteral("stamp expects one source folder");
    QTest::newRow("stamp --lang without a value")
        << QStringList { QStringLiteral("stamp"), fixturePack(QStringLiteral("minimal")),
                         QStringLiteral("--lang") }
        << QStringLiteral("lang");
    QTest::newRow("stamp an article and the glossary")
        << QStringList { QStringLiteral("stamp"), fixturePack(QStringLiteral("minimal")),
                         QStringLiteral("--article"), QStringLiteral("lawyer"), QStringLiteral("--glossary") }
        << QStringLiteral("stamp takes --article or --glossary, not both");
}

void tst_Rcpack::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, fragment);
    const Run run = rcpack(arguments);
    QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
    QVERIFY2(run.err.contains(fragment), qPrintable(describe(run)));
    QVERIFY2(run.err.contains(QLatin1String("usage:")), qPrintable(describe(run)));
    QVERIFY2(run.err.contains(QLatin1String("rcpack build SOURCE --out DIR")), qPrintable(describe(run)));
}

void tst_Rcpack::statsTableForAFixture()
{
    const QString pack = fixturePack(QStringLiteral("showcase"));
    const Run run = rcpack({ QStringLiteral("stats"), pack });
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(
        run.out,
        pack
            + QStringLiteral(
                ": 3 articles, 3 glossary entries\n"
                "language  articles  reviewed  machine  outdated  missing  glossary  glossary-outdated\n"
                "en               3         3        0         0        0         3                  0\n"
                "nl               2         0        1         1        1         2                  2\n"
                "ar               1         0        1         0        2         3                  0\n"));
    QVERIFY2(run.err.isEmpty(), qPrintable(describe(run)));
}

void tst_Rcpack::statsOnABrokenPackStillAnswers()
{
    // Texts with errors count as missing; the tool says so and still exits 0.
    const Run run = rcpack({ QStringLiteral("stats"), fixturePack(QStringLiteral("lint-rules")) });
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.out.contains(
                 QLatin1String("\nen               2         2        0         0        0         0")),
             qPrintable(describe(run)));
    QVERIFY2(run.out.contains(
                 QLatin1String("\nnl               1         0        0         1        1         0")),
             qPrintable(describe(run)));
    QVERIFY2(run.err.contains(QLatin1String("8 error(s)")), qPrintable(describe(run)));
}

void tst_Rcpack::stampThenLintThenEditTheEnglish()
{
    const QString pack
        = copyPack(fixturePack(QStringLiteral("showcase")), m_dir->path(), QStringLiteral("showcase"));
    QVERIFY(!pack.isEmpty());
    const QString outdated
        = QStringLiteral("the English text changed since this translation was made; it is shown as "
                         "outdated");
    const Run before = rcpack({ QStringLiteral("lint"), pack });
    QVERIFY2(before.exitCode == 0, qPrintable(describe(before)));
    QVERIFY2(
        before.err.contains(pack + QStringLiteral("/articles/appeal-time/nl.md:10: warning: ") + outdated),
        qPrintable(describe(before)));
    QVERIFY2(before.err.contains(pack + QStringLiteral("/glossary/nl.md:5: warning: ") + outdated),
             qPrintable(describe(before)));

    const Run stamp = rcpack({ QStringLiteral("stamp"), pack });
    QVERIFY2(stamp.exitCode == 0, qPrintable(describe(stamp)));
    QCOMPARE(stamp.out,
             QStringLiteral("stamped %1/articles/appeal-time/nl.md\nstamped %1/glossary/nl.md\n"
                            "%1: 2 stamped, 3 already current\n")
                 .arg(pack));

    const Run after = rcpack({ QStringLiteral("lint"), pack });
    QVERIFY2(after.exitCode == 0, qPrintable(describe(after)));
    QVERIFY2(!after.err.contains(outdated), qPrintable(describe(after)));
    QVERIFY2(
        rcpack({ QStringLiteral("stats"), pack })
            .out.contains(QLatin1String(
                "\nnl               2         0        2         0        1         2                  0\n")),
        "stats still counts outdated translations");

    // A writer changes the English text: its translations are outdated again, in lint and in the pack.
    QVERIFY(replaceInFile(pack + QStringLiteral("/articles/appeal-time/en.md"), "1 week", "2 weeks"));
    const Run edited = rcpack({ QStringLiteral("lint"), pack });
    QVERIFY2(edited.exitCode == 0, qPrintable(describe(edited)));
    QVERIFY2(
        edited.err.contains(pack + QStringLiteral("/articles/appeal-time/nl.md:10: warning: ") + outdated),
        qPrintable(describe(edited)));
    QCOMPARE(edited.err.count(outdated), 1);

    const QString out = m_dir->filePath(QStringLiteral("out"));
    const Run build = rcpack({ QStringLiteral("build"), pack, QStringLiteral("--out"), out });
    QVERIFY2(build.exitCode == 0, qPrintable(describe(build)));
    rc::storage::Database db;
    QVERIFY(db.open(out + QStringLiteral("/showcase.rcpack"), rc::storage::Database::Mode::ReadOnly));
    auto status = db.prepare(
        QStringLiteral("SELECT status FROM article_texts WHERE article = 'appeal-time' AND lang = 'nl'"));
    QVERIFY(status.step());
    QCOMPARE(status.text(0), QStringLiteral("outdated"));

    // Stamping one article in one language touches only that file.
    const QByteArray glossary = readFile(pack + QStringLiteral("/glossary/nl.md"));
    const Run one = rcpack({ QStringLiteral("stamp"), pack, QStringLiteral("--lang"), QStringLiteral("nl"),
                             QStringLiteral("--article"), QStringLiteral("appeal-time") });
    QVERIFY2(one.exitCode == 0, qPrintable(describe(one)));
    QVERIFY2(one.out.startsWith(QStringLiteral("stamped %1/articles/appeal-time/nl.md\n").arg(pack)),
             qPrintable(describe(one)));
    QCOMPARE(readFile(pack + QStringLiteral("/glossary/nl.md")), glossary);
    QVERIFY(!rcpack({ QStringLiteral("lint"), pack }).err.contains(outdated));

    const Run unknown
        = rcpack({ QStringLiteral("stamp"), pack, QStringLiteral("--article"), QStringLiteral("nope") });
    QVERIFY2(unknown.exitCode == 1, qPrintable(describe(unknown)));
    QVERIFY2(unknown.err.contains(QLatin1String("there is no such article")), qPrintable(describe(unknown)));
}

void tst_Rcpack::lintReportsEveryRuleInTheFixture()
{
    const QString pack = fixturePack(QStringLiteral("lint-rules"));
    const Run run = rcpack({ QStringLiteral("lint"), pack });
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    for (const QString &expected : {
             QStringLiteral("/articles/links/en.md:10: error: broken link 'article:appeal'"),
             QStringLiteral("/articles/links/en.md:12: error: broken link 'glossary:beslistermijn'"),
             QStringLiteral("/articles/links/en.md:14: warning: sentence of 36 words"),
             QStringLiteral("/articles/links/nl.md:9: warning: the English text changed"),
             QStringLiteral("/articles/lawyer/nl.md:9: error: based-on '12345'"),
             QStringLiteral("/articles/unsafe/en.md:10: error: link 'http://www.ind.nl/' is not allowed"),
             QStringLiteral("/articles/unsafe/en.md:12: error: link 'javascript:alert(1' is not allowed"),
             QStringLiteral("/articles/unsafe/en.md:14: error: raw HTML is not allowed"),
             QStringLiteral("/glossary/en.md:10: error: glossary id 'voornemen' is used twice"),
             QStringLiteral("/glossary/nl.md:10: error: glossary id 'gehoor' is not in the English glossary"),
             QStringLiteral("/pack.json:8: warning: language 'nl': 1 of 2 articles are not translated yet"),
         })
        QVERIFY2(run.err.contains(pack + expected),
                 qPrintable(expected + QStringLiteral("\n") + describe(run)));
    QVERIFY2(run.err.contains(QLatin1String("8 error(s), 3 warning(s)")), qPrintable(describe(run)));
}

QTEST_GUILESS_MAIN(tst_Rcpack)
#include "tst_rcpack.moc"
