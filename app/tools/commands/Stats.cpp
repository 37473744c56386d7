// rcpack stats SOURCE   how far each language is: articles by status, missing, glossary entries

#include "../Command.h"
#include "content/PackSource.h"
#include "content/PackStats.h"

#include <QDate>

using namespace rc::content;

namespace rc::tools {
namespace {

int runStats(const QStringList &arguments)
{
    QCommandLineParser parser;
    int code = 0;
    if (!parseArguments(parser, QStringLiteral("stats"), arguments, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return usage(QStringLiteral("stats expects one source folder"));
    const QString source = parser.positionalArguments().constFirst();
    Diagnostics diagnostics;
    const PackSource pack = PackSource::load(source, QDate::currentDate(), diagnostics);
    int errors = 0;
    for (const Diagnostic &d : std::as_const(diagnostics))
        errors += d.severity == Diagnostic::Severity::Error ? 1 : 0;

    out() << source << ": " << pack.articles.size() << " articles, "
          << pack.glossary.value(pack.metadata.defaultLanguage).entries.size() << " glossary entries\n";
    out() << formatStats(packStats(pack));
    if (errors > 0)
        err() << source << ": " << errors
              << " error(s): texts with errors count as missing; 'rcpack lint' shows them\n";
    return 0;
}

const RegisterCommand statsCommand({ QStringLiteral("stats"), QStringLiteral("stats SOURCE"),
                                     QStringLiteral("per language: articles by status, missing, glossary"),
                                     &runStats });

} // namespace
} // namespace rc::tools
