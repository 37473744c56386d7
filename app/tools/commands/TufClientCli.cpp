// rcpack tuf-client: the tuf-conformance CLIENT-CLI protocol (init, refresh, download) over the same
// client library the app uses, for interoperability tests and for operators:
//
//   rcpack tuf-client --metadata-dir DIR init TRUSTED_ROOT
//   rcpack tuf-client --metadata-dir DIR --metadata-url URL refresh
//   rcpack tuf-client --metadata-dir DIR --metadata-url URL --target-name PATH --target-base-url URL
//                     --target-dir DIR download
//
// URLs are file:// URLs or plain paths for now (HTTP comes with the HTTP transport). Exit code 0 on
// success, 1 on any failure.

#include "../Command.h"
#include "sync/AtomicFile.h"
#include "sync/TufClient.h"

#include <QDir>
#include <QUrl>

using namespace rc::sync;

namespace rc::tools {
namespace {

// A file:// URL or a path; empty (with *why set) for anything else.
QString localPath(const QString &url, QString *why)
{
    const QUrl parsed(url);
    if (parsed.scheme().isEmpty())
        return url;
    if (parsed.isLocalFile())
        return parsed.toLocalFile();
    *why = QStringLiteral("%1: only file:// URLs and paths are supported so far").arg(url);
    return {};
}

int runTufClient(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption metadataDir(QStringLiteral("metadata-dir"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption metadataUrl(QStringLiteral("metadata-url"), QString(), QStringLiteral("URL"));
    const QCommandLineOption targetName(QStringLiteral("target-name"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption targetBaseUrl(QStringLiteral("target-base-url"), QString(),
                                           QStringLiteral("URL"));
    const QCommandLineOption targetDir(QStringLiteral("target-dir"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption daysInFuture(QStringLiteral("days-in-future"), QString(), QStringLiteral("N"));
    const QCommandLineOption maxRootRotations(QStringLiteral("max-root-rotations"), QString(),
                                              QStringLiteral("N"));
    const QCommandLineOption allowNoncanonical(QStringLiteral("allow-noncanonical"));
    const QCommandLineOption offlineMedia(QStringLiteral("offline-media"));
    for (const QCommandLineOption *option :
         { &metadataDir, &metadataUrl, &targetName, &targetBaseUrl, &targetDir, &daysInFuture,
           &maxRootRotations, &allowNoncanonical, &offlineMedia })
        parser.addOption(*option);
    int code = 0;
    if (!parseArguments(parser, QStringLiteral("tuf-client"), arguments, &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || !parser.isSet(metadataDir))
        return usage(
            QStringLiteral("tuf-client needs --metadata-dir DIR and a command: init, refresh or download"));
    const QString command = positional.constFirst();
    const auto fail = [&](const QString &message) {
        err() << "rcpack tuf-client " << command << ": " << message << '\n';
        return 1;
    };

    ClientOptions options;
    options.requireCanonical = !parser.isSet(allowNoncanonical);
    if (parser.isSet(daysInFuture))
        options.now = QDateTime::currentDateTimeUtc().addDays(parser.value(daysInFuture).toInt());
    if (parser.isSet(maxRootRotations))
        options.maxRootRotations = qMax(0, parser.value(maxRootRotations).toInt());

    if (command == QLatin1String("init")) {
        if (positional.size() != 2)
            return usage(QStringLiteral("tuf-client init expects the trusted root file"));
        QByteArray root;
        if (!readSmallFile(positional.at(1), 16 * 1024 * 1024, &root))
            return fail(QStringLiteral("cannot read %1").arg(positional.at(1)));
        if (const SyncError error
            = Client::initialise(parser.value(metadataDir), root, options.requireCanonical);
            !error.ok())
            return fail(error.toString());
        out() << "initialised " << parser.value(metadataDir) << '\n';
        return 0;
    }
    if (command != QLatin1String("refresh") && command != QLatin1String("download"))
        return usage(QStringLiteral("unknown tuf-client command '%1'").arg(command));
    if (positional.size() != 1 || !parser.isSet(metadataUrl))
        return usage(QStringLiteral("tuf-client %1 needs --metadata-url URL").arg(command));
    QString why;
    const QString metadataPath = localPath(parser.value(metadataUrl), &why);
    if (metadataPath.isEmpty())
        return fail(why);
    QString targetsPath = metadataPath;
    if (command == QLatin1String("download")) {
        if (!parser.isSet(targetName) || !parser.isSet(targetBaseUrl) || !parser.isSet(targetDir))
            return usage(QStringLiteral(
                "tuf-client download needs --target-name, --target-base-url and --target-dir"));
        targetsPath = localPath(parser.value(targetBaseUrl), &why);
        if (targetsPath.isEmpty())
            return fail(why);
    }

    LocalFolderTransport transport(metadataPath, targetsPath, parser.isSet(offlineMedia));
    Client client(parser.value(metadataDir), &transport, options);
    // The metadata is brought up to date before any download (CLIENT-CLI, TUF 5).
    const RefreshResult refresh = client.refresh();
    if (!refresh.error.ok())
        return fail(refresh.error.toString());
    if (command == QLatin1String("refresh")) {
        out() << refresh.summary() << '\n';
        return 0;
    }

    // One flat file per target, its path percent-encoded: a target name can never leave TARGET_DIR.
    const QString name = parser.value(targetName);
    const QString file
        = QDir(parser.value(targetDir))
              .filePath(QString::fromLatin1(QUrl::toPercentEncoding(name, QByteArray(), QByteArray("/"))));
    QByteArray cached;
    if (readSmallFile(file, 256 * 1024 * 1024, &cached) && client.verifyCached(name, cached).ok()) {
        out() << name << ": already downloaded\n";
        return 0;
    }
    const Client::Download download = client.download(name);
    if (!download.error.ok())
        return fail(download.error.toString());
    if (!writeFileAtomically(file, download.data, &why))
        return fail(why);
    out() << name << ": downloaded " << download.data.size() << " bytes\n";
    return 0;
}

const RegisterCommand tufClientCommand(
    { QStringLiteral("tuf-client"), QStringLiteral("tuf-client --metadata-dir DIR ... init|refresh|download"),
      QStringLiteral("the tuf-conformance CLIENT-CLI (file:// URLs for now)"), &runTufClient });

} // namespace
} // namespace rc::tools
