#pragma once

#include <QQuickImageProvider>

namespace rc::vault {
class Vault;
}

namespace rc::ui {

// Serves "image://vault/<document id>/<page>" to QML while the vault is unlocked: the document is
// decrypted into memory, decoded, and the plaintext bytes wiped. Images must be shown with
// `cache: false` so that no decoded picture outlives the page (see DocumentPage.qml).
class VaultImageProvider : public QQuickImageProvider
{
public:
    explicit VaultImageProvider(vault::Vault *vault);

    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

private:
    vault::Vault *m_vault;
};

} // namespace rc::ui
