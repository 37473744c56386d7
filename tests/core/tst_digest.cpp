#include "crypto/Digest.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using rc::crypto::Sha256;

// Known answers from FIPS 180-4 / NIST "SHA-256 examples" (CSRC example values).
class tst_Digest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void knownAnswers_data();
    void knownAnswers();
    void oneMillionAIncrementally();
    void incrementalEqualsOneShot_data();
    void incrementalEqualsOneShot();
    void differentInputsDiffer();
};

void tst_Digest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Digest::knownAnswers_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("expectedHex");
    QTest::newRow("empty") << QByteArray()
                           << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("abc") << QByteArray("abc")
                         << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("448-bit") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                             << QByteArray(
                                    "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    QTest::newRow("896-bit") << QByteArray(
        "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrs"
        "mnopqrstnopqrstu") << QByteArray("cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
}

void tst_Digest::knownAnswers()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, expectedHex);
    const QByteArray digest = Sha256::hash(message);
    QCOMPARE(digest.size(), 32);
    QCOMPARE(digest.toHex(), expectedHex);
}

void tst_Digest::oneMillionAIncrementally()
{
    // 1,000,000 x 'a', fed in uneven chunks so block boundaries fall inside chunks.
    const QByteArray chunk(997, 'a');
    Sha256 digest;
    qsizetype fed = 0;
    while (fed + chunk.size() <= 1000000) {
        digest.addData(chunk);
        fed += chunk.size();
    }
    digest.addData(QByteArrayView(chunk).first(1000000 - fed));
    QCOMPARE(digest.result().toHex(),
             QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
}

void tst_Digest::incrementalEqualsOneShot_data()
{
    QTest::addColumn<int>("chunkSize");
    for (int size : { 1, 3, 55, 56, 63, 64, 65, 127, 128, 1000, 4096 })
        QTest::addRow("chunks of %d", size) << size;
}

void tst_Digest::incrementalEqualsOneShot()
{
    QFETCH(int, chunkSize);
    QByteArray data(10000, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char &c : data)
        c = char(generator.bounded(256));

    Sha256 digest;
    for (qsizetype at = 0; at < data.size(); at += chunkSize)
        digest.addData(QByteArrayView(data).sliced(at, qMin<qsizetype>(chunkSize, data.size() - at)));
    digest.addData(QByteArrayView()); // an empty update changes nothing
    QCOMPARE(digest.result(), Sha256::hash(data));
}

void tst_Digest::differentInputsDiffer()
{
    // One flipped bit gives a different digest: the pack digest relies on this to see any edit.
    QByteArray data(5000, 'x');
    const QByteArray original = Sha256::hash(data);
    data[2500] = char(data[2500] ^ 0x01);
    QVERIFY(Sha256::hash(data) != original);
    // Splitting differently does not change the digest, but order does.
    Sha256 ab;
    ab.addData("ab");
    ab.addData("c");
    QCOMPARE(ab.result(), Sha256::hash("abc"));
    QVERIFY(Sha256::hash("acb") != Sha256::hash("abc"));
}

QTEST_GUILESS_MAIN(tst_Digest)
#include "tst_digest.moc"
