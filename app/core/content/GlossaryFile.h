#pragma once

#include "Diagnostic.h"
#include "TextFile.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QStringList>

namespace rc::content {

// The glossary of a pack in one language (glossary/<lang>.md): Dutch terms the reader will hear, each
// explained in one to three plain sentences.
//
//   ---
//   status: reviewed
//   checked: 2026-11-28
//   source: https://...
//   based-on: 0123456789abcdef           (translations: see sourceDigest())
//   ---
//   ## Nader gehoor {#nader-gehoor}
//
//   The detailed interview with the IND about your reasons for asylum.
//
// English (en.md) is the source. A translation has the same ids and the same Dutch terms; only the
// explanations are translated.
struct GlossaryFile
{
    struct Entry
    {
        QString id;
        QString term; // in Dutch, as the reader will hear it
        QString explanation; // Markdown, trimmed, LF line ends
        int line = 0; // of the heading
        int sentences = 0;
    };

    TranslationStatus status = TranslationStatus::Machine;
    QDate checked;
    QStringList sources;
    QString basedOn;
    int basedOnLine = 0;
    int closeLine = 0;
    QString rawBody; // the lines after the header as they are, for line numbers
    int bodyFirstLine = 0; // the line of the file where rawBody starts
    QList<Entry> entries; // in file order
    QList<InternalLinkAt> internalLinks;

    // Set by PackSource for a translation whose based-on no longer matches the English entries.
    bool sourceChanged = false;
    TranslationStatus effectiveStatus() const { return sourceChanged ? TranslationStatus::Outdated : status; }

    // What a translation's based-on must say: basedOnDigest() over every entry in order, each as its id,
    // term and explanation on lines of their own followed by an empty line. The header does not count.
    QString sourceDigest() const;

    const Entry *find(const QString &id) const;

    static constexpr qsizetype MaxFileBytes = 512 * 1024;
    static constexpr int MaxTermLength = 80;
    static constexpr int MaxSentences = 3;

    // Parses `data`, read from `fileName` (used only in diagnostics), like ArticleFile::parse.
    static GlossaryFile parse(const QByteArray &data, const QString &fileName, const QDate &today,
                              Diagnostics &diagnostics);

    // Checks a translation against the English glossary: every id must be an English one with the same
    // term; an English entry the translation lacks is a warning (the app shows the English text).
    void checkTranslation(const GlossaryFile &english, const QString &fileName,
                          Diagnostics &diagnostics) const;
};

} // namespace rc::content
