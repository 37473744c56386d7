// rcpack rotate-root --repo DIR --keys DIR --new-keys DIR   sign root version N+1 with old and new keys

#include "../Command.h"
#include "sync/Repository.h"

using namespace rc::sync;

namespace rc::tools {
namespace {

int runRotateRoot(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption repoOption(QStringLiteral("repo"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption keysOption(QStringLiteral("keys"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption newKeysOption(QStringLiteral("new-keys"), QString(), QStringLiteral("DIR"));
    parser.addOption(repoOption);
    parser.addOption(keysOption);
    parser.addOption(newKeysOption);
    int code = 0;
    if (!parseArguments(parser, QStringLiteral("rotate-root"), arguments, &code))
        return code;
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(repoOption) || !parser.isSet(keysOption)
        || !parser.isSet(newKeysOption))
        return usage(QStringLiteral("rotate-root needs --repo DIR, --keys DIR and --new-keys DIR"));
    SigningKeys current;
    SigningKeys next;
    SyncError error = SigningKeys::load(parser.value(keysOption), &current);
    if (error.ok())
        error = SigningKeys::load(parser.value(newKeysOption), &next);
    if (!error.ok()) {
        err() << "rcpack: rotate-root: " << error.toString() << '\n';
        return 1;
    }
    const PublishReport report = Repository::rotateRoot(parser.value(repoOption), current, next);
    if (!report.error.ok()) {
        err() << "rcpack: rotate-root: " << report.error.toString() << '\n';
        return 1;
    }
    out() << "wrote " << report.written.join(QStringLiteral(", ")) << ": root version " << report.rootVersion
          << ", signed by the old and the new root key\n"
          << "now publish with the keys in force, so that roles whose keys changed are signed again\n";
    return 0;
}

const RegisterCommand rotateRootCommand(
    { QStringLiteral("rotate-root"), QStringLiteral("rotate-root --repo DIR --keys DIR --new-keys DIR"),
      QStringLiteral("write root N+1 with the keys in --new-keys, signed by old and new"), &runRotateRoot });

} // namespace
} // namespace rc::tools
