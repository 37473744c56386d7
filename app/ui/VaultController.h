#pragma once

#include "SingletonInstance.h"
#include "VaultRecordsModel.h"
#include "crypto/Kdf.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <optional>

class QSettings;

namespace rc::vault {
class Vault;
}

namespace rc::ui {

class DocumentsModel;
class NotesModel;

// The personal vault as the interface sees it: creating, unlocking and locking it, saving after edits,
// locking on inactivity and when the app is hidden, the quick exit, passphrase change, backup and wipe.
// Slow work (Argon2id, encrypting and writing) runs on a worker thread; `busy` says so.
class VaultController : public QObject, public SingletonInstance<VaultController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(VaultSession)
    QML_SINGLETON
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(QString recoveryKey READ recoveryKey NOTIFY recoveryKeyChanged)
    Q_PROPERTY(SaveState saveState READ saveState NOTIFY saveStateChanged)
    Q_PROPERTY(rc::ui::NotesModel *notes READ notes CONSTANT)
    Q_PROPERTY(rc::ui::DocumentsModel *documents READ documents CONSTANT)
    Q_PROPERTY(rc::ui::VaultRecordsModel *caseDates READ caseDates CONSTANT)
    Q_PROPERTY(rc::ui::VaultRecordsModel *appointments READ appointments CONSTANT)
    Q_PROPERTY(rc::ui::VaultRecordsModel *personalContacts READ personalContacts CONSTANT)
    Q_PROPERTY(
        int autoLockMinutes READ autoLockMinutes WRITE setAutoLockMinutes NOTIFY autoLockMinutesChanged)
    Q_PROPERTY(int minimumPassphraseLength READ minimumPassphraseLength CONSTANT)

public:
    enum class State
    {
        Absent,
        Locked,
        Unlocked
    };
    Q_ENUM(State)
    enum class SaveState
    {
        Saved,
        Pending,
        Saving,
        Failed
    };
    Q_ENUM(SaveState)

    VaultController(vault::Vault *vault, QObject *parent);
    ~VaultController() override;

    State state() const { return m_state; }
    bool busy() const { return m_busy; }
    QString error() const { return m_error; }
    QString recoveryKey() const { return m_recoveryKey; }
    SaveState saveState() const { return m_saveState; }
    NotesModel *notes() const { return m_notes; }
    DocumentsModel *documents() const { return m_documents; }
    VaultRecordsModel *caseDates() const { return m_caseDates; }
    VaultRecordsModel *appointments() const { return m_appointments; }
    VaultRecordsModel *personalContacts() const { return m_personalContacts; }
    int autoLockMinutes() const { return m_autoLockMinutes; }
    void setAutoLockMinutes(int minutes);
    // Where the auto-lock time is remembered (not personal: a number of minutes). Reads it now.
    void useSettings(QSettings *settings);
    static int minimumPassphraseLength() { return 6; }

    // Fixed key-derivation parameters instead of calibrating on this device (tests, self-test).
    void setKdfParameters(std::optional<crypto::Kdf::Argon2Parameters> parameters)
    {
        m_fixedKdf = parameters;
    }

    // Starts making a new vault. When done, state is Unlocked and recoveryKey holds the key to show.
    // (Not called create(): that name belongs to the QML singleton factory.)
    Q_INVOKABLE void createVault(const QString &passphrase, const QString &repeated);
    Q_INVOKABLE void confirmRecoveryKeySaved();
    Q_INVOKABLE void unlock(const QString &passphrase);
    Q_INVOKABLE void unlockWithRecoveryKey(const QString &recoveryKey);
    // Saves what is pending, then forgets the key and the data.
    Q_INVOKABLE void lock();
    // Locks and leaves the app at once.
    Q_INVOKABLE void quickExit();
    Q_INVOKABLE void changePassphrase(const QString &passphrase, const QString &repeated);
    Q_INVOKABLE void exportBackup(const QUrl &file);
    Q_INVOKABLE void importBackup(const QUrl &file, const QString &passphraseOrRecoveryKey);
    // Destroys the vault for good.
    Q_INVOKABLE void wipe();
    Q_INVOKABLE void clearError() { setError({}); }
    // For the models: a problem to show the user.
    void reportError(const QString &error) { setError(error); }

    Q_INVOKABLE QString caseDetail(const QString &field) const;
    Q_INVOKABLE void setCaseDetail(const QString &field, const QString &value);

    // Called by the models after every edit: saves a moment later, off the interface thread.
    void scheduleSave();
    // Saves now and waits for it (used on lock and quit).
    bool saveNow();

Q_SIGNALS:
    void stateChanged();
    void busyChanged();
    void errorChanged();
    void recoveryKeyChanged();
    void saveStateChanged();
    void autoLockMinutesChanged();
    // A one-line confirmation for the user ("Backup saved").
    void done(const QString &message);
    // The vault is about to lock (by hand, on inactivity, when the app is hidden or quits): editors
    // hand over what they hold now, and it is saved before the key is gone.
    void aboutToLock();

private:
    void refreshState();
    // Length and repetition of a new passphrase; sets `error` and returns false when it will not do.
    bool acceptNewPassphrase(const QString &passphrase, const QString &repeated);
    void setBusy(bool busy);
    void setError(const QString &error);
    void setSaveState(SaveState state);
    // Runs `work` on the worker thread, then `finish` with its result on this thread.
    void runInBackground(std::function<int()> work, std::function<void(int)> finish);
    crypto::Kdf::Argon2Parameters kdfParameters() const;
    void writeSnapshot();

    vault::Vault *m_vault;
    NotesModel *m_notes;
    DocumentsModel *m_documents;
    VaultRecordsModel *m_caseDates;
    VaultRecordsModel *m_appointments;
    VaultRecordsModel *m_personalContacts;
    QThreadPool m_worker;
    QTimer m_saveTimer;
    QTimer m_inactivityTimer;
    State m_state = State::Absent;
    SaveState m_saveState = SaveState::Saved;
    bool m_busy = false;
    QString m_error;
    QString m_recoveryKey;
    int m_autoLockMinutes = 5;
    QSettings *m_settings = nullptr;
    std::optional<crypto::Kdf::Argon2Parameters> m_fixedKdf;
};

} // namespace rc::ui
