#include "ContentInstaller.h"

#include "AtomicFile.h"
#include "MirrorList.h"
#include "PackTargets.h"
#include "TargetCodec.h"
#include "content/ContentSchema.h"
#include "content/ContentStore.h"
#include "crypto/Digest.h"
#include "search/IcuTokenizer.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>

#include <algorithm>

namespace rc::sync {

using content::ContentStore;
using content::InstalledTarget;
using storage::Database;

namespace {

struct PackPlan
{
    QString pack;
    QList<InstalledTarget> targets; // every target of the pack, as it will be installed
    QStringList changed; // to download and insert
    QStringList removed; // installed, no longer in the repository
    bool replaceAll = false; // nothing of it was installed from targets
};

QString sha256Of(const tuf::TargetFile &file)
{
    return QString::fromLatin1(file.hashes.value("sha256"));
}

// The pack's digest in the database: a SHA-256 over its target names and hashes, so that the same
// targets always give the same digest.
QString digestOf(const QList<InstalledTarget> &targets)
{
    crypto::Sha256 digest;
    for (const InstalledTarget &target : targets)
        digest.addData(target.name.toUtf8() + '\0' + target.sha256.toLatin1() + '\n');
    return QStringLiteral("targets:") + QString::fromLatin1(digest.result().toHex());
}

std::optional<QByteArray> decode(const tuf::TargetFile &file, const QByteArray &stored, const QString &name,
                                 SyncError *error)
{
    const json::Value *encoding = file.custom.find("encoding");
    const json::Value *length = file.custom.find("length");
    const QByteArray how = encoding && encoding->isString() ? encoding->toUtf8() : QByteArray("identity");
    const qint64 decodedLength = length && length->isInteger() ? length->toInteger() : stored.size();
    std::optional<QByteArray> decoded
        = decodeTarget(stored, how, decodedLength, MaximumPackTargetBytes, error);
    if (!decoded)
        error->message = QStringLiteral("%1: %2").arg(name, error->message);
    return decoded;
}

QString queryText(Database &db, const QString &sql)
{
    storage::Statement stmt = db.prepare(sql);
    return stmt.step() ? stmt.text(0) : QString();
}

// Builds the new version of one pack in an in-memory database, from the installed rows and the
// downloaded targets, and installs it.
SyncError installPack(const PackPlan &plan, const QMap<QString, QByteArray> &contents, ContentStore *store,
                      const UpdateOptions &options)
{
    const auto fail = [&](const QString &message) {
        return syncError(SyncErrorCode::StorageFailed,
                         QStringLiteral("pack %1 was not installed: %2").arg(plan.pack, message));
    };
    const QString packTarget = plan.pack + QStringLiteral("/pack");
    if (!std::any_of(plan.targets.cbegin(), plan.targets.cend(),
                     [&](const InstalledTarget &target) { return target.name == packTarget; }))
        return syncError(SyncErrorCode::InvalidMetadata,
                         QStringLiteral("pack %1 was not installed: the repository has no %2 target")
                             .arg(plan.pack, packTarget));
    Database pack;
    QString error;
    if (!pack.openInMemory() || !search::registerIcuTokenizer(pack.handle(), &error)
        || storage::migrate(pack, content::contentMigrations(), &error) != storage::MigrationResult::Ok)
        return fail(error.isEmpty() ? pack.lastError() : error);
    pack.restrictForUntrustedInput(ContentStore::MaxValueBytes);
    if (!plan.replaceAll && !store->exportPack(plan.pack, pack, &error))
        return fail(error);

    const QString packRecord = QStringLiteral("SELECT default_language FROM packs");
    const QString oldDefault = queryText(pack, packRecord);
    const QStringList gone = plan.changed + plan.removed;
    for (const QString &name : std::as_const(gone)) {
        const std::optional<PackTargetName> target = parsePackTargetName(name);
        if (!target || !removeTargetRows(pack, *target, oldDefault, &error))
            return fail(error);
    }
    // The pack target first: it says which language owns the articles' own rows.
    QStringList order = plan.changed;
    std::stable_partition(order.begin(), order.end(),
                          [](const QString &name) { return name.endsWith(QLatin1String("/pack")); });
    QString newDefault = oldDefault;
    for (const QString &name : std::as_const(order)) {
        const std::optional<PackTargetName> target = parsePackTargetName(name);
        if (!target)
            return fail(QStringLiteral("%1 is not a pack target").arg(name));
        if (!insertTargetRows(pack, *target, contents.value(name), newDefault, &error)) {
            return syncError(SyncErrorCode::InvalidMetadata,
                             QStringLiteral("pack %1 was not installed: %2").arg(plan.pack, error));
        }
        if (target->kind == PackTargetName::Kind::Pack)
            newDefault = queryText(pack, packRecord);
    }
    // What the pack target leaves out: the digest (of the targets) and the content date.
    storage::Statement derived
        = pack.prepare(QStringLiteral("UPDATE packs SET digest = ?1, content_date = coalesce((SELECT "
                                      "max(checked) FROM article_texts), '')"));
    if (!derived.bind(1, digestOf(plan.targets)).exec())
        return fail(pack.lastError());

    const ContentStore::ImportResult result = store->importPackDatabase(
        pack, QStringLiteral("%1 (signed update)").arg(plan.pack), plan.targets, options.beforeCommit);
    switch (result.status) {
    case ContentStore::ImportStatus::Installed:
    case ContentStore::ImportStatus::AlreadyCurrent:
        return {};
    case ContentStore::ImportStatus::Refused:
        return syncError(SyncErrorCode::OlderThanInstalled, result.message);
    case ContentStore::ImportStatus::Failed:
        break;
    }
    return syncError(SyncErrorCode::StorageFailed, result.message);
}

} // namespace

UpdateReport installTrustedContent(const tuf::Targets &trusted, const TargetDownloader &downloader,
                                   const std::function<qint64()> &bytesTransferred, ContentStore *store,
                                   const UpdateOptions &options)
{
    UpdateReport report;
    const auto bytes = [&] { return bytesTransferred ? bytesTransferred() : 0; };
    const qint64 bytesAtStart = bytes();
    const auto finish = [&]() -> UpdateReport {
        report.bytesTransferred += bytes() - bytesAtStart;
        return report;
    };
    if (!store || !store->isOpen()) {
        report.error
            = syncError(SyncErrorCode::StorageFailed, QStringLiteral("the content database is not open"));
        return finish();
    }

    // What the database says it has, and what the repository says there is, per pack.
    QMap<QString, QList<InstalledTarget>> installedByPack;
    const QMap<QString, InstalledTarget> installed = store->installedTargets();
    for (const InstalledTarget &target : installed)
        installedByPack[target.pack].append(target);
    QMap<QString, PackPlan> plans;
    for (auto it = trusted.targets.cbegin(); it != trusted.targets.cend(); ++it) {
        const QString name = QString::fromUtf8(it.key());
        const std::optional<PackTargetName> target = parsePackTargetName(name);
        if (!target)
            continue;
        PackPlan &plan = plans[target->pack];
        plan.pack = target->pack;
        plan.targets.append({ name, target->pack, sha256Of(*it), it->length });
        const auto current = installed.constFind(name);
        if (current == installed.cend() || current->sha256 != sha256Of(*it) || current->length != it->length)
            plan.changed.append(name);
    }
    for (PackPlan &plan : plans) {
        plan.replaceAll = installedByPack.value(plan.pack).isEmpty();
        for (const InstalledTarget &target : installedByPack.value(plan.pack)) {
            if (!trusted.targets.contains(target.name.toUtf8()))
                plan.removed.append(target.name);
        }
    }

    // Download everything first: a failure leaves the database untouched.
    InstallProgress progress;
    for (const PackPlan &plan : std::as_const(plans)) {
        progress.targetsTotal += int(plan.changed.size());
        for (const QString &name : plan.changed)
            progress.bytesTotal += trusted.targets.value(name.toUtf8()).length;
    }
    if (options.progress && progress.targetsTotal > 0)
        options.progress(progress);
    const qint64 bytesBeforeTargets = bytes();
    QMap<QString, QByteArray> contents;
    for (const PackPlan &plan : std::as_const(plans)) {
        for (const QString &name : plan.changed) {
            Client::Download download = downloader(name);
            if (!download.error.ok()) {
                report.error = download.error;
                return finish();
            }
            SyncError error;
            std::optional<QByteArray> decoded
                = decode(trusted.targets.value(name.toUtf8()), download.data, name, &error);
            if (!decoded) {
                report.error = error;
                return finish();
            }
            contents.insert(name, *decoded);
            report.downloaded.append(name);
            ++progress.targetsDone;
            progress.bytesDone = bytes() - bytesBeforeTargets;
            if (options.progress)
                options.progress(progress);
        }
    }

    for (const PackPlan &plan : std::as_const(plans)) {
        if (plan.changed.isEmpty() && plan.removed.isEmpty())
            continue;
        if (const SyncError error = installPack(plan, contents, store, options); !error.ok()) {
            report.error = error;
            return finish();
        }
        report.packsInstalled.append(plan.pack);
    }
    // Packs that came from the repository and are not in it any more.
    for (auto it = installedByPack.cbegin(); it != installedByPack.cend(); ++it) {
        if (plans.contains(it.key()))
            continue;
        const ContentStore::ImportResult removed = store->removePack(it.key());
        if (removed.status == ContentStore::ImportStatus::Failed) {
            report.error = syncError(SyncErrorCode::StorageFailed, removed.message);
            return finish();
        }
        report.packsRemoved.append(it.key());
    }
    return finish();
}

UpdateReport installTrustedContent(Client &client, Transport *transport, ContentStore *store,
                                   const UpdateOptions &options)
{
    if (!client.trustedTargets()) {
        UpdateReport report;
        report.error
            = syncError(SyncErrorCode::NotInitialised, QStringLiteral("no trusted targets metadata"));
        return report;
    }
    return installTrustedContent(
        *client.trustedTargets(), [&client](const QString &name) { return client.download(name); },
        [transport] { return transport ? transport->bytesTransferred() : 0; }, store, options);
}

UpdateReport updateContent(MirrorList &mirrors, const QString &metadataDirectory, ContentStore *store,
                           const UpdateOptions &options)
{
    const qint64 bytesAtStart = mirrors.bytesTransferred();
    UpdateReport report;
    const RefreshResult refreshed = mirrors.refresh();
    if (refreshed.error.ok()) {
        // The metadata the mirrors just proved, read back from the shared folder.
        Client trusted(metadataDirectory, nullptr, options.client);
        if (const SyncError error = trusted.loadTrusted(); !error.ok() || !trusted.trustedTargets()) {
            report.error = error.ok()
                ? syncError(SyncErrorCode::NotInitialised, QStringLiteral("no trusted targets"))
                : error;
        } else {
            report = installTrustedContent(
                *trusted.trustedTargets(), [&mirrors](const QString &name) { return mirrors.download(name); },
                [&mirrors] { return mirrors.bytesTransferred(); }, store, options);
        }
    } else {
        report.error = refreshed.error;
    }
    report.refresh = refreshed;
    report.bytesTransferred = mirrors.bytesTransferred() - bytesAtStart;
    return report;
}

UpdateReport updateContent(const QString &metadataDirectory, Transport *transport, ContentStore *store,
                           const UpdateOptions &options)
{
    const qint64 bytesAtStart = transport->bytesTransferred();
    Client client(metadataDirectory, transport, options.client);
    const RefreshResult refreshed = client.refresh();
    UpdateReport report;
    if (refreshed.error.ok()) {
        report = installTrustedContent(client, transport, store, options);
    } else {
        report.error = refreshed.error;
    }
    report.refresh = refreshed;
    report.bytesTransferred = transport->bytesTransferred() - bytesAtStart;
    return report;
}

BundledImport importBundledContent(const QString &contentDirectory, const QString &metadataDirectory,
                                   ContentStore *store, const UpdateOptions &options,
                                   const QByteArray &pinnedRoot)
{
    BundledImport result;
    const QDir dir(contentDirectory);
    const QString repository = dir.filePath(QStringLiteral("repository"));
    const QString bundledRoot = dir.filePath(QStringLiteral("1.root.json"));
    if (QFileInfo(repository).isDir() && (!pinnedRoot.isEmpty() || QFileInfo(bundledRoot).isFile())) {
        result.fromRepository = true;
        if (!QFileInfo::exists(QDir(metadataDirectory).filePath(QStringLiteral("root.json")))) {
            QByteArray root = pinnedRoot;
            if (root.isEmpty() && !readSmallFile(bundledRoot, 1024 * 1024, &root)) {
                result.problems.append(
                    QStringLiteral("The bundled content's root of trust %1 cannot be read.")
                        .arg(QDir::toNativeSeparators(bundledRoot)));
                return result;
            }
            if (const SyncError error = Client::initialise(metadataDirectory, root); !error.ok()) {
                result.problems.append(
                    QStringLiteral("The bundled content's root of trust was not accepted: %1")
                        .arg(error.toString()));
                return result;
            }
        }
        LocalFolderTransport transport = LocalFolderTransport::forRepository(repository, true);
        result.report = updateContent(metadataDirectory, &transport, store, options);
        // After an update from a newer source the bundled copy is older: nothing to say.
        if (!result.report.ok() && result.report.error.code != SyncErrorCode::OlderThanInstalled)
            result.problems.append(QStringLiteral("The bundled content could not be installed: %1")
                                       .arg(result.report.error.toString()));
        return result;
    }

    const QStringList packs = dir.entryList({ QStringLiteral("*.rcpack") }, QDir::Files, QDir::Name);
    if (packs.isEmpty() && store->packs(QStringLiteral("en")).isEmpty())
        result.problems.append(QStringLiteral("No bundled content was found in %1.")
                                   .arg(QDir::toNativeSeparators(contentDirectory)));
    for (const QString &pack : packs) {
        const ContentStore::ImportResult imported = store->importPack(dir.filePath(pack));
        if (imported.status == ContentStore::ImportStatus::Failed
            || imported.status == ContentStore::ImportStatus::Refused)
            result.problems.append(imported.message);
    }
    return result;
}

} // namespace rc::sync
