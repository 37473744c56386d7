#include "InputActivity.h"

#include <QCoreApplication>
#include <QPointer>

namespace rc::ui {

InputActivity::InputActivity(QObject *parent)
    : QObject(parent)
{
}

InputActivity *InputActivity::instance()
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return nullptr;
    // A QPointer: tests may make a new application object after the old one (and this) is gone.
    static QPointer<InputActivity> shared;
    if (!shared) {
        shared = new InputActivity(app);
        app->installEventFilter(shared);
    }
    return shared;
}

bool InputActivity::isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
        return true;
    default:
        return false;
    }
}

bool InputActivity::eventFilter(QObject *watched, QEvent *event)
{
    if (isInput(event->type()))
        Q_EMIT activity();
    return QObject::eventFilter(watched, event);
}

} // namespace rc::ui
