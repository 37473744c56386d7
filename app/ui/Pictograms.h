#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace rc::ui {

// The pictograms of assets/pictograms, compiled into the QML module as
// qrc:/RightsCompanion/pictograms/<name>.svg and drawn by Qt's SVG image plugin, so that the home page,
// the navigation and the contact actions can be used without reading. QML: `Pictograms.source("home")`,
// or the Pictogram item. Stateless, so QML may make its own instance.
class Pictograms : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit Pictograms(QObject *parent = nullptr);

    // Whether the app has a pictogram of that name. A topic icon from a pack made for a newer app may
    // have none: the tile then shows no picture rather than a broken image.
    Q_INVOKABLE static bool has(const QString &name);

    // The pictogram's address, or an empty URL when the app has none of that name.
    Q_INVOKABLE static QUrl source(const QString &name);

    // Whether the pictogram shows a direction (back), and so mirrors in right-to-left languages. A phone
    // or an envelope looks the same in every language.
    Q_INVOKABLE static bool directional(const QString &name);

    // The pictogram of a contact channel: "phone" -> "call", "whatsapp" -> "chat", "email",
    // "website", "address" -> "map"; "" for a kind it does not know.
    Q_INVOKABLE static QString forChannel(const QString &kind);

    static QStringList directionalNames();
    static QString resourcePath(const QString &name);
};

} // namespace rc::ui
