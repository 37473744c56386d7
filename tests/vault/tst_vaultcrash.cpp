// Crash safety: a process saving in a loop is killed with SIGKILL at random moments. After every kill
// the vault must open, at the generation before the interrupted save or the one after, never damaged.
#include "VaultTestSupport.h"
#include "vault/RecoveryKey.h"
#include "vault/Vault.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace rc::vault;

class TestVaultCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { rc::test::setUpVaultTest(); }

    void killedWhileSavingNeverCorrupts()
    {
        QTemporaryDir dir;
        QString recovery;
        {
            Vault vault(dir.path());
            QCOMPARE(vault.create("crash test passphrase", rc::test::fastKdf, &recovery), VaultError::None);
        }
        const auto key = RecoveryKey::parse(recovery);
        const QString child = QStringLiteral(RC_BINARY_DIR "/tests/vault_crash_child");
        QRandomGenerator random(5150);
        qint64 lastNotes = 0;
        constexpr int rounds = 200;
        for (int round = 0; round < rounds; ++round) {
            QProcess process;
            process.start(child, { dir.path(), recovery });
            QVERIFY2(process.waitForReadyRead(30000),
                     qPrintable(QString::fromLocal8Bit(process.readAllStandardError())));
            QThread::usleep(random.bounded(30000));
            ::kill(pid_t(process.processId()), SIGKILL);
            QVERIFY(process.waitForFinished(10000));

            Vault vault(dir.path());
            const VaultError opened = vault.unlock({ SecretKind::RecoveryKey, key.view() });
            QVERIFY2(opened == VaultError::None,
                     qPrintable(QStringLiteral("round %1: %2").arg(round).arg(describe(opened))));
            const qint64 notes = vault.database().notes().size();
            // Each child saves at least once before it is killed: the vault only grows.
            QVERIFY2(notes > lastNotes,
                     qPrintable(
                         QStringLiteral("round %1: %2 notes after %3").arg(round).arg(notes).arg(lastNotes)));
            lastNotes = notes;
        }
        // Interrupted saves leave encrypted temporary files; unlocking clears them away.
        const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        QVERIFY2(left == QStringList { QLatin1String(Vault::FileName) },
                 qPrintable(left.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestVaultCrash)
#include "tst_vaultcrash.moc"
