// rcpack stamp SOURCE [--lang CODE] [--article ID] [--glossary]
//   record in translations that they match the current English text (their based-on line)

#include "../Command.h"
#include "content/Stamper.h"

#include <QDate>

using namespace rc::content;

namespace rc::tools {
namespace {

int runStamp(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption langOption(QStringLiteral("lang"), QString(), QStringLiteral("CODE"));
    const QCommandLineOption articleOption(QStringLiteral("article"), QString(), QStringLiteral("ID"));
    const QCommandLineOption glossaryOption(QStringLiteral("glossary"));
    parser.addOption(langOption);
    parser.addOption(articleOption);
    parser.addOption(glossaryOption);
    int code = 0;
    if (!parseArguments(parser, QStringLiteral("stamp"), arguments, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return usage(QStringLiteral("stamp expects one source folder"));
    if (parser.isSet(articleOption) && parser.isSet(glossaryOption))
        return usage(QStringLiteral("stamp takes --article or --glossary, not both"));

    Stamper::Options options;
    options.language = parser.value(langOption);
    options.article = parser.value(articleOption);
    options.glossaryOnly = parser.isSet(glossaryOption);
    const QString source = parser.positionalArguments().constFirst();
    const Stamper::Result result = Stamper::stamp(source, options, QDate::currentDate());
    for (const QString &file : result.stamped)
        out() << "stamped " << file << '\n';
    for (const Diagnostic &d : result.problems)
        err() << d.toString() << '\n';
    out() << source << ": " << result.stamped.size() << " stamped, " << result.current.size()
          << " already current\n";
    return result.problems.isEmpty() ? 0 : 1;
}

const RegisterCommand stampCommand(
    { QStringLiteral("stamp"), QStringLiteral("stamp SOURCE [--lang CODE] [--article ID]"),
      QStringLiteral("record that translations match the English text (--glossary: only the glossary)"),
      &runStamp });

} // namespace
} // namespace rc::tools
