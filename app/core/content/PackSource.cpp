#include "PackSource.h"

#include "LinkPolicy.h"
#include "Pictograms.h"
#include "Readability.h"
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
        loadGlossary(pack);
        loadProcedures(pack);
        loadContacts(pack);
        checkTranslations(pack);
        checkInternalLinks(pack);
        checkCoverage(pack);
        pack.digest = m_digest.result();
        for (const Article &article : std::as_const(pack.articles)) {
            for (const ArticleFile &file : article.translations) {
                if (file.checked.isValid()
                    && (!pack.contentDate.isValid() || file.checked > pack.contentDate))
                    pack.contentDate = file.checked;
            }
        }
        for (const Procedure &procedure : std::as_const(pack.procedures)) {
            for (const ProcedureFile &file : procedure.translations) {
                if (file.checked.isValid()
                    && (!pack.contentDate.isValid() || file.checked > pack.contentDate))
                    pack.contentDate = file.checked;
            }
        }
        for (const Contact &contact : std::as_const(pack.contacts)) {
            for (const ContactFile &file : contact.translations) {
                if (file.verified.isValid()
                    && (!pack.contentDate.isValid() || file.verified > pack.contentDate))
                    pack.contentDate = file.verified;
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
        const qsizetype languagesAt = raw.indexOf("\"languages\"");
        for (const QJsonValue &value : languages) {
            const QString code = value.toString();
            // Each code's own line in the list, for the warnings about missing translations.
            const qsizetype codeAt
                = raw.indexOf(QStringLiteral("\"%1\"").arg(code).toUtf8(), qMax<qsizetype>(0, languagesAt));
            m_languageLines.insert(code, codeAt < 0 ? line("languages") : lineAtOffset(raw, codeAt));
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
            const qsizetype entryFrom = searchFrom;
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
            // The home page shows each topic's pictogram; one the app does not have leaves the tile
            // without a picture, which people who do not read rely on.
            if (!pictogramNames().contains(topic.icon)) {
                int iconLine = line;
                const QRegularExpression iconKey(
                    QStringLiteral(R"("icon"\s*:\s*"%1")").arg(QRegularExpression::escape(topic.icon)));
                if (const QRegularExpressionMatch m = iconKey.match(rawText, entryFrom); m.hasMatch())
                    iconLine = int(QStringView(rawText).left(m.capturedStart()).count(QLatin1Char('\n'))) + 1;
                warning(
                    file, iconLine,
                    QStringLiteral("topic '%1': the app has no pictogram '%2' (assets/pictograms), so its "
                                   "tile shows none")
                        .arg(topic.id, topic.icon));
            }
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
            // Known to links even when its text has errors: those are reported once, in that file.
            if (files.contains(pack.metadata.defaultLanguage + QStringLiteral(".md")))
                m_articleIds.insert(id);
            for (const QString &fileName : files) {
                const QString relative = relativeDir + QLatin1Char('/') + fileName;
                if (fileName.endsWith(QLatin1String(".opus"))) {
                    loadRecording(pack, article, relative, fileName.chopped(5));
                    continue;
                }
                if (!fileName.endsWith(QLatin1String(".md"))) {
                    warning(path(relative), 0,
                            QStringLiteral("ignored: articles are <language>.md files, recordings "
                                           "<language>.opus"));
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
                if (checksSentences(language)) {
                    checkSentences(parsed.summary, parsed.headerLines.value(QStringLiteral("summary")),
                                   path(relative));
                    checkSentences(parsed.rawBody, parsed.bodyFirstLine, path(relative));
                }
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
            for (auto it = article.recordings.cbegin(); it != article.recordings.cend(); ++it) {
                if (!article.translations.contains(it.key()))
                    warning(path(QStringLiteral("%1/%2.opus").arg(relativeDir, it.key())), 0,
                            QStringLiteral("a recording in '%1' but no text in '%1': the page shows the "
                                           "text in %2")
                                .arg(it.key(), pack.metadata.defaultLanguage));
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

    // An article read aloud: Ogg Opus within the limits, in a language of the pack.
    void loadRecording(const PackSource &pack, Article &article, const QString &relative,
                       const QString &language)
    {
        if (!pack.metadata.languages.contains(language)) {
            error(path(relative), 0,
                  QStringLiteral("language '%1' is not listed in pack.json").arg(language));
            return;
        }
        const AudioLimits limits;
        const auto data = read(relative, limits.maxBytes);
        if (!data)
            return;
        QString why;
        const std::optional<AudioInfo> info = inspectOggOpus(*data, &why, limits);
        if (!info) {
            error(path(relative), 0, QStringLiteral("not a usable recording: %1").arg(why));
            return;
        }
        if (info->durationMs < 1000)
            warning(path(relative), 0,
                    QStringLiteral("the recording is %1 ms long: is it the whole article?")
                        .arg(info->durationMs));
        article.recordings.insert(language, { *data, *info });
    }

    void loadGlossary(PackSource &pack)
    {
        const QString relativeDir = QStringLiteral("glossary");
        if (!QFileInfo(path(relativeDir)).isDir())
            return; // the glossary is optional
        const QString defaultLanguage = pack.metadata.defaultLanguage;
        const QStringList files
            = QDir(path(relativeDir)).entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
        QMap<QString, GlossaryFile> parsed; // language -> file, errors or not
        QSet<QString> withErrors;
        for (const QString &fileName : files) {
            const QString relative = relativeDir + QLatin1Char('/') + fileName;
            if (!fileName.endsWith(QLatin1String(".md"))) {
                warning(path(relative), 0, QStringLiteral("ignored: the glossary is <language>.md files"));
                continue;
            }
            const QString language = fileName.chopped(3);
            if (!pack.metadata.languages.contains(language)) {
                error(path(relative), 0,
                      QStringLiteral("language '%1' is not listed in pack.json").arg(language));
                continue;
            }
            const auto data = read(relative, GlossaryFile::MaxFileBytes);
            if (!data)
                continue;
            const qsizetype before = m_diagnostics.size();
            GlossaryFile glossary = GlossaryFile::parse(*data, path(relative), m_today, m_diagnostics);
            if (hasErrors(m_diagnostics.mid(before)))
                withErrors.insert(language);
            else if (checksSentences(language))
                checkSentences(glossary.rawBody, glossary.bodyFirstLine, path(relative));
            parsed.insert(language, glossary);
        }
        if (parsed.isEmpty())
            return;
        if (!parsed.contains(defaultLanguage)) {
            if (!files.contains(defaultLanguage + QStringLiteral(".md")))
                error(path(relativeDir), 0,
                      QStringLiteral("the glossary has no text in the default language: add %1.md")
                          .arg(defaultLanguage));
            return;
        }
        const GlossaryFile &english = parsed.value(defaultLanguage);
        for (const GlossaryFile::Entry &entry : english.entries)
            m_glossaryIds.insert(entry.id);
        for (auto it = parsed.begin(); it != parsed.end(); ++it) {
            const QString file = path(relativeDir + QLatin1Char('/') + it.key() + QStringLiteral(".md"));
            if (it.key() != defaultLanguage) {
                const qsizetype before = m_diagnostics.size();
                it->checkTranslation(english, file, m_diagnostics);
                if (hasErrors(m_diagnostics.mid(before)))
                    withErrors.insert(it.key());
            }
            if (!withErrors.contains(it.key()) && !withErrors.contains(defaultLanguage))
                pack.glossary.insert(it.key(), it.value());
        }
    }

    // procedures/<id>/<language>.md, optional like the glossary. Runs after the articles and the glossary
    // are known, so its links are resolved here; translations are checked against the English steps.
    void loadProcedures(PackSource &pack)
    {
        loadFolders<ProcedureFile>(
            pack, QStringLiteral("procedure"), QStringLiteral("procedures"), PackSource::MaxProcedures,
            pack.procedures, [&](const ProcedureFile &file, const QString &language, const QString &at) {
                if (checksSentences(language))
                    checkSentences(file.prose, file.bodyFirstLine, at);
                checkProcedureLinks(file, at);
            });
    }

    // contacts/<id>/<language>.md, optional like the procedures: one folder per organisation or office.
    // The structure (region, topics, channels, hours, sources) is the English file's; translations must
    // repeat it unchanged and translate only the texts.
    void loadContacts(PackSource &pack)
    {
        loadFolders<ContactFile>(pack, QStringLiteral("contact"), QStringLiteral("contacts"),
                                 PackSource::MaxContacts, pack.contacts,
                                 [&](const ContactFile &file, const QString &language, const QString &at) {
                                     if (checksSentences(language))
                                         checkSentences(file.rawBody, file.bodyFirstLine, at);
                                     checkLinks(file.internalLinks, at);
                                 });
    }

    // What procedures and contacts share: <folder>/<id>/<language>.md, one folder per item, the default
    // language required, every translation checked against it (structure, based-on), and a warning per
    // language with items not translated yet. `checkFile` adds the checks of the kind on a parsed file.
    template<typename File, typename Item, typename Check>
    void loadFolders(PackSource &pack, const QString &noun, const QString &root, qsizetype maxItems,
                     QList<Item> &items, const Check &checkFile)
    {
        if (!QFileInfo(path(root)).isDir())
            return;
        const QString defaultLanguage = pack.metadata.defaultLanguage;
        const QStringList ids = QDir(path(root)).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        if (ids.size() > maxItems) {
            error(
                path(root), 0,
                QStringLiteral("%1 %2; a pack may hold at most %3").arg(ids.size()).arg(root).arg(maxItems));
            return;
        }
        for (const QString &name :
             QDir(path(root)).entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name)) {
            if (name != QLatin1String("README.md"))
                warning(
                    path(root + QLatin1Char('/') + name), 0,
                    QStringLiteral("ignored: each %1 is a folder, %2/<id>/<language>.md").arg(noun, root));
        }
        for (const QString &id : ids) {
            const QString relativeDir = root + QLatin1Char('/') + id;
            if (!idPattern().match(id).hasMatch()) {
                error(path(relativeDir), 0,
                      QStringLiteral("%1 folder name '%2' must be lower-case letters, digits and '-'")
                          .arg(noun, id));
                continue;
            }
            const QStringList files
                = QDir(path(relativeDir)).entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
            QMap<QString, File> parsed;
            for (const QString &fileName : files) {
                const QString relative = relativeDir + QLatin1Char('/') + fileName;
                if (!fileName.endsWith(QLatin1String(".md"))) {
                    warning(path(relative), 0,
                            QStringLiteral("ignored: %1 are <language>.md files").arg(root));
                    continue;
                }
                const QString language = fileName.chopped(3);
                if (!pack.metadata.languages.contains(language)) {
                    error(path(relative), 0,
                          QStringLiteral("language '%1' is not listed in pack.json").arg(language));
                    continue;
                }
                const auto data = read(relative, File::MaxFileBytes);
                if (!data)
                    continue;
                const qsizetype before = m_diagnostics.size();
                File file = File::parse(*data, path(relative), m_today, m_diagnostics);
                if (hasErrors(m_diagnostics.mid(before)))
                    continue;
                checkFile(file, language, path(relative));
                parsed.insert(language, file);
            }
            if (!parsed.contains(defaultLanguage)) {
                if (!files.contains(defaultLanguage + QStringLiteral(".md")))
                    error(path(relativeDir), 0,
                          QStringLiteral("%1 '%2' has no text in the default language '%3': add %3.md")
                              .arg(noun, id, defaultLanguage));
                continue;
            }
            Item item;
            item.id = id;
            const File english = parsed.value(defaultLanguage);
            const QString englishFile
                = path(relativeDir + QLatin1Char('/') + defaultLanguage + QStringLiteral(".md"));
            if (!english.basedOn.isEmpty())
                warning(englishFile, english.basedOnLine,
                        QStringLiteral("based-on is for translations; the %1 text is the source")
                            .arg(defaultLanguage));
            const QString digest = english.sourceDigest();
            for (auto it = parsed.begin(); it != parsed.end(); ++it) {
                const QString file = path(relativeDir + QLatin1Char('/') + it.key() + QStringLiteral(".md"));
                if (it.key() != defaultLanguage) {
                    const qsizetype before = m_diagnostics.size();
                    it->checkTranslation(english, file, m_diagnostics);
                    if (hasErrors(m_diagnostics.mid(before)))
                        continue;
                    checkBasedOn(it->basedOn, digest, it->basedOnLine, it->closeLine, file,
                                 &it->sourceChanged);
                }
                item.translations.insert(it.key(), it.value());
            }
            items.append(item);
        }
        const int total = int(items.size());
        for (const QString &language : pack.metadata.languages) {
            if (language == defaultLanguage || total == 0)
                continue;
            int missing = 0;
            for (const Item &item : std::as_const(items))
                missing += item.translations.contains(language) ? 0 : 1;
            if (missing > 0)
                warning(path(QStringLiteral("pack.json")), m_languageLines.value(language, 0),
                        QStringLiteral("language '%1': %2 of %3 %4 are not translated yet; the app shows "
                                       "them in the default language (%5)")
                            .arg(language)
                            .arg(missing)
                            .arg(total)
                            .arg(root, defaultLanguage));
        }
    }

    // article: and glossary: links must point at something the pack has.
    void checkLinks(const QList<InternalLinkAt> &links, const QString &file)
    {
        for (const InternalLinkAt &at : links) {
            if (at.link.kind == LinkPolicy::InternalLink::Kind::Article) {
                if (!m_articleIds.contains(at.link.id))
                    error(
                        file, at.line,
                        QStringLiteral("broken link '%1': there is no article '%2'").arg(at.url, at.link.id));
            } else if (!m_glossaryIds.contains(at.link.id)) {
                error(file, at.line,
                      QStringLiteral("broken link '%1': the glossary has no entry '%2'")
                          .arg(at.url, at.link.id));
            }
        }
    }

    // A procedure's article: and glossary: links (read: lines included) must point at something the pack
    // has, and its law-changing notice needs the article that explains the changes.
    void checkProcedureLinks(const ProcedureFile &procedure, const QString &file)
    {
        for (const InternalLinkAt &at : procedure.internalLinks) {
            if (at.link.kind == LinkPolicy::InternalLink::Kind::Article) {
                if (!m_articleIds.contains(at.link.id))
                    error(
                        file, at.line,
                        QStringLiteral("broken link '%1': there is no article '%2'").arg(at.url, at.link.id));
            } else if (!m_glossaryIds.contains(at.link.id)) {
                error(file, at.line,
                      QStringLiteral("broken link '%1': the glossary has no entry '%2'")
                          .arg(at.url, at.link.id));
            }
        }
        if (procedure.notice == ArticleFile::LawChangingNotice
            && !m_articleIds.contains(ArticleFile::LawChangingArticle))
            error(file, procedure.headerLines.value(QStringLiteral("notice")),
                  QStringLiteral(
                      "notice 'law-changing' links to the article '%1', which this pack does not have")
                      .arg(ArticleFile::LawChangingArticle));
    }

    // English and Dutch are checked for long sentences: the languages the authors write and review in.
    static bool checksSentences(const QString &language)
    {
        return language == QLatin1String("en") || language == QLatin1String("nl");
    }

    void checkSentences(const QString &markdown, int firstLine, const QString &file)
    {
        for (const Readability::Sentence &sentence : Readability::longSentences(markdown)) {
            QString start = sentence.text.section(QLatin1Char(' '), 0, 7);
            if (start.size() < sentence.text.size())
                start += QStringLiteral(" ...");
            warning(file, firstLine + sentence.line - 1,
                    QStringLiteral("sentence of %1 words; keep sentences to %2 words or fewer (\"%3\")")
                        .arg(sentence.words)
                        .arg(Readability::MaxSentenceWords)
                        .arg(start));
        }
    }

    // Compares every translation with the English text it was made from (based-on), and the notices.
    void checkTranslations(PackSource &pack)
    {
        const QString defaultLanguage = pack.metadata.defaultLanguage;
        auto articleFile = [&](const QString &id, const QString &language) {
            return path(QStringLiteral("articles/%1/%2.md").arg(id, language));
        };
        for (Article &article : pack.articles) {
            const auto englishIt = article.translations.constFind(defaultLanguage);
            if (englishIt == article.translations.cend())
                continue;
            const ArticleFile &english = *englishIt;
            const QString englishFile = articleFile(article.id, defaultLanguage);
            if (!english.basedOn.isEmpty())
                warning(englishFile, english.headerLines.value(QStringLiteral("based-on")),
                        QStringLiteral("based-on is for translations; the %1 text is the source")
                            .arg(defaultLanguage));
            if (english.notice == ArticleFile::LawChangingNotice
                && !m_articleIds.contains(ArticleFile::LawChangingArticle))
                error(englishFile, english.headerLines.value(QStringLiteral("notice")),
                      QStringLiteral(
                          "notice 'law-changing' links to the article '%1', which this pack does not "
                          "have (articles/%1/%2.md)")
                          .arg(ArticleFile::LawChangingArticle, defaultLanguage));
            const QString digest = english.sourceDigest();
            for (auto it = article.translations.begin(); it != article.translations.end(); ++it) {
                if (it.key() == defaultLanguage)
                    continue;
                ArticleFile &translation = it.value();
                const QString file = articleFile(article.id, it.key());
                checkBasedOn(translation.basedOn, digest,
                             translation.headerLines.value(QStringLiteral("based-on")), translation.closeLine,
                             file, &translation.sourceChanged);
                if (translation.notice != english.notice)
                    warning(
                        file, translation.headerLines.value(QStringLiteral("notice"), translation.closeLine),
                        QStringLiteral("notice differs from the %1 article's; the app shows the %1 article's "
                                       "notice ('%2')")
                            .arg(defaultLanguage,
                                 english.notice.isEmpty() ? QStringLiteral("none") : english.notice));
            }
        }
        const auto englishGlossary = pack.glossary.constFind(defaultLanguage);
        if (englishGlossary == pack.glossary.cend())
            return;
        const QString digest = englishGlossary->sourceDigest();
        for (auto it = pack.glossary.begin(); it != pack.glossary.end(); ++it) {
            const QString file = path(QStringLiteral("glossary/%1.md").arg(it.key()));
            if (it.key() == defaultLanguage) {
                if (!it->basedOn.isEmpty())
                    warning(file, it->basedOnLine,
                            QStringLiteral("based-on is for translations; the %1 text is the source")
                                .arg(defaultLanguage));
                continue;
            }
            checkBasedOn(it->basedOn, digest, it->basedOnLine, it->closeLine, file, &it->sourceChanged);
        }
    }

    void checkBasedOn(const QString &basedOn, const QString &digest, int basedOnLine, int closeLine,
                      const QString &file, bool *sourceChanged)
    {
        if (basedOn.isEmpty()) {
            warning(file, closeLine,
                    QStringLiteral("this translation has no 'based-on'; once it matches the English text, "
                                   "run 'rcpack stamp' to record that"));
        } else if (basedOn != digest) {
            *sourceChanged = true;
            warning(file, basedOnLine,
                    QStringLiteral("the English text changed since this translation was made; it is shown "
                                   "as outdated"));
        }
    }

    // article: and glossary: links must point at something the pack has.
    void checkInternalLinks(const PackSource &pack)
    {
        auto check = [&](const QList<InternalLinkAt> &links, const QString &file) {
            for (const InternalLinkAt &at : links) {
                if (at.link.kind == LinkPolicy::InternalLink::Kind::Article) {
                    if (!m_articleIds.contains(at.link.id))
                        error(file, at.line,
                              QStringLiteral("broken link '%1': there is no article '%2'")
                                  .arg(at.url, at.link.id));
                } else if (!m_glossaryIds.contains(at.link.id)) {
                    error(file, at.line,
                          QStringLiteral("broken link '%1': the glossary has no entry '%2'")
                              .arg(at.url, at.link.id));
                }
            }
        };
        for (const Article &article : pack.articles) {
            for (auto it = article.translations.cbegin(); it != article.translations.cend(); ++it)
                check(it->internalLinks, path(QStringLiteral("articles/%1/%2.md").arg(article.id, it.key())));
        }
        for (auto it = pack.glossary.cbegin(); it != pack.glossary.cend(); ++it)
            check(it->internalLinks, path(QStringLiteral("glossary/%1.md").arg(it.key())));
    }

    // One warning per language that lacks articles, with the count: the app falls back to the default
    // language, so this is a to-do list, not a fault.
    void checkCoverage(const PackSource &pack)
    {
        const QString defaultLanguage = pack.metadata.defaultLanguage;
        const int total = int(pack.articles.size());
        for (const QString &language : pack.metadata.languages) {
            if (language == defaultLanguage || total == 0)
                continue;
            int missing = 0;
            for (const Article &article : pack.articles)
                missing += article.translations.contains(language) ? 0 : 1;
            if (missing > 0)
                warning(
                    path(QStringLiteral("pack.json")), m_languageLines.value(language, 0),
                    QStringLiteral("language '%1': %2 of %3 articles are not translated yet; the app shows "
                                   "them in the default language (%4)")
                        .arg(language)
                        .arg(missing)
                        .arg(total)
                        .arg(defaultLanguage));
        }
    }

    QString m_dir;
    QDate m_today;
    Diagnostics &m_diagnostics;
    crypto::Sha256 m_digest;
    QMap<QString, int> m_languageLines; // language code -> its line in pack.json
    QSet<QString> m_articleIds; // every article with a default-language file, for links
    QSet<QString> m_glossaryIds; // every entry of the default-language glossary, for links
};

} // namespace

PackSource PackSource::load(const QString &directory, const QDate &today, Diagnostics &diagnostics)
{
    return Loader(directory, today, diagnostics).load();
}

} // namespace rc::content
