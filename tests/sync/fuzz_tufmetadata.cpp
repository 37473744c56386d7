// libFuzzer target for the TUF metadata parser: any bytes must be parsed or refused without a crash,
// an out-of-bounds read or unbounded recursion; what parses must have a stable canonical form, and
// typed metadata must survive a round trip through its own JSON.
#include "sync/CanonicalJson.h"
#include "sync/TufMetadata.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace rc::sync;

namespace {

// Aborts (a finding) with a line that says which property broke.
void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_tufmetadata: %s\n", what);
        std::abort();
    }
}

template<typename T> void typedRoundTrip(const json::Value &signedValue)
{
    SyncError error;
    const std::optional<T> typed = T::fromJson(signedValue, &error);
    check(typed.has_value() || !error.ok(), "a refusal without a reason");
    if (!typed)
        return;
    // What we write from a parsed value, we must read back as the same value.
    const std::optional<T> again = T::fromJson(typed->toJson(), &error);
    check(again && json::canonical(again->toJson()) == json::canonical(typed->toJson()),
          "typed round trip differs");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(data, qsizetype(size));
    SyncError error;
    const std::optional<json::Value> value = json::parse(bytes, &error);
    check(value.has_value() == error.ok(), "parse result and error disagree");
    if (value) {
        const QByteArray canonical = json::canonical(*value);
        const std::optional<json::Value> reparsed = json::parse(canonical, &error);
        // Canonical output of strings is raw (control characters unescaped), which JSON readers
        // refuse; everything else must read back identically.
        check(!reparsed || (*reparsed == *value && json::canonical(*reparsed) == canonical),
              "canonical form does not read back");
    }
    const std::optional<tuf::Envelope> envelope = tuf::Envelope::parse(bytes, false, &error);
    if (!envelope)
        return 0;
    typedRoundTrip<tuf::Root>(envelope->signedValue);
    typedRoundTrip<tuf::Timestamp>(envelope->signedValue);
    typedRoundTrip<tuf::Snapshot>(envelope->signedValue);
    typedRoundTrip<tuf::Targets>(envelope->signedValue);
    if (const std::optional<tuf::Root> root = tuf::Root::fromJson(envelope->signedValue, &error)) {
        for (const QByteArray &role : tuf::topLevelRoles())
            (void)tuf::verifyThreshold(*envelope, *root, role, QStringLiteral("fuzz"));
    }
    return 0;
}
