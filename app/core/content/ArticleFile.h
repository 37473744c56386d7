#pragma once

#include "Diagnostic.h"
#include "TextFile.h"

#include <QDate>
#include <QMap>
#include <QStringList>

namespace rc::content {

// One article in one language, as written by an author:
//
//   ---
//   title: Your free lawyer
//   summary: ...
//   topics: legal-help, procedure
//   status: reviewed
//   checked: 2026-11-28
//   order: 30
//   notice: law-changing                 (optional)
//   source: https://...
//   based-on: 0123456789abcdef           (translations: see sourceDigest())
//   ---
//   Markdown body
struct ArticleFile
{
    QString title;
    QString summary;
    QStringList topics;
    TranslationStatus status = TranslationStatus::Machine;
    QDate checked;
    int order = 0;
    QStringList sources;
    QString notice; // empty, or one of Notices
    QString basedOn; // a translation's sourceDigest() of the English text it was made from, or empty
    QString body; // trimmed
    QString rawBody; // the lines after the header as they are, for line numbers
    int bodyFirstLine = 0; // the line of the file where rawBody starts
    int closeLine = 0; // the closing '---' of the header
    QMap<QString, int> headerLines; // header key -> its (first) line
    QList<InternalLinkAt> internalLinks; // article: and glossary: links in the body

    // Set by PackSource for a translation whose based-on no longer matches the English text.
    bool sourceChanged = false;
    TranslationStatus effectiveStatus() const { return sourceChanged ? TranslationStatus::Outdated : status; }

    // What a translation's based-on must say: basedOnDigest() over the title, summary and body, each
    // as parsed (trimmed, LF line ends), joined with LF. The other header lines do not count.
    QString sourceDigest() const;

    static constexpr qsizetype MaxFileBytes = 256 * 1024;
    static constexpr int MaxTitleLength = 120;
    static constexpr int MaxSummaryLength = 300;
    static inline const QString LawChangingNotice = QStringLiteral("law-changing");
    // The article a law-changing notice points to; the pack must have it.
    static inline const QString LawChangingArticle = QStringLiteral("law-changing");

    // Parses `data`, read from `fileName` (used only in diagnostics). Every problem is appended to
    // `diagnostics` with its line; the result is usable only when no error was added. `today` bounds the
    // checked date, so a date in the future is caught.
    static ArticleFile parse(const QByteArray &data, const QString &fileName, const QDate &today,
                             Diagnostics &diagnostics);
};

} // namespace rc::content
