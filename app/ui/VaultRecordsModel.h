#pragma once

#include <QAbstractListModel>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace rc::vault {
class VaultDatabase;
}

namespace rc::ui {

class VaultController;

// One kind of small record kept in the unlocked vault (key dates of the case, appointments, personal
// contacts) as a list model whose roles are the record's fields, plus `recordId`. Edits go through
// save() and remove(), which mark the vault for saving. Empty while the vault is locked.
class VaultRecordsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("VaultRecordsModel belongs to VaultSession")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    // How one table is read and written. Records are maps from field name to value; `toRecord`
    // returns an empty map (and sets *error) when the input cannot be stored.
    struct Table
    {
        QList<QByteArray> fields;
        std::function<QList<QVariantMap>(vault::VaultDatabase &)> list;
        std::function<qint64(vault::VaultDatabase &, const QVariantMap &, QString *error)> save;
        std::function<bool(vault::VaultDatabase &, qint64)> remove;
    };

    // The three tables of the vault.
    static Table caseDates();
    static Table appointments();
    static Table personalContacts();

    VaultRecordsModel(Table table, vault::VaultDatabase *database, VaultController *controller);

    int count() const { return rowCount(); }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Adds the record when its recordId is 0 or missing, replaces it otherwise. Returns its id, or 0
    // when it was not stored (the reason is reported to VaultSession.error).
    Q_INVOKABLE qint64 save(const QVariantMap &record);
    Q_INVOKABLE bool remove(qint64 recordId);
    // The record with this id as a map (empty when there is none).
    Q_INVOKABLE QVariant get(qint64 recordId) const;

    void reload();

Q_SIGNALS:
    void countChanged();

private:
    Table m_table;
    vault::VaultDatabase *m_database;
    VaultController *m_controller;
    QList<QVariantMap> m_records;
};

} // namespace rc::ui
