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
        name: "ArticlePage"
        when: windowShown

        Component {
            id: articleComponent
            ArticlePage {
                width: root.width
                height: root.height
            }
        }

        function init() {
            Languages.select("en");
        }

        function test_showsTheArticleWithItsSources() {
            const page = createTemporaryObject(articleComponent, root, { pack: "nl", articleId: "appeal" });
            verify(page);
            compare(page.title, "Appeal to the court");
            verify(page.article.html.indexOf("<h2") >= 0, "headings are rendered");
            verify(page.article.sources.length > 0, "sources are listed");
            compare(findChild(page, "article-missing").visible, false);
        }

        function test_saysSoWhenAnArticleIsGone() {
            const page = createTemporaryObject(articleComponent, root, { pack: "nl", articleId: "no-such-article" });
            verify(findChild(page, "article-missing").visible);
        }

        function test_switchesLanguageInPlace() {
            const page = createTemporaryObject(articleComponent, root, { pack: "nl", articleId: "appeal" });
            const english = page.title;
            verify(Languages.select("nl"));
            tryVerify(() => page.title !== english);
            compare(page.article.language, "nl");
            compare(page.article.status, "machine");
        }
}
}
