// rcpack: the content authors' and distributors' tool.
//   rcpack lint SOURCE            check a pack source; every problem as file:line: message
//   rcpack build SOURCE --out DIR compile a pack source into DIR/<id>.rcpack

#include "content/PackBuilder.h"
#include "content/PackSource.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QTextStream>

#include <cstdio>

using namespace rc::content;

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

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

int usage(const QString &message)
{
    err() << "rcpack: " << message << "\n"
          << "usage:\n"
          << "  rcpack lint SOURCE             check a pack source folder (e.g. content/nl)\n"
          << "  rcpack build SOURCE --out DIR  compile it into DIR/<pack>.rcpack\n";
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rcpack"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RC_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Check and compile Rights Companion content packs."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("lint or build"));
    parser.addPositionalArgument(QStringLiteral("source"), QStringLiteral("the pack source folder"));
    QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Output folder for build."),
                                 QStringLiteral("DIR"));
    parser.addOption(outOption);
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return usage(QStringLiteral("expected a command and a source folder"));
    const QString &command = args.at(0);
    const QString &source = args.at(1);

    if (command == QLatin1String("lint")) {
        PackSource pack;
        return lint(source, &pack) ? 0 : 1;
    }
    if (command == QLatin1String("build")) {
        if (!parser.isSet(outOption))
            return usage(QStringLiteral("build needs --out DIR"));
        PackSource pack;
        if (!lint(source, &pack)) {
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
    return usage(QStringLiteral("unknown command '%1'").arg(command));
}
