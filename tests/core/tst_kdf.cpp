#include "crypto/Kdf.h"

#include <QTest>

#include <limits>

using rc::crypto::SecureBuffer;
namespace Kdf = rc::crypto::Kdf;
using Kdf::Argon2Parameters;

namespace {

QByteArray sequence(int first, int count)
{
    QByteArray bytes;
    for (int i = 0; i < count; ++i)
        bytes.append(char(first + i));
    return bytes;
}

} // namespace

class tst_Kdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void argon2idRfc9106Vector();
    void argon2idUnboundedRejectsBadInput();
    void boundsAreInclusive();
    void argon2idRefusesOutOfBounds_data();
    void argon2idRefusesOutOfBounds();
    void argon2idAtMinimum();
    void argon2idRejectsBadSizes();
    void hkdfRfc5869_data();
    void hkdfRfc5869();
    void hkdfOutputSizes();
    void hkdfInputsMatter();
    void calibrateStaysWithinBounds();
    void calibrateClampsMemoryCap();
};

void tst_Kdf::initTestCase()
{
    rc::crypto::initSecureHeap();
}

void tst_Kdf::argon2idRfc9106Vector()
{
    // RFC 9106, section 5.3 (Argon2id test vector, version 0x13).
    SecureBuffer tag;
    QVERIFY(Kdf::argon2idUnbounded(QByteArray(32, '\x01'), QByteArray(16, '\x02'), QByteArray(8, '\x03'),
                                   QByteArray(12, '\x04'), Argon2Parameters { 32, 3, 4 }, 32, &tag));
    QVERIFY(tag.isValid());
    QCOMPARE(tag.view().toByteArray().toHex(),
             QByteArray("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"));
}

void tst_Kdf::argon2idUnboundedRejectsBadInput()
{
    const QByteArray password(32, '\x01');
    const QByteArray salt(16, '\x02');
    const Argon2Parameters tiny { 32, 3, 4 };
    SecureBuffer out = SecureBuffer::fromBytes("stale");
    QVERIFY(
        !Kdf::argon2idUnbounded(password, salt, {}, {}, tiny, 3, &out)); // libargon2's minimum output is 4
    QVERIFY(!out.isValid());
    QVERIFY(!Kdf::argon2idUnbounded(password, QByteArray(7, 's'), {}, {}, tiny, 32, &out)); // salt under 8
    QVERIFY(!Kdf::argon2idUnbounded(password, salt, {}, {}, Argon2Parameters { 32, 0, 4 }, 32, &out));
    QVERIFY(!Kdf::argon2idUnbounded(password, salt, {}, {}, Argon2Parameters { 32, 3, 0 }, 32, &out));
    QVERIFY(
        !Kdf::argon2idUnbounded(password, salt, {}, {}, Argon2Parameters { 31, 3, 4 }, 32, &out)); // < 8 * p
    QVERIFY(!Kdf::argon2idUnbounded(password, salt, {}, {}, tiny, 32, nullptr));
    QVERIFY(!out.isValid());
    // The secret and the associated data change the tag.
    SecureBuffer plain, withSecret, withAd;
    QVERIFY(Kdf::argon2idUnbounded(password, salt, {}, {}, tiny, 32, &plain));
    QVERIFY(Kdf::argon2idUnbounded(password, salt, "secret", {}, tiny, 32, &withSecret));
    QVERIFY(Kdf::argon2idUnbounded(password, salt, {}, "ad", tiny, 32, &withAd));
    QVERIFY(plain.view() != withSecret.view());
    QVERIFY(plain.view() != withAd.view());
    QVERIFY(withSecret.view() != withAd.view());
}

void tst_Kdf::boundsAreInclusive()
{
    QVERIFY(Kdf::isWithinBounds(Kdf::MinimumArgon2));
    QVERIFY(Kdf::isWithinBounds(Kdf::MaximumArgon2));
    QVERIFY(Kdf::isWithinBounds(Argon2Parameters {
        Kdf::MinimumArgon2.memoryKiB, Kdf::MaximumArgon2.iterations, Kdf::MaximumArgon2.parallelism }));
    QVERIFY(Kdf::isWithinBounds(Argon2Parameters {
        Kdf::MaximumArgon2.memoryKiB, Kdf::MinimumArgon2.iterations, Kdf::MinimumArgon2.parallelism }));
    QCOMPARE(Kdf::MinimumArgon2.memoryKiB, 64u * 1024);
    QCOMPARE(Kdf::MinimumArgon2.iterations, 3u);
    QCOMPARE(Kdf::MinimumArgon2.parallelism, 1u);
    QVERIFY(!Kdf::isWithinBounds(Argon2Parameters {}));
}

void tst_Kdf::argon2idRefusesOutOfBounds_data()
{
    QTest::addColumn<quint32>("memoryKiB");
    QTest::addColumn<quint32>("iterations");
    QTest::addColumn<quint32>("parallelism");
    constexpr quint32 Max32 = std::numeric_limits<quint32>::max();
    const Argon2Parameters min = Kdf::MinimumArgon2;
    const Argon2Parameters max = Kdf::MaximumArgon2;
    QTest::newRow("memory below minimum") << min.memoryKiB - 1 << min.iterations << min.parallelism;
    QTest::newRow("memory tiny") << 32u << min.iterations << min.parallelism;
    QTest::newRow("memory above maximum") << max.memoryKiB + 1 << min.iterations << min.parallelism;
    QTest::newRow("memory 4 TiB (quint32 max)") << Max32 << min.iterations << min.parallelism;
    QTest::newRow("iterations below minimum") << min.memoryKiB << min.iterations - 1 << min.parallelism;
    QTest::newRow("iterations 0") << min.memoryKiB << 0u << min.parallelism;
    QTest::newRow("iterations above maximum") << min.memoryKiB << max.iterations + 1 << min.parallelism;
    QTest::newRow("iterations 2^32-1") << min.memoryKiB << Max32 << min.parallelism;
    QTest::newRow("parallelism 0") << min.memoryKiB << min.iterations << 0u;
    QTest::newRow("parallelism above maximum") << min.memoryKiB << min.iterations << max.parallelism + 1;
    QTest::newRow("parallelism 2^32-1") << min.memoryKiB << min.iterations << Max32;
    QTest::newRow("all zero") << 0u << 0u << 0u;
    QTest::newRow("all quint32 max") << Max32 << Max32 << Max32;
}

void tst_Kdf::argon2idRefusesOutOfBounds()
{
    QFETCH(quint32, memoryKiB);
    QFETCH(quint32, iterations);
    QFETCH(quint32, parallelism);
    const Argon2Parameters parameters { memoryKiB, iterations, parallelism };
    QVERIFY(!Kdf::isWithinBounds(parameters));
    // Refused before anything is allocated or computed (a 4 TiB request would otherwise fail only later).
    SecureBuffer out = SecureBuffer::fromBytes("stale");
    QVERIFY(!Kdf::argon2id("passphrase", QByteArray(16, 's'), parameters, 32, &out));
    QVERIFY(!out.isValid());
    QVERIFY(!Kdf::argon2id("passphrase", QByteArray(16, 's'), parameters, 32, nullptr));
}

void tst_Kdf::argon2idAtMinimum()
{
    const QByteArray password("correct horse battery staple");
    const QByteArray salt = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f");
    const QByteArray otherSalt = QByteArray::fromHex("000102030405060708090a0b0c0d0e0e");
    SecureBuffer first, again, differentSalt, differentPassword;
    QVERIFY(Kdf::argon2id(password, salt, Kdf::MinimumArgon2, 32, &first));
    QVERIFY(Kdf::argon2id(password, salt, Kdf::MinimumArgon2, 32, &again));
    QVERIFY(Kdf::argon2id(password, otherSalt, Kdf::MinimumArgon2, 32, &differentSalt));
    QVERIFY(Kdf::argon2id("correct horse battery stapler", salt, Kdf::MinimumArgon2, 32, &differentPassword));
    QCOMPARE(first.size(), 32);
    QCOMPARE(first.view(), again.view());
    QVERIFY(first.view() != differentSalt.view());
    QVERIFY(first.view() != differentPassword.view());
    QVERIFY(first.view() != QByteArrayView(QByteArray(32, '\0')));
}

void tst_Kdf::argon2idRejectsBadSizes()
{
    // libargon2 checks these before it allocates its memory, so they are cheap to try at the minimum.
    SecureBuffer out;
    QVERIFY(!Kdf::argon2id("passphrase", QByteArray(7, 's'), Kdf::MinimumArgon2, 32, &out));
    QVERIFY(!out.isValid());
    QVERIFY(!Kdf::argon2id("passphrase", QByteArray(16, 's'), Kdf::MinimumArgon2, 3, &out));
    QVERIFY(!Kdf::argon2id("passphrase", QByteArray(16, 's'), Kdf::MinimumArgon2, 0, &out));
    QVERIFY(!Kdf::argon2id("passphrase", QByteArray(16, 's'), Kdf::MinimumArgon2, -1, &out));
    QVERIFY(!out.isValid());
}

void tst_Kdf::hkdfRfc5869_data()
{
    QTest::addColumn<QByteArray>("ikm");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<QByteArray>("info");
    QTest::addColumn<QByteArray>("okm");
    // RFC 5869, Appendix A.1 to A.3 (the SHA-256 cases).
    QTest::newRow("A.1 basic") << QByteArray(22, '\x0b') << sequence(0x00, 13) << sequence(0xf0, 10)
                               << QByteArray::fromHex(
                                      "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4"
                                      "c5bf34007208d5b887185865");
    QTest::newRow("A.2 longer inputs and outputs")
        << sequence(0x00, 80) << sequence(0x60, 80) << sequence(0xb0, 80)
        << QByteArray::fromHex(
               "b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c59045a99cac7827271cb"
               "41c65e590e09da3275600c2f09b8367793a9aca3db71cc30c58179ec3e87c14c01d5c1f3434f1d87");
    QTest::newRow("A.3 zero-length salt and info")
        << QByteArray(22, '\x0b') << QByteArray() << QByteArray()
        << QByteArray::fromHex(
               "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8");
}

void tst_Kdf::hkdfRfc5869()
{
    QFETCH(QByteArray, ikm);
    QFETCH(QByteArray, salt);
    QFETCH(QByteArray, info);
    QFETCH(QByteArray, okm);
    SecureBuffer out;
    QVERIFY(Kdf::hkdfSha256(ikm, salt, info, okm.size(), &out));
    QCOMPARE(out.size(), okm.size());
    QCOMPARE(out.view().toByteArray().toHex(), okm.toHex());

    // An explicit salt of HashLen zeros is the same as none (RFC 5869, section 2.2).
    if (salt.isEmpty()) {
        SecureBuffer zeroSalt;
        QVERIFY(Kdf::hkdfSha256(ikm, QByteArray(32, '\0'), info, okm.size(), &zeroSalt));
        QCOMPARE(zeroSalt.view(), out.view());
    }
}

void tst_Kdf::hkdfOutputSizes()
{
    const QByteArray ikm(32, 'k');
    SecureBuffer out = SecureBuffer::fromBytes("stale");
    QVERIFY(!Kdf::hkdfSha256(ikm, "salt", "info", 0, &out));
    QVERIFY(!out.isValid());
    QVERIFY(!Kdf::hkdfSha256(ikm, "salt", "info", -1, &out));
    QVERIFY(!Kdf::hkdfSha256(ikm, "salt", "info", 255 * 32 + 1, &out));
    QVERIFY(!out.isValid());
    QVERIFY(!Kdf::hkdfSha256(ikm, "salt", "info", 32, nullptr));

    SecureBuffer longest, one;
    QVERIFY(Kdf::hkdfSha256(ikm, "salt", "info", 255 * 32, &longest));
    QCOMPARE(longest.size(), 255 * 32);
    QVERIFY(Kdf::hkdfSha256(ikm, "salt", "info", 1, &one));
    QCOMPARE(one.size(), 1);
    // HKDF output is a prefix of any longer output with the same inputs.
    QCOMPARE(one.view(), longest.view().first(1));

    // Empty input key material is allowed by RFC 5869.
    SecureBuffer fromEmpty;
    QVERIFY(Kdf::hkdfSha256({}, "salt", "info", 32, &fromEmpty));
    QCOMPARE(fromEmpty.size(), 32);
}

void tst_Kdf::hkdfInputsMatter()
{
    const QByteArray ikm(32, 'k');
    SecureBuffer base, otherInfo, otherSalt, otherKey;
    QVERIFY(Kdf::hkdfSha256(ikm, "salt", "vault key", 32, &base));
    QVERIFY(Kdf::hkdfSha256(ikm, "salt", "document key", 32, &otherInfo));
    QVERIFY(Kdf::hkdfSha256(ikm, "pepper", "vault key", 32, &otherSalt));
    QVERIFY(Kdf::hkdfSha256(QByteArray(32, 'K'), "salt", "vault key", 32, &otherKey));
    QVERIFY(base.view() != otherInfo.view());
    QVERIFY(base.view() != otherSalt.view());
    QVERIFY(base.view() != otherKey.view());
}

void tst_Kdf::calibrateStaysWithinBounds()
{
    // A small target keeps the test quick; how long it takes is the device's business, not asserted.
    const quint32 cap = 256 * 1024;
    const Argon2Parameters parameters = Kdf::calibrateArgon2(50, cap);
    QVERIFY(Kdf::isWithinBounds(parameters));
    QVERIFY(parameters.memoryKiB >= Kdf::MinimumArgon2.memoryKiB);
    QVERIFY(parameters.memoryKiB <= cap);
    QVERIFY(parameters.iterations >= Kdf::MinimumArgon2.iterations);
    QVERIFY(parameters.parallelism >= Kdf::MinimumArgon2.parallelism);

    // A target of nothing gives the minimum without running anything.
    QCOMPARE(Kdf::calibrateArgon2(0, cap), Kdf::MinimumArgon2);
    QCOMPARE(Kdf::calibrateArgon2(-5, cap), Kdf::MinimumArgon2);
}

void tst_Kdf::calibrateClampsMemoryCap()
{
    // A cap below the minimum does not lower the memory; one above the maximum does not raise the ceiling.
    const Argon2Parameters low = Kdf::calibrateArgon2(50, 1024);
    QVERIFY(Kdf::isWithinBounds(low));
    QCOMPARE(low.memoryKiB, Kdf::MinimumArgon2.memoryKiB);

    const Argon2Parameters high = Kdf::calibrateArgon2(50, std::numeric_limits<quint32>::max());
    QVERIFY(Kdf::isWithinBounds(high));
}

QTEST_GUILESS_MAIN(tst_Kdf)
#include "tst_kdf.moc"
