#include "MarkdownRenderer.h"

#include "content/LinkPolicy.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>

namespace rc::ui::MarkdownRenderer {

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
    // toHtml() pins the document's default font on <body>; drop it so the text follows the app's font
    // and the user's text size.
    static const QRegularExpression bodyStyle(QStringLiteral("<body[^>]*>"));
    return document.toHtml().replace(bodyStyle, QStringLiteral("<body>"));
}

} // namespace rc::ui::MarkdownRenderer
