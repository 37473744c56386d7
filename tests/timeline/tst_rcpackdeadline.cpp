#include "../RcpackRun.h"
#include "TimelineFixture.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

using rc::test::describe;
using rc::test::Run;

const QString rcpackPath = QStringLiteral(RC_BINARY_DIR "/bin/rcpack");

// `rcpack deadline ARGUMENTS`.
Run rcpack(const QStringList &arguments)
{
    return rc::test::rcpack(QStringList { QStringLiteral("deadline") } + arguments);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return {};
    return path;
}

} // namespace

class tst_RcpackDeadline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void printsTheLastDayFirst_data();
    void printsTheLastDayFirst();
    void noExtension();
    void explainsUncertainty();
    void explicitDataFiles();
    void badDataFiles();
    void badArguments_data();
    void badArguments();
    void listedInUsage();
};

void tst_RcpackDeadline::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo(rcpackPath).isExecutable(), "rcpack is not built");
}

void tst_RcpackDeadline::printsTheLastDayFirst_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("term");
    QTest::addColumn<QString>("end");
    // Mon 2025-04-14 + 1 week = Easter Monday 2025-04-21 -> Tue 2025-04-22.
    QTest::newRow("Easter Monday") << QStringLiteral("2025-04-14") << QStringLiteral("1 week")
                                   << QStringLiteral("2025-04-22");
    // Thu 2026-05-07 + 1 week = Ascension Day; Fri 15 equated (data file); weekend -> Mon 2026-05-18.
    QTest::newRow("Ascension and equated Friday")
        << QStringLiteral("2026-05-07") << QStringLiteral("1 WEEK") << QStringLiteral("2026-05-18");
    // Thu 2026-12-24 + 3 days: art. 1 then art. 2 -> Tue 2026-12-29.
    QTest::newRow("Atw art. 2") << QStringLiteral("2026-12-24") << QStringLiteral("3 days")
                                << QStringLiteral("2026-12-29");
    // Wed 2024-09-11 + 4 weeks = Wed 2024-10-09, no extension.
    QTest::newRow("ordinary") << QStringLiteral("2024-09-11") << QStringLiteral("4 weeks")
                              << QStringLiteral("2024-10-09");
}

void tst_RcpackDeadline::printsTheLastDayFirst()
{
    QFETCH(QString, from);
    QFETCH(QString, term);
    QFETCH(QString, end);
    const Run run = rcpack({ QStringLiteral("--from"), from, QStringLiteral("--term"), term });
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QStringList lines = run.lines();
    QVERIFY2(lines.size() >= 5, qPrintable(describe(run)));
    QCOMPARE(lines.constFirst(), end);
    QVERIFY2(lines.at(1).startsWith(QLatin1String("Rule: ")), qPrintable(describe(run)));
    QVERIFY2(run.out.contains(QStringLiteral("Last day: ")), qPrintable(describe(run)));
    QVERIFY2(run.out.contains(end), qPrintable(describe(run)));
    QVERIFY2(run.err.isEmpty(), qPrintable(describe(run)));
}

void tst_RcpackDeadline::noExtension()
{
    const QStringList base { QStringLiteral("--from"), QStringLiteral("2024-03-22"), QStringLiteral("--term"),
                             QStringLiteral("1 week") };
    const Run extended = rcpack(base);
    QVERIFY2(extended.exitCode == 0, qPrintable(describe(extended)));
    QCOMPARE(extended.lines().constFirst(), QStringLiteral("2024-04-02"));
    QVERIFY(extended.out.contains(QLatin1String("Good Friday")));
    QVERIFY(extended.out.contains(QLatin1String("Easter Monday")));

    const Run raw = rcpack(base + QStringList { QStringLiteral("--no-extension") });
    QVERIFY2(raw.exitCode == 0, qPrintable(describe(raw)));
    QCOMPARE(raw.lines().constFirst(), QStringLiteral("2024-03-29")); // Good Friday itself
    QVERIFY2(raw.out.contains(QLatin1String("was not applied")), qPrintable(describe(raw)));
    QVERIFY(!raw.out.contains(QLatin1String("Extended")));
}

void tst_RcpackDeadline::explainsUncertainty()
{
    const Run run = rcpack({ QStringLiteral("--from"), QStringLiteral("2025-03-29"), QStringLiteral("--term"),
                             QStringLiteral("3 months") });
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(run.lines().constFirst(), QStringLiteral("2025-06-30"));
    QVERIFY2(
        run.lines().constLast().contains(QLatin1String("it is not certain that the extension applies to a "
                                                       "term in months")),
        qPrintable(describe(run)));
}

void tst_RcpackDeadline::explicitDataFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // No equated days: the Friday after Ascension Day 2026 is then a working day.
    const QString noDays
        = writeFile(dir, QStringLiteral("none.json"), R"({ "note": "test: no decree", "days": [] })");
    QVERIFY(!noDays.isEmpty());
    Run run = rcpack({ QStringLiteral("--from"), QStringLiteral("2026-05-07"), QStringLiteral("--term"),
                       QStringLiteral("1 week"), QStringLiteral("--holidays"), noDays });
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(run.lines().constFirst(), QStringLiteral("2026-05-15"));

    // Rules that say the Atw does not apply to weeks.
    const QString rules = writeFile(dir, QStringLiteral("rules.json"), R"({ "rules": [
        { "unit": "weeks", "atw": "no", "source": "https://example.org/", "note": "test: never" } ] })");
    QVERIFY(!rules.isEmpty());
    run = rcpack({ QStringLiteral("--from"), QStringLiteral("2024-03-22"), QStringLiteral("--term"),
                   QStringLiteral("1 week"), QStringLiteral("--rules"), rules });
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(run.lines().constFirst(), QStringLiteral("2024-03-29"));
    QVERIFY2(run.out.contains(QLatin1String("test: never")), qPrintable(describe(run)));
}

void tst_RcpackDeadline::badDataFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString broken = writeFile(dir, QStringLiteral("broken.json"), "{ \"days\": [ }");
    const QString unsourced = writeFile(dir, QStringLiteral("unsourced.json"),
                                        R"({ "days": [ { "date": "2026-05-15", "name": "x" } ] })");
    const QString missing = dir.filePath(QStringLiteral("missing.json"));
    const QStringList base { QStringLiteral("--from"), QStringLiteral("2026-05-07"), QStringLiteral("--term"),
                             QStringLiteral("1 week") };
    const struct
    {
        QString option;
        QString file;
        QString message;
    } cases[] = {
        { QStringLiteral("--holidays"), broken, broken + QStringLiteral(":1: invalid JSON") },
        { QStringLiteral("--holidays"), unsourced, QStringLiteral("'source' is missing") },
        { QStringLiteral("--holidays"), missing, missing + QStringLiteral(": cannot open") },
        { QStringLiteral("--rules"), broken, broken + QStringLiteral(":1: invalid JSON") },
        { QStringLiteral("--rules"), missing, missing + QStringLiteral(": cannot open") },
    };
    for (const auto &c : cases) {
        const Run run = rcpack(base + QStringList { c.option, c.file });
        QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
        QVERIFY2(run.out.isEmpty(), qPrintable(describe(run)));
        QVERIFY2(run.err.startsWith(QStringLiteral("rcpack: ")) && run.err.contains(c.message),
                 qPrintable(describe(run)));
    }
}

void tst_RcpackDeadline::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString from = QStringLiteral("--from");
    const QString term = QStringLiteral("--term");
    QTest::newRow("no options") << QStringList() << QStringLiteral("needs --from");
    QTest::newRow("no term") << QStringList { from, QStringLiteral("2025-01-01") }
                             << QStringLiteral("needs --term");
    QTest::newRow("no from") << QStringList { term, QStringLiteral("1 week") }
                             << QStringLiteral("needs --from");
    QTest::newRow("bad date") << QStringList { from, QStringLiteral("2025-02-30"), term,
                                               QStringLiteral("1 week") }
                              << QStringLiteral("'2025-02-30' is not a date");
    QTest::newRow("Dutch date") << QStringList { from, QStringLiteral("30-01-2025"), term,
                                                 QStringLiteral("1 week") }
                                << QStringLiteral("is not a date written YYYY-MM-DD");
    QTest::newRow("date and time") << QStringList { from, QStringLiteral("2025-01-30T10:00"), term,
                                                    QStringLiteral("1 week") }
                                   << QStringLiteral("is not a date");
    QTest::newRow("before 2014") << QStringList { from, QStringLiteral("2013-05-01"), term,
                                                  QStringLiteral("1 week") }
                                 << QStringLiteral("only dates from 2014");
    QTest::newRow("zero term") << QStringList { from, QStringLiteral("2025-01-01"), term,
                                                QStringLiteral("0 days") }
                               << QStringLiteral("--term: the term \"0 days\" is zero");
    QTest::newRow("bad unit") << QStringList { from, QStringLiteral("2025-01-01"), term,
                                               QStringLiteral("1 fortnight") }
                              << QStringLiteral("unknown unit");
    QTest::newRow("huge term") << QStringList { from, QStringLiteral("2025-01-01"), term,
                                                QStringLiteral("99999 days") }
                               << QStringLiteral("longer than 10 years");
    QTest::newRow("unknown option") << QStringList {
        from, QStringLiteral("2025-01-01"), term, QStringLiteral("1 week"), QStringLiteral("--frobnicate")
    } << QStringLiteral("frobnicate");
    QTest::newRow("stray argument") << QStringList { from, QStringLiteral("2025-01-01"), term,
                                                     QStringLiteral("1 week"), QStringLiteral("extra") }
                                    << QStringLiteral("unexpected 'extra'");
    QTest::newRow("missing value") << QStringList { from } << QStringLiteral("Missing value");
}

void tst_RcpackDeadline::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = rcpack(arguments);
    QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
    QVERIFY2(run.out.isEmpty(), qPrintable(describe(run)));
    QVERIFY2(run.err.contains(message), qPrintable(describe(run)));
}

void tst_RcpackDeadline::listedInUsage()
{
    QProcess process;
    process.start(rcpackPath, { QStringLiteral("help") });
    QVERIFY(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(QLatin1String("rcpack deadline --from DATE --term TERM")), qPrintable(err));
}

QTEST_GUILESS_MAIN(tst_RcpackDeadline)
#include "tst_rcpackdeadline.moc"
