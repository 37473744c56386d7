#include "QrCodeItem.h"

#include <QPainter>

#include <algorithm>

namespace rc::ui {

QrCodeItem::QrCodeItem(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setImplicitSize(240, 240);
    // Module edges must stay crisp for the camera.
    setAntialiasing(false);
}

void QrCodeItem::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_code = text.isEmpty() ? platform::QrCode() : platform::QrCode::encode(text);
    Q_EMIT textChanged();
    update();
}

void QrCodeItem::paint(QPainter *painter)
{
    if (m_code.isNull())
        return;
    const int side = int(std::min(width(), height()));
    const int total = modules();
    // Whole pixels per module; a code too large for the item is drawn at one pixel per module.
    const int scale = std::max(1, side / total);
    const int drawn = scale * total;
    const int left = (int(width()) - drawn) / 2;
    const int top = (int(height()) - drawn) / 2;
    painter->fillRect(left, top, drawn, drawn, Qt::white);
    const int offset = platform::QrCode::QuietZone;
    for (int y = 0; y < m_code.size(); ++y) {
        for (int x = 0; x < m_code.size(); ++x) {
            if (m_code.isDark(x, y))
                painter->fillRect(left + (x + offset) * scale, top + (y + offset) * scale, scale, scale,
                                  Qt::black);
        }
    }
}

} // namespace rc::ui
