#pragma once

#include "storage/Database.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace rc::vault {

struct Note
{
    qint64 id = 0;
    QString title;
    QString body; // Markdown
    QString tags; // comma-separated
    QDateTime created;
    QDateTime updated;
    QString procedureStep; // optional link to a step of a procedure, e.g. "nl/general/interview"
};

// A date in the person's case ("decision sent", "interview"); the personal timeline reads these.
struct CaseDate
{
    qint64 id = 0;
    QString kind; // e.g. "application", "interview", "decision_sent"
    QDate date;
    QString note;
};

struct Appointment
{
    qint64 id = 0;
    QString title;
    QDateTime startsAt; // stored in UTC
    QString place;
    QString note;
};

// Someone the person deals with: their lawyer, case worker, guardian. `directoryRef` points at the
// directory entry it was copied from, if any.
struct PersonalContact
{
    qint64 id = 0;
    QString name;
    QString role;
    QString phone;
    QString email;
    QString note;
    QString directoryRef;
};

// A document in the vault (a photo or PDF of a letter), as listed; its bytes are in an encrypted file
// of its own (DocumentFile), read through Vault::readDocument().
struct DocumentInfo
{
    qint64 id = 0;
    QString title;
    QString mimeType; // e.g. "application/pdf", "image/jpeg"
    qint64 size = 0; // of the plaintext, in bytes
    QDateTime created;
};

// The row behind a DocumentInfo: which file, and its key wrapped under the vault (see Vault).
struct DocumentRecord
{
    DocumentInfo info;
    QString fileId; // lowercase hex of the 16-byte file id; the file is documents/<fileId>.rcd
    QByteArray wrappedKey; // DocumentFile::wrapKey()
};

// The unlocked vault: an SQLite database that lives only in memory. It is loaded from and saved to a
// plaintext image that only ever exists in SQLite's own (zeroing) heap; VaultFile encrypts it.
class VaultDatabase
{
public:
    // Fields of "my case" that the app knows about; others can be stored too.
    static inline const QString VNumber = QStringLiteral("v_number");
    static inline const QString CaseWorker = QStringLiteral("case_worker");
    static inline const QString Lawyer = QStringLiteral("lawyer");
    static inline const QString ProcedureTrack = QStringLiteral("procedure_track");

    // An owned copy of the serialised database, wiped and freed by SQLite's allocator.
    class Image
    {
    public:
        Image() = default;
        Image(unsigned char *data, qsizetype size)
            : m_data(data)
            , m_size(size)
        {
        }
        Image(Image &&other) noexcept;
        Image &operator=(Image &&other) noexcept;
        Image(const Image &) = delete;
        Image &operator=(const Image &) = delete;
        ~Image();

        bool isValid() const { return m_data != nullptr; }
        const unsigned char *data() const { return m_data; }
        qsizetype size() const { return m_size; }
        QByteArrayView view() const { return { m_data, m_size }; }

    private:
        unsigned char *m_data = nullptr;
        qsizetype m_size = 0;
    };

    // Memory for an image that load() can take over (sqlite3_malloc64).
    static unsigned char *allocateImage(qsizetype size);

    VaultDatabase() = default;
    VaultDatabase(VaultDatabase &&) noexcept = default;
    VaultDatabase &operator=(VaultDatabase &&) noexcept = default;
    VaultDatabase(const VaultDatabase &) = delete;
    VaultDatabase &operator=(const VaultDatabase &) = delete;

    // A new, empty vault.
    bool create();
    // Takes ownership of `image` (from allocateImage) whatever the outcome, and opens it.
    bool load(unsigned char *image, qsizetype size);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QString lastError() const { return m_db.lastError(); }

    // Compacts (so deleted text is really gone: search index merged, VACUUM with secure_delete) and
    // returns the database image to encrypt.
    Image serialize();

    qint64 addNote(const Note &note);
    bool updateNote(const Note &note);
    bool removeNote(qint64 id);
    std::optional<Note> note(qint64 id);
    // Newest first.
    QList<Note> notes();
    // Notes whose title, text or tags contain every word of `query` (prefixes match), best first.
    QList<Note> searchNotes(const QString &query);

    // Returns the new row's id, or 0 on failure.
    qint64 addDocument(const DocumentRecord &record);
    std::optional<DocumentRecord> document(qint64 id);
    bool removeDocument(qint64 id);
    // Newest first.
    QList<DocumentInfo> documents();

    QString caseDetail(const QString &field);
    bool setCaseDetail(const QString &field, const QString &value);

    // Key dates of the case, oldest first. Saving an entry with id 0 adds it and returns the new id;
    // otherwise it replaces the entry and returns its id, or 0 when there is no such entry.
    qint64 saveCaseDate(const CaseDate &date);
    bool removeCaseDate(qint64 id);
    QList<CaseDate> caseDates();

    // Appointments, soonest first.
    qint64 saveAppointment(const Appointment &appointment);
    bool removeAppointment(qint64 id);
    QList<Appointment> appointments();

    // Personal contacts, by name.
    qint64 savePersonalContact(const PersonalContact &contact);
    bool removePersonalContact(qint64 id);
    QList<PersonalContact> personalContacts();

    storage::Database &database() { return m_db; }

private:
    bool prepare();

    storage::Database m_db;
};

} // namespace rc::vault
