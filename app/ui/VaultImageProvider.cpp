#include "VaultImageProvider.h"

#include "DocumentRenderer.h"
#include "DocumentsModel.h"
#include "crypto/SecureBuffer.h"
#include "vault/Vault.h"

namespace rc::ui {

VaultImageProvider::VaultImageProvider(vault::Vault *vault)
    : QQuickImageProvider(QQuickImageProvider::Image)
    , m_vault(vault)
{
}

QImage VaultImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    const QStringList parts = id.split(QLatin1Char('/'));
    bool idOk = false;
    bool pageOk = false;
    const qint64 documentId = parts.value(0).toLongLong(&idOk);
    const int page = parts.value(1, QStringLiteral("0")).toInt(&pageOk);
    if (!idOk || !pageOk || m_vault->state() != vault::Vault::State::Unlocked)
        return {};
    vault::VaultError error = vault::VaultError::None;
    std::optional<QByteArray> bytes = m_vault->readDocument(documentId, DocumentsModel::MaximumSize, &error);
    if (!bytes)
        return {};
    const QImage image = DocumentRenderer::render(*bytes, page, requestedSize);
    crypto::cleanse(*bytes);
    if (size)
        *size = image.size();
    return image;
}

} // namespace rc::ui
