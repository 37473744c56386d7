#include "PackTargets.h"

#include "CanonicalJson.h"
#include "TufMetadata.h"
#include "content/AudioFile.h"
#include "content/ContentSchema.h"
#include "content/PackBuilder.h"
#include "content/PackSource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace rc::sync {

using storage::Database;
using storage::Statement;
using Kind = PackTargetName::Kind;

namespace {

constexpr qint64 TargetFormat = 1;
constexpr int MaximumRowsPerTarget = 100000;

// Which target owns a row of a table; tables not listed belong to <pack>/pack.
struct TableRule
{
    const char *table;
    Kind kind;
    const char *itemColumn; // nullptr for the glossary
    bool perLanguage; // the table has a `lang` column and its rows belong to that language's target
};

constexpr TableRule Rules[] = {
    { "articles", Kind::Article, "article", false },
    { "article_topics", Kind::Article, "article", false },
    { "article_texts", Kind::Article, "article", true },
    { "article_sources", Kind::Article, "article", true },
    { "procedures", Kind::Procedure, "procedure", false },
    { "procedure_texts", Kind::Procedure, "procedure", true },
    { "procedure_steps", Kind::Procedure, "procedure", true },
    { "procedure_deadlines", Kind::Procedure, "procedure", true },
    { "glossary_texts", Kind::Glossary, nullptr, true },
    { "article_audio", Kind::Audio, "article", true },
};

TableRule ruleFor(const QString &table)
{
    for (const TableRule &rule : Rules) {
        if (table == QLatin1String(rule.table))
            return rule;
    }
    return { nullptr, Kind::Pack, nullptr, false };
}

QStringList columnsOf(const content::ContentTable &table)
{
    return QString::fromLatin1(table.columns).split(QStringLiteral(", "));
}

const QRegularExpression &idPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return re;
}

const QRegularExpression &languagePattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z]{2,3}(-[A-Z]{2})?$"));
    return re;
}

QString folderOf(Kind kind)
{
    switch (kind) {
    case Kind::Article:
        return QStringLiteral("articles");
    case Kind::Procedure:
        return QStringLiteral("procedures");
    case Kind::Glossary:
        return QStringLiteral("glossary");
    case Kind::Audio:
        return QStringLiteral("audio");
    case Kind::Pack:
        break;
    }
    return {};
}

// The name of the target that owns a row of a table with `rule`, given the row's values by column.
QString ownerOf(const TableRule &rule, const QString &pack, const QMap<QString, QString> &row,
                const QString &defaultLanguage)
{
    if (!rule.table)
        return pack + QStringLiteral("/pack");
    const QString language = rule.perLanguage ? row.value(QStringLiteral("lang")) : defaultLanguage;
    if (rule.kind == Kind::Glossary)
        return QStringLiteral("%1/glossary/%2").arg(pack, language);
    return QStringLiteral("%1/%2/%3/%4")
        .arg(pack, folderOf(rule.kind), row.value(QString::fromLatin1(rule.itemColumn)), language);
}

bool ownsTable(const PackTargetName &target, const TableRule &rule, const QString &defaultLanguage)
{
    if (!rule.table)
        return target.kind == Kind::Pack;
    if (rule.kind != target.kind)
        return false;
    return rule.perLanguage || target.language == defaultLanguage;
}

// The recordings of a compiled pack, one target each: the file as it is.
bool recordingTargets(Database &pack, const QString &packId, QList<TargetInput> *targets, QString *error)
{
    Statement rows = pack.prepare(QStringLiteral(
        "SELECT pack, article, lang, codec, typeof(data), data FROM article_audio ORDER BY article, lang"));
    if (!rows.isValid()) {
        *error = QStringLiteral("cannot read article_audio: %1").arg(pack.lastError());
        return false;
    }
    while (rows.step()) {
        const QString name = QStringLiteral("%1/audio/%2/%3").arg(packId, rows.text(1), rows.text(2));
        QString why;
        if (rows.text(0) != packId) {
            *error = QStringLiteral("article_audio holds a row of another pack");
            return false;
        }
        if (rows.text(3) != QLatin1String("opus") || rows.text(4) != QLatin1String("blob")
            || !content::inspectOggOpus(rows.blob(5), &why)) {
            *error = QStringLiteral("the recording %1 is not usable: %2").arg(name, why);
            return false;
        }
        if (!parsePackTargetName(name) || !tuf::isSafeTargetPath(name.toUtf8(), &why)) {
            *error = QStringLiteral("%1 is not usable as a target name %2").arg(name, why);
            return false;
        }
        targets->append({ name, rows.blob(5) });
    }
    if (rows.failed()) {
        *error = QStringLiteral("cannot read article_audio: %1").arg(pack.lastError());
        return false;
    }
    return true;
}

// A recording's row, made from its target (the Ogg Opus file) once the file has been checked.
bool insertRecording(Database &pack, const PackTargetName &target, QByteArrayView content, QString *error)
{
    QString why;
    const std::optional<content::AudioInfo> info = content::inspectOggOpus(content, &why);
    if (!info) {
        *error = QStringLiteral("%1: not a usable recording: %2").arg(target.name, why);
        return false;
    }
    Statement insert = pack.prepare(QStringLiteral("INSERT INTO article_audio (pack, article, lang, codec, "
                                                   "duration_ms, data) VALUES (?1, ?2, ?3, 'opus', ?4, ?5)"));
    if (!insert.bind(1, target.pack)
             .bind(2, target.item)
             .bind(3, target.language)
             .bind(4, info->durationMs)
             .bind(5, content.toByteArray())
             .exec()) {
        *error = QStringLiteral("%1: %2").arg(target.name, pack.lastError());
        return false;
    }
    return true;
}

} // namespace

std::optional<PackTargetName> parsePackTargetName(const QString &name)
{
    const QStringList parts = name.split(QLatin1Char('/'));
    if (parts.size() < 2 || !idPattern().match(parts.at(0)).hasMatch())
        return std::nullopt;
    PackTargetName target;
    target.name = name;
    target.pack = parts.at(0);
    const QString &folder = parts.at(1);
    if (parts.size() == 2 && folder == QLatin1String("pack")) {
        target.kind = Kind::Pack;
        return target;
    }
    if (parts.size() == 3 && folder == QLatin1String("glossary")
        && languagePattern().match(parts.at(2)).hasMatch()) {
        target.kind = Kind::Glossary;
        target.language = parts.at(2);
        return target;
    }
    const bool itemFolder = folder == QLatin1String("articles") || folder == QLatin1String("procedures")
        || folder == QLatin1String("audio");
    if (parts.size() == 4 && itemFolder && idPattern().match(parts.at(2)).hasMatch()
        && languagePattern().match(parts.at(3)).hasMatch()) {
        target.kind = folder == QLatin1String("articles") ? Kind::Article
            : folder == QLatin1String("procedures")       ? Kind::Procedure
                                                          : Kind::Audio;
        target.item = parts.at(2);
        target.language = parts.at(3);
        return target;
    }
    return std::nullopt;
}

QList<TargetInput> packTargets(Database &pack, SyncError *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = syncError(SyncErrorCode::RepositoryInvalid, message);
        return QList<TargetInput>();
    };
    Statement header = pack.prepare(QStringLiteral("SELECT pack, default_language FROM packs"));
    if (!header.isValid() || !header.step())
        return fail(QStringLiteral("the compiled pack has no pack record"));
    const QString packId = header.text(0);
    const QString defaultLanguage = header.text(1);
    if (header.step())
        return fail(QStringLiteral("the compiled pack holds more than one pack"));

    // owner -> table -> rows
    QMap<QString, QMap<QString, QJsonArray>> owned;
    QList<TargetInput> targets;
    for (const content::ContentTable &table : content::contentTables()) {
        const QString tableName = QString::fromLatin1(table.name);
        const QStringList columns = columnsOf(table);
        const TableRule rule = ruleFor(tableName);
        if (rule.kind == Kind::Audio) {
            QString why;
            if (!recordingTargets(pack, packId, &targets, &why))
                return fail(why);
            continue;
        }
        QStringList selected;
        for (const QString &column : columns)
            selected << QStringLiteral("typeof(%1)").arg(column) << column;
        Statement rows = pack.prepare(
            QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                .arg(selected.join(QStringLiteral(", ")), tableName, columns.join(QStringLiteral(", "))));
        if (!rows.isValid())
            return fail(QStringLiteral("cannot read %1: %2").arg(tableName, pack.lastError()));
        while (rows.step()) {
            QJsonArray values;
            QMap<QString, QString> byName;
            for (int i = 0; i < columns.size(); ++i) {
                const QString type = rows.text(2 * i);
                const QString &column = columns.at(i);
                // The pack record's digest and content date are the installer's to derive.
                const bool derived = tableName == QLatin1String("packs")
                    && (column == QLatin1String("digest") || column == QLatin1String("content_date"));
                if (derived) {
                    values.append(QString());
                } else if (type == QLatin1String("text")) {
                    values.append(rows.text(2 * i + 1));
                    byName.insert(column, rows.text(2 * i + 1));
                } else if (type == QLatin1String("integer")) {
                    values.append(rows.integer(2 * i + 1));
                } else if (type == QLatin1String("null")) {
                    values.append(QJsonValue::Null);
                } else {
                    return fail(QStringLiteral("%1.%2 holds a %3 value; targets carry text and integers only")
                                    .arg(tableName, column, type));
                }
            }
            if (byName.value(QStringLiteral("pack")) != packId)
                return fail(QStringLiteral("%1 holds a row of another pack").arg(tableName));
            owned[ownerOf(rule, packId, byName, defaultLanguage)][tableName].append(values);
        }
        if (rows.failed())
            return fail(QStringLiteral("cannot read %1: %2").arg(tableName, pack.lastError()));
    }

    for (auto it = owned.cbegin(); it != owned.cend(); ++it) {
        QString why;
        if (!parsePackTargetName(it.key()) || !tuf::isSafeTargetPath(it.key().toUtf8(), &why))
            return fail(QStringLiteral("%1 is not usable as a target name %2").arg(it.key(), why));
        QJsonObject tables;
        for (auto table = it->cbegin(); table != it->cend(); ++table) {
            for (const content::ContentTable &known : content::contentTables()) {
                if (table.key() == QLatin1String(known.name))
                    tables.insert(table.key(),
                                  QJsonObject { { QStringLiteral("columns"),
                                                  QJsonArray::fromStringList(columnsOf(known)) },
                                                { QStringLiteral("rows"), table.value() } });
            }
        }
        const QJsonObject document { { QStringLiteral("format"), TargetFormat },
                                     { QStringLiteral("tables"), tables } };
        targets.append({ it.key(), QJsonDocument(document).toJson(QJsonDocument::Compact) });
    }
    return targets;
}

QList<TargetInput> packTargets(const QString &source, SyncError *error, const QDate &today)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = syncError(SyncErrorCode::RepositoryInvalid, message);
        return QList<TargetInput>();
    };
    content::Diagnostics diagnostics;
    const content::PackSource pack = content::PackSource::load(source, today, diagnostics);
    if (content::hasErrors(diagnostics)) {
        QStringList errors;
        for (const content::Diagnostic &diagnostic : std::as_const(diagnostics)) {
            if (diagnostic.severity == content::Diagnostic::Severity::Error)
                errors.append(diagnostic.toString());
        }
        return fail(QStringLiteral("%1 has errors (rcpack lint shows them all):\n%2")
                        .arg(source, errors.mid(0, 20).join(QLatin1Char('\n'))));
    }
    QTemporaryDir build;
    if (!build.isValid())
        return fail(QStringLiteral("cannot make a temporary folder: %1").arg(build.errorString()));
    QString buildError;
    const QString file = content::PackBuilder::build(pack, build.path(), &buildError);
    if (file.isEmpty())
        return fail(QStringLiteral("cannot compile %1: %2").arg(source, buildError));
    Database compiled;
    if (!compiled.open(file, Database::Mode::ReadOnly))
        return fail(QStringLiteral("cannot read the compiled pack: %1").arg(compiled.lastError()));
    return packTargets(compiled, error);
}

bool removeTargetRows(Database &pack, const PackTargetName &target, const QString &defaultLanguage,
                      QString *error)
{
    for (const content::ContentTable &table : content::contentTables()) {
        const QString tableName = QString::fromLatin1(table.name);
        const TableRule rule = ruleFor(tableName);
        if (!ownsTable(target, rule, defaultLanguage))
            continue;
        QString sql = QStringLiteral("DELETE FROM %1 WHERE pack = ?1").arg(tableName);
        if (rule.itemColumn)
            sql += QStringLiteral(" AND %1 = ?2").arg(QString::fromLatin1(rule.itemColumn));
        if (rule.perLanguage)
            sql += QStringLiteral(" AND lang = ?3");
        Statement remove = pack.prepare(sql);
        if (!remove.isValid()) {
            *error = pack.lastError();
            return false;
        }
        remove.bind(1, target.pack);
        if (rule.itemColumn)
            remove.bind(2, target.item);
        if (rule.perLanguage)
            remove.bind(3, target.language);
        if (!remove.exec()) {
            *error = pack.lastError();
            return false;
        }
    }
    return true;
}

bool insertTargetRows(Database &pack, const PackTargetName &target, QByteArrayView content,
                      const QString &defaultLanguage, QString *error)
{
    const auto fail = [&](const QString &message) {
        *error = QStringLiteral("%1: %2").arg(target.name, message);
        return false;
    };
    if (content.size() > MaximumPackTargetBytes)
        return fail(QStringLiteral("larger than %1 bytes").arg(MaximumPackTargetBytes));
    if (target.kind == Kind::Audio)
        return insertRecording(pack, target, content, error);
    SyncError parseError;
    json::ParseLimits limits;
    limits.maxBytes = MaximumPackTargetBytes;
    limits.maxDepth = 8;
    const std::optional<json::Value> document = json::parse(content, &parseError, limits);
    if (!document)
        return fail(parseError.message);
    const json::Value *format = document->find("format");
    const json::Value *tables = document->find("tables");
    if (!document->isObject() || document->members().size() != 2 || !format || !format->isInteger() || !tables
        || !tables->isObject())
        return fail(QStringLiteral("not a content target (it needs \"format\" and \"tables\")"));
    if (format->toInteger() != TargetFormat)
        return fail(
            QStringLiteral("format %1; this app reads format %2").arg(format->toInteger()).arg(TargetFormat));

    int rowCount = 0;
    for (const json::Value::Member &member : tables->members()) {
        const QString tableName = QString::fromUtf8(member.first);
        const content::ContentTable *known = nullptr;
        for (const content::ContentTable &table : content::contentTables()) {
            if (tableName == QLatin1String(table.name))
                known = &table;
        }
        if (!known)
            return fail(QStringLiteral("unknown table '%1'").arg(tableName));
        const TableRule rule = ruleFor(tableName);
        if (!ownsTable(target, rule, defaultLanguage))
            return fail(QStringLiteral("carries rows of %1, which are not this target's").arg(tableName));
        const QStringList columns = columnsOf(*known);
        const json::Value &body = member.second;
        const json::Value *columnList = body.find("columns");
        const json::Value *rows = body.find("rows");
        if (!body.isObject() || body.members().size() != 2 || !columnList || !columnList->isArray() || !rows
            || !rows->isArray())
            return fail(QStringLiteral("table %1 needs \"columns\" and \"rows\"").arg(tableName));
        QStringList given;
        for (const json::Value &column : columnList->items())
            given.append(column.isString() ? column.toQString() : QString());
        if (given != columns)
            return fail(
                QStringLiteral("table %1 has the columns (%2); this app has (%3)")
                    .arg(tableName, given.join(QStringLiteral(", ")), columns.join(QStringLiteral(", "))));
        QStringList placeholders;
        for (int i = 1; i <= columns.size(); ++i)
            placeholders.append(QStringLiteral("?%1").arg(i));
        Statement insert = pack.prepare(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(tableName, columns.join(QStringLiteral(", ")), placeholders.join(QLatin1Char(','))));
        if (!insert.isValid())
            return fail(pack.lastError());
        // SQLite would store 7 in a TEXT column as "7": the JSON type must be the column's.
        QMap<QString, QString> types;
        Statement info = pack.prepare(
            QStringLiteral("SELECT name, upper(type) FROM pragma_table_info('%1')").arg(tableName));
        while (info.step())
            types.insert(info.text(0), info.text(1));
        const int languageColumn = int(columns.indexOf(QStringLiteral("lang")));
        const int itemColumn
            = rule.itemColumn ? int(columns.indexOf(QString::fromLatin1(rule.itemColumn))) : -1;
        const int packColumn = int(columns.indexOf(QStringLiteral("pack")));
        for (const json::Value &row : rows->items()) {
            if (++rowCount > MaximumRowsPerTarget)
                return fail(QStringLiteral("more than %1 rows").arg(MaximumRowsPerTarget));
            if (!row.isArray() || qsizetype(row.items().size()) != columns.size())
                return fail(
                    QStringLiteral("a row of %1 does not have %2 values").arg(tableName).arg(columns.size()));
            const auto text = [&](int column) {
                const json::Value &value = row.items().at(size_t(column));
                return value.isString() ? value.toQString() : QString();
            };
            // The row must be one this target owns, or removing the target later would leave it.
            if (text(packColumn) != target.pack || (itemColumn >= 0 && text(itemColumn) != target.item)
                || (rule.perLanguage && text(languageColumn) != target.language))
                return fail(
                    QStringLiteral("carries a row of %1 that belongs to another target").arg(tableName));
            for (int i = 0; i < columns.size(); ++i) {
                const json::Value &value = row.items().at(size_t(i));
                const QString type = types.value(columns.at(i));
                if ((type == QLatin1String("TEXT") && value.isInteger())
                    || (type == QLatin1String("INTEGER") && value.isString()))
                    return fail(QStringLiteral("%1.%2 must be %3")
                                    .arg(tableName, columns.at(i),
                                         type == QLatin1String("TEXT") ? QStringLiteral("text")
                                                                       : QStringLiteral("an integer")));
                if (value.isString())
                    insert.bind(i + 1, value.toQString());
                else if (value.isInteger())
                    insert.bind(i + 1, value.toInteger());
                else if (value.isNull())
                    insert.bindNull(i + 1);
                else
                    return fail(QStringLiteral("%1.%2 holds a value that is not text, an integer or null")
                                    .arg(tableName, columns.at(i)));
            }
            if (!insert.exec())
                return fail(QStringLiteral("cannot add a row to %1: %2").arg(tableName, pack.lastError()));
        }
    }
    return true;
}

} // namespace rc::sync
