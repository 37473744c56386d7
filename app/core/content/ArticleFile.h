#pragma once

#include "Diagnostic.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace rc::content {

enum class TranslationStatus
{
    Reviewed,
    Machine,
    Outdated
};

QString toString(TranslationStatus status);
std::optional<TranslationStatus> translationStatusFromString(const QString &text);

// One article in one language, as written by an author:
//
//   ---
//   title: Your free lawyer
//   summary: ...
//   topics: legal-help, procedure
//   status: reviewed
//   checked: 2026-11-28
//   order: 30
//   source: https://...
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
    QString body;
    int bodyFirstLine = 0;

    static constexpr qsizetype MaxFileBytes = 256 * 1024;
    static constexpr int MaxTitleLength = 120;
    static constexpr int MaxSummaryLength = 300;

    // Parses `data`, read from `fileName` (used only in diagnostics). Every problem is appended to
    // `diagnostics` with its line; the result is usable only when no error was added. `today` bounds the
    // checked date, so a date in the future is caught.
    static ArticleFile parse(const QByteArray &data, const QString &fileName, const QDate &today,
                             Diagnostics &diagnostics);
};

} // namespace rc::content
