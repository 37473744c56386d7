#include "LanguageController.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using rc::ui::LanguageController;
namespace i18n = rc::i18n;

namespace {
const QString bundled = QStringLiteral(":/i18n");
const QDate azar12 = QDate(2026, 12, 3);
const QDate ethiopianNewYear = QDate(2026, 9, 11);

QStringList ids(const QVariantList &calendars)
{
    QStringList list;
    for (const QVariant &calendar : calendars)
        list.append(calendar.toMap().value(QStringLiteral("id")).toString());
    return list;
}
} // namespace

class TestCalendarChoice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void defaultsFollowTheLanguage()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        LanguageController languages(&settings, bundled);
        QCOMPARE(languages.calendar(), QStringLiteral("gregorian"));
        QCOMPARE(ids(languages.calendars()), QStringList({ QStringLiteral("gregorian") }));

        QVERIFY(languages.select(QStringLiteral("fa")));
        QCOMPARE(languages.calendar(), QStringLiteral("persian"));
        QCOMPARE(ids(languages.calendars()),
                 QStringList({ QStringLiteral("persian"), QStringLiteral("gregorian") }));
        QCOMPARE(languages.formatDate(azar12), QStringLiteral("۱۲ آذر ۱۴۰۵ (۳ دسامبر ۲۰۲۶)"));

        QVERIFY(languages.select(QStringLiteral("prs")));
        QCOMPARE(languages.calendar(), QStringLiteral("persian"));
        // Dari: the Afghan names of the Solar Hijri months (Qaws) and of December.
        QCOMPARE(languages.formatDate(azar12), QStringLiteral("۱۲ قوس ۱۴۰۵ (۳ دسمبر ۲۰۲۶)"));

        // Tigrinya readers are offered the Ethiopian calendar; Gregorian stays the default.
        QVERIFY(languages.select(QStringLiteral("ti")));
        QCOMPARE(languages.calendar(), QStringLiteral("gregorian"));
        QCOMPARE(ids(languages.calendars()),
                 QStringList({ QStringLiteral("gregorian"), QStringLiteral("ethiopic") }));
        QCOMPARE(languages.formatDate(ethiopianNewYear), QStringLiteral("11 መስከረም 2026"));

        QVERIFY(languages.select(QStringLiteral("ar")));
        QCOMPARE(ids(languages.calendars()), QStringList({ QStringLiteral("gregorian") }));
        QVERIFY(languages.formatDate(QDate()).isEmpty());
    }

    void remembersTheChoicePerLanguage()
    {
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            LanguageController languages(&settings, bundled);
            QVERIFY(languages.select(QStringLiteral("ti")));
            QSignalSpy changed(&languages, &LanguageController::calendarChanged);
            languages.setCalendar(QStringLiteral("ethiopic"));
            QCOMPARE(changed.count(), 1);
            QCOMPARE(languages.calendar(), QStringLiteral("ethiopic"));
            QCOMPARE(languages.formatDate(ethiopianNewYear),
                     QStringLiteral("1 መስከረም 2019 ዓ/ም (11 መስከረም 2026)"));
            // What the timeline models use.
            QCOMPARE(LanguageController::displayCalendarFor(QStringLiteral("ti")), i18n::Calendar::Ethiopic);

            QVERIFY(languages.select(QStringLiteral("fa")));
            languages.setCalendar(QStringLiteral("gregorian"));
            QCOMPARE(languages.formatDate(azar12), QStringLiteral("۳ دسامبر ۲۰۲۶"));
        }
        // A new start: each language has its calendar back.
        QSettings settings(settingsPath(), QSettings::IniFormat);
        LanguageController languages(&settings, bundled);
        languages.restore();
        QCOMPARE(languages.current(), QStringLiteral("fa"));
        QCOMPARE(languages.calendar(), QStringLiteral("gregorian"));
        QSignalSpy changed(&languages, &LanguageController::calendarChanged);
        QVERIFY(languages.select(QStringLiteral("ti")));
        QCOMPARE(changed.count(), 1); // the shown calendar follows the language
        QCOMPARE(languages.calendar(), QStringLiteral("ethiopic"));
        QCOMPARE(LanguageController::displayCalendarFor(QStringLiteral("fa")), i18n::Calendar::Gregorian);
        QCOMPARE(LanguageController::displayCalendarFor(QStringLiteral("prs")), i18n::Calendar::Persian);
    }

    // Only the calendars of the language can be chosen, from QML or from an edited settings file.
    void refusesCalendarsTheLanguageDoesNotUse()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        settings.setValue(QStringLiteral("interface/calendar/fa"), QStringLiteral("ethiopic"));
        settings.setValue(QStringLiteral("interface/calendar/ti"), QString(100000, QLatin1Char('x')));
        settings.setValue(QStringLiteral("interface/calendar/ar"), QStringLiteral("persian"));
        LanguageController languages(&settings, bundled);
        QVERIFY(languages.select(QStringLiteral("fa")));
        QCOMPARE(languages.calendar(), QStringLiteral("persian"));
        QSignalSpy changed(&languages, &LanguageController::calendarChanged);
        languages.setCalendar(QStringLiteral("ethiopic"));
        languages.setCalendar(QStringLiteral("islamic"));
        languages.setCalendar(QString());
        QCOMPARE(changed.count(), 0);
        QCOMPARE(languages.calendar(), QStringLiteral("persian"));
        QCOMPARE(settings.value(QStringLiteral("interface/calendar/fa")).toString(),
                 QStringLiteral("ethiopic"));

        QVERIFY(languages.select(QStringLiteral("ti")));
        QCOMPARE(languages.calendar(), QStringLiteral("gregorian"));
        QVERIFY(languages.select(QStringLiteral("ar")));
        QCOMPARE(languages.calendar(), QStringLiteral("gregorian"));
        languages.setCalendar(QStringLiteral("persian"));
        QCOMPARE(languages.calendar(), QStringLiteral("gregorian"));
    }

    // Without a live controller (tests of the models), each language shows its default calendar.
    void defaultsWithoutAController()
    {
        QCOMPARE(LanguageController::active(), nullptr);
        QCOMPARE(LanguageController::displayCalendarFor(QStringLiteral("fa")), i18n::Calendar::Persian);
        QCOMPARE(LanguageController::displayCalendarFor(QStringLiteral("ti")), i18n::Calendar::Gregorian);
        QCOMPARE(LanguageController::displayCalendarFor(QStringLiteral("nl")), i18n::Calendar::Gregorian);
    }

private:
    QString settingsPath() const { return m_dir->filePath(QStringLiteral("settings.ini")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_MAIN(TestCalendarChoice)
#include "tst_calendarchoice.moc"
