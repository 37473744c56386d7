// Documents in the vault session (Vault::importDocument, readDocument, removeDocument, documents, wipe):
// each in its own encrypted file under "<vault>/documents", its key wrapped in the database; nothing
// of a document reaches the disk in plaintext, and removing or wiping leaves no file behind.
#include "VaultTestSupport.h"
#include "crypto/Random.h"
#include "vault/BackupFile.h"
#include "vault/DocumentFile.h"
#include "vault/RecoveryKey.h"
#include "vault/Vault.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <thread>

using namespace rc;
using namespace rc::vault;
using rc::test::fastKdf;
using rc::test::readAll;

namespace {

const QByteArray passphrase = "correct horse battery";
const QString latinCanary = QStringLiteral("RC-CANARY-5150");
const QString arabicCanary = QStringLiteral("ملاحظة-سرية-٥١٥٠");

Secret withPassphrase(const QByteArray &bytes)
{
    return { SecretKind::Passphrase, QByteArrayView(bytes) };
}

bool writeFile(const QString &path, QByteArrayView bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes.data(), bytes.size()) == bytes.size();
}

QList<QByteArray> encodings(const QString &canary)
{
    const QByteArray utf8 = canary.toUtf8();
    QByteArray utf16(reinterpret_cast<const char *>(canary.utf16()), canary.size() * 2);
    return { utf8, utf16, utf8.toBase64(),
             utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) };
}

QStringList filesBelow(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

QStringList documentFiles(const Vault &vault)
{
    return QDir(vault.documentsPath()).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

} // namespace

class TestVaultDocuments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { rc::test::setUpVaultTest(); }

    void subkeysAreDeterministicAndSeparate()
    {
        VaultError error = VaultError::Io;
        const crypto::SecureBuffer recovery = crypto::Random::secureBytes(20);
        const std::optional<VaultKey> key = VaultKey::create(passphrase, recovery, fastKdf, &error);
        QVERIFY(key);
        const QByteArray salt = DocumentFile::newFileId();
        const QByteArrayView info(DocumentFile::KeyWrapInfo);
        const crypto::SecureBuffer a = key->deriveSubkey(salt, info);
        QVERIFY(a.isValid());
        QCOMPARE(a.size(), 32);
        QCOMPARE(key->deriveSubkey(salt, info).view(), a.view());
        QVERIFY(key->deriveSubkey(DocumentFile::newFileId(), info).view() != a.view());
        QVERIFY(key->deriveSubkey(salt, "another purpose").view() != a.view());
        const std::optional<VaultKey> other = VaultKey::create(passphrase, recovery, fastKdf, &error);
        QVERIFY(other);
        QVERIFY(other->deriveSubkey(salt, info).view() != a.view()); // another vault, another data key
    }

    void importReadListRemove()
    {
        QTemporaryDir dir;
        Vault vault(dir.filePath(QStringLiteral("vault")));
        QString recovery;
        QCOMPARE(vault.create(passphrase, fastKdf, &recovery), VaultError::None);
        QVERIFY(vault.documents().isEmpty());

        const QByteArray letter = crypto::Random::bytes(3 * DocumentFile::ChunkSize + 99);
        const QString source = dir.filePath(QStringLiteral("letter.pdf"));
        QVERIFY(writeFile(source, letter));
        VaultError error = VaultError::Io;
        const std::optional<qint64> id = vault.importDocument(source, QStringLiteral("IND decision"),
                                                              QStringLiteral("application/pdf"), &error);
        QVERIFY(id);
        QCOMPARE(error, VaultError::None);
        QVERIFY(QFile::exists(source)); // the original is the caller's to delete

        const QList<DocumentInfo> listed = vault.documents();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().id, *id);
        QCOMPARE(listed.first().title, QStringLiteral("IND decision"));
        QCOMPARE(listed.first().mimeType, QStringLiteral("application/pdf"));
        QCOMPARE(listed.first().size, qint64(letter.size()));
        QVERIFY(listed.first().created.isValid());
        QVERIFY(qAbs(listed.first().created.secsTo(QDateTime::currentDateTimeUtc())) < 60);

        // One file, named after its random id, private to the app.
        const QStringList files = documentFiles(vault);
        QCOMPARE(files.size(), 1);
        QVERIFY(files.first().endsWith(QLatin1String(".rcd")));
        QCOMPARE(files.first().size(), 32 + 4);
        const QString file = QDir(vault.documentsPath()).filePath(files.first());
        QCOMPARE(QFileInfo(file).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
        QCOMPARE(QFileInfo(vault.documentsPath()).permissions() & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());

        std::optional<QByteArray> read = vault.readDocument(*id, letter.size(), &error);
        QVERIFY(read);
        QCOMPARE(error, VaultError::None);
        QCOMPARE(*read, letter);
        crypto::cleanse(*read);

        // The same in two steps, the second on another thread.
        std::optional<Vault::DocumentAccess> access = vault.documentAccess(*id, &error);
        QVERIFY(access);
        QCOMPARE(access->size, qint64(letter.size()));
        QCOMPARE(access->key.size(), DocumentFile::KeySize);
        std::optional<QByteArray> fromWorker;
        std::thread worker([&access, &fromWorker] {
            fromWorker = DocumentFile::decryptToMemory(access->path, access->key, 1 << 20, nullptr);
        });
        worker.join();
        QVERIFY(fromWorker);
        QCOMPARE(*fromWorker, letter);
        crypto::cleanse(*fromWorker);
        access.reset();
        QVERIFY(!vault.documentAccess(*id + 1000, &error));
        QCOMPARE(error, VaultError::NotFound);

        QVERIFY(!vault.readDocument(*id, letter.size() - 1, &error));
        QCOMPARE(error, VaultError::TooLarge);
        QVERIFY(!vault.readDocument(*id + 1000, 1 << 30, &error));
        QCOMPARE(error, VaultError::NotFound);

        // Through save, lock and unlock the row (and its wrapped key) comes back with the vault.
        QCOMPARE(vault.save(), VaultError::None);
        vault.lock();
        QVERIFY(vault.documents().isEmpty());
        QVERIFY(!vault.readDocument(*id, 1 << 30, &error));
        QCOMPARE(error, VaultError::WrongSecret);
        QCOMPARE(vault.unlock(withPassphrase(passphrase)), VaultError::None);
        QCOMPARE(vault.documents().size(), 1);
        read = vault.readDocument(*id, 1 << 30, &error);
        QVERIFY(read);
        QCOMPARE(*read, letter);
        crypto::cleanse(*read);

        // Removing takes the row and the file.
        QVERIFY(vault.removeDocument(*id));
        QVERIFY(!QFile::exists(file));
        QVERIFY(documentFiles(vault).isEmpty());
        QVERIFY(vault.documents().isEmpty());
        QVERIFY(!vault.readDocument(*id, 1 << 30, &error));
        QCOMPARE(error, VaultError::NotFound);
        QVERIFY(!vault.removeDocument(*id));
    }

    void emptyAndSeveralDocuments()
    {
        QTemporaryDir dir;
        Vault vault(dir.path());
        QString recovery;
        QCOMPARE(vault.create(passphrase, fastKdf, &recovery), VaultError::None);
        const QString empty = dir.filePath(QStringLiteral("empty.jpg"));
        const QString photo = dir.filePath(QStringLiteral("photo.jpg"));
        QVERIFY(writeFile(empty, {}));
        QVERIFY(writeFile(photo, QByteArrayLiteral("\xFF\xD8\xFF\xE0 a photo")));
        VaultError error = VaultError::Io;
        const auto first
            = vault.importDocument(empty, QStringLiteral("Empty"), QStringLiteral("image/jpeg"), &error);
        const auto second
            = vault.importDocument(photo, QStringLiteral("Photo"), QStringLiteral("image/jpeg"), &error);
        QVERIFY(first && second && *first != *second);
        QCOMPARE(documentFiles(vault).size(), 2);

        const QList<DocumentInfo> listed = vault.documents();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(0).id, *second); // newest first
        QCOMPARE(listed.at(1).size, qint64(0));

        const std::optional<QByteArray> nothing = vault.readDocument(*first, 0, &error);
        QVERIFY(nothing);
        QCOMPARE(error, VaultError::None);
        QVERIFY(nothing->isEmpty());
        QCOMPARE(*vault.readDocument(*second, 1024, &error), QByteArrayLiteral("\xFF\xD8\xFF\xE0 a photo"));
    }

    void lockedVaultRefuses()
    {
        QTemporaryDir dir;
        Vault vault(dir.path());
        QString recovery;
        QCOMPARE(vault.create(passphrase, fastKdf, &recovery), VaultError::None);
        vault.lock();
        const QString source = dir.filePath(QStringLiteral("letter.pdf"));
        QVERIFY(writeFile(source, QByteArrayLiteral("%PDF-1.7")));
        VaultError error = VaultError::None;
        QVERIFY(
            !vault.importDocument(source, QStringLiteral("x"), QStringLiteral("application/pdf"), &error));
        QCOMPARE(error, VaultError::WrongSecret);
        QVERIFY(!QFileInfo::exists(vault.documentsPath()));
        QVERIFY(!vault.readDocument(1, 1024, &error));
        QCOMPARE(error, VaultError::WrongSecret);
        QVERIFY(!vault.removeDocument(1));
        QVERIFY(vault.documents().isEmpty());
    }

    void failedImportsLeaveNothing()
    {
        QTemporaryDir dir;
        Vault vault(dir.path());
        QString recovery;
        QCOMPARE(vault.create(passphrase, fastKdf, &recovery), VaultError::None);
        VaultError error = VaultError::None;

        QVERIFY(!vault.importDocument(dir.filePath(QStringLiteral("missing.pdf")), QStringLiteral("x"),
                                      QStringLiteral("application/pdf"), &error));
        QCOMPARE(error, VaultError::NotFound);
        QVERIFY(documentFiles(vault).isEmpty());

        const QString huge = dir.filePath(QStringLiteral("huge.pdf"));
        {
            QFile file(huge);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(DocumentFile::MaximumPlaintextSize + 1)); // sparse
        }
        QVERIFY(!vault.importDocument(huge, QStringLiteral("x"), QStringLiteral("application/pdf"), &error));
        QCOMPARE(error, VaultError::TooLarge);
        QVERIFY(documentFiles(vault).isEmpty());

        // The row cannot be added: the encrypted file is taken back.
        const QString source = dir.filePath(QStringLiteral("letter.pdf"));
        QVERIFY(writeFile(source, QByteArrayLiteral("%PDF-1.7 a letter")));
        QVERIFY(vault.database().database().exec(
            QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON documents BEGIN SELECT RAISE(ABORT, "
                           "'refused'); END;")));
        QVERIFY(
            !vault.importDocument(source, QStringLiteral("x"), QStringLiteral("application/pdf"), &error));
        QCOMPARE(error, VaultError::OutOfMemory);
        QVERIFY(documentFiles(vault).isEmpty());
        QVERIFY(vault.documents().isEmpty());
        QVERIFY(vault.database().database().exec(QStringLiteral("DROP TRIGGER refuse;")));
        QVERIFY(vault.importDocument(source, QStringLiteral("x"), QStringLiteral("application/pdf"), &error));
        QCOMPARE(documentFiles(vault).size(), 1);
    }

    void changedFilesAndRowsAreDamaged()
    {
        QTemporaryDir dir;
        Vault vault(dir.path());
        QString recovery;
        QCOMPARE(vault.create(passphrase, fastKdf, &recovery), VaultError::None);
        const QString source = dir.filePath(QStringLiteral("letter.pdf"));
        QVERIFY(writeFile(source, crypto::Random::bytes(100000)));
        VaultError error = VaultError::None;
        const auto a
            = vault.importDocument(source, QStringLiteral("A"), QStringLiteral("application/pdf"), &error);
        const auto b
            = vault.importDocument(source, QStringLiteral("B"), QStringLiteral("application/pdf"), &error);
        QVERIFY(a && b);
        const auto fileOf = [&vault](qint64 id) {
            const std::optional<DocumentRecord> record = vault.database().document(id);
            return QDir(vault.documentsPath()).filePath(record->fileId + QStringLiteral(".rcd"));
        };
        const QByteArray fileA = readAll(fileOf(*a));
        const QByteArray fileB = readAll(fileOf(*b));

        // A byte of A changed.
        QByteArray changed = fileA;
        changed[70000] = char(changed.at(70000) ^ 0x04);
        QVERIFY(writeFile(fileOf(*a), changed));
        QVERIFY(!vault.readDocument(*a, 1 << 20, &error));
        QCOMPARE(error, VaultError::Damaged);

        // B's file under A's name: A's key does not open it.
        QVERIFY(writeFile(fileOf(*a), fileB));
        QVERIFY(!vault.readDocument(*a, 1 << 20, &error));
        QCOMPARE(error, VaultError::Damaged);
        QVERIFY(writeFile(fileOf(*a), fileA));
        QVERIFY(vault.readDocument(*a, 1 << 20, &error));

        // The wrapped keys swapped between the rows: each is bound to its own file id.
        const QByteArray keyA = vault.database().document(*a)->wrappedKey;
        const QByteArray keyB = vault.database().document(*b)->wrappedKey;
        const auto setWrappedKey = [&vault](qint64 id, const QByteArray &wrapped) {
            auto stmt = vault.database().database().prepare(
                QStringLiteral("UPDATE documents SET wrapped_key = ?1 WHERE id = ?2"));
            return stmt.bind(1, wrapped).bind(2, id).exec();
        };
        QVERIFY(setWrappedKey(*a, keyB) && setWrappedKey(*b, keyA));
        QVERIFY(!vault.readDocument(*a, 1 << 20, &error));
        QCOMPARE(error, VaultError::Damaged);
        QVERIFY(!vault.readDocument(*b, 1 << 20, &error));
        QCOMPARE(error, VaultError::Damaged);
        QVERIFY(setWrappedKey(*a, keyA) && setWrappedKey(*b, keyB));
        QVERIFY(vault.readDocument(*a, 1 << 20, &error));

        // A file id that is not 32 hex digits never becomes a path.
        QVERIFY(vault.database().database().exec(
            QStringLiteral("UPDATE documents SET file_id = '../vault.rcv' WHERE id = %1;").arg(*b)));
        QVERIFY(!vault.readDocument(*b, 1 << 20, &error));
        QCOMPARE(error, VaultError::Damaged);

        // The file gone: not found.
        QVERIFY(QFile::remove(fileOf(*a)));
        QVERIFY(!vault.readDocument(*a, 1 << 20, &error));
        QCOMPARE(error, VaultError::NotFound);
    }

    void noCanaryReachesTheDisk()
    {
        QTemporaryDir outside; // where the user's original lives
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("vault"));
        Vault vault(root);
        QString recovery;
        QCOMPARE(vault.create(passphrase, fastKdf, &recovery), VaultError::None);

        // The canaries in every encoding looked for, spread over several chunks, one across a boundary.
        QByteArray letter;
        for (const QString &canary : { latinCanary, arabicCanary }) {
            for (const QByteArray &form : encodings(canary))
                letter += form + ' ';
        }
        letter += QByteArray(DocumentFile::ChunkSize - letter.size() - 5, 'x');
        letter += latinCanary.toUtf8() + QByteArray(90000, 'y') + arabicCanary.toUtf8();
        const QString source = outside.filePath(QStringLiteral("letter.txt"));
        QVERIFY(writeFile(source, letter));
        VaultError error = VaultError::None;
        const auto id = vault.importDocument(source, latinCanary + QLatin1Char(' ') + arabicCanary,
                                             QStringLiteral("text/plain"), &error);
        QVERIFY(id);
        std::optional<QByteArray> read = vault.readDocument(*id, 1 << 20, &error);
        QVERIFY(read);
        QCOMPARE(*read, letter);
        crypto::cleanse(*read);
        QCOMPARE(vault.save(), VaultError::None);
        vault.lock();

        const QStringList files = filesBelow(root);
        QCOMPARE(files.size(), 2); // the vault file and the document
        for (const QString &file : files) {
            const QByteArray bytes = readAll(file);
            QVERIFY(!bytes.isEmpty());
            for (const QString &canary : { latinCanary, arabicCanary }) {
                const QList<QByteArray> forms = encodings(canary);
                for (int i = 0; i < forms.size(); ++i)
                    QVERIFY2(!bytes.contains(forms.at(i)),
                             qPrintable(QStringLiteral("%1: %2 (encoding %3)").arg(file, canary).arg(i)));
            }
        }
        // The scan does find plaintext where there is some.
        QVERIFY(readAll(source).contains(encodings(arabicCanary).at(2)));

        // Removed: its file is gone, and after a save the title is gone from the vault too.
        QCOMPARE(vault.unlock(withPassphrase(passphrase)), VaultError::None);
        QVERIFY(vault.removeDocument(*id));
        QVERIFY(documentFiles(vault).isEmpty());
        QCOMPARE(vault.save(), VaultError::None);
        const VaultDatabase::Image image = vault.snapshot();
        for (const QByteArray &form : encodings(latinCanary))
            QVERIFY(image.view().indexOf(QByteArrayView(form)) < 0);
        vault.lock();
    }

    void wipeRemovesDocuments()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("vault"));
        Vault vault(root);
        QString recovery;
        QCOMPARE(vault.create(passphrase, fastKdf, &recovery), VaultError::None);
        const QString source = dir.filePath(QStringLiteral("photo.jpg"));
        QVERIFY(writeFile(source, crypto::Random::bytes(70000)));
        VaultError error = VaultError::None;
        QVERIFY(vault.importDocument(source, QStringLiteral("1"), QStringLiteral("image/jpeg"), &error));
        QVERIFY(vault.importDocument(source, QStringLiteral("2"), QStringLiteral("image/jpeg"), &error));
        QCOMPARE(vault.save(), VaultError::None);
        // Left over from an interrupted import, too.
        QVERIFY(writeFile(QDir(vault.documentsPath()).filePath(QStringLiteral("0123.rcd.tmp-abcdef")), "x"));
        QCOMPARE(documentFiles(vault).size(), 3);

        QVERIFY(vault.wipe());
        QCOMPARE(vault.state(), Vault::State::Absent);
        QVERIFY(!QFileInfo::exists(vault.documentsPath()));
        QVERIFY(filesBelow(root).isEmpty());
        const auto key = RecoveryKey::parse(recovery);
        QCOMPARE(vault.unlock({ SecretKind::RecoveryKey, key.view() }), VaultError::NotFound);
    }

    void interruptedImportIsClearedOnUnlock()
    {
        QTemporaryDir dir;
        Vault vault(dir.path());
        QString recovery;
        QCOMPARE(vault.create(passphrase, fastKdf, &recovery), VaultError::None);
        const QString source = dir.filePath(QStringLiteral("photo.jpg"));
        QVERIFY(writeFile(source, QByteArrayLiteral("photo")));
        VaultError error = VaultError::None;
        QVERIFY(vault.importDocument(source, QStringLiteral("kept"), QStringLiteral("image/jpeg"), &error));
        QCOMPARE(vault.save(), VaultError::None);
        vault.lock();
        const QString stale
            = QDir(vault.documentsPath())
                  .filePath(QStringLiteral("00112233445566778899aabbccddeeff.rcd.tmp-Ab12Cd"));
        QVERIFY(writeFile(stale, crypto::Random::bytes(100)));
        QCOMPARE(vault.unlock(withPassphrase(passphrase)), VaultError::None);
        QVERIFY(!QFile::exists(stale));
        QCOMPARE(documentFiles(vault).size(), 1); // the real document stays
    }

    // A backup carries the documents: restored on a fresh profile they open and read the same; the
    // recovery key opens the backup too; a wrong secret changes nothing.
    void backupCarriesDocuments()
    {
        QTemporaryDir dir;
        Vault vault(dir.filePath(QStringLiteral("phone")));
        QString recovery;
        QCOMPARE(vault.create(passphrase, fastKdf, &recovery), VaultError::None);
        const QByteArray letter = crypto::Random::bytes(2 * DocumentFile::ChunkSize + 7);
        const QByteArray photo = QByteArrayLiteral("photo bytes ") + latinCanary.toUtf8();
        QVERIFY(writeFile(dir.filePath(QStringLiteral("letter.pdf")), letter));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("photo.jpg")), photo));
        VaultError error = VaultError::Io;
        const auto letterId
            = vault.importDocument(dir.filePath(QStringLiteral("letter.pdf")), QStringLiteral("IND letter"),
                                   QStringLiteral("application/pdf"), &error);
        const auto photoId
            = vault.importDocument(dir.filePath(QStringLiteral("photo.jpg")), QStringLiteral("Photo"),
                                   QStringLiteral("image/jpeg"), &error);
        QVERIFY(letterId && photoId);
        const QString backup = dir.filePath(QStringLiteral("stick/backup.rcbackup"));
        QVERIFY(QDir().mkpath(QFileInfo(backup).path()));
        QCOMPARE(vault.exportBackup(backup), VaultError::None);
        QVERIFY(BackupFile::isBackup(backup));
        QCOMPARE(QFileInfo(backup).permissions() & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
        // Nothing readable in it: the documents are copied encrypted.
        const QByteArray backupBytes = readAll(backup);
        QVERIFY(!backupBytes.contains(latinCanary.toUtf8()));
        QVERIFY(!backupBytes.contains(letter.left(64)));
        QCOMPARE(QDir(QFileInfo(backup).path()).entryList(QDir::Files | QDir::Hidden).size(),
                 1); // no temp left

        // A fresh profile, with a stray document file of its own that the backup does not know.
        Vault fresh(dir.filePath(QStringLiteral("new-phone")));
        QVERIFY(QDir().mkpath(fresh.documentsPath()));
        const QString stray
            = QDir(fresh.documentsPath()).filePath(QStringLiteral("ffeeddccbbaa99887766554433221100.rcd"));
        QVERIFY(writeFile(stray, crypto::Random::bytes(100)));
        QCOMPARE(fresh.importBackup(backup, withPassphrase("wrong one")), VaultError::WrongSecret);
        QVERIFY(QFile::exists(stray));
        QCOMPARE(documentFiles(fresh), QStringList { QFileInfo(stray).fileName() }); // nothing staged stays

        const crypto::SecureBuffer key = RecoveryKey::parse(recovery);
        QCOMPARE(fresh.importBackup(backup, { SecretKind::RecoveryKey, key.view() }), VaultError::None);
        QCOMPARE(fresh.state(), Vault::State::Unlocked);
        QCOMPARE(fresh.documents().size(), 2);
        QCOMPARE(fresh.readDocument(*letterId, letter.size(), &error).value_or(QByteArray()), letter);
        QCOMPARE(fresh.readDocument(*photoId, photo.size(), &error).value_or(QByteArray()), photo);
        QVERIFY(!QFile::exists(stray)); // not listed by the restored vault: deleted
        QCOMPARE(documentFiles(fresh).size(), 2);
        // And it keeps working as the device's vault.
        fresh.lock();
        QCOMPARE(fresh.unlock(withPassphrase(passphrase)), VaultError::None);
        QCOMPARE(fresh.readDocument(*letterId, letter.size(), &error).value_or(QByteArray()), letter);
    }

    // Backups from before documents were included (a bare vault file) still restore.
    void bareVaultFileBackupStillRestores()
    {
        QTemporaryDir dir;
        Vault vault(dir.filePath(QStringLiteral("phone")));
        QString recovery;
        QCOMPARE(vault.create(passphrase, fastKdf, &recovery), VaultError::None);
        QVERIFY(vault.database().addNote({ 0, QStringLiteral("old style"), QString(), QString(), {}, {}, {} })
                > 0);
        QCOMPARE(vault.save(), VaultError::None);
        const QString old = dir.filePath(QStringLiteral("old-backup"));
        QVERIFY(QFile::copy(vault.filePath(), old));
        QVERIFY(!BackupFile::isBackup(old));
        Vault fresh(dir.filePath(QStringLiteral("new-phone")));
        QCOMPARE(fresh.importBackup(old, withPassphrase(passphrase)), VaultError::None);
        QCOMPARE(fresh.database().notes().size(), 1);
    }

    // Damaged, truncated, extended and hostile backups are refused and change nothing on the device.
    void damagedBackupsChangeNothing()
    {
        QTemporaryDir dir;
        Vault vault(dir.filePath(QStringLiteral("phone")));
        QString recovery;
        QCOMPARE(vault.create(passphrase, fastKdf, &recovery), VaultError::None);
        QVERIFY(writeFile(dir.filePath(QStringLiteral("a.pdf")),
                          crypto::Random::bytes(DocumentFile::ChunkSize + 5)));
        VaultError error = VaultError::Io;
        QVERIFY(vault.importDocument(dir.filePath(QStringLiteral("a.pdf")), QStringLiteral("A"),
                                     QStringLiteral("application/pdf"), &error));
        const QString backup = dir.filePath(QStringLiteral("backup"));
        QCOMPARE(vault.exportBackup(backup), VaultError::None);
        const QByteArray good = readAll(backup);

        // The device being restored already has a vault with a note; it must survive every bad backup.
        Vault target(dir.filePath(QStringLiteral("target")));
        QString targetRecovery;
        QCOMPARE(target.create(passphrase, fastKdf, &targetRecovery), VaultError::None);
        QVERIFY(target.database().addNote({ 0, QStringLiteral("mine"), QString(), QString(), {}, {}, {} })
                > 0);
        QCOMPARE(target.save(), VaultError::None);
        target.lock();
        const QByteArray targetFile = readAll(target.filePath());

        QList<QPair<QString, QByteArray>> bad;
        bad.append({ QStringLiteral("truncated in the header"), good.left(10) });
        bad.append({ QStringLiteral("truncated in the vault"),
                     good.left(BackupFile::HeaderSize + BackupFile::EntryHeaderSize + 40) });
        bad.append({ QStringLiteral("truncated in a document"), good.left(good.size() - 100) });
        bad.append({ QStringLiteral("junk appended"), good + QByteArrayLiteral("junk") });
        QByteArray flipped = good;
        flipped[flipped.size() - 30] = char(flipped[flipped.size() - 30] ^ 0x01); // inside the document
        bad.append({ QStringLiteral("document byte flipped"), flipped });
        QByteArray huge = good;
        qToLittleEndian<quint64>(quint64(1) << 60, huge.data() + BackupFile::HeaderSize + 17);
        bad.append({ QStringLiteral("vault size huge"), huge });
        QByteArray many = good;
        qToLittleEndian<quint32>(0xFFFFFFFFu, many.data() + 10);
        bad.append({ QStringLiteral("entry count huge"), many });
        QByteArray version = good;
        version[8] = 9;
        bad.append({ QStringLiteral("newer version"), version });
        QByteArray kind = good;
        kind[BackupFile::HeaderSize] = 7;
        bad.append({ QStringLiteral("unknown kind"), kind });

        for (const auto &[name, bytes] : std::as_const(bad)) {
            const QString path = dir.filePath(QStringLiteral("bad"));
            QVERIFY(writeFile(path, bytes));
            const VaultError result = target.importBackup(path, withPassphrase(passphrase));
            QVERIFY2(result != VaultError::None, qPrintable(name));
            QVERIFY2(readAll(target.filePath()) == targetFile, qPrintable(name));
            QVERIFY2(documentFiles(target).isEmpty(), qPrintable(name));
        }
        QCOMPARE(target.unlock(withPassphrase(passphrase)), VaultError::None);
        QCOMPARE(target.database().notes().size(), 1);
        // And the good backup still restores after all that.
        QVERIFY(writeFile(dir.filePath(QStringLiteral("bad")), good));
        QCOMPARE(target.importBackup(dir.filePath(QStringLiteral("bad")), withPassphrase(passphrase)),
                 VaultError::None);
        QCOMPARE(target.documents().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestVaultDocuments)
#include "tst_vaultdocuments.moc"
