// rc-bench-vault: what the encrypted vault costs, each number against a baseline measured in the same
// run (bench/README.md, "Vault"). Medians of interleaved rounds; printed, never asserted.
//
//   1. Vault::save() against writing the same database image unencrypted, equally durably.
//   2. Vault::unlock() split into the Argon2id key derivation and the rest.
//   3. Aead::encrypt throughput in 64 KiB chunks against one call.
//   4. Documents: DocumentFile::encryptFile and decrypt of a 20 MiB file against raw AES-256-GCM over the
//      same bytes in memory.

#include "crypto/Aead.h"
#include "crypto/Kdf.h"
#include "crypto/Random.h"
#include "crypto/SecureBuffer.h"
#include "storage/Database.h"
#include "storage/ZeroingAllocator.h"
#include "vault/DocumentFile.h"
#include "vault/RecoveryKey.h"
#include "vault/Vault.h"
#include "vault/VaultDatabase.h"
#include "vault/VaultFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QStringList>
#include <QTemporaryDir>
#include <QtEndian>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <functional>
#include <unistd.h>
#include <vector>

using namespace rc;
using rc::vault::Note;
using rc::vault::SecretKind;
using rc::vault::Vault;
using rc::vault::VaultDatabase;
using rc::vault::VaultError;

namespace {

const QByteArray passphrase = "correct horse battery staple";

// ---------------------------------------------------------------------------------------------------
// Measuring

double toMs(qint64 nanoseconds)
{
    return double(nanoseconds) / 1e6;
}

struct Samples
{
    std::vector<qint64> ns;

    double medianMs() const
    {
        std::vector<qint64> sorted = ns;
        std::sort(sorted.begin(), sorted.end());
        const size_t n = sorted.size();
        if (n == 0)
            return 0;
        return n % 2 ? toMs(sorted[n / 2]) : (toMs(sorted[n / 2 - 1]) + toMs(sorted[n / 2])) / 2;
    }
    double minMs() const { return toMs(*std::min_element(ns.begin(), ns.end())); }
    double maxMs() const { return toMs(*std::max_element(ns.begin(), ns.end())); }
};

// The temporary folder, removed by fail() too: std::exit() skips main()'s destructors.
QTemporaryDir *temporaryFolder = nullptr;

[[noreturn]] void fail(const char *what, const QString &detail = {})
{
    std::fflush(stdout);
    if (temporaryFolder)
        temporaryFolder->remove();
    std::fprintf(stderr, "rc-bench-vault: %s%s%s\n", what, detail.isEmpty() ? "" : ": ", qPrintable(detail));
    std::exit(1);
}

void check(VaultError error, const char *what)
{
    if (error != VaultError::None)
        fail(what, QStringLiteral("VaultError %1 (%2)").arg(int(error)).arg(rc::vault::describe(error)));
}

// One thing to time: `run` is timed, `after` (untimed, optional) runs right after it, e.g. to lock the
// vault again.
struct Measured
{
    std::function<void()> run;
    Samples *samples = nullptr;
    std::function<void()> after = {};
};

// Times every item alike: one discarded warm-up call of each, then `rounds` rounds in which each runs
// once, the order rotating from round to round, so a machine that speeds up or slows down partway
// affects all of them the same.
void interleave(int rounds, const std::vector<Measured> &items)
{
    const auto once = [](const Measured &item, bool keep) {
        QElapsedTimer timer;
        timer.start();
        item.run();
        const qint64 elapsed = timer.nsecsElapsed();
        if (keep)
            item.samples->ns.push_back(elapsed);
        if (item.after)
            item.after();
    };
    for (const Measured &item : items)
        once(item, false);
    const size_t n = items.size();
    for (int round = 0; round < rounds; ++round)
        for (size_t i = 0; i < n; ++i)
            once(items[(size_t(round) + i) % n], true);
}

// ---------------------------------------------------------------------------------------------------
// Test data: notes of about 1 KB of plain English, like the ones a user would write.

const char *const sentences[] = {
    "I met my case worker at the reception centre today and we talked about the next interview. ",
    "She said I have to bring my identity documents and the letter from the municipality. ",
    "The lawyer will call back on Thursday, so I must write down every question I want to ask. ",
    "Remember that the appeal deadline is four weeks after the decision, not counting that day. ",
    "The interpreter spoke a different dialect, so I asked for another one and they agreed. ",
    "Pick up the medication at the health centre before eleven o'clock on Monday morning. ",
    "Bring the blue folder with copies of everything and keep the originals safe at home. ",
    "My cousin can translate the school certificate, but it has to be stamped by the embassy. ",
};
constexpr int sentenceCount = int(sizeof sentences / sizeof *sentences);
const char *const tagSets[] = { "interview", "lawyer,appeal", "health", "documents,school", "" };

Note makeNote(int number)
{
    Note note;
    note.title = QStringLiteral("Note %1: preparing the interview").arg(number);
    QString body = QStringLiteral("Note %1, written at the reception centre.\n\n").arg(number);
    for (int i = 0; body.size() < 1000; ++i) {
        body += QLatin1String(sentences[(number + i) % sentenceCount]);
        if (i % 3 == 2)
            body += QStringLiteral("(This is note %1.)\n").arg(number);
    }
    body.truncate(1024);
    note.body = body;
    note.tags = QLatin1String(tagSets[number % 5]);
    if (number % 4 == 0)
        note.procedureStep = QStringLiteral("nl/general/interview");
    return note;
}

// A new vault in `directory`, unlocked, with `count` notes (not saved yet). Returns its recovery key.
QString fillVault(Vault &vault, int count, const crypto::Kdf::Argon2Parameters &parameters)
{
    QString recovery;
    check(vault.create(passphrase, parameters, &recovery), "creating the vault");
    storage::Database &db = vault.database().database();
    storage::Transaction transaction(db);
    if (!transaction.isActive())
        fail("BEGIN", db.lastError());
    for (int i = 1; i <= count; ++i)
        if (vault.database().addNote(makeNote(i)) == 0)
            fail("adding a note", vault.database().lastError());
    if (!transaction.commit())
        fail("COMMIT", db.lastError());
    return recovery;
}

// ---------------------------------------------------------------------------------------------------
// The plain baseline: the same steps as writeVault's replaceFile (temporary file, write, fsync,
// rename, folder fsync), minus the encryption.

void writeAll(int fd, const char *data, qsizetype size)
{
    while (size > 0) {
        const ssize_t written = ::write(fd, data, size_t(size));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            fail("write() of the plain file");
        }
        data += written;
        size -= written;
    }
}

void writePlainDurably(const QString &path, QByteArrayView bytes)
{
    const QByteArray target = QFile::encodeName(path);
    QByteArray temporary = target + ".tmp-XXXXXX";
    const int fd = ::mkostemp(temporary.data(), O_CLOEXEC);
    if (fd < 0)
        fail("mkostemp() of the plain file");
    writeAll(fd, bytes.data(), bytes.size());
    if (::fsync(fd) != 0 || ::close(fd) != 0)
        fail("fsync() or close() of the plain file");
    if (::rename(temporary.constData(), target.constData()) != 0)
        fail("rename() of the plain file");
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const int folderFd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folderFd < 0 || ::fsync(folderFd) != 0)
        fail("fsync() of the folder");
    ::close(folderFd);
}

// ---------------------------------------------------------------------------------------------------
// 1. Save

void benchSave(const QString &root, int rounds)
{
    std::printf("\n== 1. Save: Vault::save() against the same database image written unencrypted ==\n");
    std::printf(
        "encrypted: Vault::save() = snapshot (FTS optimize + VACUUM + sqlite3_serialize) + AES-256-GCM\n"
        "           + temp file + write + fsync + rename + folder fsync\n"
        "plain:     the same image (taken once, after a save) + temp file + write + fsync + rename\n"
        "           + folder fsync (POSIX), no snapshot, no encryption\n"
        "snapshot:  Vault::snapshot() alone, timed separately (the part of 'encrypted' that is not I/O or "
        "crypto)\n\n");
    std::printf("%7s %10s %10s | %14s %15s | %14s %15s | %12s\n", "notes", "image MB", "file MB",
                "encrypted ms", "min-max", "plain ms", "min-max", "snapshot ms");

    const int sizes[] = { 100, 1000, 10000 };
    QStringList ratios;
    for (const int count : sizes) {
        const QString directory = QDir(root).filePath(QStringLiteral("save-%1").arg(count));
        Vault vault(directory);
        fillVault(vault, count, crypto::Kdf::MinimumArgon2);
        check(vault.save(), "saving");
        const VaultDatabase::Image image = vault.snapshot();
        if (!image.isValid())
            fail("snapshot", vault.database().lastError());
        const QString plainPath = QDir(directory).filePath(QStringLiteral("plain.db"));

        Samples encrypted, plain, snapshot;
        interleave(rounds,
                   { { [&] { writePlainDurably(plainPath, image.view()); }, &plain },
                     { [&] { check(vault.save(), "saving"); }, &encrypted } });
        // The snapshot alone, for reading the ratio: not interleaved with anything, it is no baseline.
        for (int round = 0; round <= rounds; ++round) {
            QElapsedTimer timer;
            timer.start();
            const VaultDatabase::Image discarded = vault.snapshot();
            const qint64 elapsed = timer.nsecsElapsed();
            if (!discarded.isValid())
                fail("snapshot", vault.database().lastError());
            if (round > 0) // the first one is a warm-up
                snapshot.ns.push_back(elapsed);
        }

        const double fileMb = double(QFileInfo(vault.filePath()).size()) / 1e6;
        std::printf("%7d %10.2f %10.2f | %14.1f %7.1f-%-7.1f | %14.1f %7.1f-%-7.1f | %12.1f\n", count,
                    double(image.size()) / 1e6, fileMb, encrypted.medianMs(), encrypted.minMs(),
                    encrypted.maxMs(), plain.medianMs(), plain.minMs(), plain.maxMs(), snapshot.medianMs());
        std::fflush(stdout);
        ratios << QStringLiteral("save ratio (encrypted/plain), %1 notes: %2")
                      .arg(count)
                      .arg(encrypted.medianMs() / plain.medianMs(), 0, 'f', 2);
        vault.lock();
    }
    std::printf("\n");
    for (const QString &line : std::as_const(ratios))
        std::printf("%s\n", qPrintable(line));
}

// ---------------------------------------------------------------------------------------------------
// 2. Unlock

QString describeParameters(const crypto::Kdf::Argon2Parameters &p)
{
    return QStringLiteral("m=%1 MiB, t=%2, p=%3")
        .arg(p.memoryKiB / 1024)
        .arg(p.iterations)
        .arg(p.parallelism);
}

void benchUnlockWith(const QString &root, const QString &label,
                     const crypto::Kdf::Argon2Parameters &parameters, int rounds)
{
    constexpr int count = 1000;
    const QString directory = QDir(root).filePath(QStringLiteral("unlock-%1").arg(label));
    Vault vault(directory);
    const QString recoveryText = fillVault(vault, count, parameters);
    const crypto::SecureBuffer recoveryKey = rc::vault::RecoveryKey::parse(recoveryText);
    if (!recoveryKey.isValid())
        fail("RecoveryKey::parse");
    check(vault.save(), "saving");
    vault.lock();

    // The same derivation deriveSlotKey() runs for the passphrase slot: same passphrase, parameters,
    // salt size and output size.
    const QByteArray salt = crypto::Random::bytes(rc::vault::SaltSize);
    const auto relock = [&] {
        if (vault.database().notes().size() != count)
            fail("the unlocked vault does not hold the notes");
        vault.lock();
    };
    Samples kdf, whole, rest, hkdf;
    interleave(rounds,
               { { [&] {
                      crypto::SecureBuffer out;
                      if (!crypto::Kdf::hkdfSha256(recoveryKey.view(), salt,
                                                   QByteArrayView(rc::vault::RecoveryInfo),
                                                   crypto::Aead::KeySize, &out))
                          fail("Kdf::hkdfSha256");
                  },
                   &hkdf },
                 { [&] {
                      crypto::SecureBuffer out;
                      if (!crypto::Kdf::argon2id(passphrase, salt, parameters, crypto::Aead::KeySize, &out))
                          fail("Kdf::argon2id");
                  },
                   &kdf },
                 { [&] {
                      check(vault.unlock({ SecretKind::Passphrase, passphrase }), "unlocking");
                  },
                   &whole, relock },
                 { [&] {
                      check(vault.unlock({ SecretKind::RecoveryKey, recoveryKey.view() }), "unlocking");
                  },
                   &rest, relock } });

    std::printf("%s (%s), %d notes, file %.2f MB:\n", qPrintable(label),
                qPrintable(describeParameters(parameters)), count,
                double(QFileInfo(vault.filePath()).size()) / 1e6);
    std::printf("  kdf   %8.1f ms (min-max %.1f-%.1f)  Kdf::argon2id alone\n", kdf.medianMs(), kdf.minMs(),
                kdf.maxMs());
    std::printf(
        "  rest  %8.1f ms (min-max %.1f-%.1f)  Vault::unlock with the recovery key (of which HKDF-SHA256"
        " alone: %.3f ms)\n",
        rest.medianMs(), rest.minMs(), rest.maxMs(), hkdf.medianMs());
    std::printf(
        "  whole %8.1f ms (min-max %.1f-%.1f)  Vault::unlock with the passphrase; kdf + rest = %.1f ms,"
        " whole - kdf = %.1f ms\n",
        whole.medianMs(), whole.minMs(), whole.maxMs(), kdf.medianMs() + rest.medianMs(),
        whole.medianMs() - kdf.medianMs());
    std::printf("unlock: kdf %.1f ms, rest %.1f ms (rest/kdf %.3f) [%s: %s; %d notes]\n", kdf.medianMs(),
                rest.medianMs(), rest.medianMs() / kdf.medianMs(), qPrintable(label),
                qPrintable(describeParameters(parameters)), count);
    std::fflush(stdout);
}

void benchUnlock(const QString &root, int rounds)
{
    std::printf("\n== 2. Unlock: Argon2id key derivation against the rest of Vault::unlock() ==\n");
    std::printf(
        "kdf:   Kdf::argon2id alone, as for the passphrase slot (32-byte salt, 32-byte key)\n"
        "rest:  the whole Vault::unlock() with the recovery key: the same path (read the file, derive the "
        "slot\n"
        "       key, unwrap the data key, decrypt, sqlite3_deserialize, integrity check, clean-up) with\n"
        "       HKDF-SHA256 (timed alone too) in place of Argon2id. Measured directly, because 'whole - "
        "kdf'\n"
        "       is a difference of two numbers whose run-to-run spread is larger than the rest itself.\n"
        "whole: the whole Vault::unlock() with the passphrase, for the record (about kdf + rest)\n"
        "All three interleaved, the vault locked again (untimed) after each unlock.\n\n");
    std::printf("calibrating: Kdf::calibrateArgon2(1000, 256*1024) ...\n");
    std::fflush(stdout);
    QElapsedTimer timer;
    timer.start();
    const crypto::Kdf::Argon2Parameters calibrated = crypto::Kdf::calibrateArgon2(1000, 256 * 1024);
    std::printf("calibrated Argon2id parameters: %s (memoryKiB %u, iterations %u, parallelism %u); "
                "calibration took %.0f ms\n\n",
                qPrintable(describeParameters(calibrated)), calibrated.memoryKiB, calibrated.iterations,
                calibrated.parallelism, toMs(timer.nsecsElapsed()));
    std::fflush(stdout);
    benchUnlockWith(root, QStringLiteral("calibrated"), calibrated, rounds);
    std::printf("\n");
    benchUnlockWith(root, QStringLiteral("minimum"), crypto::Kdf::MinimumArgon2, rounds);
}

// ---------------------------------------------------------------------------------------------------
// 3. AES-256-GCM throughput

void benchAead(int rounds)
{
    constexpr qsizetype total = 20 * 1024 * 1024;
    constexpr qsizetype chunk = 64 * 1024;
    std::printf("\n== 3. AES-256-GCM throughput: Aead::encrypt in 64 KiB chunks against one call ==\n");
    std::printf(
        "The raw baseline of section 4 (documents are encrypted in 64 KiB chunks).\n"
        "buffer: 20 MiB (%lld bytes); chunked: %lld calls of 64 KiB, each with its own counter nonce\n"
        "and its index as associated data; one-shot: one call over the whole buffer. Each call allocates\n"
        "its ciphertext (that is Aead::encrypt's interface). MB/s = 10^6 bytes per second.\n\n",
        static_cast<long long>(total), static_cast<long long>(total / chunk));

    QByteArray plaintext(total, Qt::Uninitialized);
    for (qsizetype i = 0; i < total; ++i)
        plaintext[i] = sentences[0][i % 80];
    const crypto::SecureBuffer key = crypto::Random::secureBytes(crypto::Aead::KeySize);
    quint64 checksum = 0; // keeps the results observable

    const auto chunked = [&] {
        QByteArray ciphertext, tag;
        char nonce[crypto::Aead::NonceSize] = {};
        char index[8];
        for (qsizetype offset = 0, n = 0; offset < total; offset += chunk, ++n) {
            qToBigEndian<quint64>(quint64(n), nonce + 4);
            qToBigEndian<quint64>(quint64(n), index);
            if (!crypto::Aead::encrypt(
                    key, QByteArrayView(nonce, sizeof nonce), QByteArrayView(index, 8),
                    QByteArrayView(plaintext).sliced(offset, std::min(chunk, total - offset)), &ciphertext,
                    &tag))
                fail("Aead::encrypt (chunk)");
            checksum += quint8(tag[0]);
        }
    };
    const auto oneShot = [&] {
        QByteArray ciphertext, tag;
        const char nonce[crypto::Aead::NonceSize] = { 1 };
        const char index[8] = {};
        if (!crypto::Aead::encrypt(key, QByteArrayView(nonce, sizeof nonce), QByteArrayView(index, 8),
                                   plaintext, &ciphertext, &tag))
            fail("Aead::encrypt (one shot)");
        checksum += quint8(tag[0]);
    };
    Samples chunkedSamples, oneShotSamples;
    interleave(rounds, { { oneShot, &oneShotSamples }, { chunked, &chunkedSamples } });

    const auto mbPerS = [](double ms) { return double(total) / 1e6 / (ms / 1e3); };
    const double chunkedRate = mbPerS(chunkedSamples.medianMs());
    const double oneShotRate = mbPerS(oneShotSamples.medianMs());
    std::printf("%-10s %10s %15s %10s\n", "mode", "median ms", "min-max ms", "MB/s");
    std::printf("%-10s %10.2f %7.2f-%-7.2f %10.0f\n", "chunked", chunkedSamples.medianMs(),
                chunkedSamples.minMs(), chunkedSamples.maxMs(), chunkedRate);
    std::printf("%-10s %10.2f %7.2f-%-7.2f %10.0f\n", "one-shot", oneShotSamples.medianMs(),
                oneShotSamples.minMs(), oneShotSamples.maxMs(), oneShotRate);
    std::printf(
        "\naes-256-gcm: chunked %.0f MB/s, one-shot %.0f MB/s (throughput ratio chunked/one-shot %.2f)"
        "\n",
        chunkedRate, oneShotRate, chunkedRate / oneShotRate);
    if (checksum == 0xffffffffffffffffULL)
        std::printf("(unlikely checksum)\n");
}

// ---------------------------------------------------------------------------------------------------
// 4. Documents against raw AES-256-GCM

void benchDocuments(const QString &root, int rounds)
{
    constexpr qsizetype total = 20 * 1024 * 1024;
    std::printf("\n== 4. Documents: DocumentFile against raw AES-256-GCM ==\n");
    std::printf(
        "A 20 MiB file (%lld bytes). encrypt: DocumentFile::encryptFile reads it unbuffered in 64 KiB\n"
        "chunks into secure memory, encrypts each, writes <id>.rcd.tmp, fsyncs, renames and fsyncs the\n"
        "folder. decrypt: DocumentFile::decrypt of that file to a sink that discards. Baseline: one\n"
        "Aead::encrypt over the same bytes already in memory, no disk at all.\n\n",
        static_cast<long long>(total));
    QByteArray plaintext(total, Qt::Uninitialized);
    for (qsizetype i = 0; i < total; ++i)
        plaintext[i] = sentences[0][i % 80];
    const QString source = QDir(root).filePath(QStringLiteral("letter.pdf"));
    QFile file(source);
    if (!file.open(QIODevice::WriteOnly) || file.write(plaintext) != total)
        fail("writing the source document");
    file.close();

    const crypto::SecureBuffer key = crypto::Random::secureBytes(crypto::Aead::KeySize);
    const crypto::SecureBuffer documentKey = vault::DocumentFile::newKey();
    const QString target = QDir(root).filePath(QStringLiteral("document.rcd"));
    quint64 checksum = 0;
    const auto raw = [&] {
        QByteArray ciphertext, tag;
        const char nonce[crypto::Aead::NonceSize] = { 1 };
        if (!crypto::Aead::encrypt(key, QByteArrayView(nonce, sizeof nonce), {}, plaintext, &ciphertext,
                                   &tag))
            fail("Aead::encrypt");
        checksum += quint8(tag[0]);
    };
    const auto encrypt = [&] {
        QFile::remove(target);
        VaultError error = VaultError::None;
        if (!vault::DocumentFile::encryptFile(source, target, documentKey, vault::DocumentFile::newFileId(),
                                              &error))
            fail("DocumentFile::encryptFile");
    };
    encrypt(); // a file to decrypt
    const auto decrypt = [&] {
        VaultError error = VaultError::None;
        qint64 seen = 0;
        if (!vault::DocumentFile::decrypt(
                target, documentKey,
                [&](QByteArrayView chunk) {
                    seen += chunk.size();
                    return true;
                },
                &error)
            || seen != total)
            fail("DocumentFile::decrypt");
    };
    decrypt();
    Samples rawSamples, decryptSamples;
    interleave(rounds, { { raw, &rawSamples }, { decrypt, &decryptSamples } });
    Samples rawSamples2, encryptSamples;
    interleave(rounds, { { raw, &rawSamples2 }, { encrypt, &encryptSamples } });

    const auto mbPerS = [](double ms) { return double(total) / 1e6 / (ms / 1e3); };
    std::printf("%-22s %10s %15s %10s\n", "mode", "median ms", "min-max ms", "MB/s");
    const auto row = [&](const char *name, const Samples &samples) {
        std::printf("%-22s %10.2f %7.2f-%-7.2f %10.0f\n", name, samples.medianMs(), samples.minMs(),
                    samples.maxMs(), mbPerS(samples.medianMs()));
    };
    row("raw (vs decrypt)", rawSamples);
    row("document decrypt", decryptSamples);
    row("raw (vs encrypt)", rawSamples2);
    row("document encrypt+fsync", encryptSamples);
    std::printf("\ndocuments: decrypt %.2fx, encrypt %.2fx the time of raw AES-256-GCM in memory\n",
                decryptSamples.medianMs() / rawSamples.medianMs(),
                encryptSamples.medianMs() / rawSamples2.medianMs());
    if (checksum == 0xffffffffffffffffULL)
        std::printf("(unlikely checksum)\n");
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything touches SQLite or a key, as in the app and the vault tests.
    crypto::initSecureHeap();
    if (!storage::installZeroingAllocator())
        fail("installZeroingAllocator(): SQLite was already initialised");

    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Vault benchmark: encrypted save, unlock and AES-256-GCM, each against a baseline measured in the "
        "same run. Prints medians and ratios; asserts nothing."));
    parser.addHelpOption();
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("Measured rounds per comparison (default 5)."),
                                          QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"),
        QStringLiteral(
            "Folder in which the temporary folder is made; it should be on the disk you care about "
            "(default: the folder of this executable, i.e. the build folder)."),
        QStringLiteral("path"));
    parser.addOption(roundsOption);
    parser.addOption(dirOption);
    parser.process(app);
    bool ok = false;
    const int rounds = parser.value(roundsOption).toInt(&ok);
    if (!ok || rounds < 1 || rounds > 100)
        fail("--rounds must be 1 to 100");
    const QString base = parser.isSet(dirOption) ? QDir(parser.value(dirOption)).absolutePath()
                                                 : QCoreApplication::applicationDirPath();

    QTemporaryDir temporary(QDir(base).filePath(QStringLiteral("rc-bench-vault-XXXXXX")));
    if (!temporary.isValid())
        fail("cannot make a temporary folder", temporary.errorString());
    temporaryFolder = &temporary;
    const QStorageInfo storage(temporary.path());

    QElapsedTimer total;
    total.start();
    std::printf("vault benchmark: %d interleaved rounds after 1 warm-up run each; medians; build %s\n",
                rounds, RC_BENCH_BUILD_TYPE);
    std::printf("temporary folder: %s (%s on %s)\n", qPrintable(temporary.path()),
                storage.fileSystemType().constData(), storage.device().constData());
    std::fflush(stdout);

    benchSave(temporary.path(), rounds);
    benchUnlock(temporary.path(), rounds);
    benchAead(rounds);
    benchDocuments(temporary.path(), rounds);

    std::printf("\ntotal %.1f s. Ratios compare runs on this machine in this run; absolute times are for the "
                "record.\n",
                toMs(total.nsecsElapsed()) / 1e3);
    return 0;
}
