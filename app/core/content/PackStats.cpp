#include "PackStats.h"

#include <QStringList>

namespace rc::content {

QList<LanguageStats> packStats(const PackSource &pack)
{
    QList<LanguageStats> result;
    for (const QString &language : pack.metadata.languages) {
        LanguageStats stats;
        stats.language = language;
        for (const Article &article : pack.articles) {
            const auto it = article.translations.constFind(language);
            if (it == article.translations.cend()) {
                ++stats.missing;
                continue;
            }
            ++stats.articles;
            switch (it->effectiveStatus()) {
            case TranslationStatus::Reviewed:
                ++stats.reviewed;
                break;
            case TranslationStatus::Machine:
                ++stats.machine;
                break;
            case TranslationStatus::Outdated:
                ++stats.outdated;
                break;
            }
        }
        if (const auto glossary = pack.glossary.constFind(language); glossary != pack.glossary.cend()) {
            stats.glossaryEntries = int(glossary->entries.size());
            if (glossary->effectiveStatus() == TranslationStatus::Outdated)
                stats.glossaryOutdated = stats.glossaryEntries;
        }
        result.append(stats);
    }
    return result;
}

QString formatStats(const QList<LanguageStats> &stats)
{
    const QStringList header { QStringLiteral("language"), QStringLiteral("articles"),
                               QStringLiteral("reviewed"), QStringLiteral("machine"),
                               QStringLiteral("outdated"), QStringLiteral("missing"),
                               QStringLiteral("glossary"), QStringLiteral("glossary-outdated") };
    QList<QStringList> rows { header };
    for (const LanguageStats &s : stats) {
        rows.append({ s.language, QString::number(s.articles), QString::number(s.reviewed),
                      QString::number(s.machine), QString::number(s.outdated), QString::number(s.missing),
                      QString::number(s.glossaryEntries), QString::number(s.glossaryOutdated) });
    }
    QString text;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (int column = 0; column < row.size(); ++column) {
            const int width = int(header.at(column).size());
            // The language left-aligned, the numbers right-aligned under their headings.
            cells.append(column == 0 ? row.at(column).leftJustified(width)
                                     : row.at(column).rightJustified(width));
        }
        text += cells.join(QStringLiteral("  ")) + QLatin1Char('\n');
    }
    return text;
}

} // namespace rc::content
