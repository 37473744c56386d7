#pragma once

#include "vault/VaultDatabase.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace rc::vault {
class Vault;
} // namespace rc::vault

namespace rc::ui {

class VaultController;

// Photos and PDFs of letters kept in the unlocked vault, newest first. Empty while locked.
class DocumentsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("DocumentsModel belongs to VaultSession.documents")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role
    {
        DocumentIdRole = Qt::UserRole + 1,
        TitleRole,
        MimeTypeRole,
        SizeRole,
        CreatedRole,
        IsPdfRole
    };

    // Largest file accepted, and read back for display.
    static constexpr qsizetype MaximumSize = 64 * 1024 * 1024;

    DocumentsModel(vault::Vault *vault, VaultController *controller);

    int count() const { return rowCount(); }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Encrypts a copy of the file at `location` (a path or a file:// URL) into the vault. The original
    // is left where it is: the page tells the person they may delete it. Returns the new id or 0.
    Q_INVOKABLE qint64 importFile(const QString &location, const QString &title);
    Q_INVOKABLE bool remove(qint64 id);
    // {found, title, mimeType, isPdf, pageCount}
    Q_INVOKABLE QVariant get(qint64 id) const;

    void reload();

Q_SIGNALS:
    void countChanged();

private:
    vault::Vault *m_vault;
    VaultController *m_controller;
    QList<vault::DocumentInfo> m_documents;
};

} // namespace rc::ui
