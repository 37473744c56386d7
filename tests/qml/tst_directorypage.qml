import QtQuick
import QtTest
import RightsCompanion
import RightsCompanion.Models

// The contact directory with the real nl pack: the list, its filters and search, and a contact's
// page with its buttons, in left-to-right and right-to-left layouts.
Item {
    id: root

    width: 360
    height: 740

    // Tuesday 1 December 2026, 10:00 in Amsterdam: the IND's phone line is open.
    readonly property date tuesdayMorning: new Date(Date.UTC(2026, 11, 1, 9, 0))

    TestCase {
        name: "DirectoryPage"
        when: windowShown

        Component {
            id: directoryComponent
            DirectoryPage {
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
        Component {
            id: contactComponent
            ContactPage {
                width: root.width
                height: root.height
            }
        }

        // The pages in a right-to-left layout, as for Arabic or Farsi.
        Component {
            id: mirroredDirectory
            Item {
                property alias page: mirroredDirectoryPage
                width: root.width
                height: root.height
                LayoutMirroring.enabled: true
                LayoutMirroring.childrenInherit: true
                DirectoryPage {
                    id: mirroredDirectoryPage
                    anchors.fill: parent
                }
            }
        }
        Component {
            id: mirroredContact
            Item {
                property alias page: mirroredContactPage
                width: root.width
                height: root.height
                LayoutMirroring.enabled: true
                LayoutMirroring.childrenInherit: true
                ContactPage {
                    id: mirroredContactPage
                    anchors.fill: parent
                    pack: "nl"
                    contactId: "ind"
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

        function idsOf(page) {
            const ids = [];
            for (let row = 0; row < page.count; ++row)
                ids.push(page.contacts.get(row).contactId);
            return ids;
        }

        function test_homeLeadsToTheDirectory() {
            const home = createTemporaryObject(homeComponent, root);
            waitForRendering(home);
            const entry = findChild(home, "home-directory");
            verify(entry && entry.visible);
            compare(entry.Accessible.name, "Find help");
            entry.clicked();
            compare(openSpy.count, 1);
            compare(openSpy.signalArguments[0][0], "directory");
        }

        function test_listsTheContacts() {
            const page = createTemporaryObject(directoryComponent, root);
            waitForRendering(page);
            compare(page.title, "Find help");
            verify(page.count >= 10, "the nl pack's directory is listed");
            compare(page.count, page.contacts.totalCount);
            verify(!findChild(page, "directory-empty").visible);
            // Alphabetical: Amnesty first; every organisation of the nl pack is national.
            const list = findChild(page, "directory-list");
            compare(list.itemAtIndex(0).contactId, "amnesty");
            verify(list.itemAtIndex(0).visible);
            const heading = findChild(list.itemAtIndex(0), "directory-section");
            verify(heading.visible);
            compare(heading.text, "Across the Netherlands");
            verify(!findChild(list.itemAtIndex(1), "directory-section").visible, "one heading per section");
            compare(findChild(list.itemAtIndex(0), "contact-button").Accessible.name,
                    "Amnesty International Netherlands");
        }

        function test_filterByTopicReducesTheList() {
            const page = createTemporaryObject(directoryComponent, root);
            const all = page.count;
            const topicBox = findChild(page, "directory-topic");
            verify(topicBox.visible);
            let legal = -1;
            for (let i = 0; i < topicBox.count; ++i) {
                if (topicBox.model[i].id === "legal-aid")
                    legal = i;
            }
            verify(legal > 0, "legal help is one of the topics");
            compare(topicBox.textAt(legal), "Legal help");
            topicBox.currentIndex = legal;
            tryCompare(page, "count", 2);
            verify(page.count < all);
            compare(idsOf(page), ["juridisch-loket", "raad-voor-rechtsbijstand"]);
            topicBox.currentIndex = 0;
            tryCompare(page, "count", all);
        }

        function test_searchNarrowsAndSaysWhenNothingMatches() {
            const page = createTemporaryObject(directoryComponent, root);
            findChild(page, "directory-search").forceActiveFocus();
            typeText("nidos");
            tryCompare(page, "count", 1);
            compare(idsOf(page), ["nidos"]);
            typeText("xyz");
            tryCompare(page, "count", 0);
            verify(findChild(page, "directory-empty").visible);
        }

        function test_openNowHidesContactsWithoutHours() {
            const page = createTemporaryObject(directoryComponent, root, { now: root.tuesdayMorning });
            waitForRendering(page);
            const toggle = findChild(page, "directory-open-now");
            verify(!findChild(page, "directory-open-now-note").visible);
            mouseClick(toggle);
            verify(toggle.checked);
            // Only the IND gives hours in the nl pack; the others are left out, and the page says why.
            tryCompare(page, "count", 1);
            compare(idsOf(page), ["ind"]);
            verify(findChild(page, "directory-open-now-note").visible);
            const list = findChild(page, "directory-list");
            compare(findChild(list.itemAtIndex(0), "contact-open").text, "Open now, until 17:00");
            mouseClick(toggle);
            tryCompare(page, "count", page.contacts.totalCount);
        }

        function test_tappingAContactOpensItsPage() {
            const page = createTemporaryObject(directoryComponent, root);
            findChild(page, "directory-search").forceActiveFocus();
            typeText("nidos");
            tryCompare(page, "count", 1);
            waitForRendering(page);
            const entry = findChild(page, "contact-nidos");
            verify(entry);
            mouseClick(findChild(entry, "contact-button"));
            compare(openSpy.count, 1);
            compare(openSpy.signalArguments[0][0], "contact");
            compare(openSpy.signalArguments[0][1].pack, "nl");
            compare(openSpy.signalArguments[0][1].contactId, "nidos");
        }

        function test_contactPageShowsItsChannels() {
            const page = createTemporaryObject(contactComponent, root,
                                               { pack: "nl", contactId: "ind", now: root.tuesdayMorning });
            waitForRendering(page);
            compare(page.title, "IND (Immigration and Naturalisation Service)");
            verify(!findChild(page, "contact-missing").visible);
            compare(findChild(page, "contact-open").text, "Open now, until 17:00");
            const call = findChild(page, "channel-0-phone");
            verify(call && call.visible);
            compare(call.url, "tel:+31880430430");
            verify(call.text.indexOf("088 043 0430") >= 0);
            verify(call.Accessible.name.length > 0);
            const website = findChild(page, "channel-1-website");
            compare(website.url, "https://ind.nl/");
            verify(website.Accessible.name.length > 0);
            verify(!findChild(page, "copy-1").visible, "a website has nothing to copy");
            // Copy the number: it is on the clipboard and the button says so.
            const copy = findChild(page, "copy-0");
            verify(copy.Accessible.name.indexOf("088 043 0430") >= 0);
            mouseClick(copy);
            compare(page.details.clipboardText(), "088 043 0430");
            compare(copy.text, "Copied");
            verify(findChild(page, "contact-verified").text.indexOf("Last checked: ") === 0);
            // The IND's languages are not known: the page says one can ask for an interpreter.
            const hint = findChild(page, "contact-interpreter");
            verify(hint.visible);
            verify(hint.Accessible.name.indexOf("interpreter") >= 0);
            verify(findChild(page, "contact-vcard-actions"));
            verify(findChild(page, "contact-description").text.length > 0);
        }

        function test_emergencyAndNationalOnlyNumbersAreMarked() {
            const page = createTemporaryObject(contactComponent, root, { pack: "nl", contactId: "police" });
            waitForRendering(page);
            compare(findChild(page, "channel-0-phone").url, "tel:112");
            compare(findChild(page, "channel-0-note").text, "Emergency");
            compare(findChild(page, "channel-1-phone").url, "tel:09008844");
            compare(findChild(page, "channel-1-note").text, "Only from a Dutch phone number");
            verify(findChild(page, "channel-1-phone").Accessible.name.indexOf("Only from a Dutch phone number") >= 0);
            // No hours in the source: the page says so instead of guessing.
            compare(findChild(page, "contact-open").text, "Hours not known: check the website");
        }

        function test_aMissingContactSaysSo() {
            const page = createTemporaryObject(contactComponent, root, { pack: "nl", contactId: "no-such-contact" });
            waitForRendering(page);
            compare(page.title, "Contact");
            verify(findChild(page, "contact-missing").visible);
            verify(!findChild(page, "contact-interpreter").visible);
        }

        // With the notes open, an organisation is kept among the person's contacts with a note, and
        // the directory then shows it first; locked, the page only says how.
        function test_keepAContactInMyCase() {
            let page = createTemporaryObject(contactComponent, root, { pack: "nl", contactId: "ind" });
            waitForRendering(page);
            verify(findChild(page, "contact-keep-locked").visible);
            verify(!findChild(page, "contact-keep-add").visible);

            compare(VaultSession.state, VaultSession.Absent);
            VaultSession.createVault("directory passphrase", "directory passphrase");
            tryCompare(VaultSession, "state", VaultSession.Unlocked, 30000);
            VaultSession.confirmRecoveryKeySaved();
            verify(findChild(page, "contact-keep-add").visible);
            findChild(page, "contact-keep-note").text = "Ask for the letter of 3 May";
            findChild(page, "contact-keep-add").clicked();
            compare(VaultSession.personalContacts.count, 1);
            // The first record of a new vault has id 1.
            const kept = VaultSession.personalContacts.get(1);
            compare(kept.directoryRef, "nl/ind");
            compare(kept.note, "Ask for the letter of 3 May");
            verify(kept.phone.length > 0);
            verify(findChild(page, "contact-keep-result").text.length > 0);

            const directory = createTemporaryObject(directoryComponent, root);
            waitForRendering(directory);
            const mineSection = findChild(directory, "directory-mine");
            verify(mineSection.visible);
            const list = findChild(directory, "directory-list");
            verify(mineSection.y < list.y, "my contacts stand above the directory");
            verify(findChild(directory, "directory-mine-1"));

            VaultSession.wipe();
            compare(VaultSession.state, VaultSession.Absent);
            verify(!mineSection.visible);
        }

        function test_rightToLeftDirectoryMirrors() {
            const holder = createTemporaryObject(mirroredDirectory, root);
            waitForRendering(holder);
            const page = holder.page;
            compare(findChild(page, "directory-search").effectiveHorizontalAlignment, TextInput.AlignRight);
            const list = findChild(page, "directory-list");
            compare(findChild(list.itemAtIndex(0), "contact-name").effectiveHorizontalAlignment, Text.AlignRight);
            // The first filter starts at the right edge.
            const topicBox = findChild(page, "directory-topic");
            const start = topicBox.mapToItem(page, topicBox.width, 0).x;
            verify(start > page.width - 2 * 16 - 1, "the topic filter sits at the right: " + start);
        }

        function test_rightToLeftContactMirrors() {
            const holder = createTemporaryObject(mirroredContact, root);
            waitForRendering(holder);
            const page = holder.page;
            compare(findChild(page, "contact-name").effectiveHorizontalAlignment, Text.AlignRight);
            compare(findChild(page, "contact-verified").effectiveHorizontalAlignment, Text.AlignRight);
            const call = findChild(page, "channel-0-phone");
            const end = call.mapToItem(page, call.width, 0).x;
            verify(end > page.width - 2 * 16 - 1, "the call button sits at the right: " + end);
        }
    }
}
