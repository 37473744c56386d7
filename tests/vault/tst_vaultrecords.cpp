// Key dates, appointments and personal contacts as the interface edits them (VaultRecordsModel through
// VaultSession), and the remembered auto-lock time.
#include "VaultController.h"
#include "VaultRecordsModel.h"
#include "VaultTestSupport.h"
#include "vault/Vault.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace rc;

namespace {
const QString passphrase = QStringLiteral("records passphrase");

QVariantMap row(const ui::VaultRecordsModel *model, int index)
{
    QVariantMap map;
    const QHash<int, QByteArray> roles = model->roleNames();
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        map.insert(QString::fromLatin1(it.value()), model->data(model->index(index), it.key()));
    return map;
}
} // namespace

class tst_VaultRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::setUpVaultTest(); }
    void init();
    void cleanup();

    void keyDatesAreValidatedSortedAndKept();
    void appointmentsKeepTheWallClockTime();
    void personalContactsNeedAName();
    void editAndRemove();
    void lockedModelsAreEmptyAndRefuseEdits();
    void autoLockTimeIsRemembered();

private:
    void relock();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<vault::Vault> m_vault;
    std::unique_ptr<ui::VaultController> m_controller;
};

void tst_VaultRecords::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_vault = std::make_unique<vault::Vault>(m_dir->filePath(QStringLiteral("vault")));
    m_controller = std::make_unique<ui::VaultController>(m_vault.get(), nullptr);
    m_controller->setKdfParameters(test::fastKdf);
    m_controller->createVault(passphrase, passphrase);
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), ui::VaultController::State::Unlocked, 30000);
    m_controller->confirmRecoveryKeySaved();
}

void tst_VaultRecords::cleanup()
{
    m_controller.reset();
    m_vault.reset();
    m_dir.reset();
}

// Locks (saving first) and unlocks again: what the models show afterwards came from the file.
void tst_VaultRecords::relock()
{
    m_controller->lock();
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), ui::VaultController::State::Locked, 30000);
    QCOMPARE(m_controller->caseDates()->count(), 0);
    m_controller->unlock(passphrase);
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), ui::VaultController::State::Unlocked, 30000);
}

void tst_VaultRecords::keyDatesAreValidatedSortedAndKept()
{
    ui::VaultRecordsModel *dates = m_controller->caseDates();
    QCOMPARE(dates->count(), 0);

    // 30 February does not exist: refused with a message that says what to check.
    QCOMPARE(dates->save({ { QStringLiteral("kind"), QStringLiteral("interview") },
                           { QStringLiteral("date"), QStringLiteral("2026-02-30") } }),
             0);
    QVERIFY2(m_controller->error().contains(QLatin1String("date does not exist")),
             qPrintable(m_controller->error()));
    QCOMPARE(dates->count(), 0);
    QCOMPARE(dates->save({ { QStringLiteral("date"), QStringLiteral("2026-02-03") } }), 0);
    QVERIFY(m_controller->error().contains(QLatin1String("Choose what happened")));

    m_controller->clearError();
    QVERIFY(dates->save({ { QStringLiteral("kind"), QStringLiteral("decision_sent") },
                          { QStringLiteral("date"), QStringLiteral("2026-05-12") },
                          { QStringLiteral("note"), QStringLiteral("  letter came on the 14th  ") } })
            > 0);
    QVERIFY(dates->save({ { QStringLiteral("kind"), QStringLiteral("registration") },
                          { QStringLiteral("date"), QStringLiteral("2025-11-03") } })
            > 0);
    QCOMPARE(m_controller->saveState(), ui::VaultController::SaveState::Pending);
    QCOMPARE(dates->count(), 2);

    relock();
    QCOMPARE(dates->count(), 2);
    // Oldest first: the order things happened in.
    QCOMPARE(row(dates, 0).value(QStringLiteral("kind")).toString(), QStringLiteral("registration"));
    QCOMPARE(row(dates, 1).value(QStringLiteral("date")).toString(), QStringLiteral("2026-05-12"));
    QCOMPARE(row(dates, 1).value(QStringLiteral("note")).toString(),
             QStringLiteral("letter came on the 14th"));
    QCOMPARE(row(dates, 1).value(QStringLiteral("dateText")).toString(),
             QLocale().toString(QDate(2026, 5, 12), QLocale::LongFormat));
}

void tst_VaultRecords::appointmentsKeepTheWallClockTime()
{
    ui::VaultRecordsModel *appointments = m_controller->appointments();
    QCOMPARE(appointments->save({ { QStringLiteral("title"), QStringLiteral("Lawyer") },
                                  { QStringLiteral("startsAt"), QStringLiteral("2026-13-01T09:30") } }),
             0);
    QCOMPARE(appointments->save({ { QStringLiteral("startsAt"), QStringLiteral("2026-03-01T09:30") } }), 0);
    QVERIFY(m_controller->error().contains(QLatin1String("Give the appointment a name")));

    const qint64 later
        = appointments->save({ { QStringLiteral("title"), QStringLiteral("Court hearing") },
                               { QStringLiteral("startsAt"), QStringLiteral("2031-06-02T14:05") },
                               { QStringLiteral("place"), QStringLiteral("Rechtbank") } });
    const qint64 sooner
        = appointments->save({ { QStringLiteral("title"), QStringLiteral("Lawyer") },
                               { QStringLiteral("startsAt"), QStringLiteral("2020-03-01T09:30") } });
    QVERIFY(later > 0 && sooner > 0);
    relock();
    QCOMPARE(appointments->count(), 2);
    // Soonest first; what was typed comes back as typed, whatever the time zone; the past is marked.
    const QVariantMap first = row(appointments, 0);
    QCOMPARE(first.value(QStringLiteral("title")).toString(), QStringLiteral("Lawyer"));
    QCOMPARE(first.value(QStringLiteral("startsAt")).toString(), QStringLiteral("2020-03-01T09:30"));
    QCOMPARE(first.value(QStringLiteral("past")).toBool(), true);
    const QVariantMap second = row(appointments, 1);
    QCOMPARE(second.value(QStringLiteral("startsAt")).toString(), QStringLiteral("2031-06-02T14:05"));
    QCOMPARE(second.value(QStringLiteral("place")).toString(), QStringLiteral("Rechtbank"));
    QCOMPARE(second.value(QStringLiteral("past")).toBool(), false);
    // Stored in UTC underneath.
    const auto stored = m_vault->database().appointments();
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(1).startsAt.timeSpec(), Qt::UTC);
    QCOMPARE(stored.at(1).startsAt.toLocalTime().time(), QTime(14, 5));
}

void tst_VaultRecords::personalContactsNeedAName()
{
    ui::VaultRecordsModel *people = m_controller->personalContacts();
    QCOMPARE(people->save({ { QStringLiteral("phone"), QStringLiteral("+31 88 000 0000") } }), 0);
    QVERIFY(m_controller->error().contains(QLatin1String("name")));
    QVERIFY(people->save({ { QStringLiteral("name"), QStringLiteral("Mr. Yılmaz") },
                           { QStringLiteral("role"), QStringLiteral("My lawyer") },
                           { QStringLiteral("phone"), QStringLiteral("+31 20 000 0000") },
                           { QStringLiteral("email"), QStringLiteral("lawyer@example.org") } })
            > 0);
    QVERIFY(people->save({ { QStringLiteral("name"), QStringLiteral("Amal") },
                           { QStringLiteral("role"), QStringLiteral("Case worker, COA") } })
            > 0);
    relock();
    QCOMPARE(people->count(), 2);
    QCOMPARE(row(people, 0).value(QStringLiteral("name")).toString(), QStringLiteral("Amal")); // by name
    QCOMPARE(row(people, 1).value(QStringLiteral("email")).toString(), QStringLiteral("lawyer@example.org"));
}

void tst_VaultRecords::editAndRemove()
{
    ui::VaultRecordsModel *dates = m_controller->caseDates();
    const qint64 id = dates->save({ { QStringLiteral("kind"), QStringLiteral("interview") },
                                    { QStringLiteral("date"), QStringLiteral("2026-01-05") } });
    QVERIFY(id > 0);
    QVariantMap edited = dates->get(id).toMap();
    QCOMPARE(edited.value(QStringLiteral("kind")).toString(), QStringLiteral("interview"));
    edited.insert(QStringLiteral("date"), QStringLiteral("2026-01-06"));
    QCOMPARE(dates->save(edited), id); // same id: replaced, not added
    QCOMPARE(dates->count(), 1);
    QCOMPARE(dates->get(id).toMap().value(QStringLiteral("date")).toString(), QStringLiteral("2026-01-06"));

    QVERIFY(dates->remove(id));
    QVERIFY(!dates->remove(id));
    QCOMPARE(dates->count(), 0);
    QVERIFY(dates->get(id).toMap().isEmpty());
    relock();
    QCOMPARE(dates->count(), 0);
}

void tst_VaultRecords::lockedModelsAreEmptyAndRefuseEdits()
{
    QVERIFY(m_controller->personalContacts()->save({ { QStringLiteral("name"), QStringLiteral("Nidos") } })
            > 0);
    m_controller->lock();
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), ui::VaultController::State::Locked, 30000);
    for (ui::VaultRecordsModel *model :
         { m_controller->caseDates(), m_controller->appointments(), m_controller->personalContacts() }) {
        QCOMPARE(model->count(), 0);
        QCOMPARE(model->save({ { QStringLiteral("name"), QStringLiteral("x") } }), 0);
    }
}

void tst_VaultRecords::autoLockTimeIsRemembered()
{
    const QString file = m_dir->filePath(QStringLiteral("settings.ini"));
    {
        QSettings settings(file, QSettings::IniFormat);
        m_controller->useSettings(&settings);
        QCOMPARE(m_controller->autoLockMinutes(), 5); // nothing stored: the default
        m_controller->setAutoLockMinutes(15);
        m_controller->useSettings(nullptr);
    }
    vault::Vault other(m_dir->filePath(QStringLiteral("other")));
    ui::VaultController restarted(&other, nullptr);
    QSettings settings(file, QSettings::IniFormat);
    restarted.useSettings(&settings);
    QCOMPARE(restarted.autoLockMinutes(), 15);
    // Out-of-range values (a hand-edited file) are brought back into range.
    settings.setValue(QStringLiteral("vault/autoLockMinutes"), 100000);
    restarted.useSettings(&settings);
    QCOMPARE(restarted.autoLockMinutes(), 60);
}

QTEST_MAIN(tst_VaultRecords)
#include "tst_vaultrecords.moc"
