#include "MarkdownRenderer.h"

#include "content/LinkPolicy.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>

namespace rc::ui::MarkdownRenderer {

namespace {

bool isRightToLeftLetter(char32_t c)
{
    return (c >= 0x0590 && c <= 0x08FF) || (c >= 0xFB1D && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
}

// In a right-to-left paragraph, a Dutch or English phrase with brackets, e.g. "IND (Immigratie- en
// Naturalisatiedienst)", is reordered by the bidirectional algorithm as if its brackets belonged to
// the Arabic around it: when the line breaks inside it, the brackets end up on the wrong side and the
// words out of order. Wrapping each left-to-right run in a left-to-right isolate (U+2066 ... U+2069)
// keeps it together as one left-to-right unit. Runs are trimmed until their brackets balance.
void isolateLeftToRightRuns(QTextDocument &document)
{
    static const QRegularExpression run(QStringLiteral(
        R"(\(?[A-Za-z0-9\x{00C0}-\x{024F}][A-Za-z0-9\x{00C0}-\x{024F}\s\-().,/&'\x{2019}:+]*[A-Za-z0-9\x{00C0}-\x{024F})+])"));
    QList<QPair<int, int>> ranges; // document positions, start and end
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        bool rightToLeft = false;
        for (const char32_t c : text.toUcs4()) {
            if (isRightToLeftLetter(c)) {
                rightToLeft = true;
                break;
            }
        }
        if (!rightToLeft)
            continue;
        for (auto it = run.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            QString found = match.captured();
            int start = int(match.capturedStart());
            // Trim until the brackets inside the run pair up; a lone bracket stays outside.
            while (!found.isEmpty() && found.count(QLatin1Char('(')) != found.count(QLatin1Char(')'))) {
                if (found.endsWith(QLatin1Char(')'))
                    && found.count(QLatin1Char(')')) > found.count(QLatin1Char('('))) {
                    found.chop(1);
                } else if (found.startsWith(QLatin1Char('('))) {
                    found.remove(0, 1);
                    ++start;
                } else {
                    break;
                }
            }
            found = found.trimmed();
            if (found.isEmpty() || found.count(QLatin1Char('(')) != found.count(QLatin1Char(')')))
                continue;
            ranges.append({ block.position() + start, block.position() + start + int(found.size()) });
        }
    }
    // From the end, so that earlier positions stay valid.
    for (auto it = ranges.crbegin(); it != ranges.crend(); ++it) {
        QTextCursor cursor(&document);
        cursor.setPosition(it->second);
        cursor.insertText(QString(QChar(0x2069)));
        cursor.setPosition(it->first);
        cursor.insertText(QString(QChar(0x2066)));
    }
}

} // namespace

QString toHtml(const QString &markdown)
{
    QTextDocument document;
    document.setMarkdown(markdown,
                         QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub
                                                         | QTextDocument::MarkdownNoHTML));

    // Collect first, edit afterwards: editing while iterating would invalidate the fragments.
    struct Span
    {
        int position;
        int length;
        bool image;
    };
    QList<Span> spans;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (format.isImageFormat())
                spans.append({ fragment.position(), fragment.length(), true });
            else if (format.isAnchor() && !rc::content::LinkPolicy::isAllowedLink(format.anchorHref()))
                spans.append({ fragment.position(), fragment.length(), false });
        }
    }
    // From the end, so earlier positions stay valid when images are removed.
    for (auto it = spans.crbegin(); it != spans.crend(); ++it) {
        QTextCursor cursor(&document);
        cursor.setPosition(it->position);
        cursor.setPosition(it->position + it->length, QTextCursor::KeepAnchor);
        if (it->image) {
            cursor.removeSelectedText();
            continue;
        }
        QTextCharFormat plain;
        plain.setAnchor(false);
        plain.setAnchorHref(QString());
        plain.setFontUnderline(false);
        plain.setForeground(QBrush());
        cursor.mergeCharFormat(plain);
        QTextCharFormat cleared = cursor.charFormat();
        cleared.clearProperty(QTextFormat::AnchorHref);
        cleared.clearProperty(QTextFormat::IsAnchor);
        cleared.clearForeground();
        cursor.setCharFormat(cleared);
    }
    isolateLeftToRightRuns(document);
    // toHtml() pins the document's default font on <body>; drop it so the text follows the app's font
    // and the user's text size.
    static const QRegularExpression bodyStyle(QStringLiteral("<body[^>]*>"));
    return document.toHtml().replace(bodyStyle, QStringLiteral("<body>"));
}

} // namespace rc::ui::MarkdownRenderer
