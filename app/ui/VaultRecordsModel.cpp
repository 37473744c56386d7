#include "VaultRecordsModel.h"

#include "VaultController.h"
#include "vault/VaultDatabase.h"

#include <QLocale>
#include <QTimeZone>

namespace rc::ui {

namespace {

const QString RecordId = QStringLiteral("recordId");

QString text(const QVariantMap &record, const char *field)
{
    return record.value(QLatin1String(field)).toString().trimmed();
}

// Dates travel to and from QML as ISO text ("2026-03-01"), which every locale and calendar reads the
// same; the interface formats them for display from the `...Text` fields.
QDate isoDate(const QVariantMap &record, const char *field)
{
    return QDate::fromString(text(record, field), Qt::ISODate);
}

} // namespace

VaultRecordsModel::Table VaultRecordsModel::caseDates()
{
    Table table;
    table.fields = { "kind", "date", "dateText", "note" };
    table.list = [](vault::VaultDatabase &db) {
        QList<QVariantMap> records;
        for (const vault::CaseDate &d : db.caseDates()) {
            records.append({ { RecordId, d.id },
                             { QStringLiteral("kind"), d.kind },
                             { QStringLiteral("date"), d.date.toString(Qt::ISODate) },
                             { QStringLiteral("dateText"), QLocale().toString(d.date, QLocale::LongFormat) },
                             { QStringLiteral("note"), d.note } });
        }
        return records;
    };
    table.save = [](vault::VaultDatabase &db, const QVariantMap &record, QString *error) -> qint64 {
        vault::CaseDate d { record.value(RecordId).toLongLong(), text(record, "kind"),
                            isoDate(record, "date"), text(record, "note") };
        if (d.kind.isEmpty()) {
            *error = tr("Choose what happened on this date.");
            return 0;
        }
        if (!d.date.isValid()) {
            *error = tr("This date does not exist. Check the day and the month.");
            return 0;
        }
        return db.saveCaseDate(d);
    };
    table.remove = [](vault::VaultDatabase &db, qint64 id) { return db.removeCaseDate(id); };
    return table;
}

VaultRecordsModel::Table VaultRecordsModel::appointments()
{
    Table table;
    table.fields = { "title", "startsAt", "whenText", "place", "note", "past" };
    table.list = [](vault::VaultDatabase &db) {
        QList<QVariantMap> records;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const vault::Appointment &a : db.appointments()) {
            const QDateTime local = a.startsAt.toLocalTime();
            records.append(
                { { RecordId, a.id },
                  { QStringLiteral("title"), a.title },
                  // Local wall-clock time, as the person entered it.
                  { QStringLiteral("startsAt"), local.toString(QStringLiteral("yyyy-MM-ddTHH:mm")) },
                  { QStringLiteral("whenText"), QLocale().toString(local, QLocale::LongFormat) },
                  { QStringLiteral("place"), a.place },
                  { QStringLiteral("note"), a.note },
                  { QStringLiteral("past"), a.startsAt < now } });
        }
        return records;
    };
    table.save = [](vault::VaultDatabase &db, const QVariantMap &record, QString *error) -> qint64 {
        QDateTime startsAt
            = QDateTime::fromString(text(record, "startsAt"), QStringLiteral("yyyy-MM-ddTHH:mm"));
        vault::Appointment a { record.value(RecordId).toLongLong(),
                               text(record, "title"),
                               {},
                               text(record, "place"),
                               text(record, "note") };
        if (a.title.isEmpty()) {
            *error = tr("Give the appointment a name, for example \"Lawyer\".");
            return 0;
        }
        if (!startsAt.isValid()) {
            *error = tr("This date does not exist. Check the day and the month.");
            return 0;
        }
        startsAt.setTimeZone(QTimeZone::systemTimeZone());
        a.startsAt = startsAt.toUTC();
        return db.saveAppointment(a);
    };
    table.remove = [](vault::VaultDatabase &db, qint64 id) { return db.removeAppointment(id); };
    return table;
}

VaultRecordsModel::Table VaultRecordsModel::personalContacts()
{
    Table table;
    table.fields = { "name", "role", "phone", "email", "note", "directoryRef" };
    table.list = [](vault::VaultDatabase &db) {
        QList<QVariantMap> records;
        for (const vault::PersonalContact &c : db.personalContacts()) {
            records.append({ { RecordId, c.id },
                             { QStringLiteral("name"), c.name },
                             { QStringLiteral("role"), c.role },
                             { QStringLiteral("phone"), c.phone },
                             { QStringLiteral("email"), c.email },
                             { QStringLiteral("note"), c.note },
                             { QStringLiteral("directoryRef"), c.directoryRef } });
        }
        return records;
    };
    table.save = [](vault::VaultDatabase &db, const QVariantMap &record, QString *error) -> qint64 {
        const vault::PersonalContact c { record.value(RecordId).toLongLong(),
                                         text(record, "name"),
                                         text(record, "role"),
                                         text(record, "phone"),
                                         text(record, "email"),
                                         text(record, "note"),
                                         text(record, "directoryRef") };
        if (c.name.isEmpty()) {
            *error = tr("Write the person's or the organisation's name.");
            return 0;
        }
        return db.savePersonalContact(c);
    };
    table.remove = [](vault::VaultDatabase &db, qint64 id) { return db.removePersonalContact(id); };
    return table;
}

VaultRecordsModel::VaultRecordsModel(Table table, vault::VaultDatabase *database, VaultController *controller)
    : QAbstractListModel(controller)
    , m_table(std::move(table))
    , m_database(database)
    , m_controller(controller)
{
}

int VaultRecordsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

QVariant VaultRecordsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantMap &record = m_records.at(index.row());
    if (role == Qt::UserRole)
        return record.value(RecordId);
    const qsizetype field = role - Qt::UserRole - 1;
    if (field < 0 || field >= m_table.fields.size())
        return {};
    return record.value(QString::fromLatin1(m_table.fields.at(field)));
}

QHash<int, QByteArray> VaultRecordsModel::roleNames() const
{
    QHash<int, QByteArray> names { { Qt::UserRole, RecordId.toLatin1() } };
    for (qsizetype i = 0; i < m_table.fields.size(); ++i)
        names.insert(Qt::UserRole + 1 + int(i), m_table.fields.at(i));
    return names;
}

qint64 VaultRecordsModel::save(const QVariantMap &record)
{
    if (!m_database->isOpen())
        return 0;
    QString error;
    const qint64 id = m_table.save(*m_database, record, &error);
    if (id <= 0) {
        m_controller->reportError(error.isEmpty() ? tr("This could not be saved. Try again.") : error);
        return 0;
    }
    reload();
    m_controller->scheduleSave();
    return id;
}

bool VaultRecordsModel::remove(qint64 recordId)
{
    if (!m_database->isOpen() || !m_table.remove(*m_database, recordId))
        return false;
    reload();
    m_controller->scheduleSave();
    return true;
}

QVariant VaultRecordsModel::get(qint64 recordId) const
{
    for (const QVariantMap &record : m_records) {
        if (record.value(RecordId).toLongLong() == recordId)
            return record;
    }
    return QVariantMap();
}

void VaultRecordsModel::reload()
{
    const int before = rowCount();
    beginResetModel();
    if (m_database->isOpen())
        m_records = m_table.list(*m_database);
    else
        m_records.clear();
    endResetModel();
    if (before != rowCount())
        Q_EMIT countChanged();
}

} // namespace rc::ui
