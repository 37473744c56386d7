#include "ZeroingAllocator.h"

#include "crypto/SecureBuffer.h"

#include <cstring>
#include <sqlite3.h>

namespace rc::storage {

namespace {

sqlite3_mem_methods system {};

void zeroingFree(void *block)
{
    if (!block)
        return;
    crypto::cleanse(block, system.xSize(block));
    system.xFree(block);
}

// Never realloc in place: the old block could move and keep its plaintext. Allocate, copy, wipe.
void *zeroingRealloc(void *block, int size)
{
    if (!block)
        return system.xMalloc(size);
    void *grown = system.xMalloc(size);
    if (!grown)
        return nullptr;
    const int old = system.xSize(block);
    std::memcpy(grown, block, size_t(old < size ? old : size));
    zeroingFree(block);
    return grown;
}

} // namespace

bool installZeroingAllocator()
{
    static bool installed = false;
    if (installed)
        return true;
    if (sqlite3_config(SQLITE_CONFIG_GETMALLOC, &system) != SQLITE_OK)
        return false;
    sqlite3_mem_methods zeroing = system;
    zeroing.xFree = zeroingFree;
    zeroing.xRealloc = zeroingRealloc;
    if (sqlite3_config(SQLITE_CONFIG_MALLOC, &zeroing) != SQLITE_OK)
        return false;
    installed = true;
    return true;
}

} // namespace rc::storage
