// rcpack search --db FILE [--lang CODE] [--limit N] QUERY...
//
// Searches a compiled pack (<id>.rcpack) or an app's content database the way the app's search page
// does, and prints one ranked hit a line, tab-separated: kind, pack/id, language, title, snippet, with
// the matching words in [brackets]. Hits in --lang (default en) come first, then English ones.
// A pack carries no index (the app makes its own when it installs the pack): rcpack installs it into an
// in-memory content database, checked as the app checks it, and searches that.
// Exit codes: 0 hits printed; 1 nothing found, or the file cannot be searched; 2 bad arguments.

#include "../Command.h"
#include "content/ContentStore.h"
#include "search/SearchIndex.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace rc::tools {
namespace {

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text;
}

int runSearch(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QString(), QStringLiteral("CODE"),
                                        QStringLiteral("en"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), QString(), QStringLiteral("N"),
                                         QStringLiteral("20"));
    parser.addOptions({ dbOption, langOption, limitOption });
    int code = 0;
    if (!parseArguments(parser, QStringLiteral("search"), arguments, &code))
        return code;
    if (!parser.isSet(dbOption))
        return usage(QStringLiteral("search needs --db FILE: a pack (.rcpack) or a content database"));
    const QString query = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (query.isEmpty())
        return usage(QStringLiteral("search needs the words to look for"));
    static const QRegularExpression languageCode(QStringLiteral("^[a-z]{2,3}$"));
    const QString language = parser.value(langOption);
    if (!languageCode.match(language).hasMatch())
        return usage(
            QStringLiteral("--lang '%1' is not a language code such as en, ar or ckb").arg(language));
    bool isNumber = false;
    const int limit = parser.value(limitOption).toInt(&isNumber);
    if (!isNumber || limit < 1 || limit > 1000)
        return usage(QStringLiteral("--limit must be a number from 1 to 1000"));
    if (search::SearchIndex::matchExpression(query).isEmpty())
        return usage(QStringLiteral("'%1' has no word to look for").arg(query));

    const QString file = parser.value(dbOption);
    if (!QFileInfo(file).isFile()) {
        err() << "rcpack: " << file << ": no such file\n";
        return 1;
    }
    // The file may come from anywhere: read it like the app reads a pack.
    storage::Database db;
    QString error;
    if (!db.open(file, storage::Database::Mode::ReadOnly)) {
        err() << "rcpack: " << file << ": " << db.lastError() << '\n';
        return 1;
    }
    db.restrictForUntrustedInput(content::ContentStore::MaxValueBytes);
    if (!db.checkIntegrity()) {
        err() << "rcpack: " << file << ": " << db.lastError() << '\n';
        return 1;
    }
    const auto indexed = db.queryInteger(QStringLiteral(
        "SELECT (SELECT count(*) FROM search_index) + (SELECT count(*) FROM search_index_ckb)"));
    if (!indexed) {
        err() << "rcpack: " << file << " has no search index (format " << db.userVersion()
              << "); build it again with this rcpack\n";
        return 1;
    }

    const search::HighlightMarks marks { QStringLiteral("["), QStringLiteral("]") };
    QList<search::SearchHit> hits;
    if (*indexed > 0) {
        // A content database: search its index.
        hits = search::SearchIndex::search(db, query, language, marks, limit, &error);
    } else {
        // A pack: install it as the app would, then search.
        db.close();
        content::ContentStore store;
        if (!store.open(QStringLiteral(":memory:"))) {
            err() << "rcpack: " << store.lastError() << '\n';
            return 1;
        }
        const auto installed = store.importPack(file);
        if (installed.status != content::ContentStore::ImportStatus::Installed) {
            err() << "rcpack: " << installed.message << '\n';
            return 1;
        }
        hits = store.search(query, language, marks, limit);
        error = store.lastError();
    }
    if (!error.isEmpty()) {
        err() << "rcpack: " << file << ": " << error << '\n';
        return 1;
    }
    for (const search::SearchHit &hit : hits) {
        out() << hit.kind << '\t' << hit.pack << '/' << hit.item << '\t' << hit.language << '\t'
              << oneLine(hit.title) << '\t' << oneLine(hit.snippet) << '\n';
    }
    if (hits.isEmpty()) {
        err() << "rcpack: nothing found for '" << query << "'\n";
        return 1;
    }
    return 0;
}

const RegisterCommand searchCommand({ QStringLiteral("search"),
                                      QStringLiteral("search --db FILE --lang CODE QUERY"),
                                      QStringLiteral("ranked search hits in a pack or content database, "
                                                     "the language first, then English [--limit N]"),
                                      &runSearch });

} // namespace
} // namespace rc::tools
