// Qt Quick Test runner for the "Content updates" page and the home page's stale-content banner, with
// a real ContentUpdates: the showcase pack installed from a bundled repository published long ago
// (stale now, accepted as offline media), and two folder mirrors set up in settings.ini before the
// controller starts: a newer repository in which one article changed, and an old USB copy.
#include "ContentLibrary.h"
#include "ContentSyncFixture.h"
#include "ContentUpdates.h"
#include "LanShareController.h"
#include "LanguageController.h"
#include "PageRouter.h"
#include "crypto/SecureBuffer.h"
#include "storage/ZeroingAllocator.h"

#include <QQmlEngine>
#include <QSettings>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(RightsCompanion_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(RightsCompanionPlugin)

class Setup : public QObject
{
    Q_OBJECT

public:
    Setup()
    {
        rc::crypto::initSecureHeap();
        rc::storage::installZeroingAllocator();
        using namespace rc::test;
        // The bundle: published on 2025-03-01, so its targets metadata has long expired.
        const QString usb = m_fixture.dir.filePath(QStringLiteral("usb"));
        const QString bundle = m_fixture.dir.filePath(QStringLiteral("bundle"));
        m_fixture.repo = bundle + QStringLiteral("/repository");
        if (!m_fixture.publishSource(publishTime()).error.ok()
            || !QFile::copy(m_fixture.metadata(QStringLiteral("1.root.json")),
                            bundle + QStringLiteral("/1.root.json"))
            || !copyTree(bundle, usb))
            qFatal("the bundled repository could not be published");
        if (!m_store.open(m_fixture.database))
            qFatal("no content database");
        const rc::sync::BundledImport imported
            = rc::sync::importBundledContent(bundle, m_fixture.metadataDir, &m_store);
        if (!imported.problems.isEmpty() || imported.report.packsInstalled.isEmpty())
            qFatal("the bundled content was not installed: %s",
                   qPrintable(imported.problems.join(QLatin1Char(' '))));
        // The distributor changes one article and publishes again, a day later.
        m_fixture.editSource(QStringLiteral("articles/appeal-time/nl.md"), "Je hebt vaak 1 week",
                             "Je hebt soms 4 weken");
        if (!m_fixture.publishSource(publishTime().addDays(1)).error.ok())
            qFatal("the update could not be published");

        m_settings = std::make_unique<QSettings>(m_fixture.dir.filePath(QStringLiteral("settings.ini")),
                                                 QSettings::IniFormat);
        m_settings->setValue(QStringLiteral("updates/mirrors"), QStringList { bundle, usb });
        m_library.followLanguage(&m_languages);
        m_updates = std::make_unique<rc::ui::ContentUpdates>(
            &m_store, &m_library, m_settings.get(), m_fixture.database, m_fixture.metadataDir, nullptr);
        // "Share with phones nearby" over the bundle, on 127.0.0.1 only, with an address to show.
        m_lanShare
            = std::make_unique<rc::ui::LanShareController>(bundle + QStringLiteral("/repository"), nullptr);
        rc::sync::LanShare::Options shareOptions;
        shareOptions.loopbackOnly = true;
        shareOptions.port = 0;
        m_lanShare->setOptions(shareOptions);
        m_lanShare->setAddressesForTest({ QStringLiteral("192.168.1.20") });
    }

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        m_languages.setEngine(engine);
    }

private:
    rc::test::ContentSyncFixture m_fixture;
    rc::content::ContentStore m_store;
    rc::ui::ContentLibrary m_library { &m_store };
    rc::ui::PageRouter m_router { nullptr };
    rc::ui::LanguageController m_languages { nullptr, QStringLiteral(":/i18n") };
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<rc::ui::ContentUpdates> m_updates;
    std::unique_ptr<rc::ui::LanShareController> m_lanShare;
};

QUICK_TEST_MAIN_WITH_SETUP(contentupdates, Setup)
#include "tst_contentupdatespage.moc"
