// The content search end to end: the `babel` fixture pack built with PackBuilder, installed with
// ContentStore::importPack, searched the way the app's search page searches. One article in all twelve
// languages, typed the ways people type.
#include "content/ContentSchema.h"
#include "content/ContentStore.h"
#include "content/PackBuilder.h"
#include "content/PackSource.h"
#include "search/SearchIndex.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using rc::content::ContentStore;
using rc::search::SearchHit;
using rc::search::SearchIndex::matchExpression;
using rc::search::SearchIndex::plainText;
using rc::storage::Database;

namespace {

const rc::search::HighlightMarks Marks { QStringLiteral("["), QStringLiteral("]") };

QString babelSource()
{
    return QStringLiteral(RC_SEARCH_PACKS "/babel");
}

QString buildBabel(const QString &outputDir, QString *error)
{
    rc::content::Diagnostics diagnostics;
    const auto source = rc::content::PackSource::load(babelSource(), QDate(2026, 1, 1), diagnostics);
    if (rc::content::hasErrors(diagnostics)) {
        for (const auto &d : diagnostics)
            *error += d.toString() + QLatin1Char('\n');
        return {};
    }
    return rc::content::PackBuilder::build(source, outputDir, error);
}

QString ids(const QList<SearchHit> &hits)
{
    QStringList result;
    for (const SearchHit &hit : hits)
        result.append(hit.kind + QLatin1Char(':') + hit.item + QLatin1Char(':') + hit.language);
    return result.join(QLatin1Char(' '));
}

} // namespace

class tst_SearchIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void arabicTypedWithoutTashkeel_data();
    void arabicTypedWithoutTashkeel();
    void persianAndDariTypedOnAnArabicKeyboard_data();
    void persianAndDariTypedOnAnArabicKeyboard();
    void soraniKeepsItsLetters();
    void pashtoKeepsItsLetters();
    void turkishTypedWithOrWithoutTurkishLetters_data();
    void turkishTypedWithOrWithoutTurkishLetters();
    void ukrainianAnyCaseAndApostrophe_data();
    void ukrainianAnyCaseAndApostrophe();
    void tigrinyaWords();
    void frenchWithoutAccents_data();
    void frenchWithoutAccents();
    void prefixAsYouType();
    void rankingTitleBeforeText();
    void currentLanguageFirstThenEnglish();
    void englishWhenNothingMatchesInTheLanguage();
    void snippetsAndTitlesAreHighlighted();
    void hostileQueriesNeverFail_data();
    void hostileQueriesNeverFail();
    void matchExpressionQuotesEverything();
    void reinstallReplacesTheIndexRows();
    void indexInThePackFileIsNotTrusted();
    void olderDatabaseGetsTheIndex();
    void migrationsAreInAscendingOrder();
    void plainTextFromMarkdown();
    void procedureStepsAndContactsAreFound();

private:
    QList<SearchHit> find(const QString &typed, const QString &language, int limit = 50)
    {
        return m_store.search(typed, language, Marks, limit);
    }

    QTemporaryDir m_dir;
    QString m_pack;
    ContentStore m_store;
};

void tst_SearchIndex::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QString error;
    m_pack = buildBabel(m_dir.filePath(QStringLiteral("packs")), &error);
    QVERIFY2(!m_pack.isEmpty(), qPrintable(error));
    QVERIFY2(m_store.open(m_dir.filePath(QStringLiteral("content.sqlite"))), qPrintable(m_store.lastError()));
    const auto result = m_store.importPack(m_pack);
    QVERIFY2(result.status == ContentStore::ImportStatus::Installed, qPrintable(result.message));
}

void tst_SearchIndex::arabicTypedWithoutTashkeel_data()
{
    QTest::addColumn<QString>("typed");
    // The title is "مُحَامِيكَ المَجَّانِيّ"; the text has tatweel, أ/إ, ة, ى and Arabic-Indic digits.
    QTest::newRow("no tashkeel") << QStringLiteral("محاميك المجاني");
    QTest::newRow("ی for ي, ک for ك") << QStringLiteral("محامیک المجانی");
    QTest::newRow("tatweel in the text") << QStringLiteral("المحامي يعرف");
    QTest::newRow("ه for ة") << QStringLiteral("المقابله");
    QTest::newRow("ا for إ") << QStringLiteral("خلال اجراءات");
    QTest::newRow("ي for ى") << QStringLiteral("علي حق");
    QTest::newRow("ASCII digits") << QStringLiteral("28 يوما");
    QTest::newRow("Persian digits") << QStringLiteral("۲۸");
}

void tst_SearchIndex::arabicTypedWithoutTashkeel()
{
    QFETCH(QString, typed);
    const QList<SearchHit> hits = find(typed, QStringLiteral("ar"));
    QVERIFY2(!hits.isEmpty(), qPrintable(typed));
    QCOMPARE(hits.first().kind, QStringLiteral("article"));
    QCOMPARE(hits.first().item, QStringLiteral("lawyer"));
    QCOMPARE(hits.first().language, QStringLiteral("ar"));
}

void tst_SearchIndex::persianAndDariTypedOnAnArabicKeyboard_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("typed");
    QTest::newRow("fa: Arabic kaf and yeh") << QStringLiteral("fa") << QStringLiteral("وكيل رايگان");
    QTest::newRow("fa: no ZWNJ") << QStringLiteral("fa") << QStringLiteral("میتواند");
    QTest::newRow("fa: ZWNJ") << QStringLiteral("fa") << QStringLiteral("می\u200Cتواند");
    QTest::newRow("fa: ASCII digits") << QStringLiteral("fa") << QStringLiteral("28 روز");
    QTest::newRow("fa: Arabic-Indic digits") << QStringLiteral("fa") << QStringLiteral("٢٨");
    QTest::newRow("prs: Arabic yeh") << QStringLiteral("prs") << QStringLiteral("رايگان");
}

void tst_SearchIndex::persianAndDariTypedOnAnArabicKeyboard()
{
    QFETCH(QString, language);
    QFETCH(QString, typed);
    const QList<SearchHit> hits = find(typed, language);
    QVERIFY2(!hits.isEmpty(), qPrintable(typed));
    QCOMPARE(hits.first().item, QStringLiteral("lawyer"));
    QCOMPARE(hits.first().language, language);
}

void tst_SearchIndex::soraniKeepsItsLetters()
{
    const QString ckb = QStringLiteral("ckb");
    QCOMPARE(ids(find(QStringLiteral("پارێزەر"), ckb)), QStringLiteral("article:lawyer:ckb"));
    QCOMPARE(ids(find(QStringLiteral("هۆڵەندا"), ckb)), QStringLiteral("article:lawyer:ckb"));
    QCOMPARE(ids(find(QStringLiteral("۲۸ ڕۆژ"), ckb)), QStringLiteral("article:lawyer:ckb"));
    // ه typed for ە is another word in Sorani.
    QCOMPARE(ids(find(QStringLiteral("پارێزهر"), ckb)), QString());
    QCOMPARE(ids(find(QStringLiteral("هۆڵهندا"), ckb)), QString());
}

void tst_SearchIndex::pashtoKeepsItsLetters()
{
    const QString ps = QStringLiteral("ps");
    QCOMPARE(ids(find(QStringLiteral("ښځه"), ps)), QStringLiteral("article:lawyer:ps"));
    QCOMPARE(ids(find(QStringLiteral("ګټه"), ps)), QStringLiteral("article:lawyer:ps"));
    QCOMPARE(ids(find(QStringLiteral("وړيا"), ps)), QStringLiteral("article:lawyer:ps")); // Arabic yeh
    // The letters they resemble are other letters.
    QCOMPARE(ids(find(QStringLiteral("سځه"), ps)), QString());
    QCOMPARE(ids(find(QStringLiteral("گته"), ps)), QString());
    QCOMPARE(ids(find(QStringLiteral("وریا"), ps)), QString());
}

void tst_SearchIndex::turkishTypedWithOrWithoutTurkishLetters_data()
{
    QTest::addColumn<QString>("typed");
    for (const QString &typed :
         { QStringLiteral("istanbul"), QStringLiteral("İstanbul"), QStringLiteral("ISTANBUL"),
           QStringLiteral("Istanbul"), QStringLiteral("ucretsiz avukatiniz"),
           QStringLiteral("Ücretsiz avukatınız"), QStringLiteral("gorusmede") })
        QTest::newRow(qPrintable(typed)) << typed;
}

void tst_SearchIndex::turkishTypedWithOrWithoutTurkishLetters()
{
    QFETCH(QString, typed);
    QCOMPARE(ids(find(typed, QStringLiteral("tr"))), QStringLiteral("article:lawyer:tr"));
}

void tst_SearchIndex::ukrainianAnyCaseAndApostrophe_data()
{
    QTest::addColumn<QString>("typed");
    for (const QString &typed :
         { QStringLiteral("києві"), QStringLiteral("КИЄВІ"), QStringLiteral("Києв"),
           QStringLiteral("АДВОКАТ"), QStringLiteral("пам'яті"), QStringLiteral("пам\u2019яті"),
           QStringLiteral("пам\u02BCяті"), QStringLiteral("памяті") })
        QTest::newRow(qPrintable(typed)) << typed;
}

void tst_SearchIndex::ukrainianAnyCaseAndApostrophe()
{
    QFETCH(QString, typed);
    QCOMPARE(ids(find(typed, QStringLiteral("uk"))), QStringLiteral("article:lawyer:uk"));
}

void tst_SearchIndex::tigrinyaWords()
{
    const QString ti = QStringLiteral("ti");
    QCOMPARE(ids(find(QStringLiteral("ጠበቓኹም"), ti)), QStringLiteral("article:lawyer:ti"));
    // Words after the Ethiopic word space and the hyphen are words of their own.
    QCOMPARE(ids(find(QStringLiteral("መሕትት"), ti)), QStringLiteral("article:lawyer:ti"));
    QCOMPARE(ids(find(QStringLiteral("ኣሎኩም"), ti)), QStringLiteral("article:lawyer:ti"));
}

void tst_SearchIndex::frenchWithoutAccents_data()
{
    QTest::addColumn<QString>("typed");
    for (const QString &typed :
         { QStringLiteral("etrangers"), QStringLiteral("ÉTRANGERS"), QStringLiteral("connait"),
           QStringLiteral("coeur"), QStringLiteral("l'avocat"), QStringLiteral("lavocat"),
           QStringLiteral("procedure d'asile") })
        QTest::newRow(qPrintable(typed)) << typed;
}

void tst_SearchIndex::frenchWithoutAccents()
{
    QFETCH(QString, typed);
    QCOMPARE(ids(find(typed, QStringLiteral("fr"))), QStringLiteral("article:lawyer:fr"));
}

void tst_SearchIndex::prefixAsYouType()
{
    // Every letter typed narrows the results; a word counts from its first letters.
    QCOMPARE(find(QStringLiteral("l"), QStringLiteral("en")).first().item, QStringLiteral("lawyer"));
    QCOMPARE(find(QStringLiteral("law"), QStringLiteral("en")).first().item, QStringLiteral("lawyer"));
    QCOMPARE(find(QStringLiteral("your free law"), QStringLiteral("en")).first().item,
             QStringLiteral("lawyer"));
    QCOMPARE(ids(find(QStringLiteral("ter ap"), QStringLiteral("en"))),
             QStringLiteral("article:registration:en"));
    QCOMPARE(find(QStringLiteral("محا"), QStringLiteral("ar")).first().language, QStringLiteral("ar"));
    QCOMPARE(ids(find(QStringLiteral("avuka"), QStringLiteral("tr"))), QStringLiteral("article:lawyer:tr"));
    QCOMPARE(ids(find(QStringLiteral("lawyerz"), QStringLiteral("en"))), QString());
}

void tst_SearchIndex::rankingTitleBeforeText()
{
    // "lawyer" is in the title of one article and only in the text of the others.
    const QList<SearchHit> hits = find(QStringLiteral("lawyer"), QStringLiteral("en"));
    QCOMPARE(hits.size(), 4);
    QCOMPARE(hits.first().item, QStringLiteral("lawyer"));
    QVERIFY(ids(hits).contains(QLatin1String("glossary:advocaat:en")));
    QVERIFY(ids(hits).contains(QLatin1String("article:appeal:en")));
    QVERIFY(ids(hits).contains(QLatin1String("article:registration:en")));
    for (int i = 1; i < hits.size(); ++i)
        QVERIFY(hits.at(i - 1).score <= hits.at(i).score);
    // In Arabic: the article whose title is the word comes before the one that has it in its text.
    QCOMPARE(ids(find(QStringLiteral("محاميك"), QStringLiteral("ar"))),
             QStringLiteral("article:lawyer:ar article:appeal:ar"));
}

void tst_SearchIndex::currentLanguageFirstThenEnglish()
{
    // "advocaat" is in the Arabic article, in the glossary (all languages) and in an English-only article.
    const QList<SearchHit> hits = find(QStringLiteral("advocaat"), QStringLiteral("ar"));
    QCOMPARE(ids(hits), QStringLiteral("glossary:advocaat:ar article:lawyer:ar article:registration:en"));
    // The same in English finds each thing once, in English.
    QCOMPARE(ids(find(QStringLiteral("advocaat"), QStringLiteral("en"))),
             QStringLiteral("glossary:advocaat:en article:registration:en"));
    // A limit cuts the list after the current language's hits.
    QCOMPARE(ids(find(QStringLiteral("advocaat"), QStringLiteral("ar"), 2)),
             QStringLiteral("glossary:advocaat:ar article:lawyer:ar"));
}

void tst_SearchIndex::englishWhenNothingMatchesInTheLanguage()
{
    // Typed in English while reading Dutch: the English text answers.
    QCOMPARE(ids(find(QStringLiteral("court"), QStringLiteral("nl"))),
             QStringLiteral("article:appeal:en glossary:beroep:en"));
    QCOMPARE(ids(find(QStringLiteral("advocaat gratis"), QStringLiteral("nl"))),
             QStringLiteral("article:lawyer:nl"));
}

void tst_SearchIndex::snippetsAndTitlesAreHighlighted()
{
    const QList<SearchHit> arabic = find(QStringLiteral("محامیک"), QStringLiteral("ar"));
    // The title as written, tashkeel and all, with the match marked.
    QCOMPARE(arabic.first().title, QStringLiteral("[مُحَامِيكَ] المَجَّانِيّ"));
    QVERIFY2(arabic.first().snippet.contains(QStringLiteral("[مُحَامِيكَ]")), qPrintable(arabic.first().snippet));
    const QList<SearchHit> english = find(QStringLiteral("interv"), QStringLiteral("en"));
    QCOMPARE(english.size(), 1);
    QCOMPARE(english.first().title, QStringLiteral("Your free lawyer"));
    QVERIFY2(english.first().snippet.contains(QStringLiteral("[interview]")),
             qPrintable(english.first().snippet));
    // Markdown is gone from the snippet; the heading is set apart.
    QVERIFY2(!english.first().snippet.contains(QLatin1Char('#')), qPrintable(english.first().snippet));
}

void tst_SearchIndex::hostileQueriesNeverFail_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("  \t\n ");
    QTest::newRow("quote") << QStringLiteral("\"");
    QTest::newRow("quotes") << QStringLiteral("\"lawyer\" \"");
    QTest::newRow("star") << QStringLiteral("*");
    QTest::newRow("operators") << QStringLiteral("AND OR NOT");
    QTest::newRow("NEAR") << QStringLiteral("NEAR(lawyer court, 2)");
    QTest::newRow("column filter") << QStringLiteral("title:lawyer");
    QTest::newRow("caret") << QStringLiteral("^lawyer");
    QTest::newRow("brackets") << QStringLiteral("( ) { } [ ]");
    QTest::newRow("minus") << QStringLiteral("-lawyer");
    QTest::newRow("tashkeel only") << QStringLiteral("\u064B\u064C");
    QTest::newRow("tatweel only") << QStringLiteral("ـــ");
    QTest::newRow("NUL") << QStringLiteral("law") + QChar(0) + QStringLiteral("yer");
    QTest::newRow("lone surrogate") << QStringLiteral("law") + QChar(0xD800);
    QTest::newRow("SQL") << QStringLiteral("'); DROP TABLE search_index; --");
    QTest::newRow("huge") << QString(200000, QLatin1Char('a'));
    QTest::newRow("many words") << QStringLiteral("a ").repeated(5000);
}

void tst_SearchIndex::hostileQueriesNeverFail()
{
    QFETCH(QString, typed);
    QString error;
    Database db;
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("content.sqlite")), Database::Mode::ReadOnly));
    rc::search::SearchIndex::search(db, typed, QStringLiteral("ar"), Marks, 50, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_store.search(QStringLiteral("lawyer"), QStringLiteral("en"), Marks, 5).size() > 0);
}

void tst_SearchIndex::matchExpressionQuotesEverything()
{
    QCOMPARE(matchExpression(QStringLiteral("free law")), QStringLiteral("\"free\"* \"law\"*"));
    QCOMPARE(matchExpression(QStringLiteral("say \"hi\"")), QStringLiteral("\"say\"* \"\"\"hi\"\"\"*"));
    QCOMPARE(matchExpression(QStringLiteral(" - ، ؟ ")), QString());
    QCOMPARE(matchExpression(QStringLiteral("a ").repeated(100)).count(QLatin1Char('*')), 12);
}

void tst_SearchIndex::reinstallReplacesTheIndexRows()
{
    // Two texts per index table of each language, glossary entries included; reinstalling the same
    // pack (a new digest) keeps exactly these rows.
    auto count = [&](const QString &table) {
        Database db;
        db.open(m_dir.filePath(QStringLiteral("content.sqlite")), Database::Mode::ReadOnly);
        return db.queryInteger(QStringLiteral("SELECT count(*) FROM %1 WHERE pack = 'babel'").arg(table))
            .value_or(-1);
    };
    const qint64 general = count(QStringLiteral("search_index"));
    const qint64 sorani = count(QStringLiteral("search_index_ckb"));
    QCOMPARE(general, 18); // 15 articles and 4 glossary entries, less the Sorani article
    QCOMPARE(sorani, 1);
    {
        Database installed;
        QVERIFY(installed.open(m_dir.filePath(QStringLiteral("content.sqlite")),
                               Database::Mode::ReadWriteCreate));
        QVERIFY(installed.exec(QStringLiteral("UPDATE packs SET digest = 'changed'")));
    }
    QCOMPARE(m_store.importPack(m_pack).status, ContentStore::ImportStatus::Installed);
    QCOMPARE(count(QStringLiteral("search_index")), general);
    QCOMPARE(count(QStringLiteral("search_index_ckb")), sorani);
    QCOMPARE(find(QStringLiteral("lawyer"), QStringLiteral("en")).size(), 4);
}

void tst_SearchIndex::indexInThePackFileIsNotTrusted()
{
    // A pack whose own index claims a text it does not have: the installed index is made from the
    // pack's texts, so the claim is never found.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("babel.rcpack"));
    QVERIFY(QFile::copy(m_pack, copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        Database pack;
        QVERIFY(pack.open(copy, Database::Mode::ReadWriteCreate));
        QVERIFY(pack.exec(
            QStringLiteral("INSERT INTO search_index (title, body, kind, pack, item, lang) VALUES "
                           "('Pay us', 'send money to scammer', 'article', 'babel', 'lawyer', 'en'); "
                           "UPDATE packs SET version = 2")));
    }
    ContentStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("content.sqlite"))));
    const auto result = store.importPack(copy);
    QVERIFY2(result.status == ContentStore::ImportStatus::Installed, qPrintable(result.message));
    QVERIFY(store.search(QStringLiteral("scammer"), QStringLiteral("en"), Marks, 10).isEmpty());
    QCOMPARE(store.search(QStringLiteral("lawyer"), QStringLiteral("en"), Marks, 10).size(), 4);
}

void tst_SearchIndex::olderDatabaseGetsTheIndex()
{
    // A content database from before the search (the steps before 5), with the pack installed: it is
    // migrated, its digests are forgotten, and installing the same pack again indexes it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("content.sqlite"));
    QString digest;
    {
        Database pack;
        QVERIFY(pack.open(m_pack, Database::Mode::ReadOnly));
        auto stmt = pack.prepare(QStringLiteral("SELECT digest FROM packs"));
        QVERIFY(stmt.step());
        digest = stmt.text(0);
    }
    {
        const auto steps = rc::content::contentMigrations();
        size_t before = 0;
        while (before < steps.size() && steps[before].version < 5)
            ++before;
        Database db;
        QVERIFY(db.open(path, Database::Mode::ReadWriteCreate));
        QCOMPARE(rc::storage::migrate(db, steps.first(before), nullptr), rc::storage::MigrationResult::Ok);
        auto insert
            = db.prepare(QStringLiteral("INSERT INTO packs VALUES ('babel', 1, ?1, '2025-06-01', 'NL', "
                                        "'en', 'en', 'Rights Companion tests')"));
        QVERIFY(insert.bind(1, digest).exec());
    }
    ContentStore store;
    QVERIFY2(store.open(path), qPrintable(store.lastError()));
    QVERIFY2(store.recoveryNotice().isEmpty(), qPrintable(store.recoveryNotice()));
    QVERIFY(store.search(QStringLiteral("lawyer"), QStringLiteral("en"), Marks, 10).isEmpty());
    {
        Database db;
        QVERIFY(db.open(path, Database::Mode::ReadOnly));
        auto stmt = db.prepare(QStringLiteral("SELECT digest FROM packs WHERE pack = 'babel'"));
        QVERIFY(stmt.step());
        QCOMPARE(stmt.text(0), QString());
    }
    // Without the reset this would be "already current", and the pack would stay unsearchable.
    QCOMPARE(store.importPack(m_pack).status, ContentStore::ImportStatus::Installed);
    QCOMPARE(store.search(QStringLiteral("lawyer"), QStringLiteral("en"), Marks, 10).size(), 4);
}

void tst_SearchIndex::migrationsAreInAscendingOrder()
{
    // Steps run in list order and skip numbers at or below the database's: a step filed out of order
    // would never run on some databases.
    const auto steps = rc::content::contentMigrations();
    for (size_t i = 1; i < steps.size(); ++i)
        QVERIFY2(steps[i - 1].version < steps[i].version, qPrintable(QString::number(steps[i].version)));
}

void tst_SearchIndex::plainTextFromMarkdown()
{
    QCOMPARE(plainText(QStringLiteral(
                 "## Who helps\n\nAsk **your** [lawyer](article:lawyer) or <https://x.org>.\n\n"
                 "- one\n- two\n\n| a | b |\n|---|---|\n| c | d |\n> quoted `code`")),
             QStringLiteral("Who helps \u00B7 Ask your lawyer or . one two a b c d quoted code"));
    QCOMPARE(plainText(QString()), QString());
}

// The bundled nl pack: procedure steps and contacts are searched like articles, in the reader's language
// where they are translated, and the hit says which step of which procedure it is.
void tst_SearchIndex::procedureStepsAndContactsAreFound()
{
    rc::content::Diagnostics diagnostics;
    const auto source = rc::content::PackSource::load(QStringLiteral(RC_SOURCE_DIR "/content/nl"),
                                                      QDate::currentDate(), diagnostics);
    QVERIFY(!rc::content::hasErrors(diagnostics));
    QString error;
    const QString built
        = rc::content::PackBuilder::build(source, m_dir.filePath(QStringLiteral("nl")), &error);
    QVERIFY2(!built.isEmpty(), qPrintable(error));
    ContentStore store;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("nl.sqlite"))));
    const auto result = store.importPack(built);
    QVERIFY2(result.status == ContentStore::ImportStatus::Installed, qPrintable(result.message));

    const QString contact = ids(store.search(QStringLiteral("comensha"), QStringLiteral("en"), Marks, 50));
    QVERIFY2(contact.startsWith(QLatin1String("contact:comensha:en")), qPrintable(contact));

    // Every step of the general procedure is found by the first word of its title, in Farsi.
    const auto general
        = store.procedure(QStringLiteral("nl"), QStringLiteral("general"), QStringLiteral("fa"));
    QVERIFY(general.has_value());
    QCOMPARE(general->language, QStringLiteral("fa"));
    QVERIFY(general->steps.size() >= 5);
    for (const auto &step : general->steps) {
        const QString word = step.title.section(QLatin1Char(' '), 0, 0);
        const QString hits = ids(store.search(word, QStringLiteral("fa"), Marks, 200));
        QVERIFY2(hits.contains(QStringLiteral("step:general/%1:fa").arg(step.id)),
                 qPrintable(word + QStringLiteral(" -> ") + hits));
    }
}

QTEST_GUILESS_MAIN(tst_SearchIndex)
#include "tst_searchindex.moc"
