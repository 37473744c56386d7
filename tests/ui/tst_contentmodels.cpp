#include "ContentLibrary.h"
#include "ContentModels.h"
#include "InstalledPack.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace rc::ui;

class TestContentModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_pack.install());
        QVERIFY(m_showcase.installAlso(QStringLiteral(RC_TEST_DATA "/packs/showcase")));
    }

    void topicsFollowTheSourceInEachLanguage()
    {
        ContentLibrary library(&m_pack.store);
        TopicListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0); // no library yet: nothing to show
        model.setLibrary(&library);

        QCOMPARE(model.rowCount(), m_pack.source.topics.size());
        for (int row = 0; row < model.rowCount(); ++row) {
            const auto &topic = m_pack.source.topics.at(row);
            const QModelIndex index = model.index(row);
            QCOMPARE(index.data(TopicListModel::TopicIdRole).toString(), topic.id);
            QCOMPARE(index.data(TopicListModel::TitleRole).toString(),
                     topic.title.value(QStringLiteral("en")));
            QVERIFY(index.data(TopicListModel::ArticleCountRole).toInt() > 0);
        }

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        library.setLanguage(QStringLiteral("nl"));
        QCOMPARE(reset.count(), 1);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row).data(TopicListModel::TitleRole).toString(),
                     m_pack.source.topics.at(row).title.value(QStringLiteral("nl")));
        }
    }

    void articlesOfATopicInOrder()
    {
        ContentLibrary library(&m_pack.store);
        ArticleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLibrary(&library);
        QCOMPARE(model.rowCount(), 0); // no topic chosen yet

        // Expected: the source's articles in this topic, by their "order".
        const QString topic = m_pack.source.topics.first().id;
        QList<std::pair<int, QString>> expected;
        for (const auto &article : m_pack.source.articles) {
            const auto &en = article.translations.value(QStringLiteral("en"));
            if (en.topics.contains(topic))
                expected.append({ en.order, en.title });
        }
        std::sort(expected.begin(), expected.end());
        QVERIFY(!expected.isEmpty());

        QSignalSpy countChanged(&model, &ArticleListModel::countChanged);
        model.setTopicId(topic);
        QCOMPARE(countChanged.count(), 1);
        QCOMPARE(model.rowCount(), expected.size());
        for (int row = 0; row < expected.size(); ++row)
            QCOMPARE(model.index(row).data(ArticleListModel::TitleRole).toString(), expected.at(row).second);
        QCOMPARE(model.index(0).data(ArticleListModel::IsFallbackRole).toBool(), false);
        const QVariantMap first = model.get(0).toMap();
        QCOMPARE(first.value(QStringLiteral("title")).toString(), expected.first().second);
        QCOMPARE(first.value(QStringLiteral("pack")).toString(), QStringLiteral("nl"));
        QVERIFY(model.get(model.rowCount()).toMap().isEmpty());

        model.setTopicId(QStringLiteral("no-such-topic"));
        QCOMPARE(model.rowCount(), 0);
    }

    void aLanguageWithoutTranslationFallsBackToEnglishAndSaysSo()
    {
        ContentLibrary library(&m_pack.store);
        // A language the pack does not have at all (German is not one of its languages).
        library.setLanguage(QStringLiteral("de"));
        ArticleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLibrary(&library);
        model.setTopicId(m_pack.source.topics.first().id);
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(model.index(0).data(ArticleListModel::LanguageRole).toString(), QStringLiteral("en"));
        QCOMPARE(model.index(0).data(ArticleListModel::IsFallbackRole).toBool(), true);

        const QVariantMap article = library.article(QStringLiteral("nl"), m_pack.source.articles.first().id);
        QVERIFY(article.value(QStringLiteral("found")).toBool());
        QVERIFY(article.value(QStringLiteral("isFallback")).toBool());
    }

    void articleCarriesStatusDateAndSources()
    {
        ContentLibrary library(&m_pack.store);
        library.setLanguage(QStringLiteral("nl"));
        const auto &source = m_pack.source.articles.first();
        const auto &nl = source.translations.value(QStringLiteral("nl"));
        const QVariantMap article = library.article(QStringLiteral("nl"), source.id);
        QCOMPARE(article.value(QStringLiteral("title")).toString(), nl.title);
        QCOMPARE(article.value(QStringLiteral("status")).toString(),
                 rc::content::toString(nl.effectiveStatus()));
        QCOMPARE(article.value(QStringLiteral("checkedIso")).toString(), nl.checked.toString(Qt::ISODate));
        QCOMPARE(article.value(QStringLiteral("sources")).toStringList(), nl.sources);
        QVERIFY(article.value(QStringLiteral("html")).toString().contains(QLatin1String("<h2")));
        QCOMPARE(library.article(QStringLiteral("nl"), QStringLiteral("no-such-article"))
                     .value(QStringLiteral("found"))
                     .toBool(),
                 false);
    }

    void openLinkRefusesSchemesOutsideThePolicy()
    {
        ContentLibrary library(&m_pack.store);
        QVERIFY(!library.openLink(QStringLiteral("javascript:alert(1)")));
        QVERIFY(!library.openLink(QStringLiteral("file:///etc/passwd")));
        QVERIFY(!library.openLink(QStringLiteral("http://example.org/")));
        // Internal links are the app's to follow, never the system's.
        QVERIFY(!library.openLink(QStringLiteral("article:appeal")));
        QVERIFY(!library.openLink(QStringLiteral("glossary:voornemen")));
    }

    void internalLinksLeadToPagesOfTheSamePack()
    {
        ContentLibrary library(&m_pack.store);
        const QVariantMap article
            = library.linkTarget(QStringLiteral("nl"), QStringLiteral("article:appeal")).toMap();
        QCOMPARE(article.value(QStringLiteral("page")).toString(), QStringLiteral("article"));
        QCOMPARE(article.value(QStringLiteral("arguments")).toMap(),
                 QVariantMap({ { QStringLiteral("pack"), QStringLiteral("nl") },
                               { QStringLiteral("articleId"), QStringLiteral("appeal") } }));
        const QVariantMap term
            = library.linkTarget(QStringLiteral("nl"), QStringLiteral("glossary:voornemen")).toMap();
        QCOMPARE(term.value(QStringLiteral("page")).toString(), QStringLiteral("glossary"));
        QCOMPARE(term.value(QStringLiteral("arguments")).toMap(),
                 QVariantMap({ { QStringLiteral("pack"), QStringLiteral("nl") },
                               { QStringLiteral("entryId"), QStringLiteral("voornemen") } }));
        for (const char *external : { "https://www.ind.nl/", "tel:+31201234567", "javascript:alert(1)",
                                      "article:Bad_Id", "glossary:" })
            QCOMPARE(library.linkTarget(QStringLiteral("nl"), QString::fromLatin1(external))
                         .toMap()
                         .value(QStringLiteral("page"))
                         .toString(),
                     QString());
    }

    void noticesAndTheArticleTheyPointTo()
    {
        ContentLibrary library(&m_showcase.store);
        library.setLanguage(QStringLiteral("nl"));
        const QVariantMap appeal = library.article(QStringLiteral("showcase"), QStringLiteral("appeal-time"));
        QCOMPARE(appeal.value(QStringLiteral("notice")).toString(), QStringLiteral("law-changing"));
        QCOMPARE(appeal.value(QStringLiteral("noticeArticle")).toString(), QStringLiteral("law-changing"));
        QCOMPARE(appeal.value(QStringLiteral("status")).toString(), QStringLiteral("outdated"));
        QVERIFY(appeal.value(QStringLiteral("html"))
                    .toString()
                    .contains(QLatin1String("href=\"glossary:nader-gehoor\"")));
        // The article about the changes does not point to itself.
        const QVariantMap changes
            = library.article(QStringLiteral("showcase"), QStringLiteral("law-changing"));
        QVERIFY(changes.value(QStringLiteral("noticeArticle")).toString().isEmpty());
        // Not translated: the English text, marked as such.
        const QVariantMap english
            = library.article(QStringLiteral("showcase"), QStringLiteral("english-only"));
        QVERIFY(english.value(QStringLiteral("isFallback")).toBool());
        QCOMPARE(english.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
        QVERIFY(english.value(QStringLiteral("notice")).toString().isEmpty());
    }

    void topicListsIncludeUntranslatedArticles()
    {
        ContentLibrary library(&m_showcase.store);
        library.setLanguage(QStringLiteral("nl"));
        ArticleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLibrary(&library);
        model.setTopicId(QStringLiteral("examples"));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2).data(ArticleListModel::ArticleIdRole).toString(),
                 QStringLiteral("english-only"));
        QCOMPARE(model.index(2).data(ArticleListModel::IsFallbackRole).toBool(), true);
        QCOMPARE(model.index(1).data(ArticleListModel::StatusRole).toString(), QStringLiteral("outdated"));
        QCOMPARE(model.index(1).data(ArticleListModel::IsFallbackRole).toBool(), false);
    }

    void glossaryInTheReadersLanguage()
    {
        ContentLibrary library(&m_showcase.store);
        library.setLanguage(QStringLiteral("nl"));
        QVERIFY(library.hasGlossary());
        GlossaryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setLibrary(&library);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0).data(GlossaryModel::TermRole).toString(), QStringLiteral("Advocaat"));
        QCOMPARE(model.index(0).data(GlossaryModel::LanguageRole).toString(), QStringLiteral("nl"));
        QCOMPARE(model.index(0).data(GlossaryModel::StatusRole).toString(), QStringLiteral("outdated"));
        QCOMPARE(model.index(0).data(GlossaryModel::IsFallbackRole).toBool(), false);
        // Not translated into Dutch: English, and marked.
        QCOMPARE(model.index(2).data(GlossaryModel::EntryIdRole).toString(), QStringLiteral("voornemen"));
        QCOMPARE(model.index(2).data(GlossaryModel::IsFallbackRole).toBool(), true);
        // The explanation as plain words, and as HTML with its links.
        QCOMPARE(
            model.index(2).data(GlossaryModel::ExplanationRole).toString(),
            QStringLiteral("A letter that says the IND plans to reject your application. It comes after the "
                           "nader gehoor. Read what is changing."));
        QVERIFY(model.index(2)
                    .data(GlossaryModel::HtmlRole)
                    .toString()
                    .contains(QLatin1String("href=\"article:law-changing\"")));
        QCOMPARE(model.indexOf(QStringLiteral("nader-gehoor")), 1);
        QCOMPARE(model.indexOf(QStringLiteral("no-such-entry")), -1);
        QCOMPARE(model.get(1).toMap().value(QStringLiteral("term")).toString(),
                 QStringLiteral("Nader gehoor"));

        // Follows the language.
        library.setLanguage(QStringLiteral("ar"));
        QCOMPARE(model.index(0).data(GlossaryModel::LanguageRole).toString(), QStringLiteral("ar"));
        QCOMPARE(model.index(0).data(GlossaryModel::TermRole).toString(), QStringLiteral("Advocaat"));
    }

    void glossaryFiltersAsYouType()
    {
        ContentLibrary library(&m_showcase.store);
        GlossaryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLibrary(&library);
        QSignalSpy countChanged(&model, &GlossaryModel::countChanged);
        auto ids = [&] {
            QStringList list;
            for (int row = 0; row < model.rowCount(); ++row)
                list.append(model.index(row).data(GlossaryModel::EntryIdRole).toString());
            return list;
        };
        model.setFilter(QStringLiteral("GEHOOR")); // a term in any case, and explanations that use it
        QCOMPARE(ids(), QStringList({ QStringLiteral("nader-gehoor"), QStringLiteral("voornemen") }));
        QCOMPARE(countChanged.count(), 1);
        model.setFilter(QStringLiteral("Nader")); // the term
        QCOMPARE(ids(), QStringList({ QStringLiteral("nader-gehoor"), QStringLiteral("voornemen") }));
        model.setFilter(QStringLiteral("interview")); // the explanation
        QCOMPARE(ids(), QStringList({ QStringLiteral("nader-gehoor") }));
        model.setFilter(QStringLiteral("lawyer"));
        QCOMPARE(ids(), QStringList({ QStringLiteral("advocaat") }));
        model.setFilter(QStringLiteral("reject  your")); // spaces as typed
        QCOMPARE(ids(), QStringList({ QStringLiteral("voornemen") }));
        model.setFilter(QStringLiteral("law-changing")); // a link target is not a word of the text
        QCOMPARE(ids(), QStringList());
        QCOMPARE(model.indexOf(QStringLiteral("advocaat")), -1);
        model.setFilter(QString());
        QCOMPARE(model.rowCount(), 3);
        // Accents do not matter, in the text or in what is typed.
        QCOMPARE(GlossaryModel::folded(QStringLiteral("Één Café")), QStringLiteral("een cafe"));
        QCOMPARE(GlossaryModel::folded(QStringLiteral("مُحَامٍ")), QStringLiteral("محام"));
        model.setFilter(QStringLiteral("advócaat"));
        QCOMPARE(ids(), QStringList({ QStringLiteral("advocaat") }));
        // Only one pack's glossary.
        model.setPack(QStringLiteral("nl"));
        model.setFilter(QString());
        QCOMPARE(model.rowCount(), 0);
    }

private:
    InstalledPack m_pack; // the real nl pack
    InstalledPack m_showcase; // tests/data/packs/showcase only
};

QTEST_MAIN(TestContentModels)
#include "tst_contentmodels.moc"
