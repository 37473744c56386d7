#pragma once

#include "VaultDatabase.h"
#include "VaultFile.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>

#include <optional>

namespace rc::vault {

// One person's vault on this device: the encrypted file at rest, and while unlocked the data key and
// the in-memory database. Not a QObject: the interface layer decides on threads and timers.
//
// Threads: everything runs on the owning thread except write(), which may run on a worker while the
// owner goes on; lock() and the key-changing calls wait for a write in progress.
class Vault
{
public:
    enum class State
    {
        Absent,
        Locked,
        Unlocked
    };

    static constexpr auto FileName = "vault.rcv";
    // Encrypted documents (DocumentFile): "<directory>/documents/<hex file id>.rcd".
    static constexpr auto DocumentsFolder = "documents";

    explicit Vault(QString directory);
    ~Vault();
    Vault(const Vault &) = delete;
    Vault &operator=(const Vault &) = delete;

    State state() const;
    QString filePath() const;
    QString documentsPath() const;

    // Makes a new vault protected by `passphrase`, writes it, and leaves it unlocked. Returns the
    // recovery key (formatted for the user) in `recoveryKey`: it is shown once and never stored.
    VaultError create(QByteArrayView passphrase, const crypto::Kdf::Argon2Parameters &parameters,
                      QString *recoveryKey);
    VaultError unlock(const Secret &secret);
    // Forgets the key and the database at once. Call save() first to keep changes.
    void lock();

    VaultDatabase &database() { return m_database; }

    // Saving in two steps, so the slow part can leave the interface thread: snapshot() on the owning
    // thread, write() anywhere.
    VaultDatabase::Image snapshot();
    VaultError write(const VaultDatabase::Image &image);
    VaultError save();

    // Rewrites the passphrase slot and saves; the data and the recovery key stay as they are.
    // Only the key slot, in memory (thread-safe; the slow part is Argon2id): the next write() stores it.
    VaultError rewrapPassphrase(QByteArrayView newPassphrase,
                                const crypto::Kdf::Argon2Parameters &parameters);
    VaultError changePassphrase(QByteArrayView newPassphrase,
                                const crypto::Kdf::Argon2Parameters &parameters);

    // Documents (photos and PDFs of letters), each in its own encrypted file under documentsPath() with
    // its own random key, wrapped under a subkey of the data key in the `documents` table. Only while
    // unlocked (else WrongSecret), on the owning thread. Like notes, a change reaches the vault file
    // with the next save(); a document imported but never saved leaves a file nobody can decrypt.
    //
    // Encrypts the file at `sourcePath` (streamed, 64 KiB at a time; at most
    // DocumentFile::MaximumPlaintextSize, else TooLarge) and adds its row; returns the row's id. On
    // failure nothing is left behind. Takes time in proportion to the size of the file.
    std::optional<qint64> importDocument(const QString &sourcePath, const QString &title,
                                         const QString &mimeType, VaultError *error);
    // The whole plaintext of document `id`, for display; TooLarge (before allocating) above `maxSize`
    // bytes, NotFound for no such document or a missing file, Damaged for a changed file. The caller
    // wipes the buffer with crypto::cleanse() when done and does not copy it.
    std::optional<QByteArray> readDocument(qint64 id, qsizetype maxSize, VaultError *error);
    // readDocument() in two steps, so that decrypting can leave the owning thread: documentAccess() on
    // the owning thread (it reads the row and unwraps the key), then DocumentFile::decryptToMemory() or
    // DocumentFile::decrypt() with `path` and `key` on any thread. The key is the document's only: it
    // opens nothing else, and is wiped when the DocumentAccess goes. Errors as readDocument().
    struct DocumentAccess
    {
        QString path;
        crypto::SecureBuffer key;
        qint64 size = 0; // of the plaintext, as recorded in the row
    };
    std::optional<DocumentAccess> documentAccess(qint64 id, VaultError *error);
    // Removes the row, then overwrites the file with random bytes and deletes it. False when there is no
    // such document or the row or the file could not be removed.
    bool removeDocument(qint64 id);
    // Newest first; empty while locked.
    QList<DocumentInfo> documents();

    // A backup in two steps, so that the slow part can leave the owning thread: prepareBackup() on the
    // owning thread (a snapshot of the database and the list of document files), then writeBackup() on
    // any thread. The backup (docs/vault-format.md, "Backups") holds the vault, sealed again, and every
    // document file as it is: the same passphrase or recovery key opens it, on any device.
    struct BackupSource
    {
        VaultDatabase::Image image;
        QList<QPair<QByteArray, QString>> documents; // file id, encrypted file
    };
    BackupSource prepareBackup();
    VaultError writeBackup(const QString &path, const BackupSource &source);
    // Both steps at once, e.g. to a USB stick.
    VaultError exportBackup(const QString &path);
    // Replaces this device's vault, documents included, by the backup at `path`, which `secret` must
    // open. The current vault, if any, is locked first. Nothing on the device changes until the whole
    // backup has been read and checked; on failure the vault is left as it was. Document files the
    // restored vault does not list are deleted. A backup made before documents were included (a bare
    // vault file) restores the notes and leaves document files alone.
    VaultError importBackup(const QString &path, const Secret &secret);

    // Destroys the vault: its file, then every document file, is overwritten with random bytes, synced
    // and deleted, and the documents folder removed. There is no way back, not even with the recovery
    // key.
    bool wipe();

private:
    void removeInterruptedSaves();
    VaultError importVaultFile(const QString &path, const Secret &secret);
    VaultError installImported(std::optional<VaultKey> key, VaultDatabase database);
    QString documentPath(const QString &fileId) const;
    // HKDF of the data key for the document `fileId` (under m_keyMutex); WrongSecret when locked.
    crypto::SecureBuffer documentWrappingKey(QByteArrayView fileId, VaultError *error) const;

    QString m_directory;
    VaultDatabase m_database;
    mutable QMutex m_keyMutex; // guards m_key against a write() on another thread
    std::optional<VaultKey> m_key;
};

} // namespace rc::vault
