#include "LanguageController.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QQmlEngine>
#include <QSettings>

namespace rc::ui {

namespace {
const QString settingsKey = QStringLiteral("interface/language");
QString calendarKey(const QString &language)
{
    return QStringLiteral("interface/calendar/") + language;
}
LanguageController *s_active = nullptr;
} // namespace

const QList<LanguageController::Language> &LanguageController::known()
{
    static const QList<Language> languages = {
        { QStringLiteral("en"), QStringLiteral("English"), QStringLiteral("en"), false },
        { QStringLiteral("nl"), QStringLiteral("Nederlands"), QStringLiteral("nl_NL"), false },
        { QStringLiteral("ar"), QStringLiteral("العربية"), QStringLiteral("ar"), true },
        { QStringLiteral("fa"), QStringLiteral("فارسی"), QStringLiteral("fa_IR"), true },
        { QStringLiteral("prs"), QStringLiteral("دری"), QStringLiteral("fa_AF"), true },
        { QStringLiteral("ps"), QStringLiteral("پښتو"), QStringLiteral("ps_AF"), true },
        { QStringLiteral("ti"), QStringLiteral("ትግርኛ"), QStringLiteral("ti_ER"), false },
        { QStringLiteral("tr"), QStringLiteral("Türkçe"), QStringLiteral("tr_TR"), false },
        { QStringLiteral("ckb"), QStringLiteral("کوردیی ناوەندی"), QStringLiteral("ckb_IQ"), true },
        { QStringLiteral("so"), QStringLiteral("Soomaali"), QStringLiteral("so_SO"), false },
        { QStringLiteral("uk"), QStringLiteral("Українська"), QStringLiteral("uk_UA"), false },
        { QStringLiteral("fr"), QStringLiteral("Français"), QStringLiteral("fr_FR"), false },
    };
    return languages;
}

namespace {
const LanguageController::Language *find(const QString &code)
{
    for (const auto &language : LanguageController::known()) {
        if (language.code == code)
            return &language;
    }
    return nullptr;
}
} // namespace

LanguageController::LanguageController(QSettings *settings, QString translationsPath, QObject *parent)
    : QObject(parent)
    , SingletonInstance(this)
    , m_settings(settings)
    , m_translationsPath(std::move(translationsPath))
{
    s_active = this;
}

LanguageController::~LanguageController()
{
    if (s_active == this)
        s_active = nullptr;
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

QString LanguageController::qmPath(const QString &code) const
{
    return m_translationsPath + QStringLiteral("/rights-companion_") + code + QStringLiteral(".qm");
}

QString LanguageController::currentName() const
{
    return nameOf(m_current);
}

QString LanguageController::nameOf(const QString &code) const
{
    const Language *language = find(code);
    return language ? language->endonym : code;
}

bool LanguageController::rightToLeft() const
{
    const Language *language = find(m_current);
    return language && language->rightToLeft;
}

QVariantList LanguageController::available() const
{
    QVariantList list;
    for (const auto &language : known()) {
        // English is the source language: it needs no translation file.
        if (language.code != QLatin1String("en") && !QFileInfo::exists(qmPath(language.code)))
            continue;
        list.append(QVariantMap { { QStringLiteral("code"), language.code },
                                  { QStringLiteral("name"), language.endonym },
                                  { QStringLiteral("rightToLeft"), language.rightToLeft } });
    }
    return list;
}

void LanguageController::setProblem(const QString &problem)
{
    if (m_problem == problem)
        return;
    m_problem = problem;
    Q_EMIT problemChanged();
}

bool LanguageController::select(const QString &code)
{
    const Language *language = find(code);
    if (!language) {
        setProblem(tr("This language is not known to the app."));
        return false;
    }
    std::unique_ptr<QTranslator> translator;
    if (code != QLatin1String("en")) {
        translator = std::make_unique<QTranslator>();
        if (!translator->load(qmPath(code))) {
            //: %1 is the name of a language in that language, e.g. "Nederlands".
            setProblem(tr("The interface is not available in %1 on this device. It is shown in %2.")
                           .arg(language->endonym, currentName()));
            return false;
        }
    }
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator = std::move(translator);
    if (m_translator)
        QCoreApplication::installTranslator(m_translator.get());

    const bool changed = m_current != code || !m_chosen;
    m_current = code;
    m_chosen = true;
    QLocale::setDefault(QLocale(language->qtLocale));
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        app->setLayoutDirection(language->rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    if (m_settings)
        m_settings->setValue(settingsKey, code);
    setProblem({});
    if (m_engine)
        m_engine->retranslate();
    if (changed) {
        Q_EMIT currentChanged();
        Q_EMIT calendarChanged();
    }
    return true;
}

void LanguageController::restore()
{
    const QString saved = m_settings ? m_settings->value(settingsKey).toString() : QString();
    if (saved.isEmpty())
        return;
    if (!select(saved)) {
        const QString problem = m_problem;
        select(QStringLiteral("en"));
        setProblem(problem);
    }
}

i18n::Calendar LanguageController::calendarOf(const QString &language) const
{
    const QList<i18n::Calendar> offered = i18n::calendarsFor(language);
    if (const auto it = m_calendars.constFind(language); it != m_calendars.cend() && offered.contains(*it))
        return *it;
    if (m_settings) {
        // A value that is not one of the language's calendars (an edited or older settings file) is
        // ignored: the language's default is shown.
        const auto saved = i18n::calendarFromId(m_settings->value(calendarKey(language)).toString());
        if (saved && offered.contains(*saved))
            return *saved;
    }
    return offered.constFirst();
}

void LanguageController::setCalendar(const QString &id)
{
    const auto calendar = i18n::calendarFromId(id);
    if (!calendar || !i18n::calendarsFor(m_current).contains(*calendar))
        return; // the chooser only offers the language's calendars
    const bool changed = calendarOf(m_current) != *calendar;
    m_calendars.insert(m_current, *calendar);
    if (m_settings)
        m_settings->setValue(calendarKey(m_current), id);
    if (changed)
        Q_EMIT calendarChanged();
}

QVariantList LanguageController::calendars() const
{
    QVariantList list;
    for (const i18n::Calendar calendar : i18n::calendarsFor(m_current)) {
        QString name;
        switch (calendar) {
        case i18n::Calendar::Gregorian:
            name = tr("Gregorian calendar");
            break;
        case i18n::Calendar::Persian:
            name = tr("Solar Hijri calendar");
            break;
        case i18n::Calendar::Ethiopic:
            name = tr("Ethiopian calendar");
            break;
        }
        list.append(QVariantMap { { QStringLiteral("id"), i18n::calendarId(calendar) },
                                  { QStringLiteral("name"), name } });
    }
    return list;
}

QString LanguageController::formatDate(const QDate &date) const
{
    return i18n::formatWithGregorian(date, calendarOf(m_current), m_current);
}

i18n::Calendar LanguageController::displayCalendarFor(const QString &language)
{
    return s_active ? s_active->calendarOf(language) : i18n::defaultCalendarFor(language);
}

LanguageController *LanguageController::active()
{
    return s_active;
}

} // namespace rc::ui
