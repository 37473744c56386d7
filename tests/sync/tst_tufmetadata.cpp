#include "SyncFixture.h"

#include <QTest>

using namespace rc::test;
using namespace rc::sync::tuf;
using rc::sync::SyncErrorCode;

// TUF metadata types: key ids, signatures and thresholds, dates, target paths.
class tst_TufMetadata : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyIdIsSha256OfCanonicalKey();
    void publishedRootHasTheExpectedShape();
    void thresholdCountsDistinctKeys();
    void thresholdErrorsAreSpecific();
    void nonCanonicalSignedBytesDoNotVerify();
    void nonCanonicalFileRefusedOnlyWhenRequired();
    void expiresFormat();
    void invalidMetadataRefused_data();
    void invalidMetadataRefused();
    void targetPaths_data();
    void targetPaths();
    void consistentTargetNames();
    void lengthAndHashes();
};

void tst_TufMetadata::keyIdIsSha256OfCanonicalKey()
{
    const Key key = Key::ed25519(
        QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
    const QByteArray canonical = rc::sync::json::canonical(key.toJson());
    QCOMPARE(canonical,
             QByteArray("{\"keytype\":\"ed25519\",\"keyval\":{\"public\":"
                        "\"d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a\"},"
                        "\"scheme\":\"ed25519\"}"));
    QCOMPARE(key.keyId(), rc::crypto::Sha256::hash(canonical).toHex());
    QCOMPARE(key.rawEd25519().size(), 32);
    QVERIFY((Key { "rsa", "rsassa-pss-sha256", "abcd" }).rawEd25519().isEmpty());
}

void tst_TufMetadata::publishedRootHasTheExpectedShape()
{
    SyncFixture fixture;
    QVERIFY(fixture.publish(SyncFixture::sampleFiles()).error.ok());
    const Root root = fixture.root(1);
    QCOMPARE(root.specVersion, QByteArray("1.0.31"));
    QVERIFY(root.consistentSnapshot);
    QCOMPARE(root.expires, publishTime().addDays(365));
    for (const QByteArray &role : topLevelRoles()) {
        QCOMPARE(root.roles.value(role).threshold, 1);
        const QByteArray id = root.roles.value(role).keyIds.value(0);
        QCOMPARE(root.keys.value(id).keyId(), id);
    }
}

void tst_TufMetadata::thresholdCountsDistinctKeys()
{
    const PrivateKey a = PrivateKey::generate();
    const PrivateKey b = PrivateKey::generate();
    Root root;
    root.type = RoleRoot;
    root.expires = publishTime();
    const Key keyA = Key::ed25519(a.publicKey());
    const Key keyB = Key::ed25519(b.publicKey());
    root.keys.insert(keyA.keyId(), keyA);
    root.keys.insert(keyB.keyId(), keyB);
    // The same public key under a second, made-up key id.
    root.keys.insert(QByteArray(64, 'a'), keyA);
    root.roles.insert(RoleTimestamp, RoleKeys { { keyA.keyId(), QByteArray(64, 'a'), keyB.keyId() }, 2 });

    rc::sync::json::Value value = rc::sync::json::Value::object();
    value.insert("x", rc::sync::json::Value::integer(1));
    Envelope both = signEnvelope(value, { &a, &b });
    QVERIFY(verifyThreshold(both, root, RoleTimestamp, QStringLiteral("t")).ok());

    // One key signing twice (same key id repeated) counts once.
    Envelope twice = signEnvelope(value, { &a });
    twice.signatures.append(twice.signatures.constFirst());
    QCOMPARE(verifyThreshold(twice, root, RoleTimestamp, QStringLiteral("t")).code,
             SyncErrorCode::ThresholdNotMet);

    // One key under two key ids counts once.
    Envelope aliased = signEnvelope(value, { &a });
    aliased.signatures.append({ QByteArray(64, 'a'), aliased.signatures.constFirst().signature });
    QCOMPARE(verifyThreshold(aliased, root, RoleTimestamp, QStringLiteral("t")).code,
             SyncErrorCode::ThresholdNotMet);

    // signEnvelope itself never signs twice with one key.
    QCOMPARE(signEnvelope(value, { &a, &a }).signatures.size(), 1);
}

void tst_TufMetadata::thresholdErrorsAreSpecific()
{
    const PrivateKey a = PrivateKey::generate();
    const PrivateKey stranger = PrivateKey::generate();
    Root root;
    const Key keyA = Key::ed25519(a.publicKey());
    root.keys.insert(keyA.keyId(), keyA);
    root.roles.insert(RoleSnapshot, RoleKeys { { keyA.keyId() }, 1 });
    rc::sync::json::Value value = rc::sync::json::Value::object();
    value.insert("v", rc::sync::json::Value::integer(1));

    QCOMPARE(verifyThreshold(Envelope { value, rc::sync::json::canonical(value), {} }, root, RoleSnapshot,
                             QStringLiteral("s"))
                 .code,
             SyncErrorCode::ThresholdNotMet);
    QCOMPARE(
        verifyThreshold(signEnvelope(value, { &stranger }), root, RoleSnapshot, QStringLiteral("s")).code,
        SyncErrorCode::UnknownKey);
    Envelope bad = signEnvelope(value, { &a });
    bad.signatures[0].signature[5] = bad.signatures[0].signature[5] == '0' ? '1' : '0';
    QCOMPARE(verifyThreshold(bad, root, RoleSnapshot, QStringLiteral("s")).code, SyncErrorCode::BadSignature);
    Envelope notHex = signEnvelope(value, { &a });
    notHex.signatures[0].signature = "zz";
    QCOMPARE(verifyThreshold(notHex, root, RoleSnapshot, QStringLiteral("s")).code,
             SyncErrorCode::BadSignature);
    // A valid signature plus a bad one still meets a threshold of one.
    Envelope mixed = signEnvelope(value, { &a, &stranger });
    mixed.signatures.append(bad.signatures.constFirst());
    QVERIFY(verifyThreshold(mixed, root, RoleSnapshot, QStringLiteral("s")).ok());
    QCOMPARE(verifyThreshold(mixed, root, "mirrors", QStringLiteral("s")).code,
             SyncErrorCode::InvalidMetadata);
}

void tst_TufMetadata::nonCanonicalSignedBytesDoNotVerify()
{
    // A signature over a non-canonical encoding of the same object (as a careless signer might make)
    // does not verify: signatures cover the canonical bytes only.
    const PrivateKey a = PrivateKey::generate();
    Root root;
    const Key keyA = Key::ed25519(a.publicKey());
    root.keys.insert(keyA.keyId(), keyA);
    root.roles.insert(RoleTargets, RoleKeys { { keyA.keyId() }, 1 });
    const QByteArray pretty("{ \"b\": 1, \"a\": 2 }");
    rc::sync::SyncError error;
    const auto value = rc::sync::json::parse(pretty, &error);
    Envelope envelope { *value,
                        rc::sync::json::canonical(*value),
                        { { keyA.keyId(), a.sign(pretty).toHex() } } };
    QCOMPARE(verifyThreshold(envelope, root, RoleTargets, QStringLiteral("targets.json")).code,
             SyncErrorCode::BadSignature);
    envelope.signatures = { { keyA.keyId(), a.sign("{\"a\":2,\"b\":1}").toHex() } };
    QVERIFY(verifyThreshold(envelope, root, RoleTargets, QStringLiteral("targets.json")).ok());
}

void tst_TufMetadata::nonCanonicalFileRefusedOnlyWhenRequired()
{
    SyncFixture fixture;
    QVERIFY(fixture.publish(SyncFixture::sampleFiles()).error.ok());
    const QByteArray canonical = readFile(fixture.metadata(QStringLiteral("timestamp.json")));
    rc::sync::SyncError error;
    QVERIFY(Envelope::parse(canonical, true, &error).has_value());
    QByteArray spaced = canonical;
    spaced.replace("\"signed\":", "\"signed\": ");
    QVERIFY(!Envelope::parse(spaced, true, &error).has_value());
    QCOMPARE(error.code, SyncErrorCode::NonCanonicalJson);
    const auto lenient = Envelope::parse(spaced, false, &error);
    QVERIFY(lenient.has_value());
    QCOMPARE(lenient->serialize(), canonical);
    QByteArray escaped = canonical;
    escaped.replace("timestamp", "\\u0074imestamp");
    QVERIFY(!Envelope::parse(escaped, true, &error).has_value());
    QCOMPARE(error.code, SyncErrorCode::NonCanonicalJson);
}

void tst_TufMetadata::expiresFormat()
{
    const QDateTime time(QDate(2030, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
    QCOMPARE(formatExpires(time), QByteArray("2030-01-02T03:04:05Z"));
    QCOMPARE(parseExpires("2030-01-02T03:04:05Z").value(), time);
    for (const char *bad :
         { "2030-01-02T03:04:05", "2030-01-02 03:04:05Z", "2030-01-02T03:04:05.000Z",
           "2030-01-02T03:04:05+00:00", "2030-02-30T00:00:00Z", "2030-01-02T24:00:00Z", "", "x" })
        QVERIFY2(!parseExpires(bad).has_value(), bad);
}

void tst_TufMetadata::invalidMetadataRefused_data()
{
    QTest::addColumn<QByteArray>("signedJson");
    QTest::addColumn<int>("code");
    const int invalid = int(SyncErrorCode::InvalidMetadata);
    const QByteArray tail
        = ",\"meta\":{\"snapshot.json\":{\"version\":1}},\"spec_version\":\"1.0.31\",\"version\":1}";
    QTest::newRow("wrong type") << QByteArray("{\"_type\":\"snapshot\",\"expires\":\"2030-01-01T00:00:00Z\"")
            + tail << invalid;
    QTest::newRow("bad date") << QByteArray("{\"_type\":\"timestamp\",\"expires\":\"tomorrow\"") + tail
                              << invalid;
    QTest::newRow("spec 2.0") << QByteArray(
        "{\"_type\":\"timestamp\",\"expires\":\"2030-01-01T00:00:00Z\",\"meta\":{\"snapshot.json\":"
        "{\"version\":1}},\"spec_version\":\"2.0.0\",\"version\":1}")
                              << int(SyncErrorCode::UnsupportedSpecVersion);
    QTest::newRow("version 0") << QByteArray(
        "{\"_type\":\"timestamp\",\"expires\":\"2030-01-01T00:00:00Z\",\"meta\":{\"snapshot.json\":"
        "{\"version\":1}},\"spec_version\":\"1.0.31\",\"version\":0}")
                               << invalid;
    QTest::newRow("version as string") << QByteArray(
        "{\"_type\":\"timestamp\",\"expires\":\"2030-01-01T00:00:00Z\",\"meta\":{\"snapshot.json\":"
        "{\"version\":1}},\"spec_version\":\"1.0.31\",\"version\":\"1\"}")
                                       << invalid;
    QTest::newRow("extra meta") << QByteArray(
        "{\"_type\":\"timestamp\",\"expires\":\"2030-01-01T00:00:00Z\",\"meta\":{\"snapshot.json\":"
        "{\"version\":1},\"targets.json\":{\"version\":1}},\"spec_version\":\"1.0.31\",\"version\":1}")
                                << invalid;
    QTest::newRow("negative length") << QByteArray(
        "{\"_type\":\"timestamp\",\"expires\":\"2030-01-01T00:00:00Z\",\"meta\":{\"snapshot.json\":"
        "{\"length\":-1,\"version\":1}},\"spec_version\":\"1.0.31\",\"version\":1}")
                                     << invalid;
    QTest::newRow("upper-case hash") << QByteArray(
        "{\"_type\":\"timestamp\",\"expires\":\"2030-01-01T00:00:00Z\",\"meta\":{\"snapshot.json\":"
        "{\"hashes\":{\"sha256\":\"AB\"},\"version\":1}},\"spec_version\":\"1.0.31\",\"version\":1}")
                                     << invalid;
}

void tst_TufMetadata::invalidMetadataRefused()
{
    QFETCH(QByteArray, signedJson);
    QFETCH(int, code);
    rc::sync::SyncError error;
    const auto value = rc::sync::json::parse(signedJson, &error);
    QVERIFY2(value.has_value(), qPrintable(error.toString()));
    QVERIFY(!Timestamp::fromJson(*value, &error).has_value());
    QCOMPARE(int(error.code), code);
}

void tst_TufMetadata::targetPaths_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<bool>("safe");
    QTest::newRow("plain") << QByteArray("nl/articles/appeal/en") << true;
    QTest::newRow("one segment") << QByteArray("pack.json") << true;
    QTest::newRow("unicode") << QByteArray("fa/\xd9\x85\xd9\x82\xd8\xa7\xd9\x84\xd9\x87.md") << true;
    QTest::newRow("dots inside") << QByteArray("a/..b/c..") << true;
    QTest::newRow("dot-dot") << QByteArray("nl/../../etc/passwd") << false;
    QTest::newRow("leading dot-dot") << QByteArray("../x") << false;
    QTest::newRow("trailing dot-dot") << QByteArray("x/..") << false;
    QTest::newRow("dot") << QByteArray("./x") << false;
    QTest::newRow("absolute") << QByteArray("/etc/passwd") << false;
    QTest::newRow("backslash") << QByteArray("nl\\..\\x") << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("empty segment") << QByteArray("nl//x") << false;
    QTest::newRow("trailing slash") << QByteArray("nl/") << false;
    QTest::newRow("drive") << QByteArray("C:/x") << false;
    QTest::newRow("NUL") << QByteArray("a\0b", 3) << false;
    QTest::newRow("newline") << QByteArray("a\nb") << false;
    QTest::newRow("too long") << QByteArray(1025, 'a') << false;
}

void tst_TufMetadata::targetPaths()
{
    QFETCH(QByteArray, path);
    QFETCH(bool, safe);
    QString why;
    QCOMPARE(isSafeTargetPath(path, &why), safe);
    QCOMPARE(why.isEmpty(), safe);
}

void tst_TufMetadata::consistentTargetNames()
{
    QCOMPARE(consistentTargetPath(QStringLiteral("nl/articles/appeal/en"), "abc"),
             QStringLiteral("nl/articles/appeal/abc.en"));
    QCOMPARE(consistentTargetPath(QStringLiteral("file.txt"), "abc"), QStringLiteral("abc.file.txt"));
}

void tst_TufMetadata::lengthAndHashes()
{
    const QByteArray data("content");
    QMap<QByteArray, QByteArray> hashes { { "sha256", hashHex("sha256", data) },
                                          { "sha512", hashHex("sha512", data) } };
    QVERIFY(
        checkLengthAndHashes(data, 7, hashes, SyncErrorCode::HashMismatch, QStringLiteral("t"), true).ok());
    QCOMPARE(
        checkLengthAndHashes("contenT", 7, hashes, SyncErrorCode::HashMismatch, QStringLiteral("t"), true)
            .code,
        SyncErrorCode::HashMismatch);
    QCOMPARE(
        checkLengthAndHashes("conten", 7, hashes, SyncErrorCode::MixAndMatch, QStringLiteral("t"), true).code,
        SyncErrorCode::MixAndMatch);
    hashes["sha512"] = hashHex("sha512", "other");
    QCOMPARE(
        checkLengthAndHashes(data, 7, hashes, SyncErrorCode::HashMismatch, QStringLiteral("t"), true).code,
        SyncErrorCode::HashMismatch);
    QCOMPARE(checkLengthAndHashes(data, 7, { { "md5", "00" } }, SyncErrorCode::HashMismatch,
                                  QStringLiteral("t"), true)
                 .code,
             SyncErrorCode::InvalidMetadata);
    QVERIFY(checkLengthAndHashes(data, -1, {}, SyncErrorCode::MixAndMatch, QStringLiteral("t"), false).ok());
}

QTEST_GUILESS_MAIN(tst_TufMetadata)
#include "tst_tufmetadata.moc"
