#pragma once

#include "Diagnostic.h"
#include "LinkPolicy.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
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

// What the parts of a content file that articles and the glossary share look like once read: UTF-8
// text with a '---' header of 'key: value' lines, then a Markdown body.
struct HeaderLine
{
    int line; // 1-based
    QString key;
    QString value;
};

struct HeaderedText
{
    QStringList lines; // the whole file: LF line ends, no byte order mark
    QList<HeaderLine> header; // in file order; a repeated key (other than 'source') is left out
    int closeLine = 0; // 1-based line of the closing '---'
    int bodyFirstLine = 0; // 1-based line after it

    // The lines after the header, joined with LF and not trimmed, so line numbers still match.
    QString rawBody() const;
};

// Decodes `data` and splits off its header, reporting problems as errors in `fileName`. `aKind` and
// `kind` name the file in messages ("an article"/"article", "a glossary"/"glossary"). Returns nullopt
// when the file cannot be used at all.
std::optional<HeaderedText> splitHeader(const QByteArray &data, const QString &fileName, qsizetype maxBytes,
                                        const QString &aKind, const QString &kind, Diagnostics &diagnostics);

// The header keys that articles and the glossary share: status, checked, source and based-on.
struct CommonHeader
{
    TranslationStatus status = TranslationStatus::Machine;
    bool hasStatus = false;
    QDate checked;
    bool hasChecked = false;
    QStringList sources;
    QString basedOn; // 16 lower-case hex digits, or empty
    int basedOnLine = 0;

    // Takes `line` when it is one of the shared keys (reporting a bad value); false for any other key.
    bool take(const HeaderLine &line, const QDate &today, const QString &fileName, Diagnostics &diagnostics);
};

// The "based-on" value for a source text: the first 16 hex digits of SHA-256 over its UTF-8 bytes.
QString basedOnDigest(const QString &text);
constexpr int BasedOnLength = 16;

// One article: or glossary: link, at its line in the file.
struct InternalLinkAt
{
    int line;
    QString url;
    LinkPolicy::InternalLink link;
};

// Checks the links, images and raw HTML of Markdown whose first line is line `firstLine` of `fileName`.
// `where` ends the message about images ("in articles"). Internal links are appended to `internal` for
// the pack to resolve once every article and glossary entry is known.
void checkMarkdown(const QString &markdown, int firstLine, const QString &fileName, const QString &where,
                   Diagnostics &diagnostics, QList<InternalLinkAt> *internal);

} // namespace rc::content
