#pragma once

#include "vault/VaultDatabase.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace rc::ui {

class VaultController;

// The notes of the unlocked vault, newest first, or those matching `query`. Empty while locked.
class NotesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("NotesModel belongs to VaultSession.notes")
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role
    {
        NoteIdRole = Qt::UserRole + 1,
        TitleRole,
        PreviewRole,
        TagsRole,
        UpdatedRole
    };

    NotesModel(vault::VaultDatabase *database, VaultController *controller);

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    int count() const { return rowCount(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Returns the new note's id.
    Q_INVOKABLE qint64 create(const QString &title, const QString &body, const QString &tags);
    Q_INVOKABLE bool update(qint64 id, const QString &title, const QString &body, const QString &tags);
    Q_INVOKABLE bool remove(qint64 id);
    // {found, title, body, tags, created, updated} (dates formatted for the current locale).
    Q_INVOKABLE QVariant get(qint64 id) const;

    // Re-reads the notes (after unlock, lock or an edit).
    void reload();

Q_SIGNALS:
    void queryChanged();
    void countChanged();

private:
    vault::VaultDatabase *m_database;
    VaultController *m_controller;
    QString m_query;
    QList<vault::Note> m_notes;
};

} // namespace rc::ui
