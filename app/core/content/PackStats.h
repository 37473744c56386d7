#pragma once

#include "PackSource.h"

#include <QList>
#include <QString>

namespace rc::content {

// How far each language of a pack is (`rcpack stats`): a to-do list for translators.
struct LanguageStats
{
    QString language;
    int articles = 0; // present in this language
    int reviewed = 0; // of those, by effective status
    int machine = 0;
    int outdated = 0;
    int missing = 0; // the app shows these in the default language
    int glossaryEntries = 0;
    int glossaryOutdated = 0;
};

// One row per language, in the order of pack.json. Articles and glossary files with errors count as
// missing, as they would not be built.
QList<LanguageStats> packStats(const PackSource &pack);

// The rows as an aligned text table with a header line.
QString formatStats(const QList<LanguageStats> &stats);

} // namespace rc::content
