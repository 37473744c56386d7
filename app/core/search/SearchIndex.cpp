#include "SearchIndex.h"

#include "IcuTokenizer.h"

#include <QRegularExpression>
#include <QSet>

#include <map>

namespace rc::search::SearchIndex {

using storage::Statement;

namespace {

constexpr int MaxQueryCharacters = 256;
constexpr int MaxQueryWords = 12;

// bm25 weights of the columns title and body: a word in the title counts four times.
constexpr const char *Bm25Weights = "4.0, 1.0";

QString lineText(QString line)
{
    static const QRegularExpression link(QStringLiteral(R"(!?\[([^\]]*)\]\([^)]*\))"));
    static const QRegularExpression autoLink(QStringLiteral(R"(<[A-Za-z][A-Za-z0-9+.\-]{1,31}:[^>\s]*>)"));
    static const QRegularExpression markup(QStringLiteral(R"([*_`]+|\\(?=[^\s]))"));
    line.replace(link, QStringLiteral("\\1"));
    line.replace(autoLink, QStringLiteral(" "));
    line.replace(markup, QString());
    return line;
}

} // namespace

QString tableFor(const QString &language)
{
    return foldingProfileFor(language) == FoldingProfile::Sorani ? QStringLiteral("search_index_ckb")
                                                                 : QStringLiteral("search_index");
}

QStringList tables()
{
    return { QStringLiteral("search_index"), QStringLiteral("search_index_ckb") };
}

QString plainText(const QString &markdown)
{
    static const QRegularExpression blockMarker(
        QStringLiteral(R"(^\s{0,3}(?:#{1,6}\s+|[-*+]\s+|\d{1,9}[.)]\s+|>\s?)+)"));
    static const QRegularExpression tableRule(QStringLiteral(R"(^[\s|:\-]+$)"));
    static const QRegularExpression heading(QStringLiteral(R"(^\s{0,3}#{1,6}\s)"));
    QStringList parts;
    for (QString line : markdown.split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty() || (line.contains(QLatin1Char('|')) && tableRule.match(line).hasMatch()))
            continue;
        const bool isHeading = heading.match(line).hasMatch();
        line.remove(blockMarker);
        if (line.trimmed().startsWith(QLatin1Char('|')))
            line.replace(QLatin1Char('|'), QLatin1Char(' '));
        line = lineText(line).simplified();
        if (line.isEmpty())
            continue;
        // A heading runs into the paragraph after it: set it apart in snippets.
        parts.append(isHeading ? line + QStringLiteral(" \u00B7") : line);
    }
    return parts.join(QLatin1Char(' '));
}

bool indexPack(storage::Database &db, const QString &pack, QString *error)
{
    auto fail = [&](const QString &what) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(what, db.lastError());
        return false;
    };
    std::map<QString, Statement> inserts;
    for (const QString &table : tables()) {
        Statement remove = db.prepare(QStringLiteral("DELETE FROM %1 WHERE pack = ?1").arg(table));
        if (!remove.bind(1, pack).exec())
            return fail(QStringLiteral("cannot clear the search index of pack %1").arg(pack));
        Statement insert = db.prepare(
            QStringLiteral(
                "INSERT INTO %1 (title, body, kind, pack, item, lang) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .arg(table));
        if (!insert.isValid())
            return fail(QStringLiteral("cannot write the search index"));
        inserts.emplace(table, std::move(insert));
    }
    auto add = [&](const QString &kind, const QString &item, const QString &language, const QString &title,
                   const QString &body) {
        Statement &insert = inserts.at(tableFor(language));
        return insert.bind(1, title)
            .bind(2, body)
            .bind(3, kind)
            .bind(4, pack)
            .bind(5, item)
            .bind(6, language)
            .exec();
    };

    // Articles: the title, then the summary and the text.
    Statement articles = db.prepare(QStringLiteral("SELECT article, lang, title, summary, body FROM "
                                                   "article_texts WHERE pack = ?1 ORDER BY article, lang"));
    articles.bind(1, pack);
    while (articles.step()) {
        const QString body = articles.text(3) + QLatin1Char(' ') + plainText(articles.text(4));
        if (!add(QStringLiteral("article"), articles.text(0), articles.text(1), articles.text(2), body))
            return fail(QStringLiteral("cannot index article %1").arg(articles.text(0)));
    }
    if (articles.failed() || !articles.isValid())
        return fail(QStringLiteral("cannot read the articles of pack %1").arg(pack));

    // Glossary entries: the Dutch term, then its explanation.
    Statement entries = db.prepare(QStringLiteral(
        "SELECT entry, lang, term, explanation FROM glossary_texts WHERE pack = ?1 ORDER BY position, lang"));
    entries.bind(1, pack);
    while (entries.step()) {
        if (!add(QStringLiteral("glossary"), entries.text(0), entries.text(1), entries.text(2),
                 plainText(entries.text(3))))
            return fail(QStringLiteral("cannot index glossary entry %1").arg(entries.text(0)));
    }
    if (entries.failed() || !entries.isValid())
        return fail(QStringLiteral("cannot read the glossary of pack %1").arg(pack));

    // Procedure steps, as "<procedure>/<step>": the step's title, then who is there, what to prepare,
    // the rights and the description. (prepare and rights hold one Markdown line each, joined with LF.)
    Statement steps = db.prepare(QStringLiteral(
        "SELECT procedure || '/' || step, lang, title, who, prepare, rights, duration, description "
        "FROM procedure_steps WHERE pack = ?1 ORDER BY procedure, position, lang"));
    steps.bind(1, pack);
    while (steps.step()) {
        QStringList parts { steps.text(3) };
        for (int column = 4; column <= 7; ++column)
            parts.append(plainText(steps.text(column)));
        if (!add(QStringLiteral("step"), steps.text(0), steps.text(1), steps.text(2),
                 parts.join(QLatin1Char(' '))))
            return fail(QStringLiteral("cannot index procedure step %1").arg(steps.text(0)));
    }
    if (steps.failed() || !steps.isValid())
        return fail(QStringLiteral("cannot read the procedures of pack %1").arg(pack));

    // Contacts: the organisation's name, then its services and description.
    Statement contacts = db.prepare(QStringLiteral("SELECT contact, lang, name, services, description FROM "
                                                   "contact_texts WHERE pack = ?1 ORDER BY contact, lang"));
    contacts.bind(1, pack);
    while (contacts.step()) {
        const QString body = contacts.text(3) + QLatin1Char(' ') + plainText(contacts.text(4));
        if (!add(QStringLiteral("contact"), contacts.text(0), contacts.text(1), contacts.text(2), body))
            return fail(QStringLiteral("cannot index contact %1").arg(contacts.text(0)));
    }
    if (contacts.failed() || !contacts.isValid())
        return fail(QStringLiteral("cannot read the contacts of pack %1").arg(pack));
    return true;
}

QString matchExpression(const QString &typed)
{
    QString text = typed.left(MaxQueryCharacters);
    if (!text.isEmpty() && text.back().isHighSurrogate())
        text.chop(1);
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    static const QRegularExpression space(QStringLiteral(R"(\s+)"));
    QStringList terms;
    for (const QString &chunk : text.split(space, Qt::SkipEmptyParts)) {
        if (terms.size() == MaxQueryWords)
            break;
        if (words(chunk, QString()).isEmpty())
            continue; // punctuation, marks only: nothing to look for
        QString quoted = chunk;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms.append(QLatin1Char('"') + quoted + QStringLiteral("\"*"));
    }
    return terms.join(QLatin1Char(' '));
}

QList<SearchHit> search(storage::Database &db, const QString &typed, const QString &language,
                        const HighlightMarks &marks, int limit, QString *error)
{
    if (error)
        error->clear();
    QList<SearchHit> hits;
    const QString match = matchExpression(typed);
    if (match.isEmpty() || limit <= 0)
        return hits;
    QStringList languages { language };
    if (language != QLatin1String("en"))
        languages.append(QStringLiteral("en"));

    QSet<QString> seen;
    for (const QString &lang : std::as_const(languages)) {
        if (hits.size() >= limit)
            break;
        const QString table = tableFor(lang);
        Statement query = db.prepare(
            QStringLiteral("SELECT kind, pack, item, lang, highlight(%1, 0, ?3, ?4), "
                           "snippet(%1, 1, ?3, ?4, ?5, ?6), bm25(%1, %2) AS score "
                           "FROM %1 WHERE %1 MATCH ?1 AND lang = ?2 ORDER BY score, pack, item LIMIT ?7")
                .arg(table, QLatin1String(Bm25Weights)));
        if (!query.isValid()) {
            if (error)
                *error = db.lastError();
            return {};
        }
        query.bind(1, match)
            .bind(2, lang)
            .bind(3, marks.open)
            .bind(4, marks.close)
            .bind(5, marks.ellipsis)
            .bind(6, qBound(1, marks.snippetWords, 64))
            .bind(7, qint64(limit) + seen.size());
        while (query.step() && hits.size() < limit) {
            // bm25() is a real number; SQLite gives its text with 15 significant digits.
            const SearchHit hit { query.text(0), query.text(1), query.text(2),           query.text(3),
                                  query.text(4), query.text(5), query.text(6).toDouble() };
            const QString key = hit.kind + QLatin1Char('/') + hit.pack + QLatin1Char('/') + hit.item;
            if (seen.contains(key))
                continue;
            seen.insert(key);
            hits.append(hit);
        }
        if (query.failed()) {
            if (error)
                *error = db.lastError();
            return {};
        }
    }
    return hits;
}

} // namespace rc::search::SearchIndex
