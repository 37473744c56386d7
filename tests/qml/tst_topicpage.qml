import QtQuick
import QtTest
import RightsCompanion
import RightsCompanion.Models

// TestCase items are never visible; pages are created under this visible root instead.
Item {
    id: root

    width: 1280
    height: 800

    TestCase {
        name: "TopicPage"
        when: windowShown

        Component {
            id: topicComponent
            TopicPage {}
        }

        SignalSpy {
            id: openSpy
            target: PageRouter
            signalName: "openRequested"
        }

        function init() {
            openSpy.clear();
            Languages.select("en");
        }

        function test_wideScreenShowsListAndArticleSideBySide() {
            // The showcase test pack: its first article stays the first whatever the writers add to nl.
            const page = createTemporaryObject(topicComponent, root, { topicId: "examples", width: 1280, height: 800 });
            verify(page.sideBySide);
            const article = findChild(page, "topic-article");
            tryCompare(article, "articleId", "law-changing");
            verify(article.visible);
            compare(article.article.title, "The law is changing");

            const item = findChild(page, "article-appeal-time");
            waitForRendering(page);
            mouseClick(item);
            compare(openSpy.count, 0, "on a wide screen the article opens beside the list");
            verify(item.highlighted);
        }

        function test_untranslatedArticlesAreListedAndMarked() {
            verify(Languages.select("nl"));
            const page = createTemporaryObject(topicComponent, root, { topicId: "examples", width: 360, height: 740 });
            waitForRendering(page);
            const untranslated = findChild(page, "article-english-only");
            verify(untranslated, "an article without a Dutch text is still listed");
            compare(untranslated.title, "Only in English");
            compare(untranslated.isFallback, true);
            const badge = findChild(untranslated, "article-badge");
            verify(badge.visible);
            verify(badge.text.length > 0);
            const translated = findChild(page, "article-law-changing");
            compare(translated.isFallback, false);
            compare(translated.title, "De wet verandert");
        }

        function test_phoneOpensTheArticlePage() {
            const page = createTemporaryObject(topicComponent, root, { topicId: "decision-appeal", width: 360, height: 740 });
            verify(!page.sideBySide);
            verify(!findChild(page, "topic-article").visible);
            const item = findChild(page, "article-appeal");
            waitForRendering(page);
            mouseClick(item);
            compare(openSpy.count, 1);
            compare(openSpy.signalArguments[0][0], "article");
            compare(openSpy.signalArguments[0][1].articleId, "appeal");
        }
    }
}
