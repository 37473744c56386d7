// Composition root: builds the services, wires them, loads the QML. Nothing else lives here.

#include "ContentLibrary.h"
#include "ContentUpdates.h"
#include "DisplaySettings.h"
#include "DistributionProfile.h"
#include "InterfaceLoader.h"
#include "KioskController.h"
#include "LanShareController.h"
#include "LanguageController.h"
#include "NotesModel.h"
#include "PageRouter.h"
#include "PageTour.h"
#include "Reminders.h"
#include "VaultController.h"
#include "content/ContentStore.h"
#include "crypto/SecureBuffer.h"
#include "platform/ProcessProtection.h"
#include "storage/ZeroingAllocator.h"
#include "sync/ContentInstaller.h"
#include "vault/Vault.h"

#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>
#ifdef RC_HAVE_DBUS
#include "FreedesktopNotifier.h"
#endif

#include <cstdio>
#include <memory>

#ifdef Q_OS_ANDROID
#include <QJniObject>
#include <QtCore/qcoreapplication_platform.h>
#endif

Q_IMPORT_QML_PLUGIN(RightsCompanion_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(RightsCompanionPlugin)

namespace {

// The bundled packs sit in share/rights-companion/content next to bin/, in the build tree and when
// installed alike.
QString bundledContentDir()
{
    return QDir(QCoreApplication::applicationDirPath())
        .absoluteFilePath(QStringLiteral("../share/rights-companion/content"));
}

bool offscreenRequested(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--self-test" || arg == "--screenshot" || arg.startsWith("--screenshot=")
            || arg == "--exit-after-first-frame" || arg == "--print-profile")
            return true;
    }
    return false;
}

// The bundled content is a signed repository: the first start trusts its pinned root, and every
// start installs what changed through the same client as an update from a mirror (offline media).
void installBundledContent(rc::content::ContentStore &store, rc::ui::ContentLibrary &library,
                           const QString &dir, const QString &metadataDir)
{
    // A distribution profile may pin the root itself (compiled in); else the bundle's 1.root.json.
    const rc::sync::BundledImport imported = rc::sync::importBundledContent(
        dir, metadataDir, &store, {}, rc::ui::DistributionProfile::trustedRoot());
    for (const QString &problem : imported.problems)
        library.addProblem(problem);
}

// A build whose distribution profile offers no vault (a kiosk at a reception centre): every other page
// must load, and every vault page must be refused.
QStringList selfTestWithoutVault(rc::ui::PageTour &tour, int *loaded)
{
    QStringList problems;
    const qsizetype warningsBefore = tour.qmlWarnings().size();
    for (const QString &page : rc::ui::PageRouter::pages()) {
        const QString error = tour.show(page);
        if (rc::ui::PageRouter::vaultPages().contains(page)) {
            if (error.isEmpty())
                problems.append(QStringLiteral("page '%1' opened, but this build offers no vault").arg(page));
        } else if (!error.isEmpty()) {
            problems.append(error);
        } else {
            ++*loaded;
        }
    }
    problems += tour.qmlWarnings().mid(warningsBefore);
    return problems;
}

// Android: no screenshots, no recent-apps thumbnail and no screen casting of any window
// (WindowManager.LayoutParams.FLAG_SECURE on the activity's window, which holds every Qt window).
// Not built on the Linux machines of this project; see docs/packaging.md.
void protectWindowContents()
{
#ifdef Q_OS_ANDROID
    QNativeInterface::QAndroidApplication::runOnAndroidMainThread([]() -> QVariant {
        const QJniObject activity = QNativeInterface::QAndroidApplication::context();
        const QJniObject window = activity.callObjectMethod("getWindow", "()Landroid/view/Window;");
        const jint flagSecure
            = QJniObject::getStaticField<jint>("android/view/WindowManager$LayoutParams", "FLAG_SECURE");
        if (window.isValid())
            window.callMethod<void>("setFlags", "(II)V", flagSecure, flagSecure);
        return {};
    });
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything holds a secret: no core dumps, keys in the secure heap, SQLite wiping what it
    // frees (it must be configured before its first use).
    rc::platform::disableCoreDumps();
    rc::crypto::initSecureHeap();
    rc::storage::installZeroingAllocator();

    // The self-test, screenshots and the benchmark need no display: render offscreen unless the caller
    // chose a platform.
    if (offscreenRequested(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("RightsCompanion"));
    QCoreApplication::setApplicationName(QStringLiteral("rights-companion"));
    // The distribution profile this build was made for: its name, colours, and whether it has a vault.
    const rc::ui::DistributionProfile profile;
    QGuiApplication::setApplicationDisplayName(profile.displayName());
    QGuiApplication::setDesktopFileName(profile.applicationId());
    protectWindowContents();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Rights Companion: your rights, your procedure, your notes."));
    parser.addHelpOption();
    const QCommandLineOption selfTestOption(
        QStringLiteral("self-test"),
        QStringLiteral("Load the whole interface offscreen, visit every page, exit 0 if all loaded."));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QStringLiteral("Render a page to a PNG file and exit."),
                                              QStringLiteral("file"));
    const QCommandLineOption pageOption(QStringLiteral("page"),
                                        QStringLiteral("Page for --screenshot: %1.")
                                            .arg(rc::ui::PageRouter::pages().join(QStringLiteral(", "))),
                                        QStringLiteral("name"), QStringLiteral("home"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Interface and content language, e.g. en or nl."),
                                        QStringLiteral("code"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QStringLiteral("Window size, e.g. 360x740 or 1280x800."),
                                        QStringLiteral("WxH"));
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QStringLiteral("Where the app keeps its data (default: the platform's app data folder; a temporary "
                       "folder for --self-test and --screenshot)."),
        QStringLiteral("dir"));
    const QCommandLineOption contentDirOption(
        QStringLiteral("content-dir"),
        QStringLiteral("Folder with the bundled content: repository/ and 1.root.json (or .rcpack files)."),
        QStringLiteral("dir"), bundledContentDir());
    const QCommandLineOption firstFrameOption(
        QStringLiteral("exit-after-first-frame"),
        QStringLiteral("Exit as soon as the first frame is drawn (for benchmarks)."));
    parser.addOptions({ selfTestOption, screenshotOption, pageOption, langOption, sizeOption, dataDirOption,
                        contentDirOption, firstFrameOption });
    const QCommandLineOption printProfileOption(
        QStringLiteral("print-profile"),
        QStringLiteral("Print the distribution profile this build was made for, and exit."));
    parser.addOption(printProfileOption);
    // Runs the automatic update check once, before the interface is shown, as if a connection had just
    // appeared, and waits for it (the privacy test traces which addresses a run with updates on
    // contacts). Combine it with --self-test for a whole run without a display.
    const QCommandLineOption checkUpdatesOption(
        QStringLiteral("check-updates-once"),
        QStringLiteral("Run the automatic content update check at start-up and wait for it."));
    parser.addOption(checkUpdatesOption);
    const QCommandLineOption kioskOption(
        QStringLiteral("kiosk"),
        QStringLiteral("Kiosk mode for a shared laptop: full screen, the language chooser first, no vault, "
                       "no files saved, and back to the start, forgetting everything, after a time without "
                       "input (Settings). A volunteer leaves it with a PIN; without a PIN set in Settings it "
                       "opens Settings to ask for one first."));
    parser.addOption(kioskOption);
    parser.process(app);
    if (parser.isSet(printProfileOption)) {
        std::fputs(qPrintable(profile.describe()), stdout);
        return rc::ui::DistributionProfile::problem().isEmpty() ? 0 : 1;
    }

    const bool selfTest = parser.isSet(selfTestOption);
    const bool screenshot = parser.isSet(screenshotOption);
    const bool throwaway = selfTest || screenshot || parser.isSet(firstFrameOption);

    // Tests and screenshots never touch the user's real data.
    std::unique_ptr<QTemporaryDir> tempData;
    QString dataDir = parser.value(dataDirOption);
    if (dataDir.isEmpty() && throwaway) {
        tempData = std::make_unique<QTemporaryDir>();
        dataDir = tempData->path();
    }
    if (dataDir.isEmpty())
        dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataDir);

    QSettings settings(QDir(dataDir).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);

    rc::content::ContentStore store;
    rc::ui::ContentLibrary library(&store);
    bool contentOnDisk = true;
    if (!store.open(QDir(dataDir).filePath(QStringLiteral("content.sqlite")))) {
        library.addProblem(
            QStringLiteral("The content database could not be opened: %1").arg(store.lastError()));
        contentOnDisk = false;
        if (!store.open(QStringLiteral(":memory:")))
            return 1;
    }
    if (!store.recoveryNotice().isEmpty())
        library.addProblem(store.recoveryNotice());
    const QString syncMetadataDir = QDir(dataDir).filePath(QStringLiteral("sync/metadata"));
    installBundledContent(store, library, parser.value(contentDirOption), syncMetadataDir);
    // Checking mirrors opens a connection of its own to the content database (none when it is in memory).
    rc::ui::ContentUpdates updates(contentOnDisk ? &store : nullptr, &library, &settings,
                                   QDir(dataDir).filePath(QStringLiteral("content.sqlite")), syncMetadataDir,
                                   nullptr);
    if (parser.isSet(checkUpdatesOption)) {
        const bool started = updates.checkIfDue();
        updates.waitForIdle();
        std::printf("check-updates: %s%s\n", started ? "checked: " : "not due or not allowed",
                    started ? qPrintable(updates.status()) : "");
        std::fflush(stdout);
    }
    if (!rc::ui::DistributionProfile::problem().isEmpty())
        library.addProblem(rc::ui::DistributionProfile::problem());
    // "Share with phones nearby" serves the repository that came with the app (updates keep no target
    // files to serve); desktop builds only.
    rc::ui::LanShareController lanShare(
        QDir(parser.value(contentDirOption)).filePath(QStringLiteral("repository")), nullptr);

    // The self-test makes and unlocks a vault of its own: never the person's real one, even when it is
    // pointed at their data folder.
    std::unique_ptr<QTemporaryDir> selfTestVault;
    if (selfTest)
        selfTestVault = std::make_unique<QTemporaryDir>();
    rc::vault::Vault vault(selfTest ? selfTestVault->path()
                                    : QDir(dataDir).filePath(QStringLiteral("vault")));
    rc::ui::VaultController vaultController(&vault, nullptr);
    vaultController.useSettings(&settings);
    if (throwaway) // the self-test and screenshots make a throwaway vault: no need to calibrate
        vaultController.setKdfParameters(rc::crypto::Kdf::MinimumArgon2);

    rc::ui::PageRouter router(nullptr);
    rc::ui::LanguageController languages(&settings, QStringLiteral(":/i18n"));
    if (parser.isSet(langOption)) {
        if (!languages.select(parser.value(langOption)))
            std::fprintf(stderr, "rights-companion: %s\n", qPrintable(languages.problem()));
    } else {
        languages.restore();
    }
    library.followLanguage(&languages);
    // Reminders of deadlines and appointments while the vault is open: desktop notifications on Linux
    // (none for the self-test and screenshots), elsewhere only the list in the app.
#ifdef RC_HAVE_DBUS
    rc::ui::FreedesktopNotifier desktopNotifier;
    rc::ui::Notifier *notifier = throwaway ? nullptr : &desktopNotifier;
#else
    rc::ui::Notifier *notifier = nullptr;
#endif
    rc::ui::ReminderScheduler reminders(&vaultController, &library, notifier, nullptr);
    reminders.useSettings(&settings);

    // Kiosk mode starts before the interface loads, so the first frame is already the language chooser.
    // Without a PIN it waits (the window opens Settings to set one): a kiosk anyone could leave, or one
    // with a PIN nobody chose, would be worse than none.
    rc::ui::KioskController kiosk(&settings, &languages, &vaultController, nullptr);
    // (Not for the self-test and screenshots: they show every page, the vault's too.)
    if (parser.isSet(kioskOption) && !selfTest && !screenshot && !kiosk.start())
        std::fprintf(stderr,
                     "rights-companion: kiosk mode needs a volunteer PIN: set one in Settings, "
                     "then start kiosk mode there\n");

    // Text size, contrast and light or dark, as the person chose them or as the system has them.
    rc::ui::DisplaySettings display(&settings, nullptr);

    QQmlApplicationEngine engine;
    QQuickWindow *window = rc::ui::loadInterface(&engine, &languages, &vault);
    if (!window) {
        std::fprintf(stderr, "rights-companion: the interface could not be loaded\n");
        return 1;
    }

    if (parser.isSet(sizeOption)) {
        const QStringList parts = parser.value(sizeOption).split(QLatin1Char('x'));
        const int width = parts.value(0).toInt();
        const int height = parts.value(1).toInt();
        if (parts.size() != 2 || width < 200 || height < 200 || width > 8000 || height > 8000) {
            std::fprintf(stderr, "rights-companion: --size takes WIDTHxHEIGHT, e.g. 360x740\n");
            return 2;
        }
        window->resize(width, height);
    } else if (throwaway) {
        window->resize(360, 740);
    }

    if (parser.isSet(firstFrameOption)) {
        QObject::connect(
            window, &QQuickWindow::frameSwapped, &app, [] { QCoreApplication::exit(0); },
            Qt::QueuedConnection);
        return app.exec();
    }

    if (selfTest && !profile.vaultOffered()) {
        rc::ui::PageTour tour(window, &router, &library);
        int loaded = 0;
        const QStringList problems = selfTestWithoutVault(tour, &loaded);
        QTextStream out(stdout);
        for (const QString &problem : library.problems())
            out << "self-test: notice shown to the user: " << problem << '\n';
        for (const QString &problem : problems)
            out << "self-test: FAIL: " << problem << '\n';
        if (!problems.isEmpty())
            return 1;
        out << "self-test: ok, " << loaded << " pages loaded, " << rc::ui::PageRouter::vaultPages().size()
            << " vault pages refused (this build offers no vault)" << '\n';
        return 0;
    }

    if (selfTest) {
        rc::ui::PageTour tour(window, &router, &library);
        // The second round sees the vault pages unlocked, in a throwaway vault in the temporary folder.
        const QStringList problems = tour.selfTest([&vaultController] {
            const QString passphrase = QStringLiteral("self-test passphrase");
            vaultController.createVault(passphrase, passphrase);
            QDeadlineTimer deadline(60000);
            while (vaultController.state() != rc::ui::VaultController::State::Unlocked
                   && !deadline.hasExpired() && (vaultController.busy() || vaultController.error().isEmpty()))
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            vaultController.confirmRecoveryKeySaved();
            return vaultController.state() == rc::ui::VaultController::State::Unlocked;
        });
        QTextStream out(stdout);
        for (const QString &problem : library.problems())
            out << "self-test: notice shown to the user: " << problem << '\n';
        if (!problems.isEmpty()) {
            for (const QString &problem : problems)
                out << "self-test: FAIL: " << problem << '\n';
            return 1;
        }
        out << "self-test: ok, " << rc::ui::PageRouter::pages().size() << " pages loaded, "
            << rc::ui::PageRouter::vaultPages().size() << " of them again with the vault unlocked" << '\n';
        return 0;
    }

    if (screenshot) {
        rc::ui::PageTour tour(window, &router, &library);
        QString error = tour.show(parser.value(pageOption));
        if (error.isEmpty())
            error = tour.saveScreenshot(parser.value(screenshotOption));
        if (!error.isEmpty()) {
            std::fprintf(stderr, "rights-companion: %s\n", qPrintable(error));
            return 1;
        }
        return 0;
    }

    return app.exec();
}
