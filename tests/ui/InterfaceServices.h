#pragma once

// The app's services on the real nl pack in a temporary folder, and the interface loaded on them
// in-process exactly as the app loads it (rc::ui::loadInterface), for the tests of what people see
// (tst_accessibility, tst_handoutpages, tst_kiosk, tst_pictograms, tst_textscale, tst_screens).
// Header-only: each test is one translation unit.
//
// In order: setUp() (or prepare(), installing the packs, createServices()), then what a test adds on
// top (a KioskController, DisplaySettings: they must exist before the QML loads), then loadInterface();
// or start() for both when the test adds nothing.
// Each step returns what went wrong, or "" (QVERIFY2(problem.isEmpty(), qPrintable(problem))).

#include "ContentLibrary.h"
#include "ContentUpdates.h"
#include "InstalledPack.h"
#include "InterfaceLoader.h"
#include "LanguageController.h"
#include "PageRouter.h"
#include "PageTour.h"
#include "VaultController.h"
#include "crypto/SecureBuffer.h"
#include "storage/ZeroingAllocator.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QSettings>
#include <QSize>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

struct InterfaceServices
{
    QTemporaryDir data;
    InstalledPack pack;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<rc::ui::ContentLibrary> library;
    std::unique_ptr<rc::ui::ContentUpdates> updates;
    std::unique_ptr<rc::vault::Vault> vault;
    std::unique_ptr<rc::ui::VaultController> vaultController;
    std::unique_ptr<rc::ui::PageRouter> router;
    std::unique_ptr<rc::ui::LanguageController> languages;
    std::unique_ptr<QQmlApplicationEngine> engine;
    QQuickWindow *window = nullptr;
    std::unique_ptr<rc::ui::PageTour> tour;

    // Before SQLite is used and before any key exists, as in main(); and the temporary folder.
    QString prepare()
    {
        rc::crypto::initSecureHeap();
        rc::storage::installZeroingAllocator();
        return data.isValid() ? QString() : QStringLiteral("no temporary folder");
    }

    // prepare(), the nl pack, and createServices().
    QString setUp()
    {
        QString problem = prepare();
        if (problem.isEmpty() && !pack.install())
            problem = QStringLiteral("the nl pack could not be built and installed");
        return problem.isEmpty() ? createServices() : problem;
    }

    // The services on the installed packs, with English chosen before the window exists (as with --lang:
    // no first-start language page).
    QString createServices()
    {
        settings = std::make_unique<QSettings>(settingsFile(), QSettings::IniFormat);
        library = std::make_unique<rc::ui::ContentLibrary>(&pack.store);
        updates = std::make_unique<rc::ui::ContentUpdates>(
            &pack.store, library.get(), settings.get(), pack.dir.filePath(QStringLiteral("content.sqlite")),
            data.filePath(QStringLiteral("sync/metadata")), nullptr);
        vault = std::make_unique<rc::vault::Vault>(data.filePath(QStringLiteral("vault")));
        vaultController = std::make_unique<rc::ui::VaultController>(vault.get(), nullptr);
        vaultController->setKdfParameters(rc::crypto::Kdf::MinimumArgon2);
        router = std::make_unique<rc::ui::PageRouter>(nullptr);
        languages = std::make_unique<rc::ui::LanguageController>(settings.get(), QStringLiteral(":/i18n"));
        if (!languages->select(QStringLiteral("en")))
            return languages->problem();
        library->followLanguage(languages.get());
        return {};
    }

    // setUp() and loadInterface(size), for a test that needs nothing more before the QML loads.
    QString start(const QSize &size = QSize(1280, 800))
    {
        const QString problem = setUp();
        return problem.isEmpty() ? loadInterface(size) : problem;
    }

    QString settingsFile() const { return data.filePath(QStringLiteral("settings.ini")); }

    // Loads the interface; resizes the window to `size` unless it is invalid; with `waitUntilExposed`,
    // waits until the window is shown. Then the PageTour, which collects the QML warnings from there on.
    QString loadInterface(const QSize &size = QSize(1280, 800), bool waitUntilExposed = false)
    {
        engine = std::make_unique<QQmlApplicationEngine>();
        window = rc::ui::loadInterface(engine.get(), languages.get(), vault.get());
        if (!window)
            return QStringLiteral("the interface could not be loaded");
        if (size.isValid())
            window->resize(size);
        if (waitUntilExposed && !QTest::qWaitForWindowExposed(window))
            return QStringLiteral("the window was not shown");
        tour = std::make_unique<rc::ui::PageTour>(window, router.get(), library.get());
        return {};
    }

    // For cleanupTestCase(): the window goes before the services it uses.
    void unloadInterface()
    {
        tour.reset();
        engine.reset();
    }

    // Opens `page` from home with the interface in `lang` (the header then has its back control on every
    // page but home), the window resized to `size` first unless it is invalid.
    QString openFromHome(const QString &lang, const QString &page, const QSize &size = QSize())
    {
        if (languages->current() != lang) {
            if (!languages->select(lang))
                return languages->problem();
            // The new language's content replaces the home page's before anything else happens. (Resizing
            // in the same turn of the event loop crashes Qt 6.4's layouts: the home page's Repeater sits
            // directly in a ColumnLayout.)
            if (const QString error = tour->show(QStringLiteral("home")); !error.isEmpty())
                return error;
        }
        if (size.isValid())
            window->resize(size);
        if (const QString error = tour->show(QStringLiteral("home")); !error.isEmpty())
            return error;
        return page == QLatin1String("home") ? QString() : tour->show(page);
    }

    // A throwaway vault in the temporary folder, created and open as after unlocking (a minute at most).
    // Returns the vault's error, or "".
    QString unlockThrowawayVault(const QString &passphrase)
    {
        vaultController->createVault(passphrase, passphrase);
        QDeadlineTimer deadline(60000);
        while (vaultController->state() != rc::ui::VaultController::State::Unlocked && !deadline.hasExpired()
               && (vaultController->busy() || vaultController->error().isEmpty()))
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        vaultController->confirmRecoveryKeySaved();
        if (vaultController->state() == rc::ui::VaultController::State::Unlocked)
            return {};
        return vaultController->error().isEmpty() ? QStringLiteral("the vault did not open in a minute")
                                                  : vaultController->error();
    }
};
