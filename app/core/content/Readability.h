#pragma once

#include <QList>
#include <QString>

namespace rc::content::Readability {

// Content is for people reading in a second language, often under stress: short sentences.
constexpr int MaxSentenceWords = 30;

struct Sentence
{
    int line; // where the sentence starts, relative to the first line of the text (1-based)
    int words;
    QString text; // Markdown markup removed, whitespace simplified
};

// The sentences of a Markdown text. A sentence ends at '.', '!' or '?' followed by a space or the end
// of a line; headings, list items, quotes, table rows and paragraphs always end one. Link syntax and
// emphasis are dropped, so "[the IND](https://ind.nl/)" counts as two words.
QList<Sentence> sentences(const QString &markdown);

// The sentences of more than `maxWords` words.
QList<Sentence> longSentences(const QString &markdown, int maxWords = MaxSentenceWords);

} // namespace rc::content::Readability
