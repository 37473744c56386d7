#include "GlossaryFile.h"

#include "LinkPolicy.h"
#include "Readability.h"

#include <QHash>
#include <QRegularExpression>

namespace rc::content {

QString GlossaryFile::sourceDigest() const
{
    QString text;
    for (const Entry &entry : entries)
        text += entry.id + QLatin1Char('\n') + entry.term + QLatin1Char('\n') + entry.explanation
            + QStringLiteral("\n\n");
    return basedOnDigest(text);
}

const GlossaryFile::Entry *GlossaryFile::find(const QString &id) const
{
    for (const Entry &entry : entries) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

GlossaryFile GlossaryFile::parse(const QByteArray &data, const QString &fileName, const QDate &today,
                                 Diagnostics &diagnostics)
{
    GlossaryFile glossary;
    const qsizetype before = diagnostics.size();
    auto error = [&](int line, const QString &message) {
        diagnostics.append({ fileName, line, Diagnostic::Severity::Error, message });
    };
    auto warning = [&](int line, const QString &message) {
        diagnostics.append({ fileName, line, Diagnostic::Severity::Warning, message });
    };

    const auto text = splitHeader(data, fileName, MaxFileBytes, QStringLiteral("a glossary"),
                                  QStringLiteral("glossary"), diagnostics);
    if (!text)
        return glossary;

    CommonHeader common;
    bool hasSource = false;
    for (const HeaderLine &header : text->header) {
        hasSource = hasSource || header.key == QLatin1String("source");
        if (!common.take(header, today, fileName, diagnostics))
            error(header.line,
                  QStringLiteral("unknown header key '%1': a glossary header has status, checked, source and "
                                 "based-on")
                      .arg(header.key));
    }
    glossary.status = common.status;
    glossary.checked = common.checked;
    glossary.sources = common.sources;
    glossary.basedOn = common.basedOn;
    glossary.basedOnLine = common.basedOnLine;
    glossary.closeLine = text->closeLine;
    glossary.rawBody = text->rawBody();
    glossary.bodyFirstLine = text->bodyFirstLine;
    if (!common.hasChecked)
        error(text->closeLine, QStringLiteral("the header has no 'checked'"));
    if (!common.hasStatus)
        error(text->closeLine, QStringLiteral("the header has no 'status' (reviewed, machine or outdated)"));
    if (!hasSource)
        error(text->closeLine, QStringLiteral("a glossary needs at least one 'source:' URL for its facts"));

    // "## Term {#id}"; the id part is checked on its own so a bad id gets its own message.
    static const QRegularExpression entryHeading(
        QStringLiteral(R"(^##[ \t]+(.*?)[ \t]*\{#([^}]*)\}[ \t]*$)"));
    static const QRegularExpression anyHeading(QStringLiteral(R"(^ {0,3}#{1,6}([ \t]|$))"));

    QHash<QString, int> idLines;
    Entry *current = nullptr;
    QStringList explanation;
    bool skipping = false; // after a bad heading or stray text, until the next entry
    bool reportedStray = false;
    auto finishEntry = [&] {
        if (!current)
            return;
        current->explanation = explanation.join(QLatin1Char('\n')).trimmed();
        explanation.clear();
        if (current->explanation.isEmpty()) {
            error(current->line, QStringLiteral("glossary entry '%1' has no explanation").arg(current->id));
        } else {
            current->sentences = int(Readability::sentences(current->explanation).size());
            if (current->sentences > MaxSentences)
                warning(current->line,
                        QStringLiteral("glossary entry '%1' has %2 sentences; explain a term in 1 to %3")
                            .arg(current->id)
                            .arg(current->sentences)
                            .arg(MaxSentences));
        }
        current = nullptr;
    };

    const QStringList &lines = text->lines;
    for (int i = text->bodyFirstLine - 1; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const int lineNo = i + 1;
        if (anyHeading.match(line).hasMatch()) {
            finishEntry();
            skipping = true;
            const auto m = entryHeading.match(line);
            if (!m.hasMatch()) {
                error(lineNo,
                      line.startsWith(QLatin1String("## "))
                          ? QStringLiteral("a glossary heading is '## <Dutch term> {#<id>}'")
                          : QStringLiteral("bad heading: entries start with '## <Dutch term> {#<id>}', and "
                                           "explanations have no headings"));
                continue;
            }
            const QString term = m.captured(1);
            const QString id = m.captured(2);
            if (!LinkPolicy::isValidId(id)) {
                error(lineNo,
                      QStringLiteral("glossary id '%1' must be lower-case letters, digits and '-'").arg(id));
                continue;
            }
            if (term.isEmpty()) {
                error(lineNo, QStringLiteral("glossary entry '%1' has no term").arg(id));
                continue;
            }
            if (term.size() > MaxTermLength) {
                error(lineNo,
                      QStringLiteral("term is %1 characters; keep it under %2")
                          .arg(term.size())
                          .arg(MaxTermLength));
                continue;
            }
            if (const auto first = idLines.constFind(id); first != idLines.cend()) {
                error(
                    lineNo,
                    QStringLiteral("glossary id '%1' is used twice (first on line %2)").arg(id).arg(*first));
                continue;
            }
            idLines.insert(id, lineNo);
            glossary.entries.append({ id, term, {}, lineNo, 0 });
            current = &glossary.entries.last();
            skipping = false;
            continue;
        }
        if (current) {
            explanation.append(line);
        } else if (!skipping && !line.trimmed().isEmpty() && !reportedStray) {
            error(
                lineNo,
                QStringLiteral("text before the first entry: entries start with '## <Dutch term> {#<id>}'"));
            reportedStray = true;
        }
    }
    finishEntry();
    if (glossary.entries.isEmpty() && !hasErrors(diagnostics.mid(before)))
        error(text->closeLine, QStringLiteral("the glossary has no entries"));

    checkMarkdown(glossary.rawBody, glossary.bodyFirstLine, fileName, QStringLiteral("in the glossary"),
                  diagnostics, &glossary.internalLinks);
    return glossary;
}

void GlossaryFile::checkTranslation(const GlossaryFile &english, const QString &fileName,
                                    Diagnostics &diagnostics) const
{
    for (const Entry &entry : entries) {
        const Entry *source = english.find(entry.id);
        if (!source)
            diagnostics.append(
                { fileName, entry.line, Diagnostic::Severity::Error,
                  QStringLiteral("glossary id '%1' is not in the English glossary (en.md)").arg(entry.id) });
        else if (source->term != entry.term)
            diagnostics.append(
                { fileName, entry.line, Diagnostic::Severity::Error,
                  QStringLiteral("the term of '%1' must be the Dutch term as in en.md: '%2', not '%3'")
                      .arg(entry.id, source->term, entry.term) });
    }
    for (const Entry &entry : english.entries) {
        if (!find(entry.id))
            diagnostics.append(
                { fileName, 0, Diagnostic::Severity::Warning,
                  QStringLiteral("glossary entry '%1' is not translated yet; the app shows the "
                                 "English explanation")
                      .arg(entry.id) });
    }
}

} // namespace rc::content
