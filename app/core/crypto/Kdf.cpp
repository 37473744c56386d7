#include "Kdf.h"

#include <QElapsedTimer>

#include <algorithm>
#include <argon2.h>
#include <cstdint>
#include <memory>
#include <openssl/core_names.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

namespace rc::crypto::Kdf {

namespace {

bool fitsUint32(qsizetype size)
{
    return size >= 0 && quint64(size) <= UINT32_MAX;
}

// libargon2 and OSSL_PARAM take non-const pointers to inputs they only read.
uint8_t *argon2Input(QByteArrayView bytes)
{
    return reinterpret_cast<uint8_t *>(const_cast<char *>(bytes.data()));
}

// Runs Argon2id (version 0x13) through argon2_ctx(), which writes the tag straight into `out`.
// (argon2id_hash_raw() would first put it in a malloc()ed block of its own and copy it over.)
// No bounds here: callers check them.
bool runArgon2id(QByteArrayView password, QByteArrayView salt, QByteArrayView secret,
                 QByteArrayView associatedData, const Argon2Parameters &parameters, qsizetype outputSize,
                 SecureBuffer *out)
{
    if (!out)
        return false;
    *out = SecureBuffer();
    if (outputSize < qsizetype(ARGON2_MIN_OUTLEN) || !fitsUint32(outputSize) || !fitsUint32(password.size())
        || !fitsUint32(salt.size()) || !fitsUint32(secret.size()) || !fitsUint32(associatedData.size()))
        return false;

    SecureBuffer result(outputSize);
    if (!result.isValid())
        return false;

    argon2_context context {};
    context.out = result.data();
    context.outlen = uint32_t(outputSize);
    context.pwd = argon2Input(password);
    context.pwdlen = uint32_t(password.size());
    context.salt = argon2Input(salt);
    context.saltlen = uint32_t(salt.size());
    context.secret = argon2Input(secret);
    context.secretlen = uint32_t(secret.size());
    context.ad = argon2Input(associatedData);
    context.adlen = uint32_t(associatedData.size());
    context.t_cost = parameters.iterations;
    context.m_cost = parameters.memoryKiB;
    context.lanes = parameters.parallelism;
    context.threads = parameters.parallelism;
    context.version = ARGON2_VERSION_13;
    context.allocate_cbk = nullptr; // libargon2 allocates, and wipes its memory before freeing it
    context.free_cbk = nullptr;
    // Not ARGON2_FLAG_CLEAR_PASSWORD / _SECRET: the inputs belong to the caller and are const.
    context.flags = ARGON2_DEFAULT_FLAGS;

    if (argon2_ctx(&context, Argon2_id) != ARGON2_OK)
        return false; // `result` is cleansed on release
    *out = std::move(result);
    return true;
}

struct KdfDeleter
{
    void operator()(EVP_KDF *kdf) const { EVP_KDF_free(kdf); }
};
struct KdfContextDeleter
{
    void operator()(EVP_KDF_CTX *context) const { EVP_KDF_CTX_free(context); }
};

void *paramOctets(QByteArrayView bytes)
{
    // OSSL_PARAM_get_octet_string() rejects a null pointer even for an empty string.
    static char empty = 0;
    return bytes.data() ? const_cast<char *>(bytes.data()) : &empty;
}

// Time one Argon2id run in nanoseconds (at least 1), or -1 when it failed, e.g. for lack of memory.
qint64 timeArgon2id(const Argon2Parameters &parameters)
{
    // Neither input is secret: only the duration matters.
    static const QByteArray password(32, 'p');
    static const QByteArray salt(16, 's');
    SecureBuffer out;
    QElapsedTimer timer;
    timer.start();
    if (!argon2id(password, salt, parameters, 32, &out))
        return -1;
    return std::max<qint64>(timer.nsecsElapsed(), 1);
}

} // namespace

bool isWithinBounds(const Argon2Parameters &parameters)
{
    return parameters.memoryKiB >= MinimumArgon2.memoryKiB && parameters.memoryKiB <= MaximumArgon2.memoryKiB
        && parameters.iterations >= MinimumArgon2.iterations
        && parameters.iterations <= MaximumArgon2.iterations
        && parameters.parallelism >= MinimumArgon2.parallelism
        && parameters.parallelism <= MaximumArgon2.parallelism;
}

bool argon2id(QByteArrayView password, QByteArrayView salt, const Argon2Parameters &parameters,
              qsizetype outputSize, SecureBuffer *out)
{
    // Checked before anything is allocated: the parameters may come from a hostile file.
    if (!isWithinBounds(parameters)) {
        if (out)
            *out = SecureBuffer();
        return false;
    }
    return runArgon2id(password, salt, {}, {}, parameters, outputSize, out);
}

bool argon2idUnbounded(QByteArrayView password, QByteArrayView salt, QByteArrayView secret,
                       QByteArrayView associatedData, const Argon2Parameters &parameters,
                       qsizetype outputSize, SecureBuffer *out)
{
    return runArgon2id(password, salt, secret, associatedData, parameters, outputSize, out);
}

bool hkdfSha256(QByteArrayView inputKey, QByteArrayView salt, QByteArrayView info, qsizetype outputSize,
                SecureBuffer *out)
{
    if (!out)
        return false;
    *out = SecureBuffer();
    // RFC 5869: L <= 255 * HashLen.
    constexpr qsizetype MaximumOutput = 255 * 32;
    if (outputSize <= 0 || outputSize > MaximumOutput)
        return false;

    const std::unique_ptr<EVP_KDF, KdfDeleter> kdf(EVP_KDF_fetch(nullptr, OSSL_KDF_NAME_HKDF, nullptr));
    if (!kdf)
        return false;
    const std::unique_ptr<EVP_KDF_CTX, KdfContextDeleter> context(EVP_KDF_CTX_new(kdf.get()));
    if (!context)
        return false;

    // The default mode is extract-then-expand. An absent salt is HashLen zero bytes (RFC 5869 2.2), which
    // gives the same PRK as an empty one, so empty salt and info are simply left out.
    char digest[] = "SHA256";
    OSSL_PARAM parameters[5];
    OSSL_PARAM *parameter = parameters;
    *parameter++ = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0);
    *parameter++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, paramOctets(inputKey),
                                                     size_t(inputKey.size()));
    if (!salt.isEmpty())
        *parameter++
            = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, paramOctets(salt), size_t(salt.size()));
    if (!info.isEmpty())
        *parameter++
            = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, paramOctets(info), size_t(info.size()));
    *parameter = OSSL_PARAM_construct_end();

    SecureBuffer result(outputSize);
    if (!result.isValid())
        return false;
    if (EVP_KDF_derive(context.get(), result.data(), size_t(outputSize), parameters) != 1)
        return false;
    *out = std::move(result);
    return true;
}

Argon2Parameters calibrateArgon2(int targetMilliseconds, quint32 maximumMemoryKiB)
{
    Argon2Parameters parameters = MinimumArgon2;
    if (targetMilliseconds <= 0)
        return parameters;
    const quint32 memoryCap = std::clamp(maximumMemoryKiB, MinimumArgon2.memoryKiB, MaximumArgon2.memoryKiB);
    const qint64 target = qint64(targetMilliseconds) * 1000 * 1000;

    qint64 elapsed = timeArgon2id(parameters);
    if (elapsed < 0)
        return parameters; // even the minimum failed; deriving will report it

    // Memory first (time grows about linearly with it), doubling up to the cap, while the predicted
    // time stays within the target. A size that fails (out of memory) ends the growth.
    while (parameters.memoryKiB < memoryCap) {
        Argon2Parameters larger = parameters;
        larger.memoryKiB = quint32(std::min<quint64>(quint64(parameters.memoryKiB) * 2, memoryCap));
        if (elapsed * qint64(larger.memoryKiB) / qint64(parameters.memoryKiB) > target)
            break;
        const qint64 largerElapsed = timeArgon2id(larger);
        if (largerElapsed < 0)
            break;
        parameters = larger;
        elapsed = largerElapsed;
    }

    // Then passes, also about linear in time.
    if (elapsed < target) {
        const qint64 scaled = qint64(parameters.iterations) * target / elapsed;
        parameters.iterations = quint32(
            std::clamp<qint64>(scaled, qint64(MinimumArgon2.iterations), qint64(MaximumArgon2.iterations)));
    }
    return parameters;
}

} // namespace rc::crypto::Kdf
