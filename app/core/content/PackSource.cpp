#include "PackSource.h"

#include "crypto/Digest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace rc::content {

namespace {

const QRegularExpression &idPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return re;
}

const QRegularExpression &languagePattern()
{
    // BCP 47 subset used by the packs: "en", "ckb", "fa-AF".
    static const QRegularExpression re(QStringLiteral("^[a-z]{2,3}(-[A-Z]{2})?$"));
    return re;
}

int lineAtOffset(const QByteArray &text, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, text.size());
    return int(std::count(text.constBegin(), text.constBegin() + offset, '\n')) + 1;
}

// The first line on which `needle` appears, to point a diagnostic about a JSON value at its place.
int lineOf(const QByteArray &text, const QString &needle)
{
    const qsizetype at = text.indexOf(needle.toUtf8());
    return at < 0 ? 1 : lineAtOffset(text, at);
}

class Loader
{
public:
    Loader(QString directory, QDate today, Diagnostics &diagnostics)
        : m_dir(std::move(directory))
        , m_today(today)
        , m_diagnostics(diagnostics)
    {
    }

    PackSource load()
    {
        PackSource pack;
        if (!QFileInfo(m_dir).isDir()) {
            error(m_dir, 0, QStringLiteral("not a folder"));
            return pack;
        }
        loadMetadata(pack.metadata);
        loadTopics(pack);
        loadArticles(pack);
        pack.digest = m_digest.result();
        for (const Article &article : std::as_const(pack.articles)) {
            for (const ArticleFile &file : article.translations) {
                if (file.checked.isValid()
                    && (!pack.contentDate.isValid() || file.checked > pack.contentDate))
                    pack.contentDate = file.checked;
            }
        }
        return pack;
    }

private:
    QString path(const QString &relative) const { return QDir(m_dir).filePath(relative); }

    void error(const QString &file, int line, const QString &message)
    {
        m_diagnostics.append({ file, line, Diagnostic::Severity::Error, message });
    }
    void warning(const QString &file, int line, const QString &message)
    {
        m_diagnostics.append({ file, line, Diagnostic::Severity::Warning, message });
    }

    // Reads a file whole, feeding it into the pack digest under its relative name.
    std::optional<QByteArray> read(const QString &relative, qsizetype maxBytes)
    {
        QFile file(path(relative));
        if (!file.open(QIODevice::ReadOnly)) {
            error(path(relative), 0, QStringLiteral("cannot read the file: %1").arg(file.errorString()));
            return std::nullopt;
        }
        if (file.size() > maxBytes) {
            error(path(relative), 0,
                  QStringLiteral("file is %1 bytes; the limit is %2").arg(file.size()).arg(maxBytes));
            return std::nullopt;
        }
        const QByteArray data = file.read(maxBytes + 1);
        const QByteArray name = relative.toUtf8();
        m_digest.addData(QByteArray::number(name.size()) + ':' + name + QByteArray::number(data.size())
                         + ':');
        m_digest.addData(data);
        return data;
    }

    std::optional<QJsonObject> readJson(const QString &relative, QByteArray *raw)
    {
        const auto data = read(relative, PackSource::MaxJsonBytes);
        if (!data)
            return std::nullopt;
        *raw = *data;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(*data, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            error(path(relative), lineAtOffset(*data, parseError.offset),
                  QStringLiteral("invalid JSON: %1").arg(parseError.errorString()));
            return std::nullopt;
        }
        if (!doc.isObject()) {
            error(path(relative), 1, QStringLiteral("expected a JSON object"));
            return std::nullopt;
        }
        return doc.object();
    }

    LocalizedText localized(const QJsonValue &value, const QString &file, const QByteArray &raw,
                            const QString &what)
    {
        LocalizedText text;
        if (!value.isObject()) {
            error(file, lineOf(raw, QStringLiteral("\"%1\"").arg(what)),
                  QStringLiteral("'%1' must be an object of language code to text").arg(what));
            return text;
        }
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isString() || it.value().toString().trimmed().isEmpty()) {
                error(file, lineOf(raw, QStringLiteral("\"%1\"").arg(it.key())),
                      QStringLiteral("'%1' in '%2' must be a non-empty string").arg(it.key(), what));
                continue;
            }
            text.insert(it.key(), it.value().toString().trimmed());
        }
        return text;
    }

    void loadMetadata(PackMetadata &meta)
    {
        const QString file = path(QStringLiteral("pack.json"));
        QByteArray raw;
        const auto object = readJson(QStringLiteral("pack.json"), &raw);
        if (!object)
            return;
        auto line
            = [&](const char *key) { return lineOf(raw, QStringLiteral("\"%1\"").arg(QLatin1String(key))); };

        meta.format = object->value(QLatin1String("format")).toInt(0);
        if (meta.format != PackMetadata::CurrentFormat)
            error(file, line("format"),
                  QStringLiteral("'format' must be %1").arg(PackMetadata::CurrentFormat));
        meta.id = object->value(QLatin1String("id")).toString();
        if (!idPattern().match(meta.id).hasMatch())
            error(file, line("id"), QStringLiteral("'id' must be lower-case letters, digits and '-'"));
        else if (meta.id != QFileInfo(m_dir).fileName())
            warning(file, line("id"),
                    QStringLiteral("pack id '%1' differs from its folder name").arg(meta.id));
        meta.version = object->value(QLatin1String("version")).toInt(0);
        if (meta.version < 1)
            error(file, line("version"), QStringLiteral("'version' must be a whole number of 1 or more"));
        meta.region = object->value(QLatin1String("region")).toString();
        meta.publisher = object->value(QLatin1String("publisher")).toString();
        if (meta.publisher.trimmed().isEmpty())
            error(file, line("publisher"),
                  QStringLiteral("'publisher' is missing: say who stands behind this content"));
        const QJsonArray languages = object->value(QLatin1String("languages")).toArray();
        for (const QJsonValue &value : languages) {
            const QString code = value.toString();
            if (!languagePattern().match(code).hasMatch())
                error(file, line("languages"),
                      QStringLiteral("'%1' is not a language code like 'en' or 'fa-AF'").arg(code));
            else
                meta.languages.append(code);
        }
        if (meta.languages.isEmpty())
            error(file, line("languages"), QStringLiteral("'languages' must list at least one language"));
        meta.defaultLanguage = object->value(QLatin1String("defaultLanguage")).toString();
        if (!meta.languages.contains(meta.defaultLanguage))
            error(file, line("defaultLanguage"),
                  QStringLiteral("'defaultLanguage' must be one of 'languages'"));
        meta.title = localized(object->value(QLatin1String("title")), file, raw, QStringLiteral("title"));
        meta.disclaimer
            = localized(object->value(QLatin1String("disclaimer")), file, raw, QStringLiteral("disclaimer"));
        if (!meta.defaultLanguage.isEmpty() && !meta.title.contains(meta.defaultLanguage))
            error(file, line("title"), QStringLiteral("'title' has no text in the default language"));
        if (!meta.defaultLanguage.isEmpty() && !meta.disclaimer.contains(meta.defaultLanguage))
            error(file, line("disclaimer"),
                  QStringLiteral("'disclaimer' has no text in the default language"));
    }

    void loadTopics(PackSource &pack)
    {
        const QString file = path(QStringLiteral("topics.json"));
        QByteArray raw;
        const auto object = readJson(QStringLiteral("topics.json"), &raw);
        if (!object)
            return;
        const QJsonValue list = object->value(QLatin1String("topics"));
        if (!list.isArray() || list.toArray().isEmpty()) {
            error(file, 1, QStringLiteral("'topics' must be a non-empty array"));
            return;
        }
        QSet<QString> seen;
        const QString rawText = QString::fromUtf8(raw);
        qsizetype searchFrom = 0;
        for (const QJsonValue &value : list.toArray()) {
            const QJsonObject entry = value.toObject();
            Topic topic;
            topic.id = entry.value(QLatin1String("id")).toString();
            // This entry's `"id": "<id>"`, searched for after the previous entry's, so that a repeated
            // id points at the repeat rather than at the first use.
            int line = lineOf(raw, QStringLiteral("\"%1\"").arg(topic.id));
            const QRegularExpression idKey(
                QStringLiteral(R"("id"\s*:\s*"%1")").arg(QRegularExpression::escape(topic.id)));
            if (const QRegularExpressionMatch m = idKey.match(rawText, searchFrom); m.hasMatch()) {
                line = int(QStringView(rawText).left(m.capturedStart()).count(QLatin1Char('\n'))) + 1;
                searchFrom = m.capturedEnd();
            }
            if (!idPattern().match(topic.id).hasMatch()) {
                error(
                    file, line,
                    QStringLiteral("topic id '%1' must be lower-case letters, digits and '-'").arg(topic.id));
                continue;
            }
            if (seen.contains(topic.id)) {
                error(file, line, QStringLiteral("topic '%1' is listed twice").arg(topic.id));
                continue;
            }
            seen.insert(topic.id);
            topic.icon = entry.value(QLatin1String("icon")).toString(topic.id);
            topic.title = localized(entry.value(QLatin1String("title")), file, raw, QStringLiteral("title"));
            if (entry.contains(QLatin1String("summary")))
                topic.summary
                    = localized(entry.value(QLatin1String("summary")), file, raw, QStringLiteral("summary"));
            if (!pack.metadata.defaultLanguage.isEmpty()
                && !topic.title.contains(pack.metadata.defaultLanguage))
                error(file, line,
                      QStringLiteral("topic '%1' has no title in the default language").arg(topic.id));
            pack.topics.append(topic);
        }
    }

    void loadArticles(PackSource &pack)
    {
        const QDir articlesDir(path(QStringLiteral("articles")));
        if (!articlesDir.exists()) {
            error(path(QStringLiteral("articles")), 0, QStringLiteral("the pack has no articles folder"));
            return;
        }
        QSet<QString> topicIds;
        for (const Topic &topic : std::as_const(pack.topics))
            topicIds.insert(topic.id);
        QSet<QString> usedTopics;

        const QStringList ids = articlesDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        if (ids.size() > PackSource::MaxArticles) {
            error(articlesDir.path(), 0,
                  QStringLiteral("%1 articles; a pack may hold at most %2")
                      .arg(ids.size())
                      .arg(PackSource::MaxArticles));
            return;
        }
        for (const QString &id : ids) {
            const QString relativeDir = QStringLiteral("articles/") + id;
            if (!idPattern().match(id).hasMatch()) {
                error(path(relativeDir), 0,
                      QStringLiteral("article folder name '%1' must be lower-case letters, digits and '-'")
                          .arg(id));
                continue;
            }
            Article article;
            article.id = id;
            const QStringList files
                = QDir(path(relativeDir)).entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
            for (const QString &fileName : files) {
                const QString relative = relativeDir + QLatin1Char('/') + fileName;
                if (!fileName.endsWith(QLatin1String(".md"))) {
                    warning(path(relative), 0, QStringLiteral("ignored: articles are <language>.md files"));
                    continue;
                }
                const QString language = fileName.chopped(3);
                if (!pack.metadata.languages.contains(language)) {
                    error(path(relative), 0,
                          QStringLiteral("language '%1' is not listed in pack.json").arg(language));
                    continue;
                }
                const auto data = read(relative, ArticleFile::MaxFileBytes);
                if (!data)
                    continue;
                const qsizetype before = m_diagnostics.size();
                ArticleFile parsed = ArticleFile::parse(*data, path(relative), m_today, m_diagnostics);
                if (hasErrors(m_diagnostics.mid(before)))
                    continue;
                for (const QString &topic : std::as_const(parsed.topics)) {
                    if (!topicIds.contains(topic))
                        error(path(relative), lineOf(*data, QStringLiteral("topics:")),
                              QStringLiteral("topic '%1' is not defined in topics.json").arg(topic));
                    usedTopics.insert(topic);
                }
                article.translations.insert(language, parsed);
            }
            if (!pack.metadata.defaultLanguage.isEmpty()
                && !article.translations.contains(pack.metadata.defaultLanguage) && !files.isEmpty()) {
                // A default-language file that is there but has errors was reported already.
                if (!files.contains(pack.metadata.defaultLanguage + QStringLiteral(".md")))
                    error(path(relativeDir), 0,
                          QStringLiteral("article '%1' has no text in the default language '%2'")
                              .arg(id, pack.metadata.defaultLanguage));
                continue;
            }
            if (!article.translations.isEmpty())
                pack.articles.append(article);
        }
        if (ids.isEmpty())
            error(articlesDir.path(), 0, QStringLiteral("the pack has no articles"));
        for (const Topic &topic : std::as_const(pack.topics)) {
            if (!usedTopics.contains(topic.id))
                warning(path(QStringLiteral("topics.json")), 0,
                        QStringLiteral("topic '%1' has no articles yet").arg(topic.id));
        }
    }

    QString m_dir;
    QDate m_today;
    Diagnostics &m_diagnostics;
    crypto::Sha256 m_digest;
};

} // namespace

PackSource PackSource::load(const QString &directory, const QDate &today, Diagnostics &diagnostics)
{
    return Loader(directory, today, diagnostics).load();
}

} // namespace rc::content
