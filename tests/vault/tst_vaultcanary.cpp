// Nothing personal in plaintext on disk: notes and case data with canary strings are created,
// searched, saved and locked through the same controller the interface uses; then every file under the
// app's data, config and cache folders and TMPDIR is searched for the canaries in UTF-8, UTF-16 and
// Base64.
#include "NotesModel.h"
#include "VaultController.h"
#include "VaultTestSupport.h"
#include "vault/Vault.h"

#include <QDirIterator>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rc;

namespace {
const QString latinCanary = QStringLiteral("RC-CANARY-5150");
const QString arabicCanary = QStringLiteral("ملاحظة-سرية-٥١٥٠");

QList<QByteArray> encodings(const QString &canary)
{
    const QByteArray utf8 = canary.toUtf8();
    QByteArray utf16(reinterpret_cast<const char *>(canary.utf16()), canary.size() * 2);
    return { utf8, utf16, utf8.toBase64(),
             utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) };
}

// Every readable file below the folders; returns "path: canary (encoding n)" for each hit.
QStringList scan(const QStringList &roots, int *filesScanned)
{
    QStringList hits;
    *filesScanned = 0;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QByteArray bytes = rc::test::readAll(path);
            ++*filesScanned;
            for (const QString &canary : { latinCanary, arabicCanary }) {
                const auto forms = encodings(canary);
                for (int i = 0; i < forms.size(); ++i) {
                    if (bytes.contains(forms.at(i)))
                        hits.append(QStringLiteral("%1: %2 (encoding %3)").arg(path, canary).arg(i));
                }
            }
        }
    }
    return hits;
}
} // namespace

class TestVaultCanary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_tmp.reset(new QTemporaryDir);
        qputenv("TMPDIR", QFile::encodeName(m_tmp->path()));
        rc::test::setUpVaultTest();
    }

    void noCanaryReachesTheDisk()
    {
        const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir(data).removeRecursively(); // a clean profile, whatever an earlier run left
        vault::Vault vault(data + QStringLiteral("/vault"));
        ui::VaultController controller(&vault, nullptr);
        controller.setKdfParameters(rc::test::fastKdf);

        QSignalSpy busy(&controller, &ui::VaultController::busyChanged);
        controller.createVault(QStringLiteral("canary passphrase"), QStringLiteral("canary passphrase"));
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), ui::VaultController::State::Unlocked, 30000);
        QVERIFY(!controller.recoveryKey().isEmpty());
        controller.confirmRecoveryKeySaved();

        ui::NotesModel *notes = controller.notes();
        const qint64 id
            = notes->create(latinCanary, latinCanary + QLatin1Char(' ') + arabicCanary, arabicCanary);
        QVERIFY(id > 0);
        notes->create(QStringLiteral("Shopping"), QStringLiteral("bread"), {});
        controller.setCaseDetail(vault::VaultDatabase::VNumber, latinCanary);
        controller.setCaseDetail(vault::VaultDatabase::Lawyer, arabicCanary);
        notes->setQuery(QStringLiteral("RC-CANARY"));
        QCOMPARE(notes->count(), 1);
        notes->setQuery(arabicCanary);
        QCOMPARE(notes->count(), 1);
        notes->setQuery({});
        QTRY_COMPARE_WITH_TIMEOUT(controller.saveState(), ui::VaultController::SaveState::Saved, 10000);
        controller.lock();
        QCOMPARE(controller.state(), ui::VaultController::State::Locked);
        QCOMPARE(notes->count(), 0);

        const QStringList roots
            = { data, QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
                QStandardPaths::writableLocation(QStandardPaths::CacheLocation),
                QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation), m_tmp->path() };
        QVERIFY(QFile::exists(vault.filePath()));
        int filesScanned = 0;
        const QStringList hits = scan(roots, &filesScanned);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
        QVERIFY(filesScanned >= 1); // the vault file itself, at least

        // The scan does find plaintext: a stray file with the canary is reported.
        {
            QFile stray(m_tmp->filePath(QStringLiteral("stray.txt")));
            QVERIFY(stray.open(QIODevice::WriteOnly));
            stray.write(arabicCanary.toUtf8().toBase64());
        }
        QVERIFY(!scan(roots, &filesScanned).isEmpty());
        QFile::remove(m_tmp->filePath(QStringLiteral("stray.txt")));

        // Deleting the note removes its text from the database itself, not only from the list.
        controller.unlock(QStringLiteral("canary passphrase"));
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), ui::VaultController::State::Unlocked, 30000);
        QVERIFY(notes->remove(id));
        controller.setCaseDetail(vault::VaultDatabase::VNumber, {});
        controller.setCaseDetail(vault::VaultDatabase::Lawyer, {});
        QVERIFY(controller.saveNow());
        const vault::VaultDatabase::Image image = vault.snapshot();
        for (const QString &canary : { latinCanary, arabicCanary }) {
            for (const QByteArray &form : encodings(canary))
                QVERIFY2(image.view().indexOf(QByteArrayView(form)) < 0, qPrintable(canary));
        }
        controller.lock();
    }

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
};

QTEST_MAIN(TestVaultCanary)
#include "tst_vaultcanary.moc"
