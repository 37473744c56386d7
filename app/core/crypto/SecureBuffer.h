#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace rc::crypto {

// Sets up OpenSSL's secure heap (256 KiB of locked, guarded pages, kept out of core dumps) once per
// process, before any key exists. Thread-safe; later calls return the first call's answer. Returns
// false where the platform has none, or where the pages could not be locked (RLIMIT_MEMLOCK) and so
// may be swapped out; SecureBuffer then falls back to, or keeps using, memory that is still cleansed
// on release.
bool initSecureHeap();

// Overwrites memory in a way the compiler may not optimise away (OPENSSL_cleanse). Null or empty is a no-op.
void cleanse(void *data, qsizetype size);
// Only this QByteArray's own bytes up to size() are wiped: if it shares its data with another
// QByteArray (implicit sharing), detach() first copies them and the shared block is left as it is.
// Secrets are therefore best kept in a SecureBuffer, or in a QByteArray that is never copied.
inline void cleanse(QByteArray &bytes)
{
    bytes.detach();
    cleanse(bytes.data(), bytes.size());
}

// Compares without an early exit, so the time taken reveals nothing about where bytes differ.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

// Bytes of key material: in OpenSSL's secure heap, zero-initialised, cleansed when released.
// Move-only, so a key is never copied by accident; a moved-from buffer is empty and invalid.
// The secure heap is small (see initSecureHeap): a request it cannot hold is served from ordinary
// memory, zeroed and cleansed all the same, rather than failing.
class SecureBuffer
{
public:
    SecureBuffer() = default;
    // A size of zero or less gives an empty, invalid buffer, like the default constructor.
    explicit SecureBuffer(qsizetype size);
    static SecureBuffer fromBytes(QByteArrayView bytes);
    SecureBuffer(SecureBuffer &&other) noexcept;
    SecureBuffer &operator=(SecureBuffer &&other) noexcept;
    SecureBuffer(const SecureBuffer &) = delete;
    SecureBuffer &operator=(const SecureBuffer &) = delete;
    ~SecureBuffer();

    // False when the allocation failed (or for a default-constructed buffer).
    bool isValid() const { return m_data != nullptr; }
    qsizetype size() const { return m_size; }
    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    QByteArrayView view() const { return { m_data, m_size }; }

private:
    void release();

    unsigned char *m_data = nullptr;
    qsizetype m_size = 0;
};

} // namespace rc::crypto
