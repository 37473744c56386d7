#include "SyncFixture.h"
#include "sync/TargetCodec.h"

#include <QTest>

using namespace rc::test;

// The expected error, or a failure message that says what happened instead.
#define EXPECT_CODE(error, expected)                                                                         \
    do {                                                                                                     \
        const rc::sync::SyncError actual_ = (error);                                                         \
        QVERIFY2(actual_.code == (expected),                                                                 \
                 qPrintable(QStringLiteral("expected %1, got %2")                                            \
                                .arg(rc::sync::syncErrorName(expected), actual_.toString())));               \
    } while (false)

namespace {

// Replaces the signed part of `file` but keeps its old signatures (a tampered file).
void tamper(SyncFixture &fixture, const QString &file,
            const std::function<void(rc::sync::json::Value &)> &edit)
{
    rc::sync::SyncError error;
    auto envelope = tuf::Envelope::parse(readFile(fixture.metadata(file)), true, &error);
    edit(envelope->signedValue);
    writeFile(fixture.metadata(file), envelope->serialize());
}

void setVersion(rc::sync::json::Value &value, qint64 version)
{
    value.insert("version", rc::sync::json::Value::integer(version));
}

QMap<QString, QByteArray> changedFiles()
{
    QMap<QString, QByteArray> files = SyncFixture::sampleFiles();
    files[QStringLiteral("nl/contacts/helpline.json")] = "{\"phone\":\"+31 20 111 1111\"}";
    return files;
}

} // namespace

// The TUF client workflow over a local folder, and every attack of issue 4, each refused with its
// own error while the trusted state stays as it was.
class tst_TufClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void firstRefreshAndDownload();
    void secondRefreshIsUpToDate();
    void onlyChangedTargetsAreReportedAndFetched();
    void initialiseRefusesAnUnsignedRoot();
    void refreshWithoutRootFails();

    void badSignature();
    void unknownKey();
    void belowThreshold();
    void duplicateSignaturesCountOnce();
    void timestampRollback();
    void timestampRollbackFromOfflineMediaIsOlderThanInstalled();
    void snapshotRollback();
    void targetsRollback();
    void expiredOnline();
    void expiredFromOfflineMediaIsAccepted();
    void rootSkippingAVersion();
    void rootRollingBack();
    void mixAndMatchByHash();
    void mixAndMatchByVersion();
    void endlessTimestamp();
    void endlessSnapshot();
    void endlessTarget();
    void targetHashMismatch();
    void malformedJson();
    void nonCanonicalJson();
    void badTargetPaths();
    void unknownTarget();
    void rootRotationSignedByOldAndNew();
    void rootRotationSignedOnlyByNew();
    void rootRotationSignedOnlyByOld();
    void fastForwardRecoveryAfterTimestampKeyRotation();

private:
    std::unique_ptr<SyncFixture> m_fixture;
};

void tst_TufClient::init()
{
    m_fixture = std::make_unique<SyncFixture>();
    QVERIFY(m_fixture->publish(SyncFixture::sampleFiles()).error.ok());
    QVERIFY(m_fixture->initialiseClient().ok());
}

void tst_TufClient::firstRefreshAndDownload()
{
    SyncFixture &f = *m_fixture;
    LocalFolderTransport transport = LocalFolderTransport::forRepository(f.repo, false);
    auto client = f.client(&transport);
    const RefreshResult result = client->refresh();
    QVERIFY2(result.error.ok(), qPrintable(result.error.toString()));
    QVERIFY(result.updated);
    QCOMPARE(result.rootVersion, 1);
    QCOMPARE(result.timestampVersion, 1);
    QCOMPARE(result.snapshotVersion, 1);
    QCOMPARE(result.targetsVersion, 1);
    QCOMPARE(result.changes.size(), 4);
    QVERIFY(!result.expiredAccepted);
    QCOMPARE(result.contentAsOf, publishTime());
    QCOMPARE(result.expires, publishTime().addDays(7));
    // Trusted metadata persisted under plain names, byte for byte as published.
    QCOMPARE(f.trustedState().keys(),
             QStringList({ QStringLiteral("root.json"), QStringLiteral("snapshot.json"),
                           QStringLiteral("targets.json"), QStringLiteral("timestamp.json") }));
    QCOMPARE(f.trustedState().value(QStringLiteral("targets.json")),
             readFile(f.metadata(QStringLiteral("1.targets.json"))));

    const QMap<QString, QByteArray> files = SyncFixture::sampleFiles();
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const Client::Download download = client->download(it.key());
        QVERIFY2(download.error.ok(), qPrintable(download.error.toString()));
        const tuf::TargetFile info = client->trustedTargets()->targets.value(it.key().toUtf8());
        rc::sync::SyncError error;
        const auto decoded = rc::sync::decodeTarget(download.data, info.custom.find("encoding")->toUtf8(),
                                                    info.custom.find("length")->toInteger(), 1 << 20, &error);
        QCOMPARE(decoded.value(), it.value());
    }
}

void tst_TufClient::secondRefreshIsUpToDate()
{
    SyncFixture &f = *m_fixture;
    QVERIFY(f.refresh().error.ok());
    const auto before = f.trustedState();
    LocalFolderTransport transport = LocalFolderTransport::forRepository(f.repo, false);
    const RefreshResult again = f.client(&transport)->refresh();
    QVERIFY(again.error.ok());
    QVERIFY(!again.updated);
    QVERIFY(again.changes.isEmpty());
    QVERIFY(again.summary().startsWith(QLatin1String("up to date")));
    // Only timestamp.json was read (and 2.root.json looked for).
    QCOMPARE(transport.bytesTransferred(), readFile(f.metadata(QStringLiteral("timestamp.json"))).size());
    QCOMPARE(f.trustedState(), before);
}

void tst_TufClient::onlyChangedTargetsAreReportedAndFetched()
{
    SyncFixture &f = *m_fixture;
    QVERIFY(f.refresh().error.ok());
    QVERIFY(f.publish(changedFiles(), publishTime().addDays(1)).error.ok());
    LocalFolderTransport transport = LocalFolderTransport::forRepository(f.repo, false);
    auto client = f.client(&transport, publishTime().addDays(1));
    const RefreshResult result = client->refresh();
    QVERIFY2(result.error.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.changes,
             QList<TargetChange>(
                 { { QStringLiteral("nl/contacts/helpline.json"), TargetChange::Kind::Modified } }));
    QCOMPARE(result.changedOrAdded().size(), 1);
    QCOMPARE(result.contentAsOf, publishTime().addDays(1));
    const qint64 metadataBytes = readFile(f.metadata(QStringLiteral("timestamp.json"))).size()
        + readFile(f.metadata(QStringLiteral("2.snapshot.json"))).size()
        + readFile(f.metadata(QStringLiteral("2.targets.json"))).size();
    QCOMPARE(transport.bytesTransferred(), metadataBytes);
    const Client::Download download = client->download(result.changes.constFirst().name);
    QVERIFY(download.error.ok());
    QCOMPARE(transport.bytesTransferred(), metadataBytes + download.data.size());
}

void tst_TufClient::initialiseRefusesAnUnsignedRoot()
{
    QTemporaryDir dir;
    SyncFixture &f = *m_fixture;
    QByteArray root = readFile(f.metadata(QStringLiteral("1.root.json")));
    root.replace("\"version\":1", "\"version\":9");
    EXPECT_CODE(Client::initialise(dir.path(), root), SyncErrorCode::BadSignature);
    EXPECT_CODE(Client::initialise(dir.path(), "{"), SyncErrorCode::MalformedJson);
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("root.json"))));
    // An initialised folder keeps its root: the same root again is fine, another one is refused.
    QVERIFY(Client::initialise(dir.path(), readFile(f.metadata(QStringLiteral("1.root.json")))).ok());
    QVERIFY(Client::initialise(dir.path(), readFile(f.metadata(QStringLiteral("1.root.json")))).ok());
    SyncFixture other;
    QVERIFY(other.publish(SyncFixture::sampleFiles()).error.ok());
    EXPECT_CODE(Client::initialise(dir.path(), readFile(other.metadata(QStringLiteral("1.root.json")))),
                SyncErrorCode::StorageFailed);
}

void tst_TufClient::refreshWithoutRootFails()
{
    QTemporaryDir dir;
    LocalFolderTransport transport = LocalFolderTransport::forRepository(m_fixture->repo, false);
    Client client(dir.path(), &transport);
    EXPECT_CODE(client.refresh().error, SyncErrorCode::NotInitialised);
}

void tst_TufClient::badSignature()
{
    SyncFixture &f = *m_fixture;
    QVERIFY(f.refresh().error.ok());
    const auto before = f.trustedState();
    tamper(f, QStringLiteral("timestamp.json"), [](rc::sync::json::Value &v) { setVersion(v, 2); });
    EXPECT_CODE(f.refresh().error, SyncErrorCode::BadSignature);
    QCOMPARE(f.trustedState(), before);
}

void tst_TufClient::unknownKey()
{
    SyncFixture &f = *m_fixture;
    QVERIFY(f.refresh().error.ok());
    const auto before = f.trustedState();
    const PrivateKey stranger = PrivateKey::generate();
    f.forge(QStringLiteral("timestamp.json"), [](rc::sync::json::Value &v) { setVersion(v, 2); },
            { &stranger });
    EXPECT_CODE(f.refresh().error, SyncErrorCode::UnknownKey);
    QCOMPARE(f.trustedState(), before);
}

void tst_TufClient::belowThreshold()
{
    SyncFixture &f = *m_fixture;
    // Root 2: the timestamp role needs two keys.
    const PrivateKey second = PrivateKey::generate();
    tuf::Root root = f.root(1);
    root.version = 2;
    const tuf::Key extra = tuf::Key::ed25519(second.publicKey());
    root.keys.insert(extra.keyId(), extra);
    root.roles[tuf::RoleTimestamp].keyIds.append(extra.keyId());
    root.roles[tuf::RoleTimestamp].threshold = 2;
    f.writeRoot(root, { &f.keys.root });
    f.forge(QStringLiteral("timestamp.json"), [](rc::sync::json::Value &) {}, { &f.keys.timestamp, &second });
    QVERIFY(f.refresh().error.ok());
    const auto before = f.trustedState();
    f.forge(QStringLiteral("timestamp.json"), [](rc::sync::json::Value &v) { setVersion(v, 2); },
            { &f.keys.timestamp });
    EXPECT_CODE(f.refresh().error, SyncErrorCode::ThresholdNotMet);
    QCOMPARE(f.trustedState(), before);
}

void tst_TufClient::duplicateSignaturesCountOnce()
{
    SyncFixture &f = *m_fixture;
    const PrivateKey second = PrivateKey::generate();
    tuf::Root root = f.root(1);
    root.version = 2;
    const tuf::Key extra = tuf::Key::ed25519(second.publicKey());
    root.keys.insert(extra.keyId(), extra);
    // The real timestamp key also listed under a second key id: still one key.
    const QByteArray alias(64, 'e');
    root.keys.insert(alias, root.keys.value(root.roles.value(tuf::RoleTimestamp).keyIds.constFirst()));
    root.roles[tuf::RoleTimestamp].keyIds << extra.keyId() << alias;
    root.roles[tuf::RoleTimestamp].threshold = 2;
    f.writeRoot(root, { &f.keys.root });
    f.forge(QStringLiteral("timestamp.json"), [](rc::sync::json::Value &) {}, { &f.keys.timestamp, &second });
    QVERIFY(f.refresh().error.ok());
    const auto before = f.trustedState();

    // The same signature twice.
    f.forge(QStringLiteral("timestamp.json"), [](rc::sync::json::Value &v) { setVersion(v, 2); },
            { &f.keys.timestamp });
    rc::sync::SyncError error;
    auto envelope
        = tuf::Envelope::parse(readFile(f.metadata(QStringLiteral("timestamp.json"))), true, &error);
    envelope->signatures.append(envelope->signatures.constFirst());
    writeFile(f.metadata(QStringLiteral("timestamp.json")), envelope->serialize());
    EXPECT_CODE(f.refresh().error, SyncErrorCode::ThresholdNotMet);
    QCOMPARE(f.trustedState(), before);

    // The same key under its second key id.
    envelope->signatures.last().keyId = alias;
    writeFile(f.metadata(QStringLiteral("timestamp.json")), envelope->serialize());
    EXPECT_CODE(f.refresh().error, SyncErrorCode::ThresholdNotMet);
    QCOMPARE(f.trustedState(), before);
}

void tst_TufClient::timestampRollback()
{
    SyncFixture &f = *m_fixture;
    const QByteArray old = readFile(f.metadata(QStringLiteral("timestamp.json")));
    QVERIFY(f.publish(changedFiles()).error.ok());
    QVERIFY(f.refresh().error.ok());
    const auto before = f.trustedState();
    writeFile(f.metadata(QStringLiteral("timestamp.json")), old);
    EXPECT_CODE(f.refresh().error, SyncErrorCode::Rollback);
    QCOMPARE(f.trustedState(), before);
}

void tst_TufClient::timestampRollbackFromOfflineMediaIsOlderThanInstalled()
{
    SyncFixture &f = *m_fixture;
    const QByteArray old = readFile(f.metadata(QStringLiteral("timestamp.json")));
    QVERIFY(f.publish(changedFiles()).error.ok());
    QVERIFY(f.refresh().error.ok());
    const auto before = f.trustedState();
    writeFile(f.metadata(QStringLiteral("timestamp.json")), old);
    const RefreshResult result = f.refresh(true);
    EXPECT_CODE(result.error, SyncErrorCode::OlderThanInstalled);
    QVERIFY(result.error.message.contains(QLatin1String("older than what is installed")));
    QCOMPARE(f.trustedState(), before);
}

void tst_TufClient::snapshotRollback()
{
    SyncFixture &f = *m_fixture;
    QVERIFY(f.publish(changedFiles()).error.ok());
    QVERIFY(f.refresh().error.ok());
    const auto before = f.trustedState();
    // A new timestamp (version 3) that points back to snapshot 1.
    f.resignTimestamp(1, 3);
    EXPECT_CODE(f.refresh().error, SyncErrorCode::Rollback);
    QCOMPARE(f.trustedState(), before);
}

void tst_TufClient::targetsRollback()
{
    SyncFixture &f = *m_fixture;
    QVERIFY(f.publish(changedFiles()).error.ok());
    QVERIFY(f.refresh().error.ok());
    const auto before = f.trustedState();
    // A new snapshot (3) and timestamp (3), validly signed, that list the old targets version 1.
    f.resignChain(QStringLiteral("1.targets.json"), 1, 3, 3);
    const RefreshResult result = f.refresh();
    EXPECT_CODE(result.error, SyncErrorCode::Rollback);
    QVERIFY(result.error.message.contains(QLatin1String("targets.json")));
    QCOMPARE(f.trustedState(), before);
}

void tst_TufClient::expiredOnline()
{
    SyncFixture &f = *m_fixture;
    QVERIFY(f.refresh().error.ok());
    const auto before = f.trustedState();
    QVERIFY(f.publish(changedFiles()).error.ok());
    const RefreshResult result = f.refresh(false, publishTime().addDays(8));
    EXPECT_CODE(result.error, SyncErrorCode::Expired);
    QVERIFY(result.error.message.contains(QLatin1String("timestamp.json")));
    QCOMPARE(f.trustedState(), before);
    // The root too: a year and a day later, even with nothing new.
    EXPECT_CODE(f.refresh(false, publishTime().addDays(366)).error, SyncErrorCode::Expired);
    QCOMPARE(f.trustedState(), before);
}

void tst_TufClient::expiredFromOfflineMediaIsAccepted()
{
    SyncFixture &f = *m_fixture;
    QVERIFY(f.refresh().error.ok());
    QVERIFY(f.publish(changedFiles(), publishTime().addDays(1)).error.ok());
    // A USB stick copied long ago, read 200 days after publishing.
    const RefreshResult result = f.refresh(true, publishTime().addDays(200));
    QVERIFY2(result.error.ok(), qPrintable(result.error.toString()));
    QVERIFY(result.expiredAccepted);
    QCOMPARE(result.changes.size(), 1);
    QVERIFY2(result.summary().contains(QLatin1String("content as of 2025-03-02")),
             qPrintable(result.summary()));
    QVERIFY(result.summary().contains(QLatin1String("expired on 2025-03-09")));
}

void tst_TufClient::rootSkippingAVersion()
{
    SyncFixture &f = *m_fixture;
    QVERIFY(f.refresh().error.ok());
    const auto before = f.trustedState();
    tuf::Root root = f.root(1);
    root.version = 3;
    writeFile(f.metadata(QStringLiteral("2.root.json")),
              tuf::signEnvelope(root.toJson(), { &f.keys.root }).serialize());
    EXPECT_CODE(f.refresh().error, SyncErrorCode::RootVersionSkipped);
    QCOMPARE(f.trustedState(), before);
}

void tst_TufClient::rootRollingBack()
{
    SyncFixture &f = *m_fixture;
    QVERIFY(f.refresh().error.ok());
    const auto before = f.trustedState();
    writeFile(f.metadata(QStringLiteral("2.root.json")), readFile(f.metadata(QStringLiteral("1.root.json"))));
    EXPECT_CODE(f.refresh().error, SyncErrorCode::Rollback);
    QCOMPARE(f.trustedState(), before);
}

void tst_TufClient::mixAndMatchByHash()
{
    SyncFixture &f = *m_fixture;
    QVERIFY(f.refresh().error.ok());
    QVERIFY(f.publish(changedFiles()).error.ok());
    const auto before = f.trustedState();
    // 2.targets.json replaced by other validly signed targets metadata: not what the snapshot says.
    writeFile(f.metadata(QStringLiteral("2.targets.json")),
              readFile(f.metadata(QStringLiteral("1.targets.json"))));
    EXPECT_CODE(f.refresh().error, SyncErrorCode::MixAndMatch);
    QCOMPARE(f.trustedState(), before);
}

void tst_TufClient::mixAndMatchByVersion()
{
    SyncFixture &f = *m_fixture;
    QVERIFY(f.refresh().error.ok());
    const auto before = f.trustedState();
    // A snapshot that names targets version 2 without a hash; the file served is version 1.
    writeFile(f.metadata(QStringLiteral("2.targets.json")),
              readFile(f.metadata(QStringLiteral("1.targets.json"))));
    tuf::Snapshot snapshot;
    snapshot.type = tuf::RoleSnapshot;
    snapshot.version = 2;
    snapshot.expires = publishTime().addDays(30);
    snapshot.meta.insert("targets.json", tuf::MetaFile { 2, -1, {} });
    writeFile(f.metadata(QStringLiteral("2.snapshot.json")),
              tuf::signEnvelope(snapshot.toJson(), { &f.keys.snapshot }).serialize());
    f.resignTimestamp(2, 2);
    EXPECT_CODE(f.refresh().error, SyncErrorCode::MixAndMatch);
    QCOMPARE(f.trustedState(), before);
}

void tst_TufClient::endlessTimestamp()
{
    SyncFixture &f = *m_fixture;
    QVERIFY(f.refresh().error.ok());
    const auto before = f.trustedState();
    writeFile(f.metadata(QStringLiteral("timestamp.json")), QByteArray(1024 * 1024, ' '));
    LocalFolderTransport transport = LocalFolderTransport::forRepository(f.repo, false);
    EXPECT_CODE(f.client(&transport)->refresh().error, SyncErrorCode::LengthExceeded);
    // The transport stopped at the cap (16 KiB) plus one byte.
    QCOMPARE(transport.bytesTransferred(), 16 * 1024 + 1);
    QCOMPARE(f.trustedState(), before);
}

void tst_TufClient::endlessSnapshot()
{
    SyncFixture &f = *m_fixture;
    const QString file = f.metadata(QStringLiteral("1.snapshot.json"));
    writeFile(file, readFile(file) + QByteArray(100000, ' '));
    EXPECT_CODE(f.refresh().error, SyncErrorCode::LengthExceeded);
    QCOMPARE(f.trustedState().keys(), QStringList { QStringLiteral("root.json") });
}

void tst_TufClient::endlessTarget()
{
    SyncFixture &f = *m_fixture;
    LocalFolderTransport transport = LocalFolderTransport::forRepository(f.repo, false);
    auto client = f.client(&transport);
    QVERIFY(client->refresh().error.ok());
    const QByteArray name("nl/pack.json");
    const tuf::TargetFile info = client->trustedTargets()->targets.value(name);
    const QString path = QDir(f.repo).filePath(
        QStringLiteral("targets/")
        + tuf::consistentTargetPath(QString::fromUtf8(name), info.hashes.value("sha256")));
    writeFile(path, readFile(path) + QByteArray(10 * 1024 * 1024, 'x'));
    const qint64 before = transport.bytesTransferred();
    const Client::Download download = client->download(QString::fromUtf8(name));
    EXPECT_CODE(download.error, SyncErrorCode::LengthExceeded);
    QVERIFY(download.data.isEmpty());
    QCOMPARE(transport.bytesTransferred() - before, info.length + 1);
}

void tst_TufClient::targetHashMismatch()
{
    SyncFixture &f = *m_fixture;
    LocalFolderTransport transport = LocalFolderTransport::forRepository(f.repo, false);
    auto client = f.client(&transport);
    QVERIFY(client->refresh().error.ok());
    const QString name = QStringLiteral("nl/contacts/helpline.json");
    const tuf::TargetFile info = client->trustedTargets()->targets.value(name.toUtf8());
    const QString path = QDir(f.repo).filePath(
        QStringLiteral("targets/") + tuf::consistentTargetPath(name, info.hashes.value("sha256")));
    QByteArray bytes = readFile(path);
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 1);
    writeFile(path, bytes);
    const Client::Download download = client->download(name);
    EXPECT_CODE(download.error, SyncErrorCode::HashMismatch);
    QVERIFY(download.data.isEmpty());
    // Shorter than the metadata says: refused too.
    writeFile(path, bytes.chopped(1));
    EXPECT_CODE(client->download(name).error, SyncErrorCode::HashMismatch);
}

void tst_TufClient::malformedJson()
{
    SyncFixture &f = *m_fixture;
    QVERIFY(f.refresh().error.ok());
    const auto before = f.trustedState();
    const QByteArray timestamp = readFile(f.metadata(QStringLiteral("timestamp.json")));
    writeFile(f.metadata(QStringLiteral("timestamp.json")), timestamp.chopped(3));
    EXPECT_CODE(f.refresh().error, SyncErrorCode::MalformedJson);
    QByteArray duplicate = timestamp;
    duplicate.replace("\"version\":1}}", "\"version\":1,\"version\":2}}");
    writeFile(f.metadata(QStringLiteral("timestamp.json")), duplicate);
    EXPECT_CODE(f.refresh().error, SyncErrorCode::MalformedJson);
    QByteArray floating = timestamp;
    floating.replace("\"version\":1}}", "\"version\":1.0}}");
    writeFile(f.metadata(QStringLiteral("timestamp.json")), floating);
    EXPECT_CODE(f.refresh().error, SyncErrorCode::MalformedJson);
    writeFile(f.metadata(QStringLiteral("timestamp.json")), timestamp + "x");
    EXPECT_CODE(f.refresh().error, SyncErrorCode::MalformedJson);
    writeFile(f.metadata(QStringLiteral("timestamp.json")), "[]");
    EXPECT_CODE(f.refresh().error, SyncErrorCode::InvalidMetadata);
    QCOMPARE(f.trustedState(), before);
}

void tst_TufClient::nonCanonicalJson()
{
    SyncFixture &f = *m_fixture;
    QVERIFY(f.refresh().error.ok());
    const auto before = f.trustedState();
    QVERIFY(f.publish(changedFiles()).error.ok());
    QByteArray pretty = readFile(f.metadata(QStringLiteral("timestamp.json")));
    pretty.replace(",", ",\n  ");
    writeFile(f.metadata(QStringLiteral("timestamp.json")), pretty);
    EXPECT_CODE(f.refresh().error, SyncErrorCode::NonCanonicalJson);
    QCOMPARE(f.trustedState(), before);
    // The same signatures verify for a client that accepts other tools' formatting.
    LocalFolderTransport transport = LocalFolderTransport::forRepository(f.repo, false);
    ClientOptions options;
    options.now = publishTime().addSecs(3600);
    options.requireCanonical = false;
    Client lenient(f.state, &transport, options);
    QVERIFY(lenient.refresh().error.ok());
}

void tst_TufClient::badTargetPaths()
{
    SyncFixture &f = *m_fixture;
    // Targets metadata (validly signed: a compromised or careless publisher) naming hostile paths.
    f.forge(QStringLiteral("1.targets.json"),
            [](rc::sync::json::Value &v) {
                setVersion(v, 2);
                rc::sync::json::Value targets = *v.find("targets");
                const rc::sync::json::Value entry = targets.members().front().second;
                for (const char *name : { "../../etc/passwd", "/etc/passwd", "nl\\..\\x", "nl//x", "nl/./x" })
                    targets.insert(QByteArray(name), entry);
                v.insert("targets", targets);
            },
            { &f.keys.targets });
    writeFile(f.metadata(QStringLiteral("2.targets.json")),
              readFile(f.metadata(QStringLiteral("1.targets.json"))));
    f.resignChain(QStringLiteral("2.targets.json"), 2, 2, 2);
    LocalFolderTransport transport = LocalFolderTransport::forRepository(f.repo, false);
    auto client = f.client(&transport);
    QVERIFY(client->refresh().error.ok());
    for (const char *name : { "../../etc/passwd", "/etc/passwd", "nl\\..\\x", "nl//x", "nl/./x" })
        EXPECT_CODE(client->download(QString::fromLatin1(name)).error, SyncErrorCode::BadTargetPath);
    // The transport refuses such paths by itself too.
    EXPECT_CODE(transport.fetch(Transport::Area::Targets, QStringLiteral("../state/root.json"), 1000).error,
                SyncErrorCode::BadTargetPath);
}

void tst_TufClient::unknownTarget()
{
    SyncFixture &f = *m_fixture;
    LocalFolderTransport transport = LocalFolderTransport::forRepository(f.repo, false);
    auto client = f.client(&transport);
    EXPECT_CODE(client->download(QStringLiteral("nl/pack.json")).error, SyncErrorCode::NotInitialised);
    QVERIFY(client->refresh().error.ok());
    EXPECT_CODE(client->download(QStringLiteral("nl/nothing")).error, SyncErrorCode::UnknownTarget);
}

void tst_TufClient::rootRotationSignedByOldAndNew()
{
    SyncFixture &f = *m_fixture;
    QVERIFY(f.refresh().error.ok());
    SigningKeys next;
    next.root = PrivateKey::generate();
    QVERIFY(Repository::rotateRoot(f.repo, f.keys, next, {}).error.ok());
    // And once more: the client walks 1 -> 2 -> 3.
    SigningKeys third;
    third.root = PrivateKey::generate();
    QVERIFY(Repository::rotateRoot(f.repo, next, third, {}).error.ok());
    const RefreshResult result = f.refresh();
    QVERIFY2(result.error.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.rootVersion, 3);
    QCOMPARE(f.trustedState().value(QStringLiteral("root.json")),
             readFile(f.metadata(QStringLiteral("3.root.json"))));
}

void tst_TufClient::rootRotationSignedOnlyByNew()
{
    SyncFixture &f = *m_fixture;
    QVERIFY(f.refresh().error.ok());
    const auto before = f.trustedState();
    const PrivateKey newRoot = PrivateKey::generate();
    tuf::Root root = f.root(1);
    root.version = 2;
    const tuf::Key key = tuf::Key::ed25519(newRoot.publicKey());
    root.keys.insert(key.keyId(), key);
    root.roles[tuf::RoleRoot] = tuf::RoleKeys { { key.keyId() }, 1 };
    f.writeRoot(root, { &newRoot });
    EXPECT_CODE(f.refresh().error, SyncErrorCode::UnknownKey);
    QCOMPARE(f.trustedState(), before);
}

void tst_TufClient::rootRotationSignedOnlyByOld()
{
    SyncFixture &f = *m_fixture;
    QVERIFY(f.refresh().error.ok());
    const auto before = f.trustedState();
    const PrivateKey newRoot = PrivateKey::generate();
    tuf::Root root = f.root(1);
    root.version = 2;
    const tuf::Key key = tuf::Key::ed25519(newRoot.publicKey());
    root.keys.insert(key.keyId(), key);
    root.roles[tuf::RoleRoot] = tuf::RoleKeys { { key.keyId() }, 1 };
    f.writeRoot(root, { &f.keys.root });
    const RefreshResult result = f.refresh();
    EXPECT_CODE(result.error, SyncErrorCode::UnknownKey);
    QVERIFY(result.error.message.contains(QLatin1String("its own keys")));
    QCOMPARE(f.trustedState(), before);
}

void tst_TufClient::fastForwardRecoveryAfterTimestampKeyRotation()
{
    SyncFixture &f = *m_fixture;
    // An attacker with the timestamp key pushed the version up to 1000.
    f.forge(QStringLiteral("timestamp.json"), [](rc::sync::json::Value &v) { setVersion(v, 1000); },
            { &f.keys.timestamp });
    QVERIFY(f.refresh().error.ok());
    // The publisher rotates the timestamp key and starts again at version 2.
    SigningKeys next;
    next.root = PrivateKey::fromPem(f.keys.root.toPem());
    next.timestamp = PrivateKey::generate();
    QVERIFY(Repository::rotateRoot(f.repo, f.keys, next, {}).error.ok());
    f.resignTimestamp(1, 2, &next.timestamp);
    const RefreshResult result = f.refresh();
    QVERIFY2(result.error.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.rootVersion, 2);
    QCOMPARE(result.timestampVersion, 2);
    // Without a rotation, the same lower version would have been a rollback.
    f.resignTimestamp(1, 1, &next.timestamp);
    EXPECT_CODE(f.refresh().error, SyncErrorCode::Rollback);
}

QTEST_GUILESS_MAIN(tst_TufClient)
#include "tst_tufclient.moc"
