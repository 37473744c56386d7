#include "content/GlossaryFile.h"

#include <QByteArrayList>
#include <QStandardPaths>
#include <QTest>

using rc::content::Diagnostic;
using rc::content::Diagnostics;
using rc::content::GlossaryFile;

namespace {

const QDate today(2026, 1, 1);
const QString fileName = QStringLiteral("glossary/en.md");

// A valid glossary; the numbers are the file's line numbers the cases below refer to.
QByteArrayList validLines()
{
    return {
        "---", // 1
        "status: reviewed", // 2
        "checked: 2025-06-01", // 3
        "source: https://ind.nl/", // 4
        "---", // 5
        "## Advocaat {#advocaat}", // 6
        "", // 7
        "A lawyer. In the asylum procedure you get one for free.", // 8
        "", // 9
        "## Nader gehoor {#nader-gehoor}", // 10
        "", // 11
        "The detailed interview with the IND about your reasons for asylum.", // 12
        "", // 13
        "## Voornemen {#voornemen}", // 14
        "", // 15
        "A letter that says the IND plans to reject your application.", // 16
        "It comes after the [nader gehoor](glossary:nader-gehoor).", // 17
    };
}

QByteArray join(const QByteArrayList &lines)
{
    return lines.join('\n') + '\n';
}

QByteArray withLine(int line, const QByteArray &text)
{
    QByteArrayList lines = validLines();
    lines[line - 1] = text;
    return join(lines);
}

QByteArray withInserted(int line, const QByteArray &text)
{
    QByteArrayList lines = validLines();
    lines.insert(line - 1, text);
    return join(lines);
}

QByteArray withoutLine(int line)
{
    QByteArrayList lines = validLines();
    lines.removeAt(line - 1);
    return join(lines);
}

QString describe(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines.isEmpty() ? QStringLiteral("(no diagnostics)") : lines.join(QLatin1Char('\n'));
}

GlossaryFile parseClean(const QByteArray &data, const QString &file = fileName)
{
    Diagnostics diagnostics;
    GlossaryFile glossary = GlossaryFile::parse(data, file, today, diagnostics);
    [&] { QVERIFY2(diagnostics.isEmpty(), qPrintable(describe(diagnostics))); }();
    return glossary;
}

} // namespace

class tst_GlossaryFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void validGlossaryParses();
    void crlfAndByteOrderMark();
    void sourceDigestCoversEntriesOnly();
    void tooManySentencesIsAWarning();
    void badInput_data();
    void badInput();
    void translationMatchesTheEnglishIds();
};

void tst_GlossaryFile::validGlossaryParses()
{
    const GlossaryFile glossary = parseClean(join(validLines()));
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(toString(glossary.status), QStringLiteral("reviewed"));
    QCOMPARE(glossary.checked, QDate(2025, 6, 1));
    QCOMPARE(glossary.sources, QStringList { QStringLiteral("https://ind.nl/") });
    QCOMPARE(glossary.entries.size(), 3);
    const auto &advocaat = glossary.entries.at(0);
    QCOMPARE(advocaat.id, QStringLiteral("advocaat"));
    QCOMPARE(advocaat.term, QStringLiteral("Advocaat"));
    QCOMPARE(advocaat.explanation, QStringLiteral("A lawyer. In the asylum procedure you get one for free."));
    QCOMPARE(advocaat.line, 6);
    QCOMPARE(advocaat.sentences, 2);
    QCOMPARE(glossary.entries.at(1).term, QStringLiteral("Nader gehoor"));
    QCOMPARE(glossary.entries.at(2).explanation,
             QStringLiteral("A letter that says the IND plans to reject your application.\n"
                            "It comes after the [nader gehoor](glossary:nader-gehoor)."));
    QCOMPARE(glossary.entries.at(2).line, 14);
    QCOMPARE(glossary.internalLinks.size(), 1);
    QCOMPARE(glossary.internalLinks.first().line, 17);
    QCOMPARE(glossary.internalLinks.first().link.id, QStringLiteral("nader-gehoor"));
    QVERIFY(glossary.find(QStringLiteral("voornemen")));
    QVERIFY(!glossary.find(QStringLiteral("zienswijze")));
    QVERIFY(glossary.basedOn.isEmpty());

    // A translation's based-on, and terms with accents and digits.
    const GlossaryFile translated
        = parseClean(join({ "---", "status: machine", "checked: 2025-06-01", "source: https://ind.nl/",
                            "based-on: 0123456789abcdef", "---", "## Artikel 3 EVRM {#artikel-3-evrm}",
                            "Verbod op foltering.", "## Één loket {#een-loket}", "Eén plek voor alles." }),
                     QStringLiteral("glossary/nl.md"));
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(translated.basedOn, QStringLiteral("0123456789abcdef"));
    QCOMPARE(translated.basedOnLine, 5);
    QCOMPARE(translated.entries.at(1).term, QStringLiteral("Één loket"));
    QCOMPARE(translated.entries.at(1).id, QStringLiteral("een-loket"));
}

void tst_GlossaryFile::crlfAndByteOrderMark()
{
    QByteArray data = "\xEF\xBB\xBF" + join(validLines());
    data.replace("\n", "\r\n");
    const GlossaryFile glossary = parseClean(data);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(glossary.entries.size(), 3);
    QCOMPARE(glossary.entries.at(1).line, 10);
    QVERIFY(!glossary.entries.at(2).explanation.contains(QLatin1Char('\r')));
    QCOMPARE(glossary.sourceDigest(), parseClean(join(validLines())).sourceDigest());
}

void tst_GlossaryFile::sourceDigestCoversEntriesOnly()
{
    const QString digest = parseClean(join(validLines())).sourceDigest();
    QCOMPARE(digest.size(), 16);
    // Not the header, not blank lines between entries.
    QCOMPARE(parseClean(withLine(2, "status: machine")).sourceDigest(), digest);
    QCOMPARE(parseClean(withLine(4, "source: https://www.rvr.org/")).sourceDigest(), digest);
    QCOMPARE(parseClean(withLine(9, "\n\n")).sourceDigest(), digest);
    // But every id, term and explanation, and their order.
    QVERIFY(parseClean(withLine(6, "## Advocaat {#lawyer}")).sourceDigest() != digest);
    QVERIFY(parseClean(withLine(6, "## De advocaat {#advocaat}")).sourceDigest() != digest);
    QVERIFY(parseClean(withLine(8, "A lawyer.")).sourceDigest() != digest);
    QByteArrayList swapped = validLines();
    swapped.swapItemsAt(5, 9);
    swapped.swapItemsAt(7, 11);
    QVERIFY(parseClean(join(swapped)).sourceDigest() != digest);
}

void tst_GlossaryFile::tooManySentencesIsAWarning()
{
    Diagnostics diagnostics;
    const GlossaryFile glossary = GlossaryFile::parse(
        withLine(8, "A lawyer. You get one. It is free. Ask for one."), fileName, today, diagnostics);
    QCOMPARE(diagnostics.size(), 1);
    QVERIFY(diagnostics.first().severity == Diagnostic::Severity::Warning);
    QCOMPARE(diagnostics.first().line, 6);
    QVERIFY2(diagnostics.first().message.contains(QLatin1String("'advocaat' has 4 sentences")),
             qPrintable(describe(diagnostics)));
    QCOMPARE(glossary.entries.size(), 3);
}

void tst_GlossaryFile::badInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("no header") << join(validLines().mid(5)) << 1
                               << QStringLiteral("glossary must start with a '---'");
    QTest::newRow("article key in header")
        << withInserted(2, "title: Glossary") << 2 << QStringLiteral("unknown header key 'title'");
    QTest::newRow("notice in header")
        << withInserted(2, "notice: law-changing") << 2 << QStringLiteral("unknown header key 'notice'");
    QTest::newRow("no status") << withoutLine(2) << 4 << QStringLiteral("no 'status'");
    QTest::newRow("no checked") << withoutLine(3) << 4 << QStringLiteral("no 'checked'");
    QTest::newRow("no source") << withoutLine(4) << 4 << QStringLiteral("at least one 'source:'");
    QTest::newRow("bad status") << withLine(2, "status: done") << 2 << QStringLiteral("status 'done'");
    QTest::newRow("bad based-on") << withInserted(5, "based-on: xyz") << 5
                                  << QStringLiteral("based-on 'xyz'");

    QTest::newRow("duplicate id") << withLine(14, "## Zienswijze {#advocaat}") << 14
                                  << QStringLiteral("glossary id 'advocaat' is used twice (first on line 6)");
    QTest::newRow("heading without id") << withLine(10, "## Nader gehoor") << 10
                                        << QStringLiteral("a glossary heading is '## <Dutch term> {#<id>}'");
    QTest::newRow("upper-case id") << withLine(10, "## Nader gehoor {#Nader-Gehoor}") << 10
                                   << QStringLiteral("glossary id 'Nader-Gehoor' must be lower-case");
    QTest::newRow("id with a space") << withLine(10, "## Nader gehoor {#nader gehoor}") << 10
                                     << QStringLiteral("glossary id 'nader gehoor'");
    QTest::newRow("empty term") << withLine(10, "## {#nader-gehoor}") << 10
                                << QStringLiteral("glossary entry 'nader-gehoor' has no term");
    QTest::newRow("term too long") << withLine(10, "## " + QByteArray(81, 'x') + " {#lang}") << 10
                                   << QStringLiteral("term is 81 characters");
    QTest::newRow("level-1 heading") << withLine(10, "# Nader gehoor {#nader-gehoor}") << 10
                                     << QStringLiteral("bad heading");
    QTest::newRow("nested heading") << withInserted(9, "### More about lawyers") << 9
                                    << QStringLiteral("bad heading");
    QTest::newRow("text before the first entry")
        << withInserted(6, "Words used in this app.") << 6 << QStringLiteral("text before the first entry");
    QTest::newRow("empty explanation")
        << withLine(12, "") << 10 << QStringLiteral("glossary entry 'nader-gehoor' has no explanation");
    QTest::newRow("last entry without explanation")
        << join(validLines().mid(0, 15)) << 14 << QStringLiteral("'voornemen' has no explanation");
    QTest::newRow("no entries") << join(validLines().mid(0, 5)) << 5
                                << QStringLiteral("the glossary has no entries");
    QTest::newRow("http link") << withLine(8, "A [lawyer](http://www.rvr.org/).") << 8
                               << QStringLiteral("link 'http://www.rvr.org/' is not allowed");
    QTest::newRow("javascript link") << withLine(8, "A [lawyer](javascript:alert(1)).") << 8
                                     << QStringLiteral("link 'javascript:alert(1' is not allowed");
    QTest::newRow("image") << withLine(8, "![lawyer](https://example.org/l.png)") << 8
                           << QStringLiteral("images are not allowed in the glossary");
    QTest::newRow("raw HTML") << withLine(12, "The <i>detailed</i> interview.") << 12
                              << QStringLiteral("raw HTML is not allowed ('<i>')");
    QTest::newRow("not UTF-8") << withLine(8, "A \xFF lawyer.") << 0 << QStringLiteral("not valid UTF-8");
    QTest::newRow("too big") << join(validLines()) + QByteArray(GlossaryFile::MaxFileBytes, 'x') << 0
                             << QStringLiteral("a glossary may be at most 524288 bytes");
}

void tst_GlossaryFile::badInput()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(QString, fragment);
    Diagnostics diagnostics;
    GlossaryFile::parse(data, fileName, today, diagnostics);
    // One mistake, one error.
    QVERIFY2(diagnostics.size() == 1, qPrintable(describe(diagnostics)));
    const Diagnostic &d = diagnostics.first();
    QVERIFY(d.severity == Diagnostic::Severity::Error);
    QCOMPARE(d.file, fileName);
    QVERIFY2(d.message.contains(fragment), qPrintable(describe(diagnostics)));
    QCOMPARE(d.line, line);
}

void tst_GlossaryFile::translationMatchesTheEnglishIds()
{
    const GlossaryFile english = parseClean(join(validLines()));
    const QString nlFile = QStringLiteral("glossary/nl.md");
    const GlossaryFile dutch = parseClean(
        join({ "---", "status: machine", "checked: 2025-06-01", "source: https://ind.nl/", "---", // 1-5
               "## Advocaat {#advocaat}", "Iemand die je juridisch helpt.", // 6-7
               "## Gehoor {#gehoor}", "Een gesprek met de IND.", // 8-9
               "## Lawyer {#nader-gehoor}", "Het uitgebreide gesprek." }), // 10-11
        nlFile);
    QVERIFY(!QTest::currentTestFailed());
    Diagnostics diagnostics;
    dutch.checkTranslation(english, nlFile, diagnostics);
    QStringList found;
    for (const Diagnostic &d : diagnostics)
        found.append(d.toString());
    QCOMPARE(
        found,
        QStringList({
            QStringLiteral(
                "glossary/nl.md:8: error: glossary id 'gehoor' is not in the English glossary (en.md)"),
            QStringLiteral(
                "glossary/nl.md:10: error: the term of 'nader-gehoor' must be the Dutch term as in "
                "en.md: 'Nader gehoor', not 'Lawyer'"),
            QStringLiteral("glossary/nl.md:0: warning: glossary entry 'voornemen' is not translated yet; the "
                           "app shows the English explanation"),
        }));
}

QTEST_GUILESS_MAIN(tst_GlossaryFile)
#include "tst_glossaryfile.moc"
