// Qt Quick Test runner for the pages: the composition root of main.cpp in small, with the real nl
// pack and the showcase test pack (tests/data/packs/showcase) installed into a temporary content
// database.
#include "ContentLibrary.h"
#include "InstalledPack.h"
#include "LanguageController.h"
#include "PageRouter.h"
#include "VaultController.h"
#include "VaultImageProvider.h"
#include "crypto/SecureBuffer.h"
#include "storage/ZeroingAllocator.h"
#include "vault/Vault.h"

#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(RightsCompanion_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(RightsCompanionPlugin)

class Setup : public QObject
{
    Q_OBJECT

public:
    Setup()
    {
        // Before SQLite is used and before any key exists, as in main().
        rc::crypto::initSecureHeap();
        rc::storage::installZeroingAllocator();
        m_vaultController.setKdfParameters(rc::crypto::Kdf::MinimumArgon2);
    }

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        // Each test file gets its own engine; the content is installed once.
        if (!m_installed) {
            if (!m_pack.install())
                qFatal("the nl pack could not be installed for the QML tests");
            // Notices, links, untranslated articles and a glossary whose content the tests control.
            if (!m_pack.installAlso(QStringLiteral(RC_TEST_DATA "/packs/showcase")))
                qFatal("the showcase test pack could not be installed for the QML tests");
            m_library.followLanguage(&m_languages);
            m_installed = true;
        }
        engine->addImportPath(QStringLiteral("qrc:/"));
        engine->addImageProvider(QStringLiteral("vault"), new rc::ui::VaultImageProvider(&m_vault));
        m_languages.setEngine(engine);
    }

private:
    bool m_installed = false;
    InstalledPack m_pack;
    rc::ui::ContentLibrary m_library { &m_pack.store };
    rc::ui::PageRouter m_router { nullptr };
    rc::ui::LanguageController m_languages { nullptr, QStringLiteral(":/i18n") };
    QTemporaryDir m_vaultDir;
    rc::vault::Vault m_vault { m_vaultDir.path() };
    rc::ui::VaultController m_vaultController { &m_vault, nullptr };
};

QUICK_TEST_MAIN_WITH_SETUP(pages, Setup)
#include "tst_qml.moc"
