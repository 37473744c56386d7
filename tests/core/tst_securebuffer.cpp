#include "crypto/SecureBuffer.h"

#include <QTest>

#include <algorithm>
#include <utility>

using rc::crypto::SecureBuffer;

namespace {

bool allZero(QByteArrayView bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return c == 0; });
}

} // namespace

class tst_SecureBuffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void zeroInitialised_data();
    void zeroInitialised();
    void largerThanSecureHeap();
    void nonPositiveSizeIsInvalid();
    void fromBytesCopies();
    void fromEmptyBytesIsInvalid();
    void moveConstructionEmptiesSource();
    void moveAssignmentEmptiesSource();
    void selfMoveAssignmentKeepsContents();
    void constantTimeEquals_data();
    void constantTimeEquals();
    void cleanseZeroesByteArray();
    void cleanseLeavesSharedCopy();
    void cleanseNullIsNoOp();
};

void tst_SecureBuffer::initTestCase()
{
    // Whether the heap can be locked depends on the machine (RLIMIT_MEMLOCK); the answer must be stable.
    const bool first = rc::crypto::initSecureHeap();
    QCOMPARE(rc::crypto::initSecureHeap(), first);
    qInfo("secure heap locked: %s", first ? "yes" : "no");
}

void tst_SecureBuffer::zeroInitialised_data()
{
    QTest::addColumn<qsizetype>("size");
    for (qsizetype size : { 1, 16, 31, 32, 33, 64, 4096 })
        QTest::addRow("%lld bytes", qlonglong(size)) << size;
}

void tst_SecureBuffer::zeroInitialised()
{
    QFETCH(qsizetype, size);
    const SecureBuffer buffer(size);
    QVERIFY(buffer.isValid());
    QCOMPARE(buffer.size(), size);
    QCOMPARE(buffer.view().size(), size);
    QVERIFY(buffer.view().data() == reinterpret_cast<const char *>(buffer.data()));
    QVERIFY(allZero(buffer.view()));
}

void tst_SecureBuffer::largerThanSecureHeap()
{
    // 1 MiB does not fit the 256 KiB secure heap: it comes from ordinary memory, still zeroed.
    SecureBuffer buffer(1024 * 1024);
    QVERIFY(buffer.isValid());
    QCOMPARE(buffer.size(), 1024 * 1024);
    QVERIFY(allZero(buffer.view()));
    buffer.data()[buffer.size() - 1] = 0x5a;
    QCOMPARE(buffer.view().back(), char(0x5a));
}

void tst_SecureBuffer::nonPositiveSizeIsInvalid()
{
    const SecureBuffer defaulted;
    QVERIFY(!defaulted.isValid());
    QCOMPARE(defaulted.size(), 0);
    QVERIFY(defaulted.view().isEmpty());

    for (qsizetype size : { qsizetype(0), qsizetype(-1), qsizetype(-4096) }) {
        const SecureBuffer buffer(size);
        QVERIFY(!buffer.isValid());
        QCOMPARE(buffer.size(), 0);
        QVERIFY(buffer.data() == nullptr);
    }
}

void tst_SecureBuffer::fromBytesCopies()
{
    QByteArray source = QByteArray::fromHex("00112233445566778899aabbccddeeff00");
    const SecureBuffer buffer = SecureBuffer::fromBytes(source);
    QVERIFY(buffer.isValid());
    QCOMPARE(buffer.size(), source.size());
    QCOMPARE(buffer.view(), QByteArrayView(source));
    QVERIFY(buffer.view().data() != source.constData());

    // A copy, not a view: changing or wiping the source leaves the buffer as it was.
    const QByteArray original = source;
    rc::crypto::cleanse(source);
    QCOMPARE(buffer.view(), QByteArrayView(original));
}

void tst_SecureBuffer::fromEmptyBytesIsInvalid()
{
    QVERIFY(!SecureBuffer::fromBytes(QByteArrayView()).isValid());
    QVERIFY(!SecureBuffer::fromBytes(QByteArray("")).isValid());
}

void tst_SecureBuffer::moveConstructionEmptiesSource()
{
    SecureBuffer source = SecureBuffer::fromBytes("key material");
    const unsigned char *bytes = source.data();
    SecureBuffer target(std::move(source));
    QVERIFY(target.isValid());
    QCOMPARE(target.size(), 12);
    QVERIFY(target.data() == bytes); // moved, not copied
    QCOMPARE(target.view(), QByteArrayView("key material"));
    // The moved-from buffer is empty and invalid (the use after move is the point of this test).
    QVERIFY(!source.isValid()); // NOLINT(bugprone-use-after-move)
    QCOMPARE(source.size(), 0);
    QVERIFY(source.view().isEmpty());
}

void tst_SecureBuffer::moveAssignmentEmptiesSource()
{
    SecureBuffer source = SecureBuffer::fromBytes("new key");
    SecureBuffer target = SecureBuffer::fromBytes("old key, longer");
    target = std::move(source);
    QCOMPARE(target.view(), QByteArrayView("new key"));
    QVERIFY(!source.isValid()); // NOLINT(bugprone-use-after-move)
    QCOMPARE(source.size(), 0);

    // Into a default-constructed buffer, and back out again.
    SecureBuffer empty;
    empty = std::move(target);
    QCOMPARE(empty.view(), QByteArrayView("new key"));
    QVERIFY(!target.isValid()); // NOLINT(bugprone-use-after-move)
    empty = SecureBuffer();
    QVERIFY(!empty.isValid());
}

void tst_SecureBuffer::selfMoveAssignmentKeepsContents()
{
    SecureBuffer buffer = SecureBuffer::fromBytes("self");
    SecureBuffer &alias = buffer;
    buffer = std::move(alias);
    QVERIFY(buffer.isValid());
    QCOMPARE(buffer.view(), QByteArrayView("self"));
}

void tst_SecureBuffer::constantTimeEquals_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");
    const QByteArray tag = QByteArray::fromHex("530f8afbc74536b9a963b4f1c4cb738b");
    QByteArray firstDiffers = tag;
    firstDiffers[0] = char(firstDiffers[0] ^ 0x01);
    QByteArray lastDiffers = tag;
    lastDiffers[15] = char(lastDiffers[15] ^ 0x80);
    QTest::newRow("same bytes") << tag << QByteArray(tag.constData(), tag.size()) << true;
    QTest::newRow("first byte differs") << tag << firstDiffers << false;
    QTest::newRow("last byte differs") << tag << lastDiffers << false;
    QTest::newRow("prefix") << tag << tag.first(15) << false;
    QTest::newRow("longer") << tag << tag + '\0' << false;
    QTest::newRow("both empty") << QByteArray() << QByteArray("") << true;
    QTest::newRow("empty and not") << QByteArray() << QByteArray(1, '\0') << false;
    QTest::newRow("embedded zeros") << QByteArray(8, '\0') << QByteArray(8, '\0') << true;
}

void tst_SecureBuffer::constantTimeEquals()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    QCOMPARE(rc::crypto::constantTimeEquals(a, b), equal);
    QCOMPARE(rc::crypto::constantTimeEquals(b, a), equal);
    QVERIFY(rc::crypto::constantTimeEquals(a, a));
}

void tst_SecureBuffer::cleanseZeroesByteArray()
{
    QByteArray secret("correct horse battery staple");
    const qsizetype size = secret.size();
    rc::crypto::cleanse(secret);
    QCOMPARE(secret.size(), size);
    QVERIFY(allZero(secret));

    SecureBuffer buffer = SecureBuffer::fromBytes("raw memory");
    rc::crypto::cleanse(buffer.data(), buffer.size());
    QVERIFY(allZero(buffer.view()));
}

void tst_SecureBuffer::cleanseLeavesSharedCopy()
{
    // Documented limit: cleansing detaches first, so another QByteArray sharing the data keeps it.
    QByteArray secret("passphrase");
    const QByteArray shared = secret;
    rc::crypto::cleanse(secret);
    QVERIFY(allZero(secret));
    QCOMPARE(shared, QByteArray("passphrase"));
}

void tst_SecureBuffer::cleanseNullIsNoOp()
{
    rc::crypto::cleanse(nullptr, 0);
    rc::crypto::cleanse(nullptr, 16);
    QByteArray empty;
    rc::crypto::cleanse(empty);
    QVERIFY(empty.isEmpty());
}

QTEST_GUILESS_MAIN(tst_SecureBuffer)
#include "tst_securebuffer.moc"
