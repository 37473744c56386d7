#include "SyncFixture.h"
#include "TestHttpServer.h"
#include "sync/HttpTransport.h"
#include "sync/MirrorList.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace rc::test;
using Fault = TestHttpServer::Fault;

namespace {

// 300 KB that zlib cannot shrink: stored as it is, so a download of it takes many reads.
QByteArray incompressible()
{
    QRandomGenerator generator(42);
    QByteArray data(300 * 1000, Qt::Uninitialized);
    for (char &byte : data)
        byte = char(generator.bounded(256));
    return data;
}

QMap<QString, QByteArray> filesWithALargeOne()
{
    QMap<QString, QByteArray> files = SyncFixture::sampleFiles();
    files.insert(QStringLiteral("nl/media/map.bin"), incompressible());
    return files;
}

const QString Large = QStringLiteral("nl/media/map.bin");

} // namespace

// The HTTP(S) transport against a server that misbehaves on purpose, and the mirror list.
class tst_HttpTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void fetchesAFileAndCountsItsBytes();
    void missingFileIsNotFound();
    void announcedLengthOverTheCapIsRefusedBeforeTheBody();
    void endlessDataIsCutOffAtTheCap();
    void endlessTargetIsRefusedByTheClient();
    void droppedConnectionResumesWithRange();
    void resumeStartsAgainWhenTheServerIgnoresRange();
    void rangeThatDoesNotContinueIsRefusedAndForgotten();
    void threeRedirectsAreFollowed();
    void aFourthRedirectIsRefused();
    void redirectLoopIsRefused();
    void redirectPolicy_data();
    void redirectPolicy();
    void redirectToAnotherSchemeIsRefused();
    void silentServerTimesOut();
    void slowEndlessServerHitsTheRequestTimeout();
    void refusedConnection();
    void hostileResponses_data();
    void hostileResponses();
    void timestampIsAskedWithItsEtag();
    void etagIsKeptInTheCacheFolder();
    void unusableEtagIsNotKept();
    void unsafePathsAreNeverRequested();
    void clientRefreshesAndDownloadsOverHttp();
    void mirrorListPassesOverADeadMirror();
    void mirrorListPassesOverATamperedMirror();
    void mirrorListTakesATargetFromTheNextMirror();
    void mirrorListNamesEveryMirrorWhenAllFail();

private:
    HttpTransport::Options options(bool withCache = true) const;
    std::unique_ptr<HttpTransport> transportFor(const TestHttpServer &server, bool withCache = true) const;
    QByteArray targetRequestPath(const QString &name) const;
    std::unique_ptr<SyncFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_cache;
};

void tst_HttpTransport::init()
{
    m_fixture = std::make_unique<SyncFixture>();
    QVERIFY(m_fixture->publish(filesWithALargeOne()).error.ok());
    QVERIFY(m_fixture->initialiseClient().ok());
    m_cache = std::make_unique<QTemporaryDir>();
}

HttpTransport::Options tst_HttpTransport::options(bool withCache) const
{
    HttpTransport::Options options;
    options.stallTimeoutMs = 5000;
    options.requestTimeoutMs = 20000;
    if (withCache)
        options.cacheDirectory = m_cache->path();
    return options;
}

std::unique_ptr<HttpTransport> tst_HttpTransport::transportFor(const TestHttpServer &server,
                                                               bool withCache) const
{
    return HttpTransport::forRepository(server.url(QStringLiteral("/")), options(withCache));
}

QByteArray tst_HttpTransport::targetRequestPath(const QString &name) const
{
    LocalFolderTransport local = LocalFolderTransport::forRepository(m_fixture->repo);
    auto client = m_fixture->client(&local);
    if (!client->loadTrusted().ok() || !client->trustedTargets()) {
        // Not refreshed yet: read the repository's own targets metadata.
        SyncError error;
        const auto envelope = tuf::Envelope::parse(
            readFile(m_fixture->metadata(QStringLiteral("1.targets.json"))), true, &error);
        const auto targets = tuf::Targets::fromJson(envelope->signedValue, &error);
        return "/targets/"
            + tuf::consistentTargetPath(name, targets->targets.value(name.toUtf8()).hashes.value("sha256"))
                  .toUtf8();
    }
    return "/targets/"
        + tuf::consistentTargetPath(
              name, client->trustedTargets()->targets.value(name.toUtf8()).hashes.value("sha256"))
              .toUtf8();
}

void tst_HttpTransport::fetchesAFileAndCountsItsBytes()
{
    TestHttpServer server(m_fixture->repo);
    auto transport = transportFor(server);
    const QByteArray expected = readFile(m_fixture->metadata(QStringLiteral("1.root.json")));
    const Transport::Result result
        = transport->fetch(Transport::Area::Metadata, QStringLiteral("1.root.json"), 512 * 1024);
    QVERIFY2(result.error.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.data, expected);
    QCOMPARE(transport->bytesTransferred(), qint64(expected.size()));
    QCOMPARE(transport->lastStatus(), 200);
    QCOMPARE(server.requests().size(), 1);
    // Our bytes as stored: no transparent compression, no cookies.
    QCOMPARE(server.requests().constFirst().headers.value("accept-encoding"), QByteArray("identity"));
    QVERIFY(!server.requests().constFirst().headers.contains("cookie"));
    QCOMPARE(server.requests().constFirst().path, QByteArray("/metadata/1.root.json"));
}

void tst_HttpTransport::missingFileIsNotFound()
{
    TestHttpServer server(m_fixture->repo);
    auto transport = transportFor(server);
    const Transport::Result result
        = transport->fetch(Transport::Area::Metadata, QStringLiteral("2.root.json"), 1024);
    QCOMPARE(result.error.code, SyncErrorCode::NotFound);
    QCOMPARE(transport->lastFailure(), HttpFailure::NotFound);
    QVERIFY(result.data.isEmpty());
}

void tst_HttpTransport::announcedLengthOverTheCapIsRefusedBeforeTheBody()
{
    TestHttpServer server(m_fixture->repo);
    auto transport = transportFor(server);
    const Transport::Result result
        = transport->fetch(Transport::Area::Metadata, QStringLiteral("1.root.json"), 100);
    QCOMPARE(result.error.code, SyncErrorCode::LengthExceeded);
    QCOMPARE(transport->lastFailure(), HttpFailure::TooLarge);
    QVERIFY2(result.error.message.contains(QLatin1String("announces")), qPrintable(result.error.message));
    QCOMPARE(transport->bytesTransferred(), qint64(0));
}

void tst_HttpTransport::endlessDataIsCutOffAtTheCap()
{
    TestHttpServer server(m_fixture->repo);
    Fault endless;
    endless.kind = Fault::Kind::Endless;
    endless.bytes = 256 * 1024 * 1024; // the server's own safety stop; the client must stop long before
    server.setFault("/metadata/timestamp.json", endless);
    auto transport = transportFor(server);
    const qint64 cap = 16 * 1024;
    const Transport::Result result
        = transport->fetch(Transport::Area::Metadata, QStringLiteral("timestamp.json"), cap);
    QCOMPARE(result.error.code, SyncErrorCode::LengthExceeded);
    QCOMPARE(transport->lastFailure(), HttpFailure::TooLarge);
    QVERIFY(result.data.isEmpty());
    QVERIFY(transport->bytesTransferred() <= cap);
    // Cut off within a few buffers, not after the server's 256 MiB.
    QTRY_VERIFY(server.requests().constFirst().bodyBytesSent > 0);
    QVERIFY2(server.requests().constFirst().bodyBytesSent < 8 * 1024 * 1024,
             qPrintable(QString::number(server.requests().constFirst().bodyBytesSent)));
}

void tst_HttpTransport::endlessTargetIsRefusedByTheClient()
{
    TestHttpServer server(m_fixture->repo);
    auto transport = transportFor(server);
    auto client = m_fixture->client(transport.get());
    QVERIFY(client->refresh().error.ok());
    const QString name = QStringLiteral("nl/articles/appeal/en.md");
    Fault endless;
    endless.kind = Fault::Kind::Endless;
    endless.bytes = 256 * 1024 * 1024;
    server.setFault(targetRequestPath(name), endless);
    const Client::Download download = client->download(name);
    QCOMPARE(download.error.code, SyncErrorCode::LengthExceeded);
    QVERIFY(download.data.isEmpty());
    // Nothing of it is kept for a resume.
    QVERIFY(QDir(m_cache->filePath(QStringLiteral("partial"))).entryList(QDir::Files).isEmpty());
}

void tst_HttpTransport::droppedConnectionResumesWithRange()
{
    TestHttpServer server(m_fixture->repo);
    auto transport = transportFor(server);
    auto client = m_fixture->client(transport.get());
    QVERIFY(client->refresh().error.ok());
    const QByteArray path = targetRequestPath(Large);
    const QByteArray stored = readFile(m_fixture->repo + QString::fromUtf8(path));
    QCOMPARE(stored.size(), 300 * 1000);
    Fault drop;
    drop.kind = Fault::Kind::DropAfter;
    drop.bytes = 123456;
    drop.times = 1;
    server.setFault(path, drop);
    const qint64 before = transport->bytesTransferred();

    const Client::Download broken = client->download(Large);
    QCOMPARE(broken.error.code, SyncErrorCode::TransportFailed);
    QCOMPARE(transport->lastFailure(), HttpFailure::Interrupted);
    QVERIFY2(broken.error.message.contains(QLatin1String("interrupted")), qPrintable(broken.error.message));
    // What arrived before the break is kept (Qt may drop what it had not handed over yet, up to one
    // read buffer, and may have asked once more by itself: those bytes are not kept).
    const qint64 kept = transport->bytesTransferred() - before;
    QVERIFY2(kept > 0 && kept <= 123456, qPrintable(QString::number(kept)));

    const Client::Download resumed = client->download(Large);
    QVERIFY2(resumed.error.ok(), qPrintable(resumed.error.toString()));
    QCOMPARE(resumed.data, stored);
    QCOMPARE(transport->lastResumedFrom(), kept);
    QCOMPARE(transport->lastStatus(), 206);
    const QList<TestHttpServer::Request> requests = server.requestsFor(path);
    QVERIFY(!requests.constFirst().headers.contains("range"));
    QCOMPARE(requests.last().headers.value("range"), "bytes=" + QByteArray::number(kept) + '-');
    QCOMPARE(requests.last().bodyBytesSent, stored.size() - kept);
    // Every byte crossed the network once.
    QCOMPARE(transport->bytesTransferred() - before, qint64(stored.size()));
    QVERIFY(QDir(m_cache->filePath(QStringLiteral("partial"))).entryList(QDir::Files).isEmpty());
}

void tst_HttpTransport::resumeStartsAgainWhenTheServerIgnoresRange()
{
    TestHttpServer server(m_fixture->repo);
    auto transport = transportFor(server);
    auto client = m_fixture->client(transport.get());
    QVERIFY(client->refresh().error.ok());
    const QByteArray path = targetRequestPath(Large);
    Fault drop;
    drop.kind = Fault::Kind::DropAfter;
    drop.bytes = 50000;
    drop.times = 1;
    server.setFault(path, drop);
    QCOMPARE(client->download(Large).error.code, SyncErrorCode::TransportFailed);
    Fault ignore;
    ignore.kind = Fault::Kind::IgnoreRange;
    server.setFault(path, ignore);
    const Client::Download whole = client->download(Large);
    QVERIFY2(whole.error.ok(), qPrintable(whole.error.toString()));
    QCOMPARE(whole.data, readFile(m_fixture->repo + QString::fromUtf8(path)));
    QVERIFY(server.requestsFor(path).last().headers.value("range").startsWith("bytes="));
    QCOMPARE(transport->lastStatus(), 200);
}

void tst_HttpTransport::rangeThatDoesNotContinueIsRefusedAndForgotten()
{
    TestHttpServer server(m_fixture->repo);
    auto transport = transportFor(server);
    auto client = m_fixture->client(transport.get());
    QVERIFY(client->refresh().error.ok());
    const QByteArray path = targetRequestPath(Large);
    Fault drop;
    drop.kind = Fault::Kind::DropAfter;
    drop.bytes = 1000;
    drop.times = 1;
    server.setFault(path, drop);
    QCOMPARE(client->download(Large).error.code, SyncErrorCode::TransportFailed);
    // The server answers the Range request with bytes from somewhere else.
    Fault wrong;
    wrong.kind = Fault::Kind::Raw;
    wrong.raw = "HTTP/1.1 206 Partial Content\r\nContent-Range: bytes 0-9/300000\r\nContent-Length: 10\r\n"
                "Connection: close\r\n\r\n0123456789";
    wrong.times = 1;
    wrong.rangeOnly = true;
    server.setFault(path, wrong);
    const Client::Download refused = client->download(Large);
    QCOMPARE(refused.error.code, SyncErrorCode::TransportFailed);
    QCOMPARE(transport->lastFailure(), HttpFailure::BadResponse);
    // The partial file is gone: the next attempt asks for the whole file and gets it.
    const Client::Download whole = client->download(Large);
    QVERIFY2(whole.error.ok(), qPrintable(whole.error.toString()));
    QVERIFY(!server.requestsFor(path).last().headers.contains("range"));
}

void tst_HttpTransport::threeRedirectsAreFollowed()
{
    TestHttpServer server(m_fixture->repo);
    Fault redirect;
    redirect.kind = Fault::Kind::Redirect;
    redirect.location = "/hop2";
    server.setFault("/hop1", redirect);
    redirect.status = 301;
    redirect.location = server.base() + "/hop3"; // absolute
    server.setFault("/hop2", redirect);
    redirect.status = 307;
    redirect.location = "metadata/1.root.json"; // relative to /hop3
    server.setFault("/hop3", redirect);
    HttpTransport transport(server.url(QStringLiteral("/")), server.url(QStringLiteral("/")), options());
    const Transport::Result result
        = transport.fetch(Transport::Area::Metadata, QStringLiteral("hop1"), 512 * 1024);
    QVERIFY2(result.error.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.data, readFile(m_fixture->metadata(QStringLiteral("1.root.json"))));
    QCOMPARE(transport.lastRedirects(), 3);
}

void tst_HttpTransport::aFourthRedirectIsRefused()
{
    TestHttpServer server(m_fixture->repo);
    Fault redirect;
    redirect.kind = Fault::Kind::Redirect;
    for (int hop = 1; hop <= 4; ++hop) {
        redirect.location
            = hop < 4 ? "/hop" + QByteArray::number(hop + 1) : QByteArray("/metadata/1.root.json");
        server.setFault("/hop" + QByteArray::number(hop), redirect);
    }
    HttpTransport transport(server.url(QStringLiteral("/")), server.url(QStringLiteral("/")), options());
    const Transport::Result result
        = transport.fetch(Transport::Area::Metadata, QStringLiteral("hop1"), 512 * 1024);
    QCOMPARE(result.error.code, SyncErrorCode::TransportFailed);
    QCOMPARE(transport.lastFailure(), HttpFailure::TooManyRedirects);
    QVERIFY(result.error.message.startsWith(QLatin1String("too-many-redirects")));
    QVERIFY(server.requestsFor("/metadata/1.root.json").isEmpty());
}

void tst_HttpTransport::redirectLoopIsRefused()
{
    TestHttpServer server(m_fixture->repo);
    Fault loop;
    loop.kind = Fault::Kind::Redirect;
    loop.location = "/metadata/timestamp.json";
    server.setFault("/metadata/timestamp.json", loop);
    auto transport = transportFor(server);
    const Transport::Result result
        = transport->fetch(Transport::Area::Metadata, QStringLiteral("timestamp.json"), 16 * 1024);
    QCOMPARE(result.error.code, SyncErrorCode::TransportFailed);
    QCOMPARE(transport->lastFailure(), HttpFailure::TooManyRedirects);
    // The first request and three redirects, then it stops.
    QCOMPARE(server.requests().size(), 4);
}

void tst_HttpTransport::redirectPolicy_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("http to http") << "http://a.example/x"
                                  << "http://b.example/y" << true;
    QTest::newRow("http to https") << "http://a.example/x"
                                   << "https://a.example/x" << true;
    QTest::newRow("https to https") << "https://a.example/x"
                                    << "https://cdn.example/x" << true;
    QTest::newRow("https to http") << "https://a.example/x"
                                   << "http://a.example/x" << false;
    QTest::newRow("HTTPS to Http") << "HTTPS://a.example/x"
                                   << "Http://a.example/x" << false;
    QTest::newRow("to file") << "http://a.example/x"
                             << "file:///etc/passwd" << false;
    QTest::newRow("to ftp") << "https://a.example/x"
                            << "ftp://a.example/x" << false;
    QTest::newRow("to data") << "http://a.example/x"
                             << "data:text/plain,hi" << false;
    QTest::newRow("no host") << "http://a.example/x"
                             << "http:///x" << false;
}

void tst_HttpTransport::redirectPolicy()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, allowed);
    QCOMPARE(HttpTransport::redirectAllowed(QUrl(from), QUrl(to)), allowed);
}

void tst_HttpTransport::redirectToAnotherSchemeIsRefused()
{
    TestHttpServer server(m_fixture->repo);
    Fault redirect;
    redirect.kind = Fault::Kind::Redirect;
    redirect.location = "file:///etc/passwd";
    server.setFault("/metadata/timestamp.json", redirect);
    Fault noLocation;
    noLocation.kind = Fault::Kind::Raw;
    noLocation.raw = "HTTP/1.1 302 Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    server.setFault("/metadata/1.root.json", noLocation);
    auto transport = transportFor(server);
    Transport::Result result
        = transport->fetch(Transport::Area::Metadata, QStringLiteral("timestamp.json"), 16 * 1024);
    QCOMPARE(result.error.code, SyncErrorCode::TransportFailed);
    QCOMPARE(transport->lastFailure(), HttpFailure::InsecureRedirect);
    result = transport->fetch(Transport::Area::Metadata, QStringLiteral("1.root.json"), 16 * 1024);
    QCOMPARE(result.error.code, SyncErrorCode::TransportFailed);
    QCOMPARE(transport->lastFailure(), HttpFailure::BadRedirect);
}

void tst_HttpTransport::silentServerTimesOut()
{
    TestHttpServer server(m_fixture->repo);
    Fault silent;
    silent.kind = Fault::Kind::Silent;
    server.setFault("/metadata/timestamp.json", silent);
    HttpTransport::Options fast = options();
    fast.stallTimeoutMs = 300;
    auto transport = HttpTransport::forRepository(server.url(QStringLiteral("/")), fast);
    QElapsedTimer timer;
    timer.start();
    const Transport::Result result
        = transport->fetch(Transport::Area::Metadata, QStringLiteral("timestamp.json"), 16 * 1024);
    QCOMPARE(result.error.code, SyncErrorCode::TransportFailed);
    QCOMPARE(transport->lastFailure(), HttpFailure::Timeout);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void tst_HttpTransport::slowEndlessServerHitsTheRequestTimeout()
{
    TestHttpServer server(m_fixture->repo);
    Fault endless;
    endless.kind = Fault::Kind::Endless;
    endless.bytes = 1024 * 1024 * 1024;
    endless.intervalMs = 20; // a slow trickle: never stalls, never ends
    server.setFault("/targets/big", endless);
    HttpTransport::Options fast = options();
    fast.requestTimeoutMs = 400;
    auto transport = HttpTransport::forRepository(server.url(QStringLiteral("/")), fast);
    QElapsedTimer timer;
    timer.start();
    // A cap far above what arrives in 0.4 s: the request timeout ends it.
    const Transport::Result result
        = transport->fetch(Transport::Area::Targets, QStringLiteral("big"), qint64(1024) * 1024 * 1024 * 4);
    QCOMPARE(result.error.code, SyncErrorCode::TransportFailed);
    QCOMPARE(transport->lastFailure(), HttpFailure::Timeout);
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
}

void tst_HttpTransport::refusedConnection()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    auto transport
        = HttpTransport::forRepository(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)), options());
    const Transport::Result result
        = transport->fetch(Transport::Area::Metadata, QStringLiteral("timestamp.json"), 16 * 1024);
    QCOMPARE(result.error.code, SyncErrorCode::TransportFailed);
    QCOMPARE(transport->lastFailure(), HttpFailure::ConnectionFailed);
}

void tst_HttpTransport::hostileResponses_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("failure");
    QTest::newRow("server error") << QByteArray(
        "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n")
                                  << int(SyncErrorCode::TransportFailed) << int(HttpFailure::HttpStatus);
    QTest::newRow("forbidden") << QByteArray("HTTP/1.1 403 Forbidden\r\nContent-Length: 3\r\n\r\nno!")
                               << int(SyncErrorCode::TransportFailed) << int(HttpFailure::HttpStatus);
    QTest::newRow("gone") << QByteArray("HTTP/1.1 410 Gone\r\nContent-Length: 0\r\n\r\n")
                          << int(SyncErrorCode::NotFound) << int(HttpFailure::NotFound);
    QTest::newRow("404 with a large body")
        << (QByteArray("HTTP/1.1 404 Not Found\r\nContent-Length: 300000\r\n\r\n") + QByteArray(300000, 'x'))
        << int(SyncErrorCode::NotFound) << int(HttpFailure::NotFound);
    QTest::newRow("206 to a plain request")
        << QByteArray(
               "HTTP/1.1 206 Partial Content\r\nContent-Range: bytes 0-1/2\r\nContent-Length: 2\r\n\r\nab")
        << int(SyncErrorCode::TransportFailed) << int(HttpFailure::BadResponse);
    QTest::newRow("304 to a plain request")
        << QByteArray("HTTP/1.1 304 Not Modified\r\n\r\n") << int(SyncErrorCode::TransportFailed)
        << int(HttpFailure::BadResponse);
    QTest::newRow("body shorter than announced")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly this")
        << int(SyncErrorCode::TransportFailed) << int(HttpFailure::Interrupted);
    QTest::newRow("huge Content-Length")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 999999999999\r\n\r\nabc")
        << int(SyncErrorCode::LengthExceeded) << int(HttpFailure::TooLarge);
    QTest::newRow("no Content-Length, too long")
        << (QByteArray("HTTP/1.1 200 OK\r\n\r\n") + QByteArray(20000, 'x'))
        << int(SyncErrorCode::LengthExceeded) << int(HttpFailure::TooLarge);
    QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n")
                              << int(SyncErrorCode::TransportFailed) << int(HttpFailure::None);
    QTest::newRow("nothing") << QByteArray() << int(SyncErrorCode::TransportFailed) << int(HttpFailure::None);
}

void tst_HttpTransport::hostileResponses()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, code);
    QFETCH(int, failure);
    TestHttpServer server(m_fixture->repo);
    Fault fault;
    fault.kind = Fault::Kind::Raw;
    fault.raw = raw;
    server.setFault("/metadata/timestamp.json", fault);
    auto transport = transportFor(server);
    const Transport::Result result
        = transport->fetch(Transport::Area::Metadata, QStringLiteral("timestamp.json"), 16 * 1024);
    QVERIFY2(int(result.error.code) == code, qPrintable(result.error.toString()));
    if (HttpFailure(failure) != HttpFailure::None)
        QCOMPARE(httpFailureName(transport->lastFailure()), httpFailureName(HttpFailure(failure)));
    QVERIFY(result.data.isEmpty());
}

void tst_HttpTransport::timestampIsAskedWithItsEtag()
{
    TestHttpServer server(m_fixture->repo);
    auto transport = transportFor(server, false);
    const QByteArray first = readFile(m_fixture->metadata(QStringLiteral("timestamp.json")));
    Transport::Result result
        = transport->fetch(Transport::Area::Metadata, QStringLiteral("timestamp.json"), 16 * 1024);
    QCOMPARE(result.data, first);
    const qint64 afterFirst = transport->bytesTransferred();

    result = transport->fetch(Transport::Area::Metadata, QStringLiteral("timestamp.json"), 16 * 1024);
    QVERIFY2(result.error.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.data, first);
    QVERIFY(transport->lastNotModified());
    QCOMPARE(transport->lastStatus(), 304);
    QCOMPARE(transport->bytesTransferred(), afterFirst);
    QCOMPARE(server.requests().last().headers.value("if-none-match"), TestHttpServer::etagOf(first));

    // A new timestamp: the server answers 200 and the new copy is remembered.
    m_fixture->resignTimestamp(1, 2);
    const QByteArray second = readFile(m_fixture->metadata(QStringLiteral("timestamp.json")));
    QVERIFY(second != first);
    result = transport->fetch(Transport::Area::Metadata, QStringLiteral("timestamp.json"), 16 * 1024);
    QCOMPARE(result.data, second);
    QVERIFY(!transport->lastNotModified());
    result = transport->fetch(Transport::Area::Metadata, QStringLiteral("timestamp.json"), 16 * 1024);
    QCOMPARE(result.data, second);
    QVERIFY(transport->lastNotModified());
    // Other metadata is never asked conditionally (its names carry a version).
    transport->fetch(Transport::Area::Metadata, QStringLiteral("1.root.json"), 512 * 1024);
    QVERIFY(!server.requests().last().headers.contains("if-none-match"));
}

void tst_HttpTransport::etagIsKeptInTheCacheFolder()
{
    TestHttpServer server(m_fixture->repo);
    const QByteArray timestamp = readFile(m_fixture->metadata(QStringLiteral("timestamp.json")));
    {
        auto transport = transportFor(server);
        QCOMPARE(
            transport->fetch(Transport::Area::Metadata, QStringLiteral("timestamp.json"), 16 * 1024).data,
            timestamp);
    }
    auto later = transportFor(server);
    const Transport::Result result
        = later->fetch(Transport::Area::Metadata, QStringLiteral("timestamp.json"), 16 * 1024);
    QCOMPARE(result.data, timestamp);
    QVERIFY(later->lastNotModified());
    QCOMPARE(later->bytesTransferred(), qint64(0));
    // A full refresh over the cached copy: "up to date", one 304 and the root probe.
    auto client = m_fixture->client(later.get());
    QVERIFY(client->refresh().error.ok());
    server.clearRequests();
    const RefreshResult again = client->refresh();
    QVERIFY2(again.error.ok(), qPrintable(again.error.toString()));
    QVERIFY(again.changes.isEmpty());
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(server.requestsFor("/metadata/timestamp.json").constFirst().status, 304);
    QCOMPARE(server.requestsFor("/metadata/2.root.json").constFirst().status, 404);
}

void tst_HttpTransport::unusableEtagIsNotKept()
{
    TestHttpServer server(m_fixture->repo);
    const QByteArray timestamp = readFile(m_fixture->metadata(QStringLiteral("timestamp.json")));
    Fault odd;
    odd.kind = Fault::Kind::Raw;
    odd.raw = "HTTP/1.1 200 OK\r\nETag: \"a b\"\r\nContent-Length: " + QByteArray::number(timestamp.size())
        + "\r\nConnection: close\r\n\r\n" + timestamp;
    odd.times = 1;
    server.setFault("/metadata/timestamp.json", odd);
    auto transport = transportFor(server);
    QCOMPARE(transport->fetch(Transport::Area::Metadata, QStringLiteral("timestamp.json"), 16 * 1024).data,
             timestamp);
    transport->fetch(Transport::Area::Metadata, QStringLiteral("timestamp.json"), 16 * 1024);
    QVERIFY(!server.requests().last().headers.contains("if-none-match"));
    QCOMPARE(server.requests().last().status, 200);
}

void tst_HttpTransport::unsafePathsAreNeverRequested()
{
    TestHttpServer server(m_fixture->repo);
    auto transport = transportFor(server);
    for (const QString &path : { QStringLiteral("../metadata/1.root.json"), QStringLiteral("/etc/passwd"),
                                 QStringLiteral("a//b"), QStringLiteral("a\\b"), QString() }) {
        const Transport::Result result = transport->fetch(Transport::Area::Targets, path, 1024);
        QVERIFY2(result.error.code == SyncErrorCode::BadTargetPath, qPrintable(path));
    }
    QVERIFY(server.requests().isEmpty());
    // Names that need escaping reach the server escaped, within the targets folder.
    transport->fetch(Transport::Area::Targets, QStringLiteral("nl/a b?c#d.md"), 1024);
    QCOMPARE(server.requests().constFirst().path, QByteArray("/targets/nl/a%20b%3Fc%23d.md"));
}

void tst_HttpTransport::clientRefreshesAndDownloadsOverHttp()
{
    TestHttpServer server(m_fixture->repo);
    auto transport = transportFor(server);
    auto client = m_fixture->client(transport.get());
    const RefreshResult refresh = client->refresh();
    QVERIFY2(refresh.error.ok(), qPrintable(refresh.error.toString()));
    QCOMPARE(refresh.changes.size(), 5);
    for (const TargetChange &change : refresh.changedOrAdded()) {
        const Client::Download download = client->download(change.name);
        QVERIFY2(download.error.ok(), qPrintable(download.error.toString()));
        QVERIFY(client->verifyCached(change.name, download.data).ok());
    }
    // What crossed the wire is what the server sent, byte for byte.
    qint64 sent = 0;
    for (const TestHttpServer::Request &request : server.requests())
        sent += request.status == 200 ? request.bodyBytesSent : 0;
    QCOMPARE(transport->bytesTransferred(), sent);
}

void tst_HttpTransport::mirrorListPassesOverADeadMirror()
{
    TestHttpServer good(m_fixture->repo);
    quint16 deadPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        deadPort = probe.serverPort();
    }
    ClientOptions clientOptions;
    clientOptions.now = publishTime().addSecs(3600);
    MirrorList mirrors(m_fixture->state, clientOptions);
    mirrors.add(
        QStringLiteral("dead"),
        HttpTransport::forRepository(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(deadPort)), options()));
    mirrors.add(QStringLiteral("good"), transportFor(good));
    const RefreshResult refresh = mirrors.refresh();
    QVERIFY2(refresh.error.ok(), qPrintable(refresh.error.toString()));
    QCOMPARE(mirrors.currentMirror(), 1);
    QCOMPARE(mirrors.attempts().size(), 1);
    QCOMPARE(mirrors.attempts().constFirst().mirror, QStringLiteral("dead"));
    QCOMPARE(mirrors.attempts().constFirst().error.code, SyncErrorCode::TransportFailed);
    const Client::Download download = mirrors.download(Large);
    QVERIFY2(download.error.ok(), qPrintable(download.error.toString()));
    QVERIFY(mirrors.attempts().isEmpty());
    QCOMPARE(mirrors.bytesTransferred(), mirrors.transport(1)->bytesTransferred());
}

void tst_HttpTransport::mirrorListPassesOverATamperedMirror()
{
    // Mirror A serves a timestamp that someone changed (version 1 -> 2) without the key.
    QTemporaryDir copy;
    const QMap<QString, QByteArray> files = snapshotFolder(m_fixture->repo);
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        writeFile(copy.filePath(it.key()), it.value());
    QByteArray timestamp = readFile(copy.filePath(QStringLiteral("metadata/timestamp.json")));
    QVERIFY(timestamp.contains("\"version\":1}}"));
    timestamp.replace("\"version\":1}}", "\"version\":2}}");
    writeFile(copy.filePath(QStringLiteral("metadata/timestamp.json")), timestamp);
    TestHttpServer tampered(copy.path());
    TestHttpServer good(m_fixture->repo);

    ClientOptions clientOptions;
    clientOptions.now = publishTime().addSecs(3600);
    MirrorList mirrors(m_fixture->state, clientOptions);
    mirrors.add(QStringLiteral("tampered"), transportFor(tampered));
    mirrors.add(QStringLiteral("usb stick"),
                std::make_unique<LocalFolderTransport>(m_fixture->repo + QStringLiteral("/metadata"),
                                                       m_fixture->repo + QStringLiteral("/targets")));
    const RefreshResult refresh = mirrors.refresh();
    QVERIFY2(refresh.error.ok(), qPrintable(refresh.error.toString()));
    QCOMPARE(mirrors.currentMirror(), 1);
    QCOMPARE(mirrors.attempts().constFirst().error.code, SyncErrorCode::BadSignature);
    QCOMPARE(refresh.timestampVersion, qint64(1));
    QCOMPARE(readFile(m_fixture->state + QStringLiteral("/timestamp.json")),
             readFile(m_fixture->metadata(QStringLiteral("timestamp.json"))));
}

void tst_HttpTransport::mirrorListTakesATargetFromTheNextMirror()
{
    // Mirror A has good metadata but a target whose bytes were swapped (same length).
    QTemporaryDir copy;
    const QMap<QString, QByteArray> files = snapshotFolder(m_fixture->repo);
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        writeFile(copy.filePath(it.key()), it.value());
    TestHttpServer bad(copy.path());
    TestHttpServer good(m_fixture->repo);
    ClientOptions clientOptions;
    clientOptions.now = publishTime().addSecs(3600);
    MirrorList mirrors(m_fixture->state, clientOptions);
    mirrors.add(QStringLiteral("bad"), transportFor(bad));
    mirrors.add(QStringLiteral("good"), transportFor(good));
    QVERIFY(mirrors.refresh().error.ok());
    QCOMPARE(mirrors.currentMirror(), 0);
    const QString stored = copy.path() + QString::fromUtf8(targetRequestPath(Large));
    QByteArray swapped = readFile(stored);
    swapped[1000] = char(swapped[1000] ^ 0x01);
    writeFile(stored, swapped);

    const Client::Download download = mirrors.download(Large);
    QVERIFY2(download.error.ok(), qPrintable(download.error.toString()));
    QCOMPARE(download.data, readFile(m_fixture->repo + QString::fromUtf8(targetRequestPath(Large))));
    QCOMPARE(mirrors.attempts().size(), 1);
    QCOMPARE(mirrors.attempts().constFirst().error.code, SyncErrorCode::HashMismatch);
    QCOMPARE(mirrors.currentMirror(), 1);
    // A target nobody signed is not looked for on every mirror.
    QCOMPARE(mirrors.download(QStringLiteral("nl/none")).error.code, SyncErrorCode::UnknownTarget);
}

void tst_HttpTransport::mirrorListNamesEveryMirrorWhenAllFail()
{
    quint16 deadPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        deadPort = probe.serverPort();
    }
    TestHttpServer empty(m_cache->path()); // no repository there: 404 for everything
    ClientOptions clientOptions;
    clientOptions.now = publishTime().addSecs(3600);
    MirrorList mirrors(m_fixture->state, clientOptions);
    mirrors.add(
        QStringLiteral("https://cdn.example"),
        HttpTransport::forRepository(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(deadPort)), options()));
    mirrors.add(QStringLiteral("laptop"), transportFor(empty));
    const QMap<QString, QByteArray> before = m_fixture->trustedState();
    const RefreshResult refresh = mirrors.refresh();
    QCOMPARE(refresh.error.code, SyncErrorCode::TransportFailed);
    QVERIFY2(refresh.error.message.contains(QLatin1String("https://cdn.example: transport-failed"))
                 && refresh.error.message.contains(QLatin1String("laptop: not-found")),
             qPrintable(refresh.error.message));
    QCOMPARE(mirrors.attempts().size(), 2);
    QCOMPARE(mirrors.currentMirror(), -1);
    QCOMPARE(m_fixture->trustedState(), before);
}

QTEST_GUILESS_MAIN(tst_HttpTransport)
#include "tst_httptransport.moc"
