#include "Ed25519.h"

#include "Random.h"

#include <QFile>

#include <memory>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace rc::crypto::Ed25519 {

namespace {

struct KeyDeleter
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
using Key = std::unique_ptr<EVP_PKEY, KeyDeleter>;

struct DigestContextDeleter
{
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};
using DigestContext = std::unique_ptr<EVP_MD_CTX, DigestContextDeleter>;

struct BioDeleter
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
using Bio = std::unique_ptr<BIO, BioDeleter>;

constexpr qsizetype MaximumPemFileSize = 4096;

const unsigned char *bytes(QByteArrayView data)
{
    return reinterpret_cast<const unsigned char *>(data.data());
}

Key privateKey(const SecureBuffer &seed)
{
    if (!seed.isValid() || seed.size() != SeedSize)
        return {};
    return Key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, seed.data(), size_t(SeedSize)));
}

} // namespace

PrivateKey PrivateKey::generate()
{
    PrivateKey key;
    key.m_seed = Random::secureBytes(SeedSize);
    return key;
}

PrivateKey PrivateKey::fromSeed(QByteArrayView seed)
{
    PrivateKey key;
    if (seed.size() == SeedSize)
        key.m_seed = SecureBuffer::fromBytes(seed);
    return key;
}

PrivateKey PrivateKey::fromPem(QByteArrayView pem)
{
    PrivateKey key;
    if (pem.isEmpty() || pem.size() > MaximumPemFileSize)
        return key;
    const Bio bio(BIO_new_mem_buf(pem.data(), int(pem.size())));
    if (!bio)
        return key;
    // No password callback: an encrypted PEM is refused rather than prompting on a terminal.
    const Key parsed(PEM_read_bio_PrivateKey(
        bio.get(), nullptr, [](char *, int, int, void *) { return 0; }, nullptr));
    if (!parsed || EVP_PKEY_get_id(parsed.get()) != EVP_PKEY_ED25519)
        return key;
    SecureBuffer seed(SeedSize);
    size_t length = size_t(SeedSize);
    if (!seed.isValid() || EVP_PKEY_get_raw_private_key(parsed.get(), seed.data(), &length) != 1
        || length != size_t(SeedSize))
        return key;
    key.m_seed = std::move(seed);
    return key;
}

QByteArray PrivateKey::publicKey() const
{
    const Key key = privateKey(m_seed);
    if (!key)
        return {};
    QByteArray out(PublicKeySize, Qt::Uninitialized);
    size_t length = size_t(PublicKeySize);
    if (EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char *>(out.data()), &length) != 1
        || length != size_t(PublicKeySize))
        return {};
    return out;
}

QByteArray PrivateKey::sign(QByteArrayView message) const
{
    const Key key = privateKey(m_seed);
    const DigestContext context(EVP_MD_CTX_new());
    if (!key || !context)
        return {};
    // Ed25519 is "one-shot": no digest is named, and the whole message goes to EVP_DigestSign().
    if (EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return {};
    QByteArray out(SignatureSize, Qt::Uninitialized);
    size_t length = size_t(SignatureSize);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(out.data()), &length, bytes(message),
                       size_t(message.size()))
            != 1
        || length != size_t(SignatureSize))
        return {};
    return out;
}

QByteArray PrivateKey::toPem() const
{
    const Key key = privateKey(m_seed);
    const Bio bio(BIO_new(BIO_s_mem()));
    if (!key || !bio)
        return {};
    if (PEM_write_bio_PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    if (size <= 0 || !data)
        return {};
    QByteArray pem(data, qsizetype(size));
    cleanse(data, qsizetype(size));
    return pem;
}

bool PrivateKey::writePemFile(const QString &path, QString *error) const
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QByteArray pem = toPem();
    if (pem.isEmpty())
        return fail(QStringLiteral("no valid key to write"));
    QFile file(path);
    // NewOnly: never overwrite a key; the permissions are set as the file is created, before any byte.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        cleanse(pem);
        return fail(QStringLiteral("cannot create %1: %2").arg(path, file.errorString()));
    }
    const bool written = file.write(pem) == pem.size() && file.flush();
    cleanse(pem);
    file.close();
    if (!written || file.error() != QFileDevice::NoError) {
        file.remove();
        return fail(QStringLiteral("cannot write %1").arg(path));
    }
    return true;
}

PrivateKey PrivateKey::readPemFile(const QString &path, QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return PrivateKey();
    };
    QFile file(path);
    // Unbuffered: no copy of the key is left in QIODevice's buffer.
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return fail(QStringLiteral("cannot open %1: %2").arg(path, file.errorString()));
    if (file.size() > MaximumPemFileSize)
        return fail(QStringLiteral("%1 is too large to be an Ed25519 key").arg(path));
    QByteArray pem = file.read(MaximumPemFileSize + 1);
    PrivateKey key = fromPem(pem);
    cleanse(pem);
    if (!key.isValid())
        return fail(QStringLiteral("%1 is not an unencrypted Ed25519 private key in PEM").arg(path));
    return key;
}

bool verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature)
{
    if (publicKey.size() != PublicKeySize || signature.size() != SignatureSize)
        return false;
    const Key key(
        EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(publicKey), size_t(PublicKeySize)));
    const DigestContext context(EVP_MD_CTX_new());
    if (!key || !context)
        return false;
    if (EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return false;
    return EVP_DigestVerify(context.get(), bytes(signature), size_t(SignatureSize), bytes(message),
                            size_t(message.size()))
        == 1;
}

QString publicKeyToHex(QByteArrayView publicKey)
{
    return QString::fromLatin1(publicKey.toByteArray().toHex());
}

std::optional<QByteArray> publicKeyFromHex(QByteArrayView hex)
{
    if (hex.size() != 2 * PublicKeySize)
        return std::nullopt;
    for (const char c : hex) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return std::nullopt;
    }
    return QByteArray::fromHex(hex.toByteArray());
}

} // namespace rc::crypto::Ed25519
