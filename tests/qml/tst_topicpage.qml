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
            const page = createTemporaryObject(topicComponent, root, { topicId: "decision-appeal", width: 1280, height: 800 });
            verify(page.sideBySide);
            const article = findChild(page, "topic-article");
            tryCompare(article, "articleId", "appeal");
            verify(article.visible);
            compare(article.article.title, "Appeal to the court");

            const item = findChild(page, "article-appeal");
            waitForRendering(page);
            mouseClick(item);
            compare(openSpy.count, 0, "on a wide screen the article opens beside the list");
            verify(item.highlighted);
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
