#include "Stamper.h"

#include "ArticleFile.h"
#include "ContactFile.h"
#include "GlossaryFile.h"
#include "ProcedureFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace rc::content {

namespace {

QByteArray readAll(const QString &path, qsizetype maxBytes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the file: %1").arg(file.errorString());
        return {};
    }
    if (file.size() > maxBytes) {
        *error = QStringLiteral("file is %1 bytes; the limit is %2").arg(file.size()).arg(maxBytes);
        return {};
    }
    return file.readAll();
}

class Run
{
public:
    Run(QString dir, const Stamper::Options &options, QDate today)
        : m_dir(std::move(dir))
        , m_options(options)
        , m_today(today)
    {
    }

    Stamper::Result run()
    {
        if (!QFileInfo(m_dir).isDir()) {
            problem(m_dir, QStringLiteral("not a folder"));
            return m_result;
        }
        m_defaultLanguage = defaultLanguage();
        if (m_defaultLanguage.isEmpty())
            return m_result;
        if (!m_options.glossaryOnly)
            stampArticles();
        if (m_options.article.isEmpty())
            stampGlossary();
        if (m_options.article.isEmpty() && !m_options.glossaryOnly) {
            stampFolders<ProcedureFile>(QStringLiteral("procedures"));
            stampFolders<ContactFile>(QStringLiteral("contacts"));
        }
        return m_result;
    }

private:
    QString path(const QString &relative) const { return QDir(m_dir).filePath(relative); }

    void problem(const QString &file, const QString &message)
    {
        m_result.problems.append({ file, 0, Diagnostic::Severity::Error, message });
    }

    QString defaultLanguage()
    {
        const QString file = path(QStringLiteral("pack.json"));
        QString error;
        const QByteArray data = readAll(file, 1024 * 1024, &error);
        const QString language
            = QJsonDocument::fromJson(data).object().value(QLatin1String("defaultLanguage")).toString();
        if (language.isEmpty())
            problem(file,
                    error.isEmpty() ? QStringLiteral("no 'defaultLanguage': fix pack.json first") : error);
        return language;
    }

    // The translations in `dir` to stamp: <lang>.md files other than the source, as the options say.
    QStringList translations(const QString &relativeDir) const
    {
        QStringList languages;
        const QStringList files
            = QDir(path(relativeDir)).entryList({ QStringLiteral("*.md") }, QDir::Files, QDir::Name);
        for (const QString &fileName : files) {
            const QString language = fileName.chopped(3);
            // Only <language>.md: a README.md or notes.md next to them is not a translation.
            static const QRegularExpression code(QStringLiteral("^[a-z]{2,3}(-[A-Z]{2})?$"));
            if (language == m_defaultLanguage || !code.match(language).hasMatch())
                continue;
            if (!m_options.language.isEmpty() && language != m_options.language)
                continue;
            languages.append(language);
        }
        return languages;
    }

    void stampArticles()
    {
        const QDir articles(path(QStringLiteral("articles")));
        QStringList ids = articles.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        if (!m_options.article.isEmpty()) {
            if (!ids.contains(m_options.article)) {
                problem(path(QStringLiteral("articles/") + m_options.article),
                        QStringLiteral("there is no such article"));
                return;
            }
            ids = { m_options.article };
        }
        for (const QString &id : ids)
            stampItem<ArticleFile>(QStringLiteral("articles/") + id);
    }

    // Procedures and contacts are stamped with everything else (not when one article or the glossary is
    // asked for): every <folder>/<id>.
    template<typename File> void stampFolders(const QString &folder)
    {
        const QStringList ids = QDir(path(folder)).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &id : ids)
            stampItem<File>(folder + QLatin1Char('/') + id);
    }

    // The translations in `dir` (articles/<id>, procedures/<id>, contacts/<id>, glossary) against its
    // English file.
    template<typename File> void stampItem(const QString &dir)
    {
        const QStringList languages = translations(dir);
        if (languages.isEmpty())
            return;
        const QString source = path(dir + QLatin1Char('/') + m_defaultLanguage + QStringLiteral(".md"));
        QString error;
        const QByteArray data = readAll(source, File::MaxFileBytes, &error);
        if (!error.isEmpty()) {
            problem(source, error);
            return;
        }
        Diagnostics diagnostics;
        const File english = File::parse(data, source, m_today, diagnostics);
        if (hasErrors(diagnostics)) {
            problem(source,
                    QStringLiteral("the source text has errors; run 'rcpack lint' and fix them first"));
            return;
        }
        for (const QString &language : languages)
            stampFile(path(dir + QLatin1Char('/') + language + QStringLiteral(".md")), english.sourceDigest(),
                      File::MaxFileBytes);
    }

    // The glossary folder holds <lang>.md like an article's folder does.
    void stampGlossary()
    {
        if (QFileInfo(path(QStringLiteral("glossary"))).isDir())
            stampItem<GlossaryFile>(QStringLiteral("glossary"));
    }

    void stampFile(const QString &file, const QString &digest, qsizetype maxBytes)
    {
        QString error;
        const QByteArray data = readAll(file, maxBytes, &error);
        if (!error.isEmpty()) {
            problem(file, error);
            return;
        }
        const auto stamped = Stamper::withBasedOn(data, digest);
        if (!stamped) {
            problem(file, QStringLiteral("no header with at most one based-on line; run 'rcpack lint'"));
            return;
        }
        if (*stamped == data) {
            m_result.current.append(file);
            return;
        }
        if (!Stamper::writeAtomically(file, *stamped, &error)) {
            problem(file, error);
            return;
        }
        m_result.stamped.append(file);
    }

    QString m_dir;
    Stamper::Options m_options;
    QDate m_today;
    QString m_defaultLanguage;
    Stamper::Result m_result;
};

// How the line that ends at the '\n' at `newline` ends: "\n" or "\r\n".
QByteArray lineEnding(const QByteArray &data, qsizetype newline)
{
    return newline > 0 && data.at(newline - 1) == '\r' ? QByteArray("\r\n") : QByteArray("\n");
}

} // namespace

Stamper::Result Stamper::stamp(const QString &sourceDir, const Options &options, const QDate &today)
{
    return Run(sourceDir, options, today).run();
}

std::optional<QByteArray> Stamper::withBasedOn(const QByteArray &data, const QString &digest)
{
    // Lines as [start, end) byte ranges, end at the '\n' (or the end of the data).
    const qsizetype bom = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    struct Line
    {
        qsizetype start;
        qsizetype end;
    };
    QList<Line> lines;
    for (qsizetype start = bom; start < data.size();) {
        const qsizetype newline = data.indexOf('\n', start);
        const qsizetype end = newline < 0 ? data.size() : newline;
        lines.append({ start, end });
        start = end + 1;
    }
    auto text = [&](const Line &line) { return data.mid(line.start, line.end - line.start).trimmed(); };
    if (lines.isEmpty() || text(lines.first()) != "---")
        return std::nullopt;

    const QByteArray value = "based-on: " + digest.toLatin1();
    qsizetype basedOn = -1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = text(lines.at(i));
        if (line == "---") {
            QByteArray result = data;
            if (basedOn >= 0) {
                // Replace the value, keeping the line's own ending ("\r" stays before the '\n').
                const Line &at = lines.at(basedOn);
                const qsizetype length = data.mid(at.start, at.end - at.start).endsWith('\r')
                    ? at.end - at.start - 1
                    : at.end - at.start;
                result.replace(at.start, length, value);
            } else {
                const qsizetype close = lines.at(i).start;
                result.insert(close, value + lineEnding(data, lines.at(0).end));
            }
            return result;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed() == "based-on") {
            if (basedOn >= 0)
                return std::nullopt;
            basedOn = i;
        }
    }
    return std::nullopt; // the header is not closed
}

bool Stamper::writeAtomically(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write the file: %1").arg(file.errorString());
        return false;
    }
    if (file.write(data) != data.size() || !file.commit()) {
        *error = QStringLiteral("cannot write the file: %1").arg(file.errorString());
        return false;
    }
    return true;
}

} // namespace rc::content
