#include "SyncFixture.h"
#include "sync/PackTargets.h"
#include "sync/TargetCodec.h"

#include <QTest>

using namespace rc::test;

// The repository writer: layout, determinism, minimal updates, root rotation, keys.
class tst_Repository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstPublishWritesTufLayout();
    void publishingTwiceChangesNothing();
    void identicalContentGivesIdenticalTargetFiles();
    void changedFileChangesOnlyItsTargetAndMetadata();
    void removedTargetLeavesMetadata();
    void expiringTimestampIsSignedAgain();
    void targetsDecodeToTheirContent();
    void wrongKeysRefused();
    void onlineKeysAloneRefreshTheTimestamp();
    void unsafeTargetNamesRefused();
    void rotateRootSignsWithOldAndNew();
    void publishAfterKeyRotationSignsAgain();
    void packTargetsNamesEveryFile();
    void keygenRefusesToOverwrite();
};

void tst_Repository::firstPublishWritesTufLayout()
{
    SyncFixture fixture;
    const PublishReport report = fixture.publish(SyncFixture::sampleFiles());
    QVERIFY2(report.error.ok(), qPrintable(report.error.toString()));
    QVERIFY(report.rootWritten && report.targetsSigned && report.snapshotSigned && report.timestampSigned);
    QCOMPARE(report.changes.size(), 4);
    for (const char *file : { "1.root.json", "1.targets.json", "1.snapshot.json", "timestamp.json" })
        QVERIFY2(QFileInfo::exists(fixture.metadata(QString::fromLatin1(file))), file);
    // timestamp.json is written last: readers never see a timestamp that points to missing files.
    QCOMPARE(report.written.constLast(), QStringLiteral("metadata/timestamp.json"));

    rc::sync::SyncError error;
    const auto envelope
        = tuf::Envelope::parse(readFile(fixture.metadata(QStringLiteral("1.targets.json"))), true, &error);
    const auto targets = tuf::Targets::fromJson(envelope->signedValue, &error);
    QVERIFY(targets.has_value());
    QCOMPARE(targets->expires, publishTime().addDays(90));
    const tuf::TargetFile appeal = targets->targets.value("nl/articles/appeal/en.md");
    const QString stored = QStringLiteral("targets/nl/articles/appeal/%1.en.md")
                               .arg(QString::fromLatin1(appeal.hashes.value("sha256")));
    QVERIFY2(QFileInfo::exists(QDir(fixture.repo).filePath(stored)), qPrintable(stored));
    QCOMPARE(appeal.custom.find("published")->toUtf8(), tuf::formatExpires(publishTime()));

    const auto snapshot = tuf::Snapshot::fromJson(
        tuf::Envelope::parse(readFile(fixture.metadata(QStringLiteral("1.snapshot.json"))), true, &error)
            ->signedValue,
        &error);
    QCOMPARE(snapshot->expires, publishTime().addDays(30));
    QCOMPARE(snapshot->meta.value("targets.json").length,
             readFile(fixture.metadata(QStringLiteral("1.targets.json"))).size());
    const auto timestamp = tuf::Timestamp::fromJson(
        tuf::Envelope::parse(readFile(fixture.metadata(QStringLiteral("timestamp.json"))), true, &error)
            ->signedValue,
        &error);
    QCOMPARE(timestamp->expires, publishTime().addDays(7));
    QCOMPARE(timestamp->snapshot.hashes.value("sha256"),
             rc::crypto::Sha256::hash(readFile(fixture.metadata(QStringLiteral("1.snapshot.json")))).toHex());
}

void tst_Repository::publishingTwiceChangesNothing()
{
    SyncFixture fixture;
    QVERIFY(fixture.publish(SyncFixture::sampleFiles()).error.ok());
    const QMap<QString, QByteArray> before = snapshotFolder(fixture.repo);
    const PublishReport again = fixture.publish(SyncFixture::sampleFiles(), publishTime().addSecs(600));
    QVERIFY(again.error.ok());
    QVERIFY(again.written.isEmpty());
    QVERIFY(again.changes.isEmpty());
    QCOMPARE(again.timestampVersion, 1);
    QCOMPARE(snapshotFolder(fixture.repo), before);
}

void tst_Repository::identicalContentGivesIdenticalTargetFiles()
{
    SyncFixture first;
    SyncFixture second; // other keys, other folder, another day
    QVERIFY(first.publish(SyncFixture::sampleFiles()).error.ok());
    QVERIFY(second.publish(SyncFixture::sampleFiles(), publishTime().addDays(3)).error.ok());
    QMap<QString, QByteArray> a = snapshotFolder(QDir(first.repo).filePath(QStringLiteral("targets")));
    QMap<QString, QByteArray> b = snapshotFolder(QDir(second.repo).filePath(QStringLiteral("targets")));
    QCOMPARE(a.size(), 4);
    QCOMPARE(a, b);
}

void tst_Repository::changedFileChangesOnlyItsTargetAndMetadata()
{
    SyncFixture fixture;
    QVERIFY(fixture.publish(SyncFixture::sampleFiles()).error.ok());
    const QMap<QString, QByteArray> before = snapshotFolder(fixture.repo);
    QMap<QString, QByteArray> files = SyncFixture::sampleFiles();
    files[QStringLiteral("nl/contacts/helpline.json")] = "{\"phone\":\"+31 20 111 1111\"}";
    const PublishReport report = fixture.publish(files, publishTime().addDays(1));
    QVERIFY2(report.error.ok(), qPrintable(report.error.toString()));
    QCOMPARE(report.changes.size(), 1);
    QCOMPARE(report.changes.constFirst().name, QStringLiteral("nl/contacts/helpline.json"));
    QCOMPARE(report.targetsVersion, 2);
    QCOMPARE(report.snapshotVersion, 2);
    QCOMPARE(report.timestampVersion, 2);
    QCOMPARE(report.written.size(), 4); // one target file, 2.targets.json, 2.snapshot.json, timestamp.json
    QVERIFY(report.written.at(0).startsWith(QLatin1String("targets/nl/contacts/")));
    QCOMPARE(
        report.written.mid(1),
        QStringList({ QStringLiteral("metadata/2.targets.json"), QStringLiteral("metadata/2.snapshot.json"),
                      QStringLiteral("metadata/timestamp.json") }));
    // Nothing that existed changed, except timestamp.json.
    const QMap<QString, QByteArray> after = snapshotFolder(fixture.repo);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (it.key() != QLatin1String("metadata/timestamp.json"))
            QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key()));
    }
    // Unchanged targets keep their "published" date; the changed one gets the new date.
    rc::sync::SyncError error;
    const auto targets = tuf::Targets::fromJson(
        tuf::Envelope::parse(readFile(fixture.metadata(QStringLiteral("2.targets.json"))), true, &error)
            ->signedValue,
        &error);
    QCOMPARE(targets->targets.value("nl/pack.json").custom.find("published")->toUtf8(),
             tuf::formatExpires(publishTime()));
    QCOMPARE(targets->targets.value("nl/contacts/helpline.json").custom.find("published")->toUtf8(),
             tuf::formatExpires(publishTime().addDays(1)));
}

void tst_Repository::removedTargetLeavesMetadata()
{
    SyncFixture fixture;
    QVERIFY(fixture.publish(SyncFixture::sampleFiles()).error.ok());
    QMap<QString, QByteArray> files = SyncFixture::sampleFiles();
    files.remove(QStringLiteral("nl/pack.json"));
    const PublishReport report = fixture.publish(files);
    QVERIFY(report.error.ok());
    QCOMPARE(report.changes.size(), 1);
    QCOMPARE(report.changes.constFirst().kind, TargetChange::Kind::Removed);
    QCOMPARE(report.targetsVersion, 2);
}

void tst_Repository::expiringTimestampIsSignedAgain()
{
    SyncFixture fixture;
    QVERIFY(fixture.publish(SyncFixture::sampleFiles()).error.ok());
    // Four days later the 7-day timestamp is past half its life: only it is signed again.
    const PublishReport report = fixture.publish(SyncFixture::sampleFiles(), publishTime().addDays(4));
    QVERIFY(report.error.ok());
    QVERIFY(report.timestampSigned);
    QVERIFY(!report.snapshotSigned && !report.targetsSigned);
    QCOMPARE(report.timestampVersion, 2);
    QCOMPARE(report.written, QStringList { QStringLiteral("metadata/timestamp.json") });
    // Sixteen days: the 30-day snapshot too.
    const PublishReport later = fixture.publish(SyncFixture::sampleFiles(), publishTime().addDays(16));
    QVERIFY(later.snapshotSigned && later.timestampSigned && !later.targetsSigned);
}

void tst_Repository::targetsDecodeToTheirContent()
{
    const QMap<QString, QByteArray> files = SyncFixture::sampleFiles();
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const rc::sync::EncodedTarget encoded = rc::sync::encodeTarget(it.value());
        QCOMPARE(encoded.data, rc::sync::encodeTarget(it.value()).data); // deterministic
        rc::sync::SyncError error;
        QCOMPARE(rc::sync::decodeTarget(encoded.data, encoded.encoding, it->size(), 1 << 20, &error).value(),
                 it.value());
        QVERIFY(!rc::sync::decodeTarget(encoded.data, encoded.encoding, it->size() + 1, 1 << 20, &error)
                     .has_value());
        QVERIFY(!rc::sync::decodeTarget(encoded.data, encoded.encoding, it->size(), it->size() - 1, &error)
                     .has_value());
        QCOMPARE(error.code, SyncErrorCode::LengthExceeded);
    }
    QCOMPARE(rc::sync::encodeTarget(QByteArray("ab")).encoding, QByteArray("identity"));
    QCOMPARE(rc::sync::encodeTarget(QByteArray(1000, 'a')).encoding, QByteArray("zlib"));
    rc::sync::SyncError error;
    QVERIFY(!rc::sync::decodeTarget("x", "brotli", 1, 10, &error).has_value());
    QCOMPARE(error.code, SyncErrorCode::InvalidMetadata);
    QVERIFY(!rc::sync::decodeTarget("garbage!", "zlib", 100, 1000, &error).has_value());
}

void tst_Repository::wrongKeysRefused()
{
    SyncFixture fixture;
    QVERIFY(fixture.publish(SyncFixture::sampleFiles()).error.ok());
    fixture.keys.timestamp = PrivateKey::generate();
    const PublishReport report = fixture.publish(SyncFixture::sampleFiles());
    QCOMPARE(report.error.code, SyncErrorCode::RepositoryInvalid);
    QVERIFY(report.error.message.contains(QLatin1String("timestamp.pem")));

    SyncFixture fresh;
    fresh.keys.root = PrivateKey();
    QCOMPARE(fresh.publish(SyncFixture::sampleFiles()).error.code, SyncErrorCode::RepositoryInvalid);
}

void tst_Repository::onlineKeysAloneRefreshTheTimestamp()
{
    SyncFixture fixture;
    QVERIFY(fixture.publish(SyncFixture::sampleFiles()).error.ok());
    // The pipeline holds only the snapshot and timestamp keys (root and targets stay offline).
    fixture.keys.root = PrivateKey();
    fixture.keys.targets = PrivateKey();
    const PublishReport refreshed = fixture.publish(SyncFixture::sampleFiles(), publishTime().addDays(4));
    QVERIFY2(refreshed.error.ok(), qPrintable(refreshed.error.toString()));
    QVERIFY(refreshed.timestampSigned && !refreshed.targetsSigned);
    // Changed content needs the targets key, and nothing is written without it.
    const QMap<QString, QByteArray> before = snapshotFolder(fixture.repo);
    QMap<QString, QByteArray> files = SyncFixture::sampleFiles();
    files[QStringLiteral("nl/pack.json")] = "{}";
    const PublishReport refused = fixture.publish(files, publishTime().addDays(4));
    QCOMPARE(refused.error.code, SyncErrorCode::RepositoryInvalid);
    QVERIFY(refused.error.message.contains(QLatin1String("targets.pem")));
    QCOMPARE(snapshotFolder(fixture.repo), before);
}

void tst_Repository::unsafeTargetNamesRefused()
{
    SyncFixture fixture;
    for (const char *name : { "../x", "/abs", "a//b", "a\\b" }) {
        const PublishReport report = fixture.publish({ { QString::fromLatin1(name), "x" } });
        QCOMPARE(report.error.code, SyncErrorCode::BadTargetPath);
    }
}

void tst_Repository::rotateRootSignsWithOldAndNew()
{
    SyncFixture fixture;
    QVERIFY(fixture.publish(SyncFixture::sampleFiles()).error.ok());
    SigningKeys next;
    next.root = PrivateKey::generate();
    PublishOptions options;
    options.now = publishTime().addDays(10);
    const PublishReport report = Repository::rotateRoot(fixture.repo, fixture.keys, next, options);
    QVERIFY2(report.error.ok(), qPrintable(report.error.toString()));
    QCOMPARE(report.rootVersion, 2);
    const tuf::Root old = fixture.root(1);
    const tuf::Root root = fixture.root(2);
    rc::sync::SyncError error;
    const auto envelope
        = tuf::Envelope::parse(readFile(fixture.metadata(QStringLiteral("2.root.json"))), true, &error);
    QCOMPARE(envelope->signatures.size(), 2);
    QVERIFY(tuf::verifyThreshold(*envelope, old, tuf::RoleRoot, QString()).ok());
    QVERIFY(tuf::verifyThreshold(*envelope, root, tuf::RoleRoot, QString()).ok());
    QCOMPARE(root.roles.value(tuf::RoleTargets), old.roles.value(tuf::RoleTargets));
    QVERIFY(root.roles.value(tuf::RoleRoot) != old.roles.value(tuf::RoleRoot));
    QCOMPARE(root.keys.size(), 4); // the old root key is gone
    QCOMPARE(root.expires, options.now.addDays(365));

    // Without the current root key: refused.
    SigningKeys wrong;
    wrong.root = PrivateKey::generate();
    QCOMPARE(Repository::rotateRoot(fixture.repo, wrong, next, options).error.code,
             SyncErrorCode::RepositoryInvalid);
}

void tst_Repository::publishAfterKeyRotationSignsAgain()
{
    SyncFixture fixture;
    QVERIFY(fixture.publish(SyncFixture::sampleFiles()).error.ok());
    SigningKeys next;
    next.root = PrivateKey::generate();
    next.timestamp = PrivateKey::generate();
    QVERIFY(Repository::rotateRoot(fixture.repo, fixture.keys, next, {}).error.ok());
    fixture.keys.timestamp = PrivateKey::fromPem(next.timestamp.toPem());
    const PublishReport report = fixture.publish(SyncFixture::sampleFiles());
    QVERIFY2(report.error.ok(), qPrintable(report.error.toString()));
    QVERIFY(report.timestampSigned);
    QVERIFY(!report.targetsSigned && !report.snapshotSigned);
    QCOMPARE(report.rootVersion, 2);
}

void tst_Repository::packTargetsNamesEveryFile()
{
    // One target per article per language and one for the pack (sync/PackTargets; the split itself is
    // tested in tst_contentinstall). Hidden files in the source change nothing.
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("minimal"));
    QDir().mkpath(source);
    QDirIterator files(QStringLiteral(RC_TEST_DATA "/packs/minimal"), QDir::Files,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        writeFile(
            QDir(source).filePath(QDir(QStringLiteral(RC_TEST_DATA "/packs/minimal")).relativeFilePath(path)),
            readFile(path));
    }
    writeFile(source + QStringLiteral("/.git/config"), "hidden");
    writeFile(source + QStringLiteral("/.DS_Store"), "hidden");
    rc::sync::SyncError error;
    const QList<TargetInput> targets = rc::sync::packTargets(source + QLatin1Char('/'), &error);
    QVERIFY2(error.ok(), qPrintable(error.toString()));
    QStringList names;
    for (const TargetInput &target : targets)
        names << target.name;
    QCOMPARE(names,
             QStringList(
                 { QStringLiteral("minimal/articles/lawyer/en"), QStringLiteral("minimal/articles/lawyer/nl"),
                   QStringLiteral("minimal/articles/registration/en"),
                   QStringLiteral("minimal/articles/registration/nl"), QStringLiteral("minimal/pack") }));
    rc::sync::packTargets(dir.filePath(QStringLiteral("missing")), &error);
    QCOMPARE(error.code, SyncErrorCode::RepositoryInvalid);
}

void tst_Repository::keygenRefusesToOverwrite()
{
    QTemporaryDir dir;
    const QString keys = dir.filePath(QStringLiteral("keys"));
    QStringList written;
    QVERIFY(SigningKeys::generate(keys, &written).ok());
    QCOMPARE(written.size(), 8);
    const QMap<QString, QByteArray> before = snapshotFolder(keys);
    QCOMPARE(SigningKeys::generate(keys, &written).code, SyncErrorCode::RepositoryInvalid);
    QCOMPARE(snapshotFolder(keys), before);
    SigningKeys loaded;
    QVERIFY(SigningKeys::load(keys, &loaded).ok());
    for (const QByteArray &role : tuf::topLevelRoles())
        QVERIFY(loaded.forRole(role));
    writeFile(keys + QStringLiteral("/targets.pem"), "not a key");
    QCOMPARE(SigningKeys::load(keys, &loaded).code, SyncErrorCode::RepositoryInvalid);
}

QTEST_GUILESS_MAIN(tst_Repository)
#include "tst_repository.moc"
