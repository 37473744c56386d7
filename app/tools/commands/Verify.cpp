// rcpack verify --repo DIR --root ROOT.json   check a repository exactly as a client would

#include "../Command.h"
#include "sync/AtomicFile.h"
#include "sync/TargetCodec.h"
#include "sync/TufClient.h"

#include <QTemporaryDir>

using namespace rc::sync;

namespace rc::tools {
namespace {

int runVerify(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption repoOption(QStringLiteral("repo"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption rootOption(QStringLiteral("root"), QString(), QStringLiteral("ROOT.json"));
    const QCommandLineOption offlineOption(QStringLiteral("offline-media"));
    parser.addOption(repoOption);
    parser.addOption(rootOption);
    parser.addOption(offlineOption);
    int code = 0;
    if (!parseArguments(parser, QStringLiteral("verify"), arguments, &code))
        return code;
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(repoOption) || !parser.isSet(rootOption))
        return usage(QStringLiteral("verify needs --repo DIR and --root ROOT.json"));
    const auto fail = [](const QString &message) {
        err() << "rcpack: verify: FAILED: " << message << '\n';
        return 1;
    };

    QByteArray trustedRoot;
    if (!readSmallFile(parser.value(rootOption), 16 * 1024 * 1024, &trustedRoot))
        return fail(QStringLiteral("cannot read %1").arg(parser.value(rootOption)));
    QTemporaryDir state;
    if (!state.isValid())
        return fail(QStringLiteral("cannot make a temporary folder"));
    if (const SyncError error = Client::initialise(state.path(), trustedRoot); !error.ok())
        return fail(QStringLiteral("trusted root %1: %2").arg(parser.value(rootOption), error.toString()));
    out() << "trusted root: " << parser.value(rootOption) << '\n';

    // Online by default: a publisher wants to know that expired metadata would be refused.
    LocalFolderTransport transport
        = LocalFolderTransport::forRepository(parser.value(repoOption), parser.isSet(offlineOption));
    Client client(state.path(), &transport);
    const RefreshResult refresh = client.refresh();
    if (!refresh.error.ok())
        return fail(refresh.error.toString());
    out() << "ok root chain up to version " << refresh.rootVersion
          << " (each signed by the previous and its own keys)\n"
          << "ok timestamp " << refresh.timestampVersion << ", snapshot " << refresh.snapshotVersion
          << ", targets " << refresh.targetsVersion
          << ": signatures, thresholds, versions, lengths and hashes\n"
          << "ok expiry: the earliest is " << refresh.expires.toString(Qt::ISODate)
          << (refresh.expiredAccepted ? " (expired; accepted as offline media)" : "") << '\n';

    int checked = 0;
    qint64 bytes = 0;
    for (auto it = client.trustedTargets()->targets.cbegin(); it != client.trustedTargets()->targets.cend();
         ++it) {
        const QString name = QString::fromUtf8(it.key());
        const Client::Download download = client.download(name);
        if (!download.error.ok())
            return fail(download.error.toString());
        const rc::sync::json::Value *encoding = it->custom.find("encoding");
        const rc::sync::json::Value *length = it->custom.find("length");
        if (encoding && encoding->isString() && length && length->isInteger()) {
            SyncError error;
            if (!decodeTarget(download.data, encoding->toUtf8(), length->toInteger(), 64 * 1024 * 1024,
                              &error))
                return fail(QStringLiteral("%1: %2").arg(name, error.toString()));
        }
        ++checked;
        bytes += download.data.size();
    }
    out() << "ok " << checked << " targets: path, length, sha256 and encoding (" << bytes << " bytes)\n";
    out() << "verified: " << refresh.summary() << '\n';
    return 0;
}

const RegisterCommand verifyCommand({ QStringLiteral("verify"),
                                      QStringLiteral("verify --repo DIR --root ROOT.json [--offline-media]"),
                                      QStringLiteral("check a repository as a client would"), &runVerify });

} // namespace
} // namespace rc::tools
