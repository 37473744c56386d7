#include "Digest.h"

#include <cstdlib>
#include <openssl/evp.h>

namespace rc::crypto {

Sha256::Sha256()
    : m_ctx(EVP_MD_CTX_new())
{
    // Failing to set up a digest means OpenSSL itself is broken; continuing would produce wrong hashes.
    if (!m_ctx || EVP_DigestInit_ex(m_ctx, EVP_sha256(), nullptr) != 1)
        std::abort();
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_ctx);
}

void Sha256::addData(QByteArrayView data)
{
    if (EVP_DigestUpdate(m_ctx, data.data(), size_t(data.size())) != 1)
        std::abort();
}

QByteArray Sha256::result()
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_ctx, reinterpret_cast<unsigned char *>(out.data()), &length) != 1)
        std::abort();
    out.resize(int(length));
    return out;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    Sha256 digest;
    digest.addData(data);
    return digest.result();
}

} // namespace rc::crypto
