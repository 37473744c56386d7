import QtQuick
import QtTest
import RightsCompanion
import RightsCompanion.Models

// The "Content updates" page against a real ContentUpdates (tst_contentupdatespage.cpp): two folder
// mirrors, a newer repository and an old USB copy; content published on 2025-03-01, stale now.
// TestCase items are never visible; pages are created under this visible root instead.
Item {
    id: root

    width: 360
    height: 740

    Component {
        id: updatesComponent
        ContentUpdatesPage {
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
            ContentUpdatesPage {
                id: mirroredPage
                anchors.fill: parent
            }
        }
    }

    Component {
        id: homeComponent
        HomePage {
            width: root.width
            height: root.height
        }
    }

    TestCase {
        id: testCase

        // The mirrors the setup put in settings.ini: [newer repository, old USB copy].
        property string newer
        property string usb

        name: "ContentUpdatesPage"
        when: windowShown

        SignalSpy {
            id: finishedSpy
            target: ContentUpdates
            signalName: "finished"
        }
        SignalSpy {
            id: progressSpy
            target: ContentUpdates
            signalName: "progressChanged"
        }
        SignalSpy {
            id: openSpy
            target: PageRouter
            signalName: "openRequested"
        }

        function initTestCase() {
            compare(ContentUpdates.mirrors.length, 2);
            testCase.newer = ContentUpdates.mirrors[0];
            testCase.usb = ContentUpdates.mirrors[1];
        }

        function init() {
            finishedSpy.clear();
            progressSpy.clear();
            openSpy.clear();
            Languages.select("en");
        }

        function useMirrors(list) {
            while (ContentUpdates.mirrors.length > 0)
                ContentUpdates.removeMirror(0);
            for (const mirror of list)
                compare(ContentUpdates.addMirror(mirror), "");
        }

        function checkNow(page) {
            const button = findChild(page, "updates-check-now");
            verify(button.enabled);
            button.clicked();
            verify(ContentUpdates.busy, "the check runs in the background");
            verify(!button.enabled, "one check at a time");
            tryCompare(finishedSpy, "count", 1, 60000);
            verify(!ContentUpdates.busy);
        }

        function test_1_showsTheStateBeforeAnyCheck() {
            const page = createTemporaryObject(updatesComponent, root);
            waitForRendering(page);
            verify(!findChild(page, "updates-unavailable").visible);
            const date = findChild(page, "updates-content-date").text;
            verify(date.startsWith("Content as of") && date.indexOf("2025") > 0, date);
            compare(findChild(page, "updates-last-check").text, "Not checked for updates yet.");
            verify(findChild(page, "updates-stale").visible, "the distributor's targets metadata has expired");
            verify(findChild(findChild(page, "updates-mirror-0"), "updates-mirror-text").text.indexOf(testCase.newer) >= 0);
            verify(findChild(page, "updates-mirror-1").visible);
            verify(!findChild(page, "updates-progress").visible);
            verify(findChild(page, "updates-check-now").height >= Theme.touchTarget - 12);
            verify(findChild(page, "updates-unmetered").checked, "only unmetered networks by default");
            verify(findChild(page, "updates-network").text.length > 0);
        }

        function test_2_homeShowsAStaleBannerThatLeadsHere() {
            const home = createTemporaryObject(homeComponent, root);
            waitForRendering(home);
            const banner = findChild(home, "home-stale-content");
            verify(banner.visible);
            verify(banner.text.indexOf("2025") > 0 && banner.text.indexOf("may be out of date") > 0, banner.text);
            findChild(banner, "notice-action").clicked();
            compare(openSpy.count, 1);
            compare(openSpy.signalArguments[0][0], "updates");
        }

        function test_3_checkNowInstallsTheChangedArticle() {
            useMirrors([testCase.newer]);
            Languages.select("nl");
            verify(ContentLibrary.article("showcase", "appeal-time").html.indexOf("1 week") >= 0);
            Languages.select("en");
            const page = createTemporaryObject(updatesComponent, root);
            checkNow(page);
            compare(finishedSpy.signalArguments[0][0], true, ContentUpdates.status);
            verify(ContentUpdates.status.startsWith("The information was updated."), ContentUpdates.status);
            // An expired copy from offline media: used, and the page says why.
            verify(ContentUpdates.status.indexOf("nothing in it is older") > 0, ContentUpdates.status);
            verify(!ContentUpdates.statusIsProblem);
            verify(findChild(page, "updates-status").visible);
            verify(!findChild(page, "updates-problem").visible);
            // The progress bar had bytes to show, and finished full.
            verify(progressSpy.count > 0);
            verify(ContentUpdates.bytesTotal > 0);
            compare(ContentUpdates.bytesDone, ContentUpdates.bytesTotal);
            verify(findChild(page, "updates-last-check").text.startsWith("Last check:"));
            Languages.select("nl");
            verify(ContentLibrary.article("showcase", "appeal-time").html.indexOf("4 weken") >= 0);
        }

        function test_4_anOlderUsbCopyIsIgnored() {
            useMirrors([testCase.usb]);
            const page = createTemporaryObject(updatesComponent, root);
            checkNow(page);
            compare(finishedSpy.signalArguments[0][0], false);
            verify(ContentUpdates.statusIsProblem);
            const problem = findChild(page, "updates-problem");
            verify(problem.visible);
            verify(problem.text.indexOf("older than what you already have") > 0, problem.text);
            verify(problem.text.indexOf("nothing changed") > 0, problem.text);
            Languages.select("nl");
            verify(ContentLibrary.article("showcase", "appeal-time").html.indexOf("4 weken") >= 0,
                   "the content is unchanged");
        }

        function test_5_mirrorsAreAddedAndRemoved() {
            useMirrors([testCase.newer]);
            const page = createTemporaryObject(updatesComponent, root);
            const field = findChild(page, "updates-mirror-field");
            const add = findChild(page, "updates-mirror-add");
            field.text = "relative/folder";
            add.clicked();
            const problem = findChild(page, "updates-mirror-problem");
            verify(problem.visible);
            verify(problem.text.indexOf("full path") > 0, problem.text);
            compare(ContentUpdates.mirrors.length, 1);
            field.text = testCase.newer;
            add.clicked();
            verify(problem.text.indexOf("already in the list") > 0, problem.text);
            field.text = testCase.usb;
            add.clicked();
            verify(!problem.visible);
            compare(field.text, "");
            compare(ContentUpdates.mirrors.length, 2);
            const remove = findChild(findChild(page, "updates-mirror-1"), "updates-mirror-remove");
            remove.clicked();
            compare(ContentUpdates.mirrors.length, 1);
            compare(ContentUpdates.mirrors[0], testCase.newer);
            // Without mirrors there is nothing to check, and the page says what to do.
            ContentUpdates.removeMirror(0);
            verify(!findChild(page, "updates-check-now").enabled);
            verify(findChild(page, "updates-no-mirror").visible);
        }

        function test_5b_webMirrorsFollowTheNetworkPolicy() {
            // A web mirror on the discard port of this machine: nothing outside is ever contacted.
            useMirrors(["http://127.0.0.1:9/"]);
            ContentUpdates.onlyUnmetered = true;
            const page = createTemporaryObject(updatesComponent, root);
            verify(findChild(page, "updates-network").text.length > 0);
            findChild(page, "updates-check-now").clicked();
            if (ContentUpdates.networkState !== ContentUpdates.Unmetered) {
                // Metered, offline, or unknown (no network information here): not used, and said so.
                verify(!ContentUpdates.busy, "no check was started");
                compare(finishedSpy.count, 0);
                verify(ContentUpdates.statusIsProblem);
                verify(ContentUpdates.status.indexOf("the web mirrors were not used") > 0, ContentUpdates.status);
                verify(findChild(page, "updates-problem").visible);
            } else {
                tryCompare(finishedSpy, "count", 1, 60000);
                compare(finishedSpy.signalArguments[0][0], false);
                verify(ContentUpdates.status.indexOf("could not be read") >= 0, ContentUpdates.status);
            }
            useMirrors([testCase.newer]);
        }

        function test_6_rowsRunLeftToRightInEnglish() {
            useMirrors([testCase.newer]);
            const page = createTemporaryObject(updatesComponent, root);
            waitForRendering(page);
            const row = findChild(page, "updates-mirror-0");
            const text = findChild(row, "updates-mirror-text");
            const remove = findChild(row, "updates-mirror-remove");
            verify(remove.mapToItem(root, 0, 0).x > text.mapToItem(root, 0, 0).x);
            compare(findChild(page, "updates-content-date").effectiveHorizontalAlignment, Text.AlignLeft);
        }

        function test_8_sharesWithPhonesNearby() {
            const page = createTemporaryObject(updatesComponent, root);
            waitForRendering(page);
            verify(LanShareController.available);
            const explanation = findChild(page, "lanshare-explanation");
            verify(explanation.visible);
            verify(explanation.text.indexOf("signatures") > 0 && explanation.text.indexOf("30 minutes") > 0,
                   explanation.text);
            verify(!findChild(page, "lanshare-running").visible);
            findChild(page, "lanshare-start").clicked();
            verify(LanShareController.running, LanShareController.problem);
            verify(findChild(page, "lanshare-running").visible);
            verify(!findChild(page, "lanshare-start").visible);
            const address = findChild(page, "lanshare-address");
            verify(address.text.indexOf("http://192.168.1.20:") >= 0, address.text);
            const qr = findChild(page, "lanshare-qr");
            verify(qr.visible && qr.valid);
            compare(qr.text, LanShareController.addresses[0]);
            verify(qr.width >= qr.modules, "at least one pixel per module");
            const timeLeft = findChild(page, "lanshare-time-left").text;
            verify(/in (30:00|29:[0-5][0-9])\./.test(timeLeft), timeLeft);
            findChild(page, "lanshare-stop").clicked();
            verify(!LanShareController.running);
            compare(findChild(page, "lanshare-status").text, "Sharing stopped.");
            verify(findChild(page, "lanshare-start").visible);
        }

        function test_7_rightToLeftMirrorsThePage() {
            useMirrors([testCase.newer]);
            const holder = createTemporaryObject(mirroredComponent, root);
            waitForRendering(holder);
            compare(findChild(holder.page, "updates-content-date").effectiveHorizontalAlignment, Text.AlignRight);
            compare(findChild(holder.page, "updates-last-check").effectiveHorizontalAlignment, Text.AlignRight);
            compare(findChild(holder.page, "updates-network").effectiveHorizontalAlignment, Text.AlignRight);
            // The remove button sits at the start edge's opposite: left of the address in RTL.
            const row = findChild(holder.page, "updates-mirror-0");
            const text = findChild(row, "updates-mirror-text");
            const remove = findChild(row, "updates-mirror-remove");
            verify(remove.mapToItem(root, 0, 0).x < text.mapToItem(root, 0, 0).x);
            // A path or web address stays left-to-right in its field, and in the list.
            compare(findChild(holder.page, "updates-mirror-field").effectiveHorizontalAlignment, TextInput.AlignLeft);
            verify(text.text.startsWith("\u2066"));
        }
    }
}
