#include "../RcpackRun.h"
#include "SyncFixture.h"

#include <QTest>
#include <QUrl>

using namespace rc::test;

namespace {

} // namespace

// rcpack keygen, publish, verify, rotate-root and tuf-client (the tuf-conformance CLIENT-CLI).
class tst_RcpackSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void keygenPublishVerify();
    void publishTheRealPackTwice();
    void verifyRefusesATamperedRepository();
    void rotateRootThenVerify();
    void tufClientInitRefreshDownload();
    void tufClientFailsOnAttack();
    void usageErrors_data();
    void usageErrors();

private:
    Run keygenAndPublish();
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_source;
    QString m_keys;
    QString m_repo;
};

void tst_RcpackSync::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(RC_BINARY_DIR "/bin/rcpack")).isExecutable(), "rcpack is not built");
}

void tst_RcpackSync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_source = m_dir->filePath(QStringLiteral("minimal"));
    m_keys = m_dir->filePath(QStringLiteral("keys"));
    m_repo = m_dir->filePath(QStringLiteral("repo"));
    // A real pack source (publish splits it into one target per article per language).
    const QDir fixture(QStringLiteral(RC_TEST_DATA "/packs/minimal"));
    QDirIterator files(fixture.path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        writeFile(QDir(m_source).filePath(fixture.relativeFilePath(path)), readFile(path));
    }
}

Run tst_RcpackSync::keygenAndPublish()
{
    const Run keygen = rcpack({ QStringLiteral("keygen"), QStringLiteral("--keys"), m_keys });
    if (keygen.exitCode != 0)
        return keygen;
    return rcpack({ QStringLiteral("publish"), m_source, QStringLiteral("--repo"), m_repo,
                    QStringLiteral("--keys"), m_keys });
}

void tst_RcpackSync::keygenPublishVerify()
{
    const Run publish = keygenAndPublish();
    QVERIFY2(publish.exitCode == 0, qPrintable(describe(publish)));
    QVERIFY(publish.out.contains(QLatin1String("added minimal/articles/lawyer/en")));
    QVERIFY(publish.out.contains(
        QLatin1String("root 1 (new), targets 1 (new), snapshot 1 (new), timestamp 1 (new)")));
    const Run verify = rcpack({ QStringLiteral("verify"), QStringLiteral("--repo"), m_repo,
                                QStringLiteral("--root"), m_repo + QStringLiteral("/metadata/1.root.json") });
    QVERIFY2(verify.exitCode == 0, qPrintable(describe(verify)));
    QVERIFY(verify.out.contains(QLatin1String("ok 5 targets")));
    QVERIFY(verify.out.contains(QLatin1String("ok root chain up to version 1")));
}

void tst_RcpackSync::publishTheRealPackTwice()
{
    QVERIFY(rcpack({ QStringLiteral("keygen"), QStringLiteral("--keys"), m_keys }).exitCode == 0);
    const QString pack = QStringLiteral(RC_SOURCE_DIR "/content/nl");
    const Run first = rcpack({ QStringLiteral("publish"), pack, QStringLiteral("--repo"), m_repo,
                               QStringLiteral("--keys"), m_keys });
    QVERIFY2(first.exitCode == 0, qPrintable(describe(first)));
    const QMap<QString, QByteArray> before = snapshotFolder(m_repo);
    const Run second = rcpack({ QStringLiteral("publish"), pack, QStringLiteral("--repo"), m_repo,
                                QStringLiteral("--keys"), m_keys });
    QVERIFY2(second.exitCode == 0, qPrintable(describe(second)));
    QVERIFY(second.out.contains(QLatin1String(" 0 changed, 0 files written")));
    QCOMPARE(snapshotFolder(m_repo), before);
}

void tst_RcpackSync::verifyRefusesATamperedRepository()
{
    QVERIFY(keygenAndPublish().exitCode == 0);
    const QString targets = m_repo + QStringLiteral("/metadata/1.targets.json");
    QByteArray bytes = readFile(targets);
    bytes.replace("\"minimal/pack\"", "\"minimal/paco\"");
    writeFile(targets, bytes);
    const Run verify = rcpack({ QStringLiteral("verify"), QStringLiteral("--repo"), m_repo,
                                QStringLiteral("--root"), m_repo + QStringLiteral("/metadata/1.root.json") });
    QCOMPARE(verify.exitCode, 1);
    QVERIFY2(verify.err.contains(QLatin1String("FAILED: mix-and-match")), qPrintable(describe(verify)));
}

void tst_RcpackSync::rotateRootThenVerify()
{
    QVERIFY(keygenAndPublish().exitCode == 0);
    const QString newKeys = m_dir->filePath(QStringLiteral("new-keys"));
    QVERIFY(rcpack({ QStringLiteral("keygen"), QStringLiteral("--keys"), newKeys }).exitCode == 0);
    QFile::remove(newKeys
                  + QStringLiteral("/targets.pem")); // rotate root, snapshot and timestamp; keep targets
    const Run rotate = rcpack({ QStringLiteral("rotate-root"), QStringLiteral("--repo"), m_repo,
                                QStringLiteral("--keys"), m_keys, QStringLiteral("--new-keys"), newKeys });
    QVERIFY2(rotate.exitCode == 0, qPrintable(describe(rotate)));
    QVERIFY(QFileInfo::exists(m_repo + QStringLiteral("/metadata/2.root.json")));
    // Publishing with the old keys is refused; with the keys in force it signs snapshot and timestamp again.
    const Run stale = rcpack({ QStringLiteral("publish"), m_source, QStringLiteral("--repo"), m_repo,
                               QStringLiteral("--keys"), m_keys });
    QCOMPARE(stale.exitCode, 1);
    QVERIFY(QFile::copy(m_keys + QStringLiteral("/targets.pem"), newKeys + QStringLiteral("/targets.pem")));
    const Run publish = rcpack({ QStringLiteral("publish"), m_source, QStringLiteral("--repo"), m_repo,
                                 QStringLiteral("--keys"), newKeys });
    QVERIFY2(publish.exitCode == 0, qPrintable(describe(publish)));
    QVERIFY(publish.out.contains(QLatin1String("root 2, targets 1, snapshot 2 (new), timestamp 2 (new)")));
    const Run verify = rcpack({ QStringLiteral("verify"), QStringLiteral("--repo"), m_repo,
                                QStringLiteral("--root"), m_repo + QStringLiteral("/metadata/1.root.json") });
    QVERIFY2(verify.exitCode == 0, qPrintable(describe(verify)));
    QVERIFY(verify.out.contains(QLatin1String("root chain up to version 2")));
}

void tst_RcpackSync::tufClientInitRefreshDownload()
{
    QVERIFY(keygenAndPublish().exitCode == 0);
    const QString metadataDir = m_dir->filePath(QStringLiteral("client-metadata"));
    const QString targetDir = m_dir->filePath(QStringLiteral("client-targets"));
    QDir().mkpath(metadataDir);
    QDir().mkpath(targetDir);
    const QString metadataUrl = QUrl::fromLocalFile(m_repo + QStringLiteral("/metadata")).toString();
    const QString targetsUrl = QUrl::fromLocalFile(m_repo + QStringLiteral("/targets")).toString();

    const Run init = rcpack({ QStringLiteral("tuf-client"), QStringLiteral("--metadata-dir"), metadataDir,
                              QStringLiteral("init"), m_repo + QStringLiteral("/metadata/1.root.json") });
    QVERIFY2(init.exitCode == 0, qPrintable(describe(init)));
    const Run refresh = rcpack({ QStringLiteral("tuf-client"), QStringLiteral("--metadata-url"), metadataUrl,
                                 QStringLiteral("--metadata-dir"), metadataDir, QStringLiteral("refresh") });
    QVERIFY2(refresh.exitCode == 0, qPrintable(describe(refresh)));
    for (const char *role : { "root", "timestamp", "snapshot", "targets" })
        QVERIFY(QFileInfo::exists(QStringLiteral("%1/%2.json").arg(metadataDir, QLatin1String(role))));

    const QStringList download { QStringLiteral("tuf-client"),
                                 QStringLiteral("--metadata-url"),
                                 metadataUrl,
                                 QStringLiteral("--metadata-dir"),
                                 metadataDir,
                                 QStringLiteral("--target-name"),
                                 QStringLiteral("minimal/articles/lawyer/en"),
                                 QStringLiteral("--target-dir"),
                                 targetDir,
                                 QStringLiteral("--target-base-url"),
                                 targetsUrl,
                                 QStringLiteral("download") };
    const Run first = rcpack(download);
    QVERIFY2(first.exitCode == 0, qPrintable(describe(first)));
    QVERIFY(first.out.contains(QLatin1String("downloaded")));
    const QString stored = targetDir + QStringLiteral("/minimal%2Farticles%2Flawyer%2Fen");
    QVERIFY(QFileInfo::exists(stored));
    const Run second = rcpack(download);
    QVERIFY2(second.exitCode == 0 && second.out.contains(QLatin1String("already downloaded")),
             qPrintable(describe(second)));

    // Plain paths work as URLs; an unknown target fails with exit code 1.
    QStringList unknown = download;
    unknown[unknown.indexOf(QStringLiteral("minimal/articles/lawyer/en"))] = QStringLiteral("minimal/none");
    unknown[unknown.indexOf(metadataUrl)] = m_repo + QStringLiteral("/metadata");
    const Run missing = rcpack(unknown);
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QLatin1String("unknown-target")));
    // A web mirror that cannot be reached (port 9, discard): a clear failure, not a crash.
    const Run http = rcpack({ QStringLiteral("tuf-client"), QStringLiteral("--metadata-url"),
                              QStringLiteral("http://127.0.0.1:9/metadata"), QStringLiteral("--metadata-dir"),
                              metadataDir, QStringLiteral("refresh") });
    QCOMPARE(http.exitCode, 1);
}

void tst_RcpackSync::tufClientFailsOnAttack()
{
    QVERIFY(keygenAndPublish().exitCode == 0);
    const QString metadataDir = m_dir->filePath(QStringLiteral("client-metadata"));
    QDir().mkpath(metadataDir);
    QVERIFY(rcpack({ QStringLiteral("tuf-client"), QStringLiteral("--metadata-dir"), metadataDir,
                     QStringLiteral("init"), m_repo + QStringLiteral("/metadata/1.root.json") })
                .exitCode
            == 0);
    const QString timestamp = m_repo + QStringLiteral("/metadata/timestamp.json");
    QByteArray bytes = readFile(timestamp);
    bytes.replace("\"version\":1}}", "\"version\":2}}");
    writeFile(timestamp, bytes);
    const Run refresh = rcpack({ QStringLiteral("tuf-client"), QStringLiteral("--metadata-url"),
                                 m_repo + QStringLiteral("/metadata"), QStringLiteral("--metadata-dir"),
                                 metadataDir, QStringLiteral("refresh") });
    QCOMPARE(refresh.exitCode, 1);
    QVERIFY2(refresh.err.contains(QLatin1String("bad-signature")), qPrintable(describe(refresh)));
    QVERIFY(!QFileInfo::exists(metadataDir + QStringLiteral("/timestamp.json")));
}

void tst_RcpackSync::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("keygen without --keys") << QStringList { QStringLiteral("keygen") };
    QTest::newRow("publish without --keys") << QStringList { QStringLiteral("publish"), QStringLiteral("x"),
                                                             QStringLiteral("--repo"), QStringLiteral("r") };
    QTest::newRow("verify without --root")
        << QStringList { QStringLiteral("verify"), QStringLiteral("--repo"), QStringLiteral("r") };
    QTest::newRow("rotate-root without --new-keys")
        << QStringList { QStringLiteral("rotate-root"), QStringLiteral("--repo"), QStringLiteral("r"),
                         QStringLiteral("--keys"), QStringLiteral("k") };
    QTest::newRow("tuf-client without command")
        << QStringList { QStringLiteral("tuf-client"), QStringLiteral("--metadata-dir"),
                         QStringLiteral("m") };
    QTest::newRow("tuf-client unknown command")
        << QStringList { QStringLiteral("tuf-client"), QStringLiteral("--metadata-dir"), QStringLiteral("m"),
                         QStringLiteral("fetch") };
}

void tst_RcpackSync::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run run = rcpack(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QLatin1String("usage:")));
}

QTEST_GUILESS_MAIN(tst_RcpackSync)
#include "tst_rcpacksync.moc"
