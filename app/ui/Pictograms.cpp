#include "Pictograms.h"

#include "content/Pictograms.h"

namespace rc::ui {

Pictograms::Pictograms(QObject *parent)
    : QObject(parent)
{
}

QString Pictograms::resourcePath(const QString &name)
{
    return QStringLiteral(":/RightsCompanion/pictograms/%1.svg").arg(name);
}

bool Pictograms::has(const QString &name)
{
    return content::pictogramNames().contains(name);
}

QUrl Pictograms::source(const QString &name)
{
    if (!has(name))
        return {};
    return QUrl(QStringLiteral("qrc") + resourcePath(name));
}

QStringList Pictograms::directionalNames()
{
    // The timeline's rail runs down the start edge, as on the timeline page.
    return { QStringLiteral("back"), QStringLiteral("timeline") };
}

bool Pictograms::directional(const QString &name)
{
    return directionalNames().contains(name);
}

QString Pictograms::forChannel(const QString &kind)
{
    if (kind == QLatin1String("phone"))
        return QStringLiteral("call");
    if (kind == QLatin1String("whatsapp"))
        return QStringLiteral("chat");
    if (kind == QLatin1String("email"))
        return QStringLiteral("email");
    if (kind == QLatin1String("website"))
        return QStringLiteral("website");
    if (kind == QLatin1String("address"))
        return QStringLiteral("map");
    return {};
}

} // namespace rc::ui
