import QtQuick
import QtTest
import RightsCompanion
import RightsCompanion.Models

// The search page over the installed nl pack (all twelve languages) and the showcase pack.
// TestCase items are never visible; pages are created under this visible root instead.
Item {
    id: root

    width: 360
    height: 740

    TestCase {
        name: "SearchPage"
        when: windowShown

        Component {
            id: searchComponent
            SearchPage {
                width: root.width
                height: root.height
            }
        }

        Component {
            id: homeComponent
            HomePage {
                width: root.width
                height: root.height
            }
        }

        // The page in a right-to-left layout, as Main.qml sets it for Arabic, Farsi, Dari, Pashto and Sorani.
        Component {
            id: mirroredComponent
            Item {
                property alias page: mirroredPage
                width: root.width
                height: root.height
                LayoutMirroring.enabled: true
                LayoutMirroring.childrenInherit: true
                SearchPage {
                    id: mirroredPage
                    anchors.fill: parent
                }
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

        function typeText(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i]);
        }

        // Letter by letter as an input method would (keyClick sends Latin-1 only).
        function typeInto(field, text) {
            for (let i = 0; i < text.length; ++i)
                field.insert(field.cursorPosition, text[i]);
        }

        function resultsOf(page) {
            const list = findChild(page, "search-results");
            const found = [];
            for (let i = 0; i < list.count; ++i) {
                const hit = list.model.get(i);
                found.push(hit.kind + ":" + hit.pack + ":" + hit.itemId + ":" + hit.language);
            }
            return found;
        }

        function test_findsAnArabicArticleTypedWithoutTashkeelAndWithPersianYeh() {
            verify(Languages.select("ar"));
            const page = createTemporaryObject(searchComponent, root);
            const field = findChild(page, "search-field");
            verify(field.activeFocus, "the field has the focus when the page opens");
            // The title is "القانون يتغيّر في 2026": typed here without the shadda and with ی for ي.
            typeInto(field, "یتغیر فی");
            tryVerify(() => resultsOf(page).indexOf("article:nl:law-changing:ar") >= 0, 5000, resultsOf(page).join(" "));
            // Hits in Arabic come before any in English.
            const found = resultsOf(page);
            let english = false;
            for (const hit of found) {
                if (hit.endsWith(":en"))
                    english = true;
                else
                    verify(!english, "an Arabic hit after an English one: " + found.join(" "));
            }
            const hit = findChild(page, "result-article-nl-law-changing");
            verify(hit);
            verify(!hit.isFallback);
            // The title as written (with its shadda), the typed words in bold.
            compare(findChild(hit, "result-title").text, "القانون <b>يتغيّر</b> <b>في</b> 2026");
        }

        function test_resultsFollowTheTyping() {
            const page = createTemporaryObject(searchComponent, root);
            const empty = findChild(page, "search-empty");
            verify(empty.visible, "a hint before anything is typed");
            compare(page.count, 0);
            typeText("law");
            tryVerify(() => page.count > 0);
            const many = page.count;
            typeText("yer free");
            tryVerify(() => page.count > 0 && page.count <= many);
            verify(!empty.visible);
            typeText("zzzq");
            tryCompare(page, "count", 0);
            verify(empty.visible);
            verify(empty.text.indexOf("zzzq") >= 0);
            const field = findChild(page, "search-field");
            field.selectAll();
            keyClick(Qt.Key_Backspace);
            tryCompare(page, "count", 0);
        }

        function test_aResultOpensItsArticle() {
            const page = createTemporaryObject(searchComponent, root, { query: "free lawyer" });
            tryVerify(() => findChild(page, "result-article-nl-free-lawyer") !== null);
            const hit = findChild(page, "result-article-nl-free-lawyer");
            verify(findChild(hit, "result-title").text.indexOf("<b>") >= 0);
            hit.clicked();
            compare(openSpy.count, 1);
            compare(openSpy.signalArguments[0][0], "article");
            compare(openSpy.signalArguments[0][1].pack, "nl");
            compare(openSpy.signalArguments[0][1].articleId, "free-lawyer");
        }

        function test_aGlossaryResultOpensTheGlossaryAtTheEntry() {
            const page = createTemporaryObject(searchComponent, root, { query: "advocaat" });
            tryVerify(() => findChild(page, "result-glossary-showcase-advocaat") !== null);
            const hit = findChild(page, "result-glossary-showcase-advocaat");
            compare(findChild(hit, "result-kind").text, "Glossary");
            hit.clicked();
            compare(openSpy.count, 1);
            compare(openSpy.signalArguments[0][0], "glossary");
            compare(openSpy.signalArguments[0][1].pack, "showcase");
            compare(openSpy.signalArguments[0][1].entryId, "advocaat");
        }

        function test_englishHitsAreMarked() {
            // The showcase article "english-only" has no Dutch text: in Dutch it is found in English.
            verify(Languages.select("nl"));
            const page = createTemporaryObject(searchComponent, root);
            findChild(page, "search-field").text = "english";
            tryVerify(() => resultsOf(page).indexOf("article:showcase:english-only:en") >= 0, 5000, resultsOf(page).join(" "));
            const hit = findChild(page, "result-article-showcase-english-only");
            verify(hit.isFallback);
            verify(findChild(hit, "result-kind").text.length > 0);
        }

        function test_rightToLeftLayoutMirrorsTheLines() {
            verify(Languages.select("ar"));
            const holder = createTemporaryObject(mirroredComponent, root);
            const field = findChild(holder.page, "search-field");
            compare(field.effectiveHorizontalAlignment, TextInput.AlignRight);
            compare(findChild(holder.page, "search-empty").effectiveHorizontalAlignment, Text.AlignRight);
            field.text = "محاميك";
            tryVerify(() => holder.page.count > 0);
            waitForRendering(holder.page);
            const list = findChild(holder.page, "search-results");
            const first = list.itemAtIndex(0);
            verify(first);
            compare(findChild(first, "result-title").effectiveHorizontalAlignment, Text.AlignRight);
            compare(findChild(first, "result-snippet").effectiveHorizontalAlignment, Text.AlignRight);
            compare(findChild(first, "result-kind").effectiveHorizontalAlignment, Text.AlignRight);
        }

        function test_homePageSearchFieldOpensTheSearch() {
            const home = createTemporaryObject(homeComponent, root);
            const field = findChild(home, "home-search");
            verify(field.visible);
            verify(field.height >= Theme.touchTarget);
            waitForRendering(home);
            // At the top of the page.
            verify(field.mapToItem(home, 0, 0).y < 100);
            field.forceActiveFocus();
            keyClick("a");
            compare(openSpy.count, 1);
            compare(openSpy.signalArguments[0][0], "search");
            compare(openSpy.signalArguments[0][1].query, "a");
            compare(field.text, "", "the home field hands what was typed to the search page");
        }
    }
}
