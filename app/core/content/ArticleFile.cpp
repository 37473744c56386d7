#include "ArticleFile.h"

#include "LinkPolicy.h"

namespace rc::content {

QString ArticleFile::sourceDigest() const
{
    return basedOnDigest(title + QLatin1Char('\n') + summary + QLatin1Char('\n') + body);
}

ArticleFile ArticleFile::parse(const QByteArray &data, const QString &fileName, const QDate &today,
                               Diagnostics &diagnostics)
{
    ArticleFile article;
    auto error = [&](int line, const QString &message) {
        diagnostics.append({ fileName, line, Diagnostic::Severity::Error, message });
    };

    const auto text = splitHeader(data, fileName, MaxFileBytes, QStringLiteral("an article"),
                                  QStringLiteral("article"), diagnostics);
    if (!text)
        return article;

    CommonHeader common;
    for (const HeaderLine &header : text->header) {
        const QString &key = header.key;
        const QString &value = header.value;
        const int lineNo = header.line;
        if (!article.headerLines.contains(key))
            article.headerLines.insert(key, lineNo);
        if (common.take(header, today, fileName, diagnostics))
            continue;
        if (key == QLatin1String("title")) {
            article.title = value;
            if (value.isEmpty())
                error(lineNo, QStringLiteral("title is empty"));
            else if (value.size() > MaxTitleLength)
                error(lineNo,
                      QStringLiteral("title is %1 characters; keep it under %2")
                          .arg(value.size())
                          .arg(MaxTitleLength));
        } else if (key == QLatin1String("summary")) {
            article.summary = value;
            if (value.isEmpty())
                error(lineNo, QStringLiteral("summary is empty"));
            else if (value.size() > MaxSummaryLength)
                error(lineNo,
                      QStringLiteral("summary is %1 characters; keep it under %2")
                          .arg(value.size())
                          .arg(MaxSummaryLength));
        } else if (key == QLatin1String("topics")) {
            for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QString topic = part.trimmed();
                if (!LinkPolicy::isValidId(topic))
                    error(lineNo,
                          QStringLiteral("'%1' is not a valid topic id (lower-case letters, digits and '-')")
                              .arg(topic));
                else
                    article.topics.append(topic);
            }
            if (article.topics.isEmpty())
                error(lineNo, QStringLiteral("an article needs at least one topic"));
        } else if (key == QLatin1String("order")) {
            bool ok = false;
            article.order = value.toInt(&ok);
            if (!ok || article.order < 0 || article.order > 100000)
                error(lineNo, QStringLiteral("order '%1' is not a whole number from 0 to 100000").arg(value));
        } else if (key == QLatin1String("notice")) {
            if (value == LawChangingNotice)
                article.notice = value;
            else
                error(
                    lineNo,
                    QStringLiteral("notice '%1' is not known; the only notice is 'law-changing'").arg(value));
        } else {
            error(lineNo, QStringLiteral("unknown header key '%1'").arg(key));
        }
    }
    article.status = common.status;
    article.checked = common.checked;
    article.sources = common.sources;
    article.basedOn = common.basedOn;

    const int closeLine = text->closeLine;
    article.closeLine = closeLine;
    for (const char *required : { "title", "summary", "topics", "checked" }) {
        if (!article.headerLines.contains(QLatin1String(required)))
            error(closeLine, QStringLiteral("the header has no '%1'").arg(QLatin1String(required)));
    }
    if (!common.hasStatus)
        error(closeLine, QStringLiteral("the header has no 'status' (reviewed, machine or outdated)"));
    if (!article.headerLines.contains(QStringLiteral("source")))
        error(closeLine, QStringLiteral("every article needs at least one 'source:' URL for its facts"));

    article.bodyFirstLine = text->bodyFirstLine;
    // Line numbers of the body are relative to the text after the header, which may start with blank
    // lines that trimmed() drops: scan the untrimmed body so the numbers match the file.
    const QString rawBody = text->rawBody();
    article.rawBody = rawBody;
    article.body = rawBody.trimmed();
    if (article.body.isEmpty())
        error(closeLine, QStringLiteral("the article has no text after its header"));
    checkMarkdown(rawBody, article.bodyFirstLine, fileName, QStringLiteral("in articles"), diagnostics,
                  &article.internalLinks);
    return article;
}

} // namespace rc::content
