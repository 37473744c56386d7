#include "Sha512.h"

#include <cstdlib>
#include <openssl/evp.h>

namespace rc::crypto {

QByteArray sha512(QByteArrayView data)
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    // Failing to hash means OpenSSL itself is broken; continuing would produce wrong hashes.
    if (EVP_Digest(data.data(), size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()), &length,
                   EVP_sha512(), nullptr)
        != 1)
        std::abort();
    out.resize(int(length));
    return out;
}

} // namespace rc::crypto
