#include "VaultTestSupport.h"
#include "vault/RecoveryKey.h"
#include "vault/Vault.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace rc::vault;
using rc::test::fastKdf;
using rc::test::readAll;

namespace {
const QByteArray passphrase = "correct horse battery";

Secret withPassphrase(const QByteArray &bytes)
{
    return { SecretKind::Passphrase, QByteArrayView(bytes) };
}
} // namespace

class TestVault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { rc::test::setUpVaultTest(); }

    void createSaveLockUnlock()
    {
        QTemporaryDir dir;
        Vault vault(dir.filePath(QStringLiteral("vault")));
        QCOMPARE(vault.state(), Vault::State::Absent);
        QString recovery;
        QCOMPARE(vault.create(passphrase, fastKdf, &recovery), VaultError::None);
        QCOMPARE(vault.state(), Vault::State::Unlocked);
        QVERIFY(RecoveryKey::parse(recovery).isValid());
        QVERIFY(QFile::exists(vault.filePath()));

        const qint64 id = vault.database().addNote(
            { 0, QStringLiteral("Interview"), QStringLiteral("Tuesday 9:00"), {}, {}, {}, {} });
        QCOMPARE(vault.save(), VaultError::None);
        vault.lock();
        QCOMPARE(vault.state(), Vault::State::Locked);
        QVERIFY(!vault.database().isOpen());

        QCOMPARE(vault.unlock(withPassphrase(passphrase)), VaultError::None);
        QCOMPARE(vault.database().note(id)->body, QStringLiteral("Tuesday 9:00"));
        vault.lock();

        const auto key = RecoveryKey::parse(recovery);
        QCOMPARE(vault.unlock({ SecretKind::RecoveryKey, key.view() }), VaultError::None);
        QCOMPARE(vault.database().note(id)->title, QStringLiteral("Interview"));
    }

    void aWrongPassphraseIsRefusedAndWritesNothing()
    {
        QTemporaryDir dir;
        Vault vault(dir.path());
        QString recovery;
        QCOMPARE(vault.create(passphrase, fastKdf, &recovery), VaultError::None);
        vault.lock();
        const QByteArray before = readAll(vault.filePath());
        QCOMPARE(vault.unlock(withPassphrase("wrong horse")), VaultError::WrongSecret);
        QCOMPARE(vault.state(), Vault::State::Locked);
        QCOMPARE(readAll(vault.filePath()), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no temporary file left
        QVERIFY(!describe(VaultError::WrongSecret).isEmpty());
    }

    void changingThePassphraseKeepsDataAndRecoveryKey()
    {
        QTemporaryDir dir;
        Vault vault(dir.path());
        QString recovery;
        QCOMPARE(vault.create(passphrase, fastKdf, &recovery), VaultError::None);
        vault.database().setCaseDetail(VaultDatabase::VNumber, QStringLiteral("1234567890"));
        QCOMPARE(vault.changePassphrase("new passphrase 2", fastKdf), VaultError::None);
        vault.lock();

        QCOMPARE(vault.unlock(withPassphrase(passphrase)), VaultError::WrongSecret);
        QCOMPARE(vault.unlock(withPassphrase("new passphrase 2")), VaultError::None);
        QCOMPARE(vault.database().caseDetail(VaultDatabase::VNumber), QStringLiteral("1234567890"));
        vault.lock();
        const auto key = RecoveryKey::parse(recovery);
        QCOMPARE(vault.unlock({ SecretKind::RecoveryKey, key.view() }), VaultError::None);
        QCOMPARE(vault.database().caseDetail(VaultDatabase::VNumber), QStringLiteral("1234567890"));
    }

    void backupMovesToAFreshProfile()
    {
        QTemporaryDir oldPhone;
        QTemporaryDir newPhone;
        QTemporaryDir stick;
        const QString backup = stick.filePath(QStringLiteral("notes-backup.rcv"));
        QString recovery;
        QList<Note> original;
        {
            Vault vault(oldPhone.path());
            QCOMPARE(vault.create(passphrase, fastKdf, &recovery), VaultError::None);
            for (int i = 0; i < 20; ++i)
                vault.database().addNote({ 0,
                                           QStringLiteral("note %1").arg(i),
                                           QStringLiteral("ملاحظة %1").arg(i),
                                           QStringLiteral("t%1").arg(i),
                                           {},
                                           {},
                                           {} });
            vault.database().setCaseDetail(VaultDatabase::Lawyer, QStringLiteral("Mr. Example"));
            original = vault.database().notes();
            QCOMPARE(vault.exportBackup(backup), VaultError::None);
        }
        Vault fresh(newPhone.path());
        QCOMPARE(fresh.importBackup(backup, withPassphrase("not it")), VaultError::WrongSecret);
        QCOMPARE(fresh.state(), Vault::State::Absent);
        QCOMPARE(fresh.importBackup(backup, withPassphrase(passphrase)), VaultError::None);
        QCOMPARE(fresh.state(), Vault::State::Unlocked);
        const QList<Note> restored = fresh.database().notes();
        QCOMPARE(restored.size(), original.size());
        for (int i = 0; i < original.size(); ++i) {
            QCOMPARE(restored.at(i).id, original.at(i).id);
            QCOMPARE(restored.at(i).title, original.at(i).title);
            QCOMPARE(restored.at(i).body, original.at(i).body);
            QCOMPARE(restored.at(i).tags, original.at(i).tags);
            QCOMPARE(restored.at(i).updated, original.at(i).updated);
        }
        QCOMPARE(fresh.database().caseDetail(VaultDatabase::Lawyer), QStringLiteral("Mr. Example"));
        // The restored vault is this device's own now and opens with the recovery key too.
        fresh.lock();
        const auto key = RecoveryKey::parse(recovery);
        QCOMPARE(fresh.unlock({ SecretKind::RecoveryKey, key.view() }), VaultError::None);
    }

    void wipeLeavesNothingToOpen()
    {
        QTemporaryDir dir;
        Vault vault(dir.path());
        QString recovery;
        QCOMPARE(vault.create(passphrase, fastKdf, &recovery), VaultError::None);
        const QString path = vault.filePath();
        QVERIFY(vault.wipe());
        QCOMPARE(vault.state(), Vault::State::Absent);
        QVERIFY(!QFile::exists(path));
        const auto key = RecoveryKey::parse(recovery);
        QCOMPARE(vault.unlock({ SecretKind::RecoveryKey, key.view() }), VaultError::NotFound);
    }

    void aDamagedFileSaysSoAndIsLeftAlone()
    {
        QTemporaryDir dir;
        Vault vault(dir.path());
        QString recovery;
        QCOMPARE(vault.create(passphrase, fastKdf, &recovery), VaultError::None);
        vault.lock();
        QByteArray bytes = readAll(vault.filePath());
        bytes[bytes.size() - 20] = char(bytes.at(bytes.size() - 20) ^ 0x01);
        {
            QFile file(vault.filePath());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        QCOMPARE(vault.unlock(withPassphrase(passphrase)), VaultError::Damaged);
        QCOMPARE(readAll(vault.filePath()), bytes);
        QVERIFY(describe(VaultError::Damaged).contains(QLatin1String("not changed")));
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
