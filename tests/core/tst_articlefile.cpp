#include "content/ArticleFile.h"

#include <QByteArrayList>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using rc::content::ArticleFile;
using rc::content::Diagnostic;
using rc::content::Diagnostics;

namespace {

const QDate today(2026, 1, 1);
const QString fileName = QStringLiteral("articles/lawyer/en.md");

// A valid article; the numbers are the file's line numbers the cases below refer to.
QByteArrayList validLines()
{
    return {
        "---", // 1
        "title: Your free lawyer", // 2
        "summary: A lawyer helps you for free.", // 3
        "topics: legal-help, start", // 4
        "status: reviewed", // 5
        "checked: 2025-03-01", // 6
        "order: 20", // 7
        "source: https://www.rvr.org/", // 8
        "source: https://www.example.org/advice", // 9
        "---", // 10
        "You have the right to a [free lawyer](https://www.rvr.org/).", // 11
        "", // 12
        "Call [the helpline](tel:+31201234567) or write to [us](mailto:help@example.org).", // 13
    };
}

QByteArray join(const QByteArrayList &lines)
{
    return lines.join('\n') + '\n';
}

QByteArray validArticle()
{
    return join(validLines());
}

QByteArray withLine(int line, const QByteArray &text)
{
    QByteArrayList lines = validLines();
    lines[line - 1] = text;
    return join(lines);
}

QByteArray withoutLines(int first, int last)
{
    QByteArrayList lines = validLines();
    lines.erase(lines.begin() + first - 1, lines.begin() + last);
    return join(lines);
}

QByteArray withoutLine(int line)
{
    return withoutLines(line, line);
}

QByteArray withInserted(int line, const QByteArray &text)
{
    QByteArrayList lines = validLines();
    lines.insert(line - 1, text);
    return join(lines);
}

QByteArray headerOnly()
{
    return join(validLines().mid(0, 10));
}

QString describe(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines.isEmpty() ? QStringLiteral("(no diagnostics)") : lines.join(QLatin1Char('\n'));
}

} // namespace

class tst_ArticleFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validArticleParsesAllFields();
    void crlfLineEndingsParse();
    void byteOrderMarkIsIgnored();
    void limitsAreInclusive();
    void checkedTodayIsFine();
    void ruleInBodyIsNotAHeader();
    void noticeAndBasedOn();
    void internalLinksAreCollectedWithLines();
    void sourceDigestCoversTitleSummaryAndBody();
    void badInput_data();
    void badInput();

private:
    static ArticleFile parseClean(const QByteArray &data);
};

void tst_ArticleFile::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

ArticleFile tst_ArticleFile::parseClean(const QByteArray &data)
{
    Diagnostics diagnostics;
    const ArticleFile article = ArticleFile::parse(data, fileName, today, diagnostics);
    [&] { QVERIFY2(diagnostics.isEmpty(), qPrintable(describe(diagnostics))); }();
    return article;
}

void tst_ArticleFile::validArticleParsesAllFields()
{
    const ArticleFile article = parseClean(validArticle());
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(article.title, QStringLiteral("Your free lawyer"));
    QCOMPARE(article.summary, QStringLiteral("A lawyer helps you for free."));
    QCOMPARE(article.topics, QStringList({ QStringLiteral("legal-help"), QStringLiteral("start") }));
    QCOMPARE(toString(article.status), QStringLiteral("reviewed"));
    QCOMPARE(article.checked, QDate(2025, 3, 1));
    QCOMPARE(article.order, 20);
    QCOMPARE(article.sources,
             QStringList({ QStringLiteral("https://www.rvr.org/"),
                           QStringLiteral("https://www.example.org/advice") }));
    QCOMPARE(article.bodyFirstLine, 11);
    QCOMPARE(
        article.body,
        QStringLiteral("You have the right to a [free lawyer](https://www.rvr.org/).\n\n"
                       "Call [the helpline](tel:+31201234567) or write to [us](mailto:help@example.org)."));

    // The other statuses, and the order being optional.
    QByteArray machine = withLine(5, "status: machine");
    machine.replace("order: 20\n", "");
    const ArticleFile translated = parseClean(machine);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(toString(translated.status), QStringLiteral("machine"));
    QCOMPARE(translated.order, 0);
    QCOMPARE(toString(parseClean(withLine(5, "status: outdated")).status), QStringLiteral("outdated"));
}

void tst_ArticleFile::crlfLineEndingsParse()
{
    QByteArray data = validArticle();
    data.replace("\n", "\r\n");
    const ArticleFile article = parseClean(data);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(article.title, QStringLiteral("Your free lawyer"));
    QCOMPARE(article.checked, QDate(2025, 3, 1));
    QCOMPARE(article.sources.size(), 2);
    QVERIFY(!article.body.contains(QLatin1Char('\r')));
    QVERIFY(!article.sources.last().contains(QLatin1Char('\r')));

    // Line numbers still count CRLF lines.
    Diagnostics diagnostics;
    QByteArray bad = withLine(5, "status: finished");
    bad.replace("\n", "\r\n");
    ArticleFile::parse(bad, fileName, today, diagnostics);
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics.first().line, 5);
}

void tst_ArticleFile::byteOrderMarkIsIgnored()
{
    const ArticleFile article = parseClean("\xEF\xBB\xBF" + validArticle());
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(article.title, QStringLiteral("Your free lawyer"));
    QCOMPARE(article.bodyFirstLine, 11);
}

void tst_ArticleFile::limitsAreInclusive()
{
    const QByteArray title(ArticleFile::MaxTitleLength, 'T');
    QCOMPARE(parseClean(withLine(2, "title: " + title)).title.size(), ArticleFile::MaxTitleLength);
    const QByteArray summary(ArticleFile::MaxSummaryLength, 'S');
    QCOMPARE(parseClean(withLine(3, "summary: " + summary)).summary.size(), ArticleFile::MaxSummaryLength);

    // Limits count characters, not UTF-8 bytes: 120 Ethiopic letters (360 bytes) are a valid title.
    const QByteArray ethiopic = QString(ArticleFile::MaxTitleLength, QChar(0x1200)).toUtf8();
    QCOMPARE(parseClean(withLine(2, "title: " + ethiopic)).title.size(), ArticleFile::MaxTitleLength);

    QByteArray exactlyMax = validArticle();
    exactlyMax.append(QByteArray(ArticleFile::MaxFileBytes - exactlyMax.size() - 1, 'x')).append('\n');
    QCOMPARE(exactlyMax.size(), ArticleFile::MaxFileBytes);
    parseClean(exactlyMax);
}

void tst_ArticleFile::checkedTodayIsFine()
{
    QCOMPARE(parseClean(withLine(6, "checked: 2026-01-01")).checked, today);
}

void tst_ArticleFile::ruleInBodyIsNotAHeader()
{
    QByteArrayList lines = validLines();
    lines << "---"
          << "After a rule. title: not a key";
    const ArticleFile article = parseClean(join(lines));
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(article.title, QStringLiteral("Your free lawyer"));
    QVERIFY(article.body.endsWith(QLatin1String("---\nAfter a rule. title: not a key")));
}

void tst_ArticleFile::noticeAndBasedOn()
{
    QByteArrayList lines = validLines();
    lines.insert(7, "notice: law-changing"); // line 8
    lines.insert(10, "based-on: 0123456789abcdef"); // line 11
    const ArticleFile article = parseClean(join(lines));
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(article.notice, QStringLiteral("law-changing"));
    QCOMPARE(article.basedOn, QStringLiteral("0123456789abcdef"));
    QCOMPARE(article.headerLines.value(QStringLiteral("notice")), 8);
    QCOMPARE(article.headerLines.value(QStringLiteral("based-on")), 11);
    QCOMPARE(article.closeLine, 12);
    QCOMPARE(article.bodyFirstLine, 13);
    // Both are optional.
    const ArticleFile plain = parseClean(validArticle());
    QVERIFY(plain.notice.isEmpty() && plain.basedOn.isEmpty());
    QVERIFY(plain.effectiveStatus() == rc::content::TranslationStatus::Reviewed);
}

void tst_ArticleFile::internalLinksAreCollectedWithLines()
{
    const ArticleFile article = parseClean(withLine(
        12, "Read [the appeal](article:appeal), a [voornemen](glossary:voornemen) and <article:decision>."));
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(article.internalLinks.size(), 3);
    QStringList found;
    for (const auto &link : article.internalLinks) {
        QCOMPARE(link.line, 12);
        found.append(link.url);
    }
    found.sort();
    QCOMPARE(found,
             QStringList({ QStringLiteral("article:appeal"), QStringLiteral("article:decision"),
                           QStringLiteral("glossary:voornemen") }));
}

void tst_ArticleFile::sourceDigestCoversTitleSummaryAndBody()
{
    // The first 16 hex digits of SHA-256: sha256("a") starts ca978112ca1bbdca.
    QCOMPARE(rc::content::basedOnDigest(QStringLiteral("a")), QStringLiteral("ca978112ca1bbdca"));

    const ArticleFile article = parseClean(validArticle());
    QVERIFY(!QTest::currentTestFailed());
    const QString digest = article.sourceDigest();
    QCOMPARE(digest,
             rc::content::basedOnDigest(article.title + QLatin1Char('\n') + article.summary
                                        + QLatin1Char('\n') + article.body));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{16}$"));
    QVERIFY(hex.match(digest).hasMatch());

    // Line ends, a byte order mark and blank lines around the body do not count.
    QByteArray crlf = validArticle();
    crlf.replace("\n", "\r\n");
    QCOMPARE(parseClean(crlf).sourceDigest(), digest);
    QCOMPARE(parseClean("\xEF\xBB\xBF" + validArticle() + "\n\n").sourceDigest(), digest);
    // Nor do the other header lines.
    QCOMPARE(parseClean(withLine(5, "status: machine")).sourceDigest(), digest);
    QCOMPARE(parseClean(withLine(6, "checked: 2025-12-01")).sourceDigest(), digest);
    QCOMPARE(parseClean(withLine(7, "order: 99")).sourceDigest(), digest);
    QCOMPARE(parseClean(withLine(9, "source: https://www.ind.nl/")).sourceDigest(), digest);
    QCOMPARE(parseClean(withInserted(10, "based-on: 0123456789abcdef")).sourceDigest(), digest);
    // The title, the summary and every character of the body do.
    QVERIFY(parseClean(withLine(2, "title: Your free lawyer!")).sourceDigest() != digest);
    QVERIFY(parseClean(withLine(3, "summary: A lawyer helps you.")).sourceDigest() != digest);
    QVERIFY(parseClean(withLine(12, "New paragraph.")).sourceDigest() != digest);
    QVERIFY(
        parseClean(withLine(11, "You have the right to a [free lawyer](https://www.rvr.org).")).sourceDigest()
        != digest);
}

void tst_ArticleFile::badInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("fragment");

    // Structure
    QTest::newRow("no opening ---") << withoutLine(1) << 1 << QStringLiteral("must start with a '---' line");
    QTest::newRow("text before ---") << withInserted(1, "Hello") << 1
                                     << QStringLiteral("must start with a '---' line");
    QTest::newRow("empty file") << QByteArray() << 1 << QStringLiteral("must start with a '---' line");
    QTest::newRow("header never closed")
        << join(validLines().mid(0, 9)) << 9 << QStringLiteral("header is not closed");
    QTest::newRow("header never closed, no final newline")
        << validLines().mid(0, 9).join('\n') << 9 << QStringLiteral("header is not closed");
    QTest::newRow("line without colon")
        << withInserted(7, "just some words") << 7 << QStringLiteral("expected 'key: value'");
    QTest::newRow("unknown key") << withInserted(7, "author: me") << 7
                                 << QStringLiteral("unknown header key 'author'");
    QTest::newRow("duplicate key") << withInserted(4, "title: Another title") << 4
                                   << QStringLiteral("'title' is given twice");

    // Missing fields are reported on the closing '---' (line 9 once a line is gone).
    QTest::newRow("missing title") << withoutLine(2) << 9 << QStringLiteral("no 'title'");
    QTest::newRow("missing summary") << withoutLine(3) << 9 << QStringLiteral("no 'summary'");
    QTest::newRow("missing topics") << withoutLine(4) << 9 << QStringLiteral("no 'topics'");
    QTest::newRow("missing status") << withoutLine(5) << 9 << QStringLiteral("no 'status'");
    QTest::newRow("missing checked") << withoutLine(6) << 9 << QStringLiteral("no 'checked'");
    QTest::newRow("missing source") << withoutLines(8, 9) << 8 << QStringLiteral("at least one 'source:'");

    // Field values
    QTest::newRow("empty title") << withLine(2, "title:") << 2 << QStringLiteral("title is empty");
    QTest::newRow("title over 120") << withLine(2, "title: " + QByteArray(121, 'T')) << 2
                                    << QStringLiteral("title is 121 characters");
    QTest::newRow("summary over 300") << withLine(3, "summary: " + QByteArray(301, 'S')) << 3
                                      << QStringLiteral("summary is 301 characters");
    QTest::newRow("bad topic id") << withLine(4, "topics: legal-help, Legal Help") << 4
                                  << QStringLiteral("'Legal Help' is not a valid topic id");
    QTest::newRow("no topics") << withLine(4, "topics:") << 4 << QStringLiteral("at least one topic");
    QTest::newRow("bad status") << withLine(5, "status: finished") << 5
                                << QStringLiteral("status 'finished' is not one of");
    QTest::newRow("status is case-sensitive")
        << withLine(5, "status: Reviewed") << 5 << QStringLiteral("status 'Reviewed'");
    QTest::newRow("month 13") << withLine(6, "checked: 2026-13-01") << 6
                              << QStringLiteral("'2026-13-01' is not a date");
    QTest::newRow("day first") << withLine(6, "checked: 28-11-2026") << 6
                               << QStringLiteral("'28-11-2026' is not a date");
    QTest::newRow("no leading zeros")
        << withLine(6, "checked: 2025-3-1") << 6 << QStringLiteral("'2025-3-1' is not a date");
    QTest::newRow("date and time") << withLine(6, "checked: 2025-03-01T10:00") << 6
                                   << QStringLiteral("is not a date");
    QTest::newRow("date in the future")
        << withLine(6, "checked: 2026-01-02") << 6 << QStringLiteral("2026-01-02 is in the future");
    QTest::newRow("order negative") << withLine(7, "order: -1") << 7 << QStringLiteral("order '-1'");
    QTest::newRow("order not a number")
        << withLine(7, "order: first") << 7 << QStringLiteral("order 'first'");
    QTest::newRow("http source") << withLine(8, "source: http://www.rvr.org/") << 8
                                 << QStringLiteral("'http://www.rvr.org/' is not an https URL");
    QTest::newRow("source without host")
        << withLine(9, "source: https://") << 9 << QStringLiteral("is not an https URL");
    QTest::newRow("javascript source")
        << withLine(9, "source: javascript:alert(1)") << 9 << QStringLiteral("is not an https URL");
    QTest::newRow("glossary link as source")
        << withLine(9, "source: glossary:voornemen") << 9 << QStringLiteral("is not an https URL");
    QTest::newRow("unknown notice") << withInserted(8, "notice: urgent") << 8
                                    << QStringLiteral("notice 'urgent' is not known");
    QTest::newRow("notice in capitals") << withInserted(8, "notice: Law-Changing") << 8
                                        << QStringLiteral("notice 'Law-Changing' is not known");
    QTest::newRow("based-on too short")
        << withInserted(10, "based-on: 0123456789abcde") << 10
        << QStringLiteral("based-on '0123456789abcde' is not 16 lower-case hex");
    QTest::newRow("based-on upper case") << withInserted(10, "based-on: 0123456789ABCDEF") << 10
                                         << QStringLiteral("based-on '0123456789ABCDEF'");
    QTest::newRow("based-on full digest") << withInserted(10, "based-on: " + QByteArray(64, 'a')) << 10
                                          << QStringLiteral("is not 16 lower-case hex");
    QTest::newRow("based-on twice") << withInserted(10,
                                                    "based-on: 0123456789abcdef\nbased-on: 0123456789abcdef")
                                    << 11 << QStringLiteral("'based-on' is given twice");

    // Links and images in the body
    QTest::newRow("javascript link") << withLine(13, "Click [here](javascript:alert(1)) now.") << 13
                                     << QStringLiteral("link 'javascript:alert(1' is not allowed");
    QTest::newRow("JAVASCRIPT link") << withLine(11, "[here](JAVASCRIPT:alert(1))") << 11
                                     << QStringLiteral("link 'JAVASCRIPT:alert(1' is not allowed");
    QTest::newRow("http link") << withLine(11, "See [the IND](http://www.ind.nl/).") << 11
                               << QStringLiteral("link 'http://www.ind.nl/' is not allowed");
    QTest::newRow("image") << withLine(12, "![x](https://example.org/x.png)") << 12
                           << QStringLiteral(
                                  "images are not allowed in articles ('https://example.org/x.png')");
    QTest::newRow("raw img tag") << withLine(12, "<img src=\"https://example.org/t.png\">") << 12
                                 << QStringLiteral(
                                        "images are not allowed in articles ('https://example.org/t.png')");
    QTest::newRow("file autolink") << withLine(12, "<file:///etc/passwd>") << 12
                                   << QStringLiteral("link 'file:///etc/passwd' is not allowed");
    QTest::newRow("reference definition") << withLine(12, "[ref]: http://evil.example/") << 12
                                          << QStringLiteral("link 'http://evil.example/' is not allowed");
    QTest::newRow("html href") << withLine(12, "<a href=\"intent://scan#Intent;end\">open</a>") << 12
                               << QStringLiteral("link 'intent://scan#Intent;end' is not allowed");
    QTest::newRow("raw HTML") << withLine(12, "This is <b>bold</b>.") << 12
                              << QStringLiteral("raw HTML is not allowed ('<b>')");
    QTest::newRow("raw HTML with an allowed link") << withLine(12, "<a href=\"https://www.rvr.org/\">RvR</a>")
                                                   << 12 << QStringLiteral("raw HTML is not allowed");
    QTest::newRow("raw HTML comment")
        << withLine(12, "<!-- note to self -->") << 12 << QStringLiteral("raw HTML is not allowed ('<!--')");
    QTest::newRow("internal link with upper-case id")
        << withLine(12, "[x](article:Appeal)") << 12
        << QStringLiteral("link 'article:Appeal' is not allowed");
    QTest::newRow("internal link with a path") << withLine(12, "[x](glossary:../en)") << 12
                                               << QStringLiteral("link 'glossary:../en' is not allowed");
    QTest::newRow("unknown internal scheme")
        << withLine(12, "[x](topic:arrival)") << 12 << QStringLiteral("link 'topic:arrival' is not allowed");
    {
        QByteArrayList lines = validLines().mid(0, 10);
        lines << ""
              << ""
              << "Text."
              << "[x](http://late.example/)";
        QTest::newRow("body after blank lines keeps file line numbers")
            << join(lines) << 14 << QStringLiteral("http://late.example/");
    }
    QTest::newRow("empty body") << headerOnly() + "\n   \n\n"
                                << 10 << QStringLiteral("no text after its header");
    QTest::newRow("no body at all") << headerOnly() << 10 << QStringLiteral("no text after its header");

    // Bytes that are not text
    QTest::newRow("invalid UTF-8") << withLine(2, "title: Your \xFF lawyer") << 0
                                   << QStringLiteral("not valid UTF-8");
    QTest::newRow("overlong UTF-8 slash")
        << withLine(11, "a \xC0\xAF b") << 0 << QStringLiteral("not valid UTF-8");
    QTest::newRow("truncated UTF-8 at end")
        << validArticle() + "\xE1\x88" << 0 << QStringLiteral("not valid UTF-8");
    QTest::newRow("UTF-16 file") << QByteArray("\xFF\xFE-\0-\0-\0\n\0", 10) << 0
                                 << QStringLiteral("not valid UTF-8");
    QTest::newRow("NUL byte") << withLine(11, QByteArray("a\0b", 3)) << 0 << QStringLiteral("NUL");
    {
        QByteArray huge = validArticle();
        huge.append(QByteArray(ArticleFile::MaxFileBytes + 1 - huge.size(), 'x'));
        QTest::newRow("one byte over MaxFileBytes")
            << huge << 0 << QStringLiteral("may be at most 262144 bytes");
        QTest::newRow("ten megabytes") << validArticle() + QByteArray(10 * 1024 * 1024, '[') << 0
                                       << QStringLiteral("may be at most 262144 bytes");
    }
}

void tst_ArticleFile::badInput()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(QString, fragment);

    Diagnostics diagnostics;
    ArticleFile::parse(data, fileName, today, diagnostics);
    // Exactly one problem: a single mistake must not bury the author in follow-up errors.
    QVERIFY2(diagnostics.size() == 1, qPrintable(describe(diagnostics)));
    const Diagnostic &d = diagnostics.first();
    QVERIFY(d.severity == Diagnostic::Severity::Error);
    QCOMPARE(d.file, fileName);
    QVERIFY2(d.message.contains(fragment), qPrintable(describe(diagnostics)));
    QCOMPARE(d.line, line);
}

QTEST_GUILESS_MAIN(tst_ArticleFile)
#include "tst_articlefile.moc"
