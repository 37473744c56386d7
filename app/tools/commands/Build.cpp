// rcpack lint SOURCE             check a pack source; every problem as file:line: message
// rcpack build SOURCE --out DIR  compile a pack source into DIR/<id>.rcpack

#include "../Command.h"
#include "content/PackBuilder.h"
#include "content/PackSource.h"

#include <QDate>

using namespace rc::content;

namespace rc::tools {
namespace {

// Loads and lints; prints every diagnostic and a summary. Returns true when there is no error.
bool lint(const QString &source, PackSource *pack)
{
    Diagnostics diagnostics;
    *pack = PackSource::load(source, QDate::currentDate(), diagnostics);
    int errors = 0;
    int warnings = 0;
    for (const Diagnostic &d : std::as_const(diagnostics)) {
        err() << d.toString() << '\n';
        (d.severity == Diagnostic::Severity::Error ? errors : warnings)++;
    }
    if (errors > 0)
        err() << source << ": " << errors << " error(s), " << warnings << " warning(s)\n";
    else
        out() << source << ": ok, " << pack->articles.size() << " articles, " << warnings << " warning(s)\n";
    err().flush();
    out().flush();
    return errors == 0;
}

int runLint(const QStringList &arguments)
{
    QCommandLineParser parser;
    int code = 0;
    if (!parseArguments(parser, QStringLiteral("lint"), arguments, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return usage(QStringLiteral("lint expects one source folder"));
    PackSource pack;
    return lint(parser.positionalArguments().constFirst(), &pack) ? 0 : 1;
}

int runBuild(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"), QString(), QStringLiteral("DIR"));
    parser.addOption(outOption);
    int code = 0;
    if (!parseArguments(parser, QStringLiteral("build"), arguments, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return usage(QStringLiteral("build expects one source folder"));
    if (!parser.isSet(outOption))
        return usage(QStringLiteral("build needs --out DIR"));
    PackSource pack;
    if (!lint(parser.positionalArguments().constFirst(), &pack)) {
        err() << "rcpack: not built: fix the errors above first\n";
        return 1;
    }
    QString error;
    const QString written = PackBuilder::build(pack, parser.value(outOption), &error);
    if (written.isEmpty()) {
        err() << "rcpack: build failed: " << error << '\n';
        return 1;
    }
    out() << "wrote " << written << '\n';
    return 0;
}

const RegisterCommand lintCommand({ QStringLiteral("lint"), QStringLiteral("lint SOURCE"),
                                    QStringLiteral("check a pack source folder (e.g. content/nl)"),
                                    &runLint });
const RegisterCommand buildCommand({ QStringLiteral("build"), QStringLiteral("build SOURCE --out DIR"),
                                     QStringLiteral("compile it into DIR/<pack>.rcpack"), &runBuild });

} // namespace
} // namespace rc::tools
