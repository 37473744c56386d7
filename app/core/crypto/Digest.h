#pragma once

#include <QByteArray>
#include <QByteArrayView>

struct evp_md_ctx_st;

namespace rc::crypto {

// SHA-256 through OpenSSL's EVP interface. Incremental so large inputs need not be held twice.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView data);
    // Returns the 32-byte digest; the object cannot be used afterwards.
    QByteArray result();

    static QByteArray hash(QByteArrayView data);

private:
    ::evp_md_ctx_st *m_ctx;
};

} // namespace rc::crypto
