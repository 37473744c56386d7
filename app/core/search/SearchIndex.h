#pragma once

#include "storage/Database.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rc::search {

// One thing the search found.
struct SearchHit
{
    QString kind; // "article", "glossary", "step" (item "<procedure>/<step>") or "contact"
    QString pack;
    QString item; // the article id, the glossary entry id, ...
    QString language; // of the text that matched: the requested language or English
    QString title; // with the matching words between the marks
    QString snippet; // a few words of the text around the match, marked the same way
    double score = 0; // bm25: lower is better
};

// How matches are marked in SearchHit::title and snippet.
struct HighlightMarks
{
    QString open;
    QString close;
    QString ellipsis = QStringLiteral("\u2026");
    int snippetWords = 16; // at most 64 (FTS5's limit)
};

// The search index of the content database and of every compiled pack: FTS5 tables (migration 5 of
// ContentSchema) whose rows are the searchable texts, one row per (kind, pack, item, language), with
// the text as plain words (Markdown removed). Each table holds the rows of one folding profile
// (TextFolding.h): `search_index` for most languages, `search_index_ckb` for Sorani, whose text must
// not be folded like Arabic. The index is derived data: it is built from the content tables when a pack
// is built (PackBuilder) and again when it is installed (ContentStore::importPack), never copied from a
// pack file.
namespace SearchIndex {

// The index table for text in `language`; always one of tables().
QString tableFor(const QString &language);
QStringList tables();

// Replaces the index rows of `pack` with rows made from its installed texts (articles, glossary).
// Call inside the transaction that wrote the texts.
bool indexPack(storage::Database &db, const QString &pack, QString *error);

// What the user typed as an FTS5 query: every word a prefix ("lawy" finds "lawyer"), all of them
// required, quoted so that no FTS5 syntax gets through. Empty when nothing searchable was typed.
QString matchExpression(const QString &typed);

// Ranked hits for what the user typed: those in `language` first, by bm25 (a match in the title
// counts more than one in the text), then English ones for what had no hit in `language`. At most
// `limit` hits. On a database error returns nothing and sets `error`.
QList<SearchHit> search(storage::Database &db, const QString &typed, const QString &language,
                        const HighlightMarks &marks, int limit, QString *error = nullptr);

// Markdown as plain words for the index: links keep their text, markup goes.
QString plainText(const QString &markdown);

} // namespace SearchIndex

} // namespace rc::search
