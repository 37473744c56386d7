#include "Random.h"

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <openssl/rand.h>

namespace rc::crypto::Random {

namespace {

// RAND_bytes() takes an int count, so larger requests are filled in pieces.
using Generator = int (*)(unsigned char *, int);

void fill(Generator generate, unsigned char *data, qsizetype size)
{
    constexpr qsizetype MaximumChunk = INT_MAX;
    for (qsizetype done = 0; done < size;) {
        const qsizetype chunk = std::min(size - done, MaximumChunk);
        // A failure of the random source is fatal: see Random.h.
        if (generate(data + done, int(chunk)) != 1)
            std::abort();
        done += chunk;
    }
}

} // namespace

QByteArray bytes(qsizetype size)
{
    if (size <= 0)
        return {};
    QByteArray out(size, Qt::Uninitialized);
    fill(RAND_bytes, reinterpret_cast<unsigned char *>(out.data()), size);
    return out;
}

SecureBuffer secureBytes(qsizetype size)
{
    SecureBuffer out(size);
    // An allocation failure is reported through isValid(), like any SecureBuffer.
    if (out.isValid())
        fill(RAND_priv_bytes, out.data(), out.size());
    return out;
}

} // namespace rc::crypto::Random
