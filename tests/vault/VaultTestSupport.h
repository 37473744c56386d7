#pragma once

#include "crypto/Kdf.h"
#include "crypto/SecureBuffer.h"
#include "storage/ZeroingAllocator.h"

#include <QFile>
#include <QStandardPaths>

// Shared set-up for vault tests: the zeroing allocator before SQLite's first use, and the cheapest
// Argon2id parameters the vault accepts, so each key derivation takes a fraction of a second.
namespace rc::test {

inline void setUpVaultTest()
{
    QStandardPaths::setTestModeEnabled(true);
    crypto::initSecureHeap();
    storage::installZeroingAllocator();
}

inline constexpr crypto::Kdf::Argon2Parameters fastKdf = crypto::Kdf::MinimumArgon2;

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace rc::test
