#pragma once

#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>

class QQuickWindow;

namespace rc::ui {

class PageRouter;
class ContentLibrary;

// Drives the running UI from page to page through the PageRouter, as a user's taps would, for the
// start-up self-test and for rendering pages to images. Any QML warning while it runs is a failure.
class PageTour
{
public:
    PageTour(QQuickWindow *window, PageRouter *router, ContentLibrary *library);
    ~PageTour();

    // Opens `page` (with the first topic or article where the page needs one) and waits until the
    // window reports it shown. Returns an empty string on success, otherwise what went wrong.
    QString show(const QString &page, int timeoutMs = 10000);

    // Visits every page; then, if `unlockVault` succeeds, the vault pages again as they look unlocked.
    // Returns the problems found (empty when all pages loaded cleanly).
    QStringList selfTest(const std::function<bool()> &unlockVault = {});

    // Renders the current page to a PNG.
    QString saveScreenshot(const QString &fileName);

    // QML warnings and errors seen since the tour started.
    QStringList qmlWarnings() const;

private:
    void visit(const QString &page, QStringList *problems);
    QVariantMap argumentsFor(const QString &page) const;

    QQuickWindow *m_window;
    PageRouter *m_router;
    ContentLibrary *m_library;
};

} // namespace rc::ui
