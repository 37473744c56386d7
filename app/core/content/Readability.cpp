#include "Readability.h"

#include <QRegularExpression>
#include <QStringList>

namespace rc::content::Readability {

namespace {

// Markdown that is not words: links and images keep their text, autolinks and markup go.
QString plainText(QString line)
{
    static const QRegularExpression link(QStringLiteral(R"(!?\[([^\]]*)\]\([^)]*\))"));
    static const QRegularExpression autoLink(QStringLiteral(R"(<[A-Za-z][A-Za-z0-9+.\-]{1,31}:[^>\s]*>)"));
    static const QRegularExpression markup(QStringLiteral(R"([*_`]+)"));
    line.replace(link, QStringLiteral("\\1"));
    line.replace(autoLink, QStringLiteral(" "));
    line.replace(markup, QString());
    return line;
}

// A line that starts a block of its own: the marker is stripped and the block ends any sentence.
bool stripBlockMarker(QString &line)
{
    static const QRegularExpression marker(
        QStringLiteral(R"(^\s{0,3}(#{1,6}\s|[-*+]\s|\d{1,9}[.)]\s|>\s?|\|))"));
    const auto m = marker.match(line);
    if (!m.hasMatch())
        return false;
    line = line.mid(m.capturedEnd());
    return true;
}

bool endsSentence(const QString &word)
{
    // "court." "now!" "why?" and the same inside closing quotes or brackets: "(week)." "”?"
    static const QRegularExpression end(QStringLiteral(R"([.!?]["'\x{201D}\x{2019}\x{00BB})\]]*$)"));
    return end.match(word).hasMatch();
}

bool isWord(const QString &token)
{
    for (const QChar c : token) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

} // namespace

QList<Sentence> sentences(const QString &markdown)
{
    QList<Sentence> result;
    Sentence current { 0, 0, {} };
    QStringList words;
    auto finish = [&] {
        if (current.words > 0) {
            current.text = words.join(QLatin1Char(' '));
            result.append(current);
        }
        current = { 0, 0, {} };
        words.clear();
    };

    static const QRegularExpression space(QStringLiteral(R"(\s+)"));
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.trimmed().isEmpty()) {
            finish();
            continue;
        }
        const bool heading = line.trimmed().startsWith(QLatin1Char('#'));
        if (stripBlockMarker(line))
            finish();
        for (const QString &token : plainText(line).split(space, Qt::SkipEmptyParts)) {
            words.append(token);
            if (isWord(token)) {
                if (current.words == 0)
                    current.line = i + 1;
                ++current.words;
            }
            if (endsSentence(token))
                finish();
        }
        if (heading)
            finish();
    }
    finish();
    return result;
}

QList<Sentence> longSentences(const QString &markdown, int maxWords)
{
    QList<Sentence> result;
    for (const Sentence &sentence : sentences(markdown)) {
        if (sentence.words > maxWords)
            result.append(sentence);
    }
    return result;
}

} // namespace rc::content::Readability
