#include "crypto/Ed25519.h"
#include "crypto/Sha512.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace Ed25519 = rc::crypto::Ed25519;
using Ed25519::PrivateKey;

namespace {

// RFC 8032 section 7.1, "TEST 1024": a message of 1023 bytes.
const char LongMessageHex[]
    = "08b8b2b733424243760fe426a4b54908632110a66c2f6591eabd3345e3e4eb98fa6e264bf09efe12ee50f8f54e9f77b1"
      "e355f6c50544e23fb1433ddf73be84d879de7c0046dc4996d9e773f4bc9efe5738829adb26c81b37c93a1b270b20329d"
      "658675fc6ea534e0810a4432826bf58c941efb65d57a338bbd2e26640f89ffbc1a858efcb8550ee3a5e1998bd177e93a"
      "7363c344fe6b199ee5d02e82d522c4feba15452f80288a821a579116ec6dad2b3b310da903401aa62100ab5d1a36553e"
      "06203b33890cc9b832f79ef80560ccb9a39ce767967ed628c6ad573cb116dbefefd75499da96bd68a8a97b928a8bbc10"
      "3b6621fcde2beca1231d206be6cd9ec7aff6f6c94fcd7204ed3455c68c83f4a41da4af2b74ef5c53f1d8ac70bdcb7ed1"
      "85ce81bd84359d44254d95629e9855a94a7c1958d1f8ada5d0532ed8a5aa3fb2d17ba70eb6248e594e1a2297acbbb39d"
      "502f1a8c6eb6f1ce22b3de1a1f40cc24554119a831a9aad6079cad88425de6bde1a9187ebb6092cf67bf2b13fd65f270"
      "88d78b7e883c8759d2c4f5c65adb7553878ad575f9fad878e80a0c9ba63bcbcc2732e69485bbc9c90bfbd62481d9089b"
      "eccf80cfe2df16a2cf65bd92dd597b0707e0917af48bbb75fed413d238f5555a7a569d80c3414a8d0859dc65a46128ba"
      "b27af87a71314f318c782b23ebfe808b82b0ce26401d2e22f04d83d1255dc51addd3b75a2b1ae0784504df543af8969b"
      "e3ea7082ff7fc9888c144da2af58429ec96031dbcad3dad9af0dcbaaaf268cb8fcffead94f3c7ca495e056a9b47acdb7"
      "51fb73e666c6c655ade8297297d07ad1ba5e43f1bca32301651339e22904cc8c42f58c30c04aafdb038dda0847dd988d"
      "cda6f3bfd15c4b4c4525004aa06eeff8ca61783aacec57fb3d1f92b0fe2fd1a85f6724517b65e614ad6808d6f6ee34df"
      "f7310fdc82aebfd904b01e1dc54b2927094b2db68d6f903b68401adebf5a7e08d78ff4ef5d63653a65040cf9bfd4aca7"
      "984a74d37145986780fc0b16ac451649de6188a7dbdf191f64b5fc5e2ab47b57f7f7276cd419c17a3ca8e1b939ae49e4"
      "88acba6b965610b5480109c8b17b80e1b7b750dfc7598d5d5011fd2dcc5600a32ef5b52a1ecc820e308aa342721aac09"
      "43bf6686b64b2579376504ccc493d97e6aed3fb0f9cd71a43dd497f01f17c0e2cb3797aa2a2f256656168e6c496afc5f"
      "b93246f6b1116398a346f1a641f3b041e989f7914f90cc2c7fff357876e506b50d334ba77c225bc307ba537152f3f161"
      "0e4eafe595f6d9d90d11faa933a15ef1369546868a7f3a45a96768d40fd9d03412c091c6315cf4fde7cb68606937380d"
      "b2eaaa707b4c4185c32eddcdd306705e4dc1ffc872eeee475a64dfac86aba41c0618983f8741c5ef68d3a101e8a3b8ca"
      "c60c905c15fc910840b94c00a0b9d0";

QByteArray flipBit(QByteArray bytes, qsizetype index, int bit)
{
    bytes[index] = char(bytes[index] ^ (1 << bit));
    return bytes;
}

} // namespace

// Known answers from RFC 8032 section 7.1 (Ed25519), then tampering, keys in PEM and on disk.
class tst_Ed25519 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sha512KnownAnswer();
    void knownAnswers_data();
    void knownAnswers();
    void tamperedMessageRejected();
    void tamperedSignatureRejected();
    void wrongKeyAndSizesRejected();
    void generatedKeysSignAndDiffer();
    void publicKeyHexRoundTrip();
    void pemRoundTrip();
    void pemFileIsPrivateAndNeverOverwritten();
    void hostilePemRefused();
};

void tst_Ed25519::initTestCase()
{
    rc::crypto::initSecureHeap();
}

void tst_Ed25519::sha512KnownAnswer()
{
    // FIPS 180-4 example "abc"; it is also the message of RFC 8032's "TEST SHA(abc)".
    QCOMPARE(rc::crypto::sha512("abc").toHex(),
             QByteArray("ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
                        "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"));
    QCOMPARE(rc::crypto::sha512({}).size(), 64);
}

void tst_Ed25519::knownAnswers_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("publicKey");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("signature");
    const auto row = [](const char *name, const char *secret, const char *publicKey,
                        const QByteArray &message, const char *signature) {
        QTest::newRow(name) << QByteArray::fromHex(secret) << QByteArray::fromHex(publicKey) << message
                            << QByteArray::fromHex(signature);
    };
    row("TEST 1", "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
        "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", QByteArray(),
        "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd"
        "25bf5f0595bbe24655141438e7a100b");
    row("TEST 2", "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
        "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", QByteArray::fromHex("72"),
        "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c3"
        "87b2eaeb4302aeeb00d291612bb0c00");
    row("TEST 3", "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
        "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025", QByteArray::fromHex("af82"),
        "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594"
        "a7c15e9716ed28dc027beceea1ec40a");
    row("TEST 1024", "f5e5767cf153319517630f226876b86c8160cc583bc013744c6bf255f5cc0ee5",
        "278117fc144c72340f67d0f2316e8386ceffbf2b2428c9c51fef7c597f1d426e",
        QByteArray::fromHex(LongMessageHex),
        "0aab4c900501b3e24d7cdf4663326a3a87df5e4843b2cbdb67cbf6e460fec350aa5371b1508f9f4528ecea23c436d94b5"
        "e8fcd4f681e30a6ac00a9704a188a03");
    row("TEST SHA(abc)", "833fe62409237b9d62ec77587520911e9a759cec1d19755b7da901b96dca3d42",
        "ec172b93ad5e563bf4932c70e1245034c35467ef2efd4d64ebf819683467e2bf", rc::crypto::sha512("abc"),
        "dc2a4459e7369633a52b1bf277839a00201009a3efbf3ecb69bea2186c26b58909351fc9ac90b3ecfdfbc7c66431e0303"
        "dca179c138ac17ad9bef1177331a704");
}

void tst_Ed25519::knownAnswers()
{
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, publicKey);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, signature);
    if (QByteArray(QTest::currentDataTag()) == "TEST 1024")
        QCOMPARE(message.size(), 1023);

    const PrivateKey key = PrivateKey::fromSeed(secret);
    QVERIFY(key.isValid());
    QCOMPARE(key.publicKey().toHex(), publicKey.toHex());
    // Ed25519 signatures are deterministic: the same key and message give exactly RFC 8032's bytes.
    QCOMPARE(key.sign(message).toHex(), signature.toHex());
    QVERIFY(Ed25519::verify(publicKey, message, signature));
}

void tst_Ed25519::tamperedMessageRejected()
{
    const PrivateKey key = PrivateKey::fromSeed(
        QByteArray::fromHex("c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7"));
    const QByteArray message = QByteArray::fromHex(LongMessageHex);
    const QByteArray signature = key.sign(message);
    QVERIFY(Ed25519::verify(key.publicKey(), message, signature));
    for (const qsizetype at : { qsizetype(0), qsizetype(511), message.size() - 1 })
        QVERIFY(!Ed25519::verify(key.publicKey(), flipBit(message, at, 0), signature));
    QVERIFY(!Ed25519::verify(key.publicKey(), message.chopped(1), signature));
    QVERIFY(!Ed25519::verify(key.publicKey(), message + '\0', signature));
}

void tst_Ed25519::tamperedSignatureRejected()
{
    const PrivateKey key = PrivateKey::generate();
    const QByteArray message("rights information");
    const QByteArray signature = key.sign(message);
    for (qsizetype at = 0; at < signature.size(); ++at)
        QVERIFY2(!Ed25519::verify(key.publicKey(), message, flipBit(signature, at, at % 8)),
                 qPrintable(QStringLiteral("flipped byte %1 accepted").arg(at)));
    QVERIFY(!Ed25519::verify(key.publicKey(), message, QByteArray(64, '\0')));
    // S >= L (the group order) must be refused (RFC 8032 5.1.7): add L to S of a valid signature.
    QByteArray malleable = signature;
    const QByteArray order
        = QByteArray::fromHex("edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010");
    int carry = 0;
    for (int i = 0; i < 32; ++i) {
        const int sum = quint8(malleable[32 + i]) + quint8(order[i]) + carry;
        malleable[32 + i] = char(sum & 0xff);
        carry = sum >> 8;
    }
    QVERIFY(!Ed25519::verify(key.publicKey(), message, malleable));
}

void tst_Ed25519::wrongKeyAndSizesRejected()
{
    const PrivateKey key = PrivateKey::generate();
    const PrivateKey other = PrivateKey::generate();
    const QByteArray message("x");
    const QByteArray signature = key.sign(message);
    QVERIFY(!Ed25519::verify(other.publicKey(), message, signature));
    QVERIFY(!Ed25519::verify(key.publicKey().chopped(1), message, signature));
    QVERIFY(!Ed25519::verify(key.publicKey(), message, signature.chopped(1)));
    QVERIFY(!Ed25519::verify(key.publicKey(), message, signature + 'x'));
    QVERIFY(!Ed25519::verify({}, message, signature));
    QVERIFY(!PrivateKey::fromSeed(QByteArray(31, 'x')).isValid());
    QVERIFY(PrivateKey().sign(message).isEmpty());
    QVERIFY(PrivateKey().publicKey().isEmpty());
    QVERIFY(PrivateKey().toPem().isEmpty());
}

void tst_Ed25519::generatedKeysSignAndDiffer()
{
    const PrivateKey a = PrivateKey::generate();
    const PrivateKey b = PrivateKey::generate();
    QVERIFY(a.isValid() && b.isValid());
    QVERIFY(a.publicKey() != b.publicKey());
    QCOMPARE(a.publicKey().size(), Ed25519::PublicKeySize);
    const QByteArray signature = a.sign("m");
    QCOMPARE(signature.size(), Ed25519::SignatureSize);
    QVERIFY(Ed25519::verify(a.publicKey(), "m", signature));
}

void tst_Ed25519::publicKeyHexRoundTrip()
{
    const PrivateKey key = PrivateKey::generate();
    const QString hex = Ed25519::publicKeyToHex(key.publicKey());
    QCOMPARE(hex.size(), 64);
    QCOMPARE(hex, hex.toLower());
    QCOMPARE(Ed25519::publicKeyFromHex(hex.toLatin1()).value(), key.publicKey());
    QVERIFY(!Ed25519::publicKeyFromHex(hex.toLatin1().chopped(2)).has_value());
    QVERIFY(!Ed25519::publicKeyFromHex(QByteArray(64, 'g')).has_value());
    QVERIFY(!Ed25519::publicKeyFromHex(hex.toLatin1() + "00").has_value());
}

void tst_Ed25519::pemRoundTrip()
{
    const PrivateKey key = PrivateKey::generate();
    const QByteArray pem = key.toPem();
    QVERIFY(pem.startsWith("-----BEGIN PRIVATE KEY-----\n"));
    const PrivateKey again = PrivateKey::fromPem(pem);
    QVERIFY(again.isValid());
    QCOMPARE(again.publicKey(), key.publicKey());
    QCOMPARE(again.sign("abc"), key.sign("abc"));
}

void tst_Ed25519::pemFileIsPrivateAndNeverOverwritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("root.pem"));
    const PrivateKey key = PrivateKey::generate();
    QString error;
    QVERIFY2(key.writePemFile(path, &error), qPrintable(error));
    // 0600: the owner reads and writes; nobody else may do anything (ReadUser/WriteUser mirror the owner).
    const QFileDevice::Permissions permissions = QFile::permissions(path);
    QCOMPARE(permissions & (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(permissions
                 & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther),
             QFileDevice::Permissions());
    const PrivateKey read = PrivateKey::readPemFile(path, &error);
    QVERIFY2(read.isValid(), qPrintable(error));
    QCOMPARE(read.publicKey(), key.publicKey());

    const QByteArray before = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QVERIFY(!PrivateKey::generate().writePemFile(path, &error));
    QVERIFY(error.contains(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void tst_Ed25519::hostilePemRefused()
{
    QVERIFY(!PrivateKey::fromPem({}).isValid());
    QVERIFY(!PrivateKey::fromPem("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n").isValid());
    QVERIFY(!PrivateKey::fromPem(QByteArray(5000, 'A')).isValid());
    // A valid PEM with a byte changed inside the base64 body.
    QByteArray pem = PrivateKey::generate().toPem();
    pem[40] = pem[40] == 'A' ? 'B' : 'A';
    const PrivateKey damaged = PrivateKey::fromPem(pem);
    // Either refused, or (if the change fell in the seed) a different but valid key: never a crash.
    Q_UNUSED(damaged);
    QTemporaryDir dir;
    QString error;
    QVERIFY(!PrivateKey::readPemFile(dir.filePath(QStringLiteral("missing.pem")), &error).isValid());
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(tst_Ed25519)
#include "tst_ed25519.moc"
