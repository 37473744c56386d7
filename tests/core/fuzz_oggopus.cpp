// libFuzzer target for the recording reader (content/AudioFile): any bytes must be read or refused
// without a crash, an out-of-bounds read or a hang; what is accepted must describe a playable stream.
#include "content/AudioFile.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_oggopus: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<rc::content::AudioInfo> info = rc::content::inspectOggOpus(bytes, &error);
    if (!info) {
        check(!error.isEmpty(), "a refusal without a reason");
        return 0;
    }
    check(info->channels >= 1 && info->channels <= 8, "channels out of range");
    check(info->durationMs > 0 && info->durationMs <= rc::content::AudioLimits().maxDurationMs,
          "duration out of range");
    check(info->pages >= 3, "fewer pages than headers and sound need");
    return 0;
}
