import QtQuick
import QtQuick.Controls
import QtTest
import RightsCompanion
import RightsCompanion.Models

Item {
    id: root
    width: 360
    height: 740

    TestCase {
        name: "LanguagePage"
        when: windowShown

        Component { id: languageC; LanguagePage { width: root.width; height: root.height } }

        SignalSpy { id: openSpy; target: PageRouter; signalName: "openRequested" }

        function cleanup() {
            Languages.select("en");
            openSpy.clear();
        }

        function delegateFor(page, name) {
            const items = [];
            const walk = item => {
                for (let i = 0; i < item.children.length; ++i) {
                    const child = item.children[i];
                    if (child instanceof ItemDelegate && child.text === name)
                        items.push(child);
                    walk(child);
                }
            };
            walk(page);
            return items.length === 1 ? items[0] : null;
        }

        // Every one of the twelve languages is offered, each named in its own script.
        function test_everyLanguageInItsOwnScript() {
            const codes = Languages.available.map(l => l.code);
            for (const code of ["en", "nl", "ar", "fa", "prs", "ps", "ti", "tr", "ckb", "so", "uk", "fr"])
                verify(codes.indexOf(code) >= 0, code + " is offered");
            const page = createTemporaryObject(languageC, root);
            waitForRendering(page);
            for (const name of ["العربية", "فارسی", "دری", "پښتو", "ትግርኛ", "کوردیی ناوەندی", "Українська"])
                verify(delegateFor(page, name) !== null, name + " is listed");
        }

        // The first start leads on to the home page once a language is chosen; the language stays.
        function test_firstStartLeadsHome() {
            const page = createTemporaryObject(languageC, root, { firstStart: true });
            waitForRendering(page);
            compare(page.title, "Welcome");
            mouseClick(delegateFor(page, "العربية"));
            compare(Languages.current, "ar");
            verify(Languages.rightToLeft);
            compare(openSpy.count, 1);
            compare(openSpy.signalArguments[0][0], "home");
        }

        // From the settings, choosing a language stays on the page.
        function test_laterChangeStays() {
            const page = createTemporaryObject(languageC, root);
            waitForRendering(page);
            mouseClick(delegateFor(page, "Nederlands"));
            compare(Languages.current, "nl");
            compare(page.title, "Taal");
            compare(openSpy.count, 0);
        }
    }
}
