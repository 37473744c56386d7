#include "PageTour.h"

#include "ContentLibrary.h"
#include "PageRouter.h"
#include "content/ContentStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QMutex>
#include <QQuickWindow>
#include <QTimer>

namespace rc::ui {

namespace {

QMutex warningsMutex;
QStringList collectedWarnings;
QtMessageHandler previousHandler = nullptr;

void collectQmlWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const bool fromQml = (context.file && QByteArray(context.file).startsWith("qrc:"))
        || message.contains(QLatin1String("qrc:/")) || message.contains(QLatin1String(".qml:"));
    if (type != QtDebugMsg && type != QtInfoMsg && fromQml) {
        QMutexLocker lock(&warningsMutex);
        collectedWarnings.append(message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

PageTour::PageTour(QQuickWindow *window, PageRouter *router, ContentLibrary *library)
    : m_window(window)
    , m_router(router)
    , m_library(library)
{
    previousHandler = qInstallMessageHandler(collectQmlWarnings);
}

PageTour::~PageTour()
{
    qInstallMessageHandler(previousHandler);
}

QStringList PageTour::qmlWarnings() const
{
    QMutexLocker lock(&warningsMutex);
    return collectedWarnings;
}

QVariantMap PageTour::argumentsFor(const QString &page) const
{
    auto *store = m_library->store();
    if (page == QLatin1String("contact")) {
        const auto contacts = store->contacts(m_library->language());
        if (contacts.isEmpty())
            return {};
        return { { QStringLiteral("pack"), contacts.first().pack },
                 { QStringLiteral("contactId"), contacts.first().id } };
    }
    const auto topics = store->topics(m_library->language());
    if (topics.isEmpty())
        return {};
    const auto &topic = topics.first();
    if (page == QLatin1String("topic"))
        return { { QStringLiteral("topicId"), topic.id }, { QStringLiteral("title"), topic.title } };
    if (page == QLatin1String("note"))
        return { { QStringLiteral("noteId"), 0 } };
    if (page == QLatin1String("article")) {
        const auto articles = store->articles(topic.id, m_library->language());
        if (!articles.isEmpty())
            return { { QStringLiteral("pack"), articles.first().pack },
                     { QStringLiteral("articleId"), articles.first().id } };
    }
    if (page == QLatin1String("search")) {
        // Something to find in every language: the first word of the first article's title.
        const auto articles = store->articles(topic.id, m_library->language());
        if (!articles.isEmpty())
            return { { QStringLiteral("query"), articles.first().title.section(QLatin1Char(' '), 0, 0) } };
    }
    return {};
}

QString PageTour::show(const QString &page, int timeoutMs)
{
    QEventLoop loop;
    QString failure;
    bool shown = false;
    auto onShown = QObject::connect(m_router, &PageRouter::pageShown, &loop, [&](const QString &name) {
        if (name == page) {
            shown = true;
            loop.quit();
        }
    });
    auto onFailed = QObject::connect(m_router, &PageRouter::pageFailed, &loop,
                                     [&](const QString &name, const QString &error) {
                                         if (name == page) {
                                             failure = error;
                                             loop.quit();
                                         }
                                     });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    QTimer::singleShot(0, m_router, [this, page] { m_router->open(page, argumentsFor(page)); });
    loop.exec();
    QObject::disconnect(onShown);
    QObject::disconnect(onFailed);
    if (!failure.isEmpty())
        return QStringLiteral("page '%1' failed to load: %2").arg(page, failure);
    if (!shown)
        return QStringLiteral("page '%1' did not appear within %2 ms").arg(page).arg(timeoutMs);
    // Let bindings, layouts and lazy loaders settle before anyone looks at the page.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 150)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return {};
}

void PageTour::visit(const QString &page, QStringList *problems)
{
    const qsizetype before = qmlWarnings().size();
    if (const QString error = show(page); !error.isEmpty())
        problems->append(error);
    const QImage frame = m_window->grabWindow();
    if (frame.isNull() || frame.size().isEmpty())
        problems->append(QStringLiteral("page '%1' rendered no image").arg(page));
    for (const QString &warning : qmlWarnings().mid(before))
        problems->append(QStringLiteral("page '%1': %2").arg(page, warning));
}

QStringList PageTour::selfTest(const std::function<bool()> &unlockVault)
{
    QStringList problems;
    for (const QString &page : PageRouter::pages())
        visit(page, &problems);
    if (unlockVault) {
        if (!unlockVault())
            problems.append(QStringLiteral("a throwaway vault could not be created"));
        for (const QString &page : PageRouter::vaultPages())
            visit(page, &problems);
    }
    return problems;
}

QString PageTour::saveScreenshot(const QString &fileName)
{
    const QImage image = m_window->grabWindow();
    if (image.isNull())
        return QStringLiteral("the window could not be rendered");
    if (!image.save(fileName, "PNG"))
        return QStringLiteral("cannot write %1").arg(fileName);
    return {};
}

} // namespace rc::ui
