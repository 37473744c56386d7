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

        SignalSpy {
            id: openSpy
            target: PageRouter
            signalName: "openRequested"
        }

        function init() {
            openSpy.clear();
            Languages.select("en");
        }

        // Taps the link to `url` in a rendered text, as a reader would.
        function tapLink(text, url) {
            for (let y = 1; y < text.height; y += 3) {
                for (let x = 1; x < text.width; x += 3) {
                    if (text.linkAt(x, y) === url) {
                        mouseClick(text, x, y);
                        return true;
                    }
                }
            }
            return false;
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
            verify(page.article.status === "machine" || page.article.status === "outdated");
        }

        function test_showsStatusAndCheckedDate() {
            verify(Languages.select("nl"));
            const page = createTemporaryObject(articleComponent, root, { pack: "showcase", articleId: "appeal-time" });
            waitForRendering(page);
            // The Dutch file says "machine"; its English text changed since, so it is shown as outdated.
            compare(page.article.status, "outdated");
            const status = findChild(page, "article-status");
            verify(status.visible);
            verify(status.text.length > 0);
            const checked = findChild(page, "article-checked");
            verify(checked.visible);
            verify(checked.text.indexOf("2025") >= 0, checked.text);
            // The title takes the room it needs: nothing is drawn over it.
            const title = findChild(page, "article-title");
            verify(title.y + title.height <= status.y, "the title does not overlap what follows");
        }

        function test_untranslatedArticleIsShownInEnglishAndSaysSo() {
            verify(Languages.select("nl"));
            const page = createTemporaryObject(articleComponent, root, { pack: "showcase", articleId: "english-only" });
            waitForRendering(page);
            const notice = findChild(page, "notice-not-translated");
            verify(notice.visible, "the notice is shown");
            verify(notice.text.indexOf("Nederlands") >= 0, notice.text);
            compare(page.article.language, "en");
            // Never a blank page: the English text is there.
            compare(page.title, "Only in English");
            verify(findChild(page, "article-text").visible);
            verify(page.article.html.indexOf("The app shows this English text instead.") >= 0);

            // In English there is nothing to say.
            verify(Languages.select("en"));
            tryVerify(() => !notice.visible);
            // Nor for a translated article.
            verify(Languages.select("nl"));
            const translated = createTemporaryObject(articleComponent, root, { pack: "showcase", articleId: "law-changing" });
            compare(translated.article.language, "nl");
            verify(!findChild(translated, "notice-not-translated").visible);
        }

        function test_notTranslatedNoticeInEnglishWords() {
            // The interface in English, the content in a language the article is not in.
            ContentLibrary.language = "fa";
            const page = createTemporaryObject(articleComponent, root, { pack: "showcase", articleId: "english-only" });
            const notice = findChild(page, "notice-not-translated");
            compare(notice.text, "Not yet translated into " + Languages.nameOf("fa") + ". You are reading the English text.");
            ContentLibrary.language = Languages.current;
        }

        function test_lawChangingNoticeLeadsToTheChanges() {
            const page = createTemporaryObject(articleComponent, root, { pack: "showcase", articleId: "appeal-time" });
            waitForRendering(page);
            const notice = findChild(page, "notice-law-changing");
            verify(notice.visible);
            compare(notice.text, "The law on this is changing. Ask your lawyer or VluchtelingenWerk what applies to you.");
            const action = findChild(notice, "notice-action");
            verify(action.visible);
            verify(action.height >= Theme.touchTarget);
            mouseClick(action);
            compare(openSpy.count, 1);
            compare(openSpy.signalArguments[0][0], "article");
            compare(openSpy.signalArguments[0][1].pack, "showcase");
            compare(openSpy.signalArguments[0][1].articleId, "law-changing");

            const plain = createTemporaryObject(articleComponent, root, { pack: "showcase", articleId: "english-only" });
            verify(!findChild(plain, "notice-law-changing").visible);
        }

        function test_glossaryAndArticleLinksNavigate() {
            const page = createTemporaryObject(articleComponent, root, { pack: "showcase", articleId: "appeal-time" });
            waitForRendering(page);
            const text = findChild(page, "article-text");
            verify(tapLink(text, "glossary:nader-gehoor"), "the glossary link is on the page");
            compare(openSpy.count, 1);
            compare(openSpy.signalArguments[0][0], "glossary");
            compare(openSpy.signalArguments[0][1].pack, "showcase");
            compare(openSpy.signalArguments[0][1].entryId, "nader-gehoor");

            verify(tapLink(text, "article:law-changing"), "the article link is on the page");
            compare(openSpy.count, 2);
            compare(openSpy.signalArguments[1][0], "article");
            compare(openSpy.signalArguments[1][1].articleId, "law-changing");
        }
    }
}
