// "Print or save as PDF" where a volunteer needs it: the procedure on the timeline page and the contact
// on its page, as the app shows them. The button opens the path field (with a suggested path), saving
// writes a PDF there, and the PDF read back (pdftotext) holds what the page shows.
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

#include <QFile>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <functional>
#include <memory>

Q_IMPORT_QML_PLUGIN(RightsCompanion_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(RightsCompanionPlugin)

namespace {

void walk(QQuickItem *item, const std::function<void(QQuickItem *)> &visit)
{
    if (!item || !item->isVisible())
        return;
    visit(item);
    const auto children = item->childItems();
    for (QQuickItem *child : children)
        walk(child, visit);
}

QQuickItem *findVisible(QQuickItem *root, const QString &objectName)
{
    QQuickItem *found = nullptr;
    walk(root, [&](QQuickItem *item) {
        if (!found && item->objectName() == objectName)
            found = item;
    });
    return found;
}

// A control's click, as a tap would end (the handler in QML runs).
bool click(QQuickItem *control)
{
    return control && control->isEnabled() && QMetaObject::invokeMethod(control, "clicked");
}

QString pdfText(const QString &file, QString *error)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        *error = QStringLiteral("pdftotext is missing: run ./dev (Debian: poppler-utils)");
        return {};
    }
    QProcess process;
    process.start(pdftotext, { QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-") });
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        *error = QStringLiteral("pdftotext could not read %1: %2")
                     .arg(file, QString::fromUtf8(process.readAllStandardError()));
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

} // namespace

class TestHandoutPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
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
    }

    void cleanupTestCase()
    {
        m_tour.reset();
        m_engine.reset();
    }

    void savesThePageAsPdf_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("titleItem"); // the item whose text the PDF must hold
        QTest::newRow("timeline") << QStringLiteral("timeline") << QStringLiteral("procedure")
                                  << QStringLiteral("timeline-title");
        QTest::newRow("contact") << QStringLiteral("contact") << QStringLiteral("contact")
                                 << QStringLiteral("contact-name");
    }

    void savesThePageAsPdf()
    {
        QFETCH(QString, page);
        QFETCH(QString, kind);
        QFETCH(QString, titleItem);
        QString error = m_tour->show(QStringLiteral("home"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = m_tour->show(page);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QQuickItem *root = m_window->contentItem();

        QQuickItem *title = findVisible(root, titleItem);
        QVERIFY2(title, qPrintable(page + QStringLiteral(" shows no ") + titleItem));
        const QString shownTitle = title->property("text").toString().simplified();
        QVERIFY(!shownTitle.isEmpty());

        // The button is there, named for screen readers, and the path field is not until it is pressed.
        QQuickItem *button = findVisible(root, kind + QStringLiteral("-handout"));
        QVERIFY2(button, qPrintable(page + QStringLiteral(" has no visible 'Print or save as PDF' button")));
        QCOMPARE(button->property("text").toString(), QStringLiteral("Print or save as PDF"));
        QVERIFY(!findVisible(root, kind + QStringLiteral("-handout-path")));
        QVERIFY(click(button));
        QQuickItem *path = findVisible(root, kind + QStringLiteral("-handout-path"));
        QVERIFY2(path, "pressing the button shows no field for where to save the PDF");
        // A suggested place, named after what is printed, in the language it is read in.
        QVERIFY2(path->property("text").toString().endsWith(QStringLiteral("-en.pdf")),
                 qPrintable(path->property("text").toString()));

        const QString file = m_data.filePath(page + QStringLiteral("-handout.pdf"));
        QVERIFY(path->setProperty("text", file));
        QVERIFY(click(findVisible(root, kind + QStringLiteral("-handout-save"))));
        QQuickItem *result = findVisible(root, kind + QStringLiteral("-handout-result"));
        QVERIFY2(result, "saving says nothing");
        QCOMPARE(result->property("text").toString(),
                 QStringLiteral("Saved. Open the PDF to print it or pass it on."));

        QFile pdf(file);
        QVERIFY2(pdf.open(QIODevice::ReadOnly), qPrintable(file + QStringLiteral(" was not written")));
        QVERIFY2(pdf.read(5) == "%PDF-", "the file is not a PDF");
        const QString text = pdfText(file, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(
            text.contains(shownTitle),
            qPrintable(QStringLiteral("the PDF does not hold \"%1\":\n%2").arg(shownTitle, text.left(400))));

        // A path that cannot be used is said in words, and no file appears.
        QVERIFY(path->setProperty("text", QStringLiteral("relative/handout.pdf")));
        QVERIFY(click(findVisible(root, kind + QStringLiteral("-handout-save"))));
        QCOMPARE(result->property("text").toString(),
                 QStringLiteral("Type the full path of the file, starting with /."));
        QVERIFY(!QFile::exists(QStringLiteral("relative/handout.pdf")));

        // Pressed again, the button folds the path away.
        QVERIFY(click(button));
        QVERIFY(!findVisible(root, kind + QStringLiteral("-handout-path")));
    }

private:
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
};

QTEST_MAIN(TestHandoutPages)
#include "tst_handoutpages.moc"
