#include "storage/ZeroingAllocator.h"
#include "vault/VaultDatabase.h"

#include <QStandardPaths>
#include <QTest>

using rc::vault::Note;
using rc::vault::PersonalContact;
using rc::vault::VaultDatabase;

namespace {
const QString canary = QStringLiteral("RC-CANARY-5150");
const QString arabicCanary = QStringLiteral("ملاحظة-سرية-٥١٥٠");

bool imageContains(const VaultDatabase::Image &image, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return image.view().indexOf(QByteArrayView(utf8)) >= 0;
}

// Loads a copy of `image` into a new database, the way unlocking does.
bool reload(VaultDatabase &target, const VaultDatabase::Image &image)
{
    unsigned char *copy = VaultDatabase::allocateImage(image.size());
    if (!copy)
        return false;
    std::memcpy(copy, image.data(), size_t(image.size()));
    return target.load(copy, image.size());
}
} // namespace

class TestVaultDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(rc::storage::installZeroingAllocator());
    }

    void notesSurviveSerialiseAndLoad()
    {
        VaultDatabase db;
        QVERIFY(db.create());
        const qint64 id = db.addNote({ 0,
                                       QStringLiteral("Interview"),
                                       QStringLiteral("Ask for a female interpreter.\n") + arabicCanary,
                                       QStringLiteral("ind,interview"),
                                       {},
                                       {},
                                       QStringLiteral("nl/general/interview") });
        QVERIFY(id > 0);
        QVERIFY(db.setCaseDetail(VaultDatabase::VNumber, QStringLiteral("1234567890")));

        const VaultDatabase::Image image = db.serialize();
        QVERIFY(image.isValid());
        VaultDatabase loaded;
        QVERIFY(reload(loaded, image));
        const auto note = loaded.note(id);
        QVERIFY(note);
        QCOMPARE(note->title, QStringLiteral("Interview"));
        QVERIFY(note->body.contains(arabicCanary));
        QCOMPARE(note->tags, QStringLiteral("ind,interview"));
        QCOMPARE(note->procedureStep, QStringLiteral("nl/general/interview"));
        QVERIFY(note->created.isValid());
        QCOMPARE(loaded.caseDetail(VaultDatabase::VNumber), QStringLiteral("1234567890"));
    }

    void searchFindsWordsAndPrefixesInAnyScript()
    {
        VaultDatabase db;
        QVERIFY(db.create());
        const qint64 lawyer = db.addNote({ 0,
                                           QStringLiteral("Lawyer"),
                                           QStringLiteral("Meeting with my lawyer on Tuesday"),
                                           {},
                                           {},
                                           {},
                                           {} });
        const qint64 arabic
            = db.addNote({ 0, QStringLiteral("ملاحظة"), QStringLiteral("موعد مع المحامي"), {}, {}, {}, {} });
        db.addNote({ 0, QStringLiteral("Shopping"), QStringLiteral("Bread"), {}, {}, {}, {} });

        auto ids = [](const QList<Note> &notes) {
            QList<qint64> out;
            for (const Note &n : notes)
                out.append(n.id);
            return out;
        };
        QCOMPARE(ids(db.searchNotes(QStringLiteral("lawy"))), QList<qint64> { lawyer });
        QCOMPARE(ids(db.searchNotes(QStringLiteral("LAWYER tuesday"))), QList<qint64> { lawyer });
        QCOMPARE(ids(db.searchNotes(QStringLiteral("المحامي"))), QList<qint64> { arabic });
        QVERIFY(db.searchNotes(QStringLiteral("lawyer bread")).isEmpty());
        // Whatever a person types is not a query-language error.
        QVERIFY(db.searchNotes(QStringLiteral("\"lawyer AND (")).size() <= 1);
        QVERIFY(db.searchNotes(QStringLiteral("NEAR( * ^")).isEmpty());
        QCOMPARE(db.searchNotes(QString()).size(), 3);
    }

    void editsAreFoundAndOldWordsAreNot()
    {
        VaultDatabase db;
        QVERIFY(db.create());
        const qint64 id
            = db.addNote({ 0, QStringLiteral("Plan"), QStringLiteral("old words"), {}, {}, {}, {} });
        Note changed = *db.note(id);
        changed.body = QStringLiteral("new text");
        QVERIFY(db.updateNote(changed));
        QVERIFY(db.searchNotes(QStringLiteral("old")).isEmpty());
        QCOMPARE(db.searchNotes(QStringLiteral("new")).size(), 1);
        QVERIFY(db.note(id)->updated >= db.note(id)->created);
        QVERIFY(!db.updateNote({ 999, {}, {}, {}, {}, {}, {} }));
    }

    void aDeletedNoteLeavesNoTraceInTheSavedImage()
    {
        VaultDatabase db;
        QVERIFY(db.create());
        db.addNote({ 0, QStringLiteral("keep"), QStringLiteral("harmless"), {}, {}, {}, {} });
        const qint64 secret
            = db.addNote({ 0, canary, canary + QLatin1Char(' ') + arabicCanary, canary, {}, {}, {} });
        {
            const auto image = db.serialize();
            QVERIFY(imageContains(image, canary));
            QVERIFY(imageContains(image, arabicCanary));
        }
        QVERIFY(db.removeNote(secret));
        const auto image = db.serialize();
        QVERIFY2(!imageContains(image, canary), "the deleted note's text is still in the database image");
        QVERIFY(!imageContains(image, arabicCanary));
        QVERIFY(imageContains(image, QStringLiteral("harmless")));
        QVERIFY(!db.removeNote(secret));
    }

    void emptyCaseDetailsAreRemoved()
    {
        VaultDatabase db;
        QVERIFY(db.create());
        QVERIFY(db.setCaseDetail(VaultDatabase::Lawyer, QStringLiteral("Mr. A")));
        QVERIFY(db.setCaseDetail(VaultDatabase::Lawyer, QStringLiteral("Ms. B")));
        QCOMPARE(db.caseDetail(VaultDatabase::Lawyer), QStringLiteral("Ms. B"));
        QVERIFY(db.setCaseDetail(VaultDatabase::Lawyer, QString()));
        QVERIFY(db.caseDetail(VaultDatabase::Lawyer).isEmpty());
    }

    void keyDatesAppointmentsAndContactsSurviveSaving()
    {
        VaultDatabase db;
        QVERIFY(db.create());
        const qint64 decision = db.saveCaseDate(
            { 0, QStringLiteral("decision_sent"), QDate(2026, 3, 6), QStringLiteral("by post") });
        const qint64 application
            = db.saveCaseDate({ 0, QStringLiteral("application"), QDate(2025, 11, 2), {} });
        QVERIFY(decision > 0 && application > 0);
        QCOMPARE(db.saveCaseDate({ 0, QStringLiteral("interview"), QDate(), {} }), 0); // no date, no entry
        QCOMPARE(db.saveCaseDate({ 999, QStringLiteral("interview"), QDate(2026, 1, 1), {} }),
                 0); // no such entry

        const QDateTime nine(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC);
        const qint64 later = db.saveAppointment(
            { 0, QStringLiteral("Lawyer"), nine.addDays(2), QStringLiteral("Utrecht"), {} });
        const qint64 sooner
            = db.saveAppointment({ 0, QStringLiteral("GP"), nine, {}, QStringLiteral("bring letter") });
        QVERIFY(later > 0 && sooner > 0);

        const qint64 lawyer = db.savePersonalContact({ 0,
                                                       QStringLiteral("Mr. Visser"),
                                                       QStringLiteral("lawyer"),
                                                       QStringLiteral("+31201234567"),
                                                       {},
                                                       {},
                                                       {} });
        QVERIFY(lawyer > 0);
        QCOMPARE(db.savePersonalContact({ 0, QStringLiteral("  "), {}, {}, {}, {}, {} }),
                 0); // a contact needs a name

        VaultDatabase loaded;
        QVERIFY(reload(loaded, db.serialize()));
        const auto dates = loaded.caseDates();
        QCOMPARE(dates.size(), 2);
        QCOMPARE(dates.first().kind, QStringLiteral("application")); // oldest first
        QCOMPARE(dates.last().date, QDate(2026, 3, 6));
        QCOMPARE(dates.last().note, QStringLiteral("by post"));
        const auto appointments = loaded.appointments();
        QCOMPARE(appointments.size(), 2);
        QCOMPARE(appointments.first().title, QStringLiteral("GP")); // soonest first
        QCOMPARE(appointments.first().startsAt, nine);
        const auto contacts = loaded.personalContacts();
        QCOMPARE(contacts.size(), 1);
        QCOMPARE(contacts.first().phone, QStringLiteral("+31201234567"));
        QVERIFY(contacts.first().directoryRef.isEmpty());

        // Editing and removing.
        PersonalContact changed = contacts.first();
        changed.directoryRef = QStringLiteral("nl/vluchtelingenwerk");
        QCOMPARE(loaded.savePersonalContact(changed), lawyer);
        QCOMPARE(loaded.personalContacts().first().directoryRef, QStringLiteral("nl/vluchtelingenwerk"));
        QVERIFY(loaded.removeCaseDate(decision));
        QVERIFY(!loaded.removeCaseDate(decision));
        QVERIFY(loaded.removeAppointment(sooner));
        QVERIFY(loaded.removePersonalContact(lawyer));
        QCOMPARE(loaded.caseDates().size(), 1);
        QCOMPARE(loaded.appointments().size(), 1);
        QVERIFY(loaded.personalContacts().isEmpty());
    }

    void aDamagedImageIsRefused()
    {
        VaultDatabase db;
        QVERIFY(db.create());
        for (int i = 0; i < 50; ++i)
            db.addNote(
                { 0, QStringLiteral("note %1").arg(i), QString(500, QLatin1Char('x')), {}, {}, {}, {} });
        const auto image = db.serialize();

        // Not a database at all.
        unsigned char *garbage = VaultDatabase::allocateImage(4096);
        std::memset(garbage, 0x5A, 4096);
        VaultDatabase broken;
        QVERIFY(!broken.load(garbage, 4096));
        QVERIFY(!broken.isOpen());

        // Half a database.
        unsigned char *half = VaultDatabase::allocateImage(image.size() / 2);
        std::memcpy(half, image.data(), size_t(image.size() / 2));
        VaultDatabase truncated;
        QVERIFY(!truncated.load(half, image.size() / 2));
    }
};

QTEST_GUILESS_MAIN(TestVaultDatabase)
#include "tst_vaultdatabase.moc"
