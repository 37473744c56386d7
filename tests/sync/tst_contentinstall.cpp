// Signed content into the app's content database: packs as small targets (sync/PackTargets), the
// bundled repository on a fresh profile, updates that change one text, rollbacks from old copies,
// hostile targets with valid signatures, and an install killed half way (with content_install_child).
#include "../RecordingFixture.h"
#include "ContentSyncFixture.h"
#include "content/PackBuilder.h"
#include "content/PackSource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace rc::test;
using rc::content::ContentStore;

namespace {

const QString Appeal = QStringLiteral("showcase/articles/appeal-time/nl");

QByteArray targetContent(const QList<TargetInput> &targets, const QString &name)
{
    for (const TargetInput &target : targets) {
        if (target.name == name)
            return target.content;
    }
    return {};
}

QList<TargetInput> replaced(QList<TargetInput> targets, const QString &name, const QByteArray &content)
{
    for (TargetInput &target : targets) {
        if (target.name == name)
            target.content = content;
    }
    return targets;
}

QString articleBody(ContentStore &store, const QString &pack, const QString &id, const QString &language)
{
    const auto text = store.article(pack, id, language);
    return text ? text->body : QString();
}

// A compiled pack (PackBuilder) installed the old way, for comparing with what the targets install.
QString installFromPackFile(const QString &source, const QString &folder)
{
    rc::content::Diagnostics diagnostics;
    const auto pack = rc::content::PackSource::load(source, QDate::currentDate(), diagnostics);
    QString error;
    const QString file = rc::content::PackBuilder::build(pack, folder + QStringLiteral("/packs"), &error);
    const QString database = folder + QStringLiteral("/content.sqlite");
    ContentStore store;
    if (file.isEmpty() || !store.open(database)
        || store.importPack(file).status != ContentStore::ImportStatus::Installed)
        return {};
    return database;
}

} // namespace

class tst_ContentInstall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void packTargetsSplitTheRealPack();
    void packTargetsRefuseAPackWithErrors();
    void targetNames_data();
    void targetNames();
    void bundledRepositoryInstallsOnAFreshProfile();
    void aProfileWithDamagedContentGetsEverythingAgain();
    void packFromAnRcpackFileIsReplacedWhole();
    void oneChangedArticleChangesExactlyThatText();
    void removedArticleIsRemoved();
    void recordingsTravelAsFilesAndAreCheckedOnInstall();
    void olderCopyOnAUsbStickIsIgnored();
    void expiredOfflineCopyIsAcceptedWithItsDate();
    void hostileTargetsAreRefused_data();
    void hostileTargetsAreRefused();
    void oldContentIsReadableUntilTheCommit();
    void installKilledHalfWayKeepsOldContentAndCompletesNextRun();
};

void tst_ContentInstall::packTargetsSplitTheRealPack()
{
    SyncError error;
    const QList<TargetInput> first = packTargets(QStringLiteral(RC_SOURCE_DIR "/content/nl"), &error);
    QVERIFY2(error.ok(), qPrintable(error.toString()));
    QStringList names;
    for (const TargetInput &target : first)
        names.append(target.name);
    QVERIFY(names.contains(QStringLiteral("nl/pack")));
    QVERIFY(names.contains(QStringLiteral("nl/articles/appeal/en")));
    QVERIFY(names.contains(QStringLiteral("nl/articles/appeal/ar")));
    QVERIFY(names.contains(QStringLiteral("nl/glossary/en")));
    for (const QString &name : std::as_const(names))
        QVERIFY2(parsePackTargetName(name).has_value(), qPrintable(name));
    // One target per article per language: as many as the compiled pack has texts.
    rc::content::Diagnostics diagnostics;
    const auto pack = rc::content::PackSource::load(QStringLiteral(RC_SOURCE_DIR "/content/nl"),
                                                    QDate::currentDate(), diagnostics);
    int texts = 0;
    for (const auto &article : pack.articles)
        texts += int(article.translations.size());
    QCOMPARE(int(names.filter(QStringLiteral("nl/articles/")).size()), texts);
    QCOMPARE(int(names.filter(QStringLiteral("nl/glossary/")).size()), int(pack.glossary.size()));
    // Small: an article text is kilobytes.
    QVERIFY(targetContent(first, QStringLiteral("nl/articles/appeal/en")).size() < 64 * 1024);
    // The pack target holds no digest and no content date: they change with every article.
    const QJsonObject packTarget
        = QJsonDocument::fromJson(targetContent(first, QStringLiteral("nl/pack"))).object();
    const QJsonArray packRow
        = packTarget[QStringLiteral("tables")][QStringLiteral("packs")][QStringLiteral("rows")]
              .toArray()
              .at(0)
              .toArray();
    QCOMPARE(packRow.at(2).toString(), QString());
    QCOMPARE(packRow.at(3).toString(), QString());

    // Publishing the same source twice gives the same target files.
    const QList<TargetInput> second = packTargets(QStringLiteral(RC_SOURCE_DIR "/content/nl"), &error);
    QCOMPARE(second.size(), first.size());
    for (int i = 0; i < first.size(); ++i) {
        QCOMPARE(second.at(i).name, first.at(i).name);
        QVERIFY2(second.at(i).content == first.at(i).content, qPrintable(first.at(i).name));
    }
}

void tst_ContentInstall::packTargetsRefuseAPackWithErrors()
{
    SyncError error;
    const QList<TargetInput> targets = packTargets(QStringLiteral(RC_TEST_DATA "/packs/lint-rules"), &error);
    QVERIFY(targets.isEmpty());
    QCOMPARE(error.code, SyncErrorCode::RepositoryInvalid);
    QVERIFY2(error.message.contains(QLatin1String("error:")), qPrintable(error.message));
    packTargets(QStringLiteral(RC_TEST_DATA "/packs/no-such-pack"), &error);
    QCOMPARE(error.code, SyncErrorCode::RepositoryInvalid);
}

void tst_ContentInstall::targetNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("known");
    QTest::newRow("pack") << QStringLiteral("nl/pack") << true;
    QTest::newRow("article") << QStringLiteral("nl/articles/appeal/en") << true;
    QTest::newRow("article, region") << QStringLiteral("nl/articles/appeal/fa-AF") << true;
    QTest::newRow("procedure") << QStringLiteral("nl/procedures/general/ar") << true;
    QTest::newRow("glossary") << QStringLiteral("nl/glossary/ckb") << true;
    QTest::newRow("old file name") << QStringLiteral("nl/articles/appeal/en.md") << false;
    QTest::newRow("deeper") << QStringLiteral("nl/articles/appeal/en/x") << false;
    QTest::newRow("dot dot") << QStringLiteral("nl/articles/../en") << false;
    QTest::newRow("upper case id") << QStringLiteral("nl/articles/Appeal/en") << false;
    QTest::newRow("no pack") << QStringLiteral("pack") << false;
    QTest::newRow("unknown kind") << QStringLiteral("nl/contacts/amsterdam") << false;
    QTest::newRow("empty language") << QStringLiteral("nl/glossary/") << false;
    QTest::newRow("absolute") << QStringLiteral("/nl/pack") << false;
}

void tst_ContentInstall::targetNames()
{
    QFETCH(QString, name);
    QFETCH(bool, known);
    QCOMPARE(parsePackTargetName(name).has_value(), known);
}

void tst_ContentInstall::bundledRepositoryInstallsOnAFreshProfile()
{
    // The bundle as content/CMakeLists.txt lays it out: repository/ and the pinned 1.root.json.
    ContentSyncFixture fixture(QStringLiteral(RC_SOURCE_DIR "/content/nl"));
    fixture.repo = fixture.dir.filePath(QStringLiteral("bundle/repository"));
    QVERIFY(fixture.publishSource().error.ok());
    QVERIFY(QFile::copy(fixture.metadata(QStringLiteral("1.root.json")),
                        fixture.dir.filePath(QStringLiteral("bundle/1.root.json"))));

    ContentStore store;
    QVERIFY(store.open(fixture.database));
    const BundledImport imported
        = importBundledContent(fixture.dir.filePath(QStringLiteral("bundle")), fixture.metadataDir, &store);
    QVERIFY2(imported.problems.isEmpty(), qPrintable(imported.problems.join(QLatin1Char('\n'))));
    QVERIFY(imported.fromRepository);
    QCOMPARE(imported.report.packsInstalled, QStringList { QStringLiteral("nl") });
    QCOMPARE(imported.report.downloaded.size(), fixture.sourceTargets().size());
    QVERIFY(QFileInfo::exists(fixture.metadataDir + QStringLiteral("/targets.json")));
    QCOMPARE(store.article(QStringLiteral("nl"), QStringLiteral("appeal"), QStringLiteral("en"))->title,
             QStringLiteral("Appeal to the court"));

    // Exactly what installing the compiled pack gives, row for row (the digest says where it came from).
    const QString compiled
        = installFromPackFile(fixture.source, fixture.dir.filePath(QStringLiteral("compiled")));
    QVERIFY(!compiled.isEmpty());
    const QStringList leaveOut { QStringLiteral("packs.digest") };
    QStringList fromTargets = dumpContent(fixture.database, leaveOut);
    fromTargets.erase(std::remove_if(fromTargets.begin(), fromTargets.end(),
                                     [](const QString &line) {
                                         return line.startsWith(QLatin1String("installed_targets|"));
                                     }),
                      fromTargets.end());
    QCOMPARE(fromTargets, dumpContent(compiled, leaveOut));
    QCOMPARE(store.contentDate(),
             rc::content::PackSource::load(fixture.source, QDate::currentDate(),
                                           *std::make_unique<rc::content::Diagnostics>())
                 .contentDate);
    // Search works on what was installed: the index is made on install.
    QVERIFY(!store.search(QStringLiteral("appeal"), QStringLiteral("en"), {}, 5).isEmpty());

    // The next start: nothing to download, nothing written, no problem.
    const QStringList before = dumpContent(fixture.database);
    const BundledImport again
        = importBundledContent(fixture.dir.filePath(QStringLiteral("bundle")), fixture.metadataDir, &store);
    QVERIFY2(again.problems.isEmpty(), qPrintable(again.problems.join(QLatin1Char('\n'))));
    QVERIFY(again.report.downloaded.isEmpty());
    QVERIFY(!again.report.contentChanged());
    QCOMPARE(dumpContent(fixture.database), before);
}

void tst_ContentInstall::aProfileWithDamagedContentGetsEverythingAgain()
{
    // The trusted metadata survived, the content database did not (ContentStore set it aside): the
    // refresh finds nothing new, but the database lacks every target, so all are installed again.
    ContentSyncFixture fixture;
    QVERIFY(fixture.publishSource().error.ok());
    fixture.trustRepository();
    {
        ContentStore store;
        QVERIFY(store.open(fixture.database));
        QVERIFY(fixture.update(store).ok());
    }
    const QStringList installed = dumpContent(fixture.database, { QStringLiteral("packs.digest") });
    QVERIFY(QFile::remove(fixture.database));
    ContentStore store;
    QVERIFY(store.open(fixture.database));
    const UpdateReport report = fixture.update(store);
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    QVERIFY(!report.refresh.updated);
    QCOMPARE(report.downloaded.size(), fixture.sourceTargets().size());
    QCOMPARE(dumpContent(fixture.database, { QStringLiteral("packs.digest") }), installed);
}

void tst_ContentInstall::packFromAnRcpackFileIsReplacedWhole()
{
    // A pack installed from a .rcpack file (an older app) has no targets recorded: the first signed
    // install replaces all of it.
    ContentSyncFixture fixture;
    const QString compiled
        = installFromPackFile(fixture.source, fixture.dir.filePath(QStringLiteral("phone")));
    QCOMPARE(compiled, fixture.database);
    fixture.editSource(QStringLiteral("articles/appeal-time/nl.md"), "Je hebt vaak 1 week",
                       "Je hebt soms 4 weken");
    QVERIFY(fixture.publishSource().error.ok());
    fixture.trustRepository();
    ContentStore store;
    QVERIFY(store.open(fixture.database));
    const UpdateReport report = fixture.update(store);
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    QCOMPARE(report.downloaded.size(), fixture.sourceTargets().size());
    QVERIFY(
        articleBody(store, QStringLiteral("showcase"), QStringLiteral("appeal-time"), QStringLiteral("nl"))
            .startsWith(QLatin1String("Je hebt soms 4 weken")));
    QCOMPARE(store.installedTargets().size(), fixture.sourceTargets().size());
    // And installing the .rcpack file again forgets the targets, so the next update is whole again.
    QCOMPARE(store.importPack(fixture.dir.filePath(QStringLiteral("phone/packs/showcase.rcpack"))).status,
             ContentStore::ImportStatus::Installed);
    QVERIFY(store.installedTargets().isEmpty());
}

void tst_ContentInstall::oneChangedArticleChangesExactlyThatText()
{
    ContentSyncFixture fixture;
    QVERIFY(fixture.publishSource().error.ok());
    fixture.trustRepository();
    ContentStore store;
    QVERIFY(store.open(fixture.database));
    QVERIFY(fixture.update(store).ok());
    const QStringList before = dumpContent(fixture.database);

    fixture.editSource(QStringLiteral("articles/appeal-time/nl.md"), "Je hebt vaak 1 week",
                       "Je hebt soms 4 weken");
    const PublishReport published = fixture.publishSource();
    QVERIFY(published.error.ok());
    QCOMPARE(published.changes.size(), 1);
    QCOMPARE(published.changes.constFirst().name, Appeal);

    QList<InstallProgress> progress;
    UpdateOptions options;
    options.progress = [&](const InstallProgress &step) { progress.append(step); };
    const UpdateReport report = fixture.update(store, options);
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    QCOMPARE(report.downloaded, QStringList { Appeal });
    QCOMPARE(report.packsInstalled, QStringList { QStringLiteral("showcase") });
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast().targetsDone, 1);
    QCOMPARE(progress.constLast().bytesDone, progress.constLast().bytesTotal);
    QVERIFY(progress.constLast().bytesTotal > 0);

    QVERIFY(
        articleBody(store, QStringLiteral("showcase"), QStringLiteral("appeal-time"), QStringLiteral("nl"))
            .startsWith(QLatin1String("Je hebt soms 4 weken")));
    // Exactly that text changed, and the records of where it came from (the pack's digest of its
    // targets, the installed target's hash): nothing else, in no other table.
    const QStringList after = dumpContent(fixture.database);
    const auto key = [](const QString &line) {
        return line.section(QLatin1Char('|'), 0, line.startsWith(QLatin1String("article_texts|")) ? 3 : 1);
    };
    QSet<QString> changed;
    for (const QString &line : after) {
        if (!before.contains(line))
            changed.insert(key(line));
    }
    for (const QString &line : before) {
        if (!after.contains(line))
            changed.insert(key(line));
    }
    QCOMPARE(changed,
             (QSet<QString> { QStringLiteral("article_texts|pack=showcase|article=appeal-time|lang=nl"),
                              QStringLiteral("installed_targets|name=") + Appeal,
                              QStringLiteral("packs|pack=showcase") }));
    QCOMPARE(after.size(), before.size());
}

void tst_ContentInstall::removedArticleIsRemoved()
{
    ContentSyncFixture fixture;
    QVERIFY(fixture.publishSource().error.ok());
    fixture.trustRepository();
    ContentStore store;
    QVERIFY(store.open(fixture.database));
    QVERIFY(fixture.update(store).ok());
    QVERIFY(store.hasArticle(QStringLiteral("showcase"), QStringLiteral("english-only")));

    QVERIFY(QDir(fixture.source + QStringLiteral("/articles/english-only")).removeRecursively());
    QVERIFY(fixture.publishSource().error.ok());
    const UpdateReport report = fixture.update(store);
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    QVERIFY(report.downloaded.isEmpty());
    QVERIFY(!store.hasArticle(QStringLiteral("showcase"), QStringLiteral("english-only")));
    QVERIFY(!store.installedTargets().contains(QStringLiteral("showcase/articles/english-only/en")));
    QVERIFY(store.hasArticle(QStringLiteral("showcase"), QStringLiteral("appeal-time")));
}

void tst_ContentInstall::recordingsTravelAsFilesAndAreCheckedOnInstall()
{
    const rc::test::Recording first = rc::test::makeRecording(QStringLiteral("You have a week to appeal."));
    const rc::test::Recording second
        = rc::test::makeRecording(QStringLiteral("You have a week to appeal. Ask your lawyer."));
    QVERIFY2(first.error.isEmpty() && second.error.isEmpty(), qPrintable(first.error + second.error));
    const QString pack = QStringLiteral("showcase");
    const QString article = QStringLiteral("appeal-time");
    const QString name = QStringLiteral("showcase/audio/appeal-time/ar");

    // An Arabic recording of an article whose text has no Arabic translation yet: allowed.
    ContentSyncFixture fixture;
    writeFile(fixture.source + QStringLiteral("/articles/appeal-time/ar.opus"), first.opus);
    const QList<TargetInput> targets = fixture.sourceTargets();
    QCOMPARE(targetContent(targets, name), first.opus);
    QVERIFY(fixture.publishTargets(targets).error.ok());
    fixture.trustRepository();
    ContentStore store;
    QVERIFY(store.open(fixture.database));
    UpdateReport report = fixture.update(store);
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    std::optional<rc::content::ArticleRecording> installed
        = store.recording(pack, article, QStringLiteral("ar"));
    QVERIFY(installed);
    QCOMPARE(installed->data, first.opus);
    QVERIFY(qAbs(installed->durationMs - first.wavDurationMs) <= 40);
    QCOMPARE(store.recordingLanguages(pack, article), QStringList { QStringLiteral("ar") });
    QVERIFY(!store.recording(pack, article, QStringLiteral("en")));

    // A new recording: only its own target travels.
    writeFile(fixture.source + QStringLiteral("/articles/appeal-time/ar.opus"), second.opus);
    QVERIFY(fixture.publishSource().error.ok());
    report = fixture.update(store);
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    QCOMPARE(report.downloaded, QStringList { name });
    QCOMPARE(store.recording(pack, article, QStringLiteral("ar"))->data, second.opus);

    // A repository that signs a damaged recording does not get it installed: the file is checked
    // before it reaches the database, and the content stays as it was.
    const QStringList before = dumpContent(fixture.database);
    QByteArray damaged = second.opus;
    damaged[damaged.size() / 2] = char(damaged[damaged.size() / 2] ^ 0x20);
    QVERIFY(fixture.publishTargets(replaced(fixture.sourceTargets(), name, damaged)).error.ok());
    report = fixture.update(store);
    QVERIFY(!report.ok());
    QVERIFY2(report.error.message.contains(QLatin1String("not a usable recording")),
             qPrintable(report.error.message));
    QCOMPARE(dumpContent(fixture.database), before);

    // Removing the recording from the pack removes it from the phone.
    QVERIFY(QFile::remove(fixture.source + QStringLiteral("/articles/appeal-time/ar.opus")));
    QVERIFY(fixture.publishSource().error.ok());
    report = fixture.update(store);
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    QVERIFY(!store.recording(pack, article, QStringLiteral("ar")));
    QVERIFY(!store.installedTargets().contains(name));
}

void tst_ContentInstall::olderCopyOnAUsbStickIsIgnored()
{
    ContentSyncFixture fixture;
    QVERIFY(fixture.publishSource().error.ok());
    const QString usb = fixture.dir.filePath(QStringLiteral("usb"));
    QVERIFY(copyTree(fixture.repo, usb)); // someone keeps this copy on a stick
    fixture.trustRepository();
    fixture.editSource(QStringLiteral("articles/appeal-time/nl.md"), "Je hebt vaak 1 week",
                       "Je hebt soms 4 weken");
    QVERIFY(fixture.publishSource().error.ok());
    ContentStore store;
    QVERIFY(store.open(fixture.database));
    QVERIFY(fixture.update(store).ok());
    const QStringList content = dumpContent(fixture.database);
    const QMap<QString, QByteArray> trusted = snapshotFolder(fixture.metadataDir);

    const UpdateReport report = fixture.update(store, {}, true, usb);
    QCOMPARE(report.error.code, SyncErrorCode::OlderThanInstalled);
    QVERIFY2(report.error.message.contains(QLatin1String("older than what is installed and was ignored")),
             qPrintable(report.error.message));
    QVERIFY(report.downloaded.isEmpty());
    QCOMPARE(dumpContent(fixture.database), content);
    QCOMPARE(snapshotFolder(fixture.metadataDir), trusted);
    QVERIFY(
        articleBody(store, QStringLiteral("showcase"), QStringLiteral("appeal-time"), QStringLiteral("nl"))
            .startsWith(QLatin1String("Je hebt soms 4 weken")));
}

void tst_ContentInstall::expiredOfflineCopyIsAcceptedWithItsDate()
{
    ContentSyncFixture fixture;
    QVERIFY(fixture.publishSource(publishTime()).error.ok()); // 2025-03-01: long expired
    fixture.trustRepository();
    ContentStore store;
    QVERIFY(store.open(fixture.database));

    // Online, expired metadata is a freeze attack: nothing installed.
    const UpdateReport online = fixture.update(store, {}, false);
    QCOMPARE(online.error.code, SyncErrorCode::Expired);
    QVERIFY(store.packs(QStringLiteral("en")).isEmpty());
    // From a stick it is fine, and says how old it is.
    const UpdateReport offline = fixture.update(store, {}, true);
    QVERIFY2(offline.ok(), qPrintable(offline.error.toString()));
    QVERIFY(offline.refresh.expiredAccepted);
    QVERIFY2(offline.refresh.summary().contains(QLatin1String("content as of 2025-03-01")),
             qPrintable(offline.refresh.summary()));
    QCOMPARE(store.packs(QStringLiteral("en")).size(), 1);
}

void tst_ContentInstall::hostileTargetsAreRefused_data()
{
    // Targets signed with the real keys (a compromised build machine, a buggy publisher): the
    // signatures verify, the content must still not get in.
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    const QByteArray columns
        = R"("columns":["pack","article","lang","title","summary","body","status","checked"])";
    const auto articleRow = [&](const QByteArray &row) {
        return QByteArray(R"({"format":1,"tables":{"article_texts":{)") + columns + R"(,"rows":[)" + row
            + "]}}}";
    };
    QTest::newRow("not JSON") << Appeal << QByteArray("<html>hello</html>")
                              << QStringLiteral("unexpected character");
    QTest::newRow("duplicate key") << Appeal << QByteArray(R"({"format":1,"format":1,"tables":{}})")
                                   << QStringLiteral("duplicate");
    QTest::newRow("float") << Appeal
                           << articleRow(R"(["showcase","appeal-time","nl","T","S","B",1.5,"2025-06-01"])")
                           << QStringLiteral("");
    QTest::newRow("other format") << Appeal << QByteArray(R"({"format":2,"tables":{}})")
                                  << QStringLiteral("format 2");
    QTest::newRow("unknown table")
        << Appeal << QByteArray(R"({"format":1,"tables":{"sqlite_master":{"columns":[],"rows":[]}}})")
        << QStringLiteral("unknown table");
    QTest::newRow("other columns")
        << Appeal
        << QByteArray(
               R"({"format":1,"tables":{"article_texts":{"columns":["pack","article","lang","title"],"rows":[]}}})")
        << QStringLiteral("has the columns");
    QTest::newRow("row of another article")
        << Appeal << articleRow(R"(["showcase","law-changing","nl","T","S","B","machine","2025-06-01"])")
        << QStringLiteral("belongs to another target");
    QTest::newRow("row of another pack")
        << Appeal << articleRow(R"(["nl","appeal-time","nl","T","S","B","machine","2025-06-01"])")
        << QStringLiteral("belongs to another target");
    QTest::newRow("row in another language")
        << Appeal << articleRow(R"(["showcase","appeal-time","en","T","S","B","machine","2025-06-01"])")
        << QStringLiteral("belongs to another target");
    QTest::newRow("unknown status")
        << Appeal << articleRow(R"(["showcase","appeal-time","nl","T","S","B","approved","2025-06-01"])")
        << QStringLiteral("");
    QTest::newRow("impossible date")
        << Appeal << articleRow(R"(["showcase","appeal-time","nl","T","S","B","machine","2025-02-30"])")
        << QStringLiteral("malformed status, text or date");
    QTest::newRow("a number for a title")
        << Appeal << articleRow(R"(["showcase","appeal-time","nl",7,"S","B","machine","2025-06-01"])")
        << QStringLiteral("article_texts.title must be text");
    QTest::newRow("wrong row length") << Appeal << articleRow(R"(["showcase","appeal-time","nl"])")
                                      << QStringLiteral("does not have 8 values");
    QTest::newRow("article rows in a translation")
        << Appeal
        << QByteArray(
               R"({"format":1,"tables":{"articles":{"columns":["pack","article","position","notice"],"rows":[]}}})")
        << QStringLiteral("not this target's");
    QTest::newRow("too deep") << Appeal << QByteArray(200, '[') + QByteArray(200, ']')
                              << QStringLiteral("deep");
    QTest::newRow("too large") << Appeal << QByteArray(9 * 1024 * 1024, ' ')
                               << QStringLiteral("exceeds the limit");
    QTest::newRow("pack record of another pack")
        << QStringLiteral("showcase/pack")
        << QByteArray(
               R"({"format":1,"tables":{"packs":{"columns":["pack","version","digest","content_date","region","default_language","languages","publisher"],"rows":[["evil",1,"","","NL","en","en","x"]]}}})")
        << QStringLiteral("belongs to another target");
    QTest::newRow("empty pack target")
        << QStringLiteral("showcase/pack") << QByteArray(R"({"format":1,"tables":{}})") << QStringLiteral("");
}

void tst_ContentInstall::hostileTargetsAreRefused()
{
    QFETCH(QString, target);
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    ContentSyncFixture fixture;
    const QList<TargetInput> good = fixture.sourceTargets();
    QVERIFY(fixture.publishTargets(good).error.ok());
    fixture.trustRepository();
    ContentStore store;
    QVERIFY(store.open(fixture.database));
    QVERIFY(fixture.update(store).ok());
    const QStringList before = dumpContent(fixture.database);

    QVERIFY(!targetContent(good, target).isEmpty());
    QVERIFY(fixture.publishTargets(replaced(good, target, content)).error.ok());
    const UpdateReport report = fixture.update(store);
    QVERIFY(!report.ok());
    QVERIFY2(report.error.message.contains(expected, Qt::CaseInsensitive),
             qPrintable(report.error.toString()));
    QCOMPARE(dumpContent(fixture.database), before);

    // The publisher fixes it: the next update installs, whatever the broken one left in the metadata.
    QVERIFY(fixture.publishTargets(good).error.ok());
    QVERIFY(fixture.update(store).ok());
    QCOMPARE(dumpContent(fixture.database), before);
}

void tst_ContentInstall::oldContentIsReadableUntilTheCommit()
{
    ContentSyncFixture fixture;
    QVERIFY(fixture.publishSource().error.ok());
    fixture.trustRepository();
    ContentStore store;
    QVERIFY(store.open(fixture.database));
    QVERIFY(fixture.update(store).ok());
    fixture.editSource(QStringLiteral("articles/appeal-time/nl.md"), "Je hebt vaak 1 week",
                       "Je hebt soms 4 weken");
    QVERIFY(fixture.publishSource().error.ok());

    // The app's interface reads through its own connection while the update writes through another.
    ContentStore reader;
    QVERIFY(reader.open(fixture.database));
    QString seenDuringInstall;
    UpdateOptions options;
    options.beforeCommit = [&] {
        seenDuringInstall = articleBody(reader, QStringLiteral("showcase"), QStringLiteral("appeal-time"),
                                        QStringLiteral("nl"));
    };
    QVERIFY(fixture.update(store, options).ok());
    QVERIFY2(seenDuringInstall.startsWith(QLatin1String("Je hebt vaak 1 week")),
             qPrintable(seenDuringInstall));
    QVERIFY(
        articleBody(reader, QStringLiteral("showcase"), QStringLiteral("appeal-time"), QStringLiteral("nl"))
            .startsWith(QLatin1String("Je hebt soms 4 weken")));
}

void tst_ContentInstall::installKilledHalfWayKeepsOldContentAndCompletesNextRun()
{
    ContentSyncFixture fixture;
    QVERIFY(fixture.publishSource().error.ok());
    fixture.trustRepository();
    {
        ContentStore store;
        QVERIFY(store.open(fixture.database));
        QVERIFY(fixture.update(store).ok());
    }
    const QStringList oldContent = dumpContent(fixture.database);
    const QString pristine = fixture.dir.filePath(QStringLiteral("pristine"));
    QVERIFY(copyTree(fixture.dir.filePath(QStringLiteral("phone")), pristine));
    fixture.editSource(QStringLiteral("articles/appeal-time/nl.md"), "Je hebt vaak 1 week",
                       "Je hebt soms 4 weken");
    QVERIFY(fixture.publishSource().error.ok());

    const QString child = QStringLiteral(RC_BINARY_DIR "/tests/content_install_child");
    QRandomGenerator random(4242);
    QStringList newContent;
    constexpr int rounds = 12;
    for (int round = 0; round < rounds; ++round) {
        // Each round starts from the phone as it was before the update.
        QVERIFY(QDir(fixture.dir.filePath(QStringLiteral("phone"))).removeRecursively());
        QVERIFY(copyTree(pristine, fixture.dir.filePath(QStringLiteral("phone"))));
        // Round 0 stops inside the transaction, every write done, and is killed there; the others
        // are killed at a random moment of the whole update.
        const bool inTransaction = round == 0;
        QProcess process;
        process.start(child,
                      { fixture.database, fixture.metadataDir, fixture.repo,
                        inTransaction ? QStringLiteral("pause") : QStringLiteral("run") });
        QVERIFY2(process.waitForReadyRead(30000),
                 qPrintable(QString::fromLocal8Bit(process.readAllStandardError())));
        const QByteArray said = process.readAll();
        if (inTransaction) {
            while (!process.readAll().contains("in-transaction") && !said.contains("in-transaction"))
                QVERIFY(process.waitForReadyRead(30000));
        } else {
            QThread::usleep(random.bounded(60000));
        }
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished(10000));

        // Old content or new content, never a mix; after a kill in the transaction, the old.
        ContentStore store;
        QVERIFY(store.open(fixture.database));
        QVERIFY2(store.recoveryNotice().isEmpty(), qPrintable(store.recoveryNotice()));
        const QStringList seen = dumpContent(fixture.database);
        if (inTransaction)
            QCOMPARE(seen, oldContent);
        else
            QVERIFY2(seen == oldContent || (!newContent.isEmpty() && seen == newContent),
                     qPrintable(QStringLiteral("round %1: neither the old nor the new content").arg(round)));
        // The next run completes the update, however far the killed one got.
        const UpdateReport next = fixture.update(store);
        QVERIFY2(next.ok(), qPrintable(next.error.toString()));
        QVERIFY(articleBody(store, QStringLiteral("showcase"), QStringLiteral("appeal-time"),
                            QStringLiteral("nl"))
                    .startsWith(QLatin1String("Je hebt soms 4 weken")));
        if (newContent.isEmpty())
            newContent = dumpContent(fixture.database);
        else
            QCOMPARE(dumpContent(fixture.database), newContent);
    }
    QVERIFY(newContent != oldContent);
}

QTEST_GUILESS_MAIN(tst_ContentInstall)
#include "tst_contentinstall.moc"
