// Runs the libFuzzer target of the TUF metadata parser without libFuzzer, so every build (gcc, the
// ASan preset, CI) exercises it: the four metadata files of a real published repository, and many
// deterministic mutations of them (bit flips, truncations, insertions, JSON-aware edits), go through
// LLVMFuzzerTestOneInput, which aborts on any inconsistency. With clang, fuzz_tufmetadata runs the
// same target under coverage-guided libFuzzer.
#include "SyncFixture.h"

#include <QRandomGenerator>

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
    rc::test::SyncFixture fixture;
    if (!fixture.publish(rc::test::SyncFixture::sampleFiles()).error.ok()) {
        std::fprintf(stderr, "fuzz replay: could not publish a seed repository\n");
        return 1;
    }
    QList<QByteArray> seeds;
    for (const char *file : { "1.root.json", "1.targets.json", "1.snapshot.json", "timestamp.json" })
        seeds.append(rc::test::readFile(fixture.metadata(QString::fromLatin1(file))));
    for (const QByteArray &seed : std::as_const(seeds))
        feed(seed);
    feed({});

    // Fragments that make JSON interesting: escapes, surrogates, numbers at the edges, nesting.
    const QList<QByteArray> fragments = { "\\u0000",
                                          "\\ud800",
                                          "\\udc00\\ud800",
                                          "9223372036854775808",
                                          "-0",
                                          "1.5",
                                          "1e9",
                                          "[[[[[[[[",
                                          "{\"a\":1,\"a\":2}",
                                          "\xff",
                                          "\xc0\xaf",
                                          "\xed\xa0\x80",
                                          "null",
                                          "\"\"",
                                          ",",
                                          "}" };
    QRandomGenerator random(8032);
    for (int i = 0; i < mutations; ++i) {
        QByteArray input = seeds.at(int(random.bounded(seeds.size())));
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
            case 3: // a JSON fragment
                input.insert(at, fragments.at(int(random.bounded(fragments.size()))));
                break;
            case 4: { // replace a digit run by another number
                qsizetype end = at;
                while (end < input.size() && input.at(end) >= '0' && input.at(end) <= '9')
                    ++end;
                input.replace(at, end - at, QByteArray::number(qint64(random.generate64())));
                break;
            }
            default: // repeat a slice
                input.append(input.mid(at, qsizetype(random.bounded(256))));
                break;
            }
        }
        feed(input);
    }
    std::printf("fuzz replay: %d mutated metadata files parsed or refused cleanly\n", mutations);
    return 0;
}
