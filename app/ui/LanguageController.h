#pragma once

#include "SingletonInstance.h"
#include "i18n/CalendarFormat.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTranslator>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQmlEngine;
class QSettings;

namespace rc::ui {

// The interface language: loads the Qt Linguist translation, retranslates the running QML without a
// restart, sets the layout direction and remembers the choice.
class LanguageController : public QObject, public SingletonInstance<LanguageController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Languages)
    QML_SINGLETON
    Q_PROPERTY(QString current READ current NOTIFY currentChanged)
    Q_PROPERTY(QString currentName READ currentName NOTIFY currentChanged)
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY currentChanged)
    Q_PROPERTY(QVariantList available READ available CONSTANT)
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
    Q_PROPERTY(bool chosen READ chosen NOTIFY currentChanged)
    // The calendar dates are shown in, beside the Gregorian date: "gregorian", "persian" or "ethiopic".
    // Chosen per language and remembered; only one of `calendars` can be set.
    Q_PROPERTY(QString calendar READ calendar WRITE setCalendar NOTIFY calendarChanged)
    // {id, name} of the calendars that make sense for the current language, the default first. One
    // entry means there is nothing to choose.
    Q_PROPERTY(QVariantList calendars READ calendars NOTIFY currentChanged)

public:
    struct Language
    {
        QString code; // BCP 47, as in content packs
        QString endonym; // the language's name in its own script
        QString qtLocale; // what QLocale and ICU call it
        bool rightToLeft;
    };
    static const QList<Language> &known();

    // `translationsPath` holds rights-companion_<code>.qm files (":/i18n" in the app).
    LanguageController(QSettings *settings, QString translationsPath, QObject *parent = nullptr);
    ~LanguageController() override;

    void setEngine(QQmlEngine *engine) { m_engine = engine; }

    QString current() const { return m_current; }
    QString currentName() const;
    bool rightToLeft() const;
    bool chosen() const { return m_chosen; }
    // {code, name, rightToLeft} for every language whose interface translation is present.
    QVariantList available() const;
    QString problem() const { return m_problem; }

    // The name of a language in its own script ("Nederlands"), or the code when it is not known.
    Q_INVOKABLE QString nameOf(const QString &code) const;

    // Switches language. Returns false and sets `problem` if the translation is missing or damaged;
    // the interface then stays in the language it was in.
    Q_INVOKABLE bool select(const QString &code);
    // Restores the remembered language, falling back to English with a `problem` when it is gone.
    void restore();

    QString calendar() const { return i18n::calendarId(calendarOf(m_current)); }
    void setCalendar(const QString &id);
    QVariantList calendars() const;
    // The calendar chosen for a language (its default until the user chooses).
    i18n::Calendar calendarOf(const QString &language) const;

    // A day for display in the current language: the chosen calendar's date with the Gregorian date
    // beside it ("12 Azar 1405 (3 December 2026)"), or the Gregorian date alone. Empty for an invalid date.
    Q_INVOKABLE QString formatDate(const QDate &date) const;

    // The calendar for dates shown in `language`, as the live controller has it (the default for the
    // language when there is none, as in tests of the models), and that controller, for its signals.
    static i18n::Calendar displayCalendarFor(const QString &language);
    static LanguageController *active();

Q_SIGNALS:
    void currentChanged();
    void problemChanged();
    void calendarChanged();

private:
    QString qmPath(const QString &code) const;
    void setProblem(const QString &problem);

    QSettings *m_settings;
    QString m_translationsPath;
    QPointer<QQmlEngine> m_engine;
    std::unique_ptr<QTranslator> m_translator;
    QString m_current = QStringLiteral("en");
    QString m_problem;
    bool m_chosen = false;
    QHash<QString, i18n::Calendar> m_calendars; // chosen this session (also when there are no settings)
};

} // namespace rc::ui
