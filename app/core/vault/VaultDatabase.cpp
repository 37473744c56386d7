#include "VaultDatabase.h"

#include "storage/Migrations.h"

#include <QRegularExpression>
#include <QStringList>

#include <array>
#include <functional>
#include <sqlite3.h>
#include <utility>

namespace rc::vault {

namespace {

constexpr std::array migrations = {
    storage::Migration { 1, R"sql(
CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    procedure_step TEXT
);
CREATE VIRTUAL TABLE notes_search USING fts5(
    title, body, tags, content = 'notes', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER notes_added AFTER INSERT ON notes BEGIN
    INSERT INTO notes_search (rowid, title, body, tags) VALUES (new.id, new.title, new.body, new.tags);
END;
CREATE TRIGGER notes_removed AFTER DELETE ON notes BEGIN
    INSERT INTO notes_search (notes_search, rowid, title, body, tags) VALUES ('delete', old.id, old.title, old.body, old.tags);
END;
CREATE TRIGGER notes_changed AFTER UPDATE ON notes BEGIN
    INSERT INTO notes_search (notes_search, rowid, title, body, tags) VALUES ('delete', old.id, old.title, old.body, old.tags);
    INSERT INTO notes_search (rowid, title, body, tags) VALUES (new.id, new.title, new.body, new.tags);
END;
CREATE TABLE case_details (
    field TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
CREATE TABLE case_dates (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    date TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE TABLE appointments (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    place TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
CREATE TABLE personal_contacts (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    directory_ref TEXT
);
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    file_id TEXT NOT NULL UNIQUE,
    wrapped_key BLOB NOT NULL,
    created TEXT NOT NULL
);
)sql" },
};

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

Note readNote(const storage::Statement &stmt)
{
    Note note;
    note.id = stmt.integer(0);
    note.title = stmt.text(1);
    note.body = stmt.text(2);
    note.tags = stmt.text(3);
    note.created = QDateTime::fromString(stmt.text(4), Qt::ISODateWithMs);
    note.updated = QDateTime::fromString(stmt.text(5), Qt::ISODateWithMs);
    note.procedureStep = stmt.text(6);
    return note;
}

DocumentInfo readDocumentInfo(const storage::Statement &stmt)
{
    DocumentInfo info;
    info.id = stmt.integer(0);
    info.title = stmt.text(1);
    info.mimeType = stmt.text(2);
    info.size = stmt.integer(3);
    info.created = QDateTime::fromString(stmt.text(4), Qt::ISODateWithMs);
    return info;
}

const QString documentColumns = QStringLiteral("id, title, mime_type, size, created");

const QString noteColumns = QStringLiteral("id, title, body, tags, created, updated, procedure_step");

// Turns what a person typed into an FTS5 query that cannot be a syntax error: every word quoted and
// matched as a prefix, all words required.
QString ftsQuery(const QString &typed)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\p{P}\\p{S}]+"));
    QStringList terms;
    for (QString word : typed.split(separators, Qt::SkipEmptyParts)) {
        word.replace(QLatin1Char('"'), QLatin1String("\"\""));
        terms.append(QLatin1Char('"') + word + QLatin1String("\"*"));
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace

VaultDatabase::Image::Image(Image &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{
}

VaultDatabase::Image &VaultDatabase::Image::operator=(Image &&other) noexcept
{
    if (this != &other) {
        sqlite3_free(m_data);
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

VaultDatabase::Image::~Image()
{
    // The zeroing allocator wipes the block as it frees it.
    sqlite3_free(m_data);
}

unsigned char *VaultDatabase::allocateImage(qsizetype size)
{
    return static_cast<unsigned char *>(sqlite3_malloc64(sqlite3_uint64(size)));
}

bool VaultDatabase::prepare()
{
    // secure_delete overwrites freed pages; temp_store keeps sorting and temp tables in memory.
    if (!m_db.exec(QStringLiteral(
            "PRAGMA secure_delete = ON; PRAGMA temp_store = MEMORY; PRAGMA journal_mode = MEMORY;")))
        return false;
    QString error;
    if (storage::migrate(m_db, migrations, &error) != storage::MigrationResult::Ok) {
        m_db.close();
        return false;
    }
    return true;
}

bool VaultDatabase::create()
{
    return m_db.openInMemory() && prepare();
}

bool VaultDatabase::load(unsigned char *image, qsizetype size)
{
    if (!m_db.openInMemory()) {
        sqlite3_free(image);
        return false;
    }
    const int rc = sqlite3_deserialize(m_db.handle(), "main", image, sqlite3_int64(size), sqlite3_int64(size),
                                       SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
    if (rc != SQLITE_OK) {
        m_db.close();
        return false;
    }
    if (!m_db.checkIntegrity()) {
        m_db.close();
        return false;
    }
    return prepare();
}

void VaultDatabase::close()
{
    m_db.close();
}

VaultDatabase::Image VaultDatabase::serialize()
{
    if (!m_db.isOpen())
        return {};
    // Merge the search index so no segment keeps words of deleted notes, then rewrite every page.
    if (!m_db.exec(QStringLiteral("INSERT INTO notes_search (notes_search) VALUES ('optimize'); VACUUM;")))
        return {};
    sqlite3_int64 size = 0;
    unsigned char *data = sqlite3_serialize(m_db.handle(), "main", &size, 0);
    return data ? Image(data, qsizetype(size)) : Image();
}

qint64 VaultDatabase::addNote(const Note &note)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto stmt = m_db.prepare(QStringLiteral("INSERT INTO notes (title, body, tags, created, updated, "
                                            "procedure_step) VALUES (?1, ?2, ?3, ?4, ?4, ?5)"));
    stmt.bind(1, note.title)
        .bind(2, note.body)
        .bind(3, note.tags)
        .bind(4, iso(note.created.isValid() ? note.created : now));
    if (note.procedureStep.isEmpty())
        stmt.bindNull(5);
    else
        stmt.bind(5, note.procedureStep);
    if (!stmt.exec())
        return 0;
    return sqlite3_last_insert_rowid(m_db.handle());
}

bool VaultDatabase::updateNote(const Note &note)
{
    auto stmt = m_db.prepare(QStringLiteral("UPDATE notes SET title = ?2, body = ?3, tags = ?4, updated = "
                                            "?5, procedure_step = ?6 WHERE id = ?1"));
    stmt.bind(1, note.id)
        .bind(2, note.title)
        .bind(3, note.body)
        .bind(4, note.tags)
        .bind(5, iso(QDateTime::currentDateTimeUtc()));
    if (note.procedureStep.isEmpty())
        stmt.bindNull(6);
    else
        stmt.bind(6, note.procedureStep);
    return stmt.exec() && sqlite3_changes(m_db.handle()) == 1;
}

bool VaultDatabase::removeNote(qint64 id)
{
    auto stmt = m_db.prepare(QStringLiteral("DELETE FROM notes WHERE id = ?1"));
    return stmt.bind(1, id).exec() && sqlite3_changes(m_db.handle()) == 1;
}

std::optional<Note> VaultDatabase::note(qint64 id)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT %1 FROM notes WHERE id = ?1").arg(noteColumns));
    stmt.bind(1, id);
    if (!stmt.step())
        return std::nullopt;
    return readNote(stmt);
}

QList<Note> VaultDatabase::notes()
{
    QList<Note> result;
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT %1 FROM notes ORDER BY updated DESC, id DESC").arg(noteColumns));
    while (stmt.step())
        result.append(readNote(stmt));
    return result;
}

QList<Note> VaultDatabase::searchNotes(const QString &query)
{
    const QString match = ftsQuery(query);
    if (match.isEmpty())
        return notes();
    QList<Note> result;
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT n.id, n.title, n.body, n.tags, n.created, n.updated, n.procedure_step "
                       "FROM notes_search s JOIN notes n ON n.id = s.rowid "
                       "WHERE notes_search MATCH ?1 ORDER BY bm25(notes_search)"));
    stmt.bind(1, match);
    while (stmt.step())
        result.append(readNote(stmt));
    return result;
}

qint64 VaultDatabase::addDocument(const DocumentRecord &record)
{
    const DocumentInfo &info = record.info;
    auto stmt = m_db.prepare(QStringLiteral("INSERT INTO documents (title, mime_type, size, file_id, "
                                            "wrapped_key, created) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    stmt.bind(1, info.title)
        .bind(2, info.mimeType)
        .bind(3, info.size)
        .bind(4, record.fileId)
        .bind(5, record.wrappedKey)
        .bind(6, iso(info.created.isValid() ? info.created : QDateTime::currentDateTimeUtc()));
    if (!stmt.exec())
        return 0;
    return sqlite3_last_insert_rowid(m_db.handle());
}

std::optional<DocumentRecord> VaultDatabase::document(qint64 id)
{
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT %1, file_id, wrapped_key FROM documents WHERE id = ?1").arg(documentColumns));
    stmt.bind(1, id);
    if (!stmt.step())
        return std::nullopt;
    DocumentRecord record;
    record.info = readDocumentInfo(stmt);
    record.fileId = stmt.text(5);
    record.wrappedKey = stmt.blob(6);
    return record;
}

bool VaultDatabase::removeDocument(qint64 id)
{
    auto stmt = m_db.prepare(QStringLiteral("DELETE FROM documents WHERE id = ?1"));
    return stmt.bind(1, id).exec() && sqlite3_changes(m_db.handle()) == 1;
}

QList<DocumentInfo> VaultDatabase::documents()
{
    QList<DocumentInfo> result;
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT %1 FROM documents ORDER BY created DESC, id DESC").arg(documentColumns));
    while (stmt.step())
        result.append(readDocumentInfo(stmt));
    return result;
}

QString VaultDatabase::caseDetail(const QString &field)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT value FROM case_details WHERE field = ?1"));
    stmt.bind(1, field);
    return stmt.step() ? stmt.text(0) : QString();
}

bool VaultDatabase::setCaseDetail(const QString &field, const QString &value)
{
    if (value.isEmpty()) {
        auto remove = m_db.prepare(QStringLiteral("DELETE FROM case_details WHERE field = ?1"));
        return remove.bind(1, field).exec();
    }
    auto stmt = m_db.prepare(QStringLiteral("INSERT INTO case_details (field, value) VALUES (?1, ?2) ON "
                                            "CONFLICT (field) DO UPDATE SET value = excluded.value"));
    return stmt.bind(1, field).bind(2, value).exec();
}

namespace {

// Runs an INSERT (id 0) or UPDATE (id > 0) whose parameters are ?1 = id, ?2.. = the values bound by
// `bind`; returns the row's id, or 0 when nothing was written.
qint64 saveRow(storage::Database &db, qint64 id, const QString &insert, const QString &update,
               const std::function<void(storage::Statement &)> &bind)
{
    auto stmt = db.prepare(id == 0 ? insert : update);
    stmt.bind(1, id);
    bind(stmt);
    if (!stmt.exec() || sqlite3_changes(db.handle()) != 1)
        return 0;
    return id == 0 ? sqlite3_last_insert_rowid(db.handle()) : id;
}

bool removeRow(storage::Database &db, const QString &table, qint64 id)
{
    auto stmt = db.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?1").arg(table));
    return stmt.bind(1, id).exec() && sqlite3_changes(db.handle()) == 1;
}

} // namespace

qint64 VaultDatabase::saveCaseDate(const CaseDate &date)
{
    if (!date.date.isValid() || date.kind.trimmed().isEmpty())
        return 0;
    return saveRow(
        m_db, date.id, QStringLiteral("INSERT INTO case_dates (kind, date, note) VALUES (?2, ?3, ?4)"),
        QStringLiteral("UPDATE case_dates SET kind = ?2, date = ?3, note = ?4 WHERE id = ?1"),
        [&](storage::Statement &stmt) {
            stmt.bind(2, date.kind.trimmed()).bind(3, date.date.toString(Qt::ISODate)).bind(4, date.note);
        });
}

bool VaultDatabase::removeCaseDate(qint64 id)
{
    return removeRow(m_db, QStringLiteral("case_dates"), id);
}

QList<CaseDate> VaultDatabase::caseDates()
{
    QList<CaseDate> result;
    auto stmt = m_db.prepare(QStringLiteral("SELECT id, kind, date, note FROM case_dates ORDER BY date, id"));
    while (stmt.step())
        result.append(
            { stmt.integer(0), stmt.text(1), QDate::fromString(stmt.text(2), Qt::ISODate), stmt.text(3) });
    return result;
}

qint64 VaultDatabase::saveAppointment(const Appointment &appointment)
{
    if (!appointment.startsAt.isValid())
        return 0;
    return saveRow(
        m_db, appointment.id,
        QStringLiteral("INSERT INTO appointments (title, starts_at, place, note) VALUES (?2, ?3, ?4, ?5)"),
        QStringLiteral(
            "UPDATE appointments SET title = ?2, starts_at = ?3, place = ?4, note = ?5 WHERE id = ?1"),
        [&](storage::Statement &stmt) {
            stmt.bind(2, appointment.title)
                .bind(3, iso(appointment.startsAt))
                .bind(4, appointment.place)
                .bind(5, appointment.note);
        });
}

bool VaultDatabase::removeAppointment(qint64 id)
{
    return removeRow(m_db, QStringLiteral("appointments"), id);
}

QList<Appointment> VaultDatabase::appointments()
{
    QList<Appointment> result;
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT id, title, starts_at, place, note FROM appointments ORDER BY starts_at, id"));
    while (stmt.step()) {
        result.append({ stmt.integer(0), stmt.text(1), QDateTime::fromString(stmt.text(2), Qt::ISODateWithMs),
                        stmt.text(3), stmt.text(4) });
    }
    return result;
}

qint64 VaultDatabase::savePersonalContact(const PersonalContact &contact)
{
    if (contact.name.trimmed().isEmpty())
        return 0;
    return saveRow(
        m_db, contact.id,
        QStringLiteral("INSERT INTO personal_contacts (name, role, phone, email, note, directory_ref) "
                       "VALUES (?2, ?3, ?4, ?5, ?6, nullif(?7, ''))"),
        QStringLiteral(
            "UPDATE personal_contacts SET name = ?2, role = ?3, phone = ?4, email = ?5, note = ?6, "
            "directory_ref = nullif(?7, '') WHERE id = ?1"),
        [&](storage::Statement &stmt) {
            stmt.bind(2, contact.name.trimmed())
                .bind(3, contact.role)
                .bind(4, contact.phone)
                .bind(5, contact.email)
                .bind(6, contact.note)
                .bind(7, contact.directoryRef);
        });
}

bool VaultDatabase::removePersonalContact(qint64 id)
{
    return removeRow(m_db, QStringLiteral("personal_contacts"), id);
}

QList<PersonalContact> VaultDatabase::personalContacts()
{
    QList<PersonalContact> result;
    auto stmt
        = m_db.prepare(QStringLiteral("SELECT id, name, role, phone, email, note, coalesce(directory_ref, "
                                      "'') FROM personal_contacts ORDER BY name, id"));
    while (stmt.step()) {
        result.append({ stmt.integer(0), stmt.text(1), stmt.text(2), stmt.text(3), stmt.text(4), stmt.text(5),
                        stmt.text(6) });
    }
    return result;
}

} // namespace rc::vault
