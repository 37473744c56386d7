#include "RecoveryKey.h"

#include "crypto/Random.h"

namespace rc::vault::RecoveryKey {

namespace {
constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr int groupSize = 4;
} // namespace

crypto::SecureBuffer generate()
{
    return crypto::Random::secureBytes(Bytes);
}

QString format(const crypto::SecureBuffer &key)
{
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    int written = 0;
    auto put = [&](int index) {
        if (written > 0 && written % groupSize == 0)
            out.append(QLatin1Char('-'));
        out.append(QLatin1Char(alphabet[index]));
        ++written;
    };
    for (qsizetype i = 0; i < key.size(); ++i) {
        buffer = (buffer << 8) | key.data()[i];
        bits += 8;
        while (bits >= 5) {
            put(int((buffer >> (bits - 5)) & 31));
            bits -= 5;
        }
    }
    if (bits > 0)
        put(int((buffer << (5 - bits)) & 31));
    buffer = 0;
    return out;
}

crypto::SecureBuffer parse(const QString &text)
{
    crypto::SecureBuffer key(Bytes);
    if (!key.isValid())
        return {};
    quint32 buffer = 0;
    int bits = 0;
    qsizetype produced = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('-') || c.isSpace())
            continue;
        char letter = char(c.toUpper().toLatin1());
        if (letter == '0')
            letter = 'O';
        else if (letter == '1')
            letter = 'I';
        else if (letter == '8')
            letter = 'B';
        const char *at = letter ? std::char_traits<char>::find(alphabet, 32, letter) : nullptr;
        if (!at)
            return {};
        buffer = (buffer << 5) | quint32(at - alphabet);
        bits += 5;
        if (bits >= 8) {
            if (produced == Bytes)
                return {};
            key.data()[produced++] = static_cast<unsigned char>((buffer >> (bits - 8)) & 0xFF);
            bits -= 8;
        }
    }
    buffer = 0;
    if (produced != Bytes)
        return {};
    return key;
}

} // namespace rc::vault::RecoveryKey
