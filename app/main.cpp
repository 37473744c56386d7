// Composition root: builds the services, wires them, loads the QML. Nothing else lives here.

#include "ContentLibrary.h"
#include "LanguageController.h"
#include "NotesModel.h"
#include "PageRouter.h"
#include "PageTour.h"
#include "VaultController.h"
#include "VaultImageProvider.h"
#include "content/ContentStore.h"
#include "crypto/SecureBuffer.h"
#include "platform/ProcessProtection.h"
#include "storage/ZeroingAllocator.h"
#include "vault/Vault.h"

#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>
#include <memory>

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
            || arg == "--exit-after-first-frame")
            return true;
    }
    return false;
}

void installBundledContent(rc::content::ContentStore &store, rc::ui::ContentLibrary &library,
                           const QString &dir)
{
    const QStringList packs = QDir(dir).entryList({ QStringLiteral("*.rcpack") }, QDir::Files, QDir::Name);
    if (packs.isEmpty() && store.packs(QStringLiteral("en")).isEmpty())
        library.addProblem(
            QStringLiteral("No bundled content was found in %1.").arg(QDir::toNativeSeparators(dir)));
    for (const QString &pack : packs) {
        const auto result = store.importPack(QDir(dir).filePath(pack));
        using Status = rc::content::ContentStore::ImportStatus;
        if (result.status == Status::Failed || result.status == Status::Refused)
            library.addProblem(result.message);
    }
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
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Rights Companion"));

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
    const QCommandLineOption contentDirOption(QStringLiteral("content-dir"),
                                              QStringLiteral("Folder with the bundled .rcpack files."),
                                              QStringLiteral("dir"), bundledContentDir());
    const QCommandLineOption firstFrameOption(
        QStringLiteral("exit-after-first-frame"),
        QStringLiteral("Exit as soon as the first frame is drawn (for benchmarks)."));
    parser.addOptions({ selfTestOption, screenshotOption, pageOption, langOption, sizeOption, dataDirOption,
                        contentDirOption, firstFrameOption });
    parser.process(app);

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
    if (!store.open(QDir(dataDir).filePath(QStringLiteral("content.sqlite")))) {
        library.addProblem(
            QStringLiteral("The content database could not be opened: %1").arg(store.lastError()));
        if (!store.open(QStringLiteral(":memory:")))
            return 1;
    }
    if (!store.recoveryNotice().isEmpty())
        library.addProblem(store.recoveryNotice());
    installBundledContent(store, library, parser.value(contentDirOption));

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

    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    languages.setEngine(&engine);
    // Photos and PDF pages of the vault, decoded from memory (the engine owns the provider).
    engine.addImageProvider(QStringLiteral("vault"), new rc::ui::VaultImageProvider(&vault));
    // Qt 6.4 does not look for static QML modules under the resource root by itself.
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.load(QUrl(QStringLiteral("qrc:/RightsCompanion/Main.qml")));
    auto *window = engine.rootObjects().isEmpty()
        ? nullptr
        : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
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
