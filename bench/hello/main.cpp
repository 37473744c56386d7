// Baseline for bench/startup.py: the smallest Qt Quick app built the same way as rights-companion
// (same Qt, same compiler and hardening flags, QML compiled into the binary). It shows one Text and
// exits as soon as the first frame is swapped, like `rights-companion --exit-after-first-frame`.

#include <QCoreApplication>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QUrl>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Same default as the app's benchmark mode: render offscreen unless the caller chose a platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QGuiApplication app(argc, argv);

    QQmlApplicationEngine engine;
    // Qt 6.4 does not look for static QML modules under the resource root by itself.
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.load(QUrl(QStringLiteral("qrc:/BenchHello/Main.qml")));
    auto *window = engine.rootObjects().isEmpty()
        ? nullptr
        : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window) {
        std::fprintf(stderr, "rc-bench-hello: Main.qml could not be loaded\n");
        return 1;
    }

    // Queued, exactly as in the app, so both stop at the same point of the first frame.
    QObject::connect(
        window, &QQuickWindow::frameSwapped, &app, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
    return app.exec();
}
