#pragma once

class QQmlApplicationEngine;
class QQuickWindow;

namespace rc::vault {
class Vault;
}

namespace rc::ui {

class LanguageController;

// Loads the interface (qrc:/RightsCompanion/Main.qml) into `engine` as the app shows it: the Material
// style, translations that follow `languages`, and the vault's documents through "image://vault".
// The singletons the pages use (ContentLibrary, PageRouter, Languages, VaultSession, ContentUpdates)
// must exist before this is called. The app and the screen tests both load the interface this way, so
// what the tests check is what people see. Returns the window, or nullptr when the QML did not load.
QQuickWindow *loadInterface(QQmlApplicationEngine *engine, LanguageController *languages,
                            vault::Vault *vault);

} // namespace rc::ui
