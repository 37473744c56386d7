#include "PageRouter.h"

namespace rc::ui {

PageRouter::PageRouter(QObject *parent)
    : QObject(parent)
    , SingletonInstance(this)
{
}

QStringList PageRouter::pages()
{
    return QStringList { QStringLiteral("home"),      QStringLiteral("topic"),    QStringLiteral("article"),
                         QStringLiteral("glossary"),  QStringLiteral("language"), QStringLiteral("settings"),
                         QStringLiteral("search"),    QStringLiteral("updates"),  QStringLiteral("timeline"),
                         QStringLiteral("directory"), QStringLiteral("contact") }
    + vaultPages();
}

QStringList PageRouter::vaultPages()
{
    return { QStringLiteral("vault"),          QStringLiteral("note"),      QStringLiteral("case"),
             QStringLiteral("vault-settings"), QStringLiteral("documents"), QStringLiteral("document") };
}

void PageRouter::open(const QString &page, const QVariantMap &arguments)
{
    if (!pages().contains(page)) {
        Q_EMIT pageFailed(page, QStringLiteral("there is no page called '%1'").arg(page));
        return;
    }
    Q_EMIT openRequested(page, arguments);
}

void PageRouter::back()
{
    Q_EMIT backRequested();
}

void PageRouter::reportShown(const QString &page)
{
    Q_EMIT pageShown(page);
}

void PageRouter::reportFailed(const QString &page, const QString &error)
{
    Q_EMIT pageFailed(page, error);
}

} // namespace rc::ui
