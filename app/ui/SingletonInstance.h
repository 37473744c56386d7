#pragma once

#include <QJSEngine>
#include <QQmlEngine>

namespace rc::ui {

// QML singletons whose one instance is built and owned by the composition root (main.cpp, or a test's
// setup), so that services are wired in C++ and QML only sees them. The QML engine asks for the
// instance through T::create() and must never delete it.
template<typename T> class SingletonInstance
{
public:
    static T *create(QQmlEngine *, QJSEngine *)
    {
        Q_ASSERT_X(s_instance, "SingletonInstance", "the composition root must create the instance first");
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }

protected:
    explicit SingletonInstance(T *self) { s_instance = self; }
    ~SingletonInstance()
    {
        if (s_instance == static_cast<T *>(this))
            s_instance = nullptr;
    }

private:
    static inline T *s_instance = nullptr;
};

} // namespace rc::ui
