#include "LanguageController.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using rc::ui::LanguageController;

namespace {
const QString bundled = QStringLiteral(":/i18n");
QString homeTitle()
{
    return QCoreApplication::translate("HomePage", "What do you want to know?");
}
} // namespace

class TestLanguageController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(settingsPath());
    }

    void switchesTheInterfaceAtRunTime()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        LanguageController languages(&settings, bundled);
        QSignalSpy changed(&languages, &LanguageController::currentChanged);
        QCOMPARE(languages.current(), QStringLiteral("en"));
        QCOMPARE(homeTitle(), QStringLiteral("What do you want to know?"));

        QVERIFY(languages.select(QStringLiteral("nl")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(languages.current(), QStringLiteral("nl"));
        QCOMPARE(languages.currentName(), QStringLiteral("Nederlands"));
        QCOMPARE(homeTitle(), QStringLiteral("Wat wil je weten?"));
        QCOMPARE(QLocale().language(), QLocale::Dutch);

        QVERIFY(languages.select(QStringLiteral("en")));
        QCOMPARE(homeTitle(), QStringLiteral("What do you want to know?"));
    }

    void remembersTheChoice()
    {
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            LanguageController languages(&settings, bundled);
            QVERIFY(!languages.chosen());
            QVERIFY(languages.select(QStringLiteral("nl")));
        }
        QSettings settings(settingsPath(), QSettings::IniFormat);
        LanguageController languages(&settings, bundled);
        languages.restore();
        QCOMPARE(languages.current(), QStringLiteral("nl"));
        QVERIFY(languages.chosen());
        QVERIFY(languages.problem().isEmpty());
    }

    void listsOnlyLanguagesThatHaveATranslation()
    {
        LanguageController languages(nullptr, bundled);
        QStringList codes;
        for (const QVariant &entry : languages.available())
            codes.append(entry.toMap().value(QStringLiteral("code")).toString());
        QVERIFY(codes.contains(QStringLiteral("en")));
        QVERIFY(codes.contains(QStringLiteral("nl")));
        for (const QString &code : codes)
            QVERIFY2(code == QLatin1String("en")
                         || QFile::exists(bundled + QStringLiteral("/rights-companion_%1.qm").arg(code)),
                     qPrintable(code));
    }

    void aMissingTranslationFileIsReportedAndEnglishStays()
    {
        QTemporaryDir empty;
        LanguageController languages(nullptr, empty.path());
        QVERIFY(!languages.select(QStringLiteral("nl")));
        QCOMPARE(languages.current(), QStringLiteral("en"));
        QVERIFY2(languages.problem().contains(QLatin1String("Nederlands")), qPrintable(languages.problem()));
        QCOMPARE(homeTitle(), QStringLiteral("What do you want to know?"));
    }

    void aRememberedLanguageWhoseFileIsGoneFallsBackToEnglish()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        settings.setValue(QStringLiteral("interface/language"), QStringLiteral("nl"));
        QTemporaryDir empty;
        LanguageController languages(&settings, empty.path());
        languages.restore();
        QCOMPARE(languages.current(), QStringLiteral("en"));
        QVERIFY(!languages.problem().isEmpty());
    }

    void aDamagedTranslationFileIsRefused()
    {
        QTemporaryDir dir;
        QFile damaged(dir.filePath(QStringLiteral("rights-companion_nl.qm")));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(QByteArray(64, '\x42'));
        damaged.close();
        LanguageController languages(nullptr, dir.path());
        QVERIFY(!languages.select(QStringLiteral("nl")));
        QCOMPARE(languages.current(), QStringLiteral("en"));
    }

    void unknownLanguagesAreRefused()
    {
        LanguageController languages(nullptr, bundled);
        QVERIFY(!languages.select(QStringLiteral("xx")));
        QVERIFY(!languages.select(QString()));
        QCOMPARE(languages.current(), QStringLiteral("en"));
    }

    void rightToLeftLanguagesMirrorTheLayout()
    {
        // Any valid translation file stands in for Arabic: the direction comes from the language.
        QTemporaryDir dir;
        QVERIFY(QFile::copy(bundled + QStringLiteral("/rights-companion_nl.qm"),
                            dir.filePath(QStringLiteral("rights-companion_ar.qm"))));
        LanguageController languages(nullptr, dir.path());
        QVERIFY(languages.select(QStringLiteral("ar")));
        QVERIFY(languages.rightToLeft());
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        QVERIFY(languages.select(QStringLiteral("en")));
        QVERIFY(!languages.rightToLeft());
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    }

    void everyKnownLanguageHasItsOwnName()
    {
        QCOMPARE(LanguageController::known().size(), 12);
        for (const auto &language : LanguageController::known()) {
            QVERIFY(!language.endonym.isEmpty());
            QVERIFY(QLocale(language.qtLocale).language() != QLocale::C);
        }
    }

private:
    QString settingsPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestLanguageController)
#include "tst_languagecontroller.moc"
