#include "content/LinkPolicy.h"

#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <tuple>

using rc::content::LinkPolicy::FoundLink;
using rc::content::LinkPolicy::isAllowedLink;
using rc::content::LinkPolicy::scanMarkdown;

namespace {

QString describe(const QList<FoundLink> &links)
{
    QStringList out;
    for (const FoundLink &link : links)
        out.append(QStringLiteral("%1:%2%3").arg(link.line).arg(
            link.isImage ? QStringLiteral("image:") : QString(), link.url));
    return out.join(QLatin1String(", "));
}

bool sameLinks(QList<FoundLink> actual, QList<FoundLink> expected)
{
    auto key = [](const FoundLink &l) { return std::tuple(l.line, l.url, l.isImage); };
    auto less = [&](const FoundLink &a, const FoundLink &b) { return key(a) < key(b); };
    std::sort(actual.begin(), actual.end(), less);
    std::sort(expected.begin(), expected.end(), less);
    return std::equal(actual.begin(), actual.end(), expected.begin(), expected.end(),
                      [&](const FoundLink &a, const FoundLink &b) { return key(a) == key(b); });
}

} // namespace

class tst_LinkPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void isAllowedLink_data();
    void isAllowedLink();
    void scanFindsEveryKindWithLines();
    void scanInlineVariants_data();
    void scanInlineVariants();
    void scanIgnoresPlainText();
    void scanHandlesHostileInput();
    void internalLinkParts();
    void externalLinksAreOnlyWebPhoneAndMail();
    void scanRawHtml_data();
    void scanRawHtml();
};

void tst_LinkPolicy::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_LinkPolicy::isAllowedLink_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("https") << QStringLiteral("https://www.rvr.org/") << true;
    QTest::newRow("https with path and query")
        << QStringLiteral("https://deeplink.rechtspraak.nl/uitspraak?id=ECLI:NL:RVS:2002:AE2324") << true;
    QTest::newRow("HTTPS upper case") << QStringLiteral("HTTPS://www.ind.nl/") << true;
    QTest::newRow("tel") << QStringLiteral("tel:+31201234567") << true;
    QTest::newRow("mailto") << QStringLiteral("mailto:help@example.org") << true;
    QTest::newRow("surrounding spaces trimmed") << QStringLiteral("  https://www.ind.nl/ ") << true;
    QTest::newRow("article") << QStringLiteral("article:law-changing") << true;
    QTest::newRow("glossary") << QStringLiteral("glossary:nader-gehoor") << true;
    QTest::newRow("glossary with digits") << QStringLiteral("glossary:artikel-82") << true;

    QTest::newRow("http") << QStringLiteral("http://www.ind.nl/") << false;
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
    QTest::newRow("JAVASCRIPT") << QStringLiteral("JAVASCRIPT:alert(1)") << false;
    QTest::newRow("JavaScript mixed") << QStringLiteral("JaVaScRiPt:alert(document.cookie)") << false;
    QTest::newRow("vbscript") << QStringLiteral("vbscript:msgbox(1)") << false;
    QTest::newRow("data html") << QStringLiteral("data:text/html,<script>alert(1)</script>") << false;
    QTest::newRow("data base64") << QStringLiteral("data:text/html;base64,PHNjcmlwdD4=") << false;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
    QTest::newRow("intent") << QStringLiteral("intent://scan/#Intent;scheme=zxing;package=com.evil;end")
                            << false;
    QTest::newRow("app scheme") << QStringLiteral("whatsapp://send?text=hi") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://example.org/file") << false;
    QTest::newRow("https: without host") << QStringLiteral("https:") << false;
    QTest::newRow("https:// without host") << QStringLiteral("https://") << false;
    QTest::newRow("https:/// path only") << QStringLiteral("https:///etc/passwd") << false;
    QTest::newRow("https:path") << QStringLiteral("https:www.ind.nl") << false;
    QTest::newRow("tel without number") << QStringLiteral("tel:") << false;
    QTest::newRow("mailto without address") << QStringLiteral("mailto:") << false;
    QTest::newRow("scheme-relative") << QStringLiteral("//evil.example/") << false;
    QTest::newRow("relative path") << QStringLiteral("www.ind.nl") << false;
    QTest::newRow("fragment only") << QStringLiteral("#top") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("only spaces") << QStringLiteral("   ") << false;
    QTest::newRow("leading space javascript") << QStringLiteral(" javascript:alert(1)") << false;
    QTest::newRow("leading tab javascript") << QStringLiteral("\tjavascript:alert(1)") << false;
    QTest::newRow("tab inside scheme") << QStringLiteral("java\tscript:alert(1)") << false;
    QTest::newRow("newline inside scheme") << QStringLiteral("java\nscript:alert(1)") << false;
    QTest::newRow("space inside scheme") << QStringLiteral("java script:alert(1)") << false;
    QTest::newRow("NUL inside scheme")
        << QStringLiteral("java") + QChar(0) + QStringLiteral("script:alert(1)") << false;
    QTest::newRow("space before colon") << QStringLiteral("https ://www.ind.nl/") << false;
    QTest::newRow("space in host") << QStringLiteral("https://www.i nd.nl/") << false;
    QTest::newRow("control char before https") << QChar(1) + QStringLiteral("https://www.ind.nl/") << false;
    QTest::newRow("zero-width space before javascript")
        << QChar(0x200B) + QStringLiteral("javascript:alert(1)") << false;

    // Internal links: the scheme in lower case, then an id as article folders spell them.
    QTest::newRow("article without id") << QStringLiteral("article:") << false;
    QTest::newRow("ARTICLE upper case") << QStringLiteral("ARTICLE:appeal") << false;
    QTest::newRow("article upper-case id") << QStringLiteral("article:Appeal") << false;
    QTest::newRow("article id with path") << QStringLiteral("article:../../etc/passwd") << false;
    QTest::newRow("article id with slash") << QStringLiteral("article:appeal/en") << false;
    QTest::newRow("article id with query") << QStringLiteral("article:appeal?x=1") << false;
    QTest::newRow("article id with space") << QStringLiteral("article: appeal") << false;
    QTest::newRow("article double dash") << QStringLiteral("article:free--lawyer") << false;
    QTest::newRow("article trailing dash") << QStringLiteral("article:appeal-") << false;
    QTest::newRow("article://") << QStringLiteral("article://appeal") << false;
    QTest::newRow("glossary underscore") << QStringLiteral("glossary:nader_gehoor") << false;
    QTest::newRow("glossary javascript") << QStringLiteral("glossary:javascript:alert(1)") << false;
    QTest::newRow("topic scheme") << QStringLiteral("topic:arrival") << false;
}

void tst_LinkPolicy::isAllowedLink()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(rc::content::LinkPolicy::isAllowedLink(url), allowed);
}

void tst_LinkPolicy::scanFindsEveryKindWithLines()
{
    const QString markdown = QStringLiteral(
        "Intro [one](https://a.example/1) and ![pic](https://a.example/p.png \"Title\")\n" // 1
        "\n" // 2
        "<https://auto.example/x> and <mailto:help@example.org>\n" // 3
        "[ref]: https://ref.example/r \"Title\"\n" // 4
        "<img src=\"https://img.example/i.png\"> <a href='https://href.example/h'>x</a>\n" // 5
        "<IFRAME SRC=javascript:alert(1)></IFRAME>\n" // 6
        "   [indented]: tel:+3112345\n" // 7
        "Last line [two](http://b.example/2)"); // 8
    const QList<FoundLink> found = scanMarkdown(markdown);
    const QList<FoundLink> expected = {
        { 1, QStringLiteral("https://a.example/1"), false },
        { 1, QStringLiteral("https://a.example/p.png"), true },
        { 3, QStringLiteral("https://auto.example/x"), false },
        { 3, QStringLiteral("mailto:help@example.org"), false },
        { 4, QStringLiteral("https://ref.example/r"), false },
        { 5, QStringLiteral("https://img.example/i.png"), true },
        { 5, QStringLiteral("https://href.example/h"), false },
        { 6, QStringLiteral("javascript:alert(1)"), true },
        { 7, QStringLiteral("tel:+3112345"), false },
        { 8, QStringLiteral("http://b.example/2"), false },
    };
    QVERIFY2(sameLinks(found, expected), qPrintable(describe(found)));
}

void tst_LinkPolicy::scanInlineVariants_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("isImage");

    QTest::newRow("angle brackets") << QStringLiteral("[x](<https://a.example/>)")
                                    << QStringLiteral("https://a.example/") << false;
    QTest::newRow("spaces inside parens")
        << QStringLiteral("[x](  https://a.example/  )") << QStringLiteral("https://a.example/") << false;
    QTest::newRow("empty text") << QStringLiteral("[](javascript:x)") << QStringLiteral("javascript:x")
                                << false;
    QTest::newRow("empty alt image") << QStringLiteral("![](https://a.example/t.gif)")
                                     << QStringLiteral("https://a.example/t.gif") << true;
    QTest::newRow("upper-case img tag") << QStringLiteral("<IMG SRC='https://a.example/t.gif'>")
                                        << QStringLiteral("https://a.example/t.gif") << true;
    QTest::newRow("unquoted src") << QStringLiteral("<img src=https://a.example/t.gif>")
                                  << QStringLiteral("https://a.example/t.gif") << true;
    QTest::newRow("script src") << QStringLiteral("<script src=\"https://a.example/x.js\"></script>")
                                << QStringLiteral("https://a.example/x.js") << true;
    QTest::newRow("attribute before src")
        << QStringLiteral("<img alt=\"x\" src=\"data:image/png;base64,AAAA\">")
        << QStringLiteral("data:image/png;base64,AAAA") << true;
}

void tst_LinkPolicy::scanInlineVariants()
{
    QFETCH(QString, markdown);
    QFETCH(QString, url);
    QFETCH(bool, isImage);
    const QList<FoundLink> found = scanMarkdown(QStringLiteral("first line\n") + markdown);
    // The same link may be found by more than one pattern; each finding must be this link.
    QVERIFY2(!found.isEmpty(), "nothing found");
    for (const FoundLink &link : found)
        QVERIFY2(sameLinks({ link }, { { 2, url, isImage } }), qPrintable(describe(found)));
}

void tst_LinkPolicy::scanIgnoresPlainText()
{
    const QString text
        = QStringLiteral("Time limit: 1 week. Call the IND (Immigratie- en Naturalisatiedienst).\n"
                         "Ratio 3 < 4 and 5 > 2; [not a link] (with space).\n"
                         "**Bold** and a list:\n- one\n- two");
    const QList<FoundLink> found = scanMarkdown(text);
    QVERIFY2(found.isEmpty(), qPrintable(describe(found)));
}

void tst_LinkPolicy::scanHandlesHostileInput()
{
    // Long runs of the characters the patterns look for must neither hang nor crash, and still find
    // the link at the end.
    QString hostile = QString(20000, QLatin1Char('[')) + QString(20000, QLatin1Char('<'))
        + QString(20000, QLatin1Char(']')) + QStringLiteral("\n") + QString(5000, QLatin1Char('\n'))
        + QStringLiteral("[x](javascript:1)");
    const QList<FoundLink> found = scanMarkdown(hostile);
    QVERIFY(!found.isEmpty());
    QCOMPARE(found.last().line, 5002);
    QCOMPARE(found.last().url, QStringLiteral("javascript:1"));
    QVERIFY(scanMarkdown(QString()).isEmpty());
}

void tst_LinkPolicy::internalLinkParts()
{
    using rc::content::LinkPolicy::InternalLink;
    const auto article = rc::content::LinkPolicy::internalLink(QStringLiteral("article:law-changing"));
    QVERIFY(article.has_value());
    QVERIFY(article->kind == InternalLink::Kind::Article);
    QCOMPARE(article->id, QStringLiteral("law-changing"));
    const auto glossary = rc::content::LinkPolicy::internalLink(QStringLiteral("glossary:voornemen"));
    QVERIFY(glossary.has_value());
    QVERIFY(glossary->kind == InternalLink::Kind::Glossary);
    QCOMPARE(glossary->id, QStringLiteral("voornemen"));
    QVERIFY(!rc::content::LinkPolicy::internalLink(QStringLiteral("https://www.ind.nl/")).has_value());
}

void tst_LinkPolicy::externalLinksAreOnlyWebPhoneAndMail()
{
    // What the system may be asked to open: never an internal link.
    using rc::content::LinkPolicy::isExternalLink;
    QVERIFY(isExternalLink(QStringLiteral("https://www.ind.nl/")));
    QVERIFY(isExternalLink(QStringLiteral("tel:+31201234567")));
    QVERIFY(isExternalLink(QStringLiteral("mailto:help@example.org")));
    QVERIFY(!isExternalLink(QStringLiteral("article:appeal")));
    QVERIFY(!isExternalLink(QStringLiteral("glossary:voornemen")));
    QVERIFY(!isExternalLink(QStringLiteral("http://www.ind.nl/")));
}

void tst_LinkPolicy::scanRawHtml_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QStringList>("tags"); // on line 2

    QTest::newRow("bold tag") << QStringLiteral("This is <b>bold</b>.")
                              << QStringList { QStringLiteral("<b>"), QStringLiteral("</b>") };
    QTest::newRow("script") << QStringLiteral("<script>alert(1)</script>")
                            << QStringList { QStringLiteral("<script>"), QStringLiteral("</script>") };
    QTest::newRow("tag with attributes") << QStringLiteral("<span style=\"color:red\">x")
                                         << QStringList { QStringLiteral("<span style=\"color:red\">") };
    QTest::newRow("self-closing") << QStringLiteral("line<br/>break")
                                  << QStringList { QStringLiteral("<br/>") };
    QTest::newRow("comment") << QStringLiteral("<!-- hidden -->") << QStringList { QStringLiteral("<!--") };
    QTest::newRow("upper case") << QStringLiteral("<IMG SRC=x>")
                                << QStringList { QStringLiteral("<IMG SRC=x>") };
    QTest::newRow("autolink is not HTML") << QStringLiteral("<https://www.ind.nl/>") << QStringList();
    QTest::newRow("mail autolink is not HTML") << QStringLiteral("<help@example.org>") << QStringList();
    QTest::newRow("comparison is not HTML") << QStringLiteral("3 < 4 and 5 > 2, a <= b") << QStringList();
    QTest::newRow("code span is not HTML") << QStringLiteral("Type `<b>` to see it.") << QStringList();
}

void tst_LinkPolicy::scanRawHtml()
{
    QFETCH(QString, markdown);
    QFETCH(QStringList, tags);
    QStringList found;
    for (const auto &html : rc::content::LinkPolicy::scanRawHtml(QStringLiteral("first line\n") + markdown)) {
        QCOMPARE(html.line, 2);
        found.append(html.tag);
    }
    QCOMPARE(found, tags);
}

QTEST_GUILESS_MAIN(tst_LinkPolicy)
#include "tst_linkpolicy.moc"
