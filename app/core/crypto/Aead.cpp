#include "Aead.h"

#include <algorithm>
#include <climits>
#include <memory>
#include <openssl/evp.h>

namespace rc::crypto::Aead {

namespace {

struct CipherContextDeleter
{
    void operator()(EVP_CIPHER_CTX *context) const { EVP_CIPHER_CTX_free(context); }
};
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, CipherContextDeleter>;

// EVP_*Update() take int lengths; larger inputs go through in pieces (GCM is a stream mode, so the
// split changes nothing). A null output feeds associated data.
constexpr qsizetype MaximumChunk = INT_MAX / 2;
using UpdateFunction = int (*)(EVP_CIPHER_CTX *, unsigned char *, int *, const unsigned char *, int);

bool update(EVP_CIPHER_CTX *context, UpdateFunction function, QByteArrayView input, unsigned char *output)
{
    const auto *in = reinterpret_cast<const unsigned char *>(input.data());
    for (qsizetype done = 0; done < input.size();) {
        const int chunk = int(std::min(input.size() - done, MaximumChunk));
        int written = 0;
        if (function(context, output ? output + done : nullptr, &written, in + done, chunk) != 1)
            return false;
        // GCM writes every byte it is given at once; anything else would misplace the next chunk.
        if (output && written != chunk)
            return false;
        done += chunk;
    }
    return true;
}

bool sizesValid(const SecureBuffer &key, QByteArrayView nonce)
{
    return key.isValid() && key.size() == KeySize && nonce.size() == NonceSize;
}

// Cipher, then the 96-bit IV length (explicitly, though it is GCM's default), then key and nonce.
bool initialise(EVP_CIPHER_CTX *context, bool encrypting, const SecureBuffer &key, QByteArrayView nonce)
{
    const auto init = encrypting ? EVP_EncryptInit_ex : EVP_DecryptInit_ex;
    return init(context, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_GCM_SET_IVLEN, int(NonceSize), nullptr) == 1
        && init(context, nullptr, nullptr, key.data(), reinterpret_cast<const unsigned char *>(nonce.data()))
        == 1;
}

bool encryptInto(const SecureBuffer &key, QByteArrayView nonce, QByteArrayView associatedData,
                 QByteArrayView plaintext, unsigned char *ciphertext, unsigned char *tag)
{
    const CipherContext context(EVP_CIPHER_CTX_new());
    if (!context || !initialise(context.get(), true, key, nonce))
        return false;
    if (!update(context.get(), EVP_EncryptUpdate, associatedData, nullptr)
        || !update(context.get(), EVP_EncryptUpdate, plaintext, ciphertext))
        return false;
    // GCM's final step writes nothing, but give it a valid pointer.
    unsigned char finalBlock[16];
    int finalLength = 0;
    if (EVP_EncryptFinal_ex(context.get(), finalBlock, &finalLength) != 1 || finalLength != 0)
        return false;
    return EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, int(TagSize), tag) == 1;
}

bool decryptInto(const SecureBuffer &key, QByteArrayView nonce, QByteArrayView associatedData,
                 QByteArrayView ciphertext, QByteArrayView tag, unsigned char *plaintext)
{
    const CipherContext context(EVP_CIPHER_CTX_new());
    if (!context || !initialise(context.get(), false, key, nonce))
        return false;
    if (!update(context.get(), EVP_DecryptUpdate, associatedData, nullptr)
        || !update(context.get(), EVP_DecryptUpdate, ciphertext, plaintext))
        return false;
    // OpenSSL only reads the expected tag; the parameter is not const for historical reasons.
    unsigned char expectedTag[TagSize];
    std::copy_n(reinterpret_cast<const unsigned char *>(tag.data()), TagSize, expectedTag);
    if (EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, int(TagSize), expectedTag) != 1)
        return false;
    // The tag is compared in constant time inside EVP_DecryptFinal_ex().
    unsigned char finalBlock[16];
    int finalLength = 0;
    return EVP_DecryptFinal_ex(context.get(), finalBlock, &finalLength) == 1 && finalLength == 0;
}

} // namespace

bool encrypt(const SecureBuffer &key, QByteArrayView nonce, QByteArrayView associatedData,
             QByteArrayView plaintext, QByteArray *ciphertext, QByteArray *tag)
{
    if (!ciphertext || !tag)
        return false;
    ciphertext->clear();
    tag->clear();
    if (!sizesValid(key, nonce))
        return false;

    QByteArray cipherOut(plaintext.size(), Qt::Uninitialized);
    QByteArray tagOut(TagSize, Qt::Uninitialized);
    if (!encryptInto(key, nonce, associatedData, plaintext,
                     reinterpret_cast<unsigned char *>(cipherOut.data()),
                     reinterpret_cast<unsigned char *>(tagOut.data())))
        return false;
    *ciphertext = std::move(cipherOut);
    *tag = std::move(tagOut);
    return true;
}

bool decrypt(const SecureBuffer &key, QByteArrayView nonce, QByteArrayView associatedData,
             QByteArrayView ciphertext, QByteArrayView tag, unsigned char *plaintext)
{
    if (!plaintext && !ciphertext.isEmpty())
        return false;
    const bool ok = sizesValid(key, nonce) && tag.size() == TagSize
        && decryptInto(key, nonce, associatedData, ciphertext, tag, plaintext);
    // Unauthenticated plaintext must never be seen: wipe all of it on every failure.
    if (!ok)
        cleanse(plaintext, ciphertext.size());
    return ok;
}

} // namespace rc::crypto::Aead
