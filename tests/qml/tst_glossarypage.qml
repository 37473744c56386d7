import QtQuick
import QtTest
import RightsCompanion
import RightsCompanion.Models

// TestCase items are never visible; pages are created under this visible root instead.
Item {
    id: root

    width: 360
    height: 740

    TestCase {
        name: "GlossaryPage"
        when: windowShown

        Component {
            id: glossaryComponent
            GlossaryPage {
                width: root.width
                height: root.height
            }
        }

        // The page in a right-to-left layout, as for Arabic or Farsi.
        Component {
            id: mirroredComponent
            Item {
                property alias page: mirroredPage
                width: root.width
                height: root.height
                LayoutMirroring.enabled: true
                LayoutMirroring.childrenInherit: true
                GlossaryPage {
                    id: mirroredPage
                    anchors.fill: parent
                    pack: "showcase"
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

        function typeText(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i]);
        }

        function test_listsTheTermsOfThePack() {
            const page = createTemporaryObject(glossaryComponent, root, { pack: "showcase" });
            waitForRendering(page);
            compare(page.title, "Glossary");
            compare(page.count, 3);
            const entry = findChild(page, "glossary-advocaat");
            verify(entry);
            compare(entry.term, "Advocaat");
            verify(entry.visible);
            verify(findChild(entry, "glossary-explanation").text.indexOf("In the asylum procedure") >= 0);
            verify(!findChild(page, "glossary-empty").visible);
        }

        function test_filtersAsYouType() {
            const page = createTemporaryObject(glossaryComponent, root, { pack: "showcase" });
            const filter = findChild(page, "glossary-filter");
            filter.forceActiveFocus();
            typeText("interview");
            tryCompare(page, "count", 1);
            verify(findChild(page, "glossary-nader-gehoor"));
            verify(!findChild(page, "glossary-advocaat"));
            filter.selectAll();
            keyClick(Qt.Key_Backspace);
            tryCompare(page, "count", 3);
            typeText("xyz");
            tryCompare(page, "count", 0);
            const empty = findChild(page, "glossary-empty");
            verify(empty.visible);
            verify(empty.text.indexOf("xyz") >= 0);
        }

        function test_opensAtTheLinkedTerm() {
            const page = createTemporaryObject(glossaryComponent, root, { pack: "showcase", entryId: "voornemen" });
            waitForRendering(page);
            const list = findChild(page, "glossary-list");
            compare(list.currentIndex, 2);
            compare(list.currentItem.entryId, "voornemen");
            verify(list.currentItem.chosen, "the linked term is marked");
            verify(!findChild(page, "glossary-advocaat").chosen);
        }

        function test_linksInAnExplanation() {
            const page = createTemporaryObject(glossaryComponent, root, { pack: "showcase", entryId: "voornemen" });
            waitForRendering(page);
            const list = findChild(page, "glossary-list");
            const explanation = findChild(list.currentItem, "glossary-explanation");
            // A term explained in terms of another: that one is shown here, without a new page.
            verify(tapLink(explanation, "glossary:nader-gehoor"));
            compare(list.currentIndex, 1);
            compare(page.entryId, "nader-gehoor");
            compare(openSpy.count, 0);
            // An article link opens the article.
            waitForRendering(page);
            const voornemen = findChild(page, "glossary-voornemen");
            verify(tapLink(findChild(voornemen, "glossary-explanation"), "article:law-changing"));
            compare(openSpy.count, 1);
            compare(openSpy.signalArguments[0][0], "article");
            compare(openSpy.signalArguments[0][1].pack, "showcase");
            compare(openSpy.signalArguments[0][1].articleId, "law-changing");
        }

        function test_untranslatedTermsAreShownInEnglishAndMarked() {
            verify(Languages.select("nl"));
            const page = createTemporaryObject(glossaryComponent, root, { pack: "showcase" });
            waitForRendering(page);
            const translated = findChild(page, "glossary-advocaat");
            compare(translated.language, "nl");
            compare(translated.term, "Advocaat", "the Dutch term is the same in every language");
            const english = findChild(page, "glossary-voornemen");
            compare(english.language, "en");
            verify(english.isFallback);
        }

        function test_rightToLeftLayoutMirrorsTheLines() {
            const holder = createTemporaryObject(mirroredComponent, root);
            waitForRendering(holder);
            const entry = findChild(holder.page, "glossary-advocaat");
            const term = findChild(entry, "glossary-term");
            compare(term.effectiveHorizontalAlignment, Text.AlignRight);
            // The Dutch term is isolated left-to-right text, so "Nader gehoor" never reads "gehoor Nader".
            compare(term.text, "\u2066Advocaat\u2069");
            compare(findChild(entry, "glossary-explanation").effectiveHorizontalAlignment, Text.AlignRight);
            compare(findChild(holder.page, "glossary-filter").effectiveHorizontalAlignment, TextInput.AlignRight);
        }
    }
}
