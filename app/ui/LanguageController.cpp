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
}

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
}

LanguageController::~LanguageController()
{
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
    if (changed)
        Q_EMIT currentChanged();
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

} // namespace rc::ui
