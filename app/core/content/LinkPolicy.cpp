#include "LinkPolicy.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace rc::content::LinkPolicy {

bool isExternalLink(const QString &url)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    if (!parsed.isValid())
        return false;
    const QString scheme = parsed.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return !parsed.host().isEmpty();
    if (scheme == QLatin1String("tel") || scheme == QLatin1String("mailto"))
        return !parsed.path().isEmpty();
    return false;
}

bool isValidId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return re.match(id).hasMatch();
}

std::optional<InternalLink> internalLink(const QString &url)
{
    static const QLatin1String article("article:");
    static const QLatin1String glossary("glossary:");
    if (url.startsWith(article) && isValidId(url.mid(article.size())))
        return InternalLink { InternalLink::Kind::Article, url.mid(article.size()) };
    if (url.startsWith(glossary) && isValidId(url.mid(glossary.size())))
        return InternalLink { InternalLink::Kind::Glossary, url.mid(glossary.size()) };
    return std::nullopt;
}

bool isAllowedLink(const QString &url)
{
    return isExternalLink(url) || internalLink(url).has_value();
}

QList<FoundLink> scanMarkdown(const QString &markdown)
{
    // ](url "title")  -- inline link or image; the '!' before the '[' marks an image.
    static const QRegularExpression inlineLink(
        QStringLiteral(R"((!?)\[[^\]]*\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\))"));
    static const QRegularExpression autoLink(QStringLiteral(R"(<([A-Za-z][A-Za-z0-9+.\-]{1,31}:[^>\s]*)>)"));
    static const QRegularExpression referenceDef(
        QStringLiteral(R"(^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$))"));
    static const QRegularExpression htmlAttr(
        QStringLiteral(
            R"(<\s*(img|a|iframe|script|source|video|audio)\b[^>]*?\b(src|href)\s*=\s*["']?([^"'\s>]*))"),
        QRegularExpression::CaseInsensitiveOption);

    QList<FoundLink> found;
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        for (auto it = inlineLink.globalMatch(line); it.hasNext();) {
            const auto m = it.next();
            found.append({ i + 1, m.captured(2), !m.captured(1).isEmpty() });
        }
        for (auto it = autoLink.globalMatch(line); it.hasNext();)
            found.append({ i + 1, it.next().captured(1), false });
        if (const auto m = referenceDef.match(line); m.hasMatch())
            found.append({ i + 1, m.captured(1), false });
        for (auto it = htmlAttr.globalMatch(line); it.hasNext();) {
            const auto m = it.next();
            const QString tag = m.captured(1).toLower();
            found.append({ i + 1, m.captured(3), tag != QLatin1String("a") });
        }
    }
    return found;
}

QList<FoundHtml> scanRawHtml(const QString &markdown)
{
    // An opening, closing or self-closing tag as CommonMark defines one (a letter right after '<' or
    // '</', then attributes), a comment, a processing instruction or a declaration.
    static const QRegularExpression tag(
        QStringLiteral(R"(<(?:/?[A-Za-z][A-Za-z0-9\-]*(?:\s[^<>]*)?/?>|!--|\?|![A-Za-z]))"));
    static const QRegularExpression codeSpan(QStringLiteral("`+[^`]*`+"));

    QList<FoundHtml> found;
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        // Text in a code span is shown as it is, not interpreted: blank it out, keeping positions.
        for (auto it = codeSpan.globalMatch(line); it.hasNext();) {
            const auto m = it.next();
            line.replace(m.capturedStart(), m.capturedLength(),
                         QString(m.capturedLength(), QLatin1Char(' ')));
        }
        for (auto it = tag.globalMatch(line); it.hasNext();)
            found.append({ i + 1, it.next().captured(0) });
    }
    return found;
}

} // namespace rc::content::LinkPolicy
