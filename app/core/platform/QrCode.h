#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

namespace rc::platform {

// A QR code (ISO/IEC 18004) as a square of dark and light modules, made by libqrencode from any
// bytes: an address to type on a phone, a contact card. Drawing it is up to the interface (rc_core
// has no Qt Gui): each module is a square, and a quiet zone of `QuietZone` light modules must surround
// the whole, or scanners may not find it.
class QrCode
{
public:
    enum class ErrorCorrection
    {
        Low, // about 7 % of the code may be damaged
        Medium, // 15 %: the usual choice for a screen
        Quartile, // 25 %
        High // 30 %
    };

    static constexpr int QuietZone = 4;

    // Encodes `data` in byte mode, in the smallest version (1 to 40) that holds it. A null code when
    // `data` is empty or too long for version 40 at this level (2953 bytes at Low, 2331 at Medium);
    // `error` then says why.
    static QrCode encode(const QByteArray &data, ErrorCorrection level = ErrorCorrection::Medium,
                         QString *error = nullptr);
    static QrCode encode(const QString &text, ErrorCorrection level = ErrorCorrection::Medium,
                         QString *error = nullptr)
    {
        return encode(text.toUtf8(), level, error);
    }

    bool isNull() const { return m_size == 0; }
    // Modules per side: 17 + 4 * version.
    int size() const { return m_size; }
    int version() const { return m_version; }
    // Whether the module in column x, row y is dark; outside the code (the quiet zone) it is light.
    bool isDark(int x, int y) const
    {
        return x >= 0 && y >= 0 && x < m_size && y < m_size && m_modules.at(y * m_size + x);
    }

    bool operator==(const QrCode &other) const = default;

private:
    int m_size = 0;
    int m_version = 0;
    QVector<bool> m_modules; // row by row
};

} // namespace rc::platform
