#pragma once

// Runs the built rcpack and keeps what it printed, for the tests of its commands (tests/core,
// tests/search, tests/sync, tests/timeline).

#include <QProcess>
#include <QString>
#include <QStringList>

namespace rc::test {

struct Run
{
    int exitCode = -1; // -1: it did not finish in time, or crashed
    QString out;
    QString err;
    QStringList lines() const { return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

inline Run rcpack(const QStringList &arguments, int timeoutMs = 120000)
{
    QProcess process;
    process.start(QStringLiteral(RC_BINARY_DIR "/bin/rcpack"), arguments);
    Run run;
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

inline QString describe(const Run &run)
{
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(run.exitCode).arg(run.out, run.err);
}

} // namespace rc::test
