#include "VaultController.h"

#include "DocumentsModel.h"
#include "InputActivity.h"
#include "NotesModel.h"
#include "VaultRecordsModel.h"
#include "crypto/SecureBuffer.h"
#include "vault/RecoveryKey.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QSettings>

#include <memory>

namespace rc::ui {

using vault::Vault;
using vault::VaultError;

namespace {

// Passphrases leave QString as UTF-8 in a buffer we wipe ourselves. (The QML engine's own copy of the
// string cannot be wiped; it lives until the engine collects it.)
struct Utf8Secret
{
    explicit Utf8Secret(const QString &text)
        : bytes(text.toUtf8())
    {
    }
    ~Utf8Secret() { crypto::cleanse(bytes); }
    QByteArray bytes;
};

constexpr int calibrationTargetMs = 1000;
constexpr quint32 calibrationMaximumMemoryKiB = 256 * 1024;

} // namespace

VaultController::VaultController(Vault *vault, QObject *parent)
    : QObject(parent)
    , SingletonInstance(this)
    , m_vault(vault)
    , m_notes(new NotesModel(&vault->database(), this))
    , m_documents(new DocumentsModel(vault, this))
    , m_caseDates(new VaultRecordsModel(VaultRecordsModel::caseDates(), &vault->database(), this))
    , m_appointments(new VaultRecordsModel(VaultRecordsModel::appointments(), &vault->database(), this))
    , m_personalContacts(
          new VaultRecordsModel(VaultRecordsModel::personalContacts(), &vault->database(), this))
{
    // One worker: writes happen in the order they were asked for.
    m_worker.setMaxThreadCount(1);
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(1500);
    connect(&m_saveTimer, &QTimer::timeout, this, &VaultController::writeSnapshot);
    m_inactivityTimer.setSingleShot(true);
    connect(&m_inactivityTimer, &QTimer::timeout, this, &VaultController::lock);
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        // Any input counts as activity and pushes the automatic lock back.
        connect(InputActivity::instance(), &InputActivity::activity, this, [this] {
            if (m_state == State::Unlocked)
                m_inactivityTimer.start(m_autoLockMinutes * 60 * 1000);
        });
        // Hidden, suspended or switched away from: lock, so a phone picked up later shows no notes.
        connect(app, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
            if (state == Qt::ApplicationHidden || state == Qt::ApplicationSuspended)
                lock();
        });
        connect(app, &QCoreApplication::aboutToQuit, this, &VaultController::lock);
    }
    refreshState();
}

VaultController::~VaultController()
{
    lock();
    m_worker.waitForDone();
}

void VaultController::refreshState()
{
    const Vault::State state = m_vault->state();
    const State mapped = state == Vault::State::Unlocked ? State::Unlocked
        : state == Vault::State::Locked                  ? State::Locked
                                                         : State::Absent;
    if (mapped == State::Unlocked)
        m_inactivityTimer.start(m_autoLockMinutes * 60 * 1000);
    else
        m_inactivityTimer.stop();
    m_notes->reload();
    m_documents->reload();
    for (VaultRecordsModel *records : { m_caseDates, m_appointments, m_personalContacts })
        records->reload();
    if (mapped != m_state) {
        m_state = mapped;
        Q_EMIT stateChanged();
    }
}

void VaultController::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        Q_EMIT busyChanged();
    }
}

void VaultController::setError(const QString &error)
{
    if (m_error != error) {
        m_error = error;
        Q_EMIT errorChanged();
    }
}

void VaultController::setSaveState(SaveState state)
{
    if (m_saveState != state) {
        m_saveState = state;
        Q_EMIT saveStateChanged();
    }
}

void VaultController::setAutoLockMinutes(int minutes)
{
    minutes = qBound(1, minutes, 60);
    if (m_autoLockMinutes == minutes)
        return;
    m_autoLockMinutes = minutes;
    if (m_settings)
        m_settings->setValue(QStringLiteral("vault/autoLockMinutes"), minutes);
    if (m_state == State::Unlocked)
        m_inactivityTimer.start(m_autoLockMinutes * 60 * 1000);
    Q_EMIT autoLockMinutesChanged();
}

void VaultController::useSettings(QSettings *settings)
{
    m_settings = nullptr; // not written back while reading
    if (settings && settings->contains(QStringLiteral("vault/autoLockMinutes")))
        setAutoLockMinutes(settings->value(QStringLiteral("vault/autoLockMinutes")).toInt());
    m_settings = settings;
}

crypto::Kdf::Argon2Parameters VaultController::kdfParameters() const
{
    return m_fixedKdf ? *m_fixedKdf
                      : crypto::Kdf::calibrateArgon2(calibrationTargetMs, calibrationMaximumMemoryKiB);
}

void VaultController::runInBackground(std::function<int()> work, std::function<void(int)> finish)
{
    setBusy(true);
    setError({});
    m_worker.start([this, work = std::move(work), finish = std::move(finish)] {
        const int result = work();
        QMetaObject::invokeMethod(
            this,
            [this, finish, result] {
                setBusy(false);
                finish(result);
                refreshState();
            },
            Qt::QueuedConnection);
    });
}

bool VaultController::acceptNewPassphrase(const QString &passphrase, const QString &repeated)
{
    if (passphrase.size() < minimumPassphraseLength()) {
        setError(tr("Use at least %n characters.", nullptr, minimumPassphraseLength()));
        return false;
    }
    if (passphrase != repeated) {
        setError(tr("The two passphrases are not the same. Type them again."));
        return false;
    }
    return true;
}

void VaultController::createVault(const QString &passphrase, const QString &repeated)
{
    if (m_busy || m_state != State::Absent)
        return;
    if (!acceptNewPassphrase(passphrase, repeated))
        return;
    auto secret = std::make_shared<Utf8Secret>(passphrase);
    auto recovery = std::make_shared<QString>();
    runInBackground(
        [this, secret, recovery] {
            return int(m_vault->create(secret->bytes, kdfParameters(), recovery.get()));
        },
        [this, recovery](int result) {
            if (VaultError(result) != VaultError::None) {
                setError(vault::describe(VaultError(result)));
                return;
            }
            m_recoveryKey = *recovery;
            Q_EMIT recoveryKeyChanged();
        });
}

void VaultController::confirmRecoveryKeySaved()
{
    m_recoveryKey.clear();
    Q_EMIT recoveryKeyChanged();
}

void VaultController::unlock(const QString &passphrase)
{
    if (m_busy || m_state != State::Locked)
        return;
    auto secret = std::make_shared<Utf8Secret>(passphrase);
    runInBackground(
        [this, secret] {
            return int(m_vault->unlock({ vault::SecretKind::Passphrase, QByteArrayView(secret->bytes) }));
        },
        [this](int result) {
            if (VaultError(result) != VaultError::None)
                setError(vault::describe(VaultError(result)));
        });
}

void VaultController::unlockWithRecoveryKey(const QString &recoveryKey)
{
    if (m_busy || m_state != State::Locked)
        return;
    auto key = std::make_shared<crypto::SecureBuffer>(vault::RecoveryKey::parse(recoveryKey));
    if (!key->isValid()) {
        setError(tr("This is not a recovery key. It has 32 letters and digits in groups of four."));
        return;
    }
    runInBackground(
        [this, key] {
            return int(m_vault->unlock({ vault::SecretKind::RecoveryKey, key->view() }));
        },
        [this](int result) {
            if (VaultError(result) != VaultError::None)
                setError(vault::describe(VaultError(result)));
        });
}

void VaultController::lock()
{
    if (m_state != State::Unlocked)
        return;
    Q_EMIT aboutToLock();
    saveNow();
    m_recoveryKey.clear();
    Q_EMIT recoveryKeyChanged();
    m_vault->lock();
    refreshState();
}

void VaultController::quickExit()
{
    lock();
    QCoreApplication::exit(0);
}

void VaultController::scheduleSave()
{
    setSaveState(SaveState::Pending);
    m_saveTimer.start();
}

void VaultController::writeSnapshot()
{
    if (m_state != State::Unlocked)
        return;
    auto image = std::make_shared<vault::VaultDatabase::Image>(m_vault->snapshot());
    setSaveState(SaveState::Saving);
    m_worker.start([this, image] {
        const VaultError result = m_vault->write(*image);
        QMetaObject::invokeMethod(
            this,
            [this, result] {
                if (m_saveTimer.isActive())
                    return; // a newer edit is waiting for its own save
                if (result == VaultError::None) {
                    setSaveState(SaveState::Saved);
                } else {
                    setSaveState(SaveState::Failed);
                    setError(vault::describe(result));
                }
            },
            Qt::QueuedConnection);
    });
}

bool VaultController::saveNow()
{
    if (m_state != State::Unlocked)
        return true;
    const bool pending
        = m_saveTimer.isActive() || m_saveState == SaveState::Pending || m_saveState == SaveState::Failed;
    m_saveTimer.stop();
    m_worker.waitForDone();
    if (!pending)
        return true;
    const VaultError result = m_vault->save();
    setSaveState(result == VaultError::None ? SaveState::Saved : SaveState::Failed);
    if (result != VaultError::None)
        setError(vault::describe(result));
    return result == VaultError::None;
}

void VaultController::changePassphrase(const QString &passphrase, const QString &repeated)
{
    if (m_busy || m_state != State::Unlocked)
        return;
    if (!acceptNewPassphrase(passphrase, repeated))
        return;
    // The database is only ever touched on this thread: snapshot here, re-wrap the key (Argon2id, slow)
    // and write on the worker. Edits made meanwhile are saved after it, in order, by the same worker.
    m_saveTimer.stop();
    auto image = std::make_shared<vault::VaultDatabase::Image>(m_vault->snapshot());
    auto secret = std::make_shared<Utf8Secret>(passphrase);
    runInBackground(
        [this, secret, image] {
            const VaultError rewrapped = m_vault->rewrapPassphrase(secret->bytes, kdfParameters());
            return int(rewrapped == VaultError::None ? m_vault->write(*image) : rewrapped);
        },
        [this](int result) {
            if (VaultError(result) != VaultError::None) {
                setError(vault::describe(VaultError(result)));
                return;
            }
            if (!m_saveTimer.isActive())
                setSaveState(SaveState::Saved); // the snapshot written with the new slot held every edit
            Q_EMIT done(tr("Your passphrase was changed. Your recovery key still works."));
        });
}

void VaultController::exportBackup(const QUrl &file)
{
    if (m_busy || m_state != State::Unlocked)
        return;
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (path.isEmpty()) {
        setError(tr("Choose where to save the backup."));
        return;
    }
    saveNow();
    setError({});
    // The snapshot here (the database belongs to this thread); copying the documents, which may take a
    // while, on the worker.
    auto source = std::make_shared<vault::Vault::BackupSource>(m_vault->prepareBackup());
    runInBackground([this, path, source] { return int(m_vault->writeBackup(path, *source)); },
                    [this](int result) {
                        if (VaultError(result) != VaultError::None)
                            setError(vault::describe(VaultError(result)));
                        else
                            Q_EMIT done(tr("Backup saved, with your documents. It opens with your "
                                           "passphrase or your recovery key."));
                    });
}

void VaultController::importBackup(const QUrl &file, const QString &passphraseOrRecoveryKey)
{
    if (m_busy)
        return;
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    lock();
    auto recovery
        = std::make_shared<crypto::SecureBuffer>(vault::RecoveryKey::parse(passphraseOrRecoveryKey));
    auto secret = std::make_shared<Utf8Secret>(passphraseOrRecoveryKey);
    runInBackground(
        [this, path, recovery, secret] {
            const vault::Secret chosen = recovery->isValid()
                ? vault::Secret { vault::SecretKind::RecoveryKey, recovery->view() }
                : vault::Secret { vault::SecretKind::Passphrase, QByteArrayView(secret->bytes) };
            return int(m_vault->importBackup(path, chosen));
        },
        [this](int result) {
            if (VaultError(result) != VaultError::None)
                setError(vault::describe(VaultError(result)));
            else
                Q_EMIT done(tr("Backup restored."));
        });
}

void VaultController::wipe()
{
    if (m_busy)
        return;
    m_saveTimer.stop();
    m_worker.waitForDone();
    m_recoveryKey.clear();
    Q_EMIT recoveryKeyChanged();
    if (!m_vault->wipe())
        setError(tr("The vault file could not be deleted. Try again, or delete the app's data."));
    else
        Q_EMIT done(tr("Your vault was deleted."));
    refreshState();
}

QString VaultController::caseDetail(const QString &field) const
{
    return m_state == State::Unlocked ? m_vault->database().caseDetail(field) : QString();
}

void VaultController::setCaseDetail(const QString &field, const QString &value)
{
    if (m_state != State::Unlocked)
        return;
    if (m_vault->database().caseDetail(field) == value.trimmed())
        return;
    if (m_vault->database().setCaseDetail(field, value.trimmed()))
        scheduleSave();
}

} // namespace rc::ui
