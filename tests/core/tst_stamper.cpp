#include "PackFixture.h"
#include "content/Stamper.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using rc::content::Diagnostic;
using rc::content::Diagnostics;
using rc::content::PackSource;
using rc::content::Stamper;
using rc::content::TranslationStatus;
using namespace rc::test;

namespace {

const QString digest = QStringLiteral("0123456789abcdef");

// The warnings that say a translation is shown as outdated, as "relative/file:line".
QStringList outdatedWarnings(const Diagnostics &diagnostics, const QString &pack)
{
    QStringList found;
    for (const Diagnostic &d : diagnostics) {
        if (d.message.contains(QLatin1String("the English text changed")))
            found.append(QStringLiteral("%1:%2").arg(QDir(pack).relativeFilePath(d.file)).arg(d.line));
    }
    found.sort();
    return found;
}

} // namespace

class tst_Stamper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void withBasedOn_data();
    void withBasedOn();
    void withBasedOnRefuses_data();
    void withBasedOnRefuses();
    void stampThenLintShowsNothingOutdated();
    void editingTheEnglishMakesTranslationsOutdated();
    void stampOnlyWhatWasAskedFor();
    void stampKeepsPermissionsAndLeavesNoTemporaryFiles();
    void sourceWithErrorsIsNotUsed();
    void proceduresAreStampedAndGoOutdated();

private:
    QString showcase()
    {
        return copyPack(fixturePack(QStringLiteral("showcase")), m_dir->path(), QStringLiteral("showcase"));
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Stamper::withBasedOn_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");

    QTest::newRow("added before the closing line")
        << QByteArray("---\ntitle: T\nstatus: machine\n---\nBody.\n")
        << QByteArray("---\ntitle: T\nstatus: machine\nbased-on: 0123456789abcdef\n---\nBody.\n");
    QTest::newRow("replaced in place")
        << QByteArray("---\ntitle: T\nbased-on: ffffffffffffffff\nstatus: machine\n---\nBody.\n")
        << QByteArray("---\ntitle: T\nbased-on: 0123456789abcdef\nstatus: machine\n---\nBody.\n");
    QTest::newRow("a malformed value is replaced") << QByteArray("---\nbased-on:   12345  \n---\n")
                                                   << QByteArray("---\nbased-on: 0123456789abcdef\n---\n");
    QTest::newRow("already current") << QByteArray("---\nbased-on: 0123456789abcdef\n---\nBody")
                                     << QByteArray("---\nbased-on: 0123456789abcdef\n---\nBody");
    QTest::newRow("CRLF kept when added")
        << QByteArray("---\r\ntitle: T\r\n---\r\nBody.\r\n")
        << QByteArray("---\r\ntitle: T\r\nbased-on: 0123456789abcdef\r\n---\r\nBody.\r\n");
    QTest::newRow("CRLF kept when replaced")
        << QByteArray("---\r\nbased-on: aaaaaaaaaaaaaaaa\r\n---\r\nBody.\r\n")
        << QByteArray("---\r\nbased-on: 0123456789abcdef\r\n---\r\nBody.\r\n");
    QTest::newRow("byte order mark kept")
        << QByteArray("\xEF\xBB\xBF---\ntitle: T\n---\n")
        << QByteArray("\xEF\xBB\xBF---\ntitle: T\nbased-on: 0123456789abcdef\n---\n");
    QTest::newRow("body lines that look like a header are not touched")
        << QByteArray("---\ntitle: T\n---\nbased-on: ffffffffffffffff\n---\n")
        << QByteArray("---\ntitle: T\nbased-on: 0123456789abcdef\n---\nbased-on: ffffffffffffffff\n---\n");
    QTest::newRow("no final newline")
        << QByteArray("---\ntitle: T\n---") << QByteArray("---\ntitle: T\nbased-on: 0123456789abcdef\n---");
}

void tst_Stamper::withBasedOn()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    const auto result = Stamper::withBasedOn(before, digest);
    QVERIFY(result.has_value());
    QCOMPARE(*result, after);
}

void tst_Stamper::withBasedOnRefuses_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("no header") << QByteArray("title: T\n");
    QTest::newRow("header not closed") << QByteArray("---\ntitle: T\n");
    QTest::newRow("based-on twice") << QByteArray("---\nbased-on: a\nbased-on: b\n---\n");
}

void tst_Stamper::withBasedOnRefuses()
{
    QFETCH(QByteArray, data);
    QVERIFY(!Stamper::withBasedOn(data, digest).has_value());
}

void tst_Stamper::stampThenLintShowsNothingOutdated()
{
    const QString pack = showcase();
    QVERIFY(!pack.isEmpty());
    Diagnostics diagnostics;
    PackSource source = PackSource::load(pack, fixtureToday(), diagnostics);
    QCOMPARE(
        outdatedWarnings(diagnostics, pack),
        QStringList({ QStringLiteral("articles/appeal-time/nl.md:10"), QStringLiteral("glossary/nl.md:5") }));
    QCOMPARE(source.articles.at(0).id, QStringLiteral("appeal-time"));
    QVERIFY(source.articles.at(0).translations.value(QStringLiteral("nl")).effectiveStatus()
            == TranslationStatus::Outdated);

    const QByteArray before = readFile(pack + QStringLiteral("/articles/appeal-time/nl.md"));
    const Stamper::Result result = Stamper::stamp(pack, {}, fixtureToday());
    QVERIFY2(result.problems.isEmpty(), qPrintable(joinDiagnostics(result.problems)));
    QStringList stamped;
    for (const QString &file : result.stamped)
        stamped.append(QDir(pack).relativeFilePath(file));
    QCOMPARE(stamped,
             QStringList({ QStringLiteral("articles/appeal-time/nl.md"), QStringLiteral("glossary/nl.md") }));
    QCOMPARE(result.current.size(), 3); // law-changing/nl, law-changing/ar, glossary/ar

    // Only the based-on line changed.
    const QByteArray after = readFile(pack + QStringLiteral("/articles/appeal-time/nl.md"));
    QCOMPARE(after.size(), before.size());
    QCOMPARE(QString::fromUtf8(after).split(QLatin1Char('\n')).at(9).left(10), QStringLiteral("based-on: "));
    QByteArrayList beforeLines = before.split('\n');
    QByteArrayList afterLines = after.split('\n');
    beforeLines.removeAt(9);
    afterLines.removeAt(9);
    QCOMPARE(afterLines, beforeLines);

    diagnostics.clear();
    source = PackSource::load(pack, fixtureToday(), diagnostics);
    QVERIFY2(outdatedWarnings(diagnostics, pack).isEmpty(), qPrintable(joinDiagnostics(diagnostics)));
    QVERIFY(source.articles.at(0).translations.value(QStringLiteral("nl")).effectiveStatus()
            == TranslationStatus::Machine);
    QVERIFY(source.glossary.value(QStringLiteral("nl")).effectiveStatus() == TranslationStatus::Machine);

    // A second run finds everything current and writes nothing.
    const Stamper::Result again = Stamper::stamp(pack, {}, fixtureToday());
    QVERIFY(again.stamped.isEmpty());
    QCOMPARE(again.current.size(), 5);
}

void tst_Stamper::editingTheEnglishMakesTranslationsOutdated()
{
    const QString pack = showcase();
    QVERIFY(Stamper::stamp(pack, {}, fixtureToday()).problems.isEmpty());

    // The English body of one article and one glossary explanation change.
    QVERIFY(
        replaceInFile(pack + QStringLiteral("/articles/law-changing/en.md"), "12 June 2026", "12 June 2027"));
    QVERIFY(replaceInFile(pack + QStringLiteral("/glossary/en.md"), "for free.", "free of charge."));
    Diagnostics diagnostics;
    const PackSource source = PackSource::load(pack, fixtureToday(), diagnostics);
    QVERIFY(!rc::content::hasErrors(diagnostics));
    QCOMPARE(outdatedWarnings(diagnostics, pack),
             QStringList({ QStringLiteral("articles/law-changing/ar.md:9"),
                           QStringLiteral("articles/law-changing/nl.md:9"),
                           QStringLiteral("glossary/ar.md:5"), QStringLiteral("glossary/nl.md:5") }));
    for (const auto &article : source.articles) {
        if (article.id != QLatin1String("law-changing"))
            continue;
        QVERIFY(article.translations.value(QStringLiteral("nl")).effectiveStatus()
                == TranslationStatus::Outdated);
        // The file still says what the translator wrote.
        QVERIFY(article.translations.value(QStringLiteral("nl")).status == TranslationStatus::Machine);
    }

    // A change to the header only (a new checked date, a source) is no reason to translate again.
    QVERIFY(Stamper::stamp(pack, {}, fixtureToday()).problems.isEmpty());
    QVERIFY(replaceInFile(pack + QStringLiteral("/articles/law-changing/en.md"), "checked: 2025-06-01",
                          "checked: 2025-07-01"));
    QVERIFY(replaceInFile(pack + QStringLiteral("/glossary/en.md"), "status: reviewed", "status: machine"));
    diagnostics.clear();
    PackSource::load(pack, fixtureToday(), diagnostics);
    QVERIFY2(outdatedWarnings(diagnostics, pack).isEmpty(), qPrintable(joinDiagnostics(diagnostics)));
}

void tst_Stamper::stampOnlyWhatWasAskedFor()
{
    const QString pack = showcase();
    QVERIFY(
        replaceInFile(pack + QStringLiteral("/articles/law-changing/en.md"), "12 June 2026", "12 June 2027"));
    auto relative = [&](const QStringList &files) {
        QStringList list;
        for (const QString &file : files)
            list.append(QDir(pack).relativeFilePath(file));
        return list;
    };

    Stamper::Options ar;
    ar.language = QStringLiteral("ar");
    ar.article = QStringLiteral("law-changing");
    QCOMPARE(relative(Stamper::stamp(pack, ar, fixtureToday()).stamped),
             QStringList { QStringLiteral("articles/law-changing/ar.md") });

    // Notes next to the translations are not translations.
    QVERIFY(writeFile(pack + QStringLiteral("/glossary/README.md"), "---\nNotes for translators.\n---\n"));
    Stamper::Options glossary;
    glossary.glossaryOnly = true;
    QCOMPARE(relative(Stamper::stamp(pack, glossary, fixtureToday()).stamped),
             QStringList { QStringLiteral("glossary/nl.md") });

    Stamper::Options nl;
    nl.language = QStringLiteral("nl");
    QCOMPARE(relative(Stamper::stamp(pack, nl, fixtureToday()).stamped),
             QStringList({ QStringLiteral("articles/appeal-time/nl.md"),
                           QStringLiteral("articles/law-changing/nl.md") }));

    Stamper::Options missing;
    missing.article = QStringLiteral("no-such-article");
    const auto result = Stamper::stamp(pack, missing, fixtureToday());
    QVERIFY(result.stamped.isEmpty());
    QCOMPARE(result.problems.size(), 1);
    QVERIFY(result.problems.first().message.contains(QLatin1String("no such article")));

    // English is the source: there is nothing to stamp in it.
    Stamper::Options english;
    english.language = QStringLiteral("en");
    const auto none = Stamper::stamp(pack, english, fixtureToday());
    QVERIFY(none.stamped.isEmpty() && none.current.isEmpty() && none.problems.isEmpty());
    QVERIFY(!readFile(pack + QStringLiteral("/articles/law-changing/en.md")).contains("based-on"));
}

void tst_Stamper::stampKeepsPermissionsAndLeavesNoTemporaryFiles()
{
    const QString pack = showcase();
    const QString file = pack + QStringLiteral("/articles/appeal-time/nl.md");
    const auto permissions
        = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QVERIFY(QFile::setPermissions(file, permissions));
    QVERIFY(Stamper::stamp(pack, {}, fixtureToday()).problems.isEmpty());
    QCOMPARE(QFileInfo(file).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), permissions);
    QCOMPARE(QDir(pack + QStringLiteral("/articles/appeal-time")).entryList(QDir::Files | QDir::Hidden),
             QStringList({ QStringLiteral("en.md"), QStringLiteral("nl.md") }));
}

void tst_Stamper::sourceWithErrorsIsNotUsed()
{
    const QString pack = showcase();
    QVERIFY(replaceInFile(pack + QStringLiteral("/articles/appeal-time/en.md"), "status: reviewed",
                          "status: done"));
    const QByteArray before = readFile(pack + QStringLiteral("/articles/appeal-time/nl.md"));
    Stamper::Options options;
    options.article = QStringLiteral("appeal-time");
    const auto result = Stamper::stamp(pack, options, fixtureToday());
    QVERIFY(result.stamped.isEmpty());
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().file, pack + QStringLiteral("/articles/appeal-time/en.md"));
    QCOMPARE(readFile(pack + QStringLiteral("/articles/appeal-time/nl.md")), before);
}

// The shipped procedures: after stamping, no translation lacks its based-on line; changing one English
// step makes exactly that procedure's translations outdated, and --article or --glossary leave them alone.
void tst_Stamper::proceduresAreStampedAndGoOutdated()
{
    const QString pack = copyPack(sourcePack(QStringLiteral("nl")), m_dir->path(), QStringLiteral("nl"));
    QVERIFY(!pack.isEmpty());
    auto procedureWarnings = [&](const QString &fragment) {
        Diagnostics diagnostics;
        PackSource::load(pack, QDate::currentDate(), diagnostics);
        QStringList found;
        for (const Diagnostic &d : diagnostics) {
            const QString file = QDir(pack).relativeFilePath(d.file);
            if (file.startsWith(QLatin1String("procedures/")) && d.message.contains(fragment))
                found.append(file);
        }
        found.sort();
        return found;
    };
    const QString missing = QStringLiteral("has no 'based-on'");
    const QString outdated = QStringLiteral("the English text changed");

    Stamper::Options glossaryOnly;
    glossaryOnly.glossaryOnly = true;
    QVERIFY(Stamper::stamp(pack, glossaryOnly, QDate::currentDate()).problems.isEmpty());
    const qsizetype unstamped = procedureWarnings(missing).size();

    const Stamper::Result result = Stamper::stamp(pack, {}, QDate::currentDate());
    const QString firstProblem
        = result.problems.isEmpty() ? QString() : result.problems.constFirst().toString();
    QVERIFY2(result.problems.isEmpty(), qPrintable(firstProblem));
    QVERIFY(procedureWarnings(missing).isEmpty());
    QCOMPARE(std::count_if(result.stamped.cbegin(), result.stamped.cend(),
                           [](const QString &f) { return f.contains(QLatin1String("/procedures/")); }),
             unstamped);

    // One English sentence of the appeal procedure changes: its 11 translations are outdated, no other.
    const QString english = QDir(pack).filePath(QStringLiteral("procedures/appeal/en.md"));
    QByteArray text = readFile(english);
    QVERIFY(text.contains("The time limits are short."));
    text.replace("The time limits are short.", "The time limits are very short.");
    QString error;
    QVERIFY2(Stamper::writeAtomically(english, text, &error), qPrintable(error));
    const QStringList changed = procedureWarnings(outdated);
    QCOMPARE(changed.size(), 11);
    for (const QString &file : changed)
        QVERIFY2(file.startsWith(QLatin1String("procedures/appeal/")), qPrintable(file));
    // Restamping brings them back.
    QVERIFY(Stamper::stamp(pack, {}, QDate::currentDate()).problems.isEmpty());
    QVERIFY(procedureWarnings(outdated).isEmpty());
}

QTEST_GUILESS_MAIN(tst_Stamper)
#include "tst_stamper.moc"
