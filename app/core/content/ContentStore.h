#pragma once

#include "search/SearchIndex.h"
#include "storage/Database.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace rc::content {

struct TopicSummary
{
    QString pack;
    QString id;
    QString icon;
    QString title;
    QString summary;
    int articleCount = 0;
};

struct ArticleSummary
{
    QString pack;
    QString id;
    QString title;
    QString summary;
    QString language; // the language this text is in; differs from the request on fallback
    QString status;
    QDate checked;
};

struct ArticleText
{
    QString pack;
    QString id;
    QString title;
    QString summary;
    QString body; // Markdown
    QString language;
    QString status; // effective: "outdated" when the English text changed since the translation
    QDate checked;
    QStringList sources;
    QString notice; // "" or "law-changing"
};

struct GlossaryEntry
{
    QString pack;
    QString id;
    QString term; // in Dutch, the same in every language
    QString explanation; // Markdown
    QString language; // differs from the request when the entry is not translated yet
    QString status;
};

// A procedure as a list entry: for choosing one.
struct ProcedureSummary
{
    QString pack;
    QString id;
    QString title;
    QString summary;
    QString track; // "", "general", "extended" or "dublin"
    QString language;
};

struct ProcedureDeadline
{
    QString label;
    QString term; // "1 week", ... or "ask-lawyer" (ProcedureFile::AskLawyer)
    QString event; // the key date it runs from, or empty
    QString basis;
    QString source;
    QString note;
};

struct ProcedureStep
{
    QString id;
    QString title;
    QString event; // the key date that marks this step as reached, or empty
    QString who;
    QStringList prepare; // Markdown lines
    QStringList rights; // Markdown lines
    QStringList read; // article ids
    QString duration;
    QString description; // Markdown
    QList<ProcedureDeadline> deadlines;
};

struct ProcedureText
{
    QString pack;
    QString id;
    QString title;
    QString summary;
    QString intro; // Markdown
    QString track;
    QString notice;
    QString language; // differs from the request when the procedure is not translated yet
    QString status;
    QDate checked;
    QStringList sources;
    QList<ProcedureStep> steps;
};

// One way to reach a contact, as the directory shows it.
struct ContactChannel
{
    QString kind; // "phone", "whatsapp", "email", "website" or "address"
    // phone and whatsapp: E.164 ("+31880430430"), or a national-only service number ("09008844"), or
    // "112"; email: the address; website: the https URL; address: the address on one line
    QString value;
    QString display; // as the author wrote it, e.g. "088 043 0430": what to show
    QString label; // in the text's language; may be empty
    QString hours; // as written ("Mo-Fr 09:00-17:00"), or empty when no source gives them
    QString closed; // "" or "holidays"
    bool nationalOnly = false; // 0800/0900 numbers: cannot be called from abroad or every phone plan
    bool emergency = false; // 112
};

// An organisation or office of the contact directory, with everything its list entry and page show.
struct ContactText
{
    QString pack;
    QString id;
    QString name;
    QString services;
    QString description; // Markdown
    QString language; // differs from the request when the contact is not translated yet
    QString status;
    QDate verified; // when the details were last checked against the sources
    QStringList regions; // "national", "province:<id>", "municipality:<id>", "centre:<id>"
    QStringList topics;
    QStringList spokenLanguages; // ISO 639 codes; empty when not known
    QString hours; // the organisation's hours as written, or empty
    QString closed; // "" or "holidays"
    QStringList sources;
    QList<ContactChannel> channels;
};

// An article read aloud: the Ogg Opus file as the pack carries it (checked on install).
struct ArticleRecording
{
    QString language;
    qint64 durationMs = 0;
    QByteArray data;
};

struct PackInfo
{
    QString id;
    int version = 0;
    QString digest;
    QDate contentDate;
    QString title;
    QString disclaimer;
    QString publisher;
};

// A target of the signed repository as installed: which bytes (by hash) the rows came from.
struct InstalledTarget
{
    QString name;
    QString pack;
    QString sha256; // hex, as the targets metadata says
    qint64 length = 0;
    bool operator==(const InstalledTarget &) const = default;
};

// The app's read-only view of installed content, plus the one way content gets in: importPack(),
// used for the bundled packs at every start (nothing is written when they are current) and, later,
// for verified updates.
class ContentStore
{
public:
    enum class ImportStatus
    {
        Installed,
        AlreadyCurrent,
        Refused,
        Failed
    };
    struct ImportResult
    {
        ImportStatus status;
        QString packId;
        QString message;
    };

    static constexpr int MaxValueBytes = 4 * 1024 * 1024;

    // Opens or creates the content database. A file that is not a database, is damaged or comes from
    // a newer app is moved aside as "<path>.damaged" and a new, empty one is made: content is public
    // and can be installed again, and the app must start. recoveryNotice() then says what happened.
    bool open(const QString &path);
    bool isOpen() const { return m_db.isOpen(); }
    QString recoveryNotice() const { return m_recoveryNotice; }
    QString lastError() const { return m_lastError; }

    ImportResult importPack(const QString &packFile);

    // The targets of the signed repository each pack was installed from, by target name (none for
    // packs installed from .rcpack files).
    QMap<QString, InstalledTarget> installedTargets();
    // Copies every row of `pack` (every content table) into `into`, a database with the content
    // schema: the starting point for applying changed targets to an installed pack.
    bool exportPack(const QString &pack, storage::Database &into, QString *error);
    // Installs the pack held by `pack` (a database with the content schema holding one pack, e.g. one
    // assembled from verified targets) exactly as importPack() installs a file, and records `targets`
    // as the repository targets it came from, in the same transaction. `beforeCommit` runs inside
    // the transaction after every write (tests read or crash there). `name` names it in messages.
    ImportResult importPackDatabase(storage::Database &pack, const QString &name,
                                    const QList<InstalledTarget> &targets,
                                    const std::function<void()> &beforeCommit = {});
    // Removes every row of `pack` and its installed targets in one transaction (the repository no
    // longer has it).
    ImportResult removePack(const QString &pack);

    QList<PackInfo> packs(const QString &language);
    QList<TopicSummary> topics(const QString &language);
    QList<ArticleSummary> articles(const QString &topicId, const QString &language);
    std::optional<ArticleText> article(const QString &pack, const QString &id, const QString &language);
    bool hasArticle(const QString &pack, const QString &id);
    // The recording of an article in exactly `language`, if the pack has one (no fallback: the
    // player decides what to offer instead).
    std::optional<ArticleRecording> recording(const QString &pack, const QString &article,
                                              const QString &language);
    // The languages an article has recordings in, sorted.
    QStringList recordingLanguages(const QString &pack, const QString &article);
    // The glossary in `language`, each entry falling back to the pack's default language, in the order
    // of the original; of every pack, or of `pack` only.
    QList<GlossaryEntry> glossary(const QString &language, const QString &pack = {});
    // The newest "checked" date over all installed packs.
    QDate contentDate();
    // Every installed procedure, each in `language` or the pack's default language, in pack order.
    QList<ProcedureSummary> procedures(const QString &language);
    // One procedure with its steps, in `language` or else the pack's default language.
    std::optional<ProcedureText> procedure(const QString &pack, const QString &id, const QString &language);

    // Every installed contact, each in `language` or the pack's default language: national ones first,
    // then by name.
    QList<ContactText> contacts(const QString &language);
    // One contact, in `language` or else the pack's default language.
    std::optional<ContactText> contact(const QString &pack, const QString &id, const QString &language);

    // What the user typed, searched in the installed articles and glossary (search/SearchIndex): hits
    // in `language` first, then English ones.
    QList<search::SearchHit> search(const QString &typed, const QString &language,
                                    const search::HighlightMarks &marks, int limit);

private:
    bool openAndMigrate(const QString &path);
    QList<ContactText> readContacts(const QString &pack, const QString &id, const QString &language);

    storage::Database m_db;
    QString m_recoveryNotice;
    QString m_lastError;
};

} // namespace rc::content
