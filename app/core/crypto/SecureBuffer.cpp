#include "SecureBuffer.h"

#include <cstring>
#include <openssl/crypto.h>
#include <utility>

namespace rc::crypto {

namespace {

// 256 KiB of locked memory holds thousands of keys; it stays well under the usual RLIMIT_MEMLOCK
// (8 MiB on current Linux, 64 KiB on some older kernels, where initialisation then reports false).
// Both sizes must be powers of two.
constexpr size_t SecureHeapSize = 256 * 1024;
constexpr size_t SecureHeapMinimumAllocation = 32;

} // namespace

bool initSecureHeap()
{
    // A function-local static is initialised exactly once, even with concurrent callers.
    // CRYPTO_secure_malloc_init() returns 1 when the heap is set up with locked pages, 2 when it is set
    // up but mlock() or madvise(MADV_DONTDUMP) failed, and 0 when there is none.
    static const int result = CRYPTO_secure_malloc_init(SecureHeapSize, SecureHeapMinimumAllocation);
    return result == 1;
}

void cleanse(void *data, qsizetype size)
{
    if (data && size > 0)
        OPENSSL_cleanse(data, size_t(size));
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    // The lengths are not secret (a tag or a key has a fixed size); only the contents are.
    if (a.size() != b.size())
        return false;
    if (a.isEmpty())
        return true;
    return CRYPTO_memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

SecureBuffer::SecureBuffer(qsizetype size)
{
    if (size <= 0)
        return;
    m_data = static_cast<unsigned char *>(OPENSSL_secure_zalloc(size_t(size)));
    if (!m_data && CRYPTO_secure_malloc_initialized()) {
        // The secure heap is full or the request is larger than it. Ordinary memory, still zeroed
        // here and cleansed on release, is better than failing to unlock: OPENSSL_secure_clear_free()
        // recognises a pointer from outside the secure heap and frees it the ordinary way.
        m_data = static_cast<unsigned char *>(OPENSSL_zalloc(size_t(size)));
    }
    if (m_data)
        m_size = size;
}

SecureBuffer SecureBuffer::fromBytes(QByteArrayView bytes)
{
    SecureBuffer buffer(bytes.size());
    if (buffer.isValid())
        std::memcpy(buffer.m_data, bytes.data(), size_t(bytes.size()));
    return buffer;
}

SecureBuffer::SecureBuffer(SecureBuffer &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{
}

SecureBuffer &SecureBuffer::operator=(SecureBuffer &&other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBuffer::~SecureBuffer()
{
    release();
}

void SecureBuffer::release()
{
    // Cleanses before freeing, whether or not the block came from the secure heap.
    if (m_data)
        OPENSSL_secure_clear_free(m_data, size_t(m_size));
    m_data = nullptr;
    m_size = 0;
}

} // namespace rc::crypto
