#pragma once

#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace rc::tools {

// One rcpack sub-command. Each lives in its own file under commands/ and registers itself with a
// static RegisterCommand, so adding a command never touches the others.
struct Command
{
    QString name;
    QString synopsis; // e.g. "lint SOURCE": shown in the usage text
    QString summary; // one line
    // Receives the arguments after the command name. Returns the process exit code:
    // 0 success, 1 the work failed (e.g. lint errors), 2 usage error.
    int (*run)(const QStringList &arguments);
};

const QList<Command> &commands();

struct RegisterCommand
{
    explicit RegisterCommand(const Command &command);
};

QTextStream &out();
QTextStream &err();

// Prints "rcpack: MESSAGE" and the usage of every command to stderr; returns 2.
int usage(const QString &message);

// Parses ARGUMENTS (the words after the command name) with PARSER. On an unknown option or a
// missing value, sets *exitCode to usage(...) and returns false.
bool parseArguments(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                    int *exitCode);

} // namespace rc::tools
