#include "vault/RecoveryKey.h"

#include <QRegularExpression>
#include <QTest>

using namespace rc::vault;

class TestRecoveryKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatsAsGroupsOfFour()
    {
        const auto key = RecoveryKey::generate();
        QCOMPARE(key.size(), RecoveryKey::Bytes);
        const QString text = RecoveryKey::format(key);
        static const QRegularExpression shape(QStringLiteral("^([A-Z2-7]{4}-){7}[A-Z2-7]{4}$"));
        QVERIFY2(shape.match(text).hasMatch(), qPrintable(text));
    }

    void knownAnswer()
    {
        // RFC 4648 section 10: BASE32("fooba") = "MZXW6YTB"; four times "fooba" is 20 bytes.
        const auto key = rc::crypto::SecureBuffer::fromBytes("foobafoobafoobafooba");
        QCOMPARE(RecoveryKey::format(key), QStringLiteral("MZXW-6YTB-MZXW-6YTB-MZXW-6YTB-MZXW-6YTB"));
    }

    void parsesWhatAPersonTypes()
    {
        const auto key = RecoveryKey::generate();
        const QString text = RecoveryKey::format(key);
        QVERIFY(RecoveryKey::parse(text).view() == key.view());
        QString sloppy = text.toLower();
        sloppy.replace(QLatin1Char('-'), QLatin1Char(' '));
        QVERIFY(RecoveryKey::parse(QStringLiteral("  ") + sloppy + QStringLiteral("\n")).view()
                == key.view());
        QString misread = text;
        misread.replace(QLatin1Char('O'), QLatin1Char('0')).replace(QLatin1Char('I'), QLatin1Char('1'));
        QVERIFY(RecoveryKey::parse(misread).view() == key.view());
    }

    void refusesWhatIsNotAKey_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("too short") << QStringLiteral("MZXW-6YTB");
        QTest::newRow("too long") << QStringLiteral("MZXW-6YTB-MZXW-6YTB-MZXW-6YTB-MZXW-6YTB-AAAA");
        QTest::newRow("bad letter") << QStringLiteral("MZXW-6YTB-MZXW-6YTB-MZXW-6YTB-MZXW-6YT9");
        QTest::newRow("arabic digits") << QStringLiteral("٥١٥٠-6YTB-MZXW-6YTB-MZXW-6YTB-MZXW-6YTB");
    }
    void refusesWhatIsNotAKey()
    {
        QFETCH(QString, text);
        QVERIFY(!RecoveryKey::parse(text).isValid());
    }
};

QTEST_GUILESS_MAIN(TestRecoveryKey)
#include "tst_recoverykey.moc"
