#include "QrCode.h"

#include <qrencode.h>

#include <cerrno>
#include <memory>

namespace rc::platform {

QrCode QrCode::encode(const QByteArray &data, ErrorCorrection level, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QrCode();
    };
    if (data.isEmpty())
        return fail(QStringLiteral("nothing to encode"));
    QRecLevel qrLevel = QR_ECLEVEL_M;
    switch (level) {
    case ErrorCorrection::Low:
        qrLevel = QR_ECLEVEL_L;
        break;
    case ErrorCorrection::Medium:
        qrLevel = QR_ECLEVEL_M;
        break;
    case ErrorCorrection::Quartile:
        qrLevel = QR_ECLEVEL_Q;
        break;
    case ErrorCorrection::High:
        qrLevel = QR_ECLEVEL_H;
        break;
    }
    // Version 0: the smallest version that holds the data. Byte mode keeps any bytes as they are
    // (QRcode_encodeString would stop at a NUL and guess modes).
    errno = 0;
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(data.size()), reinterpret_cast<const unsigned char *>(data.constData()), 0,
                          qrLevel),
        &QRcode_free);
    if (!code)
        return fail(errno == ERANGE ? QStringLiteral("%1 bytes do not fit in a QR code at this error "
                                                     "correction level")
                                          .arg(data.size())
                                    : QStringLiteral("the QR code could not be made (error %1)").arg(errno));
    QrCode result;
    result.m_size = code->width;
    result.m_version = code->version;
    result.m_modules.resize(qsizetype(code->width) * code->width);
    // libqrencode gives one byte per module; its lowest bit is the colour (1: dark).
    for (qsizetype i = 0; i < result.m_modules.size(); ++i)
        result.m_modules[i] = (code->data[i] & 1) != 0;
    return result;
}

} // namespace rc::platform
