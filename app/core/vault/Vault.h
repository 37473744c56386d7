#pragma once

#include "VaultDatabase.h"
#include "VaultFile.h"

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

    explicit Vault(QString directory);
    ~Vault();
    Vault(const Vault &) = delete;
    Vault &operator=(const Vault &) = delete;

    State state() const;
    QString filePath() const;

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
    VaultError changePassphrase(QByteArrayView newPassphrase,
                                const crypto::Kdf::Argon2Parameters &parameters);

    // Writes the vault, encrypted as it is (both slots), to `path`, e.g. a backup on a USB stick.
    VaultError exportBackup(const QString &path);
    // Replaces this device's vault by the backup at `path`, which `secret` must open. The current
    // vault, if any, is locked first; on failure it is left as it was.
    VaultError importBackup(const QString &path, const Secret &secret);

    // Destroys the vault: its file is overwritten with random bytes, synced and deleted. There is no
    // way back, not even with the recovery key.
    bool wipe();

private:
    void removeInterruptedSaves();

    QString m_directory;
    VaultDatabase m_database;
    mutable QMutex m_keyMutex; // guards m_key against a write() on another thread
    std::optional<VaultKey> m_key;
};

} // namespace rc::vault
