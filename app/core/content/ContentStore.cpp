#include "ContentStore.h"

#include "AudioFile.h"
#include "ContentSchema.h"
#include "search/SearchIndex.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
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
    // Content updates write from a connection of their own (sync/ContentInstaller) while this one
    // reads: wait for the other's commit instead of failing.
    m_db.exec(QStringLiteral("PRAGMA busy_timeout = 10000"));
    if (storage::migrate(m_db, contentMigrations(), &m_lastError) != storage::MigrationResult::Ok) {
        m_db.close();
        return false;
    }
    // A database made by a development build that had later steps but not every earlier one (a step
    // numbered below the database's version never runs) lacks tables: rebuild it like a damaged one.
    for (const ContentTable &table : contentTables()) {
        Statement exists
            = m_db.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1"));
        if (!exists.bind(1, QString::fromLatin1(table.name)).step()) {
            m_lastError = QStringLiteral("its schema has no table %1").arg(QLatin1String(table.name));
            m_db.close();
            return false;
        }
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
    const auto badProcedures = pack.queryInteger(QStringLiteral(
        "SELECT (SELECT count(*) FROM procedure_texts "
        "  WHERE status NOT IN ('reviewed', 'machine', 'outdated') OR typeof(title) <> 'text' "
        "  OR typeof(intro) <> 'text' OR date(checked, '+0 days') IS NOT checked) "
        "+ (SELECT count(*) FROM procedures WHERE typeof(position) <> 'integer' "
        "  OR track NOT IN ('', 'general', 'extended', 'dublin') OR notice NOT IN ('', 'law-changing')) "
        "+ (SELECT count(*) FROM procedure_steps WHERE typeof(position) <> 'integer' "
        "  OR typeof(title) <> 'text' OR typeof(description) <> 'text' OR typeof(prepare) <> 'text' "
        "  OR typeof(rights) <> 'text') "
        "+ (SELECT count(*) FROM procedure_deadlines WHERE typeof(position) <> 'integer' "
        "  OR typeof(term) <> 'text' OR typeof(event) <> 'text' OR typeof(label) <> 'text')"));
    if (!badProcedures || *badProcedures != 0)
        return QStringLiteral("some procedures have a malformed status, text or date");
    const auto badContacts = pack.queryInteger(QStringLiteral(
        "SELECT (SELECT count(*) FROM contacts WHERE date(verified, '+0 days') IS NOT verified "
        "  OR typeof(regions) <> 'text' OR typeof(hours) <> 'text' OR typeof(sources) <> 'text' "
        "  OR closed NOT IN ('', 'holidays')) "
        "+ (SELECT count(*) FROM contact_texts WHERE status NOT IN ('reviewed', 'machine', 'outdated') "
        "  OR typeof(name) <> 'text' OR typeof(services) <> 'text' OR typeof(description) <> 'text' "
        "  OR typeof(labels) <> 'text') "
        "+ (SELECT count(*) FROM contact_channels WHERE typeof(position) <> 'integer' "
        "  OR kind NOT IN ('phone', 'whatsapp', 'email', 'website', 'address') "
        "  OR scope NOT IN ('', 'national-only', 'emergency') OR typeof(value) <> 'text' "
        "  OR typeof(display) <> 'text' OR typeof(hours) <> 'text' OR closed NOT IN ('', 'holidays') "
        "  OR (kind IN ('phone', 'whatsapp') AND NOT ("
        "    (scope = '' AND value GLOB '+[1-9]*' AND length(value) BETWEEN 9 AND 16 "
        "     AND substr(value, 2) NOT GLOB '*[^0-9]*') "
        "    OR (scope = 'national-only' AND kind = 'phone' AND value GLOB '0[89]0[0-9]*' "
        "     AND length(value) IN (8, 11) AND value NOT GLOB '*[^0-9]*') "
        "    OR (scope = 'emergency' AND kind = 'phone' AND value = '112'))) "
        "  OR (kind = 'website' AND value NOT LIKE 'https://%') "
        "  OR (kind NOT IN ('phone', 'whatsapp') AND scope <> ''))"));
    if (!badContacts || *badContacts != 0)
        return QStringLiteral("some contacts have a malformed phone number, link, status, text or date");
    // Recordings go to the platform's decoder: only files that pass our own strict reading.
    Statement recordings = pack.prepare(QStringLiteral("SELECT article, lang, codec, typeof(duration_ms), "
                                                       "duration_ms, typeof(data), data FROM article_audio"));
    if (!recordings.isValid())
        return QStringLiteral("table article_audio is missing or malformed (%1)").arg(pack.lastError());
    while (recordings.step()) {
        QString why = QStringLiteral("it is not Ogg Opus");
        std::optional<AudioInfo> info;
        if (recordings.text(2) == QLatin1String("opus") && recordings.text(3) == QLatin1String("integer")
            && recordings.text(5) == QLatin1String("blob"))
            info = inspectOggOpus(recordings.blob(6), &why);
        if (!info || info->durationMs != recordings.integer(4))
            return QStringLiteral("the recording of article %1 in %2 is not usable: %3")
                .arg(recordings.text(0), recordings.text(1),
                     info ? QStringLiteral("its length is wrong") : why);
    }
    if (recordings.failed())
        return QStringLiteral("table article_audio is damaged (%1)").arg(pack.lastError());
    return {};
}

// Replaces the installed-target records of `packId` by `targets` (inside the caller's transaction).
bool recordInstalledTargets(Database &db, const QString &packId, const QList<InstalledTarget> &targets,
                            QString *error)
{
    Statement remove = db.prepare(QStringLiteral("DELETE FROM installed_targets WHERE pack = ?1"));
    Statement insert = db.prepare(
        QStringLiteral("INSERT INTO installed_targets (name, pack, sha256, length) VALUES (?1, ?2, ?3, ?4)"));
    if (!remove.bind(1, packId).exec() || !insert.isValid()) {
        *error = db.lastError();
        return false;
    }
    for (const InstalledTarget &target : targets) {
        if (target.pack != packId) {
            *error = QStringLiteral("target %1 is not part of pack %2").arg(target.name, packId);
            return false;
        }
        if (!insert.bind(1, target.name)
                 .bind(2, target.pack)
                 .bind(3, target.sha256)
                 .bind(4, target.length)
                 .exec()) {
            *error = db.lastError();
            return false;
        }
    }
    return true;
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
    return importPackDatabase(pack, name, {});
}

ContentStore::ImportResult ContentStore::importPackDatabase(Database &pack, const QString &name,
                                                            const QList<InstalledTarget> &targets,
                                                            const std::function<void()> &beforeCommit)
{
    if (!m_db.isOpen())
        return { ImportStatus::Failed, {}, QStringLiteral("the content database is not open") };
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

    // Old content stays readable until this transaction commits; a failure leaves it untouched. A page
    // cache that spills to the file would lock other connections out before the commit: give the
    // transaction room for a whole pack.
    m_db.exec(QStringLiteral("PRAGMA cache_size = -32768"));
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
    // The search index is made from the rows just written, never taken from the pack file.
    if (QString indexError; !search::SearchIndex::indexPack(m_db, packId, &indexError))
        return { ImportStatus::Failed, packId,
                 QStringLiteral("the content pack %1 was not installed: %2").arg(name, indexError) };
    // Which repository targets the rows came from (none for a pack file), in the same transaction.
    if (QString targetsError; !recordInstalledTargets(m_db, packId, targets, &targetsError))
        return { ImportStatus::Failed, packId,
                 QStringLiteral("the content pack %1 was not installed: %2").arg(name, targetsError) };
    if (beforeCommit)
        beforeCommit();
    if (!tx.commit())
        return { ImportStatus::Failed, packId, m_db.lastError() };
    return { ImportStatus::Installed, packId, {} };
}

QMap<QString, InstalledTarget> ContentStore::installedTargets()
{
    QMap<QString, InstalledTarget> result;
    Statement stmt = m_db.prepare(QStringLiteral("SELECT name, pack, sha256, length FROM installed_targets"));
    while (stmt.step())
        result.insert(stmt.text(0), { stmt.text(0), stmt.text(1), stmt.text(2), stmt.integer(3) });
    return result;
}

bool ContentStore::exportPack(const QString &pack, Database &into, QString *error)
{
    for (const ContentTable &table : contentTables()) {
        const QString tableName = QLatin1String(table.name);
        const QString columns = QLatin1String(table.columns);
        Statement read
            = m_db.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE pack = ?1").arg(columns, tableName));
        const int count = read.columnCount();
        QStringList placeholders;
        for (int i = 1; i <= count; ++i)
            placeholders.append(QStringLiteral("?%1").arg(i));
        Statement write = into.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                           .arg(tableName, columns, placeholders.join(QLatin1Char(','))));
        if (!read.isValid() || !write.isValid()) {
            *error
                = QStringLiteral("cannot copy %1: %2 %3").arg(tableName, m_db.lastError(), into.lastError());
            return false;
        }
        read.bind(1, pack);
        while (read.step()) {
            for (int i = 0; i < count; ++i)
                write.bindColumn(i + 1, read, i);
            if (!write.exec()) {
                *error = QStringLiteral("cannot copy %1: %2").arg(tableName, into.lastError());
                return false;
            }
        }
        if (read.failed()) {
            *error = QStringLiteral("cannot read %1: %2").arg(tableName, m_db.lastError());
            return false;
        }
    }
    return true;
}

ContentStore::ImportResult ContentStore::removePack(const QString &pack)
{
    if (!m_db.isOpen())
        return { ImportStatus::Failed, pack, QStringLiteral("the content database is not open") };
    storage::Transaction tx(m_db);
    if (!tx.isActive())
        return { ImportStatus::Failed, pack, m_db.lastError() };
    QStringList tables;
    for (const ContentTable &table : contentTables())
        tables.append(QLatin1String(table.name));
    tables.append(QStringLiteral("installed_targets"));
    for (const QString &table : std::as_const(tables)) {
        Statement remove = m_db.prepare(QStringLiteral("DELETE FROM %1 WHERE pack = ?1").arg(table));
        if (!remove.bind(1, pack).exec())
            return { ImportStatus::Failed, pack, m_db.lastError() };
    }
    if (QString indexError; !search::SearchIndex::indexPack(m_db, pack, &indexError))
        return { ImportStatus::Failed, pack, indexError };
    if (!tx.commit())
        return { ImportStatus::Failed, pack, m_db.lastError() };
    return { ImportStatus::Installed, pack, {} };
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

std::optional<ArticleRecording> ContentStore::recording(const QString &pack, const QString &article,
                                                        const QString &language)
{
    Statement stmt = m_db.prepare(QStringLiteral(
        "SELECT duration_ms, data FROM article_audio WHERE pack = ?1 AND article = ?2 AND lang = ?3"));
    if (!stmt.bind(1, pack).bind(2, article).bind(3, language).step())
        return std::nullopt;
    return ArticleRecording { language, stmt.integer(0), stmt.blob(1) };
}

QStringList ContentStore::recordingLanguages(const QString &pack, const QString &article)
{
    QStringList languages;
    Statement stmt = m_db.prepare(
        QStringLiteral("SELECT lang FROM article_audio WHERE pack = ?1 AND article = ?2 ORDER BY lang"));
    stmt.bind(1, pack).bind(2, article);
    while (stmt.step())
        languages.append(stmt.text(0));
    return languages;
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

QList<ProcedureSummary> ContentStore::procedures(const QString &language)
{
    QList<ProcedureSummary> result;
    Statement stmt = m_db.prepare(QStringLiteral(
        "SELECT r.pack, r.procedure, x.title, x.summary, r.track, x.lang "
        "FROM procedures r JOIN packs p ON p.pack = r.pack "
        "JOIN procedure_texts x ON x.pack = r.pack AND x.procedure = r.procedure AND x.lang = coalesce("
        "  (SELECT lang FROM procedure_texts WHERE pack = r.pack AND procedure = r.procedure AND lang = ?1), "
        "p.default_language) "
        "ORDER BY r.pack, r.position, r.procedure"));
    stmt.bind(1, language);
    while (stmt.step())
        result.append({ stmt.text(0), stmt.text(1), stmt.text(2), stmt.text(3), stmt.text(4), stmt.text(5) });
    return result;
}

std::optional<ProcedureText> ContentStore::procedure(const QString &pack, const QString &id,
                                                     const QString &language)
{
    Statement stmt = m_db.prepare(QStringLiteral(
        "SELECT x.title, x.summary, x.intro, r.track, r.notice, x.lang, x.status, x.checked, x.sources "
        "FROM procedure_texts x JOIN packs p ON p.pack = x.pack "
        "JOIN procedures r ON r.pack = x.pack AND r.procedure = x.procedure "
        "WHERE x.pack = ?1 AND x.procedure = ?2 AND x.lang = coalesce("
        "  (SELECT lang FROM procedure_texts WHERE pack = ?1 AND procedure = ?2 AND lang = ?3), "
        "p.default_language)"));
    stmt.bind(1, pack).bind(2, id).bind(3, language);
    if (!stmt.step())
        return std::nullopt;
    ProcedureText text;
    text.pack = pack;
    text.id = id;
    text.title = stmt.text(0);
    text.summary = stmt.text(1);
    text.intro = stmt.text(2);
    text.track = stmt.text(3);
    text.notice = stmt.text(4);
    text.language = stmt.text(5);
    text.status = stmt.text(6);
    text.checked = QDate::fromString(stmt.text(7), Qt::ISODate);
    text.sources = stmt.text(8).split(QLatin1Char('\n'), Qt::SkipEmptyParts);

    Statement steps = m_db.prepare(QStringLiteral(
        "SELECT step, title, event, who, prepare, rights, read, duration, description "
        "FROM procedure_steps WHERE pack = ?1 AND procedure = ?2 AND lang = ?3 ORDER BY position"));
    steps.bind(1, pack).bind(2, id).bind(3, text.language);
    while (steps.step()) {
        ProcedureStep step;
        step.id = steps.text(0);
        step.title = steps.text(1);
        step.event = steps.text(2);
        step.who = steps.text(3);
        step.prepare = steps.text(4).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        step.rights = steps.text(5).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        step.read = steps.text(6).split(QLatin1Char(','), Qt::SkipEmptyParts);
        step.duration = steps.text(7);
        step.description = steps.text(8);
        text.steps.append(step);
    }
    Statement deadlines = m_db.prepare(
        QStringLiteral("SELECT step, label, term, event, basis, source, note FROM procedure_deadlines "
                       "WHERE pack = ?1 AND procedure = ?2 AND lang = ?3 ORDER BY step, position"));
    deadlines.bind(1, pack).bind(2, id).bind(3, text.language);
    while (deadlines.step()) {
        const QString stepId = deadlines.text(0);
        for (ProcedureStep &step : text.steps) {
            if (step.id == stepId) {
                step.deadlines.append({ deadlines.text(1), deadlines.text(2), deadlines.text(3),
                                        deadlines.text(4), deadlines.text(5), deadlines.text(6) });
                break;
            }
        }
    }
    return text;
}

QList<ContactText> ContentStore::contacts(const QString &language)
{
    return readContacts({}, {}, language);
}

std::optional<ContactText> ContentStore::contact(const QString &pack, const QString &id,
                                                 const QString &language)
{
    if (pack.isEmpty() || id.isEmpty())
        return std::nullopt;
    const QList<ContactText> found = readContacts(pack, id, language);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

// Every contact, or only `pack`/`id` when given, each with its channels, topics and languages.
QList<ContactText> ContentStore::readContacts(const QString &pack, const QString &id, const QString &language)
{
    QList<ContactText> result;
    Statement stmt = m_db.prepare(QStringLiteral(
        "SELECT c.pack, c.contact, x.name, x.services, x.description, x.lang, x.status, c.verified, "
        "  c.regions, c.hours, c.closed, c.sources, x.labels "
        "FROM contacts c JOIN packs p ON p.pack = c.pack "
        "JOIN contact_texts x ON x.pack = c.pack AND x.contact = c.contact AND x.lang = coalesce("
        "  (SELECT lang FROM contact_texts WHERE pack = c.pack AND contact = c.contact AND lang = ?3), "
        "p.default_language) "
        "WHERE (?1 = '' OR c.pack = ?1) AND (?2 = '' OR c.contact = ?2) "
        "ORDER BY c.regions <> 'national', x.name COLLATE NOCASE, c.pack, c.contact"));
    stmt.bind(1, pack).bind(2, id).bind(3, language);
    QHash<QString, qsizetype> index; // "pack/contact" -> position in result
    QHash<QString, QStringList> labels;
    const QChar lf = QLatin1Char('\n');
    while (stmt.step()) {
        ContactText contact;
        contact.pack = stmt.text(0);
        contact.id = stmt.text(1);
        contact.name = stmt.text(2);
        contact.services = stmt.text(3);
        contact.description = stmt.text(4);
        contact.language = stmt.text(5);
        contact.status = stmt.text(6);
        contact.verified = QDate::fromString(stmt.text(7), Qt::ISODate);
        contact.regions = stmt.text(8).split(QLatin1Char(','), Qt::SkipEmptyParts);
        contact.hours = stmt.text(9);
        contact.closed = stmt.text(10);
        contact.sources = stmt.text(11).split(lf, Qt::SkipEmptyParts);
        const QString key = contact.pack + QLatin1Char('/') + contact.id;
        labels.insert(key, stmt.text(12).split(lf));
        index.insert(key, result.size());
        result.append(contact);
    }
    if (result.isEmpty())
        return result;

    Statement channels = m_db.prepare(QStringLiteral(
        "SELECT pack, contact, kind, value, display, scope, hours, closed FROM contact_channels "
        "WHERE (?1 = '' OR pack = ?1) AND (?2 = '' OR contact = ?2) "
        "ORDER BY pack, contact, position"));
    channels.bind(1, pack).bind(2, id);
    while (channels.step()) {
        const QString key = channels.text(0) + QLatin1Char('/') + channels.text(1);
        const auto at = index.constFind(key);
        if (at == index.cend())
            continue;
        ContactText &contact = result[*at];
        ContactChannel channel;
        channel.kind = channels.text(2);
        channel.value = channels.text(3);
        channel.display = channels.text(4);
        channel.label = labels.value(key).value(contact.channels.size());
        channel.nationalOnly = channels.text(5) == QLatin1String("national-only");
        channel.emergency = channels.text(5) == QLatin1String("emergency");
        channel.hours = channels.text(6);
        channel.closed = channels.text(7);
        contact.channels.append(channel);
    }
    Statement topics = m_db.prepare(
        QStringLiteral("SELECT t.pack, t.contact, t.topic, 0 FROM contact_topics t "
                       "WHERE (?1 = '' OR t.pack = ?1) AND (?2 = '' OR t.contact = ?2) "
                       "UNION ALL SELECT l.pack, l.contact, l.language, 1 FROM contact_languages l "
                       "WHERE (?1 = '' OR l.pack = ?1) AND (?2 = '' OR l.contact = ?2) "
                       "ORDER BY 1, 2, 4, 3"));
    topics.bind(1, pack).bind(2, id);
    while (topics.step()) {
        const auto at = index.constFind(topics.text(0) + QLatin1Char('/') + topics.text(1));
        if (at == index.cend())
            continue;
        if (topics.integer(3) == 0)
            result[*at].topics.append(topics.text(2));
        else
            result[*at].spokenLanguages.append(topics.text(2));
    }
    return result;
}

QList<search::SearchHit> ContentStore::search(const QString &typed, const QString &language,
                                              const search::HighlightMarks &marks, int limit)
{
    m_lastError.clear();
    return search::SearchIndex::search(m_db, typed, language, marks, limit, &m_lastError);
}

} // namespace rc::content
