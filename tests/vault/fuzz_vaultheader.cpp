// libFuzzer target for the vault header parser: any bytes must be parsed or refused without a crash,
// an out-of-bounds read or an unbounded allocation, and what is accepted must serialise to the same bytes.
#include "vault/VaultFile.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(data, qsizetype(size));
    rc::vault::VaultError error = rc::vault::VaultError::None;
    const std::optional<rc::vault::VaultHeader> header = rc::vault::parseHeader(bytes, &error);
    if (header.has_value() != (error == rc::vault::VaultError::None))
        std::abort();
    if (header) {
        // The format is canonical: the parsed fields give back exactly the header bytes.
        const QByteArray again = header->serialize();
        if (again.size() > bytes.size() || bytes.first(again.size()) != again)
            std::abort();
    }
    return 0;
}
