#include "../RecordingFixture.h"
#include "PackFixture.h"
#include "content/PackBuilder.h"
#include "content/PackSource.h"
#include "storage/Database.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using rc::content::Diagnostic;
using rc::content::Diagnostics;
using rc::content::PackSource;
using namespace rc::test;

namespace {

const Diagnostic *findDiagnostic(const Diagnostics &diagnostics, const QString &file, const QString &fragment)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.file == file && d.message.contains(fragment))
            return &d;
    }
    return nullptr;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class tst_PackSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void realPackLoadsWithoutErrors();
    void minimalPackLoadsEveryField();
    void digestIsStableAndSeesEveryByte();
    void digestCoversEveryFile_data();
    void digestCoversEveryFile();
    void contentDateIsNewestCheckedDate();
    void brokenPack_data();
    void brokenPack();
    void oneMistakeOneError();
    void missingFolder();
    void diagnosticToString();
    void eachLintRuleAtItsLine();
    void showcaseLoadsNoticesGlossaryAndEffectiveStatus();
    void translationProblems_data();
    void translationProblems();
    void lawChangingNoticeNeedsTheArticle();
    void glossaryNeedsTheDefaultLanguage();
    void recordingsAreCheckedAndBuilt();

private:
    QString copyMinimal() { return copyPack(fixturePack(QStringLiteral("minimal")), m_dir->path()); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_PackSource::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_PackSource::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_PackSource::realPackLoadsWithoutErrors()
{
    Diagnostics diagnostics;
    const PackSource pack
        = PackSource::load(sourcePack(QStringLiteral("nl")), QDate::currentDate(), diagnostics);
    QVERIFY2(!rc::content::hasErrors(diagnostics), qPrintable(joinDiagnostics(diagnostics)));
    QCOMPARE(pack.metadata.id, QStringLiteral("nl"));
    QCOMPARE(pack.metadata.defaultLanguage, QStringLiteral("en"));
    QVERIFY(pack.metadata.languages.contains(QStringLiteral("nl")));
    QVERIFY(pack.metadata.title.contains(QStringLiteral("en"))
            && pack.metadata.disclaimer.contains(QStringLiteral("nl")));
    QVERIFY(!pack.topics.isEmpty());
    QVERIFY2(pack.articles.size() >= 4, qPrintable(QString::number(pack.articles.size())));
    for (const auto &article : pack.articles) {
        // Every article is in English; other languages may not have it yet (the app shows English).
        QVERIFY2(article.translations.contains(QStringLiteral("en")), qPrintable(article.id));
        for (const QString &language : article.translations.keys())
            QVERIFY2(pack.metadata.languages.contains(language),
                     qPrintable(article.id + QLatin1Char('/') + language));
        for (const auto &file : article.translations) {
            QVERIFY2(!file.title.isEmpty() && !file.body.isEmpty() && !file.sources.isEmpty(),
                     qPrintable(article.id));
            QVERIFY(file.checked.isValid() && file.checked <= QDate::currentDate());
        }
    }
    QCOMPARE(pack.digest.size(), 32);
}

void tst_PackSource::minimalPackLoadsEveryField()
{
    Diagnostics diagnostics;
    const PackSource pack
        = PackSource::load(fixturePack(QStringLiteral("minimal")), fixtureToday(), diagnostics);
    QVERIFY2(diagnostics.isEmpty(), qPrintable(joinDiagnostics(diagnostics)));

    const auto &meta = pack.metadata;
    QCOMPARE(meta.format, 1);
    QCOMPARE(meta.id, QStringLiteral("minimal"));
    QCOMPARE(meta.version, 1);
    QCOMPARE(meta.region, QStringLiteral("NL"));
    QCOMPARE(meta.publisher, QStringLiteral("Rights Companion tests"));
    QCOMPARE(meta.defaultLanguage, QStringLiteral("en"));
    QCOMPARE(meta.languages, QStringList({ QStringLiteral("en"), QStringLiteral("nl") }));
    QCOMPARE(meta.title.value(QStringLiteral("nl")), QStringLiteral("Minimaal testpakket"));
    QCOMPARE(meta.disclaimer.value(QStringLiteral("en")), QStringLiteral("Test content, not advice."));

    // Topics keep the order of topics.json.
    QCOMPARE(pack.topics.size(), 2);
    QCOMPARE(pack.topics.at(0).id, QStringLiteral("start"));
    QCOMPARE(pack.topics.at(0).icon, QStringLiteral("arrival"));
    QCOMPARE(pack.topics.at(0).title.value(QStringLiteral("nl")), QStringLiteral("Eerste stappen"));
    QCOMPARE(pack.topics.at(1).id, QStringLiteral("legal-help"));
    QCOMPARE(pack.topics.at(1).summary.value(QStringLiteral("en")), QStringLiteral("A free lawyer"));

    QCOMPARE(pack.articles.size(), 2);
    QCOMPARE(pack.articles.at(0).id, QStringLiteral("lawyer"));
    QCOMPARE(pack.articles.at(1).id, QStringLiteral("registration"));
    const auto &lawyer = pack.articles.at(0).translations;
    QCOMPARE(sorted(lawyer.keys()), QStringList({ QStringLiteral("en"), QStringLiteral("nl") }));
    QCOMPARE(lawyer.value(QStringLiteral("nl")).title, QStringLiteral("Je gratis advocaat"));
    QCOMPARE(lawyer.value(QStringLiteral("en")).sources.size(), 3);
}

void tst_PackSource::digestIsStableAndSeesEveryByte()
{
    const QString original = sourcePack(QStringLiteral("nl"));
    Diagnostics diagnostics;
    const QByteArray first = PackSource::load(original, QDate::currentDate(), diagnostics).digest;
    const QByteArray second = PackSource::load(original, QDate::currentDate(), diagnostics).digest;
    QCOMPARE(first.size(), 32);
    QCOMPARE(second, first);

    // Where the pack lies does not matter, only what it holds.
    const QString copy = copyPack(original, m_dir->path(), QStringLiteral("nl"));
    QVERIFY(!copy.isEmpty());
    QCOMPARE(PackSource::load(copy, QDate::currentDate(), diagnostics).digest, first);

    // One byte of one article's text changes the digest.
    const QString article = copy + QStringLiteral("/articles/appeal/en.md");
    QByteArray text = readFile(article);
    const qsizetype at = text.size() - 10;
    text[at] = char(text.at(at) == 'x' ? 'y' : 'x');
    QVERIFY(writeFile(article, text));
    const QByteArray edited = PackSource::load(copy, QDate::currentDate(), diagnostics).digest;
    QVERIFY(edited != first);
    QVERIFY(!rc::content::hasErrors(diagnostics));
}

void tst_PackSource::digestCoversEveryFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::newRow("pack.json") << QStringLiteral("pack.json") << QByteArray("not advice.")
                               << QByteArray("not advice!");
    QTest::newRow("topics.json") << QStringLiteral("topics.json") << QByteArray("Your first days")
                                 << QByteArray("Your first day");
    QTest::newRow("translation header") << QStringLiteral("articles/registration/nl.md")
                                        << QByteArray("order: 10") << QByteArray("order: 11");
    QTest::newRow("whitespace at the end of a body")
        << QStringLiteral("articles/lawyer/nl.md") << QByteArray(").\n") << QByteArray(").\n\n");
}

void tst_PackSource::digestCoversEveryFile()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    const QString pack = copyMinimal();
    Diagnostics diagnostics;
    const QByteArray original = PackSource::load(pack, fixtureToday(), diagnostics).digest;
    QVERIFY(replaceInFile(QDir(pack).filePath(file), before, after));
    const QByteArray edited = PackSource::load(pack, fixtureToday(), diagnostics).digest;
    QVERIFY2(diagnostics.isEmpty(), qPrintable(joinDiagnostics(diagnostics)));
    QVERIFY(edited != original);
}

void tst_PackSource::contentDateIsNewestCheckedDate()
{
    const QString pack = copyMinimal();
    Diagnostics diagnostics;
    // The newest date is in a translation (registration/nl.md), not in the default language.
    QCOMPARE(PackSource::load(pack, fixtureToday(), diagnostics).contentDate, QDate(2025, 5, 20));
    QVERIFY(replaceInFile(pack + QStringLiteral("/articles/lawyer/en.md"), "checked: 2025-03-01",
                          "checked: 2025-12-31"));
    QCOMPARE(PackSource::load(pack, fixtureToday(), diagnostics).contentDate, QDate(2025, 12, 31));
    QVERIFY2(diagnostics.isEmpty(), qPrintable(joinDiagnostics(diagnostics)));
}

void tst_PackSource::brokenPack_data()
{
    // action: "replace" (first `before` by `after`), "remove" (file or folder), "write" (`after` as the
    // whole file), "rename" (to the relative path in `after`).
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<QString>("diagnosticFile"); // relative to the pack folder
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("fragment");

    const QString packJson = QStringLiteral("pack.json");
    const QString topicsJson = QStringLiteral("topics.json");
    const QString lawyerEn = QStringLiteral("articles/lawyer/en.md");

    QTest::newRow("pack.json: broken JSON")
        << QStringLiteral("replace") << packJson << QByteArray("\"version\": 1,")
        << QByteArray("\"version\": 1,,") << packJson << 4 << QStringLiteral("invalid JSON");
    QTest::newRow("pack.json: unquoted value")
        << QStringLiteral("replace") << packJson << QByteArray("\"NL\"") << QByteArray("NL") << packJson << 5
        << QStringLiteral("invalid JSON");
    QTest::newRow("pack.json: missing")
        << QStringLiteral("remove") << packJson << QByteArray() << QByteArray() << packJson << 0
        << QStringLiteral("cannot read the file");
    QTest::newRow("pack.json: not an object")
        << QStringLiteral("write") << packJson << QByteArray() << QByteArray("[1, 2]\n") << packJson << 1
        << QStringLiteral("expected a JSON object");
    QTest::newRow("pack.json: empty") << QStringLiteral("write") << packJson << QByteArray() << QByteArray()
                                      << packJson << 1 << QStringLiteral("invalid JSON");
    QTest::newRow("pack.json: over 1 MB") << QStringLiteral("write") << packJson << QByteArray()
                                          << QByteArray(PackSource::MaxJsonBytes, ' ') + "{}" << packJson << 0
                                          << QStringLiteral("the limit is 1048576");
    QTest::newRow("pack.json: format 2")
        << QStringLiteral("replace") << packJson << QByteArray("\"format\": 1") << QByteArray("\"format\": 2")
        << packJson << 2 << QStringLiteral("'format' must be 1");
    QTest::newRow("pack.json: version as text")
        << QStringLiteral("replace") << packJson << QByteArray("\"version\": 1")
        << QByteArray("\"version\": \"1\"") << packJson << 4
        << QStringLiteral("'version' must be a whole number");
    QTest::newRow("pack.json: bad id")
        << QStringLiteral("replace") << packJson << QByteArray("\"id\": \"minimal\"")
        << QByteArray("\"id\": \"../../etc\"") << packJson << 3
        << QStringLiteral("'id' must be lower-case letters");
    QTest::newRow("pack.json: no publisher")
        << QStringLiteral("replace") << packJson << QByteArray("\"Rights Companion tests\"")
        << QByteArray("\"  \"") << packJson << 6 << QStringLiteral("'publisher' is missing");
    QTest::newRow("pack.json: default language not listed")
        << QStringLiteral("replace") << packJson << QByteArray("\"defaultLanguage\": \"en\"")
        << QByteArray("\"defaultLanguage\": \"fr\"") << packJson << 7
        << QStringLiteral("'defaultLanguage' must be one of 'languages'");
    QTest::newRow("pack.json: bad language code")
        << QStringLiteral("replace") << packJson << QByteArray("[\"en\", \"nl\"]")
        << QByteArray("[\"en\", \"../nl\"]") << packJson << 8
        << QStringLiteral("'../nl' is not a language code");
    QTest::newRow("pack.json: disclaimer without default language")
        << QStringLiteral("replace") << packJson << QByteArray("\"en\": \"Test content, not advice.\",")
        << QByteArray() << packJson << 13
        << QStringLiteral("'disclaimer' has no text in the default language");

    QTest::newRow("topics.json: broken JSON")
        << QStringLiteral("replace") << topicsJson << QByteArray("\"icon\": \"legal-help\",")
        << QByteArray("\"icon\": \"legal-help\" \"x\",") << topicsJson << 11
        << QStringLiteral("invalid JSON");
    QTest::newRow("topics.json: duplicate topic id")
        << QStringLiteral("replace") << topicsJson << QByteArray("\"id\": \"legal-help\"")
        << QByteArray("\"id\": \"start\"") << topicsJson << 10
        << QStringLiteral("topic 'start' is listed twice");
    QTest::newRow("topics.json: bad topic id")
        << QStringLiteral("replace") << topicsJson << QByteArray("\"id\": \"legal-help\"")
        << QByteArray("\"id\": \"Legal Help\"") << topicsJson << 10
        << QStringLiteral("topic id 'Legal Help' must be lower-case");
    QTest::newRow("topics.json: title without default language")
        << QStringLiteral("replace") << topicsJson << QByteArray("{ \"en\": \"Legal help\", \"nl\"")
        << QByteArray("{ \"nl\"") << topicsJson << 10
        << QStringLiteral("topic 'legal-help' has no title in the default language");
    QTest::newRow("topics.json: no topics")
        << QStringLiteral("write") << topicsJson << QByteArray() << QByteArray("{ \"topics\": [] }\n")
        << topicsJson << 1 << QStringLiteral("'topics' must be a non-empty array");

    QTest::newRow("article: unknown topic")
        << QStringLiteral("replace") << lawyerEn << QByteArray("topics: legal-help, start")
        << QByteArray("topics: legal-help, housing") << lawyerEn << 4
        << QStringLiteral("topic 'housing' is not defined in topics.json");
    QTest::newRow("article: error keeps its file and line")
        << QStringLiteral("replace") << QStringLiteral("articles/lawyer/nl.md")
        << QByteArray("status: machine") << QByteArray("status: done")
        << QStringLiteral("articles/lawyer/nl.md") << 5 << QStringLiteral("status 'done' is not one of");
    QTest::newRow("article: no default language")
        << QStringLiteral("remove") << lawyerEn << QByteArray() << QByteArray()
        << QStringLiteral("articles/lawyer") << 0
        << QStringLiteral("article 'lawyer' has no text in the default language 'en'");
    QTest::newRow("article: language not in pack.json")
        << QStringLiteral("write") << QStringLiteral("articles/lawyer/fr.md") << QByteArray()
        << QByteArray("---\n") << QStringLiteral("articles/lawyer/fr.md") << 0
        << QStringLiteral("language 'fr' is not listed in pack.json");
    QTest::newRow("article: bad folder name")
        << QStringLiteral("rename") << QStringLiteral("articles/lawyer") << QByteArray()
        << QByteArray("articles/Free_Lawyer") << QStringLiteral("articles/Free_Lawyer") << 0
        << QStringLiteral("article folder name 'Free_Lawyer'");
    QTest::newRow("article: over the size limit")
        << QStringLiteral("write") << QStringLiteral("articles/registration/nl.md") << QByteArray()
        << QByteArray(300 * 1024, '-') << QStringLiteral("articles/registration/nl.md") << 0
        << QStringLiteral("the limit is 262144");
    QTest::newRow("no articles folder")
        << QStringLiteral("remove") << QStringLiteral("articles") << QByteArray() << QByteArray()
        << QStringLiteral("articles") << 0 << QStringLiteral("the pack has no articles folder");
}

void tst_PackSource::brokenPack()
{
    QFETCH(QString, action);
    QFETCH(QString, file);
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(QString, diagnosticFile);
    QFETCH(int, line);
    QFETCH(QString, fragment);

    const QString pack = copyMinimal();
    QVERIFY(!pack.isEmpty());
    const QString target = QDir(pack).filePath(file);
    if (action == QLatin1String("replace")) {
        QVERIFY(replaceInFile(target, before, after));
    } else if (action == QLatin1String("remove")) {
        QVERIFY(QFileInfo(target).isDir() ? QDir(target).removeRecursively() : QFile::remove(target));
    } else if (action == QLatin1String("write")) {
        QVERIFY(writeFile(target, after));
    } else if (action == QLatin1String("rename")) {
        QVERIFY(QDir(pack).rename(file, QString::fromUtf8(after)));
    } else {
        QFAIL("unknown action");
    }

    Diagnostics diagnostics;
    PackSource::load(pack, fixtureToday(), diagnostics);
    QVERIFY(rc::content::hasErrors(diagnostics));
    const Diagnostic *d = findDiagnostic(diagnostics, QDir(pack).filePath(diagnosticFile), fragment);
    QVERIFY2(d, qPrintable(joinDiagnostics(diagnostics)));
    QVERIFY(d->severity == Diagnostic::Severity::Error);
    QVERIFY2(
        d->line == line,
        qPrintable(QStringLiteral("expected line %1 in:\n%2").arg(line).arg(joinDiagnostics(diagnostics))));
}

void tst_PackSource::oneMistakeOneError()
{
    // An error in the default-language text is reported once, at its line; not also as "no text in
    // the default language" for a file that is right there.
    const QString pack = copyMinimal();
    QVERIFY(replaceInFile(pack + QStringLiteral("/articles/lawyer/en.md"), "status: reviewed",
                          "status: finished"));
    Diagnostics diagnostics;
    const PackSource source = PackSource::load(pack, fixtureToday(), diagnostics);
    QVERIFY2(diagnostics.size() == 1, qPrintable(joinDiagnostics(diagnostics)));
    QCOMPARE(diagnostics.first().file, pack + QStringLiteral("/articles/lawyer/en.md"));
    QCOMPARE(diagnostics.first().line, 5);
    QCOMPARE(source.articles.size(), 1); // the lawyer article is left out, the other one is fine
}

void tst_PackSource::missingFolder()
{
    const QString missing = m_dir->filePath(QStringLiteral("nowhere"));
    Diagnostics diagnostics;
    const PackSource pack = PackSource::load(missing, fixtureToday(), diagnostics);
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics.first().file, missing);
    QVERIFY(diagnostics.first().message.contains(QLatin1String("not a folder")));
    QVERIFY(pack.articles.isEmpty());
}

void tst_PackSource::diagnosticToString()
{
    const Diagnostic error { QStringLiteral("content/nl/articles/appeal/en.md"), 7,
                             Diagnostic::Severity::Error,
                             QStringLiteral("status 'x' is not one of reviewed, machine, outdated") };
    QCOMPARE(error.toString(),
             QStringLiteral("content/nl/articles/appeal/en.md:7: error: status 'x' is not one of reviewed, "
                            "machine, outdated"));
    const Diagnostic warning { QStringLiteral("topics.json"), 0, Diagnostic::Severity::Warning,
                               QStringLiteral("topic 'x' has no articles yet") };
    QCOMPARE(warning.toString(), QStringLiteral("topics.json:0: warning: topic 'x' has no articles yet"));
    QVERIFY(!rc::content::hasErrors({ warning }));
    QVERIFY(rc::content::hasErrors({ warning, error }));

    // A real one, as rcpack prints it.
    const QString pack = copyMinimal();
    QVERIFY(replaceInFile(pack + QStringLiteral("/pack.json"), "\"format\": 1", "\"format\": 2"));
    Diagnostics diagnostics;
    PackSource::load(pack, fixtureToday(), diagnostics);
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics.first().toString(),
             pack + QStringLiteral("/pack.json:2: error: 'format' must be 1"));
}

void tst_PackSource::eachLintRuleAtItsLine()
{
    // tests/data/packs/lint-rules holds one mistake for each rule; every diagnostic, exactly.
    const QString pack = fixturePack(QStringLiteral("lint-rules"));
    Diagnostics diagnostics;
    const PackSource source = PackSource::load(pack, fixtureToday(), diagnostics);
    QStringList found;
    for (const Diagnostic &d : diagnostics)
        found.append(QDir(pack).relativeFilePath(d.file) + d.toString().mid(d.file.size()));
    found.sort();
    const QString onlyLinks
        = QStringLiteral("only https:, tel:, mailto:, article:<id> and glossary:<id> links");
    QStringList expected {
        // broken internal links
        QStringLiteral(
            "articles/links/en.md:10: error: broken link 'article:appeal': there is no article 'appeal'"),
        QStringLiteral(
            "articles/links/en.md:12: error: broken link 'glossary:beslistermijn': the glossary has no "
            "entry 'beslistermijn'"),
        // a long sentence
        QStringLiteral(
            "articles/links/en.md:14: warning: sentence of 36 words; keep sentences to 30 words or "
            "fewer (\"This sentence is far too long for people ...\")"),
        // a translation made from an older English text
        QStringLiteral("articles/links/nl.md:9: warning: the English text changed since this translation was "
                       "made; it is shown as outdated"),
        // a based-on that is not a digest
        QStringLiteral(
            "articles/lawyer/nl.md:9: error: based-on '12345' is not 16 lower-case hex digits; let "
            "'rcpack stamp' write it"),
        // http, javascript: and raw HTML
        QStringLiteral("articles/unsafe/en.md:10: error: link 'http://www.ind.nl/' is not allowed: ")
            + onlyLinks,
        QStringLiteral("articles/unsafe/en.md:12: error: link 'javascript:alert(1' is not allowed: ")
            + onlyLinks,
        QStringLiteral(
            "articles/unsafe/en.md:14: error: raw HTML is not allowed ('<b>'): write Markdown instead"),
        // a glossary id twice, and one a translation made up
        QStringLiteral("glossary/en.md:10: error: glossary id 'voornemen' is used twice (first on line 6)"),
        QStringLiteral(
            "glossary/nl.md:10: error: glossary id 'gehoor' is not in the English glossary (en.md)"),
        // one warning per language with missing translations
        QStringLiteral(
            "pack.json:8: warning: language 'nl': 1 of 2 articles are not translated yet; the app shows "
            "them in the default language (en)"),
    };
    expected.sort();
    QCOMPARE(found, expected);
    // Files with errors are left out; the rest is there.
    QCOMPARE(source.articles.size(), 2);
    QVERIFY(source.glossary.isEmpty());
}

void tst_PackSource::showcaseLoadsNoticesGlossaryAndEffectiveStatus()
{
    Diagnostics diagnostics;
    const PackSource pack
        = PackSource::load(fixturePack(QStringLiteral("showcase")), fixtureToday(), diagnostics);
    QVERIFY2(!rc::content::hasErrors(diagnostics), qPrintable(joinDiagnostics(diagnostics)));
    QCOMPARE(pack.articles.size(), 3);
    const auto &appeal = pack.articles.at(0);
    QCOMPARE(appeal.id, QStringLiteral("appeal-time"));
    QCOMPARE(appeal.translations.value(QStringLiteral("en")).notice, QStringLiteral("law-changing"));
    // The Dutch file says "machine", but its English text changed since: outdated.
    const auto &dutch = appeal.translations.value(QStringLiteral("nl"));
    QVERIFY(dutch.status == rc::content::TranslationStatus::Machine);
    QVERIFY(dutch.sourceChanged);
    QVERIFY(dutch.effectiveStatus() == rc::content::TranslationStatus::Outdated);
    const auto &lawChanging = pack.articles.at(2).translations;
    QVERIFY(lawChanging.value(QStringLiteral("ar")).effectiveStatus()
            == rc::content::TranslationStatus::Machine);

    QCOMPARE(sorted(pack.glossary.keys()),
             QStringList({ QStringLiteral("ar"), QStringLiteral("en"), QStringLiteral("nl") }));
    const auto &english = pack.glossary.value(QStringLiteral("en"));
    QCOMPARE(english.entries.size(), 3);
    QCOMPARE(english.entries.at(1).term, QStringLiteral("Nader gehoor"));
    QVERIFY(pack.glossary.value(QStringLiteral("nl")).effectiveStatus()
            == rc::content::TranslationStatus::Outdated);
    QVERIFY(pack.glossary.value(QStringLiteral("ar")).effectiveStatus()
            == rc::content::TranslationStatus::Machine);

    // A glossary is part of what the digest covers.
    const QString copy
        = copyPack(fixturePack(QStringLiteral("showcase")), m_dir->path(), QStringLiteral("showcase"));
    QVERIFY(replaceInFile(copy + QStringLiteral("/glossary/ar.md"), "status: machine", "status: reviewed"));
    QVERIFY(PackSource::load(copy, fixtureToday(), diagnostics).digest != pack.digest);
}

void tst_PackSource::translationProblems_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<QString>("expected"); // relative "file:line: severity: message"

    QTest::newRow("translation without based-on")
        << QStringLiteral("articles/law-changing/nl.md") << QByteArray("based-on: d1a9b3588cfd9935\n")
        << QByteArray()
        << QStringLiteral(
               "articles/law-changing/nl.md:9: warning: this translation has no 'based-on'; once it "
               "matches the English text, run 'rcpack stamp' to record that");
    QTest::newRow("glossary translation without based-on")
        << QStringLiteral("glossary/ar.md") << QByteArray("based-on: 42cca4c1b46fd6a1\n") << QByteArray()
        << QStringLiteral(
               "glossary/ar.md:5: warning: this translation has no 'based-on'; once it matches the "
               "English text, run 'rcpack stamp' to record that");
    QTest::newRow("based-on in the source language")
        << QStringLiteral("articles/english-only/en.md") << QByteArray("order: 30\n")
        << QByteArray("order: 30\nbased-on: 0123456789abcdef\n")
        << QStringLiteral(
               "articles/english-only/en.md:8: warning: based-on is for translations; the en text is "
               "the source");
    QTest::newRow("notice only in a translation")
        << QStringLiteral("articles/law-changing/nl.md") << QByteArray("order: 10\n")
        << QByteArray("order: 10\nnotice: law-changing\n")
        << QStringLiteral(
               "articles/law-changing/nl.md:8: warning: notice differs from the en article's; the app "
               "shows the en article's notice ('none')");
    QTest::newRow("glossary term changed in a translation")
        << QStringLiteral("glossary/ar.md") << QByteArray("## Voornemen {#voornemen}")
        << QByteArray("## Intention {#voornemen}")
        << QStringLiteral(
               "glossary/ar.md:15: error: the term of 'voornemen' must be the Dutch term as in en.md: "
               "'Voornemen', not 'Intention'");
    QTest::newRow("translation's broken article link")
        << QStringLiteral("articles/appeal-time/nl.md") << QByteArray("(article:law-changing)")
        << QByteArray("(article:new-law)")
        << QStringLiteral(
               "articles/appeal-time/nl.md:16: error: broken link 'article:new-law': there is no article "
               "'new-law'");
    QTest::newRow("glossary's broken glossary link")
        << QStringLiteral("glossary/ar.md") << QByteArray("(glossary:nader-gehoor)")
        << QByteArray("(glossary:gehoor)")
        << QStringLiteral(
               "glossary/ar.md:17: error: broken link 'glossary:gehoor': the glossary has no entry 'gehoor'");
    QTest::newRow("long Dutch sentence")
        << QStringLiteral("articles/law-changing/nl.md") << QByteArray("Vraag je")
        << QByteArray(
               "Dit is een hele lange zin die maar doorgaat en doorgaat met het ene woord na het andere "
               "woord zodat niemand meer weet waar hij begon of waar hij ooit zal eindigen want dat weet "
               "niemand. Vraag je")
        << QStringLiteral(
               "articles/law-changing/nl.md:11: warning: sentence of 36 words; keep sentences to 30 "
               "words or fewer (\"Dit is een hele lange zin die maar ...\")");
    QTest::newRow("long sentences in Arabic are not checked")
        << QStringLiteral("articles/law-changing/ar.md") << QByteArray("\xd8\xa7\xd8\xb3\xd8\xa3\xd9\x84")
        << QByteArray(QString(QStringLiteral("\u0643\u0644\u0645\u0629 ")).repeated(40).toUtf8())
        << QString();
}

void tst_PackSource::translationProblems()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(QString, expected);
    const QString pack
        = copyPack(fixturePack(QStringLiteral("showcase")), m_dir->path(), QStringLiteral("showcase"));
    Diagnostics baseline;
    PackSource::load(pack, fixtureToday(), baseline);
    QVERIFY(replaceInFile(QDir(pack).filePath(file), before, after));
    Diagnostics diagnostics;
    PackSource::load(pack, fixtureToday(), diagnostics);
    // Exactly one new diagnostic (none for the last row).
    QStringList added;
    for (const Diagnostic &d : diagnostics) {
        const QString line = QDir(pack).relativeFilePath(d.file) + d.toString().mid(d.file.size());
        bool known = false;
        for (const Diagnostic &b : baseline)
            known = known || b.toString() == d.toString();
        if (!known)
            added.append(line);
    }
    QCOMPARE(added, expected.isEmpty() ? QStringList() : QStringList { expected });
}

void tst_PackSource::lawChangingNoticeNeedsTheArticle()
{
    const QString pack
        = copyPack(fixturePack(QStringLiteral("showcase")), m_dir->path(), QStringLiteral("showcase"));
    QVERIFY(QDir(pack + QStringLiteral("/articles/law-changing")).removeRecursively());
    // Nothing else links to it, so the notice is the one problem.
    QVERIFY(replaceInFile(pack + QStringLiteral("/articles/appeal-time/en.md"), "(article:law-changing)",
                          "(glossary:voornemen)"));
    QVERIFY(replaceInFile(pack + QStringLiteral("/articles/appeal-time/nl.md"), "(article:law-changing)",
                          "(glossary:voornemen)"));
    QVERIFY(replaceInFile(pack + QStringLiteral("/glossary/en.md"),
                          " Read [what is changing](article:law-changing).", ""));
    Diagnostics diagnostics;
    PackSource::load(pack, fixtureToday(), diagnostics);
    QStringList errors;
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == Diagnostic::Severity::Error)
            errors.append(QDir(pack).relativeFilePath(d.file) + d.toString().mid(d.file.size()));
    }
    QCOMPARE(
        errors,
        QStringList { QStringLiteral("articles/appeal-time/en.md:8: error: notice 'law-changing' links to "
                                     "the article 'law-changing', which this pack does not have "
                                     "(articles/law-changing/en.md)") });
}

void tst_PackSource::glossaryNeedsTheDefaultLanguage()
{
    const QString pack
        = copyPack(fixturePack(QStringLiteral("showcase")), m_dir->path(), QStringLiteral("showcase"));
    QVERIFY(QFile::remove(pack + QStringLiteral("/glossary/en.md")));
    Diagnostics diagnostics;
    const PackSource source = PackSource::load(pack, fixtureToday(), diagnostics);
    const Diagnostic *d
        = findDiagnostic(diagnostics, pack + QStringLiteral("/glossary"),
                         QStringLiteral("the glossary has no text in the default language: add en.md"));
    QVERIFY2(d, qPrintable(joinDiagnostics(diagnostics)));
    QCOMPARE(d->line, 0);
    QVERIFY(source.glossary.isEmpty());

    // A glossary file in a language the pack does not list.
    const QString other
        = copyPack(fixturePack(QStringLiteral("showcase")), m_dir->path(), QStringLiteral("showcase2"));
    QVERIFY(
        QFile::copy(other + QStringLiteral("/glossary/ar.md"), other + QStringLiteral("/glossary/fa.md")));
    diagnostics.clear();
    PackSource::load(other, fixtureToday(), diagnostics);
    QVERIFY2(findDiagnostic(diagnostics, other + QStringLiteral("/glossary/fa.md"),
                            QStringLiteral("language 'fa' is not listed in pack.json")),
             qPrintable(joinDiagnostics(diagnostics)));
}

void tst_PackSource::recordingsAreCheckedAndBuilt()
{
    const rc::test::Recording made = rc::test::makeRecording(QStringLiteral("Welcome. This is a test."));
    QVERIFY2(made.error.isEmpty(), qPrintable(made.error));
    const QString dir = copyMinimal();
    Diagnostics diagnostics;
    PackSource pack = PackSource::load(dir, fixtureToday(), diagnostics);
    QVERIFY2(!rc::content::hasErrors(diagnostics), qPrintable(joinDiagnostics(diagnostics)));
    QVERIFY(!pack.articles.isEmpty());
    const QString article = pack.articles.first().id;
    const QString folder = QDir(dir).filePath(QStringLiteral("articles/") + article);

    // A good recording: read, measured, and part of the pack's digest.
    const QByteArray digestBefore = pack.digest;
    QVERIFY(writeFile(QDir(folder).filePath(QStringLiteral("en.opus")), made.opus));
    diagnostics.clear();
    pack = PackSource::load(dir, fixtureToday(), diagnostics);
    QVERIFY2(!rc::content::hasErrors(diagnostics), qPrintable(joinDiagnostics(diagnostics)));
    QCOMPARE(pack.articles.first().recordings.keys(), QStringList { QStringLiteral("en") });
    QCOMPARE(pack.articles.first().recordings.value(QStringLiteral("en")).data, made.opus);
    QVERIFY(pack.articles.first().recordings.value(QStringLiteral("en")).info.durationMs > 1000);
    QVERIFY(pack.digest != digestBefore);

    // It is in the compiled pack as the file itself, with its duration.
    QString error;
    const QString built = buildPack(dir, m_dir->filePath(QStringLiteral("out")), &error);
    QVERIFY2(!built.isEmpty(), qPrintable(error));
    rc::storage::Database db;
    QVERIFY(db.open(built, rc::storage::Database::Mode::ReadOnly));
    auto row = db.prepare(QStringLiteral("SELECT lang, codec, duration_ms, data FROM article_audio"));
    QVERIFY(row.step());
    QCOMPARE(row.text(0), QStringLiteral("en"));
    QCOMPARE(row.text(1), QStringLiteral("opus"));
    QCOMPARE(row.integer(2), pack.articles.first().recordings.value(QStringLiteral("en")).info.durationMs);
    QCOMPARE(row.blob(3), made.opus);
    QVERIFY(!row.step());

    // A damaged one is an error at its file; so is one in a language the pack does not have.
    QByteArray damaged = made.opus;
    damaged[damaged.size() / 2] = char(damaged[damaged.size() / 2] ^ 0x55);
    QVERIFY(writeFile(QDir(folder).filePath(QStringLiteral("en.opus")), damaged));
    QVERIFY(writeFile(QDir(folder).filePath(QStringLiteral("xx.opus")), made.opus));
    // A WAV file renamed is not a recording either.
    QVERIFY(writeFile(QDir(folder).filePath(QStringLiteral("nl.opus")), QByteArray("RIFF....WAVEfmt ")));
    diagnostics.clear();
    PackSource::load(dir, fixtureToday(), diagnostics);
    const QString all = joinDiagnostics(diagnostics);
    QVERIFY2(all.contains(QStringLiteral("en.opus:0: error: not a usable recording")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("xx.opus:0: error: language 'xx' is not listed")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("nl.opus:0: error: not a usable recording: it is not an Ogg file")),
             qPrintable(all));
}

QTEST_GUILESS_MAIN(tst_PackSource)
#include "tst_packsource.moc"
