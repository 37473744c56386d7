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
        library.setLanguage(QStringLiteral("ti"));
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
        QCOMPARE(article.value(QStringLiteral("status")).toString(), rc::content::toString(nl.status));
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
    }

private:
    InstalledPack m_pack;
};

QTEST_MAIN(TestContentModels)
#include "tst_contentmodels.moc"
