#pragma once

#include "SingletonInstance.h"

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

Q_SIGNALS:
    void currentChanged();
    void problemChanged();

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
};

} // namespace rc::ui
