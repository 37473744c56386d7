// rc-bench-search: what the content search costs (bench/README.md, "Search"), each number against a
// plain SQLite FTS5 baseline measured in the same run on the same rows. Medians and p95 of interleaved
// rounds; printed, never asserted.
//
//   1. Search latency per language: ContentStore::search() (our rc_icu index, the language's rows then
//      English ones, highlight and snippet) against one raw FTS5 query over a table with the standard
//      unicode61 tokenizer holding exactly the rows of the search index, for a fixed query set taken
//      from the installed titles plus Dutch terms every user types.
//   2. Index build time per language: the rows of one language inserted into a fresh FTS5 table with
//      our tokenizer (as the search index is defined) against the same rows into a unicode61 table.
//      SearchIndex::indexPack() indexes a whole pack at once, so it is timed whole, for the record.

#include "content/ContentStore.h"
#include "content/PackBuilder.h"
#include "content/PackSource.h"
#include "search/SearchIndex.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStorageInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace rc;

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

    void append(const Samples &other) { ns.insert(ns.end(), other.ns.begin(), other.ns.end()); }

    // The value below which `fraction` of the samples lie (nearest rank), in milliseconds.
    double percentileMs(double fraction) const
    {
        if (ns.empty())
            return 0;
        std::vector<qint64> sorted = ns;
        std::sort(sorted.begin(), sorted.end());
        const size_t rank = size_t(std::ceil(fraction * double(sorted.size())));
        return toMs(sorted[std::clamp<size_t>(rank, 1, sorted.size()) - 1]);
    }
    double medianMs() const
    {
        std::vector<qint64> sorted = ns;
        std::sort(sorted.begin(), sorted.end());
        const size_t n = sorted.size();
        if (n == 0)
            return 0;
        return n % 2 ? toMs(sorted[n / 2]) : (toMs(sorted[n / 2 - 1]) + toMs(sorted[n / 2])) / 2;
    }
    double p95Ms() const { return percentileMs(0.95); }
};

// The temporary folder, removed by fail() too: std::exit() skips main()'s destructors.
QTemporaryDir *temporaryFolder = nullptr;

[[noreturn]] void fail(const char *what, const QString &detail = {})
{
    std::fflush(stdout);
    if (temporaryFolder)
        temporaryFolder->remove();
    std::fprintf(stderr, "rc-bench-search: %s%s%s\n", what, detail.isEmpty() ? "" : ": ", qPrintable(detail));
    std::exit(1);
}

// ---------------------------------------------------------------------------------------------------
// The query set

struct Query
{
    QString language;
    QString typed;
    QString what; // where it came from: "first word", "prefix", ...
    int oursHits = 0;
    int rawHits = 0;
    Samples ours;
    Samples raw;
    Samples rawOnIndex;
};

// The words of a title: letters with their combining marks and digits, at least 3 characters, so that a
// word is something a user would type.
QStringList titleWords(const QString &title)
{
    static const QRegularExpression separator(QStringLiteral(R"([^\p{L}\p{M}\p{N}]+)"));
    QStringList result;
    for (const QString &word : title.split(separator, Qt::SkipEmptyParts)) {
        if (word.size() >= 3)
            result.append(word);
    }
    return result;
}

// Per language, deterministic: from the installed titles of that language (ordered by kind and item)
// the first word of the first title, the middle word of the middle title, two words of the middle title
// together, and the first 3 letters of the longest word of the last title; then Dutch terms that every
// user meets, typed in each language's search: "IND", "advocaat", "zienswijze".
std::vector<Query> makeQueries(storage::Database &db, const QStringList &languages)
{
    std::vector<Query> queries;
    for (const QString &language : languages) {
        storage::Statement titles
            = db.prepare(QStringLiteral("SELECT title FROM %1 WHERE lang = ?1 ORDER BY kind, item")
                             .arg(search::SearchIndex::tableFor(language)));
        titles.bind(1, language);
        QList<QStringList> words;
        while (titles.step()) {
            const QStringList titleWordList = titleWords(titles.text(0));
            if (!titleWordList.isEmpty())
                words.append(titleWordList);
        }
        if (titles.failed() || !titles.isValid())
            fail("reading the installed titles", db.lastError());
        auto add = [&](const QString &typed, const char *what) {
            queries.push_back({ language, typed, QString::fromLatin1(what), 0, 0, {}, {}, {} });
        };
        if (!words.isEmpty()) {
            add(words.constFirst().constFirst(), "first word");
            // The middle title of those with two words or more (glossary terms are often one word).
            QList<QStringList> longer;
            for (const QStringList &title : std::as_const(words)) {
                if (title.size() >= 2)
                    longer.append(title);
            }
            const QStringList &middle
                = longer.isEmpty() ? words.at(words.size() / 2) : longer.at(longer.size() / 2);
            add(middle.at(middle.size() / 2), "middle word");
            if (middle.size() >= 2)
                add(middle.at(0) + QLatin1Char(' ') + middle.at(1), "two words");
            const QStringList &last = words.constLast();
            const QString longest
                = *std::max_element(last.begin(), last.end(),
                                    [](const QString &a, const QString &b) { return a.size() < b.size(); });
            add(longest.left(3), "3-letter prefix");
        }
        add(QStringLiteral("IND"), "Latin term");
        add(QStringLiteral("advocaat"), "Latin term");
        add(QStringLiteral("zienswijze"), "Latin term");
    }
    return queries;
}

// ---------------------------------------------------------------------------------------------------
// The two sides

constexpr int Limit = 20;

int runOurs(content::ContentStore &store, const Query &query)
{
    static const search::HighlightMarks marks { QStringLiteral("<b>"), QStringLiteral("</b>") };
    return int(store.search(query.typed, query.language, marks, Limit).size());
}

// A raw FTS5 query: what the user typed as quoted prefix terms (the same expression our search
// builds), ranked by bm25, prepared for each query as ours is.
int runRaw(storage::Database &db, const Query &query)
{
    storage::Statement statement = db.prepare(
        QStringLiteral("SELECT rowid FROM plain WHERE plain MATCH ?1 ORDER BY bm25(plain) LIMIT ?2"));
    statement.bind(1, search::SearchIndex::matchExpression(query.typed)).bind(2, Limit);
    int hits = 0;
    while (statement.step())
        ++hits;
    if (statement.failed() || !statement.isValid())
        fail("the raw FTS5 query", query.typed + QStringLiteral(": ") + db.lastError());
    return hits;
}

// The same raw query on our own index table for the language (rc_icu, prefix indexes), without the
// language filter, the English fallback, highlight or snippet: how much of the difference is the
// tokenizer and the table, and how much is what our search does on top.
int runRawOnIndex(storage::Database &db, const Query &query)
{
    const QString table = search::SearchIndex::tableFor(query.language);
    storage::Statement statement = db.prepare(
        QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ?1 ORDER BY bm25(%1) LIMIT ?2").arg(table));
    statement.bind(1, search::SearchIndex::matchExpression(query.typed)).bind(2, Limit);
    int hits = 0;
    while (statement.step())
        ++hits;
    if (statement.failed() || !statement.isValid())
        fail("the raw query on the search index", query.typed + QStringLiteral(": ") + db.lastError());
    return hits;
}

// ---------------------------------------------------------------------------------------------------
// Index building

struct Row
{
    QString title;
    QString body;
};

std::vector<Row> rowsOf(storage::Database &db, const QString &language)
{
    storage::Statement select
        = db.prepare(QStringLiteral("SELECT title, body FROM %1 WHERE lang = ?1 ORDER BY kind, item")
                         .arg(search::SearchIndex::tableFor(language)));
    select.bind(1, language);
    std::vector<Row> rows;
    while (select.step())
        rows.push_back({ select.text(0), select.text(1) });
    if (select.failed() || !select.isValid())
        fail("reading the rows of a language", language + QStringLiteral(": ") + db.lastError());
    return rows;
}

// Creates a fresh FTS5 table defined by `options` in an in-memory database (no disk in the number) and
// inserts `rows` in one transaction; returns the nanoseconds from CREATE to COMMIT.
qint64 buildIndex(const std::vector<Row> &rows, const QString &options)
{
    storage::Database db;
    if (!db.openInMemory())
        fail("opening an in-memory database", db.lastError());
    QElapsedTimer timer;
    timer.start();
    if (!db.exec(QStringLiteral("CREATE VIRTUAL TABLE t USING fts5(title, body, %1)").arg(options)))
        fail("creating an FTS5 table", options + QStringLiteral(": ") + db.lastError());
    storage::Transaction transaction(db);
    storage::Statement insert = db.prepare(QStringLiteral("INSERT INTO t (title, body) VALUES (?1, ?2)"));
    for (const Row &row : rows) {
        insert.reset();
        insert.bind(1, row.title).bind(2, row.body);
        if (!insert.exec())
            fail("inserting into an FTS5 table", options + QStringLiteral(": ") + db.lastError());
    }
    if (!transaction.commit())
        fail("COMMIT of an FTS5 table", db.lastError());
    return timer.nsecsElapsed();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Search benchmark: latency of the content search per language against a raw FTS5 query with the "
        "unicode61 tokenizer on the same rows, and index build time per language against unicode61. "
        "Prints medians, p95 and ratios; asserts nothing."));
    parser.addHelpOption();
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("Measured rounds (default 15)."),
                                          QStringLiteral("n"), QStringLiteral("15"));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"),
        QStringLiteral("Folder in which the temporary folder is made (default: the folder of this "
                       "executable, i.e. the build folder)."),
        QStringLiteral("path"));
    const QCommandLineOption packOption(
        QStringLiteral("pack"), QStringLiteral("Pack source to build (default: the bundled nl pack)."),
        QStringLiteral("folder"), QStringLiteral(RC_SOURCE_DIR "/content/nl"));
    parser.addOption(roundsOption);
    parser.addOption(dirOption);
    parser.addOption(packOption);
    parser.process(app);
    bool ok = false;
    const int rounds = parser.value(roundsOption).toInt(&ok);
    if (!ok || rounds < 1 || rounds > 1000)
        fail("--rounds must be 1 to 1000");
    const QString base = parser.isSet(dirOption) ? QDir(parser.value(dirOption)).absolutePath()
                                                 : QCoreApplication::applicationDirPath();
    const QString packSource = QDir(parser.value(packOption)).absolutePath();
    if (!QFileInfo(QDir(packSource).filePath(QStringLiteral("pack.json"))).isFile())
        fail("--pack is not a pack source (no pack.json)", packSource);

    QTemporaryDir temporary(QDir(base).filePath(QStringLiteral("rc-bench-search-XXXXXX")));
    if (!temporary.isValid())
        fail("cannot make a temporary folder", temporary.errorString());
    temporaryFolder = &temporary;
    const QStorageInfo storage(temporary.path());

    std::printf("search benchmark: %d interleaved rounds after 1 warm-up run each; build %s\n", rounds,
                RC_BENCH_BUILD_TYPE);
    std::printf("pack source: %s\n", qPrintable(packSource));
    std::printf("temporary folder: %s (%s on %s)\n\n", qPrintable(temporary.path()),
                storage.fileSystemType().constData(), storage.device().constData());

    // The pack, built and installed as the app does: installing builds our index.
    content::Diagnostics diagnostics;
    const content::PackSource pack = content::PackSource::load(packSource, QDate::currentDate(), diagnostics);
    if (content::hasErrors(diagnostics))
        fail("the pack source has errors; run `rcpack check` on it", packSource);
    QString buildError;
    const QString packFile
        = content::PackBuilder::build(pack, temporary.filePath(QStringLiteral("compiled")), &buildError);
    if (packFile.isEmpty())
        fail("compiling the pack", buildError);
    const QString databasePath = temporary.filePath(QStringLiteral("content.sqlite"));
    content::ContentStore store;
    if (!store.open(databasePath))
        fail("opening the content database", store.lastError());
    const auto installed = store.importPack(packFile);
    if (installed.status != content::ContentStore::ImportStatus::Installed)
        fail("installing the pack", installed.message);

    // The baseline table, in the same database file (same page cache, same disk): exactly the rows of
    // the search index, with the standard tokenizer.
    storage::Database db;
    if (!db.open(databasePath, storage::Database::Mode::ReadWriteCreate))
        fail("opening the content database a second time", db.lastError());
    {
        storage::Transaction transaction(db);
        bool made = db.exec(QStringLiteral(
            "CREATE VIRTUAL TABLE plain USING fts5(title, body, tokenize='unicode61 remove_diacritics 2')"));
        for (const QString &table : search::SearchIndex::tables())
            made = made
                && db.exec(
                    QStringLiteral("INSERT INTO plain (title, body) SELECT title, body FROM %1").arg(table));
        if (!made || !transaction.commit())
            fail("making the unicode61 table", db.lastError());
    }
    const auto indexRows = db.queryInteger(QStringLiteral(
        "SELECT (SELECT count(*) FROM search_index) + (SELECT count(*) FROM search_index_ckb)"));
    const auto plainRows = db.queryInteger(QStringLiteral("SELECT count(*) FROM plain"));
    if (!indexRows || !plainRows || *indexRows != *plainRows)
        fail("the unicode61 table does not hold the rows of the search index", db.lastError());

    QStringList languages = pack.metadata.languages;
    if (languages.isEmpty())
        fail("the pack lists no languages", packSource);
    std::printf("pack %s installed: %lld index rows in %lld languages; the unicode61 table holds the same "
                "%lld rows\n\n",
                qPrintable(installed.packId), qlonglong(*indexRows), qlonglong(languages.size()),
                qlonglong(*plainRows));

    // ---- 1. Search latency ---------------------------------------------------------------------------
    std::vector<Query> queries = makeQueries(db, languages);
    for (Query &query : queries) { // warm-up, and the hit counts for the record
        query.oursHits = runOurs(store, query);
        query.rawHits = runRaw(db, query);
        runRawOnIndex(db, query);
    }
    for (int round = 0; round < rounds; ++round) {
        for (Query &query : queries) {
            // Which side goes first rotates from round to round.
            for (int i = 0; i < 3; ++i) {
                const int side = (i + round) % 3;
                QElapsedTimer timer;
                timer.start();
                if (side == 0)
                    runOurs(store, query);
                else if (side == 1)
                    runRaw(db, query);
                else
                    runRawOnIndex(db, query);
                const qint64 ns = timer.nsecsElapsed();
                (side == 0 ? query.ours : side == 1 ? query.raw : query.rawOnIndex).ns.push_back(ns);
            }
        }
    }

    std::printf("search latency over %d queries x %d rounds; ours: ContentStore::search (limit %d, the "
                "language then English, highlight + snippet); raw: SELECT rowid ... MATCH, bm25, limit %d on "
                "the unicode61 table; raw-icu: the same raw query on our index table of the language\n",
                int(queries.size()), rounds, Limit, Limit);
    std::printf("  lang  queries | ours median   p95 ms | raw median   p95 ms | raw-icu median   p95 ms | "
                "ours/raw median  p95 | raw-icu/raw median | hits ours/raw\n");
    Samples allOurs;
    Samples allRaw;
    Samples allRawOnIndex;
    for (const QString &language : std::as_const(languages)) {
        Samples ours;
        Samples raw;
        Samples rawOnIndex;
        int count = 0;
        QStringList hits;
        for (const Query &query : queries) {
            if (query.language != language)
                continue;
            ++count;
            ours.append(query.ours);
            raw.append(query.raw);
            rawOnIndex.append(query.rawOnIndex);
            hits.append(QStringLiteral("%1/%2").arg(query.oursHits).arg(query.rawHits));
        }
        allOurs.append(ours);
        allRaw.append(raw);
        allRawOnIndex.append(rawOnIndex);
        std::printf("  %-5s %7d | %11.3f %6.3f | %10.3f %6.3f | %14.3f %6.3f | %15.1f %4.1f | %18.2f | %s\n",
                    qPrintable(language), count, ours.medianMs(), ours.p95Ms(), raw.medianMs(), raw.p95Ms(),
                    rawOnIndex.medianMs(), rawOnIndex.p95Ms(), ours.medianMs() / raw.medianMs(),
                    ours.p95Ms() / raw.p95Ms(), rawOnIndex.medianMs() / raw.medianMs(),
                    qPrintable(hits.join(QLatin1Char(' '))));
    }
    std::printf("  %-5s %7d | %11.3f %6.3f | %10.3f %6.3f | %14.3f %6.3f | %15.1f %4.1f | %18.2f |\n", "all",
                int(queries.size()), allOurs.medianMs(), allOurs.p95Ms(), allRaw.medianMs(), allRaw.p95Ms(),
                allRawOnIndex.medianMs(), allRawOnIndex.p95Ms(), allOurs.medianMs() / allRaw.medianMs(),
                allOurs.p95Ms() / allRaw.p95Ms(), allRawOnIndex.medianMs() / allRaw.medianMs());
    std::printf("queries (language: typed [what]):\n");
    for (const QString &language : std::as_const(languages)) {
        QStringList typed;
        for (const Query &query : queries) {
            if (query.language == language && query.what != QLatin1String("Latin term"))
                typed.append(QStringLiteral("\"%1\" [%2]").arg(query.typed, query.what));
        }
        std::printf("  %s: %s\n", qPrintable(language), qPrintable(typed.join(QStringLiteral(", "))));
    }
    std::printf("  every language also: \"IND\", \"advocaat\", \"zienswijze\"\n\n");
    std::printf("search latency ratio (ours/raw), all languages: median %.2f, p95 %.2f\n",
                allOurs.medianMs() / allRaw.medianMs(), allOurs.p95Ms() / allRaw.p95Ms());
    std::printf("raw query on our index / on unicode61, all languages: median %.2f, p95 %.2f\n\n",
                allRawOnIndex.medianMs() / allRaw.medianMs(), allRawOnIndex.p95Ms() / allRaw.p95Ms());

    // ---- 2. Index build time per language ------------------------------------------------------------
    // Three definitions of a fresh in-memory table, each filled with the rows of one language: ours as
    // the search index is defined (rc_icu with the language's profile, prefix indexes 2 and 3), rc_icu
    // without prefix indexes (the tokenizer alone), and the unicode61 baseline.
    struct Build
    {
        QString language;
        std::vector<Row> rows;
        qint64 chars = 0;
        Samples ours;
        Samples icuOnly;
        Samples raw;
    };
    std::vector<Build> builds;
    for (const QString &language : std::as_const(languages)) {
        Build build { language, rowsOf(db, language), 0, {}, {}, {} };
        for (const Row &row : build.rows)
            build.chars += row.title.size() + row.body.size();
        builds.push_back(std::move(build));
    }
    const auto definitionOf = [](const QString &language, bool prefix) {
        const QString tokenizer = search::SearchIndex::tableFor(language) == QLatin1String("search_index_ckb")
            ? QStringLiteral("rc_icu ckb")
            : QStringLiteral("rc_icu");
        return QStringLiteral("tokenize='%1'%2")
            .arg(tokenizer, prefix ? QStringLiteral(", prefix='2 3'") : QString());
    };
    const QString unicode61 = QStringLiteral("tokenize='unicode61 remove_diacritics 2'");
    for (Build &build : builds) { // warm-up
        buildIndex(build.rows, definitionOf(build.language, true));
        buildIndex(build.rows, unicode61);
    }
    for (int round = 0; round < rounds; ++round) {
        for (Build &build : builds) {
            for (int i = 0; i < 3; ++i) {
                switch ((i + round) % 3) {
                case 0:
                    build.ours.ns.push_back(buildIndex(build.rows, definitionOf(build.language, true)));
                    break;
                case 1:
                    build.icuOnly.ns.push_back(buildIndex(build.rows, definitionOf(build.language, false)));
                    break;
                default:
                    build.raw.ns.push_back(buildIndex(build.rows, unicode61));
                    break;
                }
            }
        }
    }
    std::printf("index build per language, in memory, median of %d rounds (ours: rc_icu + prefix '2 3' as "
                "search_index; rc_icu: the tokenizer alone; raw: unicode61)\n",
                rounds);
    std::printf("  lang   rows   chars |  ours ms  rc_icu ms   raw ms | ours/raw rc_icu/raw\n");
    for (const Build &build : builds)
        std::printf("  %-5s %5d %7lld | %8.2f %10.2f %8.2f | %8.2f %10.2f\n", qPrintable(build.language),
                    int(build.rows.size()), qlonglong(build.chars), build.ours.medianMs(),
                    build.icuOnly.medianMs(), build.raw.medianMs(),
                    build.ours.medianMs() / build.raw.medianMs(),
                    build.icuOnly.medianMs() / build.raw.medianMs());

    // SearchIndex::indexPack() indexes a whole pack (every language) and cannot be limited to one; it
    // is timed whole inside a transaction that is rolled back, so that the index stays as installed.
    Samples indexPack;
    for (int round = 0; round <= rounds; ++round) {
        storage::Transaction transaction(db);
        if (!transaction.isActive())
            fail("BEGIN on the content database", db.lastError());
        QString error;
        QElapsedTimer timer;
        timer.start();
        if (!search::SearchIndex::indexPack(db, installed.packId, &error))
            fail("SearchIndex::indexPack", error);
        if (round > 0) // the first one is the warm-up
            indexPack.ns.push_back(timer.nsecsElapsed());
    }
    double oursSum = 0;
    double rawSum = 0;
    for (const Build &build : builds) {
        oursSum += build.ours.medianMs();
        rawSum += build.raw.medianMs();
    }
    std::printf("  %-5s %5lld %7s | %8.2f %10s %8.2f | %8.2f\n\n", "sum", qlonglong(*indexRows), "", oursSum,
                "", rawSum, oursSum / rawSum);
    std::printf("SearchIndex::indexPack(%s), the whole pack from its content tables (Markdown to plain text, "
                "every language; on disk, not committed): median %.1f ms\n",
                qPrintable(installed.packId), indexPack.medianMs());
    std::printf("index build ratio (ours/raw), all languages: %.2f\n", oursSum / rawSum);
    return 0;
}
