// The encrypted file of one document (app/core/vault/DocumentFile, docs/vault-format.md "Documents"):
// round trips from empty to 20 MB (streamed), a wrong key, a flipped byte in every region, truncation,
// appended junk, reordered chunks and hostile headers, all refused before any unauthenticated byte
// reaches the caller; the key wrapping; and one decryption with the crypto layer alone, following the
// document, so code and format description cannot drift apart.
#include "VaultTestSupport.h"
#include "crypto/Aead.h"
#include "crypto/Digest.h"
#include "crypto/Random.h"
#include "vault/DocumentFile.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <limits>
#include <sys/stat.h>
#include <unistd.h>

using namespace rc;
using namespace rc::vault;
using crypto::SecureBuffer;
using DocumentFile::ChunkSize;
using DocumentFile::HeaderSize;
using DocumentFile::TagSize;

namespace {

constexpr qint64 ChunkStride = qint64(ChunkSize) + TagSize; // one chunk on disk

bool writeFile(const QString &path, QByteArrayView bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes.data(), bytes.size()) == bytes.size();
}

// What a sink received: every byte, and the size of each call.
struct Received
{
    QByteArray bytes;
    QList<qsizetype> chunks;

    DocumentFile::ChunkSink sink()
    {
        return [this](QByteArrayView chunk) {
            bytes.append(chunk);
            chunks.append(chunk.size());
            return true;
        };
    }
};

// A device that claims one size and delivers another (a file that changes while it is imported), or
// that is sequential.
class SizedDevice : public QIODevice
{
public:
    SizedDevice(QByteArray data, qint64 claimedSize, bool sequential)
        : m_data(std::move(data))
        , m_claimedSize(claimedSize)
        , m_sequential(sequential)
    {
    }
    bool isSequential() const override { return m_sequential; }
    qint64 size() const override { return m_claimedSize; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin<qint64>(maxSize, m_data.size() - m_offset);
        std::memcpy(data, m_data.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_claimedSize = 0;
    bool m_sequential = false;
    qint64 m_offset = 0;
};

QByteArray nonceFor(quint64 index)
{
    QByteArray nonce(4, '\0');
    char bytes[8];
    qToBigEndian(index, bytes);
    return nonce + QByteArray(bytes, 8);
}

QByteArray associatedDataFor(QByteArrayView header, quint64 index, bool last)
{
    char bytes[8];
    qToLittleEndian(index, bytes);
    return header.toByteArray() + QByteArray(bytes, 8) + QByteArray(1, last ? '\1' : '\0');
}

} // namespace

class tst_DocumentFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void roundTrip_data();
    void roundTrip();
    void twentyMegabytesStream();
    void encryptsFromTheDevicePosition();
    void layoutMatchesDocs();
    void describeTooLarge();

    void wrongKeyIsDamaged();
    void everyFlippedHeaderByteIsRefused();
    void flippedByteInAChunk_data();
    void flippedByteInAChunk();
    void truncationIsRefused_data();
    void truncationIsRefused();
    void appendedJunkIsRefused_data();
    void appendedJunkIsRefused();
    void swappedChunksAreRefused();
    void hostileHeaders_data();
    void hostileHeaders();
    void oversizedClaimsAreRefusedBeforeAllocation();
    void notADocumentFile();

    void sinkMayStopEarly();
    void decryptToMemoryRespectsMaxSize();

    void encryptRefusesBadInput();
    void sourceThatChangesSizeIsRefused();
    void tooLargeSourceLeavesNothing();
    void existingTargetIsKept();

    void keyWrapping();

private:
    QString encrypt(const QByteArray &plaintext, const SecureBuffer &key, QByteArray *fileId = nullptr);
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QStringList leftovers() const;

    QTemporaryDir m_dir;
    SecureBuffer m_key;
    QByteArray m_fiveChunks; // 4 full chunks and a short one
    QString m_fiveChunksPath;
    int m_counter = 0;
};

void tst_DocumentFile::initTestCase()
{
    rc::test::setUpVaultTest();
    QVERIFY(m_dir.isValid());
    m_key = DocumentFile::newKey();
    QVERIFY(m_key.isValid() && m_key.size() == DocumentFile::KeySize);
    m_fiveChunks = crypto::Random::bytes(4 * qsizetype(ChunkSize) + 1234);
    m_fiveChunksPath = encrypt(m_fiveChunks, m_key);
    QVERIFY(!m_fiveChunksPath.isEmpty());
}

QString tst_DocumentFile::encrypt(const QByteArray &plaintext, const SecureBuffer &key, QByteArray *fileId)
{
    const QString source = path(QStringLiteral("source-%1").arg(++m_counter));
    const QString target = path(QStringLiteral("doc-%1.rcd").arg(m_counter));
    if (!writeFile(source, plaintext))
        return {};
    const QByteArray id = DocumentFile::newFileId();
    VaultError error = VaultError::Io;
    const bool ok = DocumentFile::encryptFile(source, target, key, id, &error);
    QFile::remove(source);
    if (!ok || error != VaultError::None)
        return {};
    if (fileId)
        *fileId = id;
    return target;
}

QStringList tst_DocumentFile::leftovers() const
{
    return QDir(m_dir.path()).entryList({ QStringLiteral("*.tmp-*") }, QDir::Files | QDir::Hidden);
}

void tst_DocumentFile::roundTrip_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::newRow("empty") << qsizetype(0);
    QTest::newRow("one byte") << qsizetype(1);
    QTest::newRow("one chunk less one") << qsizetype(ChunkSize - 1);
    QTest::newRow("exactly one chunk") << qsizetype(ChunkSize);
    QTest::newRow("one chunk and one byte") << qsizetype(ChunkSize + 1);
    QTest::newRow("exactly three chunks") << qsizetype(3 * ChunkSize);
    QTest::newRow("three chunks and a bit") << qsizetype(3 * ChunkSize + 777);
}

void tst_DocumentFile::roundTrip()
{
    QFETCH(qsizetype, size);
    const QByteArray plaintext = crypto::Random::bytes(size);
    QByteArray fileId;
    const QString file = encrypt(plaintext, m_key, &fileId);
    QVERIFY(!file.isEmpty());
    QVERIFY(leftovers().isEmpty());

    // Exactly header + plaintext + one tag per chunk, at least one chunk.
    const qint64 chunks = size == 0 ? 1 : (size + ChunkSize - 1) / ChunkSize;
    QCOMPARE(QFileInfo(file).size(), HeaderSize + size + chunks * TagSize);
    struct stat info = {};
    QCOMPARE(::stat(QFile::encodeName(file).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, mode_t(0600));

    VaultError error = VaultError::Io;
    const std::optional<DocumentFile::Header> header = DocumentFile::readHeader(file, &error);
    QVERIFY(header);
    QCOMPARE(error, VaultError::None);
    QCOMPARE(header->fileId, fileId);
    QCOMPARE(header->plaintextSize, quint64(size));
    QCOMPARE(header->chunkCount(), chunks);

    Received received;
    error = VaultError::Io;
    QVERIFY(DocumentFile::decrypt(file, m_key, received.sink(), &error));
    QCOMPARE(error, VaultError::None);
    QCOMPARE(received.bytes, plaintext);
    QCOMPARE(received.chunks.size(), size == 0 ? 0 : qsizetype(chunks)); // never an empty chunk
    for (const qsizetype chunk : std::as_const(received.chunks))
        QVERIFY(chunk > 0 && chunk <= qsizetype(ChunkSize));

    error = VaultError::Io;
    std::optional<QByteArray> whole = DocumentFile::decryptToMemory(file, m_key, size, &error);
    QVERIFY(whole);
    QCOMPARE(error, VaultError::None);
    QCOMPARE(*whole, plaintext);
    crypto::cleanse(*whole);

    // The plaintext is nowhere in the file (checked for sizes where a match would mean something).
    if (size >= 16)
        QVERIFY(!rc::test::readAll(file).contains(plaintext.first(16)));
}

void tst_DocumentFile::twentyMegabytesStream()
{
    // Written and hashed 1 MiB at a time; the decrypted stream is hashed as it arrives, so neither side
    // ever holds the document.
    constexpr qint64 Size = 20 * 1000 * 1000 + 17;
    const QString source = path(QStringLiteral("twenty.pdf"));
    crypto::Sha256 sourceHash;
    {
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (qint64 written = 0; written < Size;) {
            const QByteArray piece = crypto::Random::bytes(qMin<qint64>(Size - written, 1 << 20));
            sourceHash.addData(piece);
            QCOMPARE(file.write(piece), qint64(piece.size()));
            written += piece.size();
        }
    }
    const QString target = path(QStringLiteral("twenty.rcd"));
    VaultError error = VaultError::Io;
    QVERIFY(DocumentFile::encryptFile(source, target, m_key, DocumentFile::newFileId(), &error));
    QCOMPARE(error, VaultError::None);
    const qint64 chunks = (Size + ChunkSize - 1) / ChunkSize;
    QCOMPARE(QFileInfo(target).size(), HeaderSize + Size + chunks * TagSize);

    crypto::Sha256 streamHash;
    qint64 received = 0;
    qsizetype largest = 0;
    int calls = 0;
    const auto sink = [&](QByteArrayView chunk) {
        streamHash.addData(chunk);
        received += chunk.size();
        largest = qMax(largest, chunk.size());
        ++calls;
        return true;
    };
    QVERIFY(DocumentFile::decrypt(target, m_key, sink, &error));
    QCOMPARE(error, VaultError::None);
    QCOMPARE(received, Size);
    QCOMPARE(calls, int(chunks));
    QCOMPARE(largest, qsizetype(ChunkSize));
    QCOMPARE(streamHash.result().toHex(), sourceHash.result().toHex());
    QFile::remove(source);
    QFile::remove(target);
}

void tst_DocumentFile::encryptsFromTheDevicePosition()
{
    QByteArray bytes = QByteArrayLiteral("skip this|the letter");
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QVERIFY(buffer.seek(10));
    const QString target = path(QStringLiteral("from-position.rcd"));
    VaultError error = VaultError::Io;
    QVERIFY(DocumentFile::encryptFile(&buffer, target, m_key, DocumentFile::newFileId(), &error));
    const std::optional<QByteArray> plain = DocumentFile::decryptToMemory(target, m_key, 1024, &error);
    QVERIFY(plain);
    QCOMPARE(*plain, QByteArrayLiteral("the letter"));
}

// Decrypts with the crypto layer alone, following docs/vault-format.md, section "Documents".
void tst_DocumentFile::layoutMatchesDocs()
{
    const QByteArray file = rc::test::readAll(m_fiveChunksPath);
    QCOMPARE(file.first(8), QByteArray("RCDOC\0\0\0", 8));
    QCOMPARE(qFromLittleEndian<quint16>(file.constData() + 8), quint16(1));
    const QByteArray header = file.first(38);
    QCOMPARE(qFromLittleEndian<quint32>(file.constData() + 26), quint32(65536));
    QCOMPARE(qFromLittleEndian<quint64>(file.constData() + 30), quint64(m_fiveChunks.size()));
    const std::optional<DocumentFile::Header> parsed = DocumentFile::readHeader(m_fiveChunksPath, nullptr);
    QVERIFY(parsed);
    QCOMPARE(parsed->fileId, file.sliced(10, 16));

    QByteArray plaintext;
    qsizetype offset = 38;
    for (quint64 index = 0; index < 5; ++index) {
        const bool last = index == 4;
        const qsizetype size = last ? m_fiveChunks.size() - 4 * 65536 : 65536;
        QByteArray out(size, Qt::Uninitialized);
        QVERIFY(crypto::Aead::decrypt(m_key, nonceFor(index), associatedDataFor(header, index, last),
                                      QByteArrayView(file).sliced(offset, size),
                                      QByteArrayView(file).sliced(offset + size, 16),
                                      reinterpret_cast<unsigned char *>(out.data())));
        plaintext += out;
        offset += size + 16;
    }
    QCOMPARE(offset, file.size());
    QCOMPARE(plaintext, m_fiveChunks);
}

void tst_DocumentFile::describeTooLarge()
{
    const QString text = describe(VaultError::TooLarge);
    QVERIFY(!text.isEmpty() && text.endsWith(QLatin1Char('.')));
    QVERIFY(text != describe(VaultError::Io) && text != describe(VaultError::OutOfMemory));
}

void tst_DocumentFile::wrongKeyIsDamaged()
{
    const SecureBuffer otherKey = DocumentFile::newKey();
    Received received;
    VaultError error = VaultError::None;
    QVERIFY(!DocumentFile::decrypt(m_fiveChunksPath, otherKey, received.sink(), &error));
    QCOMPARE(error, VaultError::Damaged);
    QVERIFY(received.bytes.isEmpty());
    QVERIFY(!DocumentFile::decryptToMemory(m_fiveChunksPath, otherKey, 1 << 20, &error));
    QCOMPARE(error, VaultError::Damaged);
    // An invalid key is a programming error, refused before the file is read.
    QVERIFY(!DocumentFile::decrypt(m_fiveChunksPath, SecureBuffer(), received.sink(), &error));
    QCOMPARE(error, VaultError::Io);
}

void tst_DocumentFile::everyFlippedHeaderByteIsRefused()
{
    const QByteArray original = rc::test::readAll(m_fiveChunksPath);
    const QString damaged = path(QStringLiteral("flipped-header.rcd"));
    for (qsizetype offset = 0; offset < HeaderSize; ++offset) {
        QByteArray bytes = original;
        bytes[offset] = char(bytes.at(offset) ^ 0x01);
        QVERIFY(writeFile(damaged, bytes));
        Received received;
        VaultError error = VaultError::None;
        QVERIFY2(!DocumentFile::decrypt(damaged, m_key, received.sink(), &error),
                 qPrintable(QString::number(offset)));
        // The version is the one header field with its own answer: made by a newer app.
        const VaultError expected
            = (offset == 8 || offset == 9) ? VaultError::UnsupportedVersion : VaultError::Damaged;
        QCOMPARE(error, expected);
        QVERIFY(received.bytes.isEmpty());
    }
}

void tst_DocumentFile::flippedByteInAChunk_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<int>("damagedChunk");
    const qint64 lastSize = m_fiveChunks.size() - 4 * qint64(ChunkSize);
    const qint64 fileSize = HeaderSize + m_fiveChunks.size() + 5 * TagSize;
    QTest::newRow("first chunk, first byte") << qint64(HeaderSize) << 0;
    QTest::newRow("first chunk, middle") << qint64(HeaderSize + 30000) << 0;
    QTest::newRow("first chunk, tag") << qint64(HeaderSize + ChunkSize + 3) << 0;
    QTest::newRow("middle chunk") << qint64(HeaderSize + 2 * ChunkStride + 12345) << 2;
    QTest::newRow("middle chunk, tag") << qint64(HeaderSize + 2 * ChunkStride + ChunkSize) << 2;
    QTest::newRow("last chunk") << qint64(HeaderSize + 4 * ChunkStride + lastSize / 2) << 4;
    QTest::newRow("last tag, first byte") << qint64(fileSize - TagSize) << 4;
    QTest::newRow("last tag, last byte") << qint64(fileSize - 1) << 4;
}

void tst_DocumentFile::flippedByteInAChunk()
{
    QFETCH(qint64, offset);
    QFETCH(int, damagedChunk);
    QByteArray bytes = rc::test::readAll(m_fiveChunksPath);
    bytes[offset] = char(bytes.at(offset) ^ 0x80);
    const QString damaged = path(QStringLiteral("flipped-chunk.rcd"));
    QVERIFY(writeFile(damaged, bytes));

    Received received;
    VaultError error = VaultError::None;
    QVERIFY(!DocumentFile::decrypt(damaged, m_key, received.sink(), &error));
    QCOMPARE(error, VaultError::Damaged);
    // Only the chunks before the damaged one, whole and exactly as they were.
    QCOMPARE(received.bytes, m_fiveChunks.first(qsizetype(damagedChunk) * ChunkSize));
    QCOMPARE(received.chunks.size(), damagedChunk);

    QVERIFY(!DocumentFile::decryptToMemory(damaged, m_key, m_fiveChunks.size(), &error));
    QCOMPARE(error, VaultError::Damaged);
}

void tst_DocumentFile::truncationIsRefused_data()
{
    QTest::addColumn<qint64>("length");
    const qint64 fileSize = HeaderSize + m_fiveChunks.size() + 5 * TagSize;
    QTest::newRow("empty") << qint64(0);
    QTest::newRow("half the magic") << qint64(4);
    QTest::newRow("header less one") << qint64(HeaderSize - 1);
    QTest::newRow("header only") << qint64(HeaderSize);
    QTest::newRow("header and one byte") << qint64(HeaderSize + 1);
    QTest::newRow("first chunk without its tag") << qint64(HeaderSize + ChunkSize);
    QTest::newRow("at the first chunk boundary") << qint64(HeaderSize + ChunkStride);
    QTest::newRow("at the third chunk boundary") << qint64(HeaderSize + 3 * ChunkStride);
    QTest::newRow("whole last chunk dropped") << qint64(HeaderSize + 4 * ChunkStride);
    QTest::newRow("last tag dropped") << qint64(fileSize - TagSize);
    QTest::newRow("one byte short") << qint64(fileSize - 1);
}

void tst_DocumentFile::truncationIsRefused()
{
    QFETCH(qint64, length);
    const QString cut = path(QStringLiteral("cut.rcd"));
    QVERIFY(writeFile(cut, rc::test::readAll(m_fiveChunksPath).first(length)));
    Received received;
    VaultError error = VaultError::None;
    QVERIFY(!DocumentFile::decrypt(cut, m_key, received.sink(), &error));
    QCOMPARE(error, VaultError::Damaged);
    QVERIFY(received.bytes.isEmpty()); // the size is checked before the first chunk

    // The same cut with the header's size rewritten to fit: the header is authenticated with every
    // chunk, and the new last chunk was not written as the last one.
    if (length > HeaderSize && (length - HeaderSize) % ChunkStride == 0) {
        QByteArray bytes = rc::test::readAll(cut);
        const qint64 chunks = (length - HeaderSize) / ChunkStride;
        qToLittleEndian(quint64(chunks * ChunkSize), bytes.data() + 30);
        QVERIFY(writeFile(cut, bytes));
        Received again;
        QVERIFY(!DocumentFile::decrypt(cut, m_key, again.sink(), &error));
        QCOMPARE(error, VaultError::Damaged);
        QVERIFY(again.bytes.isEmpty());
    }
}

void tst_DocumentFile::appendedJunkIsRefused_data()
{
    QTest::addColumn<QByteArray>("junk");
    QTest::newRow("one byte") << QByteArray(1, '\0');
    QTest::newRow("a tag's worth") << crypto::Random::bytes(TagSize);
    QTest::newRow("a whole chunk") << crypto::Random::bytes(ChunkStride);
}

void tst_DocumentFile::appendedJunkIsRefused()
{
    QFETCH(QByteArray, junk);
    const QString longer = path(QStringLiteral("longer.rcd"));
    QVERIFY(writeFile(longer, rc::test::readAll(m_fiveChunksPath) + junk));
    Received received;
    VaultError error = VaultError::None;
    QVERIFY(!DocumentFile::decrypt(longer, m_key, received.sink(), &error));
    QCOMPARE(error, VaultError::Damaged);
    QVERIFY(received.bytes.isEmpty());

    // A copy of the last chunk appended, with the header's size rewritten to include it: refused too.
    const QByteArray original = rc::test::readAll(m_fiveChunksPath);
    QByteArray bytes = original.first(HeaderSize + 4 * ChunkStride); // four full chunks
    bytes += original.sliced(HeaderSize + 3 * ChunkStride, ChunkStride); // chunk 3 again, as chunk 4
    qToLittleEndian(quint64(5 * ChunkSize), bytes.data() + 30);
    QVERIFY(writeFile(longer, bytes));
    Received again;
    QVERIFY(!DocumentFile::decrypt(longer, m_key, again.sink(), &error));
    QCOMPARE(error, VaultError::Damaged);
    QVERIFY(again.bytes.isEmpty());
}

void tst_DocumentFile::swappedChunksAreRefused()
{
    const QByteArray original = rc::test::readAll(m_fiveChunksPath);
    const auto chunk
        = [&](int index) { return original.sliced(HeaderSize + index * ChunkStride, ChunkStride); };
    const QString swapped = path(QStringLiteral("swapped.rcd"));

    // Chunks 0 and 1 swapped: nothing comes out.
    QByteArray bytes = original;
    bytes.replace(HeaderSize, ChunkStride, chunk(1));
    bytes.replace(HeaderSize + ChunkStride, ChunkStride, chunk(0));
    QCOMPARE(bytes.size(), original.size());
    QVERIFY(writeFile(swapped, bytes));
    Received received;
    VaultError error = VaultError::None;
    QVERIFY(!DocumentFile::decrypt(swapped, m_key, received.sink(), &error));
    QCOMPARE(error, VaultError::Damaged);
    QVERIFY(received.bytes.isEmpty());

    // Chunks 2 and 3 swapped: chunks 0 and 1 only.
    bytes = original;
    bytes.replace(HeaderSize + 2 * ChunkStride, ChunkStride, chunk(3));
    bytes.replace(HeaderSize + 3 * ChunkStride, ChunkStride, chunk(2));
    QVERIFY(writeFile(swapped, bytes));
    Received partial;
    QVERIFY(!DocumentFile::decrypt(swapped, m_key, partial.sink(), &error));
    QCOMPARE(error, VaultError::Damaged);
    QCOMPARE(partial.bytes, m_fiveChunks.first(2 * ChunkSize));

    // A chunk of another file with the same key (never done, but the file id binds chunks anyway).
    QByteArray otherId;
    const QString other = encrypt(m_fiveChunks, m_key, &otherId);
    QVERIFY(!other.isEmpty());
    bytes = original;
    bytes.replace(HeaderSize + ChunkStride, ChunkStride,
                  rc::test::readAll(other).sliced(HeaderSize + ChunkStride, ChunkStride));
    QVERIFY(writeFile(swapped, bytes));
    Received mixed;
    QVERIFY(!DocumentFile::decrypt(swapped, m_key, mixed.sink(), &error));
    QCOMPARE(error, VaultError::Damaged);
    QCOMPARE(mixed.bytes, m_fiveChunks.first(ChunkSize));
}

void tst_DocumentFile::hostileHeaders_data()
{
    QTest::addColumn<quint32>("chunkSize");
    QTest::addColumn<quint64>("plaintextSize");
    QTest::addColumn<qint64>("fileSize"); // what the file on disk really has after the header
    const quint64 top = quint64(1) << 63;
    QTest::newRow("2^63 bytes") << ChunkSize << top << qint64(ChunkStride);
    QTest::newRow("2^64 - 1 bytes") << ChunkSize << ~quint64(0) << qint64(ChunkStride);
    QTest::newRow("2^63 bytes, chunk 1") << quint32(1) << top << qint64(17);
    QTest::newRow("chunk size 0") << quint32(0) << quint64(10) << qint64(10 + TagSize);
    QTest::newRow("chunk size 0, empty") << quint32(0) << quint64(0) << qint64(TagSize);
    QTest::newRow("chunk size 1 GiB") << (quint32(1) << 30) << quint64(10) << qint64(10 + TagSize);
    QTest::newRow("chunk size 4 GiB - 1") << ~quint32(0) << quint64(10) << qint64(10 + TagSize);
    QTest::newRow("chunk size 32 KiB") << quint32(32768) << quint64(10) << qint64(10 + TagSize);
    QTest::newRow("chunk size 64 KiB + 1") << quint32(65537) << quint64(10) << qint64(10 + TagSize);
    QTest::newRow("size says more than the file") << ChunkSize << quint64(100) << qint64(10 + TagSize);
    QTest::newRow("size says less than the file") << ChunkSize << quint64(5) << qint64(10 + TagSize);
    QTest::newRow("no tag for an empty document") << ChunkSize << quint64(0) << qint64(0);
}

void tst_DocumentFile::hostileHeaders()
{
    QFETCH(quint32, chunkSize);
    QFETCH(quint64, plaintextSize);
    QFETCH(qint64, fileSize);
    DocumentFile::Header header;
    header.fileId = DocumentFile::newFileId();
    header.chunkSize = chunkSize;
    header.plaintextSize = plaintextSize;
    const QByteArray headerBytes = header.serialize();

    VaultError error = VaultError::None;
    QVERIFY(!DocumentFile::parseHeader(headerBytes, HeaderSize + fileSize, &error));
    QCOMPARE(error, VaultError::Damaged);

    const QString hostile = path(QStringLiteral("hostile.rcd"));
    QVERIFY(writeFile(hostile, headerBytes + crypto::Random::bytes(fileSize)));
    QElapsedTimer timer;
    timer.start();
    Received received;
    QVERIFY(!DocumentFile::decrypt(hostile, m_key, received.sink(), &error));
    QCOMPARE(error, VaultError::Damaged);
    QVERIFY(received.bytes.isEmpty());
    // decryptToMemory allocates only after the header has passed: Damaged, never OutOfMemory or TooLarge.
    QVERIFY(!DocumentFile::decryptToMemory(hostile, m_key, std::numeric_limits<qsizetype>::max(), &error));
    QCOMPARE(error, VaultError::Damaged);
    QVERIFY(!DocumentFile::readHeader(hostile, &error));
    QCOMPARE(error, VaultError::Damaged);
    QVERIFY(timer.elapsed() < 1000);
}

// A header claiming more than the limit, on a (sparse) file of exactly the size it implies: refused by
// the bound alone. A header at the limit passes the parser, and decryptToMemory then refuses a
// smaller maxSize before allocating anything.
void tst_DocumentFile::oversizedClaimsAreRefusedBeforeAllocation()
{
    const auto sparse = [this](quint64 plaintextSize, DocumentFile::Header *header) {
        header->fileId = DocumentFile::newFileId();
        header->plaintextSize = plaintextSize;
        const QString name = path(QStringLiteral("sparse-%1.rcd").arg(plaintextSize));
        QFile file(name);
        if (!file.open(QIODevice::WriteOnly) || file.write(header->serialize()) != HeaderSize)
            return QString();
        const qint64 chunks = qint64((plaintextSize + ChunkSize - 1) / ChunkSize);
        if (!file.resize(HeaderSize + qint64(plaintextSize) + chunks * TagSize))
            return QString();
        return name;
    };

    DocumentFile::Header oneGiB;
    const QString huge = sparse(quint64(1) << 30, &oneGiB);
    QVERIFY(!huge.isEmpty());
    QCOMPARE(QFileInfo(huge).size(), oneGiB.fileSize());
    VaultError error = VaultError::None;
    Received received;
    QVERIFY(!DocumentFile::decrypt(huge, m_key, received.sink(), &error));
    QCOMPARE(error, VaultError::Damaged);
    QVERIFY(!DocumentFile::decryptToMemory(huge, m_key, std::numeric_limits<qsizetype>::max(), &error));
    QCOMPARE(error, VaultError::Damaged);

    DocumentFile::Header justAbove;
    const QString above = sparse(quint64(DocumentFile::MaximumPlaintextSize) + 1, &justAbove);
    QVERIFY(!above.isEmpty());
    QVERIFY(!DocumentFile::readHeader(above, &error));
    QCOMPARE(error, VaultError::Damaged);

    DocumentFile::Header atLimit;
    const QString limit = sparse(quint64(DocumentFile::MaximumPlaintextSize), &atLimit);
    QVERIFY(!limit.isEmpty());
    QVERIFY(DocumentFile::readHeader(limit, &error));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!DocumentFile::decryptToMemory(limit, m_key, 1 << 20, &error));
    QCOMPARE(error, VaultError::TooLarge);
    QVERIFY(timer.elapsed() < 1000);
    // With room for it, the first chunk (zeros, not ciphertext) fails and nothing is returned.
    QVERIFY(!DocumentFile::decrypt(limit, m_key, received.sink(), &error));
    QCOMPARE(error, VaultError::Damaged);
    QVERIFY(received.bytes.isEmpty());
    QFile::remove(huge);
    QFile::remove(above);
    QFile::remove(limit);
}

void tst_DocumentFile::notADocumentFile()
{
    Received received;
    VaultError error = VaultError::None;
    QVERIFY(!DocumentFile::decrypt(path(QStringLiteral("missing.rcd")), m_key, received.sink(), &error));
    QCOMPARE(error, VaultError::NotFound);
    QVERIFY(!DocumentFile::decrypt(m_dir.path(), m_key, received.sink(), &error));
    QCOMPARE(error, VaultError::Io);

    // A FIFO is refused at once instead of blocking on a writer that never comes.
    const QString fifo = path(QStringLiteral("fifo.rcd"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!DocumentFile::decrypt(fifo, m_key, received.sink(), &error));
    QCOMPARE(error, VaultError::Io);
    QVERIFY(timer.elapsed() < 1000);
    QFile::remove(fifo);

    // A vault file, a PDF: damaged as far as a document is concerned.
    const QString other = path(QStringLiteral("other.rcd"));
    QVERIFY(writeFile(other, QByteArrayLiteral("RCVAULT") + QByteArray(200, '\0')));
    QVERIFY(!DocumentFile::decrypt(other, m_key, received.sink(), &error));
    QCOMPARE(error, VaultError::Damaged);
    QVERIFY(writeFile(other, QByteArrayLiteral("%PDF-1.7\n") + QByteArray(100, 'x')));
    QVERIFY(!DocumentFile::decrypt(other, m_key, received.sink(), &error));
    QCOMPARE(error, VaultError::Damaged);
    QVERIFY(received.bytes.isEmpty());
}

void tst_DocumentFile::sinkMayStopEarly()
{
    QByteArray got;
    int calls = 0;
    const auto sink = [&](QByteArrayView chunk) {
        got.append(chunk);
        return ++calls < 2;
    };
    VaultError error = VaultError::Io;
    QVERIFY(DocumentFile::decrypt(m_fiveChunksPath, m_key, sink, &error));
    QCOMPARE(error, VaultError::None);
    QCOMPARE(calls, 2);
    QCOMPARE(got, m_fiveChunks.first(2 * ChunkSize));
}

void tst_DocumentFile::decryptToMemoryRespectsMaxSize()
{
    VaultError error = VaultError::None;
    const qsizetype size = m_fiveChunks.size();
    QVERIFY(!DocumentFile::decryptToMemory(m_fiveChunksPath, m_key, size - 1, &error));
    QCOMPARE(error, VaultError::TooLarge);
    QVERIFY(!DocumentFile::decryptToMemory(m_fiveChunksPath, m_key, -1, &error));
    QCOMPARE(error, VaultError::TooLarge);
    std::optional<QByteArray> whole = DocumentFile::decryptToMemory(m_fiveChunksPath, m_key, size, &error);
    QVERIFY(whole);
    QCOMPARE(error, VaultError::None);
    QCOMPARE(*whole, m_fiveChunks);
    crypto::cleanse(*whole);
    QVERIFY(std::all_of(whole->cbegin(), whole->cend(), [](char c) { return c == 0; }));
}

void tst_DocumentFile::encryptRefusesBadInput()
{
    const QString source = path(QStringLiteral("letter.jpg"));
    QVERIFY(writeFile(source, QByteArrayLiteral("a photo of a letter")));
    const QString target = path(QStringLiteral("bad-input.rcd"));
    VaultError error = VaultError::None;

    QVERIFY(!DocumentFile::encryptFile(path(QStringLiteral("no-such-file")), target, m_key,
                                       DocumentFile::newFileId(), &error));
    QCOMPARE(error, VaultError::NotFound);
    QVERIFY(!DocumentFile::encryptFile(source, target, SecureBuffer(), DocumentFile::newFileId(), &error));
    QCOMPARE(error, VaultError::Io);
    QVERIFY(!DocumentFile::encryptFile(source, target, SecureBuffer(16), DocumentFile::newFileId(), &error));
    QCOMPARE(error, VaultError::Io);
    QVERIFY(!DocumentFile::encryptFile(source, target, m_key, QByteArray(15, 'x'), &error));
    QCOMPARE(error, VaultError::Io);
    QVERIFY(!DocumentFile::encryptFile(source, path(QStringLiteral("no-folder/x.rcd")), m_key,
                                       DocumentFile::newFileId(), &error));
    QCOMPARE(error, VaultError::Io);
    QVERIFY(!DocumentFile::encryptFile(m_dir.path(), target, m_key, DocumentFile::newFileId(), &error));
    QCOMPARE(error, VaultError::Io);
    const QString fifo = path(QStringLiteral("source-fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!DocumentFile::encryptFile(fifo, target, m_key, DocumentFile::newFileId(), &error));
    QCOMPARE(error, VaultError::Io);
    QVERIFY(timer.elapsed() < 1000);
    QFile::remove(fifo);
    QVERIFY(!DocumentFile::encryptFile(static_cast<QIODevice *>(nullptr), target, m_key,
                                       DocumentFile::newFileId(), &error));
    QCOMPARE(error, VaultError::Io);
    SizedDevice sequential(QByteArrayLiteral("streamed"), 8, true);
    QVERIFY(sequential.open(QIODevice::ReadOnly));
    QVERIFY(!DocumentFile::encryptFile(&sequential, target, m_key, DocumentFile::newFileId(), &error));
    QCOMPARE(error, VaultError::Io);
    QVERIFY(!QFile::exists(target));
    QVERIFY(leftovers().isEmpty());
}

void tst_DocumentFile::sourceThatChangesSizeIsRefused()
{
    const QString target = path(QStringLiteral("changing.rcd"));
    const QByteArray data = crypto::Random::bytes(2 * ChunkSize + 10);
    VaultError error = VaultError::None;

    SizedDevice shrank(data, data.size() + 100, false);
    QVERIFY(shrank.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    QVERIFY(!DocumentFile::encryptFile(&shrank, target, m_key, DocumentFile::newFileId(), &error));
    QCOMPARE(error, VaultError::Io);
    QVERIFY(!QFile::exists(target));

    SizedDevice grew(data, data.size() - 100, false);
    QVERIFY(grew.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    QVERIFY(!DocumentFile::encryptFile(&grew, target, m_key, DocumentFile::newFileId(), &error));
    QCOMPARE(error, VaultError::Io);
    QVERIFY(!QFile::exists(target));
    QVERIFY(leftovers().isEmpty());

    SizedDevice exact(data, data.size(), false);
    QVERIFY(exact.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    QVERIFY(DocumentFile::encryptFile(&exact, target, m_key, DocumentFile::newFileId(), &error));
    const std::optional<QByteArray> plain = DocumentFile::decryptToMemory(target, m_key, data.size(), &error);
    QVERIFY(plain);
    QCOMPARE(*plain, data);
}

void tst_DocumentFile::tooLargeSourceLeavesNothing()
{
    // Sparse: 256 MiB + 1 byte of nothing, refused from its size before anything is read.
    const QString source = path(QStringLiteral("huge.pdf"));
    {
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(DocumentFile::MaximumPlaintextSize + 1));
    }
    const QString target = path(QStringLiteral("huge.rcd"));
    QElapsedTimer timer;
    timer.start();
    VaultError error = VaultError::None;
    QVERIFY(!DocumentFile::encryptFile(source, target, m_key, DocumentFile::newFileId(), &error));
    QCOMPARE(error, VaultError::TooLarge);
    QVERIFY(timer.elapsed() < 1000);
    QVERIFY(!QFile::exists(target));
    QVERIFY(leftovers().isEmpty());
    QFile::remove(source);
}

void tst_DocumentFile::existingTargetIsKept()
{
    const QString source = path(QStringLiteral("new.jpg"));
    QVERIFY(writeFile(source, QByteArrayLiteral("new")));
    const QByteArray before = rc::test::readAll(m_fiveChunksPath);
    VaultError error = VaultError::None;
    QVERIFY(!DocumentFile::encryptFile(source, m_fiveChunksPath, m_key, DocumentFile::newFileId(), &error));
    QCOMPARE(error, VaultError::Io);
    QCOMPARE(rc::test::readAll(m_fiveChunksPath), before);
    QVERIFY(leftovers().isEmpty());
}

void tst_DocumentFile::keyWrapping()
{
    const SecureBuffer wrappingKey = crypto::Random::secureBytes(32);
    const QByteArray fileId = DocumentFile::newFileId();
    const QByteArray wrapped = DocumentFile::wrapKey(wrappingKey, fileId, m_key);
    QCOMPARE(wrapped.size(), DocumentFile::WrappedKeySize);
    QVERIFY(!wrapped.contains(QByteArrayView(m_key.view()).first(8)));
    QVERIFY(DocumentFile::wrapKey(wrappingKey, fileId, m_key) != wrapped); // a fresh nonce each time

    VaultError error = VaultError::Io;
    std::optional<SecureBuffer> unwrapped = DocumentFile::unwrapKey(wrappingKey, fileId, wrapped, &error);
    QVERIFY(unwrapped);
    QCOMPARE(error, VaultError::None);
    QCOMPARE(unwrapped->view(), m_key.view());

    // Layout: nonce, then AES-256-GCM of the key with the file id as associated data, then the tag.
    SecureBuffer byHand(32);
    QVERIFY(crypto::Aead::decrypt(wrappingKey, QByteArrayView(wrapped).first(12), fileId,
                                  QByteArrayView(wrapped).sliced(12, 32), QByteArrayView(wrapped).last(16),
                                  byHand.data()));
    QCOMPARE(byHand.view(), m_key.view());

    QVERIFY(!DocumentFile::unwrapKey(crypto::Random::secureBytes(32), fileId, wrapped, &error));
    QCOMPARE(error, VaultError::Damaged);
    QVERIFY(!DocumentFile::unwrapKey(wrappingKey, DocumentFile::newFileId(), wrapped, &error));
    QCOMPARE(error, VaultError::Damaged);
    for (qsizetype i = 0; i < wrapped.size(); ++i) {
        QByteArray changed = wrapped;
        changed[i] = char(changed.at(i) ^ 0x01);
        QVERIFY(!DocumentFile::unwrapKey(wrappingKey, fileId, changed, &error));
        QCOMPARE(error, VaultError::Damaged);
    }
    QVERIFY(!DocumentFile::unwrapKey(wrappingKey, fileId, wrapped.chopped(1), &error));
    QCOMPARE(error, VaultError::Damaged);
    QVERIFY(!DocumentFile::unwrapKey(wrappingKey, fileId, QByteArray(), &error));
    QCOMPARE(error, VaultError::Damaged);
    QVERIFY(DocumentFile::wrapKey(SecureBuffer(), fileId, m_key).isEmpty());
    QVERIFY(DocumentFile::wrapKey(wrappingKey, fileId.first(8), m_key).isEmpty());
}

QTEST_GUILESS_MAIN(tst_DocumentFile)
#include "tst_documentfile.moc"
