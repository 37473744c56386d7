// The local network share (sync::LanShare, ui::LanShareController): a phone installs and updates from it
// with the app's own HTTP transport and mirror list, a broken download goes on with Range, and hostile
// requests are refused with the right status without harm to the computer that shares.
#include "ContentSyncFixture.h"
#include "ContentUpdates.h"
#include "LanShareController.h"
#include "TestHttpServer.h"
#include "sync/HttpTransport.h"
#include "sync/LanShare.h"
#include "sync/MirrorList.h"

#include <QHostAddress>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace rc::test;

namespace {

struct RawResponse
{
    int status = 0;
    QByteArray head;
    QByteArray body;
    bool closed = false;

    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : head.split('\n')) {
            const QByteArray trimmed = line.trimmed();
            if (trimmed.toLower().startsWith(name.toLower() + ':'))
                return trimmed.mid(name.size() + 1).trimmed();
        }
        return {};
    }
};

// Sends `request` as it is and reads until the server closes the connection.
RawResponse rawRequest(quint16 port, const QByteArray &request, int timeoutMs = 5000)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    RawResponse response;
    if (!socket.waitForConnected(timeoutMs))
        return response;
    socket.write(request);
    QByteArray all;
    QElapsedTimer timer;
    timer.start();
    while (socket.state() != QAbstractSocket::UnconnectedState && timer.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        socket.waitForReadyRead(20);
        all += socket.readAll();
    }
    all += socket.readAll();
    response.closed = socket.state() == QAbstractSocket::UnconnectedState;
    const qsizetype end = all.indexOf("\r\n\r\n");
    response.head = end < 0 ? all : all.left(end);
    response.body = end < 0 ? QByteArray() : all.mid(end + 4);
    const QList<QByteArray> statusLine = response.head.split(' ');
    if (statusLine.size() >= 2 && statusLine.at(0).startsWith("HTTP/1.1"))
        response.status = statusLine.at(1).toInt();
    return response;
}

RawResponse get(quint16 port, const QByteArray &target, const QByteArray &extraHeaders = {})
{
    return rawRequest(port, "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders + "\r\n");
}

rc::sync::LanShare::Options testOptions()
{
    rc::sync::LanShare::Options options;
    options.loopbackOnly = true;
    options.port = 0;
    options.lifetimeMs = 10 * 60 * 1000;
    return options;
}

rc::sync::HttpTransport::Options phoneOptions(const QString &cache = {})
{
    rc::sync::HttpTransport::Options options;
    options.stallTimeoutMs = 5000;
    options.requestTimeoutMs = 20000;
    options.cacheDirectory = cache;
    return options;
}

QByteArray incompressible()
{
    QRandomGenerator generator(7);
    QByteArray data(300 * 1000, Qt::Uninitialized);
    for (char &byte : data)
        byte = char(generator.bounded(256));
    return data;
}

} // namespace

class tst_LanShare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void phoneInstallsAndUpdatesFromTheShare();
    void phoneTakesAnOldCopyOnTheLocalNetworkAsOfflineMedia();
    void brokenDownloadGoesOnFromTheShareWithRange();
    void servesFilesWithLengthEtagAndHead();
    void rangeRequests_data();
    void rangeRequests();
    void hostileTargets_data();
    void hostileTargets();
    void symbolicLinksOutOfTheFolderAreNotServed();
    void otherMethodsAndMalformedRequests_data();
    void otherMethodsAndMalformedRequests();
    void hugeRequestHeadIsRefused();
    void connectionsOverTheCapAreTurnedAway();
    void slowClientIsDisconnected();
    void stopsByItselfAfterTheSetTime();
    void stopsWhenAsked();
    void takesAnotherPortWhenTheUsualOneIsTaken();
    void folderWithoutRepositoryIsRefused();
    void localNetworkAddresses_data();
    void localNetworkAddresses();
    void controllerShowsAddressesAndStopsByItself();

private:
    QByteArray targetPath(const QString &name) const;

    std::unique_ptr<ContentSyncFixture> m_fixture;
    std::unique_ptr<rc::sync::LanShare> m_share;
};

// One repository for the tests that only read it (publishing takes a while); the tests that change a
// repository publish their own.
void tst_LanShare::initTestCase()
{
    m_fixture = std::make_unique<ContentSyncFixture>();
    QVERIFY(m_fixture->publishSource().error.ok());
}

void tst_LanShare::init()
{
    m_share = std::make_unique<rc::sync::LanShare>();
    QVERIFY2(m_share->start(m_fixture->repo, testOptions()), qPrintable(m_share->errorString()));
    QVERIFY(m_share->port() != 0);
}

void tst_LanShare::cleanup()
{
    m_share.reset();
}

QByteArray tst_LanShare::targetPath(const QString &name) const
{
    SyncError error;
    const auto envelope
        = tuf::Envelope::parse(readFile(m_fixture->metadata(QStringLiteral("1.targets.json"))), true, &error);
    const auto targets = tuf::Targets::fromJson(envelope->signedValue, &error);
    return "/targets/"
        + tuf::consistentTargetPath(name, targets->targets.value(name.toUtf8()).hashes.value("sha256"))
              .toUtf8();
}

void tst_LanShare::phoneInstallsAndUpdatesFromTheShare()
{
    ContentSyncFixture fixture;
    QVERIFY(fixture.publishSource().error.ok());
    rc::sync::LanShare share;
    QVERIFY(share.start(fixture.repo, testOptions()));
    fixture.trustRepository();
    rc::content::ContentStore store;
    QVERIFY(store.open(fixture.database));
    const QUrl base(QStringLiteral("http://127.0.0.1:%1/").arg(share.port()));
    QTemporaryDir cache;
    {
        rc::sync::MirrorList mirrors(fixture.metadataDir);
        // The first mirror is down: the phone passes over it to the share.
        mirrors.add(QStringLiteral("dead"),
                    rc::sync::HttpTransport::forRepository(QUrl(QStringLiteral("http://127.0.0.1:1/")),
                                                           phoneOptions()));
        mirrors.add(base.toString(),
                    rc::sync::HttpTransport::forRepository(base, phoneOptions(cache.path())));
        const UpdateReport report = updateContent(mirrors, fixture.metadataDir, &store);
        QVERIFY2(report.ok(), qPrintable(report.error.toString()));
        QVERIFY(!report.packsInstalled.isEmpty());
        QCOMPARE(mirrors.currentMirror(), 1);
        QVERIFY(share.filesServed() >= report.downloaded.size() + 3);
    }
    // The same content as a phone that installed from the folder itself.
    ContentSyncFixture reference;
    reference.repo = fixture.repo;
    reference.trustRepository();
    {
        rc::content::ContentStore referenceStore;
        QVERIFY(referenceStore.open(reference.database));
        QVERIFY(reference.update(referenceStore, {}, false).ok());
    }
    QCOMPARE(dumpContent(fixture.database), dumpContent(reference.database));

    // Nothing new: the timestamp is not sent again (304), nothing is installed.
    const int served = share.filesServed();
    {
        rc::sync::MirrorList mirrors(fixture.metadataDir);
        mirrors.add(base.toString(),
                    rc::sync::HttpTransport::forRepository(base, phoneOptions(cache.path())));
        const UpdateReport report = updateContent(mirrors, fixture.metadataDir, &store);
        QVERIFY2(report.ok(), qPrintable(report.error.toString()));
        QVERIFY(!report.contentChanged());
        QCOMPARE(share.filesServed(), served);
    }

    // The distributor changes one article; the volunteer's copy is published again: one target more.
    fixture.editSource(QStringLiteral("articles/appeal-time/nl.md"), "Je hebt vaak 1 week",
                       "Je hebt soms 4 weken");
    QTest::qWait(50); // a new modification time, so a new ETag
    QVERIFY(fixture.publishSource(QDateTime::currentDateTimeUtc().addSecs(1)).error.ok());
    {
        rc::sync::MirrorList mirrors(fixture.metadataDir);
        mirrors.add(base.toString(),
                    rc::sync::HttpTransport::forRepository(base, phoneOptions(cache.path())));
        const UpdateReport report = updateContent(mirrors, fixture.metadataDir, &store);
        QVERIFY2(report.ok(), qPrintable(report.error.toString()));
        QVERIFY(report.contentChanged());
        QCOMPARE(report.downloaded, QStringList { QStringLiteral("showcase/articles/appeal-time/nl") });
    }
}

void tst_LanShare::phoneTakesAnOldCopyOnTheLocalNetworkAsOfflineMedia()
{
    // The repository that came with the app was published long ago: its signatures have expired. A
    // phone that adds the share's address takes it like a USB stick: nothing older than what it has,
    // and it says the copy is old.
    ContentSyncFixture old;
    QVERIFY(old.publishSource(publishTime()).error.ok());
    old.trustRepository();
    rc::sync::LanShare share;
    QVERIFY(share.start(old.repo, testOptions()));
    rc::content::ContentStore store;
    QVERIFY(store.open(old.database));
    {
        rc::ui::ContentUpdates updates(&store, nullptr, nullptr, old.database, old.metadataDir, nullptr);
        updates.setOnlyUnmetered(false);
        QCOMPARE(updates.addMirror(QStringLiteral("http://127.0.0.1:%1/").arg(share.port())), QString());
        QSignalSpy finished(&updates, &rc::ui::ContentUpdates::finished);
        updates.checkNow();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.constFirst().at(0).toBool(), qPrintable(finished.constFirst().at(1).toString()));
        QVERIFY2(finished.constFirst().at(1).toString().contains(QLatin1String("older than its signatures")),
                 qPrintable(finished.constFirst().at(1).toString()));
        updates.waitForIdle();
    }
    QVERIFY(!store.installedTargets().isEmpty());

    // The same copy from a web address that is not on the local network would be refused as expired
    // (a freeze attack); here the client is told directly that the mirror is online.
    ContentSyncFixture online;
    online.repo = old.repo;
    online.trustRepository();
    rc::content::ContentStore onlineStore;
    QVERIFY(onlineStore.open(online.database));
    rc::sync::MirrorList mirrors(online.metadataDir);
    const QUrl base(QStringLiteral("http://127.0.0.1:%1/").arg(share.port()));
    mirrors.add(base.toString(), rc::sync::HttpTransport::forRepository(base, phoneOptions()));
    QCOMPARE(updateContent(mirrors, online.metadataDir, &onlineStore).error.code, SyncErrorCode::Expired);
}

void tst_LanShare::brokenDownloadGoesOnFromTheShareWithRange()
{
    ContentSyncFixture fixture;
    QVERIFY(fixture.publishSource().error.ok());
    rc::sync::LanShare share;
    QVERIFY(share.start(fixture.repo, testOptions()));
    // A large target, and a download of it broken on another mirror: the phone goes on from the share.
    const QString name = QStringLiteral("media/map.bin");
    QList<TargetInput> targets = fixture.sourceTargets();
    targets.append({ name, incompressible() });
    QVERIFY(fixture.publishTargets(targets).error.ok());
    SyncError error;
    const auto envelope
        = tuf::Envelope::parse(readFile(fixture.metadata(QStringLiteral("2.targets.json"))), true, &error);
    QVERIFY2(envelope, qPrintable(error.toString()));
    const auto trusted = tuf::Targets::fromJson(envelope->signedValue, &error);
    const tuf::TargetFile file = trusted->targets.value(name.toUtf8());
    const QString stored = tuf::consistentTargetPath(name, file.hashes.value("sha256"));
    const QByteArray bytes = readFile(QDir(fixture.repo).filePath(QStringLiteral("targets/") + stored));
    QCOMPARE(bytes.size(), file.length);

    QTemporaryDir cache;
    TestHttpServer other(fixture.repo);
    TestHttpServer::Fault drop;
    drop.kind = TestHttpServer::Fault::Kind::DropAfter;
    drop.bytes = 100000;
    other.setFault("/targets/" + stored.toUtf8(), drop);
    auto broken
        = rc::sync::HttpTransport::forRepository(other.url(QStringLiteral("/")), phoneOptions(cache.path()));
    QCOMPARE(broken->fetch(Transport::Area::Targets, stored, file.length).error.code,
             SyncErrorCode::TransportFailed);
    const qint64 kept = broken->bytesTransferred();
    QVERIFY2(kept > 0 && kept < file.length, qPrintable(QString::number(kept)));

    auto phone = rc::sync::HttpTransport::forRepository(
        QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(share.port())), phoneOptions(cache.path()));
    const Transport::Result resumed = phone->fetch(Transport::Area::Targets, stored, file.length);
    QVERIFY2(resumed.error.ok(), qPrintable(resumed.error.toString()));
    QCOMPARE(resumed.data, bytes);
    QCOMPARE(phone->lastStatus(), 206);
    QCOMPARE(phone->lastResumedFrom(), kept);
    QCOMPARE(phone->bytesTransferred(), file.length - kept);
}

void tst_LanShare::servesFilesWithLengthEtagAndHead()
{
    const QByteArray timestamp = readFile(m_fixture->metadata(QStringLiteral("timestamp.json")));
    const RawResponse first = get(m_share->port(), "/metadata/timestamp.json");
    QCOMPARE(first.status, 200);
    QCOMPARE(first.body, timestamp);
    QCOMPARE(first.header("Content-Length"), QByteArray::number(timestamp.size()));
    QCOMPARE(first.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(first.header("Cache-Control"), QByteArray("no-cache"));
    QCOMPARE(first.header("Accept-Ranges"), QByteArray("bytes"));
    QVERIFY(first.closed);
    const QByteArray etag = first.header("ETag");
    QVERIFY(etag.startsWith('"') && etag.endsWith('"') && etag.size() > 4);

    const RawResponse again
        = get(m_share->port(), "/metadata/timestamp.json", "If-None-Match: " + etag + "\r\n");
    QCOMPARE(again.status, 304);
    QVERIFY(again.body.isEmpty());
    QCOMPARE(get(m_share->port(), "/metadata/timestamp.json", "If-None-Match: \"other\"\r\n").status, 200);

    const RawResponse head
        = rawRequest(m_share->port(), "HEAD /metadata/1.root.json HTTP/1.1\r\nHost: x\r\n\r\n");
    QCOMPARE(head.status, 200);
    QCOMPARE(head.header("Content-Length"),
             QByteArray::number(readFile(m_fixture->metadata(QStringLiteral("1.root.json"))).size()));
    QCOMPARE(head.header("Cache-Control"), QByteArray("public, max-age=31536000, immutable"));
    QVERIFY(head.body.isEmpty());

    // HTTP/1.0 needs no Host header.
    QCOMPARE(rawRequest(m_share->port(), "GET /metadata/1.root.json HTTP/1.0\r\n\r\n").status, 200);
    const QByteArray target = targetPath(QStringLiteral("showcase/pack"));
    const RawResponse packTarget = get(m_share->port(), target);
    QCOMPARE(packTarget.status, 200);
    QCOMPARE(packTarget.body, readFile(m_fixture->repo + QString::fromLatin1(target)));
    QCOMPARE(packTarget.header("Content-Type"), QByteArray("application/octet-stream"));
}

void tst_LanShare::rangeRequests_data()
{
    QTest::addColumn<QByteArray>("range");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("from"); // -1: the whole file
    QTest::addColumn<int>("to"); // inclusive; -1: the end
    QTest::newRow("rest") << QByteArray("bytes=10-") << 206 << 10 << -1;
    QTest::newRow("middle") << QByteArray("bytes=10-19") << 206 << 10 << 19;
    QTest::newRow("end past the file") << QByteArray("bytes=5-99999999") << 206 << 5 << -1;
    QTest::newRow("suffix") << QByteArray("bytes=-10") << 206 << -10 << -1;
    QTest::newRow("from zero") << QByteArray("bytes=0-") << 206 << 0 << -1;
    QTest::newRow("start past the end") << QByteArray("bytes=99999999-") << 416 << 0 << 0;
    QTest::newRow("end before start") << QByteArray("bytes=20-10") << 416 << 0 << 0;
    QTest::newRow("several ranges") << QByteArray("bytes=0-1,5-6") << 416 << 0 << 0;
    QTest::newRow("not a number") << QByteArray("bytes=abc-") << 416 << 0 << 0;
    QTest::newRow("negative") << QByteArray("bytes=-5-10") << 416 << 0 << 0;
    QTest::newRow("empty suffix") << QByteArray("bytes=-0") << 416 << 0 << 0;
    QTest::newRow("nothing") << QByteArray("bytes=-") << 416 << 0 << 0;
    QTest::newRow("huge number") << QByteArray("bytes=99999999999999999999999-") << 416 << 0 << 0;
    QTest::newRow("another unit is ignored") << QByteArray("items=0-5") << 200 << -1 << -1;
}

void tst_LanShare::rangeRequests()
{
    QFETCH(QByteArray, range);
    QFETCH(int, status);
    QFETCH(int, from);
    QFETCH(int, to);
    const QByteArray file = readFile(m_fixture->metadata(QStringLiteral("1.root.json")));
    const RawResponse response = get(m_share->port(), "/metadata/1.root.json", "Range: " + range + "\r\n");
    QCOMPARE(response.status, status);
    if (status == 416) {
        QCOMPARE(response.header("Content-Range"), "bytes */" + QByteArray::number(file.size()));
        return;
    }
    if (status == 200) {
        QCOMPARE(response.body, file);
        return;
    }
    const qsizetype start = from < 0 ? file.size() + from : from;
    const qsizetype end = to < 0 ? file.size() - 1 : to;
    QCOMPARE(response.body, file.mid(start, end - start + 1));
    QCOMPARE(response.header("Content-Range"),
             "bytes " + QByteArray::number(start) + '-' + QByteArray::number(end) + '/'
                 + QByteArray::number(file.size()));

    // A Range for another version of the file (If-Range with another ETag) gets the whole file.
    const RawResponse changed
        = get(m_share->port(), "/metadata/1.root.json", "Range: " + range + "\r\nIf-Range: \"another\"\r\n");
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.body, file);
}

void tst_LanShare::hostileTargets_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("status");
    QTest::newRow("dot-dot") << QByteArray("/metadata/../../../../etc/passwd") << 400;
    QTest::newRow("dot-dot inside") << QByteArray("/targets/../metadata/timestamp.json") << 400;
    QTest::newRow("dot") << QByteArray("/metadata/./timestamp.json") << 400;
    QTest::newRow("encoded dot-dot") << QByteArray("/metadata/%2e%2e/%2E%2E/etc/passwd") << 400;
    QTest::newRow("encoded dot-dot at the root") << QByteArray("/%2e%2e/%2e%2e/etc/passwd") << 400;
    QTest::newRow("encoded slash") << QByteArray("/metadata%2ftimestamp.json") << 400;
    QTest::newRow("encoded slash after dot-dot") << QByteArray("/metadata/..%2f..%2fetc%2fpasswd") << 400;
    QTest::newRow("encoded backslash") << QByteArray("/metadata/..%5c..%5cwin.ini") << 400;
    QTest::newRow("backslash") << QByteArray("/metadata\\timestamp.json") << 400;
    QTest::newRow("encoded NUL") << QByteArray("/metadata/timestamp.json%00.png") << 400;
    QTest::newRow("bad escape") << QByteArray("/metadata/%zz") << 400;
    QTest::newRow("cut escape") << QByteArray("/metadata/timestamp.json%2") << 400;
    QTest::newRow("double slash") << QByteArray("//etc/passwd") << 400;
    QTest::newRow("absolute form") << QByteArray("http://127.0.0.1/metadata/timestamp.json") << 400;
    QTest::newRow("asterisk") << QByteArray("*") << 400;
    QTest::newRow("query") << QByteArray("/metadata/timestamp.json?x=1") << 400;
    QTest::newRow("fragment") << QByteArray("/metadata/timestamp.json#x") << 400;
    QTest::newRow("utf-8") << QByteArray("/metadata/t\xc3\xa9.json") << 400;
    QTest::newRow("very long") << "/targets/" + QByteArray(5000, 'a') << 400;
    QTest::newRow("outside the repository") << QByteArray("/etc/passwd") << 404;
    QTest::newRow("root") << QByteArray("/") << 404;
    QTest::newRow("metadata folder") << QByteArray("/metadata/") << 404;
    QTest::newRow("metadata folder without slash") << QByteArray("/metadata") << 404;
    QTest::newRow("targets folder") << QByteArray("/targets/") << 404;
    QTest::newRow("targets subfolder") << QByteArray("/targets/showcase/") << 404;
    QTest::newRow("unversioned root") << QByteArray("/metadata/root.json") << 404;
    QTest::newRow("leading zero") << QByteArray("/metadata/01.root.json") << 404;
    QTest::newRow("another suffix") << QByteArray("/metadata/1.root.json.bak") << 404;
    QTest::newRow("hidden file") << QByteArray("/metadata/.timestamp.json") << 404;
    QTest::newRow("target without hash") << QByteArray("/targets/showcase/pack") << 404;
    QTest::newRow("hidden folder") << QByteArray("/targets/.git/" + QByteArray(64, 'a') + ".pack") << 404;
    QTest::newRow("missing version") << QByteArray("/metadata/99.root.json") << 404;
    QTest::newRow("served") << QByteArray("/metadata/timestamp.json") << 200;
    QTest::newRow("served, escaped letters") << QByteArray("/metadata/%74imestamp.json") << 200;
}

void tst_LanShare::hostileTargets()
{
    QFETCH(QByteArray, target);
    QFETCH(int, status);
    // A file next to the repository that must never come out.
    writeFile(m_fixture->dir.filePath(QStringLiteral("secret.txt")), "SECRET");
    const RawResponse response = get(m_share->port(), target);
    QCOMPARE(response.status, status);
    QVERIFY(response.closed);
    QVERIFY(!response.body.contains("SECRET"));
    QVERIFY(!response.body.contains("root:"));
    // The share goes on serving.
    QCOMPARE(get(m_share->port(), "/metadata/1.root.json").status, 200);
}

void tst_LanShare::symbolicLinksOutOfTheFolderAreNotServed()
{
    ContentSyncFixture fixture;
    QVERIFY(fixture.publishSource().error.ok());
    rc::sync::LanShare share;
    QVERIFY(share.start(fixture.repo, testOptions()));
    const QString secret = fixture.dir.filePath(QStringLiteral("secret.txt"));
    writeFile(secret, "SECRET");
    const QString name = QString(64, QLatin1Char('a')) + QStringLiteral(".leak");
    QVERIFY(QFile::link(secret, QDir(fixture.repo).filePath(QStringLiteral("targets/") + name)));
    QVERIFY(QFile::link(secret, fixture.metadata(QStringLiteral("7.root.json"))));
    QVERIFY(QFile::link(fixture.dir.path(), QDir(fixture.repo).filePath(QStringLiteral("targets/up"))));
    for (const QByteArray &target : { "/targets/" + name.toUtf8(), QByteArray("/metadata/7.root.json"),
                                      "/targets/up/" + QByteArray(64, 'b') + ".txt" }) {
        const RawResponse response = get(share.port(), target);
        QCOMPARE(response.status, 404);
        QVERIFY(!response.body.contains("SECRET"));
    }
    // A link that stays inside the folder is fine.
    QVERIFY(QFile::link(fixture.metadata(QStringLiteral("1.root.json")),
                        fixture.metadata(QStringLiteral("8.root.json"))));
    QCOMPARE(get(share.port(), "/metadata/8.root.json").status, 200);
}

void tst_LanShare::otherMethodsAndMalformedRequests_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    const QByteArray path = " /metadata/timestamp.json HTTP/1.1\r\nHost: x\r\n";
    QTest::newRow("POST") << "POST" + path + "Content-Length: 5\r\n\r\nhello" << 405;
    QTest::newRow("PUT") << "PUT" + path + "\r\n" << 405;
    QTest::newRow("DELETE") << "DELETE" + path + "\r\n" << 405;
    QTest::newRow("OPTIONS") << "OPTIONS" + path + "\r\n" << 405;
    QTest::newRow("TRACE") << "TRACE" + path + "\r\n" << 405;
    QTest::newRow("CONNECT") << QByteArray("CONNECT example.org:443 HTTP/1.1\r\nHost: x\r\n\r\n") << 405;
    QTest::newRow("lower-case method") << "get" + path + "\r\n" << 400;
    QTest::newRow("no version") << QByteArray("GET /metadata/timestamp.json\r\n\r\n") << 400;
    QTest::newRow("HTTP/2") << QByteArray("GET /metadata/timestamp.json HTTP/2.0\r\nHost: x\r\n\r\n") << 505;
    QTest::newRow("extra spaces") << QByteArray("GET  /metadata/timestamp.json HTTP/1.1\r\nHost: x\r\n\r\n")
                                  << 400;
    QTest::newRow("no host") << QByteArray("GET /metadata/timestamp.json HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("two hosts") << "GET" + path + "Host: y\r\n\r\n" << 400;
    QTest::newRow("folded header") << "GET" + path + "X-A: 1\r\n  continued\r\n\r\n" << 400;
    QTest::newRow("header without colon") << "GET" + path + "garbage\r\n\r\n" << 400;
    QTest::newRow("space in header name") << "GET" + path + "Bad Name: 1\r\n\r\n" << 400;
    QTest::newRow("bare LF inside") << "GET" + path + "X-A: 1\nX-B: 2\r\n\r\n" << 400;
    QTest::newRow("NUL in a header") << "GET" + path + QByteArray("X-A: a\0b\r\n\r\n", 12) << 400;
    QTest::newRow("body on GET") << "GET" + path + "Content-Length: 3\r\n\r\nabc" << 400;
    QTest::newRow("chunked body") << "GET" + path + "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n" << 400;
    QTest::newRow("two ranges headers") << "GET" + path + "Range: bytes=0-\r\nRange: bytes=1-\r\n\r\n" << 400;
    QTest::newRow("binary garbage") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n", 15)
                                    << 400;
}

void tst_LanShare::otherMethodsAndMalformedRequests()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    const RawResponse response = rawRequest(m_share->port(), request);
    QCOMPARE(response.status, status);
    QVERIFY(response.closed);
    if (status == 405)
        QCOMPARE(response.header("Allow"), QByteArray("GET, HEAD"));
    QCOMPARE(get(m_share->port(), "/metadata/timestamp.json").status, 200);
}

void tst_LanShare::hugeRequestHeadIsRefused()
{
    // One header without end, and many small ones: both over the 8 KiB cap.
    const RawResponse endless
        = rawRequest(m_share->port(),
                     "GET /metadata/timestamp.json HTTP/1.1\r\nHost: x\r\nX-Pad: " + QByteArray(200000, 'a'));
    QCOMPARE(endless.status, 431);
    QVERIFY(endless.closed);
    QByteArray many = "GET /metadata/timestamp.json HTTP/1.1\r\nHost: x\r\n";
    for (int i = 0; i < 1000; ++i)
        many += "X-" + QByteArray::number(i) + ": 1\r\n";
    QCOMPARE(rawRequest(m_share->port(), many + "\r\n").status, 431);
    // Just under the cap, but too many headers.
    QByteArray hundred = "GET /metadata/timestamp.json HTTP/1.1\r\nHost: x\r\n";
    for (int i = 0; i < 100; ++i)
        hundred += "X: 1\r\n";
    QCOMPARE(rawRequest(m_share->port(), hundred + "\r\n").status, 431);
    QCOMPARE(get(m_share->port(), "/metadata/timestamp.json").status, 200);
}

void tst_LanShare::connectionsOverTheCapAreTurnedAway()
{
    rc::sync::LanShare::Options options = testOptions();
    options.maxConnections = 3;
    QVERIFY(m_share->start(m_fixture->repo, options));
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 3; ++i) {
        idle.push_back(std::make_unique<QTcpSocket>());
        idle.back()->connectToHost(QHostAddress::LocalHost, m_share->port());
        QVERIFY(idle.back()->waitForConnected(5000));
    }
    QTRY_COMPARE(m_share->activeConnections(), 3);
    const RawResponse turnedAway = get(m_share->port(), "/metadata/timestamp.json");
    QCOMPARE(turnedAway.status, 503);
    QCOMPARE(turnedAway.header("Retry-After"), QByteArray("5"));
    QCOMPARE(m_share->activeConnections(), 3);
    idle.clear();
    QTRY_COMPARE(m_share->activeConnections(), 0);
    QCOMPARE(get(m_share->port(), "/metadata/timestamp.json").status, 200);
}

void tst_LanShare::slowClientIsDisconnected()
{
    rc::sync::LanShare::Options options = testOptions();
    options.requestTimeoutMs = 300;
    QVERIFY(m_share->start(m_fixture->repo, options));
    // A request that never ends, sent a byte at a time: the deadline counts from the connection, so
    // trickling bytes does not keep it open.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_share->port());
    QVERIFY(socket.waitForConnected(5000));
    QElapsedTimer timer;
    timer.start();
    const QByteArray request
        = "GET /metadata/timestamp.json HTTP/1.1\r\nHost: x\r\nX-Slow: " + QByteArray(1000, 'a');
    for (qsizetype i = 0; i < request.size() && socket.state() == QAbstractSocket::ConnectedState; ++i) {
        socket.write(request.mid(i, 1));
        socket.flush();
        QTest::qWait(20);
    }
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QTRY_COMPARE(m_share->activeConnections(), 0);
    QCOMPARE(get(m_share->port(), "/metadata/timestamp.json").status, 200);
}

void tst_LanShare::stopsByItselfAfterTheSetTime()
{
    rc::sync::LanShare::Options options = testOptions();
    options.lifetimeMs = 400;
    QSignalSpy stopped(m_share.get(), &rc::sync::LanShare::stopped);
    QVERIFY(m_share->start(m_fixture->repo, options));
    stopped.clear(); // the restart stopped the first share
    const quint16 port = m_share->port();
    QVERIFY(m_share->remainingMs() > 0 && m_share->remainingMs() <= 400);
    QCOMPARE(get(port, "/metadata/timestamp.json").status, 200);
    QVERIFY(stopped.wait(5000));
    QCOMPARE(stopped.constFirst().at(0).value<rc::sync::LanShare::StopReason>(),
             rc::sync::LanShare::StopReason::TimeUp);
    QVERIFY(!m_share->isRunning());
    QCOMPARE(m_share->remainingMs(), qint64(0));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!socket.waitForConnected(2000) || !socket.waitForReadyRead(500));
}

void tst_LanShare::stopsWhenAsked()
{
    QSignalSpy stopped(m_share.get(), &rc::sync::LanShare::stopped);
    // A connection in the middle of its request is closed too.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_share->port());
    QVERIFY(socket.waitForConnected(5000));
    QTRY_COMPARE(m_share->activeConnections(), 1);
    m_share->stop();
    QCOMPARE(stopped.size(), 1);
    QCOMPARE(stopped.constFirst().at(0).value<rc::sync::LanShare::StopReason>(),
             rc::sync::LanShare::StopReason::Requested);
    QCOMPARE(m_share->activeConnections(), 0);
    QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    m_share->stop(); // twice is fine
    QCOMPARE(stopped.size(), 1);
}

void tst_LanShare::takesAnotherPortWhenTheUsualOneIsTaken()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
    rc::sync::LanShare::Options options = testOptions();
    options.port = taken.serverPort();
    rc::sync::LanShare share;
    QVERIFY2(share.start(m_fixture->repo, options), qPrintable(share.errorString()));
    QVERIFY(share.port() != 0 && share.port() != taken.serverPort());
    QCOMPARE(get(share.port(), "/metadata/timestamp.json").status, 200);
}

void tst_LanShare::folderWithoutRepositoryIsRefused()
{
    rc::sync::LanShare share;
    QVERIFY(!share.start(m_fixture->dir.filePath(QStringLiteral("nothing")), testOptions()));
    QVERIFY2(share.errorString().contains(QLatin1String("metadata/timestamp.json")),
             qPrintable(share.errorString()));
    QVERIFY(!share.isRunning());
    // The pack source is a folder, but no repository.
    QVERIFY(!share.start(m_fixture->source, testOptions()));
}

void tst_LanShare::localNetworkAddresses_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("local");
    QTest::newRow("home router") << QStringLiteral("192.168.1.20") << true;
    QTest::newRow("10/8") << QStringLiteral("10.12.0.3") << true;
    QTest::newRow("172.16/12") << QStringLiteral("172.31.255.1") << true;
    QTest::newRow("just outside 172.16/12") << QStringLiteral("172.32.0.1") << false;
    QTest::newRow("link-local") << QStringLiteral("169.254.10.1") << true;
    QTest::newRow("loopback") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("carrier NAT") << QStringLiteral("100.64.0.1") << false;
    QTest::newRow("public") << QStringLiteral("8.8.8.8") << false;
    QTest::newRow("IPv6 loopback") << QStringLiteral("::1") << true;
    QTest::newRow("IPv4-mapped private") << QStringLiteral("::ffff:192.168.0.9") << true;
    QTest::newRow("IPv4-mapped public") << QStringLiteral("::ffff:8.8.8.8") << false;
    QTest::newRow("IPv6 global") << QStringLiteral("2001:db8::1") << false;
}

void tst_LanShare::localNetworkAddresses()
{
    QFETCH(QString, address);
    QFETCH(bool, local);
    QCOMPARE(rc::sync::LanShare::isLocalNetworkAddress(QHostAddress(address)), local);
}

void tst_LanShare::controllerShowsAddressesAndStopsByItself()
{
    m_share.reset();
    rc::ui::LanShareController controller(m_fixture->repo, nullptr);
    QVERIFY(controller.available());
    rc::sync::LanShare::Options options = testOptions();
    options.lifetimeMs = 1500;
    controller.setOptions(options);
    controller.setAddressesForTest({ QStringLiteral("192.168.1.20") });
    QSignalSpy running(&controller, &rc::ui::LanShareController::runningChanged);
    controller.start();
    QVERIFY2(controller.running(), qPrintable(controller.problem()));
    QCOMPARE(controller.addresses(),
             QStringList { QStringLiteral("http://192.168.1.20:%1/").arg(controller.share()->port()) });
    QVERIFY(controller.secondsLeft() >= 1 && controller.secondsLeft() <= 2);
    QVERIFY2(controller.timeLeft().contains(QLatin1String("in 0:01."))
                 || controller.timeLeft().contains(QLatin1String("in 0:02.")),
             qPrintable(controller.timeLeft()));
    QVERIFY(controller.problem().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!controller.running(), 5000);
    QVERIFY(controller.addresses().isEmpty());
    QVERIFY2(controller.status().contains(QLatin1String("stopped by itself")),
             qPrintable(controller.status()));

    controller.start();
    QVERIFY(controller.running());
    controller.stop();
    QVERIFY(!controller.running());
    QCOMPARE(controller.status(), QStringLiteral("Sharing stopped."));

    // A folder without a repository is not offered at all.
    rc::ui::LanShareController nothing(m_fixture->dir.filePath(QStringLiteral("none")), nullptr);
    QVERIFY(!nothing.available());
    nothing.start();
    QVERIFY(!nothing.running());
}

QTEST_GUILESS_MAIN(tst_LanShare)
#include "tst_lanshare.moc"
