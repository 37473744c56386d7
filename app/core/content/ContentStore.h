#pragma once

#include "storage/Database.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

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

    QList<PackInfo> packs(const QString &language);
    QList<TopicSummary> topics(const QString &language);
    QList<ArticleSummary> articles(const QString &topicId, const QString &language);
    std::optional<ArticleText> article(const QString &pack, const QString &id, const QString &language);
    bool hasArticle(const QString &pack, const QString &id);
    // The glossary in `language`, each entry falling back to the pack's default language, in the order
    // of the original; of every pack, or of `pack` only.
    QList<GlossaryEntry> glossary(const QString &language, const QString &pack = {});
    // The newest "checked" date over all installed packs.
    QDate contentDate();

private:
    bool openAndMigrate(const QString &path);

    storage::Database m_db;
    QString m_recoveryNotice;
    QString m_lastError;
};

} // namespace rc::content
