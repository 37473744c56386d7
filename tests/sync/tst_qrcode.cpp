// platform::QrCode: libqrencode's matrix as the interface draws it. No QR decoder exists for C++ in
// Debian, so the structure a scanner looks for is checked instead: the size for the version, the three
// finder patterns and their separators, the timing patterns, the dark module, and that the same text
// always gives the same code.
#include "platform/QrCode.h"

#include <QTest>

using rc::platform::QrCode;

namespace {

// The 7x7 finder pattern with its top-left module at (left, top): a dark ring, a light ring, a dark
// 3x3 centre.
bool hasFinderAt(const QrCode &code, int left, int top)
{
    for (int dy = 0; dy < 7; ++dy) {
        for (int dx = 0; dx < 7; ++dx) {
            const bool ring = dx == 0 || dx == 6 || dy == 0 || dy == 6;
            const bool centre = dx >= 2 && dx <= 4 && dy >= 2 && dy <= 4;
            if (code.isDark(left + dx, top + dy) != (ring || centre))
                return false;
        }
    }
    return true;
}

// The light separator around a finder pattern: the row and column between it and the data.
bool hasSeparator(const QrCode &code, int column, int row, int columnFrom, int rowFrom)
{
    for (int i = 0; i < 8; ++i) {
        if (code.isDark(column, rowFrom + i) || code.isDark(columnFrom + i, row))
            return false;
    }
    return true;
}

} // namespace

class tst_QrCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sizeFollowsTheVersion_data();
    void sizeFollowsTheVersion();
    void hasTheStructureAScannerLooksFor_data();
    void hasTheStructureAScannerLooksFor();
    void sameTextSameCode();
    void anyBytes();
    void emptyAndTooLongAreRefused();
    void outsideIsLight();
};

void tst_QrCode::sizeFollowsTheVersion_data()
{
    QTest::addColumn<int>("bytes");
    QTest::addColumn<int>("level");
    QTest::addColumn<int>("version");
    // Byte-mode capacities of ISO/IEC 18004, table 7.
    QTest::newRow("14 bytes, M: version 1") << 14 << int(QrCode::ErrorCorrection::Medium) << 1;
    QTest::newRow("15 bytes, M: version 2") << 15 << int(QrCode::ErrorCorrection::Medium) << 2;
    QTest::newRow("an address, M: version 2") << 25 << int(QrCode::ErrorCorrection::Medium) << 2;
    QTest::newRow("17 bytes, L: version 1") << 17 << int(QrCode::ErrorCorrection::Low) << 1;
    QTest::newRow("7 bytes, H: version 1") << 7 << int(QrCode::ErrorCorrection::High) << 1;
    QTest::newRow("8 bytes, H: version 2") << 8 << int(QrCode::ErrorCorrection::High) << 2;
    QTest::newRow("a contact card, M: version 10") << 213 << int(QrCode::ErrorCorrection::Medium) << 10;
    QTest::newRow("2331 bytes, M: version 40") << 2331 << int(QrCode::ErrorCorrection::Medium) << 40;
    QTest::newRow("2953 bytes, L: version 40") << 2953 << int(QrCode::ErrorCorrection::Low) << 40;
}

void tst_QrCode::sizeFollowsTheVersion()
{
    QFETCH(int, bytes);
    QFETCH(int, level);
    QFETCH(int, version);
    QString error;
    // Lower-case letters: byte mode, whatever the encoder would guess for digits or capitals.
    const QrCode code = QrCode::encode(QByteArray(bytes, 'x'), QrCode::ErrorCorrection(level), &error);
    QVERIFY2(!code.isNull(), qPrintable(error));
    QCOMPARE(code.version(), version);
    QCOMPARE(code.size(), 17 + 4 * version);
}

void tst_QrCode::hasTheStructureAScannerLooksFor_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("address") << QStringLiteral("http://192.168.1.20:8642/");
    QTest::newRow("longer") << QStringLiteral("http://10.0.0.15:51234/ ").repeated(8);
    QTest::newRow("non-Latin") << QStringLiteral("مرحبا ሰላም Привіт");
}

void tst_QrCode::hasTheStructureAScannerLooksFor()
{
    QFETCH(QString, text);
    const QrCode code = QrCode::encode(text);
    QVERIFY(!code.isNull());
    const int n = code.size();
    QVERIFY(hasFinderAt(code, 0, 0));
    QVERIFY(hasFinderAt(code, n - 7, 0));
    QVERIFY(hasFinderAt(code, 0, n - 7));
    // Only three: the bottom-right corner holds data (a fourth finder would make it unreadable).
    QVERIFY(!hasFinderAt(code, n - 7, n - 7));
    QVERIFY(hasSeparator(code, 7, 7, 0, 0));
    QVERIFY(hasSeparator(code, n - 8, 7, n - 8, 0));
    QVERIFY(hasSeparator(code, 7, n - 8, 0, n - 8));
    // Timing patterns: row 6 and column 6 alternate between the finders, dark on even positions.
    for (int i = 8; i < n - 8; ++i) {
        QCOMPARE(code.isDark(i, 6), i % 2 == 0);
        QCOMPARE(code.isDark(6, i), i % 2 == 0);
    }
    // The dark module next to the bottom-left finder.
    QVERIFY(code.isDark(8, 4 * code.version() + 9));
}

void tst_QrCode::sameTextSameCode()
{
    const QString address = QStringLiteral("http://192.168.1.20:8642/");
    const QrCode first = QrCode::encode(address);
    QCOMPARE(QrCode::encode(address), first);
    QCOMPARE(QrCode::encode(address.toUtf8()), first);
    // One character more or less is another code.
    QVERIFY(!(QrCode::encode(QStringLiteral("http://192.168.1.21:8642/")) == first));
    QVERIFY(!(QrCode::encode(address, QrCode::ErrorCorrection::High) == first));
}

void tst_QrCode::anyBytes()
{
    // NUL and bytes that are no UTF-8: byte mode keeps them all.
    QString error;
    const QrCode code
        = QrCode::encode(QByteArray("a\0b\xff\xfe", 5), QrCode::ErrorCorrection::Medium, &error);
    QVERIFY2(!code.isNull(), qPrintable(error));
    QCOMPARE(code.version(), 1);
    QVERIFY(!(code == QrCode::encode(QByteArray("a", 1))));
}

void tst_QrCode::emptyAndTooLongAreRefused()
{
    QString error;
    QVERIFY(QrCode::encode(QByteArray(), QrCode::ErrorCorrection::Medium, &error).isNull());
    QVERIFY(!error.isEmpty());
    error.clear();
    const QrCode tooLong = QrCode::encode(QByteArray(2332, 'x'), QrCode::ErrorCorrection::Medium, &error);
    QVERIFY(tooLong.isNull());
    QCOMPARE(tooLong.size(), 0);
    QVERIFY2(error.contains(QLatin1String("do not fit")), qPrintable(error));
    QVERIFY(QrCode::encode(QByteArray(1024 * 1024, 'x'), QrCode::ErrorCorrection::Low, &error).isNull());
    QVERIFY(QrCode::encode(QByteArray(2954, 'x'), QrCode::ErrorCorrection::Low, &error).isNull());
}

void tst_QrCode::outsideIsLight()
{
    const QrCode code = QrCode::encode(QStringLiteral("quiet zone"));
    for (int i = -QrCode::QuietZone; i < code.size() + QrCode::QuietZone; ++i) {
        QVERIFY(!code.isDark(i, -1));
        QVERIFY(!code.isDark(-1, i));
        QVERIFY(!code.isDark(i, code.size()));
        QVERIFY(!code.isDark(code.size(), i));
    }
    const QrCode none;
    QVERIFY(none.isNull());
    QVERIFY(!none.isDark(0, 0));
}

QTEST_GUILESS_MAIN(tst_QrCode)
#include "tst_qrcode.moc"
