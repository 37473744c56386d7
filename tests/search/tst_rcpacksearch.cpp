// `rcpack search` on a built test pack and on an app's content database: ranked, tab-separated hits,
// the requested language first, and the exit codes authors' scripts rely on.
#include "../RcpackRun.h"
#include "content/ContentStore.h"
#include "storage/Database.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

using rc::test::describe;
using rc::test::rcpack;
using rc::test::Run;

// The hits as "kind id language", one per line.
QStringList hits(const Run &run)
{
    QStringList result;
    for (const QString &line : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList columns = line.split(QLatin1Char('\t'));
        result.append(columns.size() == 5 ? columns.mid(0, 3).join(QLatin1Char(' '))
                                          : QStringLiteral("bad line: ") + line);
    }
    return result;
}

} // namespace

class tst_RcpackSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rankedHitsWithHighlights();
    void languageFirstThenEnglish();
    void arabicTypedWithoutTashkeel();
    void contentDatabaseToo();
    void nothingFoundExitsOne();
    void usageErrors_data();
    void usageErrors();
    void filesThatCannotBeSearched();

private:
    QTemporaryDir m_dir;
    QString m_pack;
};

void tst_RcpackSearch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const Run build = rcpack({ QStringLiteral("build"), QStringLiteral(RC_SEARCH_PACKS "/babel"),
                               QStringLiteral("--out"), m_dir.filePath(QStringLiteral("packs")) });
    QVERIFY2(build.exitCode == 0, qPrintable(describe(build)));
    m_pack = m_dir.filePath(QStringLiteral("packs/babel.rcpack"));
    QVERIFY(QFile::exists(m_pack));
}

void tst_RcpackSearch::rankedHitsWithHighlights()
{
    const Run run = rcpack({ QStringLiteral("search"), QStringLiteral("--db"), m_pack,
                             QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("lawyer") });
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QStringList found = hits(run);
    QCOMPARE(found.size(), 4);
    // The article with the word in its title first.
    QCOMPARE(found.first(), QStringLiteral("article babel/lawyer en"));
    const QStringList first = run.out.split(QLatin1Char('\n')).first().split(QLatin1Char('\t'));
    QCOMPARE(first.at(3), QStringLiteral("Your free [lawyer]"));
    QVERIFY2(first.at(4).contains(QLatin1String("[lawyer]")), qPrintable(first.at(4)));
    // --limit cuts the list.
    const Run two = rcpack({ QStringLiteral("search"), QStringLiteral("--db"), m_pack,
                             QStringLiteral("--limit"), QStringLiteral("2"), QStringLiteral("lawyer") });
    QCOMPARE(hits(two), found.mid(0, 2));
}

void tst_RcpackSearch::languageFirstThenEnglish()
{
    const Run run = rcpack({ QStringLiteral("search"), QStringLiteral("--db"), m_pack,
                             QStringLiteral("--lang"), QStringLiteral("ar"), QStringLiteral("advocaat") });
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(
        hits(run),
        QStringList({ QStringLiteral("glossary babel/advocaat ar"), QStringLiteral("article babel/lawyer ar"),
                      QStringLiteral("article babel/registration en") }));
}

void tst_RcpackSearch::arabicTypedWithoutTashkeel()
{
    // Typed on a Persian keyboard (ی, ک), without tashkeel, as several arguments.
    const Run run
        = rcpack({ QStringLiteral("search"), QStringLiteral("--db"), m_pack, QStringLiteral("--lang"),
                   QStringLiteral("ar"), QStringLiteral("محامیک"), QStringLiteral("المجانی") });
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(hits(run), QStringList { QStringLiteral("article babel/lawyer ar") });
    QVERIFY2(run.out.contains(QStringLiteral("[مُحَامِيكَ] [المَجَّانِيّ]")), qPrintable(run.out));
}

void tst_RcpackSearch::contentDatabaseToo()
{
    rc::content::ContentStore store;
    const QString path = m_dir.filePath(QStringLiteral("content.sqlite"));
    QVERIFY(store.open(path));
    QCOMPARE(store.importPack(m_pack).status, rc::content::ContentStore::ImportStatus::Installed);
    const Run run = rcpack({ QStringLiteral("search"), QStringLiteral("--db"), path, QStringLiteral("--lang"),
                             QStringLiteral("ckb"), QStringLiteral("پارێزەر") });
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(hits(run), QStringList { QStringLiteral("article babel/lawyer ckb") });
}

void tst_RcpackSearch::nothingFoundExitsOne()
{
    const Run run = rcpack({ QStringLiteral("search"), QStringLiteral("--db"), m_pack,
                             QStringLiteral("--lang"), QStringLiteral("ckb"), QStringLiteral("پارێزهر") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(QLatin1String("nothing found")), qPrintable(run.err));
}

void tst_RcpackSearch::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no --db") << QStringList { QStringLiteral("lawyer") };
    QTest::newRow("no query") << QStringList { QStringLiteral("--db"), QStringLiteral("x.rcpack") };
    QTest::newRow("bad language") << QStringList { QStringLiteral("--db"), QStringLiteral("x"),
                                                   QStringLiteral("--lang"), QStringLiteral("'; DROP"),
                                                   QStringLiteral("lawyer") };
    QTest::newRow("limit 0") << QStringList { QStringLiteral("--db"), QStringLiteral("x"),
                                              QStringLiteral("--limit"), QStringLiteral("0"),
                                              QStringLiteral("lawyer") };
    QTest::newRow("limit not a number")
        << QStringList { QStringLiteral("--db"), QStringLiteral("x"), QStringLiteral("--limit"),
                         QStringLiteral("ten"), QStringLiteral("lawyer") };
    QTest::newRow("punctuation only")
        << QStringList { QStringLiteral("--db"), QStringLiteral("x"), QStringLiteral("?!") };
    QTest::newRow("unknown option") << QStringList { QStringLiteral("--fuzzy"), QStringLiteral("lawyer") };
}

void tst_RcpackSearch::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run run = rcpack(QStringList { QStringLiteral("search") } + arguments);
    QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
    QVERIFY(run.err.contains(QLatin1String("usage")));
}

void tst_RcpackSearch::filesThatCannotBeSearched()
{
    const QString missing = m_dir.filePath(QStringLiteral("missing.rcpack"));
    const QString garbage = m_dir.filePath(QStringLiteral("garbage.rcpack"));
    const QString old = m_dir.filePath(QStringLiteral("old.sqlite"));
    QFile file(garbage);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    {
        rc::storage::Database db;
        QVERIFY(db.open(old, rc::storage::Database::Mode::ReadWriteCreate));
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE packs (pack TEXT); PRAGMA user_version = 2;")));
    }
    for (const QString &path : { missing, garbage, old }) {
        const Run run
            = rcpack({ QStringLiteral("search"), QStringLiteral("--db"), path, QStringLiteral("lawyer") });
        QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
        QVERIFY2(run.err.contains(path), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
    const Run run
        = rcpack({ QStringLiteral("search"), QStringLiteral("--db"), old, QStringLiteral("lawyer") });
    QVERIFY2(run.err.contains(QLatin1String("no search index")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(tst_RcpackSearch)
#include "tst_rcpacksearch.moc"
