#pragma once

#include "VaultFile.h"

#include <QByteArrayView>

// Small helpers shared by the vault file and the document files.
namespace rc::vault::io {

inline void setError(VaultError *error, VaultError value)
{
    if (error)
        *error = value;
}

// Writes all of `bytes` to `fd`, retrying after interruptions; false on any write error.
bool writeAll(int fd, QByteArrayView bytes);

} // namespace rc::vault::io
