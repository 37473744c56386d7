#pragma once

#include "SingletonInstance.h"

#include <QObject>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace rc::ui {

// Navigation requests as data: pages ask the router to open another page, the main window pushes it
// and reports back whether it loaded. The self-test and the screenshot command drive the UI through
// the same calls a user's taps make.
class PageRouter : public QObject, public SingletonInstance<PageRouter>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QStringList pages READ pages CONSTANT)

public:
    // No default argument: Qt 6.4 would rather default-construct a second instance than call create().
    explicit PageRouter(QObject *parent);

    // Every page the app has, in the order the self-test visits them.
    static QStringList pages();
    // The pages of the personal vault, which show their content only while it is unlocked.
    static QStringList vaultPages();

    Q_INVOKABLE void open(const QString &page, const QVariantMap &arguments = {});
    Q_INVOKABLE void back();
    Q_INVOKABLE void reportShown(const QString &page);
    Q_INVOKABLE void reportFailed(const QString &page, const QString &error);

Q_SIGNALS:
    void openRequested(const QString &page, const QVariantMap &arguments);
    void backRequested();
    void pageShown(const QString &page);
    void pageFailed(const QString &page, const QString &error);
};

} // namespace rc::ui
