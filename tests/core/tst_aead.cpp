#include "crypto/Aead.h"
#include "crypto/Random.h"

#include <QTest>

#include <algorithm>

using rc::crypto::SecureBuffer;
namespace Aead = rc::crypto::Aead;

namespace {

bool allZero(QByteArrayView bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return c == 0; });
}

QByteArray flipBit(QByteArray bytes, qsizetype index, int bit)
{
    bytes[index] = char(bytes[index] ^ (1 << bit));
    return bytes;
}

// Decrypts into a buffer pre-filled with 0xAA, so that a wiped output is visible.
bool decryptToArray(const SecureBuffer &key, QByteArrayView nonce, QByteArrayView associatedData,
                    QByteArrayView ciphertext, QByteArrayView tag, QByteArray *plaintext)
{
    *plaintext = QByteArray(ciphertext.size(), char(0xaa));
    return Aead::decrypt(key, nonce, associatedData, ciphertext, tag,
                         reinterpret_cast<unsigned char *>(plaintext->data()));
}

} // namespace

class tst_Aead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void knownAnswers_data();
    void knownAnswers();
    void tamperingRejectedAndOutputWiped_data();
    void tamperingRejectedAndOutputWiped();
    void wrongSizesRejected();
    void nullOutputsRejected();
    void roundTrip_data();
    void roundTrip();
    void decryptInPlace();
    void nonceAndKeyChangeCiphertext();
};

void tst_Aead::initTestCase()
{
    rc::crypto::initSecureHeap();
}

void tst_Aead::knownAnswers_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<QByteArray>("aad");
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("ciphertext");
    QTest::addColumn<QByteArray>("tag");
    const auto row = [](const char *name, const char *key, const char *nonce, const char *aad,
                        const char *plaintext, const char *ciphertext, const char *tag) {
        QTest::newRow(name) << QByteArray::fromHex(key) << QByteArray::fromHex(nonce)
                            << QByteArray::fromHex(aad) << QByteArray::fromHex(plaintext)
                            << QByteArray::fromHex(ciphertext) << QByteArray::fromHex(tag);
    };

    // NIST CAVP GCM test vectors, gcmEncryptExtIV256.rsp (Keylen = 256, IVlen = 96, Taglen = 128), Count = 0
    // of each section named.
    row("NIST PTlen=0 AADlen=0", "b52c505a37d78eda5dd34f20c22540ea1b58963cf8e5bf8ffa85f9f2492505b4",
        "516c33929df5a3284ff463d7", "", "", "", "bdc1ac884d332457a1d2664f168c76f0");
    row("NIST PTlen=0 AADlen=160", "886cff5f3e6b8d0e1ad0a38fcdb26de97e8acbe79f6bed66959a598fa5047d65",
        "3a8efa1cd74bbab5448f9945", "519fee519d25c7a304d6c6aa1897ee1eb8c59655", "", "",
        "f6d47505ec96c98a42dc3ae719877b87");
    row("NIST PTlen=128 AADlen=0", "31bdadd96698c204aa9ce1448ea94ae1fb4a9a0b3c9d773b51bb1822666b8f22",
        "0d18e06c7c725ac9e362e1ce", "", "2db5168e932556f8089a0622981d017d",
        "fa4362189661d163fcd6a56d8bf0405a", "d636ac1bbedd5cc3ee727dc2ab4a9489");
    row("NIST PTlen=128 AADlen=128", "92e11dcdaa866f5ce790fd24501f92509aacf4cb8b1339d50c9c1240935dd08b",
        "ac93a1a6145299bde902f21a", "1e0889016f67601c8ebea4943bc23ad6", "2d71bcfa914e4ac045b2aa60955fad24",
        "8995ae2e6df3dbf96fac7b7137bae67f", "eca5aa77d51d4a0a14d9c51e1da474ab");

    // McGrew and Viega, "The Galois/Counter Mode of Operation (GCM)", revised 2005, Appendix B,
    // Test Cases 13 to 16 (AES-256).
    const char *zeroKey = "0000000000000000000000000000000000000000000000000000000000000000";
    const char *key = "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308";
    const char *nonce = "cafebabefacedbaddecaf888";
    row("GCM spec Test Case 13", zeroKey, "000000000000000000000000", "", "", "",
        "530f8afbc74536b9a963b4f1c4cb738b");
    row("GCM spec Test Case 14", zeroKey, "000000000000000000000000", "", "00000000000000000000000000000000",
        "cea7403d4d606b6e074ec5d3baf39d18", "d0d1c8a799996bf0265b98b5d48ab919");
    row("GCM spec Test Case 15", key, nonce, "",
        "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
        "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255",
        "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
        "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad",
        "b094dac5d93471bdec1a502270e3cc6c");
    row("GCM spec Test Case 16", key, nonce, "feedfacedeadbeeffeedfacedeadbeefabaddad2",
        "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
        "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39",
        "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
        "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662",
        "76fc6ece0f4e1768cddf8853bb2d551b");
}

void tst_Aead::knownAnswers()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, nonce);
    QFETCH(QByteArray, aad);
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, ciphertext);
    QFETCH(QByteArray, tag);
    const SecureBuffer keyBuffer = SecureBuffer::fromBytes(key);

    QByteArray encrypted;
    QByteArray computedTag;
    QVERIFY(Aead::encrypt(keyBuffer, nonce, aad, plaintext, &encrypted, &computedTag));
    QCOMPARE(encrypted.toHex(), ciphertext.toHex());
    QCOMPARE(computedTag.toHex(), tag.toHex());

    QByteArray decrypted;
    QVERIFY(decryptToArray(keyBuffer, nonce, aad, ciphertext, tag, &decrypted));
    QCOMPARE(decrypted.toHex(), plaintext.toHex());
}

void tst_Aead::tamperingRejectedAndOutputWiped_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<QByteArray>("aad");
    QTest::addColumn<QByteArray>("ciphertext");
    QTest::addColumn<QByteArray>("tag");

    // GCM spec Test Case 16 (see knownAnswers), with one thing changed in each row.
    const QByteArray key
        = QByteArray::fromHex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
    const QByteArray nonce = QByteArray::fromHex("cafebabefacedbaddecaf888");
    const QByteArray aad = QByteArray::fromHex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
    const QByteArray ciphertext
        = QByteArray::fromHex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                              "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662");
    const QByteArray tag = QByteArray::fromHex("76fc6ece0f4e1768cddf8853bb2d551b");

    QTest::newRow("tag: first bit") << key << nonce << aad << ciphertext << flipBit(tag, 0, 0);
    QTest::newRow("tag: last bit") << key << nonce << aad << ciphertext << flipBit(tag, 15, 7);
    QTest::newRow("tag: all zero") << key << nonce << aad << ciphertext << QByteArray(16, '\0');
    QTest::newRow("ciphertext: first byte") << key << nonce << aad << flipBit(ciphertext, 0, 3) << tag;
    QTest::newRow("ciphertext: last byte") << key << nonce << aad << flipBit(ciphertext, 59, 0) << tag;
    QTest::newRow("ciphertext: truncated") << key << nonce << aad << ciphertext.first(59) << tag;
    QTest::newRow("aad: one bit") << key << nonce << flipBit(aad, 19, 1) << ciphertext << tag;
    QTest::newRow("aad: removed") << key << nonce << QByteArray() << ciphertext << tag;
    QTest::newRow("aad: extended") << key << nonce << aad + '\0' << ciphertext << tag;
    QTest::newRow("nonce") << key << flipBit(nonce, 11, 0) << aad << ciphertext << tag;
    QTest::newRow("key") << flipBit(key, 31, 0) << nonce << aad << ciphertext << tag;

    // GCM spec Test Case 13: nothing but the tag to check.
    QTest::newRow("empty plaintext: tag")
        << QByteArray(32, '\0') << QByteArray(12, '\0') << QByteArray() << QByteArray()
        << flipBit(QByteArray::fromHex("530f8afbc74536b9a963b4f1c4cb738b"), 7, 4);
    QTest::newRow("empty plaintext: aad added")
        << QByteArray(32, '\0') << QByteArray(12, '\0') << QByteArray("x") << QByteArray()
        << QByteArray::fromHex("530f8afbc74536b9a963b4f1c4cb738b");
}

void tst_Aead::tamperingRejectedAndOutputWiped()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, nonce);
    QFETCH(QByteArray, aad);
    QFETCH(QByteArray, ciphertext);
    QFETCH(QByteArray, tag);
    QByteArray plaintext;
    QVERIFY(!decryptToArray(SecureBuffer::fromBytes(key), nonce, aad, ciphertext, tag, &plaintext));
    QCOMPARE(plaintext.size(), ciphertext.size());
    QVERIFY(allZero(plaintext));
}

void tst_Aead::wrongSizesRejected()
{
    const SecureBuffer key = rc::crypto::Random::secureBytes(Aead::KeySize);
    const QByteArray nonce = rc::crypto::Random::bytes(Aead::NonceSize);
    const QByteArray message("a note about the hearing on Tuesday");
    QByteArray ciphertext;
    QByteArray tag;
    QVERIFY(Aead::encrypt(key, nonce, {}, message, &ciphertext, &tag));

    const auto encryptFails = [&](const SecureBuffer &k, QByteArrayView n) {
        QByteArray c("stale");
        QByteArray t("stale");
        return !Aead::encrypt(k, n, {}, message, &c, &t) && c.isEmpty() && t.isEmpty();
    };
    const auto decryptFails = [&](const SecureBuffer &k, QByteArrayView n, QByteArrayView t) {
        QByteArray plaintext;
        return !decryptToArray(k, n, {}, ciphertext, t, &plaintext) && allZero(plaintext);
    };

    for (qsizetype keySize : { 0, 16, 24, 31, 33, 64 }) {
        const SecureBuffer wrongKey = rc::crypto::Random::secureBytes(keySize);
        QVERIFY2(encryptFails(wrongKey, nonce), qPrintable(QString::number(keySize)));
        QVERIFY2(decryptFails(wrongKey, nonce, tag), qPrintable(QString::number(keySize)));
    }
    for (qsizetype nonceSize : { 0, 8, 11, 13, 16 }) {
        const QByteArray wrongNonce(nonceSize, '\x01');
        QVERIFY2(encryptFails(key, wrongNonce), qPrintable(QString::number(nonceSize)));
        QVERIFY2(decryptFails(key, wrongNonce, tag), qPrintable(QString::number(nonceSize)));
    }
    for (qsizetype tagSize : { 0, 4, 12, 15, 17 }) {
        // A truncated tag must not be accepted even when its bytes are a correct prefix.
        const QByteArray wrongTag = tagSize <= tag.size() ? tag.first(tagSize) : tag + '\0';
        QVERIFY2(decryptFails(key, nonce, wrongTag), qPrintable(QString::number(tagSize)));
    }

    QByteArray plaintext;
    QVERIFY(decryptToArray(key, nonce, {}, ciphertext, tag, &plaintext));
    QCOMPARE(plaintext, message);
}

void tst_Aead::nullOutputsRejected()
{
    const SecureBuffer key = rc::crypto::Random::secureBytes(Aead::KeySize);
    const QByteArray nonce(Aead::NonceSize, '\0');
    QByteArray ciphertext;
    QByteArray tag;
    QVERIFY(!Aead::encrypt(key, nonce, {}, "text", nullptr, &tag));
    QVERIFY(!Aead::encrypt(key, nonce, {}, "text", &ciphertext, nullptr));
    QVERIFY(Aead::encrypt(key, nonce, {}, "text", &ciphertext, &tag));
    QVERIFY(!Aead::decrypt(key, nonce, {}, ciphertext, tag, nullptr));

    // Nothing to write: an empty message needs no output buffer.
    QVERIFY(Aead::encrypt(key, nonce, "header", {}, &ciphertext, &tag));
    QVERIFY(ciphertext.isEmpty());
    QCOMPARE(tag.size(), Aead::TagSize);
    QVERIFY(Aead::decrypt(key, nonce, "header", {}, tag, nullptr));
    QVERIFY(!Aead::decrypt(key, nonce, "other header", {}, tag, nullptr));
}

void tst_Aead::roundTrip_data()
{
    QTest::addColumn<qsizetype>("plaintextSize");
    QTest::addColumn<qsizetype>("aadSize");
    for (qsizetype size : { 0, 1, 15, 16, 17, 1000, 100000 })
        for (qsizetype aadSize : { 0, 1, 64 })
            QTest::addRow("%lld bytes, aad %lld", qlonglong(size), qlonglong(aadSize)) << size << aadSize;
}

void tst_Aead::roundTrip()
{
    QFETCH(qsizetype, plaintextSize);
    QFETCH(qsizetype, aadSize);
    const SecureBuffer key = rc::crypto::Random::secureBytes(Aead::KeySize);
    const QByteArray nonce = rc::crypto::Random::bytes(Aead::NonceSize);
    const QByteArray aad = rc::crypto::Random::bytes(aadSize);
    const QByteArray message = rc::crypto::Random::bytes(plaintextSize);

    QByteArray ciphertext;
    QByteArray tag;
    QVERIFY(Aead::encrypt(key, nonce, aad, message, &ciphertext, &tag));
    QCOMPARE(ciphertext.size(), plaintextSize);
    QCOMPARE(tag.size(), Aead::TagSize);
    if (plaintextSize >= 16)
        QVERIFY(ciphertext != message);

    QByteArray plaintext;
    QVERIFY(decryptToArray(key, nonce, aad, ciphertext, tag, &plaintext));
    QCOMPARE(plaintext, message);
}

void tst_Aead::decryptInPlace()
{
    const SecureBuffer key = rc::crypto::Random::secureBytes(Aead::KeySize);
    const QByteArray nonce = rc::crypto::Random::bytes(Aead::NonceSize);
    const QByteArray message = rc::crypto::Random::bytes(4096);
    QByteArray buffer;
    QByteArray tag;
    QVERIFY(Aead::encrypt(key, nonce, "v1", message, &buffer, &tag));
    QVERIFY(Aead::decrypt(key, nonce, "v1", buffer, tag, reinterpret_cast<unsigned char *>(buffer.data())));
    QCOMPARE(buffer, message);
}

void tst_Aead::nonceAndKeyChangeCiphertext()
{
    const SecureBuffer key = rc::crypto::Random::secureBytes(Aead::KeySize);
    const SecureBuffer otherKey = rc::crypto::Random::secureBytes(Aead::KeySize);
    const QByteArray nonce(Aead::NonceSize, '\0');
    const QByteArray otherNonce = flipBit(nonce, 0, 0);
    const QByteArray message(64, 'n');
    QByteArray c1, c2, c3, t1, t2, t3;
    QVERIFY(Aead::encrypt(key, nonce, {}, message, &c1, &t1));
    QVERIFY(Aead::encrypt(key, otherNonce, {}, message, &c2, &t2));
    QVERIFY(Aead::encrypt(otherKey, nonce, {}, message, &c3, &t3));
    QVERIFY(c1 != c2 && t1 != t2);
    QVERIFY(c1 != c3 && t1 != t3);

    // Associated data changes the tag only.
    QByteArray c4, t4;
    QVERIFY(Aead::encrypt(key, nonce, "header", message, &c4, &t4));
    QCOMPARE(c4, c1);
    QVERIFY(t4 != t1);
}

QTEST_GUILESS_MAIN(tst_Aead)
#include "tst_aead.moc"
