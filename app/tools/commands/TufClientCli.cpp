// rcpack tuf-client: the tuf-conformance CLIENT-CLI protocol (init, refresh, download) over the same
// client library the app uses, for interoperability tests and for operators:
//
//   rcpack tuf-client --metadata-dir DIR init TRUSTED_ROOT
//   rcpack tuf-client --metadata-dir DIR --metadata-url URL refresh
//   rcpack tuf-client --metadata-dir DIR --metadata-url URL --target-name PATH --target-base-url URL
//                     --target-dir DIR download
//
// URLs are http://, https:// or file:// URLs, or plain paths (a folder on a stick). Our additions:
// --mirror URL (repeatable) names further mirrors, each a repository base with metadata/ and targets/
// below it, tried in order after the first when it fails; --http-cache DIR keeps the ETag of
// timestamp.json and partial downloads between runs; --timeout SECONDS is the stall timeout of HTTP.
// Exit code 0 on success, 1 on any failure.

#include "../Command.h"
#include "sync/AtomicFile.h"
#include "sync/HttpTransport.h"
#include "sync/MirrorList.h"
#include "sync/TufClient.h"

#include <QDir>
#include <QUrl>

using namespace rc::sync;

namespace rc::tools {
namespace {

bool isHttp(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

// A file:// URL or a path; empty (with *why set) for anything else.
QString localPath(const QString &url, QString *why)
{
    const QUrl parsed(url);
    if (parsed.scheme().isEmpty())
        return url;
    if (parsed.isLocalFile())
        return parsed.toLocalFile();
    *why = QStringLiteral("%1: only http://, https:// and file:// URLs and paths are supported").arg(url);
    return {};
}

// One mirror: HTTP(S) when both URLs are, a local folder when both are local; nothing (with *why
// set) for a mix or an unknown scheme.
std::unique_ptr<Transport> makeTransport(const QString &metadataUrl, const QString &targetsUrl,
                                         const HttpTransport::Options &http, QString *why)
{
    const QUrl metadata(metadataUrl);
    const QUrl targets(targetsUrl);
    if (isHttp(metadata) && isHttp(targets))
        return std::make_unique<HttpTransport>(metadata, targets, http);
    if (isHttp(metadata) || isHttp(targets)) {
        *why = QStringLiteral(
                   "%1 and %2: the metadata and the targets of one mirror must both be http(s) or both local")
                   .arg(metadataUrl, targetsUrl);
        return {};
    }
    const QString metadataPath = localPath(metadataUrl, why);
    const QString targetsPath = metadataPath.isEmpty() ? QString() : localPath(targetsUrl, why);
    if (metadataPath.isEmpty() || targetsPath.isEmpty())
        return {};
    return std::make_unique<LocalFolderTransport>(metadataPath, targetsPath, http.offlineMedia);
}

// The error of a mirror list: the one mirror's own error when there is only one.
SyncError listError(const MirrorList &mirrors, const SyncError &error)
{
    if (mirrors.size() == 1 && mirrors.attempts().size() == 1)
        return mirrors.attempts().constFirst().error;
    return error;
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
    const QCommandLineOption mirror(QStringLiteral("mirror"), QString(), QStringLiteral("URL"));
    const QCommandLineOption httpCache(QStringLiteral("http-cache"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QString(), QStringLiteral("SECONDS"));
    for (const QCommandLineOption *option :
         { &metadataDir, &metadataUrl, &targetName, &targetBaseUrl, &targetDir, &daysInFuture,
           &maxRootRotations, &allowNoncanonical, &offlineMedia, &mirror, &httpCache, &timeout })
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
    QString targetsUrl = parser.value(metadataUrl);
    if (command == QLatin1String("download")) {
        if (!parser.isSet(targetName) || !parser.isSet(targetBaseUrl) || !parser.isSet(targetDir))
            return usage(QStringLiteral(
                "tuf-client download needs --target-name, --target-base-url and --target-dir"));
        targetsUrl = parser.value(targetBaseUrl);
    }
    HttpTransport::Options http;
    http.offlineMedia = parser.isSet(offlineMedia);
    http.cacheDirectory = parser.value(httpCache);
    if (parser.isSet(timeout)) {
        bool ok = false;
        const int seconds = parser.value(timeout).toInt(&ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            return usage(QStringLiteral("--timeout expects 1 to 3600 seconds"));
        http.stallTimeoutMs = seconds * 1000;
    }

    MirrorList mirrors(parser.value(metadataDir), options);
    QString why;
    std::unique_ptr<Transport> first = makeTransport(parser.value(metadataUrl), targetsUrl, http, &why);
    if (!first)
        return fail(why);
    mirrors.add(parser.value(metadataUrl), std::move(first));
    for (const QString &base : parser.values(mirror)) {
        const QString folder = base.endsWith(QLatin1Char('/')) ? base : base + QLatin1Char('/');
        std::unique_ptr<Transport> next = makeTransport(folder + QStringLiteral("metadata"),
                                                        folder + QStringLiteral("targets"), http, &why);
        if (!next)
            return fail(why);
        mirrors.add(base, std::move(next));
    }
    // The metadata is brought up to date before any download (CLIENT-CLI, TUF 5).
    const RefreshResult refresh = mirrors.refresh();
    if (!refresh.error.ok())
        return fail(listError(mirrors, refresh.error).toString());
    for (const MirrorList::Attempt &attempt : mirrors.attempts())
        err() << "rcpack tuf-client " << command << ": passed over " << attempt.mirror << ": "
              << attempt.error.toString() << '\n';
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
    Client cache(parser.value(metadataDir), mirrors.transport(0), options);
    if (readSmallFile(file, 256 * 1024 * 1024, &cached) && cache.loadTrusted().ok()
        && cache.verifyCached(name, cached).ok()) {
        out() << name << ": already downloaded\n";
        return 0;
    }
    const Client::Download download = mirrors.download(name);
    if (!download.error.ok())
        return fail(listError(mirrors, download.error).toString());
    for (const MirrorList::Attempt &attempt : mirrors.attempts())
        err() << "rcpack tuf-client download: passed over " << attempt.mirror << ": "
              << attempt.error.toString() << '\n';
    if (!writeFileAtomically(file, download.data, &why))
        return fail(why);
    out() << name << ": downloaded " << download.data.size() << " bytes\n";
    return 0;
}

const RegisterCommand tufClientCommand(
    { QStringLiteral("tuf-client"), QStringLiteral("tuf-client --metadata-dir DIR ... init|refresh|download"),
      QStringLiteral("the tuf-conformance CLIENT-CLI over http(s)://, file:// or a folder"), &runTufClient });

} // namespace
} // namespace rc::tools
