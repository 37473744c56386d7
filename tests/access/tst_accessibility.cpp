// What a screen reader announces: every page of the app (the vault pages with an unlocked vault), loaded
// in-process exactly as the app loads them, in English and Arabic. Every visible, enabled interactive
// item of the window (header, navigation and page) must have an accessible name, and the Arabic names
// must be Arabic, not English left over: a control without a name is read out as just "button".
#include "ContentLibrary.h"
#include "ContentUpdates.h"
#include "InstalledPack.h"
#include "InterfaceLoader.h"
#include "LanguageController.h"
#include "PageRouter.h"
#include "PageTour.h"
#include "VaultController.h"
#include "crypto/SecureBuffer.h"
#include "storage/ZeroingAllocator.h"
#include "vault/Vault.h"

#include <QAccessible>
#include <QDeadlineTimer>
#include <QDir>
#include <QHash>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <functional>
#include <memory>

Q_IMPORT_QML_PLUGIN(RightsCompanion_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(RightsCompanionPlugin)

namespace {

// Visible and enabled items, depth first in the order QML declares them.
void walk(QQuickItem *item, const std::function<void(QQuickItem *)> &visit)
{
    if (!item || !item->isVisible() || item->opacity() <= 0.0 || !item->isEnabled())
        return;
    visit(item);
    const auto children = item->childItems();
    for (QQuickItem *child : children)
        walk(child, visit);
}

// Whether a person can act on `item`: a control by its class, or anything that tells assistive
// technology it takes focus in an interactive role (e.g. a MouseArea made into a button).
bool isInteractive(QQuickItem *item, QAccessibleInterface *accessible)
{
    // A page is announced by its title as a container, not as something to act on.
    if (item->inherits("QQuickPage"))
        return false;
    if (item->inherits("QQuickAbstractButton") || item->inherits("QQuickComboBox")
        || item->inherits("QQuickSlider") || item->inherits("QQuickSpinBox"))
        return true;
    if (item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit")) {
        // Read-only text (selectable article text, say) is read, not filled in. The text inside an
        // editable ComboBox or a SpinBox is named through that control.
        if (item->property("readOnly").toBool())
            return false;
        const QQuickItem *parent = item->parentItem();
        return !(parent && (parent->inherits("QQuickComboBox") || parent->inherits("QQuickSpinBox")));
    }
    if (!accessible)
        return false;
    static const QSet<QAccessible::Role> roles { QAccessible::Button,       QAccessible::CheckBox,
                                                 QAccessible::RadioButton,  QAccessible::ComboBox,
                                                 QAccessible::EditableText, QAccessible::Slider,
                                                 QAccessible::Link,         QAccessible::PageTab,
                                                 QAccessible::MenuItem };
    return accessible->state().focusable && roles.contains(accessible->role());
}

// Whether a name says nothing in any language: digits, punctuation and symbols only ("1", "+", "…").
bool hasLetters(const QString &name)
{
    for (const QChar c : name) {
        if (c.isLetter())
            return true;
    }
    return false;
}

struct Named
{
    QString name;
    QString description; // objectName, class and text, for a report
};

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Before SQLite is used and before any key exists, as in main().
        rc::crypto::initSecureHeap();
        rc::storage::installZeroingAllocator();
        QVERIFY2(m_data.isValid(), "no temporary folder");

        QVERIFY2(m_pack.install(), "the nl pack could not be built and installed");
        m_settings = std::make_unique<QSettings>(m_data.filePath(QStringLiteral("settings.ini")),
                                                 QSettings::IniFormat);
        m_library = std::make_unique<rc::ui::ContentLibrary>(&m_pack.store);
        m_updates = std::make_unique<rc::ui::ContentUpdates>(
            &m_pack.store, m_library.get(), m_settings.get(),
            m_pack.dir.filePath(QStringLiteral("content.sqlite")),
            m_data.filePath(QStringLiteral("sync/metadata")), nullptr);
        m_vault = std::make_unique<rc::vault::Vault>(m_data.filePath(QStringLiteral("vault")));
        m_vaultController = std::make_unique<rc::ui::VaultController>(m_vault.get(), nullptr);
        m_vaultController->setKdfParameters(rc::crypto::Kdf::MinimumArgon2);
        m_router = std::make_unique<rc::ui::PageRouter>(nullptr);
        m_languages
            = std::make_unique<rc::ui::LanguageController>(m_settings.get(), QStringLiteral(":/i18n"));
        QVERIFY2(m_languages->select(QStringLiteral("en")), qPrintable(m_languages->problem()));
        m_library->followLanguage(m_languages.get());

        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_window = rc::ui::loadInterface(m_engine.get(), m_languages.get(), m_vault.get());
        QVERIFY2(m_window, "the interface could not be loaded");
        m_window->resize(1280, 800);
        m_tour = std::make_unique<rc::ui::PageTour>(m_window, m_router.get(), m_library.get());

        // The vault pages as a person sees them after unlocking: a throwaway vault in the temporary folder.
        const QString passphrase = QStringLiteral("accessibility test passphrase");
        m_vaultController->createVault(passphrase, passphrase);
        QDeadlineTimer deadline(60000);
        while (m_vaultController->state() != rc::ui::VaultController::State::Unlocked
               && !deadline.hasExpired()
               && (m_vaultController->busy() || m_vaultController->error().isEmpty()))
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        m_vaultController->confirmRecoveryKeySaved();
        QVERIFY2(m_vaultController->state() == rc::ui::VaultController::State::Unlocked,
                 qPrintable(QStringLiteral("the throwaway vault could not be unlocked: ")
                            + m_vaultController->error()));
    }

    void cleanupTestCase()
    {
        m_tour.reset();
        m_engine.reset();
    }

    void names_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("page");
        // English first: the Arabic rows compare their names with the English ones.
        for (const char *lang : { "en", "ar" }) {
            for (const QString &page : rc::ui::PageRouter::pages())
                QTest::addRow("%s-%s", lang, qPrintable(page)) << QString::fromLatin1(lang) << page;
        }
    }

    void names()
    {
        QFETCH(QString, lang);
        QFETCH(QString, page);

        QString error;
        if (m_languages->current() != lang) {
            QVERIFY2(m_languages->select(lang), qPrintable(m_languages->problem()));
            // Let the new language's content replace the home page's before anything else happens.
            error = m_tour->show(QStringLiteral("home"));
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        // Opened from home, so the header has its back control on every page but home.
        error = m_tour->show(QStringLiteral("home"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        if (page != QLatin1String("home")) {
            error = m_tour->show(page);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }

        const QList<Named> items = interactiveItems(m_window->contentItem());
        QVERIFY2(!items.isEmpty(), qPrintable(QStringLiteral("%1 %2: nothing to act on").arg(lang, page)));
        QStringList unnamed;
        QStringList names;
        for (const Named &item : items) {
            if (item.name.trimmed().isEmpty())
                unnamed.append(item.description);
            else
                names.append(item.name);
        }
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(QStringLiteral("%1 %2: interactive items without an accessible name:\n  %3")
                                .arg(lang, page, unnamed.join(QStringLiteral("\n  ")))));

        if (lang == QLatin1String("en")) {
            m_englishNames.insert(page, names);
            return;
        }
        // The rows run in order, English first: an Arabic row alone (a filtered run) has nothing to compare.
        QVERIFY2(m_englishNames.contains(page),
                 "the English row of this page must run before the Arabic one: run the whole test function");
        // Each language is listed by its own name, so that a person finds theirs whatever language the
        // interface is in: those names are the same in every language on purpose.
        if (page == QLatin1String("language"))
            return;
        // Names that stay English in Arabic. Some legitimately do: names taken from the content (a
        // place such as "Ter Apel", an organisation such as "IND" or "COA") and from the person's own
        // data. Those are at most a handful on any page, while an untranslated page repeats its whole
        // set; more than three identical names with letters means the names do not follow the language.
        const QSet<QString> english(m_englishNames.value(page).cbegin(), m_englishNames.value(page).cend());
        QStringList unchanged;
        for (const QString &name : std::as_const(names)) {
            if (hasLetters(name) && english.contains(name) && !unchanged.contains(name))
                unchanged.append(name);
        }
        QVERIFY2(unchanged.size() <= 3,
                 qPrintable(QStringLiteral("ar %1: %2 accessible names are the same as in English:\n  %3")
                                .arg(page)
                                .arg(unchanged.size())
                                .arg(unchanged.join(QStringLiteral("\n  ")))));
    }

    // The checks find what they look for: a button without text or name is reported, one with a name
    // is not, and read-only text is not taken for something to fill in.
    void unnamedIsFound()
    {
        QQmlComponent component(m_engine.get());
        component.setData("import QtQuick\n"
                          "import QtQuick.Controls\n"
                          "Item {\n"
                          "  width: 300; height: 300\n"
                          "  Button { objectName: 'blank' }\n"
                          "  Button { y: 50; text: 'Named' }\n"
                          "  ToolButton { y: 100; icon.name: 'x'; Accessible.name: 'Close' }\n"
                          "  TextEdit { y: 150; readOnly: true; text: 'read only' }\n"
                          "  TextField { objectName: 'field'; y: 200 }\n"
                          "}\n",
                          QUrl(QStringLiteral("qrc:/tst_accessibility/Sample.qml")));
        std::unique_ptr<QObject> object(component.create());
        QVERIFY2(object, qPrintable(component.errorString()));
        auto *sample = qobject_cast<QQuickItem *>(object.get());
        QVERIFY(sample);
        sample->setParentItem(m_window->contentItem());
        const QList<Named> items = interactiveItems(sample);
        sample->setParentItem(nullptr);
        QCOMPARE(items.size(), 4);
        QStringList unnamed;
        for (const Named &item : items) {
            if (item.name.isEmpty())
                unnamed.append(item.description);
        }
        QVERIFY2(unnamed.size() == 2, qPrintable(unnamed.join(QLatin1Char('|'))));
        QVERIFY2(unnamed.at(0).startsWith(QLatin1String("blank ")), qPrintable(unnamed.at(0)));
        QVERIFY2(unnamed.at(1).startsWith(QLatin1String("field ")), qPrintable(unnamed.at(1)));
        QCOMPARE(items.at(1).name, QStringLiteral("Named"));
        QCOMPARE(items.at(2).name, QStringLiteral("Close"));
    }

private:
    // The interactive items under `root` with their accessible names, in declaration order.
    static QList<Named> interactiveItems(QQuickItem *root)
    {
        QList<Named> found;
        walk(root, [&](QQuickItem *item) {
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(item);
            if (!isInteractive(item, accessible))
                return;
            QString name = accessible ? accessible->text(QAccessible::Name) : QString();
            // While a screen reader is active, Qt Quick Controls name a button by its text, and follow
            // the text as it changes language. Offscreen no reader can be active (QAccessible::isActive()
            // needs the platform's accessibility bridge, and the controls keep no name without it), so
            // the test gives a button the name the reader would get: its text.
            if (name.isEmpty() && item->inherits("QQuickAbstractButton"))
                name = item->property("text").toString();
            const QString text = item->property("text").toString();
            found.append({ name,
                           QStringLiteral("%1 %2 \"%3\"")
                               .arg(item->objectName().isEmpty() ? QStringLiteral("(no objectName)")
                                                                 : item->objectName(),
                                    QString::fromLatin1(item->metaObject()->className()), text.left(60)) });
        });
        return found;
    }

    QTemporaryDir m_data;
    InstalledPack m_pack;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<rc::ui::ContentLibrary> m_library;
    std::unique_ptr<rc::ui::ContentUpdates> m_updates;
    std::unique_ptr<rc::vault::Vault> m_vault;
    std::unique_ptr<rc::ui::VaultController> m_vaultController;
    std::unique_ptr<rc::ui::PageRouter> m_router;
    std::unique_ptr<rc::ui::LanguageController> m_languages;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    std::unique_ptr<rc::ui::PageTour> m_tour;
    QHash<QString, QStringList> m_englishNames;
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
