#pragma once

#include "platform/QrCode.h"

#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace rc::ui {

// Draws the QR code of `text` (QML type `QrCode`): dark modules on white with the quiet zone around
// them, whatever the theme (scanners expect dark on light), scaled to whole pixels per module so that
// every module stays sharp. Set Accessible.name in QML: the code itself says nothing to a screen reader.
class QrCodeItem : public QQuickPaintedItem
{
    Q_OBJECT
    QML_NAMED_ELEMENT(QrCode)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(bool valid READ valid NOTIFY textChanged)
    Q_PROPERTY(int modules READ modules NOTIFY textChanged)

public:
    explicit QrCodeItem(QQuickItem *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    bool valid() const { return !m_code.isNull(); }
    // Modules per side, quiet zone included (0 without a code).
    int modules() const { return m_code.isNull() ? 0 : m_code.size() + 2 * platform::QrCode::QuietZone; }

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void textChanged();

private:
    QString m_text;
    platform::QrCode m_code;
};

} // namespace rc::ui
