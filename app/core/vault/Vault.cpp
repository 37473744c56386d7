#include "Vault.h"

#include "RecoveryKey.h"
#include "crypto/Random.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

namespace rc::vault {

namespace {

PlaintextAllocator sqliteAllocator()
{
    return { [](qsizetype size) { return VaultDatabase::allocateImage(size); },
             [](unsigned char *data) { sqlite3_free(data); } };
}

} // namespace

Vault::Vault(QString directory)
    : m_directory(std::move(directory))
{
}

Vault::~Vault()
{
    lock();
}

QString Vault::filePath() const
{
    return QDir(m_directory).filePath(QLatin1String(FileName));
}

Vault::State Vault::state() const
{
    QMutexLocker locker(&m_keyMutex);
    if (m_key)
        return State::Unlocked;
    return QFileInfo::exists(filePath()) ? State::Locked : State::Absent;
}

VaultError Vault::create(QByteArrayView passphrase, const crypto::Kdf::Argon2Parameters &parameters,
                         QString *recoveryKey)
{
    if (state() != State::Absent)
        return VaultError::Io;
    if (!QDir().mkpath(m_directory))
        return VaultError::Io;
    const crypto::SecureBuffer recovery = RecoveryKey::generate();
    VaultError error = VaultError::None;
    auto key = VaultKey::create(passphrase, recovery, parameters, &error);
    if (!key)
        return error;
    VaultDatabase database;
    if (!database.create())
        return VaultError::OutOfMemory;
    const VaultDatabase::Image image = database.serialize();
    if (!image.isValid() || !writeVault(filePath(), *key, image.view(), &error))
        return error == VaultError::None ? VaultError::Io : error;
    {
        QMutexLocker locker(&m_keyMutex);
        m_key = std::move(key);
    }
    std::swap(m_database, database);
    *recoveryKey = RecoveryKey::format(recovery);
    return VaultError::None;
}

VaultError Vault::unlock(const Secret &secret)
{
    if (state() == State::Unlocked)
        return VaultError::None;
    unsigned char *plaintext = nullptr;
    qsizetype size = 0;
    VaultError error = VaultError::None;
    auto key = readVault(filePath(), secret, sqliteAllocator(), &plaintext, &size, &error);
    if (!key)
        return error;
    VaultDatabase database;
    if (!database.load(plaintext, size))
        return VaultError::Damaged;
    {
        QMutexLocker locker(&m_keyMutex);
        m_key = std::move(key);
    }
    std::swap(m_database, database);
    removeInterruptedSaves();
    return VaultError::None;
}

void Vault::removeInterruptedSaves()
{
    // A save cut short by a crash or a dead battery leaves its temporary file: ciphertext only, but
    // clutter, and the file that was renamed into place is the one that counts.
    const QDir dir(m_directory);
    const QStringList stale
        = dir.entryList({ QLatin1String(FileName) + QStringLiteral(".tmp-*") }, QDir::Files | QDir::Hidden);
    for (const QString &name : stale)
        QFile::remove(dir.filePath(name));
}

void Vault::lock()
{
    QMutexLocker locker(&m_keyMutex);
    m_key.reset(); // SecureBuffer cleanses the data key
    m_database.close(); // the zeroing allocator wipes every page
}

VaultDatabase::Image Vault::snapshot()
{
    return m_database.serialize();
}

VaultError Vault::write(const VaultDatabase::Image &image)
{
    QMutexLocker locker(&m_keyMutex);
    if (!m_key)
        return VaultError::WrongSecret;
    if (!image.isValid())
        return VaultError::OutOfMemory;
    VaultError error = VaultError::None;
    if (!writeVault(filePath(), *m_key, image.view(), &error))
        return error == VaultError::None ? VaultError::Io : error;
    return VaultError::None;
}

VaultError Vault::save()
{
    return write(snapshot());
}

VaultError Vault::changePassphrase(QByteArrayView newPassphrase,
                                   const crypto::Kdf::Argon2Parameters &parameters)
{
    {
        QMutexLocker locker(&m_keyMutex);
        if (!m_key)
            return VaultError::WrongSecret;
        if (!m_key->changePassphrase(newPassphrase, parameters))
            return VaultError::WrongSecret;
    }
    return save();
}

VaultError Vault::exportBackup(const QString &path)
{
    const VaultDatabase::Image image = snapshot();
    QMutexLocker locker(&m_keyMutex);
    if (!m_key)
        return VaultError::WrongSecret;
    if (!image.isValid())
        return VaultError::OutOfMemory;
    // The backup carries the same key slots, so the same passphrase or recovery key opens it.
    VaultError error = VaultError::None;
    const bool written = writeVault(path, *m_key, image.view(), &error);
    return written ? VaultError::None : (error == VaultError::None ? VaultError::Io : error);
}

VaultError Vault::importBackup(const QString &path, const Secret &secret)
{
    unsigned char *plaintext = nullptr;
    qsizetype size = 0;
    VaultError error = VaultError::None;
    auto key = readVault(path, secret, sqliteAllocator(), &plaintext, &size, &error);
    if (!key)
        return error;
    VaultDatabase database;
    if (!database.load(plaintext, size))
        return VaultError::Damaged;
    const VaultDatabase::Image image = database.serialize();
    if (!QDir().mkpath(m_directory) || !image.isValid()
        || !writeVault(filePath(), *key, image.view(), &error))
        return error == VaultError::None ? VaultError::Io : error;
    lock();
    {
        QMutexLocker locker(&m_keyMutex);
        m_key = std::move(key);
    }
    std::swap(m_database, database);
    return VaultError::None;
}

bool Vault::wipe()
{
    lock();
    const QString path = filePath();
    const QByteArray encoded = QFile::encodeName(path);
    const int fd = ::open(encoded.constData(), O_WRONLY | O_CLOEXEC);
    if (fd >= 0) {
        // Overwrite the key slots (and everything else) before unlinking; flash storage may keep old
        // blocks, but without the slots the rest cannot be decrypted.
        const qint64 size = QFileInfo(path).size();
        const QByteArray noise = crypto::Random::bytes(qMin<qint64>(size, 1 << 20));
        for (qint64 written = 0; written < size;) {
            const ssize_t n
                = ::write(fd, noise.constData(), size_t(qMin<qint64>(noise.size(), size - written)));
            if (n <= 0)
                break;
            written += n;
        }
        ::fsync(fd);
        ::close(fd);
    }
    return !QFileInfo::exists(path) || QFile::remove(path);
}

} // namespace rc::vault
