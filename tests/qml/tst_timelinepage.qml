import QtQuick
import QtQuick.Controls
import QtTest
import RightsCompanion
import RightsCompanion.Models

// The procedure timeline and "My procedure", left-to-right and right-to-left.
Item {
    id: root

    width: 360
    height: 740

    TestCase {
        name: "TimelinePage"
        when: windowShown

        Component {
            id: timelineComponent
            TimelinePage {
                width: root.width
                height: root.height
                today: "2026-03-03"
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
                TimelinePage {
                    id: mirroredPage
                    anchors.fill: parent
                    today: "2026-03-03"
                }
            }
        }

        Component {
            id: caseComponent
            MyCasePage {
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

        SignalSpy {
            id: openSpy
            target: PageRouter
            signalName: "openRequested"
        }

        readonly property var generalSteps: ["registration", "rest-preparation", "interview", "corrections", "intention", "view", "decision", "permit"]

        function init() {
            openSpy.clear();
            Languages.select("en");
        }

        function xIn(item, page) {
            return item.mapToItem(page, 0, 0).x;
        }

        function yIn(item, page) {
            return item.mapToItem(page, 0, 0).y;
        }

        // Every step of the general procedure, top to bottom, with the rail at the start edge.
        function checkSteps(page, mirrored) {
            let lastY = -1;
            for (const id of generalSteps) {
                const step = findChild(page, "timeline-step-" + id);
                verify(step, "step " + id + " is shown");
                verify(step.height > 48, id);
                const y = yIn(step, page);
                verify(y > lastY, "step " + id + " comes after the one before it");
                lastY = y;
                const marker = findChild(step, "timeline-marker");
                const content = findChild(step, "timeline-step-content");
                verify(marker && content);
                if (mirrored)
                    verify(xIn(marker, page) > xIn(content, page), "the rail is on the right in " + id);
                else
                    verify(xIn(marker, page) < xIn(content, page), "the rail is on the left in " + id);
                const title = findChild(step, "timeline-step-title");
                compare(title.effectiveHorizontalAlignment, mirrored ? Text.AlignRight : Text.AlignLeft);
            }
        }

        function test_1_generalProcedureLeftToRight() {
            const page = createTemporaryObject(timelineComponent, root);
            waitForRendering(page);
            const warning = findChild(page, "timeline-lawyer-warning");
            verify(warning.visible, "the lawyer warning is always there");
            verify(warning.text.indexOf("lawyer must confirm") >= 0);
            verify(warning.height > 40);
            compare(page.steps.shownProcedure, "general", "without a track: the general procedure");
            compare(findChild(page, "timeline-title").text, "The general asylum procedure (AA)");
            verify(!findChild(page, "timeline-not-translated").visible);
            verify(findChild(page, "timeline-law-changing").visible);
            checkSteps(page, false);
            // The time limits of the AA at their steps, with their legal basis.
            const decision = findChild(page, "timeline-step-decision");
            const rule = findChild(decision, "timeline-rule");
            verify(rule && rule.visible);
            compare(page.steps.data(page.steps.index(6, 0), Qt.UserRole + 9)[0].term, "1 week");
            // Locked vault: no personal part, and the page says why.
            verify(findChild(page, "timeline-mine") === null);
            verify(findChild(page, "timeline-where").text.indexOf("Open your notes") === 0);
        }

        function test_2_rightToLeftMirrorsTheTimeline() {
            const holder = createTemporaryObject(mirroredComponent, root);
            waitForRendering(holder);
            const page = holder.page;
            checkSteps(page, true);
            const warning = findChild(page, "timeline-lawyer-warning");
            verify(warning.visible);
            verify(xIn(warning, page) + warning.width > page.width / 2, "the warning spans the page");
        }

        function test_3_otherProcedures() {
            const page = createTemporaryObject(timelineComponent, root, { procedureId: "appeal" });
            waitForRendering(page);
            compare(page.steps.shownProcedure, "appeal");
            const further = findChild(page, "timeline-step-further-appeal");
            verify(further, "the further appeal is a step");
            const rule = findChild(further, "timeline-rule");
            verify(rule.visible);
            // No number for the further appeal: the text sends the user to a lawyer.
            const texts = [];
            for (let i = 0; i < rule.children[0].children.length; ++i)
                texts.push(rule.children[0].children[i].text);
            verify(texts.join(" ").indexOf("Ask your lawyer at once") >= 0, texts.join(" "));
            const picker = findChild(page, "timeline-procedure-picker");
            verify(picker.visible);
            compare(picker.count, 5);
            picker.currentIndex = picker.indexOfValue("family-reunification");
            picker.activated(picker.currentIndex);
            compare(page.steps.shownProcedure, "family-reunification");
            verify(findChild(page, "timeline-step-permit"));
        }

        // Every procedure of the nl pack is translated (the fallback itself: tst_procedurepack).
        function test_4_translatedProcedureHasNoNotice() {
            verify(Languages.select("nl"));
            const page = createTemporaryObject(timelineComponent, root);
            waitForRendering(page);
            const notice = findChild(page, "timeline-not-translated");
            verify(!notice || !notice.visible);
            verify(!page.steps.isFallback);
            compare(page.steps.language, "nl");
        }

        function test_5_myProcedureWithTheVaultOpen() {
            compare(VaultSession.state, VaultSession.Absent);
            VaultSession.createVault("timeline passphrase", "timeline passphrase");
            tryCompare(VaultSession, "state", VaultSession.Unlocked, 30000);
            VaultSession.confirmRecoveryKeySaved();
            verify(VaultSession.caseDates.save({ kind: "interview", date: "2026-02-20" }) > 0);
            verify(VaultSession.caseDates.save({ kind: "decision_sent", date: "2026-03-02" }) > 0);
            verify(VaultSession.appointments.save({ title: "Lawyer", startsAt: "2026-03-05T10:30" }) > 0);
            VaultSession.setCaseDetail("procedure_track", "general");

            for (const mirrored of [false, true]) {
                const holder = createTemporaryObject(mirrored ? mirroredComponent : timelineComponent, root);
                waitForRendering(holder);
                const page = mirrored ? holder.page : holder;
                verify(findChild(page, "timeline-lawyer-warning").visible);
                const mine = findChild(page, "timeline-mine");
                verify(mine, "My procedure is shown while the vault is open");
                compare(page.mine.count, 1);
                const card = findChild(mine, "deadline-decision_sent-0");
                verify(card);
                const lastDay = findChild(card, "deadline-last-day");
                verify(lastDay.text.indexOf("9 March 2026") >= 0 || lastDay.text.indexOf("March 9, 2026") >= 0, lastDay.text);
                verify(findChild(card, "deadline-warning").visible, "each deadline says a lawyer must confirm it");
                compare(findChild(card, "deadline-warning").text, "A lawyer must confirm this deadline.");
                // You are here: the decision; next: the permit.
                const decision = findChild(page, "timeline-step-decision");
                compare(findChild(decision, "timeline-state").text, "You are here");
                compare(findChild(findChild(page, "timeline-step-permit"), "timeline-state").text, "Next");
                // The reminders: the appointment, then the deadline.
                compare(page.mine.upcoming.length, 2);
                verify(findChild(mine, "reminder-appointment"));
                verify(findChild(mine, "reminder-deadline"));
                // The export needs a full path.
                const path = findChild(mine, "timeline-export-path");
                path.text = "deadlines.ics";
                findChild(mine, "timeline-export").clicked();
                verify(findChild(mine, "timeline-export-result").text.indexOf("full path") >= 0);
                verify(findChild(mine, "timeline-export-discreet").checked, "discreet by default");
                // The button to edit the dates opens My case.
                findChild(mine, "timeline-edit-dates").clicked();
                compare(openSpy.signalArguments[openSpy.count - 1][0], "case");
            }

            // My case leads here too.
            const myCase = createTemporaryObject(caseComponent, root);
            waitForRendering(myCase);
            findChild(myCase, "case-open-timeline").clicked();
            compare(openSpy.signalArguments[openSpy.count - 1][0], "timeline");

            // Leave no vault behind for the next test file.
            VaultSession.wipe();
            compare(VaultSession.state, VaultSession.Absent);
        }

        function test_6_reachableFromHome() {
            const home = createTemporaryObject(homeComponent, root);
            verify(home);
            waitForRendering(home);
            findChild(home, "home-timeline").clicked();
            compare(openSpy.signalArguments[openSpy.count - 1][0], "timeline");
        }
    }
}
