// "Print or save as PDF" where a volunteer needs it: the procedure on the timeline page and the contact
// on its page, as the app shows them. The button opens the path field (with a suggested path), saving
// writes a PDF there, and the PDF read back (pdftotext) holds what the page shows.
#include "InterfaceServices.h"
#include "ScreenChecks.h"

#include <QFile>
#include <QProcess>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(RightsCompanion_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(RightsCompanionPlugin)

using screenchecks::findItem;
using screenchecks::Items;

namespace {

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
        const QString problem = m_app.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanupTestCase() { m_app.unloadInterface(); }

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
        QString error = m_app.openFromHome(QStringLiteral("en"), page);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QQuickItem *root = m_app.window->contentItem();

        QQuickItem *title = findItem(root, titleItem, Items::Visible);
        QVERIFY2(title, qPrintable(page + QStringLiteral(" shows no ") + titleItem));
        const QString shownTitle = title->property("text").toString().simplified();
        QVERIFY(!shownTitle.isEmpty());

        // The button is there, named for screen readers, and the path field is not until it is pressed.
        QQuickItem *button = findItem(root, kind + QStringLiteral("-handout"), Items::Visible);
        QVERIFY2(button, qPrintable(page + QStringLiteral(" has no visible 'Print or save as PDF' button")));
        QCOMPARE(button->property("text").toString(), QStringLiteral("Print or save as PDF"));
        QVERIFY(!findItem(root, kind + QStringLiteral("-handout-path"), Items::Visible));
        QVERIFY(click(button));
        QQuickItem *path = findItem(root, kind + QStringLiteral("-handout-path"), Items::Visible);
        QVERIFY2(path, "pressing the button shows no field for where to save the PDF");
        // A suggested place, named after what is printed, in the language it is read in.
        QVERIFY2(path->property("text").toString().endsWith(QStringLiteral("-en.pdf")),
                 qPrintable(path->property("text").toString()));

        const QString file = m_app.data.filePath(page + QStringLiteral("-handout.pdf"));
        QVERIFY(path->setProperty("text", file));
        QVERIFY(click(findItem(root, kind + QStringLiteral("-handout-save"), Items::Visible)));
        QQuickItem *result = findItem(root, kind + QStringLiteral("-handout-result"), Items::Visible);
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
        QVERIFY(click(findItem(root, kind + QStringLiteral("-handout-save"), Items::Visible)));
        QCOMPARE(result->property("text").toString(),
                 QStringLiteral("Type the full path of the file, starting with /."));
        QVERIFY(!QFile::exists(QStringLiteral("relative/handout.pdf")));

        // Pressed again, the button folds the path away.
        QVERIFY(click(button));
        QVERIFY(!findItem(root, kind + QStringLiteral("-handout-path"), Items::Visible));
    }

private:
    InterfaceServices m_app;
};

QTEST_MAIN(TestHandoutPages)
#include "tst_handoutpages.moc"
