// rcpack publish SOURCE... --repo DIR --keys DIR   write or update the signed TUF repository of packs

#include "../Command.h"
#include "sync/PackTargets.h"
#include "sync/Repository.h"

using namespace rc::sync;

namespace rc::tools {
namespace {

QString kindName(TargetChange::Kind kind)
{
    switch (kind) {
    case TargetChange::Kind::Added:
        return QStringLiteral("added");
    case TargetChange::Kind::Modified:
        return QStringLiteral("changed");
    case TargetChange::Kind::Removed:
        return QStringLiteral("removed");
    }
    return {};
}

int runPublish(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption repoOption(QStringLiteral("repo"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption keysOption(QStringLiteral("keys"), QString(), QStringLiteral("DIR"));
    parser.addOption(repoOption);
    parser.addOption(keysOption);
    int code = 0;
    if (!parseArguments(parser, QStringLiteral("publish"), arguments, &code))
        return code;
    if (parser.positionalArguments().isEmpty())
        return usage(QStringLiteral("publish expects one or more pack source folders"));
    if (!parser.isSet(repoOption) || !parser.isSet(keysOption))
        return usage(QStringLiteral("publish needs --repo DIR and --keys DIR"));

    // The repository holds exactly what is published: every pack it serves, in one run.
    SyncError error;
    QList<TargetInput> targets;
    for (const QString &source : parser.positionalArguments()) {
        targets += packTargets(source, &error);
        if (!error.ok()) {
            err() << "rcpack: publish: " << error.toString() << '\n';
            return 1;
        }
    }
    SigningKeys keys;
    if (error = SigningKeys::load(parser.value(keysOption), &keys); !error.ok()) {
        err() << "rcpack: publish: " << error.toString() << '\n';
        return 1;
    }
    const PublishReport report = Repository::publish(parser.value(repoOption), targets, keys);
    for (const QString &warning : report.warnings)
        err() << "rcpack: warning: " << warning << '\n';
    if (!report.error.ok()) {
        err() << "rcpack: publish: " << report.error.toString() << '\n';
        return 1;
    }
    for (const TargetChange &change : report.changes)
        out() << kindName(change.kind) << ' ' << change.name << '\n';
    const auto role = [](const char *name, qint64 version, bool signedNow) {
        return QStringLiteral("%1 %2%3")
            .arg(QLatin1String(name))
            .arg(version)
            .arg(signedNow ? QStringLiteral(" (new)") : QString());
    };
    out() << "root " << report.rootVersion << (report.rootWritten ? " (new)" : "") << ", "
          << role("targets", report.targetsVersion, report.targetsSigned) << ", "
          << role("snapshot", report.snapshotVersion, report.snapshotSigned) << ", "
          << role("timestamp", report.timestampVersion, report.timestampSigned) << '\n';
    out() << targets.size() << " targets, " << report.changes.size() << " changed, " << report.written.size()
          << " files written to " << parser.value(repoOption) << '\n';
    return 0;
}

const RegisterCommand
    publishCommand({ QStringLiteral("publish"), QStringLiteral("publish SOURCE... --repo DIR --keys DIR"),
                     QStringLiteral("write or update the signed TUF repository of packs"), &runPublish });

} // namespace
} // namespace rc::tools
