#include "crypto/Random.h"

#include <QSet>
#include <QTest>

#include <algorithm>

namespace Random = rc::crypto::Random;

class tst_Random : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sizes_data();
    void sizes();
    void nonPositiveSizeIsEmpty();
    void drawsDiffer();
    void secureBytesValid();
    void everyByteValueAppears();
};

void tst_Random::initTestCase()
{
    rc::crypto::initSecureHeap();
}

void tst_Random::sizes_data()
{
    QTest::addColumn<qsizetype>("size");
    for (qsizetype size : { 1, 12, 16, 32, 33, 1000, 65536 })
        QTest::addRow("%lld bytes", qlonglong(size)) << size;
}

void tst_Random::sizes()
{
    QFETCH(qsizetype, size);
    QCOMPARE(Random::bytes(size).size(), size);
    const rc::crypto::SecureBuffer secure = Random::secureBytes(size);
    QVERIFY(secure.isValid());
    QCOMPARE(secure.size(), size);
}

void tst_Random::nonPositiveSizeIsEmpty()
{
    QVERIFY(Random::bytes(0).isEmpty());
    QVERIFY(Random::bytes(-1).isEmpty());
    QVERIFY(!Random::secureBytes(0).isValid());
    QVERIFY(!Random::secureBytes(-1).isValid());
}

void tst_Random::drawsDiffer()
{
    // 256-bit draws: a repeat among these would mean a broken generator, not bad luck.
    QSet<QByteArray> seen;
    for (int i = 0; i < 64; ++i) {
        const QByteArray draw = Random::bytes(32);
        QVERIFY(!seen.contains(draw));
        seen.insert(draw);
    }
    const rc::crypto::SecureBuffer a = Random::secureBytes(32);
    const rc::crypto::SecureBuffer b = Random::secureBytes(32);
    QVERIFY(a.view() != b.view());
    QVERIFY(!seen.contains(a.view().toByteArray()));
}

void tst_Random::secureBytesValid()
{
    const rc::crypto::SecureBuffer key = Random::secureBytes(32);
    QVERIFY(key.isValid());
    QCOMPARE(key.size(), 32);
    // All zero has probability 2^-256: it would mean nothing was written.
    QVERIFY(std::any_of(key.view().begin(), key.view().end(), [](char c) { return c != 0; }));
}

void tst_Random::everyByteValueAppears()
{
    // In 64 KiB every value is expected 256 times; one missing has probability about 2^-360.
    const QByteArray data = Random::bytes(65536);
    QSet<uchar> values;
    for (char c : data)
        values.insert(uchar(c));
    QCOMPARE(values.size(), 256);
}

QTEST_GUILESS_MAIN(tst_Random)
#include "tst_random.moc"
