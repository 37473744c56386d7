#include "NginxServer.h"
#include "SyncFixture.h"
#include "sync/HttpTransport.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrl>

#ifndef RC_STRACE
#define RC_STRACE "/usr/bin/strace"
#endif

using namespace rc::test;

namespace {

// The article text the tests change, in the source, and the prefix of its target's name. A change to
// a translation changes that one target; a change to the English text would also mark the
// translations outdated, and so change their targets too.
const QString ArticleFile = QStringLiteral("articles/lawyer/nl.md");
const QString ArticleTarget = QStringLiteral("minimal/articles/lawyer/nl");

qint64 sumOf(const QList<NginxServer::LogEntry> &entries, int status)
{
    qint64 total = 0;
    for (const NginxServer::LogEntry &entry : entries)
        total += entry.status == status ? entry.bytes : 0;
    return total;
}

QString describe(const QList<NginxServer::LogEntry> &entries)
{
    QStringList lines;
    for (const NginxServer::LogEntry &entry : entries)
        lines.append(QStringLiteral("%1 %2 %3 %4")
                         .arg(QString::fromLatin1(entry.method), QString::fromLatin1(entry.uri))
                         .arg(entry.status)
                         .arg(entry.bytes));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

// A repository published by rcpack from a test pack, served by a real nginx on 127.0.0.1 with the
// configuration docs/publishing.md recommends; what went over the wire is read from nginx's own log.
class tst_NginxSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void oneArticleChangeTransfersOnlyItsTargetAndTheMetadata();
    void nginxSendsTheRecommendedCacheHeaders();
    void docsQuoteTheTestedConfiguration();
    void tufClientOverHttp();
    void onlyTheMirrorIsContacted();

private:
    QString changeArticleAndRepublish(QMap<QString, QByteArray> *changedFiles);
    QList<NginxServer::LogEntry> logSince(qsizetype mark) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<NginxServer> m_nginx;
    QString m_source;
    QString m_keys;
    QString m_repo;
    QString m_article; // the name of that article text's target, as rcpack published it
};

void tst_NginxSync::initTestCase()
{
    QVERIFY2(QFileInfo(rcpackPath()).isExecutable(), "rcpack is not built");
    QVERIFY2(QFileInfo(NginxServer::executable()).isExecutable(),
             qPrintable(QStringLiteral("nginx not found at %1: install nginx-light (./dev test does)")
                            .arg(NginxServer::executable())));
}

void tst_NginxSync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_source = m_dir->filePath(QStringLiteral("minimal"));
    m_keys = m_dir->filePath(QStringLiteral("keys"));
    m_repo = m_dir->filePath(QStringLiteral("repo"));
    QVERIFY(copyFolder(QStringLiteral(RC_TEST_DATA "/packs/minimal"), m_source));
    const Run keygen = rcpack({ QStringLiteral("keygen"), QStringLiteral("--keys"), m_keys });
    QVERIFY2(keygen.exitCode == 0, qPrintable(keygen.describe()));
    const Run publish = rcpack({ QStringLiteral("publish"), m_source, QStringLiteral("--repo"), m_repo,
                                 QStringLiteral("--keys"), m_keys });
    QVERIFY2(publish.exitCode == 0, qPrintable(publish.describe()));
    m_article = firstStartingWith(publishedTargets(publish, QStringLiteral("added")), ArticleTarget);
    QVERIFY2(!m_article.isEmpty(), qPrintable(publish.describe()));
    m_nginx = std::make_unique<NginxServer>(m_repo);
    QString error;
    QVERIFY2(m_nginx->start(&error), qPrintable(error));
}

void tst_NginxSync::cleanup()
{
    m_nginx.reset();
    m_dir.reset();
}

QList<NginxServer::LogEntry> tst_NginxSync::logSince(qsizetype mark) const
{
    return m_nginx->log().mid(mark);
}

QString tst_NginxSync::changeArticleAndRepublish(QMap<QString, QByteArray> *changedFiles)
{
    // nginx's ETag is the modification time in seconds and the size: a timestamp.json rewritten
    // within the same second at the same size would keep its ETag. A real publish is never that
    // quick after the last one; the test waits for the next second rather than fake the clock.
    QTest::qWait(1100);
    QFile file(QDir(m_source).filePath(ArticleFile));
    if (!file.open(QIODevice::Append))
        return {};
    file.write("\nSinds 1 maart 2025 antwoordt het Juridisch Loket ook via chat.\n");
    file.close();
    const QMap<QString, QByteArray> before = snapshotFolder(m_repo);
    const Run publish = rcpack({ QStringLiteral("publish"), m_source, QStringLiteral("--repo"), m_repo,
                                 QStringLiteral("--keys"), m_keys });
    if (publish.exitCode != 0) {
        qWarning("%s", qPrintable(publish.describe()));
        return {};
    }
    const QMap<QString, QByteArray> after = snapshotFolder(m_repo);
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (before.value(it.key()) != it.value())
            changedFiles->insert(it.key(), it.value());
    }
    // One article text changed: one target, nothing else.
    const QStringList changed = publishedTargets(publish, QStringLiteral("changed"));
    if (changed != QStringList { m_article } || !publishedTargets(publish, QStringLiteral("added")).isEmpty()
        || !publishedTargets(publish, QStringLiteral("removed")).isEmpty()) {
        qWarning("%s", qPrintable(publish.describe()));
        return {};
    }
    return changed.constFirst();
}

void tst_NginxSync::oneArticleChangeTransfersOnlyItsTargetAndTheMetadata()
{
    const QString state = m_dir->filePath(QStringLiteral("state"));
    QVERIFY(Client::initialise(state, readFile(m_repo + QStringLiteral("/metadata/1.root.json"))).ok());
    HttpTransport::Options options;
    options.cacheDirectory = m_dir->filePath(QStringLiteral("cache"));
    auto transport = HttpTransport::forRepository(QUrl(m_nginx->url()), options);
    Client client(state, transport.get());

    // First install: every target once, the metadata once.
    qsizetype mark = m_nginx->log().size();
    const RefreshResult first = client.refresh();
    QVERIFY2(first.error.ok(), qPrintable(first.error.toString()));
    QMap<QString, QByteArray> installed;
    for (const TargetChange &change : first.changedOrAdded()) {
        const Client::Download download = client.download(change.name);
        QVERIFY2(download.error.ok(), qPrintable(download.error.toString()));
        installed.insert(change.name, download.data);
    }
    QCOMPARE(installed.size(), client.trustedTargets()->targets.size());
    QList<NginxServer::LogEntry> entries = logSince(mark);
    const qint64 firstInstallBytes = sumOf(entries, 200);
    QCOMPARE(transport->bytesTransferred(), firstInstallBytes);
    const qsizetype firstRequests = entries.size();
    QCOMPARE(firstRequests, qsizetype(installed.size() + 4)); // + 2.root.json, timestamp, snapshot, targets

    // One article changes, the distributor publishes again, the phone updates.
    QMap<QString, QByteArray> changed;
    QCOMPARE(changeArticleAndRepublish(&changed), m_article);
    QStringList changedTargets;
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("targets/")))
            changedTargets.append(it.key());
    }
    QCOMPARE(changedTargets.size(), 1);
    QVERIFY2(changedTargets.constFirst().startsWith(QLatin1String("targets/minimal/articles/lawyer/")),
             qPrintable(changedTargets.constFirst()));
    QCOMPARE(QSet<QString>(changed.keyBegin(), changed.keyEnd()),
             (QSet<QString> { QStringLiteral("metadata/timestamp.json"),
                              QStringLiteral("metadata/2.snapshot.json"),
                              QStringLiteral("metadata/2.targets.json"), changedTargets.constFirst() }));

    mark = m_nginx->log().size();
    const qint64 bytesBefore = transport->bytesTransferred();
    const RefreshResult update = client.refresh();
    QVERIFY2(update.error.ok(), qPrintable(update.error.toString()));
    QCOMPARE(update.changes.size(), 1);
    QCOMPARE(update.changes.constFirst().name, m_article);
    QCOMPARE(update.changes.constFirst().kind, TargetChange::Kind::Modified);
    const Client::Download download = client.download(update.changes.constFirst().name);
    QVERIFY2(download.error.ok(), qPrintable(download.error.toString()));
    QCOMPARE(download.data, changed.value(changedTargets.constFirst()));

    // nginx's log: exactly the changed files with 200 and their exact sizes, and the probe for a
    // next root (404). Nothing else was asked for.
    entries = logSince(mark);
    QMap<QString, qint64> served;
    for (const NginxServer::LogEntry &entry : entries) {
        if (entry.status == 200)
            served.insert(QString::fromLatin1(entry.uri).mid(1), entry.bytes);
    }
    QMap<QString, qint64> expected;
    for (auto it = changed.cbegin(); it != changed.cend(); ++it)
        expected.insert(it.key(), it.value().size());
    QVERIFY2(served == expected, qPrintable(describe(entries)));
    QCOMPARE(entries.size(), 5);
    const auto probe = std::find_if(entries.cbegin(), entries.cend(), [](const NginxServer::LogEntry &entry) {
        return entry.uri == "/metadata/2.root.json";
    });
    QVERIFY(probe != entries.cend());
    QCOMPARE(probe->status, 404);
    // The timestamp was asked for with the ETag of the last copy, and had changed.
    const auto timestamp
        = std::find_if(entries.cbegin(), entries.cend(), [](const NginxServer::LogEntry &entry) {
              return entry.uri == "/metadata/timestamp.json";
          });
    QVERIFY(timestamp->ifNoneMatch != "-");
    const qint64 updateBytes = sumOf(entries, 200);
    QCOMPARE(transport->bytesTransferred() - bytesBefore, updateBytes);
    qInfo("first install: %lld bytes in %lld requests; one-article update: %lld bytes (target %lld, metadata "
          "%lld)",
          firstInstallBytes, qint64(firstRequests), updateBytes,
          qint64(changed.value(changedTargets.constFirst()).size()),
          updateBytes - qint64(changed.value(changedTargets.constFirst()).size()));

    // Nothing new: one 304 for the timestamp and the root probe, no body bytes at all.
    mark = m_nginx->log().size();
    const RefreshResult idle = client.refresh();
    QVERIFY2(idle.error.ok(), qPrintable(idle.error.toString()));
    QVERIFY(idle.changes.isEmpty());
    entries = logSince(mark);
    QVERIFY2(entries.size() == 2, qPrintable(describe(entries)));
    QCOMPARE(entries[0].uri, QByteArray("/metadata/2.root.json"));
    QCOMPARE(entries[1].uri, QByteArray("/metadata/timestamp.json"));
    QCOMPARE(entries[1].status, 304);
    QCOMPARE(entries[1].bytes, qint64(0));
    QVERIFY(transport->lastNotModified());
}

void tst_NginxSync::nginxSendsTheRecommendedCacheHeaders()
{
    // The headers docs/publishing.md promises, read from nginx itself.
    const auto headersOf = [&](const QString &path) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_nginx->port());
        if (!socket.waitForConnected(5000))
            return QByteArray();
        socket.write("HEAD " + path.toUtf8() + " HTTP/1.0\r\nHost: localhost\r\n\r\n");
        QByteArray answer;
        while (socket.waitForReadyRead(2000))
            answer += socket.readAll();
        return answer + socket.readAll();
    };
    const QByteArray timestamp = headersOf(QStringLiteral("/metadata/timestamp.json"));
    QVERIFY2(timestamp.contains("Cache-Control: no-cache\r\n") && timestamp.contains("ETag: "),
             timestamp.constData());
    const QByteArray snapshot = headersOf(QStringLiteral("/metadata/1.snapshot.json"));
    QVERIFY2(snapshot.contains("Cache-Control: public, max-age=31536000, immutable\r\n"),
             snapshot.constData());
    QVERIFY(snapshot.contains("Content-Type: application/json"));
    const QString target = QDir(m_repo).relativeFilePath(
        QDirIterator(m_repo + QStringLiteral("/targets"), QDir::Files, QDirIterator::Subdirectories).next());
    const QByteArray targetHeaders = headersOf(QLatin1Char('/') + target);
    QVERIFY2(targetHeaders.contains("Cache-Control: public, max-age=31536000, immutable\r\n")
                 && targetHeaders.contains("Accept-Ranges: bytes"),
             targetHeaders.constData());
    QVERIFY(headersOf(QStringLiteral("/metadata/99.root.json")).startsWith("HTTP/1.1 404"));
    QVERIFY(headersOf(QStringLiteral("/")).startsWith("HTTP/1.1 404"));
    QVERIFY(headersOf(QStringLiteral("/metadata/")).startsWith("HTTP/1.1 404"));
}

void tst_NginxSync::docsQuoteTheTestedConfiguration()
{
    // docs/publishing.md shows distributors exactly the configuration tested here.
    const QByteArray config = readFile(QStringLiteral(RC_SOURCE_DIR "/tests/sync/nginx-repository.conf"));
    QVERIFY(config.contains("location = /metadata/timestamp.json"));
    QVERIFY(readFile(QStringLiteral(RC_SOURCE_DIR "/docs/publishing.md"))
                .contains("```nginx\n" + config + "```"));
}

void tst_NginxSync::tufClientOverHttp()
{
    const QString metadataDir = m_dir->filePath(QStringLiteral("client-metadata"));
    const QString targetDir = m_dir->filePath(QStringLiteral("client-targets"));
    const QString cache = m_dir->filePath(QStringLiteral("http-cache"));
    QDir().mkpath(metadataDir);
    QDir().mkpath(targetDir);
    const Run init = rcpack({ QStringLiteral("tuf-client"), QStringLiteral("--metadata-dir"), metadataDir,
                              QStringLiteral("init"), m_repo + QStringLiteral("/metadata/1.root.json") });
    QVERIFY2(init.exitCode == 0, qPrintable(init.describe()));
    const QStringList common { QStringLiteral("tuf-client"),
                               QStringLiteral("--metadata-dir"),
                               metadataDir,
                               QStringLiteral("--metadata-url"),
                               m_nginx->url(QStringLiteral("/metadata")),
                               QStringLiteral("--http-cache"),
                               cache };
    const Run refresh = rcpack(common + QStringList { QStringLiteral("refresh") });
    QVERIFY2(refresh.exitCode == 0, qPrintable(refresh.describe()));
    QVERIFY(refresh.out.contains(QLatin1String("updated")));
    const Run download = rcpack(
        common
        + QStringList { QStringLiteral("--target-name"), m_article, QStringLiteral("--target-base-url"),
                        m_nginx->url(QStringLiteral("/targets/")), QStringLiteral("--target-dir"), targetDir,
                        QStringLiteral("download") });
    QVERIFY2(download.exitCode == 0 && download.out.contains(QLatin1String("downloaded")),
             qPrintable(download.describe()));
    QVERIFY(QFileInfo::exists(targetDir + QLatin1Char('/')
                              + QString::fromLatin1(QUrl::toPercentEncoding(m_article))));
    // The ETag is kept between runs: the next refresh gets a 304.
    const qsizetype mark = m_nginx->log().size();
    const Run again = rcpack(common + QStringList { QStringLiteral("refresh") });
    QVERIFY2(again.exitCode == 0 && again.out.contains(QLatin1String("up to date")),
             qPrintable(again.describe()));
    const QList<NginxServer::LogEntry> entries = logSince(mark);
    QVERIFY2(entries.size() == 2 && entries[1].status == 304, qPrintable(describe(entries)));
    // A dead first mirror is passed over, and said so.
    const Run mirrored
        = rcpack({ QStringLiteral("tuf-client"), QStringLiteral("--metadata-dir"), metadataDir,
                   QStringLiteral("--metadata-url"), QStringLiteral("http://127.0.0.1:9/metadata"),
                   QStringLiteral("--mirror"), m_nginx->url(), QStringLiteral("refresh") });
    QVERIFY2(mirrored.exitCode == 0
                 && mirrored.err.contains(QLatin1String("passed over http://127.0.0.1:9/metadata")),
             qPrintable(mirrored.describe()));
    // A mix of a local folder and HTTP for one mirror is refused clearly.
    const Run mixed
        = rcpack(common
                 + QStringList { QStringLiteral("--target-name"), m_article,
                                 QStringLiteral("--target-base-url"), m_repo + QStringLiteral("/targets"),
                                 QStringLiteral("--target-dir"), targetDir, QStringLiteral("download") });
    QCOMPARE(mixed.exitCode, 1);
    QVERIFY(mixed.err.contains(QLatin1String("both")));
}

void tst_NginxSync::onlyTheMirrorIsContacted()
{
    QVERIFY2(QFileInfo(QStringLiteral(RC_STRACE)).isExecutable(),
             "strace not found: install strace (./dev test does)");
    const QString metadataDir = m_dir->filePath(QStringLiteral("client-metadata"));
    const QString targetDir = m_dir->filePath(QStringLiteral("client-targets"));
    QDir().mkpath(metadataDir);
    QDir().mkpath(targetDir);
    QVERIFY(rcpack({ QStringLiteral("tuf-client"), QStringLiteral("--metadata-dir"), metadataDir,
                     QStringLiteral("init"), m_repo + QStringLiteral("/metadata/1.root.json") })
                .exitCode
            == 0);
    const QString trace = m_dir->filePath(QStringLiteral("connect.trace"));
    // A full run: refresh, then download, as one traced process tree.
    const Run traced = runProgram(
        QStringLiteral(RC_STRACE),
        { QStringLiteral("-f"), QStringLiteral("-e"), QStringLiteral("trace=connect,sendto,sendmsg"),
          QStringLiteral("-o"), trace, rcpackPath(), QStringLiteral("tuf-client"),
          QStringLiteral("--metadata-dir"), metadataDir, QStringLiteral("--metadata-url"),
          m_nginx->url(QStringLiteral("/metadata")), QStringLiteral("--target-name"), m_article,
          QStringLiteral("--target-base-url"), m_nginx->url(QStringLiteral("/targets")),
          QStringLiteral("--target-dir"), targetDir, QStringLiteral("download") });
    QVERIFY2(traced.exitCode == 0, qPrintable(traced.describe()));
    QVERIFY2(traced.out.contains(QLatin1String("downloaded")), qPrintable(traced.describe()));

    const QString log = QString::fromUtf8(readFile(trace));
    QVERIFY2(!log.isEmpty(), "strace wrote nothing");
    static const QRegularExpression mirror(
        QStringLiteral(
            "sa_family=AF_INET, sin_port=htons\\(%1\\), sin_addr=inet_addr\\(\"127\\.0\\.0\\.1\"\\)")
            .arg(m_nginx->port()));
    int toMirror = 0;
    QStringList others;
    for (const QString &line : log.split(QLatin1Char('\n'))) {
        // Every connect(), and every datagram sent to an address of its own (a DNS query need not
        // connect first), names its destination.
        if (!line.contains(QLatin1String("connect(")) && !line.contains(QLatin1String("sa_family=")))
            continue;
        if (mirror.match(line).hasMatch())
            toMirror += line.contains(QLatin1String("connect(")) ? 1 : 0;
        else
            others.append(line);
    }
    // Every connection went to the mirror: no DNS, no proxy lookup, no name service, nothing else.
    QVERIFY2(others.isEmpty(), qPrintable(others.join(QLatin1Char('\n'))));
    QVERIFY2(toMirror >= 1, qPrintable(log));
}

QTEST_GUILESS_MAIN(tst_NginxSync)
#include "tst_nginxsync.moc"
