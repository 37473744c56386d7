#include "PackFixture.h"
#include "content/ContentSchema.h"
#include "storage/Database.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rc::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run rcpack(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(RC_BINARY_DIR "/bin/rcpack"), arguments);
    Run run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString describe(const Run &run)
{
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(run.exitCode).arg(run.out, run.err);
}

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

QTEST_GUILESS_MAIN(tst_Rcpack)
#include "tst_rcpack.moc"
