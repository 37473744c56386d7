#pragma once

#include "TextFolding.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace rc::search {

// The SQLite FTS5 tokenizer of the content search, "rc_icu". Words are found with ICU's word break
// iterator (UAX #29 with ICU's rules: Arabic, Ethiopic, Cyrillic and Latin text all split at their
// word boundaries, numbers are words) and folded with foldWord() (TextFolding.h). A word with
// apostrophes is split there ("l'avocat" is "l" and "avocat", Ukrainian "пам'ять" is "пам" and
// "ять"), and a document also gets the word without its apostrophes at the position of its first
// part, so "avocat", "l'avocat", "памʼять" and "память" all find it.
//
// The tokenizer's one optional argument is the language of the text it indexes
// (`tokenize = 'rc_icu ckb'`); it chooses the folding profile. A table holds rows of one profile.
//
// Input is UTF-8 as SQLite stores it; ill-formed bytes are word boundaries, never part of a token.
// Token offsets are byte offsets into that input, as FTS5 wants them for snippet() and highlight().
inline constexpr char IcuTokenizerName[] = "rc_icu";

// Registers the tokenizer on a connection (through the fts5_api). Every connection that creates or
// reads a content search table must do this first; the content database and PackBuilder do.
bool registerIcuTokenizer(sqlite3 *db, QString *error = nullptr);

// The same tokenizer without SQLite, for tests and for checking a query before it is run.
struct Token
{
    QString text; // folded
    int start = 0; // byte offsets into the UTF-8 input
    int end = 0;
    bool colocated = false; // an alternative form at the position of the token before it
};

enum class TokenizeFor
{
    Document, // what the index stores
    Query // what a query looks for (no alternative forms)
};

QList<Token> tokenize(const QByteArray &utf8, const QString &language,
                      TokenizeFor purpose = TokenizeFor::Document);
// The folded words of `text` in order, without alternative forms.
QStringList words(const QString &text, const QString &language);

} // namespace rc::search
