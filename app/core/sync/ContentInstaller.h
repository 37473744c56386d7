#pragma once

#include "SyncError.h"
#include "Transport.h"
#include "TufClient.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace rc::content {
class ContentStore;
}

namespace rc::sync {

class MirrorList;

// How far an update is: bytes read from the transport for the targets being downloaded, against
// the signed length of all of them.
struct InstallProgress
{
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    int targetsDone = 0;
    int targetsTotal = 0;
};

struct UpdateOptions
{
    ClientOptions client;
    // Called on the thread that runs the update, after each target downloaded.
    std::function<void(const InstallProgress &)> progress;
    // Runs inside each pack's install transaction, after every write, before the commit (tests).
    std::function<void()> beforeCommit;
};

struct UpdateReport
{
    RefreshResult refresh;
    // The first failure: of the refresh, of a download, or of an install. Content and the trusted
    // metadata stay as they were, except what the refresh committed (the next run completes it).
    SyncError error;
    QStringList downloaded; // target names, in download order
    QStringList packsInstalled; // packs whose rows were replaced
    QStringList packsRemoved; // packs the repository no longer has
    qint64 bytesTransferred = 0; // by the transport, metadata included

    bool ok() const { return error.ok(); }
    bool contentChanged() const { return !packsInstalled.isEmpty() || !packsRemoved.isEmpty(); }
};

// Brings the content database up to the trusted targets metadata of `client` (refreshed, or loaded
// with loadTrusted()): downloads only the pack targets whose hash differs from what the database
// says it was installed from (ContentStore::installedTargets), all of them before anything is
// written; then, for each pack that changed, assembles the new version of the pack from the
// installed rows and the new targets (PackTargets) and installs it in one transaction
// (ContentStore::importPackDatabase: the same checks as a pack file, the search index, and the
// target hashes, together). A pack that has no targets recorded (new, or installed from a .rcpack
// file) is installed whole. Targets whose names are not pack targets are left alone.
//
// Because the comparison is with the database, not with the previous metadata, an install that was
// interrupted (the app killed after the refresh committed new metadata) completes on the next run.
UpdateReport installTrustedContent(Client &client, Transport *transport, content::ContentStore *store,
                                   const UpdateOptions &options = {});

// The same from any source of verified targets (a Client, a MirrorList): `download` must check each
// target against `trusted` (both do); `bytesTransferred` feeds the progress.
using TargetDownloader = std::function<Client::Download(const QString &name)>;
UpdateReport installTrustedContent(const tuf::Targets &trusted, const TargetDownloader &download,
                                   const std::function<qint64()> &bytesTransferred,
                                   content::ContentStore *store, const UpdateOptions &options = {});

// refresh() then installTrustedContent(): the whole update from one transport (a mirror, a USB
// stick, the bundled repository). The metadata folder must have been initialised with a root.
UpdateReport updateContent(const QString &metadataDirectory, Transport *transport,
                           content::ContentStore *store, const UpdateOptions &options = {});
// The same over mirrors tried in order (MirrorList: what one mirror proved binds the others; targets
// come from the mirror that refreshed, else the next). `metadataDirectory` is the list's folder.
UpdateReport updateContent(MirrorList &mirrors, const QString &metadataDirectory,
                           content::ContentStore *store, const UpdateOptions &options = {});

// The content that ships with the app, in CONTENT_DIR (share/rights-companion/content):
//   repository/   a TUF repository (metadata/, targets/) that content/CMakeLists.txt publishes
//   1.root.json   the pinned root it is signed under
// The first start trusts 1.root.json (Client::initialise) and every start runs updateContent() over
// it as offline media: expired signatures are fine, a copy older than what is installed is ignored
// without a word (the app was updated from a newer source), anything else is a problem to show.
// A folder with no repository but *.rcpack files (compiled packs, for development and tests) is
// imported with ContentStore::importPack, as before the signed repository existed.
struct BundledImport
{
    UpdateReport report;
    bool fromRepository = false;
    QStringList problems; // in words for the user
};
// `pinnedRoot`, when not empty, is trusted instead of CONTENT_DIR/1.root.json (a distribution profile
// compiles its root into the app; the bundled repository must then be signed under it).
BundledImport importBundledContent(const QString &contentDirectory, const QString &metadataDirectory,
                                   content::ContentStore *store, const UpdateOptions &options = {},
                                   const QByteArray &pinnedRoot = {});

} // namespace rc::sync
