// rcpack keygen --keys DIR   make the four Ed25519 signing keys of a content repository

#include "../Command.h"
#include "sync/Repository.h"
#include "sync/TufMetadata.h"

using namespace rc::sync;

namespace rc::tools {
namespace {

int runKeygen(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption keysOption(QStringLiteral("keys"), QString(), QStringLiteral("DIR"));
    parser.addOption(keysOption);
    int code = 0;
    if (!parseArguments(parser, QStringLiteral("keygen"), arguments, &code))
        return code;
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(keysOption))
        return usage(QStringLiteral("keygen needs --keys DIR and nothing else"));
    const QString directory = parser.value(keysOption);
    QStringList written;
    if (const SyncError error = SigningKeys::generate(directory, &written); !error.ok()) {
        err() << "rcpack: keygen: " << error.toString() << '\n';
        return 1;
    }
    SigningKeys keys;
    if (const SyncError error = SigningKeys::load(directory, &keys); !error.ok()) {
        err() << "rcpack: keygen: " << error.toString() << '\n';
        return 1;
    }
    for (const QByteArray &role : tuf::topLevelRoles()) {
        const QByteArray keyId = tuf::Key::ed25519(keys.forRole(role)->publicKey()).keyId();
        out() << QString::fromLatin1(role).leftJustified(10) << ' ' << QString::fromLatin1(keyId) << '\n';
    }
    out() << "wrote " << written.size() << " files to " << directory << " (private keys mode 0600)\n"
          << "keep root.pem and targets.pem offline; only the timestamp (and snapshot) keys belong on the "
             "publishing machine (docs/publishing.md)\n";
    return 0;
}

const RegisterCommand
    keygenCommand({ QStringLiteral("keygen"), QStringLiteral("keygen --keys DIR"),
                    QStringLiteral("make root, targets, snapshot and timestamp Ed25519 keys"), &runKeygen });

} // namespace
} // namespace rc::tools
