// Qt Quick Test runner for the pages: the composition root of main.cpp in small, with the real nl
// pack installed into a temporary content database.
#include "ContentLibrary.h"
#include "InstalledPack.h"
#include "LanguageController.h"
#include "PageRouter.h"

#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(RightsCompanion_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(RightsCompanionPlugin)

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        // Each test file gets its own engine; the content is installed once.
        if (!m_installed) {
            if (!m_pack.install())
                qFatal("the nl pack could not be installed for the QML tests");
            m_library.followLanguage(&m_languages);
            m_installed = true;
        }
        engine->addImportPath(QStringLiteral("qrc:/"));
        m_languages.setEngine(engine);
    }

private:
    bool m_installed = false;
    InstalledPack m_pack;
    rc::ui::ContentLibrary m_library { &m_pack.store };
    rc::ui::PageRouter m_router { nullptr };
    rc::ui::LanguageController m_languages { nullptr, QStringLiteral(":/i18n") };
};

QUICK_TEST_MAIN_WITH_SETUP(pages, Setup)
#include "tst_qml.moc"
