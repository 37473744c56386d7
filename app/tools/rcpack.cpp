// rcpack: the content authors' and distributors' tool. Every sub-command lives in commands/ and
// registers itself; this file only dispatches.

#include "Command.h"

#include <QCoreApplication>

#include <algorithm>

namespace rc::tools {

namespace {

QList<Command> &registry()
{
    static QList<Command> list;
    return list;
}

} // namespace

const QList<Command> &commands()
{
    return registry();
}

RegisterCommand::RegisterCommand(const Command &command)
{
    QList<Command> &list = registry();
    const auto at = std::lower_bound(list.begin(), list.end(), command,
                                     [](const Command &a, const Command &b) { return a.name < b.name; });
    list.insert(at, command);
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int usage(const QString &message)
{
    err() << "rcpack: " << message << "\nusage:\n";
    for (const Command &command : commands())
        err() << "  rcpack " << command.synopsis.leftJustified(44) << ' ' << command.summary << '\n';
    err().flush();
    return 2;
}

bool parseArguments(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                    int *exitCode)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (parser.parse(QStringList { QStringLiteral("rcpack ") + command } + arguments))
        return true;
    *exitCode = usage(parser.errorText());
    return false;
}

} // namespace rc::tools

int main(int argc, char *argv[])
{
    using namespace rc::tools;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rcpack"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RC_VERSION));

    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty())
        return usage(QStringLiteral("expected a command"));
    const QString name = arguments.takeFirst();
    if (name == QLatin1String("--version") || name == QLatin1String("version")) {
        out() << "rcpack " << RC_VERSION << '\n';
        return 0;
    }
    if (name == QLatin1String("--help") || name == QLatin1String("help"))
        return usage(QStringLiteral("Rights Companion content tool"));
    for (const Command &command : commands()) {
        if (command.name == name) {
            const int code = command.run(arguments);
            out().flush();
            err().flush();
            return code;
        }
    }
    return usage(QStringLiteral("unknown command '%1'").arg(name));
}
