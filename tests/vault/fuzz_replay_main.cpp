// Runs the libFuzzer target of the vault header parser without libFuzzer, so every build (gcc, the
// ASan preset, CI) exercises it: a real vault header and thousands of deterministic mutations of it
// (bit flips, byte changes, truncations, insertions, hostile integers) go through
// LLVMFuzzerTestOneInput, which aborts on any inconsistency. With clang, fuzz_vaultheader runs the same
// target under coverage-guided libFuzzer.
#include "VaultTestSupport.h"
#include "crypto/Random.h"
#include "vault/VaultFile.h"

#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

void feed(const QByteArray &bytes)
{
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
}

} // namespace

int main(int argc, char *argv[])
{
    const int mutations = argc > 1 ? std::atoi(argv[1]) : 50000;
    rc::test::setUpVaultTest();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("seed.rcv"));
    rc::vault::VaultError error = rc::vault::VaultError::None;
    auto key = rc::vault::VaultKey::create("fuzz seed passphrase", rc::crypto::Random::secureBytes(20),
                                           rc::test::fastKdf, &error);
    if (!key || !rc::vault::writeVault(path, *key, QByteArrayView("seed payload"), &error)) {
        std::fprintf(stderr, "fuzz replay: could not make a seed vault\n");
        return 1;
    }
    const QByteArray seed = rc::test::readAll(path);
    feed(seed);
    feed({});

    QRandomGenerator random(5150);
    const quint32 hostile[] = { 0, 1, 0x7F, 0x80, 0xFF, 0xFFFF, 0x10000, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF };
    for (int i = 0; i < mutations; ++i) {
        QByteArray input = seed;
        const int edits = 1 + int(random.bounded(4));
        for (int e = 0; e < edits && !input.isEmpty(); ++e) {
            const qsizetype at = qsizetype(random.bounded(quint32(input.size())));
            switch (random.bounded(6)) {
            case 0: // flip one bit
                input[at] = char(input.at(at) ^ (1 << random.bounded(8)));
                break;
            case 1: // any byte
                input[at] = char(random.bounded(256));
                break;
            case 2: // truncate
                input.truncate(at);
                break;
            case 3: // insert junk
                input.insert(at, QByteArray(int(random.bounded(64)), char(random.bounded(256))));
                break;
            case 4: { // a hostile 32-bit integer, little-endian
                const quint32 value = hostile[random.bounded(int(std::size(hostile)))];
                for (int b = 0; b < 4 && at + b < input.size(); ++b)
                    input[at + b] = char((value >> (8 * b)) & 0xFF);
                break;
            }
            default: // repeat a slice
                input.append(input.mid(at, qsizetype(random.bounded(128))));
                break;
            }
        }
        feed(input);
    }
    std::printf("fuzz replay: %d mutated headers parsed or refused cleanly\n", mutations);
    return 0;
}
