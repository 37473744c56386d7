#include "DocumentsModel.h"

#include "DocumentRenderer.h"
#include "VaultController.h"
#include "crypto/SecureBuffer.h"
#include "vault/Vault.h"

#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QUrl>

namespace rc::ui {

DocumentsModel::DocumentsModel(vault::Vault *vault, VaultController *controller)
    : QAbstractListModel(controller)
    , m_vault(vault)
    , m_controller(controller)
{
}

int DocumentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

QVariant DocumentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const vault::DocumentInfo &document = m_documents.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return document.title;
    case DocumentIdRole:
        return document.id;
    case MimeTypeRole:
        return document.mimeType;
    case SizeRole:
        return QLocale().formattedDataSize(document.size);
    case CreatedRole:
        return QLocale().toString(document.created.toLocalTime().date(), QLocale::ShortFormat);
    case IsPdfRole:
        return document.mimeType == QLatin1String("application/pdf");
    default:
        return {};
    }
}

QHash<int, QByteArray> DocumentsModel::roleNames() const
{
    return { { DocumentIdRole, "documentId" }, { TitleRole, "title" },
             { MimeTypeRole, "mimeType" },     { SizeRole, "size" },
             { CreatedRole, "created" },       { IsPdfRole, "isPdf" } };
}

qint64 DocumentsModel::importFile(const QString &location, const QString &title)
{
    const QString trimmed = location.trimmed();
    const QUrl url(trimmed);
    const QString path = url.isLocalFile() ? url.toLocalFile() : trimmed;
    const QFileInfo info(path);
    if (!info.isFile()) {
        m_controller->reportError(tr("There is no file at %1.").arg(path));
        return 0;
    }
    // Only what the app can show: photos and PDFs.
    const QString mimeType = QMimeDatabase().mimeTypeForFile(info, QMimeDatabase::MatchContent).name();
    if (mimeType != QLatin1String("application/pdf") && !mimeType.startsWith(QLatin1String("image/"))) {
        m_controller->reportError(tr("Only photos and PDF files can be kept here."));
        return 0;
    }
    vault::VaultError error = vault::VaultError::None;
    const auto id = m_vault->importDocument(
        path, title.trimmed().isEmpty() ? info.completeBaseName() : title.trimmed(), mimeType, &error);
    if (!id) {
        m_controller->reportError(vault::describe(error));
        return 0;
    }
    reload();
    m_controller->scheduleSave();
    return *id;
}

bool DocumentsModel::remove(qint64 id)
{
    if (!m_vault->removeDocument(id))
        return false;
    reload();
    m_controller->scheduleSave();
    return true;
}

QVariant DocumentsModel::get(qint64 id) const
{
    for (const vault::DocumentInfo &document : m_documents) {
        if (document.id != id)
            continue;
        int pages = 1;
        if (document.mimeType == QLatin1String("application/pdf")) {
            vault::VaultError error = vault::VaultError::None;
            std::optional<QByteArray> bytes = m_vault->readDocument(id, MaximumSize, &error);
            pages = bytes ? DocumentRenderer::pageCount(*bytes) : 0;
            if (bytes)
                crypto::cleanse(*bytes);
        }
        return QVariantMap { { QStringLiteral("found"), true },
                             { QStringLiteral("title"), document.title },
                             { QStringLiteral("mimeType"), document.mimeType },
                             { QStringLiteral("isPdf"),
                               document.mimeType == QLatin1String("application/pdf") },
                             { QStringLiteral("pageCount"), pages } };
    }
    return QVariantMap { { QStringLiteral("found"), false } };
}

void DocumentsModel::reload()
{
    const int before = rowCount();
    beginResetModel();
    m_documents = m_vault->state() == vault::Vault::State::Unlocked ? m_vault->documents()
                                                                    : QList<vault::DocumentInfo>();
    endResetModel();
    if (before != rowCount())
        Q_EMIT countChanged();
}

} // namespace rc::ui
