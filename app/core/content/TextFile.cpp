#include "TextFile.h"

#include "crypto/Digest.h"

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

QString HeaderedText::rawBody() const
{
    return lines.mid(bodyFirstLine - 1).join(QLatin1Char('\n'));
}

std::optional<HeaderedText> splitHeader(const QByteArray &data, const QString &fileName, qsizetype maxBytes,
                                        const QString &aKind, const QString &kind, Diagnostics &diagnostics)
{
    auto error = [&](int line, const QString &message) {
        diagnostics.append({ fileName, line, Diagnostic::Severity::Error, message });
    };
    if (data.size() > maxBytes) {
        error(0,
              QStringLiteral("file is %1 bytes; %2 may be at most %3 bytes")
                  .arg(data.size())
                  .arg(aKind)
                  .arg(maxBytes));
        return std::nullopt;
    }
    // Stateless: a file that ends inside a multi-byte character is an error, not silently cut short.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError()) {
        error(0, QStringLiteral("file is not valid UTF-8"));
        return std::nullopt;
    }
    if (text.contains(QChar(0))) {
        error(0, QStringLiteral("file contains a NUL character"));
        return std::nullopt;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));

    HeaderedText result;
    result.lines = text.split(QLatin1Char('\n'));
    const QStringList &lines = result.lines;
    if (lines.isEmpty() || lines.first().trimmed() != QLatin1String("---")) {
        error(1, QStringLiteral("%1 must start with a '---' line that opens the metadata header").arg(kind));
        return std::nullopt;
    }
    int end = -1;
    QSet<QString> seen;
    for (int i = 1; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
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
        if (key != QLatin1String("source") && seen.contains(key)) {
            error(lineNo, QStringLiteral("'%1' is given twice").arg(key));
            continue;
        }
        seen.insert(key);
        result.header.append({ lineNo, key, line.mid(colon + 1).trimmed() });
    }
    if (end < 0) {
        // The last line of the file: a final newline does not start another line.
        const int lastLine = int(lines.size()) - (lines.size() > 1 && lines.last().isEmpty() ? 1 : 0);
        error(lastLine, QStringLiteral("the metadata header is not closed with a '---' line"));
        return std::nullopt;
    }
    result.closeLine = end + 1;
    result.bodyFirstLine = end + 2;
    return result;
}

bool CommonHeader::take(const HeaderLine &line, const QDate &today, const QString &fileName,
                        Diagnostics &diagnostics)
{
    auto error = [&](const QString &message) {
        diagnostics.append({ fileName, line.line, Diagnostic::Severity::Error, message });
    };
    const QString &value = line.value;
    if (line.key == QLatin1String("status")) {
        hasStatus = true;
        if (const auto parsed = translationStatusFromString(value))
            status = *parsed;
        else
            error(QStringLiteral("status '%1' is not one of reviewed, machine, outdated").arg(value));
    } else if (line.key == QLatin1String("checked")) {
        hasChecked = true;
        checked = QDate::fromString(value, Qt::ISODate);
        if (!checked.isValid() || value.size() != 10)
            error(QStringLiteral("checked date '%1' is not a date in the form YYYY-MM-DD").arg(value));
        else if (today.isValid() && checked > today)
            error(QStringLiteral("checked date %1 is in the future").arg(value));
    } else if (line.key == QLatin1String("source")) {
        if (!value.startsWith(QLatin1String("https://")) || !LinkPolicy::isExternalLink(value))
            error(QStringLiteral("source '%1' is not an https URL").arg(value));
        else
            sources.append(value);
    } else if (line.key == QLatin1String("based-on")) {
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{%1}$").arg(BasedOnLength));
        basedOnLine = line.line;
        if (hex.match(value).hasMatch())
            basedOn = value;
        else
            error(QStringLiteral("based-on '%1' is not %2 lower-case hex digits; let 'rcpack stamp' write it")
                      .arg(value)
                      .arg(BasedOnLength));
    } else {
        return false;
    }
    return true;
}

QString basedOnDigest(const QString &text)
{
    return QString::fromLatin1(crypto::Sha256::hash(text.toUtf8()).toHex().left(BasedOnLength));
}

void checkMarkdown(const QString &markdown, int firstLine, const QString &fileName, const QString &where,
                   Diagnostics &diagnostics, QList<InternalLinkAt> *internal)
{
    auto error = [&](int line, const QString &message) {
        diagnostics.append({ fileName, line, Diagnostic::Severity::Error, message });
    };
    QSet<int> reported;
    for (const LinkPolicy::FoundLink &link : LinkPolicy::scanMarkdown(markdown)) {
        const int lineNo = firstLine + link.line - 1;
        if (link.isImage) {
            error(lineNo, QStringLiteral("images are not allowed %1 ('%2')").arg(where, link.url));
            reported.insert(lineNo);
        } else if (const auto target = LinkPolicy::internalLink(link.url)) {
            if (internal)
                internal->append({ lineNo, link.url, *target });
        } else if (!LinkPolicy::isExternalLink(link.url)) {
            error(lineNo,
                  QStringLiteral("link '%1' is not allowed: only https:, tel:, mailto:, article:<id> and "
                                 "glossary:<id> links")
                      .arg(link.url));
            reported.insert(lineNo);
        }
    }
    // An <img> or <a href> was reported above already: one mistake, one error.
    for (const LinkPolicy::FoundHtml &html : LinkPolicy::scanRawHtml(markdown)) {
        const int lineNo = firstLine + html.line - 1;
        if (reported.contains(lineNo))
            continue;
        error(lineNo, QStringLiteral("raw HTML is not allowed ('%1'): write Markdown instead").arg(html.tag));
        reported.insert(lineNo);
    }
}

} // namespace rc::content
