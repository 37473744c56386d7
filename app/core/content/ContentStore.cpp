#include "ContentStore.h"

#include "ContentSchema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace rc::content {

using storage::Database;
using storage::Statement;

bool ContentStore::openAndMigrate(const QString &path)
{
    if (!m_db.open(path, Database::Mode::ReadWriteCreate) || !m_db.checkIntegrity()) {
        m_lastError = m_db.lastError();
        m_db.close();
        return false;
    }
    if (storage::migrate(m_db, contentMigrations(), &m_lastError) != storage::MigrationResult::Ok) {
        m_db.close();
        return false;
    }
    return true;
}

bool ContentStore::open(const QString &path)
{
    m_recoveryNotice.clear();
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (openAndMigrate(path))
        return true;

    const QString reason = m_lastError;
    const QString aside = path + QStringLiteral(".damaged");
    QFile::remove(aside);
    if (!QFile::rename(path, aside) && QFile::exists(path) && !QFile::remove(path)) {
        m_lastError = QStringLiteral("the content database %1 is damaged (%2) and cannot be replaced")
                          .arg(path, reason);
        return false;
    }
    if (!openAndMigrate(path))
        return false;
    m_recoveryNotice
        = QStringLiteral("The content database was damaged (%1). It was set aside and the content is "
                         "being installed again.")
              .arg(reason);
    return true;
}

namespace {

const QRegularExpression &safeId()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return re;
}

// Checks that a pack file does what a pack may do: hold exactly one pack, only rows of that pack, and
// values of the expected kind. Returns an empty string when it does.
QString validatePack(Database &pack, QString *packId)
{
    const int version = pack.userVersion();
    if (version < 0)
        return QStringLiteral("it is not a content pack (%1)").arg(pack.lastError());
    if (version != contentSchemaVersion())
        return QStringLiteral("it has format %1; this app reads format %2")
            .arg(version)
            .arg(contentSchemaVersion());

    Statement header = pack.prepare(QStringLiteral("SELECT pack, version, content_date FROM packs"));
    if (!header.isValid() || !header.step())
        return QStringLiteral("it has no pack record");
    *packId = header.text(0);
    if (!safeId().match(*packId).hasMatch() || header.integer(1) < 1
        || !QDate::fromString(header.text(2), Qt::ISODate).isValid())
        return QStringLiteral("its pack record is malformed");
    if (header.step())
        return QStringLiteral("it holds more than one pack");

    for (const ContentTable &table : contentTables()) {
        Statement stray = pack.prepare(
            QStringLiteral("SELECT count(*) FROM %1 WHERE pack IS NOT ?1").arg(QLatin1String(table.name)));
        if (!stray.isValid())
            return QStringLiteral("table %1 is missing or malformed (%2)")
                .arg(QLatin1String(table.name), pack.lastError());
        if (!stray.bind(1, *packId).step() || stray.integer(0) != 0)
            return QStringLiteral("table %1 holds rows of another pack").arg(QLatin1String(table.name));
    }
    // date() keeps an impossible day such as 2025-02-30 as it is; a modifier makes it normalise.
    const auto badTexts = pack.queryInteger(QStringLiteral(
        "SELECT count(*) FROM article_texts WHERE status NOT IN ('reviewed', 'machine', 'outdated') "
        "OR typeof(body) <> 'text' OR typeof(title) <> 'text' OR date(checked, '+0 days') IS NOT checked"));
    if (!badTexts || *badTexts != 0)
        return QStringLiteral("some articles have a malformed status, text or date");
    const auto badNotices = pack.queryInteger(QStringLiteral(
        "SELECT count(*) FROM articles WHERE notice IS NULL OR notice NOT IN ('', 'law-changing')"));
    if (!badNotices || *badNotices != 0)
        return QStringLiteral("some articles have an unknown notice");
    const auto badEntries = pack.queryInteger(QStringLiteral(
        "SELECT count(*) FROM glossary_texts WHERE status NOT IN ('reviewed', 'machine', 'outdated') "
        "OR typeof(term) <> 'text' OR typeof(explanation) <> 'text' OR typeof(position) <> 'integer'"));
    if (!badEntries || *badEntries != 0)
        return QStringLiteral("some glossary entries have a malformed status or text");
    return {};
}

} // namespace

ContentStore::ImportResult ContentStore::importPack(const QString &packFile)
{
    const QString name = QFileInfo(packFile).fileName();
    if (!m_db.isOpen())
        return { ImportStatus::Failed, {}, QStringLiteral("the content database is not open") };
    if (!QFileInfo(packFile).isFile())
        return { ImportStatus::Failed,
                 {},
                 QStringLiteral("the content pack %1 was not found").arg(packFile) };

    Database pack;
    if (!pack.open(packFile, Database::Mode::ReadOnly))
        return { ImportStatus::Failed,
                 {},
                 QStringLiteral("the content pack %1 cannot be opened: %2").arg(name, pack.lastError()) };
    pack.restrictForUntrustedInput(MaxValueBytes);
    if (!pack.checkIntegrity())
        return { ImportStatus::Failed,
                 {},
                 QStringLiteral("the content pack %1 is damaged: %2").arg(name, pack.lastError()) };

    QString packId;
    if (const QString problem = validatePack(pack, &packId); !problem.isEmpty())
        return { ImportStatus::Failed, packId,
                 QStringLiteral("the content pack %1 was not installed: %2").arg(name, problem) };

    Statement incoming = pack.prepare(QStringLiteral("SELECT version, digest FROM packs"));
    incoming.step();
    const qint64 newVersion = incoming.integer(0);
    const QString newDigest = incoming.text(1);

    Statement installed = m_db.prepare(QStringLiteral("SELECT version, digest FROM packs WHERE pack = ?1"));
    if (installed.bind(1, packId).step()) {
        const qint64 oldVersion = installed.integer(0);
        if (newVersion < oldVersion)
            return { ImportStatus::Refused, packId,
                     QStringLiteral("pack %1 version %2 is older than the installed version %3")
                         .arg(packId)
                         .arg(newVersion)
                         .arg(oldVersion) };
        if (newVersion == oldVersion && newDigest == installed.text(1))
            return { ImportStatus::AlreadyCurrent, packId, {} };
    }

    // Old content stays readable until this transaction commits; a failure leaves it untouched.
    storage::Transaction tx(m_db);
    if (!tx.isActive())
        return { ImportStatus::Failed, packId, m_db.lastError() };
    for (const ContentTable &table : contentTables()) {
        const QString tableName = QLatin1String(table.name);
        const QString columns = QLatin1String(table.columns);
        Statement remove = m_db.prepare(QStringLiteral("DELETE FROM %1 WHERE pack = ?1").arg(tableName));
        if (!remove.bind(1, packId).exec())
            return { ImportStatus::Failed, packId, m_db.lastError() };
        Statement read = pack.prepare(QStringLiteral("SELECT %1 FROM %2").arg(columns, tableName));
        const int count = read.columnCount();
        QStringList placeholders;
        for (int i = 1; i <= count; ++i)
            placeholders.append(QStringLiteral("?%1").arg(i));
        Statement write = m_db.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                           .arg(tableName, columns, placeholders.join(QLatin1Char(','))));
        if (!read.isValid() || !write.isValid())
            return {
                ImportStatus::Failed, packId,
                QStringLiteral("the content pack %1 does not match this app: %2").arg(name, pack.lastError())
            };
        while (read.step()) {
            for (int i = 0; i < count; ++i)
                write.bindColumn(i + 1, read, i);
            if (!write.exec())
                return {
                    ImportStatus::Failed, packId,
                    QStringLiteral("the content pack %1 was not installed: %2").arg(name, m_db.lastError())
                };
        }
        if (read.failed())
            return { ImportStatus::Failed, packId,
                     QStringLiteral("the content pack %1 is damaged: %2").arg(name, pack.lastError()) };
    }
    if (!tx.commit())
        return { ImportStatus::Failed, packId, m_db.lastError() };
    return { ImportStatus::Installed, packId, {} };
}

QList<PackInfo> ContentStore::packs(const QString &language)
{
    QList<PackInfo> result;
    Statement stmt = m_db.prepare(QStringLiteral(
        "SELECT p.pack, p.version, p.digest, p.content_date, t.title, t.disclaimer, p.publisher FROM packs p "
        "JOIN pack_texts t ON t.pack = p.pack AND t.lang = coalesce("
        "  (SELECT lang FROM pack_texts WHERE pack = p.pack AND lang = ?1), p.default_language) "
        "ORDER BY p.pack"));
    stmt.bind(1, language);
    while (stmt.step()) {
        result.append({ stmt.text(0), int(stmt.integer(1)), stmt.text(2),
                        QDate::fromString(stmt.text(3), Qt::ISODate), stmt.text(4), stmt.text(5),
                        stmt.text(6) });
    }
    return result;
}

QList<TopicSummary> ContentStore::topics(const QString &language)
{
    QList<TopicSummary> result;
    Statement stmt = m_db.prepare(QStringLiteral(
        "SELECT t.pack, t.topic, t.icon, x.title, x.summary, "
        "  (SELECT count(*) FROM article_topics a WHERE a.pack = t.pack AND a.topic = t.topic) AS n "
        "FROM topics t JOIN packs p ON p.pack = t.pack "
        "JOIN topic_texts x ON x.pack = t.pack AND x.topic = t.topic AND x.lang = coalesce("
        "  (SELECT lang FROM topic_texts WHERE pack = t.pack AND topic = t.topic AND lang = ?1), "
        "p.default_language) "
        "WHERE n > 0 ORDER BY t.pack, t.position"));
    stmt.bind(1, language);
    while (stmt.step())
        result.append(
            { stmt.text(0), stmt.text(1), stmt.text(2), stmt.text(3), stmt.text(4), int(stmt.integer(5)) });
    return result;
}

QList<ArticleSummary> ContentStore::articles(const QString &topicId, const QString &language)
{
    QList<ArticleSummary> result;
    Statement stmt = m_db.prepare(QStringLiteral(
        "SELECT a.pack, a.article, x.title, x.summary, x.lang, x.status, x.checked "
        "FROM article_topics at JOIN articles a ON a.pack = at.pack AND a.article = at.article "
        "JOIN packs p ON p.pack = a.pack "
        "JOIN article_texts x ON x.pack = a.pack AND x.article = a.article AND x.lang = coalesce("
        "  (SELECT lang FROM article_texts WHERE pack = a.pack AND article = a.article AND lang = ?2), "
        "p.default_language) "
        "WHERE at.topic = ?1 ORDER BY a.pack, a.position, x.title"));
    stmt.bind(1, topicId).bind(2, language);
    while (stmt.step()) {
        result.append({ stmt.text(0), stmt.text(1), stmt.text(2), stmt.text(3), stmt.text(4), stmt.text(5),
                        QDate::fromString(stmt.text(6), Qt::ISODate) });
    }
    return result;
}

std::optional<ArticleText> ContentStore::article(const QString &pack, const QString &id,
                                                 const QString &language)
{
    Statement stmt = m_db.prepare(
        QStringLiteral("SELECT x.title, x.summary, x.body, x.lang, x.status, x.checked, a.notice "
                       "FROM article_texts x JOIN packs p ON p.pack = x.pack "
                       "JOIN articles a ON a.pack = x.pack AND a.article = x.article "
                       "WHERE x.pack = ?1 AND x.article = ?2 AND x.lang = coalesce("
                       "  (SELECT lang FROM article_texts WHERE pack = ?1 AND article = ?2 AND lang = ?3), "
                       "p.default_language)"));
    stmt.bind(1, pack).bind(2, id).bind(3, language);
    if (!stmt.step())
        return std::nullopt;
    ArticleText text { pack,         id,           stmt.text(0), stmt.text(1),
                       stmt.text(2), stmt.text(3), stmt.text(4), QDate::fromString(stmt.text(5), Qt::ISODate),
                       {},           stmt.text(6) };
    Statement sources = m_db.prepare(QStringLiteral(
        "SELECT url FROM article_sources WHERE pack = ?1 AND article = ?2 AND lang = ?3 ORDER BY position"));
    sources.bind(1, pack).bind(2, id).bind(3, text.language);
    while (sources.step())
        text.sources.append(sources.text(0));
    return text;
}

bool ContentStore::hasArticle(const QString &pack, const QString &id)
{
    Statement stmt = m_db.prepare(QStringLiteral("SELECT 1 FROM articles WHERE pack = ?1 AND article = ?2"));
    return stmt.bind(1, pack).bind(2, id).step();
}

QList<GlossaryEntry> ContentStore::glossary(const QString &language, const QString &pack)
{
    QList<GlossaryEntry> result;
    Statement stmt = m_db.prepare(QStringLiteral(
        "SELECT g.pack, g.entry, g.term, g.explanation, g.lang, g.status "
        "FROM glossary_texts g JOIN packs p ON p.pack = g.pack "
        "WHERE (?1 = '' OR g.pack = ?1) AND g.lang = coalesce("
        "  (SELECT lang FROM glossary_texts WHERE pack = g.pack AND entry = g.entry AND lang = ?2), "
        "p.default_language) "
        "ORDER BY g.pack, g.position"));
    stmt.bind(1, pack).bind(2, language);
    while (stmt.step())
        result.append({ stmt.text(0), stmt.text(1), stmt.text(2), stmt.text(3), stmt.text(4), stmt.text(5) });
    return result;
}

QDate ContentStore::contentDate()
{
    Statement stmt = m_db.prepare(QStringLiteral("SELECT max(content_date) FROM packs"));
    return stmt.step() ? QDate::fromString(stmt.text(0), Qt::ISODate) : QDate();
}

} // namespace rc::content
