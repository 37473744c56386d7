#include "ArticleFile.h"

#include "LinkPolicy.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

namespace rc::content {

QString toString(TranslationStatus status)
{
    switch (status) {
    case TranslationStatus::Reviewed:
        return QStringLiteral("reviewed");
    case TranslationStatus::Machine:
        return QStringLiteral("machine");
    case TranslationStatus::Outdated:
        return QStringLiteral("outdated");
    }
    return {};
}

std::optional<TranslationStatus> translationStatusFromString(const QString &text)
{
    if (text == QLatin1String("reviewed"))
        return TranslationStatus::Reviewed;
    if (text == QLatin1String("machine"))
        return TranslationStatus::Machine;
    if (text == QLatin1String("outdated"))
        return TranslationStatus::Outdated;
    return std::nullopt;
}

namespace {

const QRegularExpression &topicIdPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return re;
}

} // namespace

ArticleFile ArticleFile::parse(const QByteArray &data, const QString &fileName, const QDate &today,
                               Diagnostics &diagnostics)
{
    ArticleFile article;
    auto error = [&](int line, const QString &message) {
        diagnostics.append({ fileName, line, Diagnostic::Severity::Error, message });
    };

    if (data.size() > MaxFileBytes) {
        error(0,
              QStringLiteral("file is %1 bytes; an article may be at most %2 bytes")
                  .arg(data.size())
                  .arg(MaxFileBytes));
        return article;
    }
    // Stateless: a file that ends inside a multi-byte character is an error, not silently cut short.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError()) {
        error(0, QStringLiteral("file is not valid UTF-8"));
        return article;
    }
    if (text.contains(QChar(0))) {
        error(0, QStringLiteral("file contains a NUL character"));
        return article;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));

    const QStringList lines = text.split(QLatin1Char('\n'));
    if (lines.isEmpty() || lines.first().trimmed() != QLatin1String("---")) {
        error(1, QStringLiteral("article must start with a '---' line that opens the metadata header"));
        return article;
    }

    int end = -1;
    QSet<QString> seen;
    bool hasStatus = false;
    for (int i = 1; i < lines.size(); ++i) {
        const QString line = lines.at(i);
        const int lineNo = i + 1;
        if (line.trimmed() == QLatin1String("---")) {
            end = i;
            break;
        }
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            error(lineNo, QStringLiteral("expected 'key: value' in the header"));
            continue;
        }
        const QString key = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        if (key != QLatin1String("source") && seen.contains(key)) {
            error(lineNo, QStringLiteral("'%1' is given twice").arg(key));
            continue;
        }
        seen.insert(key);

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
                if (!topicIdPattern().match(topic).hasMatch())
                    error(lineNo,
                          QStringLiteral("'%1' is not a valid topic id (lower-case letters, digits and '-')")
                              .arg(topic));
                else
                    article.topics.append(topic);
            }
            if (article.topics.isEmpty())
                error(lineNo, QStringLiteral("an article needs at least one topic"));
        } else if (key == QLatin1String("status")) {
            hasStatus = true;
            if (const auto status = translationStatusFromString(value))
                article.status = *status;
            else
                error(lineNo,
                      QStringLiteral("status '%1' is not one of reviewed, machine, outdated").arg(value));
        } else if (key == QLatin1String("checked")) {
            article.checked = QDate::fromString(value, Qt::ISODate);
            if (!article.checked.isValid() || value.size() != 10)
                error(lineNo,
                      QStringLiteral("checked date '%1' is not a date in the form YYYY-MM-DD").arg(value));
            else if (today.isValid() && article.checked > today)
                error(lineNo, QStringLiteral("checked date %1 is in the future").arg(value));
        } else if (key == QLatin1String("order")) {
            bool ok = false;
            article.order = value.toInt(&ok);
            if (!ok || article.order < 0 || article.order > 100000)
                error(lineNo, QStringLiteral("order '%1' is not a whole number from 0 to 100000").arg(value));
        } else if (key == QLatin1String("source")) {
            if (!value.startsWith(QLatin1String("https://")) || !LinkPolicy::isAllowedLink(value))
                error(lineNo, QStringLiteral("source '%1' is not an https URL").arg(value));
            else
                article.sources.append(value);
        } else {
            error(lineNo, QStringLiteral("unknown header key '%1'").arg(key));
        }
    }

    if (end < 0) {
        // The last line of the file: a final newline does not start another line.
        const int lastLine = int(lines.size()) - (lines.size() > 1 && lines.last().isEmpty() ? 1 : 0);
        error(lastLine, QStringLiteral("the metadata header is not closed with a '---' line"));
        return article;
    }
    const int closeLine = end + 1;
    for (const char *required : { "title", "summary", "topics", "checked" }) {
        if (!seen.contains(QLatin1String(required)))
            error(closeLine, QStringLiteral("the header has no '%1'").arg(QLatin1String(required)));
    }
    if (!hasStatus)
        error(closeLine, QStringLiteral("the header has no 'status' (reviewed, machine or outdated)"));
    if (!seen.contains(QStringLiteral("source")))
        error(closeLine, QStringLiteral("every article needs at least one 'source:' URL for its facts"));

    article.bodyFirstLine = end + 2;
    article.body = lines.mid(end + 1).join(QLatin1Char('\n')).trimmed();
    if (article.body.isEmpty())
        error(closeLine, QStringLiteral("the article has no text after its header"));

    // Line numbers of the body are relative to the text after the header, which may start with blank
    // lines that trimmed() dropped: scan the untrimmed body so the numbers match the file.
    const QString rawBody = lines.mid(end + 1).join(QLatin1Char('\n'));
    for (const LinkPolicy::FoundLink &link : LinkPolicy::scanMarkdown(rawBody)) {
        const int lineNo = article.bodyFirstLine + link.line - 1;
        if (link.isImage)
            error(lineNo, QStringLiteral("images are not allowed in articles ('%1')").arg(link.url));
        else if (!LinkPolicy::isAllowedLink(link.url))
            error(lineNo,
                  QStringLiteral("link '%1' is not allowed: only https:, tel: and mailto: links")
                      .arg(link.url));
    }
    return article;
}

} // namespace rc::content
