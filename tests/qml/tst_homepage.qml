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
        name: "HomePage"
        when: windowShown

        Component {
            id: homeComponent
            HomePage {
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

        function test_listsTheTopicsOfThePack() {
            const page = createTemporaryObject(homeComponent, root);
            verify(page);
            const first = findChild(page, "topic-arrival");
            verify(first, "the arrival topic is listed");
            compare(first.title, "Arriving and registering");
            verify(first.visible);
            verify(first.height >= Theme.touchTarget, "touch target is at least 48 px");
        }

        function test_tappingATopicOpensIt() {
            const page = createTemporaryObject(homeComponent, root);
            const topic = findChild(page, "topic-legal-help");
            verify(topic);
            waitForRendering(page);
            mouseClick(topic);
            compare(openSpy.count, 1);
            compare(openSpy.signalArguments[0][0], "topic");
            compare(openSpy.signalArguments[0][1].topicId, "legal-help");
        }

        function test_glossaryIsReachable() {
            const page = createTemporaryObject(homeComponent, root);
            const entry = findChild(page, "home-glossary");
            verify(entry.visible, "the installed content has a glossary");
            verify(entry.height >= Theme.touchTarget);
            // Scroll it into view, then tap it.
            let flickable = entry.parent;
            while (flickable && flickable.contentY === undefined)
                flickable = flickable.parent;
            flickable.contentY = Math.min(entry.mapToItem(flickable.contentItem, 0, 0).y,
                                          flickable.contentHeight - flickable.height);
            waitForRendering(page);
            mouseClick(entry);
            compare(openSpy.count, 1);
            compare(openSpy.signalArguments[0][0], "glossary");
        }

        function test_followsTheLanguageWithoutRebuilding() {
            const page = createTemporaryObject(homeComponent, root);
            verify(Languages.select("nl"));
            tryCompare(findChild(page, "topic-arrival"), "title", "Aankomst en aanmelding");
            compare(page.title, "Asiel in Nederland");
        }
}
}
