#include "InterfaceLoader.h"

#include "LanguageController.h"
#include "VaultImageProvider.h"

#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>

namespace rc::ui {

QQuickWindow *loadInterface(QQmlApplicationEngine *engine, LanguageController *languages, vault::Vault *vault)
{
    // Before QtQuick.Controls is first imported, or the style is fixed already.
    QQuickStyle::setStyle(QStringLiteral("Material"));
    languages->setEngine(engine);
    // Photos and PDF pages of the vault, decoded from memory (the engine owns the provider).
    engine->addImageProvider(QStringLiteral("vault"), new VaultImageProvider(vault));
    // Qt 6.4 does not look for static QML modules under the resource root by itself.
    engine->addImportPath(QStringLiteral("qrc:/"));
    engine->load(QUrl(QStringLiteral("qrc:/RightsCompanion/Main.qml")));
    const auto roots = engine->rootObjects();
    return roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.constFirst());
}

} // namespace rc::ui
