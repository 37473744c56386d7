#include "NginxServer.h"
#include "SyncFixture.h"

#include <QTest>
#include <QUrl>

using namespace rc::test;

namespace {

// The stored (hash-named) file of target `name` in the repository, per targets metadata `file`.
QByteArray storedTarget(const QString &repo, const QString &targetsFile, const QString &name)
{
    SyncError error;
    const auto envelope
        = tuf::Envelope::parse(readFile(repo + QStringLiteral("/metadata/") + targetsFile), true, &error);
    if (!envelope)
        return {};
    const auto targets = tuf::Targets::fromJson(envelope->signedValue, &error);
    if (!targets)
        return {};
    const QByteArray hash = targets->targets.value(name.toUtf8()).hashes.value("sha256");
    return readFile(repo + QStringLiteral("/targets/") + tuf::consistentTargetPath(name, hash));
}

} // namespace

// Interoperability: tuf-js (npm), a TUF client written by other people, refreshes the repository
// that rcpack published, served by nginx, and downloads targets from it; then again after an update.
class tst_TufJsInterop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tufJsReadsOurRepository();

private:
    Run tufJs(const QStringList &names);
    QTemporaryDir m_dir;
    // One article's English text and the pack's own target, as rcpack named them.
    QString m_article;
    QString m_pack;
    std::unique_ptr<NginxServer> m_nginx;
    QString m_repo;
};

void tst_TufJsInterop::initTestCase()
{
    QVERIFY2(QFileInfo(rcpackPath()).isExecutable(), "rcpack is not built");
    QVERIFY2(QFileInfo::exists(QStringLiteral(RC_NODE_MODULES "/tuf-js/package.json")),
             "tuf-js is not installed in " RC_NODE_MODULES " (the CTest fixture tufjs_install installs it)");
}

Run tst_TufJsInterop::tufJs(const QStringList &names)
{
    // Nothing between tuf-js and nginx: no proxy from the environment.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         { "http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY" })
        environment.remove(QLatin1String(name));
    return runProgram(QStringLiteral(RC_NODE),
                      QStringList { QStringLiteral(RC_SOURCE_DIR "/tests/sync/tufjs-client.js"),
                                    QStringLiteral(RC_NODE_MODULES),
                                    m_nginx->url(QStringLiteral("/metadata/")),
                                    m_nginx->url(QStringLiteral("/targets/")),
                                    m_dir.filePath(QStringLiteral("tufjs-metadata")),
                                    m_dir.filePath(QStringLiteral("tufjs-targets")) }
                          + names,
                      environment);
}

void tst_TufJsInterop::tufJsReadsOurRepository()
{
    const QString source = m_dir.filePath(QStringLiteral("minimal"));
    const QString keys = m_dir.filePath(QStringLiteral("keys"));
    m_repo = m_dir.filePath(QStringLiteral("repo"));
    QVERIFY(copyFolder(QStringLiteral(RC_TEST_DATA "/packs/minimal"), source));
    QVERIFY(rcpack({ QStringLiteral("keygen"), QStringLiteral("--keys"), keys }).exitCode == 0);
    const QStringList publish { QStringLiteral("publish"), source, QStringLiteral("--repo"), m_repo,
                                QStringLiteral("--keys"),  keys };
    const Run first = rcpack(publish);
    QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
    const QStringList added = publishedTargets(first, QStringLiteral("added"));
    m_article = firstStartingWith(added, QStringLiteral("minimal/articles/lawyer/en"));
    m_pack = firstStartingWith(added, QStringLiteral("minimal/pack"));
    QVERIFY2(!m_article.isEmpty() && !m_pack.isEmpty(), qPrintable(first.describe()));
    m_nginx = std::make_unique<NginxServer>(m_repo);
    QString error;
    QVERIFY2(m_nginx->start(&error), qPrintable(error));

    // tuf-js starts from the pinned root, like the app.
    const QString metadata = m_dir.filePath(QStringLiteral("tufjs-metadata"));
    const QString targets = m_dir.filePath(QStringLiteral("tufjs-targets"));
    QDir().mkpath(metadata);
    QDir().mkpath(targets);
    QVERIFY(QFile::copy(m_repo + QStringLiteral("/metadata/1.root.json"),
                        metadata + QStringLiteral("/root.json")));

    const Run initial = tufJs({ m_article, m_pack });
    QVERIFY2(initial.exitCode == 0 && initial.out.contains(QLatin1String(": ok")),
             qPrintable(initial.describe()));
    QVERIFY2(initial.out.contains(QLatin1String("downloaded ") + m_article), qPrintable(initial.describe()));
    const QString articleFile
        = targets + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(m_article));
    QCOMPARE(readFile(articleFile), storedTarget(m_repo, QStringLiteral("1.targets.json"), m_article));
    QCOMPARE(readFile(targets + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(m_pack))),
             storedTarget(m_repo, QStringLiteral("1.targets.json"), m_pack));
    // tuf-js keeps the metadata it trusts: exactly the bytes we published.
    QCOMPARE(readFile(metadata + QStringLiteral("/timestamp.json")),
             readFile(m_repo + QStringLiteral("/metadata/timestamp.json")));
    QCOMPARE(readFile(metadata + QStringLiteral("/targets.json")),
             readFile(m_repo + QStringLiteral("/metadata/1.targets.json")));

    // An update: tuf-js walks from version 1 to 2 and fetches the changed article.
    QFile article(source + QStringLiteral("/articles/lawyer/en.md"));
    QVERIFY(article.open(QIODevice::Append));
    article.write("\nSince 1 March 2025 the legal aid office also answers by chat.\n");
    article.close();
    const Run second = rcpack(publish);
    QVERIFY2(second.exitCode == 0, qPrintable(second.describe()));
    const qsizetype mark = m_nginx->log().size();
    const Run updated = tufJs({ m_article, m_pack });
    QVERIFY2(updated.exitCode == 0, qPrintable(updated.describe()));
    QVERIFY2(updated.out.contains(QLatin1String("downloaded ") + m_article)
                 && updated.out.contains(QLatin1String("cached ") + m_pack),
             qPrintable(updated.describe()));
    QCOMPARE(readFile(articleFile), storedTarget(m_repo, QStringLiteral("2.targets.json"), m_article));
    QCOMPARE(readFile(metadata + QStringLiteral("/targets.json")),
             readFile(m_repo + QStringLiteral("/metadata/2.targets.json")));
    bool fetchedSnapshot = false;
    for (const NginxServer::LogEntry &entry : m_nginx->log().mid(mark))
        fetchedSnapshot
            = fetchedSnapshot || (entry.uri == "/metadata/2.snapshot.json" && entry.status == 200);
    QVERIFY(fetchedSnapshot);

    // A target whose stored bytes were changed on the server is refused by tuf-js too.
    const QByteArray stored = storedTarget(m_repo, QStringLiteral("2.targets.json"), m_pack);
    QVERIFY(!stored.isEmpty());
    SyncError parseError;
    const auto envelope = tuf::Envelope::parse(readFile(m_repo + QStringLiteral("/metadata/2.targets.json")),
                                               true, &parseError);
    const auto signedTargets = tuf::Targets::fromJson(envelope->signedValue, &parseError);
    const QString packPath = m_repo + QStringLiteral("/targets/")
        + tuf::consistentTargetPath(m_pack,
                                    signedTargets->targets.value(m_pack.toUtf8()).hashes.value("sha256"));
    QByteArray tampered = stored;
    tampered[0] = char(tampered[0] ^ 0x20);
    writeFile(packPath, tampered);
    QFile::remove(targets + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(m_pack)));
    const Run refused = tufJs({ m_pack });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("LengthOrHashMismatchError")),
             qPrintable(refused.describe()));
    qInfo("%s; tampered target: %s",
          qPrintable(updated.out.split(QLatin1Char('\n')).filter(QStringLiteral(": ok")).join(QString())),
          qPrintable(refused.err.trimmed()));
}

QTEST_GUILESS_MAIN(tst_TufJsInterop)
#include "tst_tufjsinterop.moc"
