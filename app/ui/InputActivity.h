#pragma once

#include <QEvent>
#include <QObject>

namespace rc::ui {

// Whether someone is using the app: a key, a click, a touch or the wheel anywhere in it. One event
// filter on the application, shared by everything that acts after a time without input (the vault's
// automatic lock, the kiosk's return to the start), so they agree on what counts as use.
class InputActivity : public QObject
{
    Q_OBJECT

public:
    // The one instance of this application, made on first use and owned by the application object;
    // nullptr before the application object exists.
    static InputActivity *instance();

    // The events that count as use.
    static bool isInput(QEvent::Type type);

Q_SIGNALS:
    // Emitted for every input event (possibly more than once per key or tap: Qt delivers an event to
    // the window and then to the item that takes it).
    void activity();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit InputActivity(QObject *parent);
};

} // namespace rc::ui
