// rc-bench-sync: what a signed content update costs (bench/README.md, "Sync"), each number against a
// baseline measured in the same run. Medians of interleaved rounds; printed, never asserted.
//
//   1. Bytes the client reads for a one-article change, against the whole compiled pack (.rcpack) and
//      against the zlib size of that article's text plus the metadata an update must read anyway.
//   2. Time to apply an update of 1, 10 and all English article texts (sync::updateContent over a
//      local folder), against one plain SQLite transaction that writes as many rows.

#include "content/ContentStore.h"
#include "content/PackBuilder.h"
#include "content/PackSource.h"
#include "storage/Database.h"
#include "sync/ContentInstaller.h"
#include "sync/PackTargets.h"
#include "sync/Repository.h"
#include "sync/Transport.h"
#include "sync/TufClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStorageInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <vector>

using namespace rc;
using rc::sync::Transport;

namespace {

// ---------------------------------------------------------------------------------------------------
// Measuring

double toMs(qint64 nanoseconds)
{
    return double(nanoseconds) / 1e6;
}

struct Samples
{
    std::vector<qint64> ns;

    double medianMs() const
    {
        std::vector<qint64> sorted = ns;
        std::sort(sorted.begin(), sorted.end());
        const size_t n = sorted.size();
        if (n == 0)
            return 0;
        return n % 2 ? toMs(sorted[n / 2]) : (toMs(sorted[n / 2 - 1]) + toMs(sorted[n / 2])) / 2;
    }
    double minMs() const { return toMs(*std::min_element(ns.begin(), ns.end())); }
    double maxMs() const { return toMs(*std::max_element(ns.begin(), ns.end())); }
};

// The temporary folder, removed by fail() too: std::exit() skips main()'s destructors.
QTemporaryDir *temporaryFolder = nullptr;

[[noreturn]] void fail(const char *what, const QString &detail = {})
{
    std::fflush(stdout);
    if (temporaryFolder)
        temporaryFolder->remove();
    std::fprintf(stderr, "rc-bench-sync: %s%s%s\n", what, detail.isEmpty() ? "" : ": ", qPrintable(detail));
    std::exit(1);
}

void check(const sync::SyncError &error, const char *what)
{
    if (!error.ok())
        fail(what, error.toString());
}

// ---------------------------------------------------------------------------------------------------
// Files

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail("cannot read a file", path + QStringLiteral(": ") + file.errorString());
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
        fail("cannot write a file", path + QStringLiteral(": ") + file.errorString());
}

// Replaces folder `to` with a copy of `from` (a pack source to change, a phone to put back as it was).
void replaceTree(const QString &from, const QString &to)
{
    QDir(to).removeRecursively();
    QDir().mkpath(to);
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(path));
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(path, target))
            fail("cannot copy a file", path + QStringLiteral(" to ") + target);
    }
}

// ---------------------------------------------------------------------------------------------------
// A transport that counts: what the client asked for, and how many bytes each answer had. These are
// the bytes the client fetched, whatever the medium (over HTTP they would also be the response bodies).

class CountingTransport : public Transport
{
public:
    struct Fetch
    {
        Area area;
        QString path;
        qint64 bytes = 0;
        bool found = false;
    };

    explicit CountingTransport(Transport *inner)
        : m_inner(inner)
    {
    }

    Result fetch(Area area, const QString &relativePath, qint64 maxLength) override
    {
        Result result = m_inner->fetch(area, relativePath, maxLength);
        addBytesTransferred(result.data.size());
        fetches.push_back({ area, relativePath, result.data.size(), result.error.ok() });
        return result;
    }
    bool isOfflineMedia() const override { return m_inner->isOfflineMedia(); }

    qint64 bytes(Area area) const
    {
        qint64 total = 0;
        for (const Fetch &fetch : fetches)
            total += fetch.area == area ? fetch.bytes : 0;
        return total;
    }

    std::vector<Fetch> fetches;

private:
    Transport *m_inner;
};

// ---------------------------------------------------------------------------------------------------
// The set-up: a pack source, a repository it is published into, and a phone (content database and
// trusted metadata) that installed the first publication.

struct Setup
{
    QString pristine; // the pack source as shipped
    QString source; // the copy that rounds change
    QString repository;
    QString keysDir;
    QString phone; // phone/content.sqlite, phone/metadata/
    QString phoneAsInstalled; // a copy of phone/ right after the first install
    QString baselineDatabase;
    sync::SigningKeys keys;
    QStringList englishArticles; // the en.md of every article, relative to the source
};

QString database(const Setup &setup)
{
    return QDir(setup.phone).filePath(QStringLiteral("content.sqlite"));
}

QString metadataFolder(const Setup &setup)
{
    return QDir(setup.phone).filePath(QStringLiteral("metadata"));
}

void publish(const Setup &setup)
{
    sync::SyncError error;
    const QList<sync::TargetInput> targets = sync::packTargets(setup.source, &error);
    check(error, "making the pack's targets (rcpack's publish step)");
    check(sync::Repository::publish(setup.repository, targets, setup.keys).error,
          "publishing the repository");
}

// One update of the phone from the repository folder; returns the transport so that its bytes can be
// read. Not timed here: the caller times it.
sync::UpdateReport update(const Setup &setup, content::ContentStore &store, CountingTransport &counting)
{
    return sync::updateContent(metadataFolder(setup), &counting, &store);
}

// The English text of article `path` with one sentence added (`marker` makes each change unique).
void changeArticle(const Setup &setup, const QString &relative, const QString &marker)
{
    const QString path = QDir(setup.source).filePath(relative);
    QByteArray text = readFile(path);
    if (!text.endsWith('\n'))
        text += '\n';
    text += "\nThis paragraph was added by the update benchmark (" + marker.toUtf8() + ").\n";
    writeFile(path, text);
}

// The pack source with the first `count` English texts changed, published; the phone as it was after
// the first install.
void prepareUpdate(const Setup &setup, int count, const QString &marker)
{
    replaceTree(setup.pristine, setup.source);
    for (int i = 0; i < count; ++i)
        changeArticle(setup, setup.englishArticles.at(i), marker);
    publish(setup);
    replaceTree(setup.phoneAsInstalled, setup.phone);
}

// The baseline: one SQLite transaction in a file database in the same folder, with the same
// connection set-up as the content store (storage::Database), replacing `rows` rows of article texts
// (the English texts as changed, reused for the translations). It is "writing that many rows at all":
// what any install of that many changed texts must cost at least, without download, signature and hash
// checks, pack assembly or the search index.
void writeBaselineRows(const Setup &setup, int rows, int round)
{
    storage::Database db;
    if (!db.open(setup.baselineDatabase, storage::Database::Mode::ReadWriteCreate))
        fail("opening the baseline database", db.lastError());
    storage::Transaction transaction(db);
    if (!transaction.isActive())
        fail("BEGIN on the baseline database", db.lastError());
    storage::Statement insert = db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO article_texts(pack, article, lang, round, body) VALUES ('nl', ?, ?, ?, ?)"));
    for (int i = 0; i < rows; ++i) {
        const QString &article = setup.englishArticles.at(i % setup.englishArticles.size());
        const QString body = QString::fromUtf8(readFile(QDir(setup.source).filePath(article)));
        insert.reset();
        insert.bind(1, article).bind(2, QString::number(i)).bind(3, round).bind(4, body);
        if (!insert.exec())
            fail("INSERT into the baseline database", db.lastError());
    }
    if (!transaction.commit())
        fail("COMMIT on the baseline database", db.lastError());
}

// An update of `changed` English texts must download those texts and, for each, the translations that
// the change marks outdated, and nothing else.
void checkDownloads(const sync::UpdateReport &report, const Setup &setup, int changed)
{
    QStringList articles;
    for (int i = 0; i < changed; ++i)
        articles.append(QFileInfo(setup.englishArticles.at(i)).dir().dirName());
    QSet<QString> seen;
    for (const QString &name : report.downloaded) {
        const QStringList parts = name.split(QLatin1Char('/'));
        if (parts.size() != 4 || parts.at(1) != QLatin1String("articles") || !articles.contains(parts.at(2)))
            fail("an update downloaded a target of an article it did not change", name);
        seen.insert(parts.at(2));
    }
    if (seen.size() != changed)
        fail("an update did not download every changed article",
             QStringLiteral("%1 of %2").arg(seen.size()).arg(changed));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Sync benchmark: bytes read for a one-article change, and the time to apply updates of 1, 10 and "
        "all English article texts, each against a baseline measured in the same run. Prints medians and "
        "ratios; asserts nothing."));
    parser.addHelpOption();
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("Measured rounds per update size (default 5)."),
                                          QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"),
        QStringLiteral(
            "Folder in which the temporary folder is made (default: the folder of this executable, "
            "i.e. the build folder)."),
        QStringLiteral("path"));
    const QCommandLineOption packOption(
        QStringLiteral("pack"), QStringLiteral("Pack source to publish (default: the bundled nl pack)."),
        QStringLiteral("folder"), QStringLiteral(RC_SOURCE_DIR "/content/nl"));
    parser.addOption(roundsOption);
    parser.addOption(dirOption);
    parser.addOption(packOption);
    parser.process(app);
    bool ok = false;
    const int rounds = parser.value(roundsOption).toInt(&ok);
    if (!ok || rounds < 1 || rounds > 100)
        fail("--rounds must be 1 to 100");
    const QString base = parser.isSet(dirOption) ? QDir(parser.value(dirOption)).absolutePath()
                                                 : QCoreApplication::applicationDirPath();
    const QString packSource = QDir(parser.value(packOption)).absolutePath();
    if (!QFileInfo(QDir(packSource).filePath(QStringLiteral("pack.json"))).isFile())
        fail("--pack is not a pack source (no pack.json)", packSource);

    QTemporaryDir temporary(QDir(base).filePath(QStringLiteral("rc-bench-sync-XXXXXX")));
    if (!temporary.isValid())
        fail("cannot make a temporary folder", temporary.errorString());
    temporaryFolder = &temporary;
    const QStorageInfo storage(temporary.path());

    Setup setup;
    const QString packName = QFileInfo(packSource).fileName();
    setup.pristine = packSource;
    setup.source = temporary.filePath(QStringLiteral("source/") + packName);
    setup.repository = temporary.filePath(QStringLiteral("repository"));
    setup.keysDir = temporary.filePath(QStringLiteral("keys"));
    setup.phone = temporary.filePath(QStringLiteral("phone"));
    setup.phoneAsInstalled = temporary.filePath(QStringLiteral("phone-as-installed"));
    setup.baselineDatabase = temporary.filePath(QStringLiteral("baseline.sqlite"));
    QDirIterator articles(QDir(packSource).filePath(QStringLiteral("articles")), { QStringLiteral("en.md") },
                          QDir::Files, QDirIterator::Subdirectories);
    while (articles.hasNext())
        setup.englishArticles.append(QDir(packSource).relativeFilePath(articles.next()));
    setup.englishArticles.sort();
    const int all = int(setup.englishArticles.size());
    if (all < 10)
        fail("the pack needs at least 10 English articles", packSource);

    std::printf("sync benchmark: %d interleaved rounds after 1 warm-up run each; medians; build %s\n", rounds,
                RC_BENCH_BUILD_TYPE);
    std::printf("pack source: %s (%d English articles)\n", qPrintable(packSource), all);
    std::printf("temporary folder: %s (%s on %s)\n\n", qPrintable(temporary.path()),
                storage.fileSystemType().constData(), storage.device().constData());

    // The first publication and the phone that installed it.
    check(sync::SigningKeys::generate(setup.keysDir, nullptr), "making signing keys");
    check(sync::SigningKeys::load(setup.keysDir, &setup.keys), "loading the signing keys");
    replaceTree(setup.pristine, setup.source);
    publish(setup);
    QDir().mkpath(setup.phone);
    check(sync::Client::initialise(metadataFolder(setup),
                                   readFile(setup.repository + QStringLiteral("/metadata/1.root.json"))),
          "trusting the repository's root");
    {
        content::ContentStore store;
        if (!store.open(database(setup)))
            fail("opening the content database", database(setup));
        sync::LocalFolderTransport folder = sync::LocalFolderTransport::forRepository(setup.repository);
        CountingTransport counting(&folder);
        check(update(setup, store, counting).error, "the first install");
    }
    replaceTree(setup.phone, setup.phoneAsInstalled);
    {
        storage::Database db;
        if (!db.open(setup.baselineDatabase, storage::Database::Mode::ReadWriteCreate)
            || !db.exec(QStringLiteral("CREATE TABLE article_texts(pack TEXT, article TEXT, lang TEXT, "
                                       "round INTEGER, body TEXT, PRIMARY KEY(pack, article, lang))")))
            fail("making the baseline database", db.lastError());
    }

    // ---- 1. Bytes for a one-article change -----------------------------------------------------------
    content::Diagnostics diagnostics;
    const content::PackSource pack
        = content::PackSource::load(setup.pristine, QDate::currentDate(), diagnostics);
    QString buildError;
    const QString packFile
        = content::PackBuilder::build(pack, temporary.filePath(QStringLiteral("compiled")), &buildError);
    if (packFile.isEmpty())
        fail("compiling the pack", buildError);
    const qint64 packFileBytes = QFileInfo(packFile).size();

    const QString changedArticle = setup.englishArticles.constFirst();
    prepareUpdate(setup, 1, QStringLiteral("bytes"));
    CountingTransport::Fetch articleFetch {};
    qint64 metadataBytes = 0;
    qint64 targetBytes = 0;
    qint64 fetchedBytes = 0;
    QStringList fetchedFiles;
    QStringList downloadedTargets;
    {
        content::ContentStore store;
        if (!store.open(database(setup)))
            fail("opening the content database", database(setup));
        sync::LocalFolderTransport folder = sync::LocalFolderTransport::forRepository(setup.repository);
        CountingTransport counting(&folder);
        const sync::UpdateReport report = update(setup, store, counting);
        check(report.error, "the one-article update");
        checkDownloads(report, setup, 1);
        downloadedTargets = report.downloaded;
        metadataBytes = counting.bytes(Transport::Area::Metadata);
        targetBytes = counting.bytes(Transport::Area::Targets);
        fetchedBytes = counting.bytesTransferred();
        for (const CountingTransport::Fetch &fetch : counting.fetches) {
            fetchedFiles.append(QStringLiteral("%1 %2 (%3)")
                                    .arg(fetch.area == Transport::Area::Metadata ? QStringLiteral("metadata")
                                                                                 : QStringLiteral("targets"),
                                         fetch.path,
                                         fetch.found ? QStringLiteral("%1 bytes").arg(fetch.bytes)
                                                     : QStringLiteral("not found")));
        }
    }
    // The baseline: the changed text as the pack holds it (its target, decoded), compressed with zlib
    // at level 9 (qCompress adds a 4-byte length, not counted), plus the metadata the update read. The
    // metadata cannot be avoided (it is what proves the text genuine), so this is the least any signed
    // transfer of that change could cost with the same compression.
    sync::SyncError targetsError;
    const QList<sync::TargetInput> changedTargets = sync::packTargets(setup.source, &targetsError);
    check(targetsError, "making the changed pack's targets");
    qint64 textBytes = 0;
    qint64 zlibTexts = 0;
    for (const sync::TargetInput &target : changedTargets) {
        if (downloadedTargets.contains(target.name)) {
            textBytes += target.content.size();
            zlibTexts += qCompress(target.content, 9).size() - 4;
        }
    }
    const qint64 minimum = zlibTexts + metadataBytes;

    std::printf("one changed English article (%s: its English text and the %lld translations now marked "
                "outdated), read by the client:\n",
                qPrintable(changedArticle), qlonglong(downloadedTargets.size() - 1));
    for (const QString &line : std::as_const(fetchedFiles))
        std::printf("  %s\n", qPrintable(line));
    std::printf("  total %lld bytes: metadata %lld, targets %lld\n", qlonglong(fetchedBytes),
                qlonglong(metadataBytes), qlonglong(targetBytes));
    std::printf("whole pack file (%s): %lld bytes\n", qPrintable(QFileInfo(packFile).fileName()),
                qlonglong(packFileBytes));
    std::printf(
        "changed texts %lld bytes, each compressed with zlib -9 %lld bytes; + metadata read = %lld bytes\n",
        qlonglong(textBytes), qlonglong(zlibTexts), qlonglong(minimum));
    std::printf("bytes ratio (one-article update / whole .rcpack): %.3f\n",
                double(fetchedBytes) / packFileBytes);
    std::printf("bytes ratio (one-article update / (zlib texts + metadata)): %.3f\n",
                double(fetchedBytes) / minimum);
    std::printf("bytes ratio (one-article update / zlib texts alone): %.2f\n",
                double(fetchedBytes) / zlibTexts);
    std::printf("metadata share of the one-article update: %.2f\n\n", double(metadataBytes) / fetchedBytes);

    // ---- 2. Time to apply updates of 1, 10 and all texts ---------------------------------------------
    struct Size
    {
        int count;
        Samples update;
        Samples baseline;
        qint64 bytes = 0;
        int texts = 0;
    };
    std::vector<Size> sizes { { 1, {}, {}, 0, 0 }, { 10, {}, {}, 0, 0 }, { all, {}, {}, 0, 0 } };
    int counter = 0;
    const auto once = [&](Size &size, bool keep) {
        const QString marker = QStringLiteral("change %1").arg(++counter);
        prepareUpdate(setup, size.count, marker);
        qint64 updateNs = 0;
        {
            content::ContentStore store;
            if (!store.open(database(setup)))
                fail("opening the content database", database(setup));
            sync::LocalFolderTransport folder = sync::LocalFolderTransport::forRepository(setup.repository);
            CountingTransport counting(&folder);
            QElapsedTimer timer;
            timer.start();
            const sync::UpdateReport report = update(setup, store, counting);
            updateNs = timer.nsecsElapsed();
            check(report.error, "an update");
            checkDownloads(report, setup, size.count);
            size.texts = int(report.downloaded.size());
            size.bytes = counting.bytesTransferred();
        }
        QElapsedTimer timer;
        timer.start();
        writeBaselineRows(setup, size.texts, counter);
        const qint64 baselineNs = timer.nsecsElapsed();
        if (keep) {
            size.update.ns.push_back(updateNs);
            size.baseline.ns.push_back(baselineNs);
        }
    };
    for (Size &size : sizes)
        once(size, false);
    for (int round = 0; round < rounds; ++round)
        for (size_t i = 0; i < sizes.size(); ++i)
            once(sizes[(size_t(round) + i) % sizes.size()], true);

    std::printf(
        "  articles texts |  bytes read |      update ms         min-max |  SQLite rows ms       min-max\n");
    for (const Size &size : sizes)
        std::printf("  %8d %5d | %11lld | %14.1f %7.1f-%-7.1f | %14.2f %6.2f-%-6.2f\n", size.count,
                    size.texts, qlonglong(size.bytes), size.update.medianMs(), size.update.minMs(),
                    size.update.maxMs(), size.baseline.medianMs(), size.baseline.minMs(),
                    size.baseline.maxMs());
    std::printf("\n");
    for (const Size &size : sizes)
        std::printf(
            "update ratio (update/SQLite transaction of as many rows), %d articles (%d texts): %.1f\n",
            size.count, size.texts, size.update.medianMs() / size.baseline.medianMs());
    return 0;
}
