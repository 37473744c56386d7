#include "crypto/Aead.h"
#include "crypto/Digest.h"
#include "crypto/Kdf.h"
#include "crypto/Random.h"
#include "crypto/SecureBuffer.h"
#include "vault/VaultFile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <algorithm>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <sys/resource.h>
#include <sys/stat.h>
#include <type_traits>
#include <unistd.h>

using namespace rc;
using namespace rc::vault;
using crypto::SecureBuffer;
using crypto::Kdf::Argon2Parameters;

static_assert(!std::is_copy_constructible_v<VaultKey> && !std::is_copy_assignable_v<VaultKey>);
static_assert(std::is_nothrow_move_constructible_v<VaultKey> && std::is_nothrow_move_assignable_v<VaultKey>);

namespace {

// Low but valid: every Argon2 run here costs 64 MiB and t = 3.
constexpr Argon2Parameters TestArgon2 = crypto::Kdf::MinimumArgon2;
const QByteArray Passphrase = QByteArrayLiteral("correct horse battery staple");
const QByteArray SmallPayload = QByteArrayLiteral("Hearing at the IND on 12 May, 09:30. Bring the letter.");

// Offsets of the small vault (two slots with 32-byte salts), as docs/vault-format.md lists them.
constexpr qsizetype HeaderLength = 279;
constexpr qsizetype Slot0 = 37;
constexpr qsizetype Slot1 = 144;
constexpr qsizetype PayloadNonceOffset = 251;
constexpr qsizetype ChecksumOffset = 263;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeAll(const QString &path, QByteArrayView bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes.data(), bytes.size()) == bytes.size();
}

QStringList temporaryFiles(const QString &folder)
{
    return QDir(folder).entryList({ QStringLiteral("*.tmp-*") },
                                  QDir::AllEntries | QDir::Hidden | QDir::System);
}

QByteArray withChecksum(QByteArray bytes, qsizetype headerLength)
{
    const QByteArray sum = crypto::Sha256::hash(QByteArrayView(bytes).first(headerLength - ChecksumSize));
    bytes.replace(headerLength - ChecksumSize, ChecksumSize, sum.first(ChecksumSize));
    return bytes;
}

// Stands in for sqlite3_malloc64 / sqlite3_free and checks readVault's promises about the plaintext:
// every buffer handed back on failure has been wiped, and none is leaked.
class TrackingAllocator
{
public:
    PlaintextAllocator allocator()
    {
        return { [this](qsizetype size) {
                    ++allocations;
                    auto *data = static_cast<unsigned char *>(std::malloc(size_t(size)));
                    if (data) {
                        std::memset(data, 0xA5, size_t(size));
                        m_sizes[data] = size;
                    }
                    return data;
                },
                 [this](unsigned char *data) {
                     ++releases;
                     const qsizetype size = m_sizes[data];
                     if (std::any_of(data, data + size, [](unsigned char byte) { return byte != 0; }))
                         ++unwipedReleases;
                     m_sizes.erase(data);
                     std::free(data);
                 } };
    }
    void free(unsigned char *data)
    {
        m_sizes.erase(data);
        std::free(data);
    }

    int allocations = 0;
    int releases = 0;
    int unwipedReleases = 0;

private:
    std::map<unsigned char *, qsizetype> m_sizes;
};

struct Opened
{
    std::optional<VaultKey> key;
    QByteArray plaintext;
    VaultError error = VaultError::None;
    int allocations = 0;
    QString violation; // a broken promise of readVault/openVault, empty when all is well
};

Opened finish(std::optional<VaultKey> key, unsigned char *data, qsizetype size, VaultError error,
              TrackingAllocator &tracker)
{
    Opened opened;
    opened.error = error;
    opened.allocations = tracker.allocations;
    if (key) {
        if (error != VaultError::None)
            opened.violation = QStringLiteral("success with an error");
        if ((size > 0) != (data != nullptr) || tracker.allocations != (size > 0 ? 1 : 0)
            || tracker.releases != 0)
            opened.violation = QStringLiteral("success with an unexpected buffer");
        if (data)
            opened.plaintext = QByteArray(reinterpret_cast<const char *>(data), size);
        tracker.free(data);
        opened.key = std::move(key);
    } else {
        if (error == VaultError::None)
            opened.violation = QStringLiteral("failure without an error");
        if (data || size != 0)
            opened.violation = QStringLiteral("failure returned a buffer");
        if (tracker.allocations != tracker.releases)
            opened.violation = QStringLiteral("failure leaked a buffer");
        if (tracker.unwipedReleases != 0)
            opened.violation = QStringLiteral("failure released a buffer that was not wiped");
    }
    return opened;
}

Opened readFile(const QString &path, const Secret &secret)
{
    TrackingAllocator tracker;
    unsigned char *data = reinterpret_cast<unsigned char *>(&tracker); // must be reset by readVault
    qsizetype size = -1;
    VaultError error = VaultError::Io;
    std::optional<VaultKey> key = readVault(path, secret, tracker.allocator(), &data, &size, &error);
    return finish(std::move(key), data, size, error, tracker);
}

Opened openBytes(QByteArrayView bytes, SecretKind kind, const SlotKeyFunction &slotKey)
{
    TrackingAllocator tracker;
    unsigned char *data = nullptr;
    qsizetype size = -1;
    VaultError error = VaultError::Io;
    std::optional<VaultKey> key = openVault(bytes, kind, slotKey, tracker.allocator(), &data, &size, &error);
    return finish(std::move(key), data, size, error, tracker);
}

// Remembers each key-encryption key it derived, so one Argon2 run serves thousands of reads of the same
// slot. A slot whose salt or parameters changed gets a key of its own, exactly as readVault would.
class KekCache
{
public:
    explicit KekCache(QByteArray secret)
        : m_secret(std::move(secret))
    {
    }
    SlotKeyFunction function()
    {
        return [this](const VaultSlot &slot, VaultError *error) -> std::optional<SecureBuffer> {
            QByteArray id;
            id += char(slot.kind);
            id += char(slot.kdf);
            id += QByteArray::number(slot.parameters.memoryKiB) + '/'
                + QByteArray::number(slot.parameters.iterations) + '/'
                + QByteArray::number(slot.parameters.parallelism) + '/';
            id += slot.salt;
            const auto found = m_keys.constFind(id);
            if (found != m_keys.cend())
                return SecureBuffer::fromBytes(*found);
            std::optional<SecureBuffer> kek = deriveSlotKey(slot, m_secret, error);
            ++derivations;
            if (kek)
                m_keys.insert(id, kek->view().toByteArray());
            return kek;
        };
    }
    int derivations = 0;

private:
    QByteArray m_secret;
    QHash<QByteArray, QByteArray> m_keys;
};

// Always answers with one key, whatever the slot says: as if an attacker could make the KDF give the
// right key for changed parameters. Only the associated data then stands between a changed slot and
// success.
SlotKeyFunction fixedKey(QByteArrayView kek)
{
    const QByteArray bytes = kek.toByteArray();
    return [bytes](const VaultSlot &, VaultError *) -> std::optional<SecureBuffer> {
        return SecureBuffer::fromBytes(bytes);
    };
}

SlotKeyFunction derived(QByteArrayView secret)
{
    return [secret](const VaultSlot &slot, VaultError *error) { return deriveSlotKey(slot, secret, error); };
}

// Which error a single changed byte at `offset` of the small vault must give: the checksum catches
// every change in the header before any key is derived; the tag catches every change after it.
VaultError expectedForFlip(qsizetype offset)
{
    if (offset < 8)
        return VaultError::NotAVault;
    if (offset < 10)
        return VaultError::UnsupportedVersion;
    return VaultError::Damaged;
}

// A header built by hand from docs/vault-format.md, independent of VaultHeader::serialize(), so that
// hostile values can be put in any field. The checksum is right unless asked otherwise, so the value
// under test, not the checksum, is what gets the header refused.
struct RawSlot
{
    quint8 kind = 1;
    quint8 kdf = 1;
    quint32 memoryKiB = TestArgon2.memoryKiB;
    quint32 iterations = TestArgon2.iterations;
    quint32 parallelism = TestArgon2.parallelism;
    int saltLength = 32;
};

struct RawHeader
{
    QByteArray magic = QByteArray("RCVAULT\0", 8);
    quint16 version = 1;
    int headerLength = -1; // -1: the real length
    int slotCount = -1; // -1: keySlots.size()
    QList<RawSlot> keySlots = defaultSlots();

    static QList<RawSlot> defaultSlots()
    {
        QList<RawSlot> list;
        list.append(RawSlot {}); // passphrase, Argon2id at the minimum
        list.append(RawSlot { 2, 2, 0, 0, 0, 32 }); // recovery key, HKDF
        return list;
    }
    int extraBytes = 0; // before the checksum
    bool badChecksum = false;

    template<typename T> static void put(QByteArray &out, T value)
    {
        char bytes[sizeof(T)];
        qToLittleEndian(value, bytes);
        out.append(bytes, qsizetype(sizeof(T)));
    }

    QByteArray build() const
    {
        QByteArray out = magic;
        put<quint16>(out, version);
        put<quint16>(out, 0); // header length, below
        out.append(QByteArray(16, '\x11')); // vault id
        put<quint64>(out, 7); // generation
        put<quint8>(out, quint8(slotCount < 0 ? keySlots.size() : slotCount));
        for (const RawSlot &slot : keySlots) {
            put<quint8>(out, slot.kind);
            put<quint8>(out, slot.kdf);
            put<quint32>(out, slot.memoryKiB);
            put<quint32>(out, slot.iterations);
            put<quint32>(out, slot.parallelism);
            put<quint8>(out, quint8(slot.saltLength));
            out.append(QByteArray(slot.saltLength, '\x5a')); // salt
            out.append(QByteArray(12, '\x22')); // nonce
            out.append(QByteArray(32, '\x33')); // wrapped key
            out.append(QByteArray(16, '\x44')); // tag
        }
        out.append(QByteArray(12, '\x55')); // payload nonce
        out.append(QByteArray(extraBytes, '\x66'));
        const auto length = quint16(headerLength < 0 ? out.size() + 16 : headerLength);
        qToLittleEndian(length, out.data() + 10);
        QByteArray sum = crypto::Sha256::hash(out).first(16);
        if (badChecksum)
            sum[0] = char(sum[0] ^ 1);
        return out + sum;
    }
};

} // namespace

class tst_VaultFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void describeErrors();
    void createRefusesBadInput();
    void roundTripWithPassphrase();
    void roundTripWithRecoveryKey();
    void emptyAndLargePayloads();
    void wrongSecretChangesNothing();
    void changePassphrase();
    void generationIncrementsPerWrite();
    void fileIsPrivate();
    void layoutMatchesDocs();

    void everyFlippedByteIsRefused();
    void flippedBytesOnDiskAreRefused();
    void changedHeaderWithFixedChecksumIsRefused();
    void largeVaultRandomFlipsAreRefused();
    void truncationAndJunkAreRefused();

    void hostileHeaders_data();
    void hostileHeaders();
    void readRefusesWhatIsNoVaultFile();

    void writeFailureKeepsOldFile();
    void writeFailureMidwayKeepsOldFile();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // A key for the small vault, unlocked with the recovery key (HKDF: no Argon2 run).
    VaultKey smallKey();

    std::unique_ptr<QTemporaryDir> m_dir;
    SecureBuffer m_recoveryKey;
    QString m_smallPath;
    QByteArray m_small; // the bytes of the small vault at generation 1
    std::unique_ptr<KekCache> m_passphraseKeys;
};

void tst_VaultFile::initTestCase()
{
    crypto::initSecureHeap();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_recoveryKey = crypto::Random::secureBytes(32);
    QVERIFY(m_recoveryKey.isValid());

    VaultError error = VaultError::Io;
    std::optional<VaultKey> key = VaultKey::create(Passphrase, m_recoveryKey, TestArgon2, &error);
    QVERIFY(key);
    QCOMPARE(error, VaultError::None);
    QCOMPARE(key->generation(), quint64(0));
    m_smallPath = path(QStringLiteral("small.rcvault"));
    QVERIFY(writeVault(m_smallPath, *key, SmallPayload, &error));
    QCOMPARE(error, VaultError::None);
    m_small = readAll(m_smallPath);
    QCOMPARE(m_small.size(), HeaderLength + SmallPayload.size() + 16);

    // One Argon2 run for the passphrase slot, shared by every test that reads bytes.
    m_passphraseKeys = std::make_unique<KekCache>(Passphrase);
    const Opened opened = openBytes(m_small, SecretKind::Passphrase, m_passphraseKeys->function());
    QVERIFY2(opened.violation.isEmpty(), qPrintable(opened.violation));
    QCOMPARE(opened.error, VaultError::None);
    QCOMPARE(opened.plaintext, SmallPayload);
    QCOMPARE(m_passphraseKeys->derivations, 1);
}

VaultKey tst_VaultFile::smallKey()
{
    Opened opened = openBytes(m_small, SecretKind::RecoveryKey, derived(m_recoveryKey.view()));
    if (!opened.key)
        qFatal("the small vault does not open with its recovery key");
    return std::move(*opened.key);
}

void tst_VaultFile::describeErrors()
{
    QVERIFY(describe(VaultError::None).isEmpty());
    QSet<QString> texts;
    for (const VaultError error :
         { VaultError::NotFound, VaultError::NotAVault, VaultError::UnsupportedVersion, VaultError::Damaged,
           VaultError::WrongSecret, VaultError::OutOfMemory, VaultError::Io }) {
        const QString text = describe(error);
        QVERIFY(!text.isEmpty());
        QVERIFY(text.endsWith(QLatin1Char('.')));
        texts.insert(text);
    }
    QCOMPARE(texts.size(), 7);
    QVERIFY(describe(VaultError::Damaged).contains(QStringLiteral("changed or damaged")));
    QVERIFY(describe(VaultError::WrongSecret).contains(QStringLiteral("passphrase")));
}

void tst_VaultFile::createRefusesBadInput()
{
    QElapsedTimer timer;
    timer.start();
    VaultError error = VaultError::None;
    QVERIFY(!VaultKey::create({}, m_recoveryKey, TestArgon2, &error));
    QCOMPARE(error, VaultError::WrongSecret);
    error = VaultError::None;
    const SecureBuffer shortKey = crypto::Random::secureBytes(MinimumRecoveryKeySize - 1);
    QVERIFY(!VaultKey::create(Passphrase, shortKey, TestArgon2, &error));
    QCOMPARE(error, VaultError::WrongSecret);
    Argon2Parameters lowered = TestArgon2;
    lowered.iterations -= 1;
    error = VaultError::None;
    QVERIFY(!VaultKey::create(Passphrase, m_recoveryKey, lowered, &error));
    QCOMPARE(error, VaultError::WrongSecret);

    VaultKey key = smallKey();
    const QByteArray before = key.header().serialize();
    QVERIFY(!key.changePassphrase({}, TestArgon2));
    QVERIFY(!key.changePassphrase("new", lowered));
    QCOMPARE(key.header().serialize(), before);
    QVERIFY2(timer.elapsed() < 100, "refused before any Argon2 run");
}

void tst_VaultFile::roundTripWithPassphrase()
{
    const Opened opened = readFile(m_smallPath, { SecretKind::Passphrase, Passphrase });
    QVERIFY2(opened.violation.isEmpty(), qPrintable(opened.violation));
    QCOMPARE(opened.error, VaultError::None);
    QCOMPARE(opened.plaintext, SmallPayload);
    QCOMPARE(opened.key->generation(), quint64(1));
    QCOMPARE(opened.key->vaultId().size(), VaultIdSize);
    QCOMPARE(opened.key->header().serialize(), m_small.first(HeaderLength));
}

void tst_VaultFile::roundTripWithRecoveryKey()
{
    const Opened opened = readFile(m_smallPath, { SecretKind::RecoveryKey, m_recoveryKey.view() });
    QVERIFY2(opened.violation.isEmpty(), qPrintable(opened.violation));
    QCOMPARE(opened.error, VaultError::None);
    QCOMPARE(opened.plaintext, SmallPayload);
    QCOMPARE(opened.key->generation(), quint64(1));

    // The same vault (same id, data key) whichever slot opened it: both keys write readable files.
    const Opened byPassphrase = openBytes(m_small, SecretKind::Passphrase, m_passphraseKeys->function());
    QCOMPARE(opened.key->vaultId(), byPassphrase.key->vaultId());
    VaultKey key = smallKey();
    const QString copy = path(QStringLiteral("recovery-written.rcvault"));
    QVERIFY(writeVault(copy, key, "written after recovery", nullptr));
    const Opened again = openBytes(readAll(copy), SecretKind::Passphrase, m_passphraseKeys->function());
    QCOMPARE(again.error, VaultError::None);
    QCOMPARE(again.plaintext, QByteArray("written after recovery"));
}

void tst_VaultFile::emptyAndLargePayloads()
{
    VaultKey key = smallKey();
    const QString file = path(QStringLiteral("sizes.rcvault"));

    QVERIFY(writeVault(file, key, {}, nullptr));
    Opened opened = readFile(file, { SecretKind::RecoveryKey, m_recoveryKey.view() });
    QVERIFY2(opened.violation.isEmpty(), qPrintable(opened.violation));
    QCOMPARE(opened.error, VaultError::None);
    QVERIFY(opened.plaintext.isEmpty());
    QCOMPARE(opened.allocations, 0); // nothing to allocate for an empty payload
    QCOMPARE(QFileInfo(file).size(), HeaderLength + 16);

    const QByteArray large = crypto::Random::bytes(1024 * 1024);
    QVERIFY(writeVault(file, key, large, nullptr));
    opened = readFile(file, { SecretKind::RecoveryKey, m_recoveryKey.view() });
    QVERIFY2(opened.violation.isEmpty(), qPrintable(opened.violation));
    QCOMPARE(opened.error, VaultError::None);
    QCOMPARE(opened.plaintext, large);
    QCOMPARE(opened.key->generation(), quint64(3));
}

void tst_VaultFile::wrongSecretChangesNothing()
{
    const QByteArray before = readAll(m_smallPath);
    QCOMPARE(before, m_small);
    const QDateTime modified = QFileInfo(m_smallPath).lastModified();

    Opened opened = readFile(m_smallPath, { SecretKind::Passphrase, "correct horse battery stapler" });
    QVERIFY2(opened.violation.isEmpty(), qPrintable(opened.violation));
    QCOMPARE(opened.error, VaultError::WrongSecret);
    QCOMPARE(opened.allocations, 0); // no plaintext buffer before the data key is unwrapped

    const QByteArray otherKey = crypto::Random::bytes(32);
    opened = readFile(m_smallPath, { SecretKind::RecoveryKey, otherKey });
    QCOMPARE(opened.error, VaultError::WrongSecret);
    opened = readFile(m_smallPath, { SecretKind::Passphrase, {} });
    QCOMPARE(opened.error, VaultError::WrongSecret);
    opened = readFile(m_smallPath, { SecretKind::RecoveryKey, m_recoveryKey.view().first(8) });
    QCOMPARE(opened.error, VaultError::WrongSecret);

    QCOMPARE(readAll(m_smallPath), before);
    QCOMPARE(QFileInfo(m_smallPath).lastModified(), modified);
    QVERIFY(temporaryFiles(m_dir->path()).isEmpty());
}

void tst_VaultFile::changePassphrase()
{
    const QString file = path(QStringLiteral("change.rcvault"));
    QVERIFY(writeAll(file, m_small));
    VaultKey key = smallKey();
    const QByteArray id = key.vaultId();
    const VaultSlot recoverySlot = key.header().keySlots.at(1);
    const QByteArray oldPassphraseSalt = key.header().keySlots.at(0).salt;

    const QByteArray newPassphrase = QByteArrayLiteral("4 9 1 7 hedgehog");
    QVERIFY(key.changePassphrase(newPassphrase, TestArgon2));
    QCOMPARE(key.header().keySlots.size(), 2);
    QCOMPARE(key.header().keySlots.at(0).kind, SecretKind::Passphrase);
    QVERIFY(key.header().keySlots.at(0).salt != oldPassphraseSalt);
    QCOMPARE(key.header().keySlots.at(1).wrappedKey, recoverySlot.wrappedKey); // recovery slot as it was
    QCOMPARE(readAll(file), m_small); // only in memory until the next write
    QVERIFY(writeVault(file, key, SmallPayload, nullptr));

    Opened opened = readFile(file, { SecretKind::Passphrase, Passphrase });
    QCOMPARE(opened.error, VaultError::WrongSecret);
    opened = readFile(file, { SecretKind::Passphrase, newPassphrase });
    QVERIFY2(opened.violation.isEmpty(), qPrintable(opened.violation));
    QCOMPARE(opened.error, VaultError::None);
    QCOMPARE(opened.plaintext, SmallPayload);
    QCOMPARE(opened.key->vaultId(), id);
    QCOMPARE(opened.key->generation(), quint64(2));
    opened = readFile(file, { SecretKind::RecoveryKey, m_recoveryKey.view() });
    QCOMPARE(opened.error, VaultError::None);
    QCOMPARE(opened.plaintext, SmallPayload);
}

void tst_VaultFile::generationIncrementsPerWrite()
{
    VaultKey key = smallKey();
    QCOMPARE(key.generation(), quint64(1));
    const QString file = path(QStringLiteral("generations.rcvault"));
    QSet<QByteArray> payloadNonces;
    for (quint64 expected = 2; expected <= 6; ++expected) {
        VaultError error = VaultError::Io;
        QVERIFY(writeVault(file, key, SmallPayload, &error));
        QCOMPARE(error, VaultError::None);
        QCOMPARE(key.generation(), expected);
        const std::optional<VaultHeader> header = parseHeader(readAll(file), &error);
        QVERIFY(header);
        QCOMPARE(header->generation, expected);
        payloadNonces.insert(header->payloadNonce);
    }
    QCOMPARE(payloadNonces.size(), 5); // a fresh nonce for every write
    const Opened opened = readFile(file, { SecretKind::RecoveryKey, m_recoveryKey.view() });
    QCOMPARE(opened.key->generation(), quint64(6));
    QCOMPARE(opened.plaintext, SmallPayload);
}

void tst_VaultFile::fileIsPrivate()
{
    struct stat info = {};
    QCOMPARE(::stat(QFile::encodeName(m_smallPath).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, mode_t(0600));
}

// Decrypts the small vault with the crypto layer alone, following docs/vault-format.md, so the document
// and the code cannot drift apart.
void tst_VaultFile::layoutMatchesDocs()
{
    const QByteArray &file = m_small;
    const auto u16 = [&](qsizetype at) { return qFromLittleEndian<quint16>(file.constData() + at); };
    const auto u32 = [&](qsizetype at) { return qFromLittleEndian<quint32>(file.constData() + at); };
    QCOMPARE(file.first(8), QByteArray("RCVAULT\0", 8));
    QCOMPARE(u16(8), quint16(1));
    QCOMPARE(u16(10), quint16(HeaderLength));
    const QByteArray vaultId = file.mid(12, 16);
    QCOMPARE(qFromLittleEndian<quint64>(file.constData() + 28), quint64(1));
    QCOMPARE(quint8(file.at(36)), quint8(2));
    QCOMPARE(file.mid(ChecksumOffset, 16), crypto::Sha256::hash(file.first(ChecksumOffset)).first(16));

    // Slot 0: passphrase, Argon2id.
    QCOMPARE(quint8(file.at(Slot0)), quint8(1));
    QCOMPARE(quint8(file.at(Slot0 + 1)), quint8(1));
    QCOMPARE(u32(Slot0 + 2), TestArgon2.memoryKiB);
    QCOMPARE(u32(Slot0 + 6), TestArgon2.iterations);
    QCOMPARE(u32(Slot0 + 10), TestArgon2.parallelism);
    QCOMPARE(quint8(file.at(Slot0 + 14)), quint8(32));
    // Slot 1: recovery key, HKDF-SHA256, no parameters.
    QCOMPARE(quint8(file.at(Slot1)), quint8(2));
    QCOMPARE(quint8(file.at(Slot1 + 1)), quint8(2));
    QCOMPARE(file.mid(Slot1 + 2, 12), QByteArray(12, '\0'));
    QCOMPARE(quint8(file.at(Slot1 + 14)), quint8(32));

    const QByteArray associatedPrefix = file.first(10) + vaultId; // magic, version, vault id
    const auto unwrap = [&](qsizetype slot, const SecureBuffer &kek) {
        const QByteArray associated = associatedPrefix + file.mid(slot, 15 + 32); // kind .. salt
        SecureBuffer dataKey(32);
        const bool ok
            = crypto::Aead::decrypt(kek, file.mid(slot + 47, 12), associated, file.mid(slot + 59, 32),
                                    file.mid(slot + 91, 16), dataKey.data());
        return ok ? std::move(dataKey) : SecureBuffer();
    };

    SecureBuffer recoveryKek;
    QVERIFY(crypto::Kdf::hkdfSha256(m_recoveryKey.view(), file.mid(Slot1 + 15, 32),
                                    QByteArrayView("rights-companion vault recovery v1"), 32, &recoveryKek));
    const SecureBuffer dataKey = unwrap(Slot1, recoveryKek);
    QVERIFY(dataKey.isValid());

    SecureBuffer passphraseKek;
    QVERIFY(crypto::Kdf::argon2id(Passphrase, file.mid(Slot0 + 15, 32), TestArgon2, 32, &passphraseKek));
    const SecureBuffer sameKey = unwrap(Slot0, passphraseKek);
    QVERIFY(sameKey.isValid());
    QCOMPARE(sameKey.view(), dataKey.view());

    QByteArray plaintext(file.size() - HeaderLength - 16, Qt::Uninitialized);
    QVERIFY(crypto::Aead::decrypt(dataKey, file.mid(PayloadNonceOffset, 12), file.first(HeaderLength),
                                  file.mid(HeaderLength, plaintext.size()), file.last(16),
                                  reinterpret_cast<unsigned char *>(plaintext.data())));
    QCOMPARE(plaintext, SmallPayload);
}

// Every byte of the small vault changed in turn (three ways), opened with the passphrase (cached
// Argon2 result) and with the recovery key (real HKDF): never a success, and the right error.
void tst_VaultFile::everyFlippedByteIsRefused()
{
    QByteArray bytes = m_small;
    const SlotKeyFunction passphraseKeys = m_passphraseKeys->function();
    const SlotKeyFunction recoveryKeys = derived(m_recoveryKey.view());
    int reads = 0;
    for (qsizetype offset = 0; offset < bytes.size(); ++offset) {
        for (const char mask : { '\x01', '\x80', '\xff' }) {
            bytes[offset] = char(bytes[offset] ^ mask);
            for (const auto &[kind, keys] : { std::pair { SecretKind::Passphrase, passphraseKeys },
                                              std::pair { SecretKind::RecoveryKey, recoveryKeys } }) {
                const Opened opened = openBytes(bytes, kind, keys);
                ++reads;
                if (!opened.violation.isEmpty() || opened.key || opened.error != expectedForFlip(offset))
                    QFAIL(qPrintable(QStringLiteral("offset %1 mask %2: error %3, %4")
                                         .arg(offset)
                                         .arg(quint8(mask))
                                         .arg(int(opened.error))
                                         .arg(opened.violation)));
            }
            bytes[offset] = char(bytes[offset] ^ mask);
        }
    }
    QCOMPARE(bytes, m_small);
    QCOMPARE(reads, int(6 * m_small.size()));
    QCOMPARE(m_passphraseKeys->derivations, 1); // header changes are refused before any KDF
}

// The same through readVault and a real file, one byte per field: the full path, with Argon2 only where
// the header is intact (payload and tag), and the file is not changed by the attempt.
void tst_VaultFile::flippedBytesOnDiskAreRefused()
{
    const QList<std::pair<const char *, qsizetype>> fields {
        { "magic", 0 },
        { "version", 9 },
        { "header length", 10 },
        { "vault id", 20 },
        { "generation", 28 },
        { "slot count", 36 },
        { "slot 0 kind", Slot0 },
        { "slot 0 kdf", Slot0 + 1 },
        { "slot 0 memory", Slot0 + 4 },
        { "slot 0 iterations", Slot0 + 6 },
        { "slot 0 parallelism", Slot0 + 10 },
        { "slot 0 salt length", Slot0 + 14 },
        { "slot 0 salt", Slot0 + 20 },
        { "slot 0 nonce", Slot0 + 50 },
        { "slot 0 wrapped key", Slot0 + 70 },
        { "slot 0 tag", Slot0 + 100 },
        { "slot 1 salt", Slot1 + 30 },
        { "slot 1 wrapped key", Slot1 + 80 },
        { "payload nonce", PayloadNonceOffset + 3 },
        { "checksum", ChecksumOffset + 15 },
        { "ciphertext", HeaderLength + 5 },
        { "gcm tag", m_small.size() - 1 },
    };
    const QString file = path(QStringLiteral("flipped.rcvault"));
    for (const auto &[name, offset] : fields) {
        QByteArray bytes = m_small;
        bytes[offset] = char(bytes[offset] ^ 0x10);
        QVERIFY(writeAll(file, bytes));
        const Opened opened = readFile(file, { SecretKind::Passphrase, Passphrase });
        QVERIFY2(opened.violation.isEmpty(), name);
        QVERIFY2(!opened.key, name);
        QVERIFY2(opened.error == expectedForFlip(offset), name);
        QVERIFY2(readAll(file) == bytes, name);
    }
    QVERIFY(temporaryFiles(m_dir->path()).isEmpty());
}

// An attacker can recompute the checksum. Then a changed slot must still fail to open (WrongSecret, or
// Damaged for values out of bounds) and any other changed header byte must fail the payload tag, even
// when the KDF is assumed to give the right key regardless of the changed salt or parameters.
void tst_VaultFile::changedHeaderWithFixedChecksumIsRefused()
{
    SecureBuffer passphraseKek;
    {
        const std::optional<VaultHeader> header = parseHeader(m_small, nullptr);
        QVERIFY(header);
        std::optional<SecureBuffer> kek = m_passphraseKeys->function()(header->keySlots.at(0), nullptr);
        QVERIFY(kek);
        passphraseKek = std::move(*kek);
    }
    const SlotKeyFunction passphraseKeys = fixedKey(passphraseKek.view());
    const SlotKeyFunction recoveryKeys = derived(m_recoveryKey.view());
    QCOMPARE(openBytes(m_small, SecretKind::Passphrase, passphraseKeys).error, VaultError::None);

    QByteArray bytes = m_small;
    for (qsizetype offset = 0; offset < ChecksumOffset; ++offset) {
        for (const char mask : { '\x01', '\xff' }) {
            bytes[offset] = char(bytes[offset] ^ mask);
            const QByteArray forged = withChecksum(bytes, HeaderLength);
            for (const auto &[kind, keys] : { std::pair { SecretKind::Passphrase, passphraseKeys },
                                              std::pair { SecretKind::RecoveryKey, recoveryKeys } }) {
                const Opened opened = openBytes(forged, kind, keys);
                const bool inOwnSlot = kind == SecretKind::Passphrase
                    ? offset >= Slot0 && offset < Slot1
                    : offset >= Slot1 && offset < PayloadNonceOffset;
                bool expected = false;
                if (offset < 8)
                    expected = opened.error == VaultError::NotAVault;
                else if (offset < 10)
                    expected = opened.error == VaultError::UnsupportedVersion;
                else if (offset >= 12 && offset < 28) // vault id: bound into every wrapped key
                    expected = opened.error == VaultError::WrongSecret;
                else if (inOwnSlot)
                    expected = opened.error == VaultError::WrongSecret || opened.error == VaultError::Damaged;
                else
                    expected = opened.error == VaultError::Damaged;
                if (!opened.violation.isEmpty() || opened.key || !expected)
                    QFAIL(qPrintable(QStringLiteral("offset %1 mask %2 kind %3: error %4, %5")
                                         .arg(offset)
                                         .arg(quint8(mask))
                                         .arg(int(kind))
                                         .arg(int(opened.error))
                                         .arg(opened.violation)));
            }
            bytes[offset] = char(bytes[offset] ^ mask);
        }
    }

    // And once through the file with a real Argon2 run: a changed salt gives another key.
    QByteArray forged = m_small;
    forged[Slot0 + 20] = char(forged[Slot0 + 20] ^ 1);
    forged = withChecksum(forged, HeaderLength);
    const QString file = path(QStringLiteral("forged.rcvault"));
    QVERIFY(writeAll(file, forged));
    const Opened opened = readFile(file, { SecretKind::Passphrase, Passphrase });
    QVERIFY2(opened.violation.isEmpty(), qPrintable(opened.violation));
    QCOMPARE(opened.error, VaultError::WrongSecret);
    QCOMPARE(readAll(file), forged);
}

// A 1 MB payload and 10,000 random changes. Opened with the recovery key, so each read runs the whole
// of readVault after the file read (parse, HKDF, unwrap, allocate, decrypt, wipe) in about a millisecond.
void tst_VaultFile::largeVaultRandomFlipsAreRefused()
{
    VaultKey key = smallKey();
    const QString file = path(QStringLiteral("large.rcvault"));
    const QByteArray payload = crypto::Random::bytes(1000 * 1000);
    QVERIFY(writeVault(file, key, payload, nullptr));
    QByteArray bytes = readAll(file);
    const QByteArray original = bytes;
    const SlotKeyFunction recoveryKeys = derived(m_recoveryKey.view());
    QCOMPARE(openBytes(bytes, SecretKind::RecoveryKey, recoveryKeys).plaintext, payload);

    QRandomGenerator random(20240501);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 10000; ++i) {
        const auto offset = qsizetype(random.bounded(quint32(bytes.size())));
        const auto mask = char(1 + random.bounded(255));
        bytes[offset] = char(bytes[offset] ^ mask);
        const Opened opened = openBytes(bytes, SecretKind::RecoveryKey, recoveryKeys);
        if (!opened.violation.isEmpty() || opened.key || opened.error != expectedForFlip(offset))
            QFAIL(qPrintable(QStringLiteral("offset %1: error %2, %3")
                                 .arg(offset)
                                 .arg(int(opened.error))
                                 .arg(opened.violation)));
        bytes[offset] = char(bytes[offset] ^ mask);
    }
    qInfo("10,000 reads of a changed 1 MB vault in %lld ms", timer.elapsed());
    QCOMPARE(bytes, original);

    // One of them through the file.
    bytes[500 * 1000] = char(bytes[500 * 1000] ^ 4);
    QVERIFY(writeAll(file, bytes));
    const Opened opened = readFile(file, { SecretKind::RecoveryKey, m_recoveryKey.view() });
    QVERIFY2(opened.violation.isEmpty(), qPrintable(opened.violation));
    QCOMPARE(opened.error, VaultError::Damaged);
    QCOMPARE(opened.allocations, 1); // the data key was right, so the plaintext buffer was used and wiped
    QCOMPARE(readAll(file), bytes);
}

void tst_VaultFile::truncationAndJunkAreRefused()
{
    const SlotKeyFunction passphraseKeys = m_passphraseKeys->function();
    const SlotKeyFunction recoveryKeys = derived(m_recoveryKey.view());
    for (qsizetype length = 0; length < m_small.size(); ++length) {
        const QByteArrayView cut = QByteArrayView(m_small).first(length);
        for (const auto &[kind, keys] : { std::pair { SecretKind::Passphrase, passphraseKeys },
                                          std::pair { SecretKind::RecoveryKey, recoveryKeys } }) {
            const Opened opened = openBytes(cut, kind, keys);
            if (!opened.violation.isEmpty() || opened.key || opened.error != VaultError::Damaged)
                QFAIL(qPrintable(QStringLiteral("length %1: error %2, %3")
                                     .arg(length)
                                     .arg(int(opened.error))
                                     .arg(opened.violation)));
        }
    }
    for (const qsizetype junk : { 1, 16, 1024 }) {
        const QByteArray longer = m_small + crypto::Random::bytes(junk);
        QCOMPARE(openBytes(longer, SecretKind::Passphrase, passphraseKeys).error, VaultError::Damaged);
        QCOMPARE(openBytes(longer, SecretKind::RecoveryKey, recoveryKeys).error, VaultError::Damaged);
    }
    QCOMPARE(m_passphraseKeys->derivations, 1);

    // Through files: cut inside the magic, the header and the payload, and with junk appended.
    const QString file = path(QStringLiteral("cut.rcvault"));
    for (const qsizetype length :
         { qsizetype(0), qsizetype(5), qsizetype(100), HeaderLength, m_small.size() - 1 }) {
        QVERIFY(writeAll(file, QByteArrayView(m_small).first(length)));
        const Opened opened = readFile(file, { SecretKind::RecoveryKey, m_recoveryKey.view() });
        QVERIFY2(opened.violation.isEmpty(), qPrintable(opened.violation));
        QCOMPARE(opened.error, VaultError::Damaged);
    }
    QVERIFY(writeAll(file, m_small.first(m_small.size() - 1)));
    QCOMPARE(readFile(file, { SecretKind::Passphrase, Passphrase }).error, VaultError::Damaged);
    QVERIFY(writeAll(file, m_small + QByteArray(1024, '\0')));
    QCOMPARE(readFile(file, { SecretKind::RecoveryKey, m_recoveryKey.view() }).error, VaultError::Damaged);
}

void tst_VaultFile::hostileHeaders_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<VaultError>("expected");

    const auto row = [](const char *name, const RawHeader &raw, VaultError expected) {
        QTest::newRow(name) << raw.build() << expected;
    };
    const auto withSlot = [](const RawSlot &slot) {
        RawHeader raw;
        raw.keySlots[0] = slot;
        return raw;
    };
    const auto withRecovery = [](const RawSlot &slot) {
        RawHeader raw;
        raw.keySlots[1] = slot;
        return raw;
    };
    const RawSlot good;
    const auto memory = [good](quint32 value) {
        RawSlot slot = good;
        slot.memoryKiB = value;
        return slot;
    };
    const auto iterations = [good](quint32 value) {
        RawSlot slot = good;
        slot.iterations = value;
        return slot;
    };
    const auto parallelism = [good](quint32 value) {
        RawSlot slot = good;
        slot.parallelism = value;
        return slot;
    };
    const auto salt = [good](int length) {
        RawSlot slot = good;
        slot.saltLength = length;
        return slot;
    };

    // The baseline: the hand-built header is valid, so each change below is what gets refused.
    row("valid", RawHeader {}, VaultError::None);
    row(
        "one slot",
        [] {
            RawHeader raw;
            raw.keySlots.removeLast();
            return raw;
        }(),
        VaultError::None);
    row(
        "four slots",
        [good] {
            RawHeader raw;
            raw.keySlots = { good, good, good, RawSlot { 2, 2, 0, 0, 0, 64 } };
            return raw;
        }(),
        VaultError::None);
    row(
        "salt 16 and 64",
        [salt] {
            RawHeader raw;
            raw.keySlots = { salt(16), RawSlot { 2, 2, 0, 0, 0, 64 } };
            return raw;
        }(),
        VaultError::None);
    row("maximum argon2",
        withSlot(RawSlot { 1, 1, crypto::Kdf::MaximumArgon2.memoryKiB, crypto::Kdf::MaximumArgon2.iterations,
                           crypto::Kdf::MaximumArgon2.parallelism, 16 }),
        VaultError::None);

    RawHeader magic;
    magic.magic = QByteArray("SQLite f", 8);
    row("wrong magic", magic, VaultError::NotAVault);
    RawHeader version;
    for (const quint16 value : { quint16(0), quint16(2), quint16(0xffff) }) {
        version.version = value;
        QTest::newRow(qPrintable(QStringLiteral("version %1").arg(value)))
            << version.build() << VaultError::UnsupportedVersion;
    }

    row("memory 4 TiB", withSlot(memory(0xffffffff)), VaultError::Damaged);
    row("memory above maximum", withSlot(memory(crypto::Kdf::MaximumArgon2.memoryKiB + 1)),
        VaultError::Damaged);
    row("memory lowered", withSlot(memory(TestArgon2.memoryKiB - 1)), VaultError::Damaged);
    row("memory 0", withSlot(memory(0)), VaultError::Damaged);
    row("iterations 2^32-1", withSlot(iterations(0xffffffff)), VaultError::Damaged);
    row("iterations lowered", withSlot(iterations(TestArgon2.iterations - 1)), VaultError::Damaged);
    row("parallelism 0", withSlot(parallelism(0)), VaultError::Damaged);
    row("parallelism 2^32-1", withSlot(parallelism(0xffffffff)), VaultError::Damaged);
    row("salt length 0", withSlot(salt(0)), VaultError::Damaged);
    row("salt length 15", withSlot(salt(15)), VaultError::Damaged);
    row("salt length 65", withSlot(salt(65)), VaultError::Damaged);
    row("salt length 255", withSlot(salt(255)), VaultError::Damaged);
    row("recovery salt length 0", withRecovery(RawSlot { 2, 2, 0, 0, 0, 0 }), VaultError::Damaged);
    row("unknown slot kind 0", withSlot(RawSlot { 0, 1, TestArgon2.memoryKiB, 3, 1, 32 }),
        VaultError::Damaged);
    row("unknown slot kind 3", withSlot(RawSlot { 3, 1, TestArgon2.memoryKiB, 3, 1, 32 }),
        VaultError::Damaged);
    row("passphrase with hkdf", withSlot(RawSlot { 1, 2, 0, 0, 0, 32 }), VaultError::Damaged);
    row("recovery with argon2", withRecovery(RawSlot { 2, 1, TestArgon2.memoryKiB, 3, 1, 32 }),
        VaultError::Damaged);
    row("unknown kdf", withSlot(RawSlot { 1, 3, TestArgon2.memoryKiB, 3, 1, 32 }), VaultError::Damaged);
    row("recovery with parameters", withRecovery(RawSlot { 2, 2, 0, 1, 0, 32 }), VaultError::Damaged);

    for (const int count : { 0, 5, 200, 255 }) {
        RawHeader raw;
        raw.slotCount = count;
        QTest::newRow(qPrintable(QStringLiteral("slot count %1").arg(count)))
            << raw.build() << VaultError::Damaged;
    }
    RawHeader fewer;
    fewer.slotCount = 1; // two slots follow
    row("slot count below slots", fewer, VaultError::Damaged);
    RawHeader more;
    more.slotCount = 3; // two slots follow
    row("slot count above slots", more, VaultError::Damaged);
    RawHeader five;
    five.keySlots = { good, good, good, good, good };
    row("five slots", five, VaultError::Damaged);

    for (const int length : { 0, 155, 278, 280, 621, 622, 0xffff }) {
        RawHeader raw;
        raw.headerLength = length;
        QTest::newRow(qPrintable(QStringLiteral("header length %1").arg(length)))
            << raw.build() << VaultError::Damaged;
    }
    RawHeader extra;
    extra.extraBytes = 1;
    row("unparsed bytes in header", extra, VaultError::Damaged);
    RawHeader checksum;
    checksum.badChecksum = true;
    row("wrong checksum", checksum, VaultError::Damaged);
}

void tst_VaultFile::hostileHeaders()
{
    QFETCH(QByteArray, header);
    QFETCH(VaultError, expected);

    QElapsedTimer timer;
    timer.start();
    VaultError error = VaultError::Io;
    const std::optional<VaultHeader> parsed = parseHeader(header, &error);
    QCOMPARE(error, expected);
    QCOMPARE(parsed.has_value(), expected == VaultError::None);
    if (parsed)
        QCOMPARE(parsed->serialize(), header); // the format is canonical
    QVERIFY(timer.elapsed() < 50);

    // The same header at the start of a file: readVault refuses it as fast, without allocating a buffer
    // for the plaintext or running a KDF (an Argon2 run with 2^32-1 passes would never end). A valid
    // header with made-up slots is read up to the recovery slot, which does not open.
    const QString file = path(QStringLiteral("hostile.rcvault"));
    QVERIFY(writeAll(file, header + QByteArray(64, '\x77') + QByteArray(16, '\x88')));
    timer.restart();
    const Opened opened = readFile(file, { SecretKind::RecoveryKey, m_recoveryKey.view() });
    QVERIFY2(opened.violation.isEmpty(), qPrintable(opened.violation));
    QVERIFY(!opened.key);
    QCOMPARE(opened.allocations, 0);
    QCOMPARE(opened.error, expected == VaultError::None ? VaultError::WrongSecret : expected);
    QVERIFY(timer.elapsed() < 50);
    if (expected != VaultError::None) {
        const Opened byPassphrase = readFile(file, { SecretKind::Passphrase, Passphrase });
        QCOMPARE(byPassphrase.error, expected);
        QVERIFY(timer.elapsed() < 100);
    }
}

void tst_VaultFile::readRefusesWhatIsNoVaultFile()
{
    const Secret secret { SecretKind::RecoveryKey, m_recoveryKey.view() };
    QCOMPARE(readFile(path(QStringLiteral("missing.rcvault")), secret).error, VaultError::NotFound);
    QCOMPARE(readFile(m_dir->path(), secret).error, VaultError::Io);
    const QString fifo = path(QStringLiteral("fifo.rcvault"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QCOMPARE(readFile(fifo, secret).error, VaultError::Io); // refused, not waiting for a writer
    QFile::remove(fifo);

    const QString text = path(QStringLiteral("notes.txt"));
    QVERIFY(
        writeAll(text, "Dear diary, today I wrote a text file that is long enough to be a header. ....."));
    QCOMPARE(readFile(text, secret).error, VaultError::NotAVault);

    // Larger than the limit (a sparse file): refused from its size, before anything is read.
    const QString huge = path(QStringLiteral("huge.rcvault"));
    {
        QFile file(huge);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(m_small) == m_small.size());
        QVERIFY(file.resize(MaximumFileSize + 1));
    }
    QElapsedTimer timer;
    timer.start();
    const Opened opened = readFile(huge, secret);
    QCOMPARE(opened.error, VaultError::Damaged);
    QCOMPARE(opened.allocations, 0);
    QVERIFY(timer.elapsed() < 100);
    QFile::remove(huge);
}

void tst_VaultFile::writeFailureKeepsOldFile()
{
    VaultKey key = smallKey();
    QTemporaryDir folder;
    QVERIFY(folder.isValid());

    // The folder is gone.
    const QString gone = folder.filePath(QStringLiteral("gone"));
    QVERIFY(QDir().mkdir(gone));
    QVERIFY(QDir().rmdir(gone));
    VaultError error = VaultError::None;
    QVERIFY(!writeVault(gone + QStringLiteral("/vault.rcvault"), key, SmallPayload, &error));
    QCOMPARE(error, VaultError::Io);
    QVERIFY(!QFileInfo::exists(gone));

    // The path is a folder (with something in it, which must stay).
    const QString directory = folder.filePath(QStringLiteral("vault.rcvault"));
    QVERIFY(QDir().mkdir(directory));
    QVERIFY(writeAll(directory + QStringLiteral("/inside"), "x"));
    error = VaultError::None;
    QVERIFY(!writeVault(directory, key, SmallPayload, &error));
    QCOMPARE(error, VaultError::Io);
    QVERIFY(QFileInfo(directory).isDir());
    QCOMPARE(readAll(directory + QStringLiteral("/inside")), QByteArray("x"));
    QVERIFY(temporaryFiles(folder.path()).isEmpty());
    QCOMPARE(key.generation(), quint64(1));
}

// The disk fills up halfway through the temporary file (a file size limit stands in for a full disk):
// the old vault stays as it was, no temporary file is left, and the next write succeeds.
void tst_VaultFile::writeFailureMidwayKeepsOldFile()
{
    VaultKey key = smallKey();
    const QString file = path(QStringLiteral("full-disk.rcvault"));
    QVERIFY(writeAll(file, m_small));
    const QByteArray large = crypto::Random::bytes(256 * 1024);

    std::signal(SIGXFSZ, SIG_IGN);
    rlimit original {};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &original), 0);
    rlimit limited = original;
    limited.rlim_cur = 64 * 1024;
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &limited), 0);
    VaultError error = VaultError::None;
    const bool written = writeVault(file, key, large, &error);
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &original), 0);

    QVERIFY(!written);
    QCOMPARE(error, VaultError::Io);
    QCOMPARE(readAll(file), m_small);
    QVERIFY(temporaryFiles(m_dir->path()).isEmpty());
    QCOMPARE(key.generation(), quint64(1));
    const Opened old = readFile(file, { SecretKind::RecoveryKey, m_recoveryKey.view() });
    QCOMPARE(old.plaintext, SmallPayload);

    QVERIFY(writeVault(file, key, large, &error));
    QCOMPARE(key.generation(), quint64(2));
    const Opened opened = readFile(file, { SecretKind::RecoveryKey, m_recoveryKey.view() });
    QCOMPARE(opened.plaintext, large);
    QCOMPARE(opened.key->generation(), quint64(2));
}

QTEST_GUILESS_MAIN(tst_VaultFile)
#include "tst_vaultfile.moc"
