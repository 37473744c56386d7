#include "Vault.h"

#include "BackupFile.h"
#include "DocumentFile.h"
#include "RecoveryKey.h"
#include "crypto/Random.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutexLocker>
#include <QSet>

#include <cerrno>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rc::vault {

namespace {

PlaintextAllocator sqliteAllocator()
{
    return { [](qsizetype size) { return VaultDatabase::allocateImage(size); },
             [](unsigned char *data) { sqlite3_free(data); } };
}

// Overwrites a regular file with random bytes, syncs it and deletes it; true when nothing is left at
// `path`. Flash storage may keep old blocks, but the overwrite is what software can do.
bool overwriteAndRemove(const QString &path)
{
    const QByteArray encoded = QFile::encodeName(path);
    // O_NONBLOCK and the fstat: a FIFO or device at the path is deleted, never written to or waited on.
    const int fd = ::open(encoded.constData(), O_WRONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
    if (fd >= 0) {
        struct stat info = {};
        if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode)) {
            const qint64 size = info.st_size;
            const QByteArray noise = crypto::Random::bytes(qMin<qint64>(size, 1 << 20));
            for (qint64 written = 0; written < size;) {
                const ssize_t n
                    = ::write(fd, noise.constData(), size_t(qMin<qint64>(noise.size(), size - written)));
                if (n <= 0)
                    break;
                written += n;
            }
            ::fsync(fd);
        }
        ::close(fd);
    }
    return ::unlink(encoded.constData()) == 0 || errno == ENOENT;
}

// A file id as stored in the documents table: exactly 32 lowercase hex digits, so that it can only
// ever name a file inside the documents folder.
std::optional<QByteArray> parseFileId(const QString &hex)
{
    if (hex.size() != 2 * DocumentFile::FileIdSize)
        return std::nullopt;
    const QByteArray latin1 = hex.toLatin1();
    const QByteArray bytes = QByteArray::fromHex(latin1);
    if (bytes.size() != DocumentFile::FileIdSize || bytes.toHex() != latin1)
        return std::nullopt;
    return bytes;
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

QString Vault::documentsPath() const
{
    return QDir(m_directory).filePath(QLatin1String(DocumentsFolder));
}

QString Vault::documentPath(const QString &fileId) const
{
    return QDir(documentsPath()).filePath(fileId + QLatin1String(DocumentFile::FileSuffix));
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
    // The same for an import cut short.
    const QDir documents(documentsPath());
    const QStringList staleDocuments = documents.entryList(
        { QStringLiteral("*") + QLatin1String(DocumentFile::FileSuffix) + QStringLiteral(".tmp-*") },
        QDir::Files | QDir::Hidden);
    for (const QString &name : staleDocuments)
        QFile::remove(documents.filePath(name));
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

VaultError Vault::rewrapPassphrase(QByteArrayView newPassphrase,
                                   const crypto::Kdf::Argon2Parameters &parameters)
{
    QMutexLocker locker(&m_keyMutex);
    if (!m_key)
        return VaultError::WrongSecret;
    return m_key->changePassphrase(newPassphrase, parameters) ? VaultError::None : VaultError::WrongSecret;
}

VaultError Vault::changePassphrase(QByteArrayView newPassphrase,
                                   const crypto::Kdf::Argon2Parameters &parameters)
{
    const VaultError rewrapped = rewrapPassphrase(newPassphrase, parameters);
    return rewrapped == VaultError::None ? save() : rewrapped;
}

Vault::BackupSource Vault::prepareBackup()
{
    BackupSource source;
    if (!m_database.isOpen())
        return source;
    source.image = snapshot();
    for (const DocumentInfo &info : m_database.documents()) {
        const auto record = m_database.document(info.id);
        const auto fileId = record ? parseFileId(record->fileId) : std::nullopt;
        if (fileId && QFileInfo::exists(documentPath(record->fileId)))
            source.documents.append({ *fileId, documentPath(record->fileId) });
    }
    return source;
}

VaultError Vault::writeBackup(const QString &path, const BackupSource &source)
{
    std::optional<QByteArray> sealed;
    VaultError error = VaultError::None;
    {
        QMutexLocker locker(&m_keyMutex);
        if (!m_key)
            return VaultError::WrongSecret;
        if (!source.image.isValid())
            return VaultError::OutOfMemory;
        // The backup carries the same key slots, so the same passphrase or recovery key opens it.
        sealed = sealVault(*m_key, source.image.view(), &error);
    }
    if (!sealed)
        return error == VaultError::None ? VaultError::Io : error;
    QList<BackupFile::DocumentPart> documents;
    for (const auto &[fileId, file] : source.documents)
        documents.append({ fileId, file });
    if (!BackupFile::write(path, *sealed, documents, &error))
        return error == VaultError::None ? VaultError::Io : error;
    return VaultError::None;
}

VaultError Vault::exportBackup(const QString &path)
{
    if (state() != State::Unlocked)
        return VaultError::WrongSecret;
    return writeBackup(path, prepareBackup());
}

VaultError Vault::importBackup(const QString &path, const Secret &secret)
{
    if (!BackupFile::isBackup(path))
        return importVaultFile(path, secret);

    std::optional<VaultKey> key;
    VaultDatabase database;
    QHash<QString, QByteArray> listed; // file id (hex) -> wrapped key, from the backup's vault
    QHash<QString, QString> staged; // file id -> temporary file, moved into place at the end
    VaultError error = VaultError::None;
    if (!QDir().mkpath(documentsPath()))
        return VaultError::Io;
    const auto onVault = [&](const QByteArray &bytes) {
        unsigned char *plaintext = nullptr;
        qsizetype size = 0;
        key = readVaultBytes(bytes, secret, sqliteAllocator(), &plaintext, &size, &error);
        if (!key)
            return false;
        if (!database.load(plaintext, size)) {
            error = VaultError::Damaged;
            return false;
        }
        for (const DocumentInfo &info : database.documents()) {
            if (const auto record = database.document(info.id))
                listed.insert(record->fileId, record->wrappedKey);
        }
        return true;
    };
    const auto onDocument = [&](const QByteArray &fileId, qint64, const BackupFile::CopyTo &copyTo) {
        const QString hex = QString::fromLatin1(fileId.toHex());
        if (!listed.contains(hex))
            return true; // a file the vault does not list: nothing could open it
        // Named like an interrupted save, so that a crash here leaves nothing the next start keeps.
        const QString temporary = documentPath(hex) + QStringLiteral(".tmp-import");
        QFile::remove(temporary);
        staged.insert(hex, temporary);
        if (!copyTo(temporary, &error))
            return false;
        // Decrypted once, to nowhere: a damaged document is found now, while the device is unchanged,
        // not later when the person needs the letter.
        const crypto::SecureBuffer wrappingKey
            = key->deriveSubkey(fileId, QByteArrayView(DocumentFile::KeyWrapInfo));
        const std::optional<crypto::SecureBuffer> documentKey
            = DocumentFile::unwrapKey(wrappingKey, fileId, listed.value(hex), &error);
        if (!documentKey)
            return false;
        return DocumentFile::decrypt(
            temporary, *documentKey, [](QByteArrayView) { return true; }, &error);
    };
    const bool read = BackupFile::read(path, onVault, onDocument, &error);
    if (!read) {
        for (const QString &temporary : std::as_const(staged))
            overwriteAndRemove(temporary);
        return error == VaultError::None ? VaultError::Damaged : error;
    }

    // Everything is read and checked: now change the device. Documents first (their file ids are
    // random, so they only replace files of the same document), then the vault that lists them.
    for (auto it = staged.cbegin(); it != staged.cend(); ++it) {
        if (::rename(QFile::encodeName(it.value()).constData(),
                     QFile::encodeName(documentPath(it.key())).constData())
            != 0) {
            for (const QString &temporary : std::as_const(staged))
                overwriteAndRemove(temporary);
            return VaultError::Io;
        }
    }
    error = installImported(std::move(key), std::move(database));
    if (error != VaultError::None)
        return error;
    // Files the restored vault does not list can never be opened again: delete them.
    const QDir documents(documentsPath());
    const QStringList names
        = documents.entryList({ QStringLiteral("*") + QLatin1String(DocumentFile::FileSuffix) }, QDir::Files);
    for (const QString &name : names) {
        if (!listed.contains(name.chopped(qsizetype(sizeof(DocumentFile::FileSuffix) - 1))))
            overwriteAndRemove(documents.filePath(name));
    }
    return VaultError::None;
}

VaultError Vault::importVaultFile(const QString &path, const Secret &secret)
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
    return installImported(std::move(key), std::move(database));
}

// Writes the imported vault over this device's and makes it the open one.
VaultError Vault::installImported(std::optional<VaultKey> key, VaultDatabase database)
{
    VaultError error = VaultError::None;
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
    // The vault file first: it holds the wrapped document keys, so once it is gone no document file
    // can be decrypted, even if wiping the rest is cut short.
    bool wiped = overwriteAndRemove(filePath());
    QDir documents(documentsPath());
    if (documents.exists()) {
        const QStringList names = documents.entryList(QDir::Files | QDir::Hidden | QDir::System);
        for (const QString &name : names)
            wiped = overwriteAndRemove(documents.filePath(name)) && wiped;
        wiped = documents.removeRecursively() && wiped;
    }
    return wiped;
}

crypto::SecureBuffer Vault::documentWrappingKey(QByteArrayView fileId, VaultError *error) const
{
    QMutexLocker locker(&m_keyMutex);
    if (!m_key) {
        *error = VaultError::WrongSecret;
        return {};
    }
    crypto::SecureBuffer key = m_key->deriveSubkey(fileId, QByteArrayView(DocumentFile::KeyWrapInfo));
    *error = key.isValid() ? VaultError::None : VaultError::OutOfMemory;
    return key;
}

std::optional<qint64> Vault::importDocument(const QString &sourcePath, const QString &title,
                                            const QString &mimeType, VaultError *error)
{
    const auto fail = [error](VaultError value) -> std::optional<qint64> {
        if (error)
            *error = value;
        return std::nullopt;
    };
    if (!m_database.isOpen())
        return fail(VaultError::WrongSecret);
    const QByteArray fileId = DocumentFile::newFileId();
    const crypto::SecureBuffer documentKey = DocumentFile::newKey();
    if (!documentKey.isValid())
        return fail(VaultError::OutOfMemory);
    // Wrapped before the (slow) encryption, so a locked vault fails before any work is done.
    VaultError keyError = VaultError::None;
    const crypto::SecureBuffer wrappingKey = documentWrappingKey(fileId, &keyError);
    if (!wrappingKey.isValid())
        return fail(keyError);
    DocumentRecord record;
    record.wrappedKey = DocumentFile::wrapKey(wrappingKey, fileId, documentKey);
    if (record.wrappedKey.isEmpty())
        return fail(VaultError::OutOfMemory);
    record.fileId = QString::fromLatin1(fileId.toHex());

    const QString folder = documentsPath();
    if (!QDir().mkpath(folder))
        return fail(VaultError::Io);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString path = documentPath(record.fileId);
    VaultError encryptError = VaultError::None;
    if (!DocumentFile::encryptFile(sourcePath, path, documentKey, fileId, &encryptError))
        return fail(encryptError);
    const std::optional<DocumentFile::Header> header = DocumentFile::readHeader(path, nullptr);
    record.info.title = title;
    record.info.mimeType = mimeType;
    record.info.size = header ? qint64(header->plaintextSize) : 0;
    record.info.created = QDateTime::currentDateTimeUtc();
    const qint64 id = header ? m_database.addDocument(record) : 0;
    if (id == 0) {
        overwriteAndRemove(path);
        return fail(header ? VaultError::OutOfMemory : VaultError::Io);
    }
    if (error)
        *error = VaultError::None;
    return id;
}

std::optional<Vault::DocumentAccess> Vault::documentAccess(qint64 id, VaultError *error)
{
    const auto fail = [error](VaultError value) -> std::optional<DocumentAccess> {
        if (error)
            *error = value;
        return std::nullopt;
    };
    if (!m_database.isOpen())
        return fail(VaultError::WrongSecret);
    const std::optional<DocumentRecord> record = m_database.document(id);
    if (!record)
        return fail(VaultError::NotFound);
    const std::optional<QByteArray> fileId = parseFileId(record->fileId);
    if (!fileId)
        return fail(VaultError::Damaged);
    VaultError keyError = VaultError::None;
    const crypto::SecureBuffer wrappingKey = documentWrappingKey(*fileId, &keyError);
    if (!wrappingKey.isValid())
        return fail(keyError);
    std::optional<crypto::SecureBuffer> documentKey
        = DocumentFile::unwrapKey(wrappingKey, *fileId, record->wrappedKey, error);
    if (!documentKey)
        return std::nullopt;
    return DocumentAccess { documentPath(record->fileId), std::move(*documentKey), record->info.size };
}

std::optional<QByteArray> Vault::readDocument(qint64 id, qsizetype maxSize, VaultError *error)
{
    const std::optional<DocumentAccess> access = documentAccess(id, error);
    if (!access)
        return std::nullopt;
    return DocumentFile::decryptToMemory(access->path, access->key, maxSize, error);
}

bool Vault::removeDocument(qint64 id)
{
    if (!m_database.isOpen())
        return false;
    const std::optional<DocumentRecord> record = m_database.document(id);
    if (!record || !m_database.removeDocument(id))
        return false;
    // The row (and with it the wrapped key) first: a file without its row cannot be decrypted.
    const std::optional<QByteArray> fileId = parseFileId(record->fileId);
    return fileId && overwriteAndRemove(documentPath(record->fileId));
}

QList<DocumentInfo> Vault::documents()
{
    return m_database.isOpen() ? m_database.documents() : QList<DocumentInfo>();
}

} // namespace rc::vault
