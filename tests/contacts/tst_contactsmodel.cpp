// The contact directory as its pages see it: ContactListModel (filters, search, collation order,
// sections, "open now" with a fixed clock, language changes) and ContactDetails (channel buttons and
// their links, notes, the interpreter hint, copying). A small pack with contacts in en, fa and tr is
// built for it; the real nl pack checks the shipped directory.
#include "../core/PackFixture.h"
#include "ContactsModel.h"
#include "ContentLibrary.h"
#include "contacts/VCard.h"
#include "content/ContentStore.h"
#include "i18n/Collation.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using rc::content::ContentStore;
using rc::ui::ContactDetails;
using rc::ui::ContactListModel;
using rc::ui::ContentLibrary;
using namespace rc::test;

namespace {

// Local, weekdays 09:00-17:00 and closed on public holidays; speaks Dutch and Arabic.
const QByteArray utrecht = "---\n"
                           "name: Utrecht Helpdesk\n"
                           "services: Help with forms and letters.\n"
                           "region: province:utrecht\n"
                           "topics: legal-aid\n"
                           "languages: nl, ar\n"
                           "phone: 030 239 1200\n"
                           "  label: Office\n"
                           "  hours: Mo-Fr 09:00-17:00\n"
                           "  closed: holidays\n"
                           "phone: 0900 8844\n"
                           "whatsapp: 06 1234 5678\n"
                           "email: help@example.org\n"
                           "website: https://www.example.org/help\n"
                           "address: Voorbeeldstraat 1, 3511 AA Utrecht\n"
                           "status: reviewed\n"
                           "verified: 2025-07-01\n"
                           "source: https://www.example.org/\n"
                           "---\n"
                           "Volunteers who explain **letters** from the municipality.\n";

// Local, open always; speaks Persian and Turkish.
const QByteArray terApel = "---\n"
                           "name: Ter Apel Desk\n"
                           "services: Advice at the application centre.\n"
                           "region: centre:ter-apel\n"
                           "topics: legal-aid, minors\n"
                           "languages: fa, tr\n"
                           "phone: 112\n"
                           "website: https://desk.example.org/\n"
                           "hours: 24/7\n"
                           "status: reviewed\n"
                           "verified: 2025-06-01\n"
                           "source: https://desk.example.org/\n"
                           "---\n"
                           "A desk in the waiting room.\n";

// National, no hours, no known languages.
const QByteArray zeta = "---\n"
                        "name: Zeta National\n"
                        "services: Health advice.\n"
                        "region: national\n"
                        "topics: health\n"
                        "languages:\n"
                        "website: https://zeta.example/\n"
                        "status: reviewed\n"
                        "verified: 2025-05-01\n"
                        "source: https://zeta.example/\n"
                        "---\n"
                        "Zeta answers questions about doctors.\n";

// A translation: the same file with the name, the services and the description replaced.
QByteArray translated(QByteArray english, const QByteArray &name, const QByteArray &englishName)
{
    english.replace("name: " + englishName, "name: " + name).replace("status: reviewed", "status: machine");
    return english;
}

QDateTime amsterdam(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone("Europe/Amsterdam"));
}

// "a b c" as a list: the tests build without casts from ASCII.
QStringList ids(const char *spaced)
{
    return QString::fromUtf8(spaced).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QStringList idsOf(const ContactListModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row).data(ContactListModel::ContactIdRole).toString());
    return ids;
}

QVariantMap channelOf(const ContactDetails &details, const QString &kind, int nth = 0)
{
    for (const QVariant &channel : details.channels()) {
        const QVariantMap map = channel.toMap();
        if (map.value(QStringLiteral("kind")).toString() == kind && nth-- == 0)
            return map;
    }
    return {};
}

} // namespace

class tst_ContactsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void listsEveryContactNationalFirst();
    void filtersByTopic();
    void filtersBySpokenLanguage();
    void filtersByRegionKeepsNationalOnes();
    void queryIgnoresCaseAndAccentsAndSearchesTheDescription();
    void filtersCombine();
    void collationFollowsTheLanguage_data();
    void collationFollowsTheLanguage();
    void openNowWithAFixedClock_data();
    void openNowWithAFixedClock();
    void openNowFilterHidesUnknownHours();
    void choicesComeFromTheContacts();
    void detailsChannelsAndLinks();
    void detailsInterpreterHint();
    void detailsOfAMissingContact();
    void copyPutsTheNumberOnTheClipboard();
    void vcardForTheQrCodeAndTheFile();
    void realPackIndIsOpenOnATuesdayMorning();

private:
    QTemporaryDir m_dir;
    ContentStore m_store;
};

void tst_ContactsModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QString pack = copyPack(fixturePack(QStringLiteral("minimal")), m_dir.path());
    QVERIFY(!pack.isEmpty());
    QVERIFY(replaceInFile(QDir(pack).filePath(QStringLiteral("pack.json")), "\"languages\": [\"en\", \"nl\"]",
                          "\"languages\": [\"en\", \"nl\", \"fa\", \"tr\"]"));
    const auto write = [&](const QString &id, const QString &language, const QByteArray &data) {
        return writeFile(QDir(pack).filePath(QStringLiteral("contacts/%1/%2.md").arg(id, language)), data);
    };
    QVERIFY(write(QStringLiteral("utrecht"), QStringLiteral("en"), utrecht));
    QVERIFY(write(QStringLiteral("ter-apel"), QStringLiteral("en"), terApel));
    QVERIFY(write(QStringLiteral("zeta"), QStringLiteral("en"), zeta));
    // Persian: و sorts before ه (the root order puts ه first); Turkish: c before ç (the root order
    // treats ç as c with an accent, so "Çay" would come before "Cuma").
    QVERIFY(write(QStringLiteral("utrecht"), QStringLiteral("fa"),
                  translated(utrecht, "هلال اوترخت", "Utrecht Helpdesk")));
    QVERIFY(write(QStringLiteral("ter-apel"), QStringLiteral("fa"),
                  translated(terApel, "وکیل تر آپل", "Ter Apel Desk")));
    QVERIFY(write(QStringLiteral("utrecht"), QStringLiteral("tr"),
                  translated(utrecht, "Çay Evi Yardım", "Utrecht Helpdesk")));
    QVERIFY(write(QStringLiteral("ter-apel"), QStringLiteral("tr"),
                  translated(terApel, "Cuma Derneği", "Ter Apel Desk")));

    QString error;
    const QString file = buildPack(pack, m_dir.filePath(QStringLiteral("out")), &error);
    QVERIFY2(!file.isEmpty(), qPrintable(error));
    QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("content.sqlite"))));
    QCOMPARE(m_store.importPack(file).status, ContentStore::ImportStatus::Installed);
}

void tst_ContactsModel::listsEveryContactNationalFirst()
{
    ContentLibrary library(&m_store);
    ContactListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0); // no library: nothing
    model.setLibrary(&library);
    QCOMPARE(model.totalCount(), 3);
    // National first, then alphabetical: "Ter Apel Desk" before "Utrecht Helpdesk".
    QCOMPARE(idsOf(model), ids("zeta ter-apel utrecht"));
    const QModelIndex first = model.index(0);
    QCOMPARE(first.data(ContactListModel::SectionRole).toString(), QStringLiteral("national"));
    QCOMPARE(first.data(ContactListModel::SectionNameRole).toString(),
             QStringLiteral("Across the Netherlands"));
    QCOMPARE(model.index(1).data(ContactListModel::SectionRole).toString(), QStringLiteral("local"));
    const QVariantMap utrechtRow = model.get(2).toMap();
    QCOMPARE(utrechtRow.value(QStringLiteral("name")).toString(), QStringLiteral("Utrecht Helpdesk"));
    QCOMPARE(utrechtRow.value(QStringLiteral("regionNames")).toString(), QStringLiteral("Utrecht"));
    QCOMPARE(utrechtRow.value(QStringLiteral("topicNames")).toString(), QStringLiteral("Legal help"));
    QCOMPARE(utrechtRow.value(QStringLiteral("languages")).toStringList(), ids("ar nl"));
    QCOMPARE(utrechtRow.value(QStringLiteral("languageNames")).toString(),
             QStringLiteral("العربية, Nederlands"));
    QCOMPARE(utrechtRow.value(QStringLiteral("verifiedDate")).toDate(), QDate(2025, 7, 1));
    QVERIFY(utrechtRow.value(QStringLiteral("verified")).toString().contains(QLatin1String("2025")));
    QCOMPARE(model.get(1).toMap().value(QStringLiteral("regionNames")).toString(),
             QStringLiteral("Ter Apel"));
    QVERIFY(model.get(3).toMap().isEmpty());
}

void tst_ContactsModel::filtersByTopic()
{
    ContentLibrary library(&m_store);
    ContactListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLibrary(&library);
    QSignalSpy count(&model, &ContactListModel::countChanged);
    model.setTopic(QStringLiteral("legal-aid"));
    QCOMPARE(idsOf(model), ids("ter-apel utrecht"));
    QCOMPARE(count.count(), 1);
    model.setTopic(QStringLiteral("minors"));
    QCOMPARE(idsOf(model), ids("ter-apel"));
    model.setTopic(QStringLiteral("trafficking"));
    QCOMPARE(model.rowCount(), 0);
    model.setTopic(QString());
    QCOMPARE(model.rowCount(), 3);
}

void tst_ContactsModel::filtersBySpokenLanguage()
{
    ContentLibrary library(&m_store);
    ContactListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLibrary(&library);
    model.setSpokenLanguage(QStringLiteral("ar"));
    // Zeta's languages are not known: it is not claimed to speak Arabic.
    QCOMPARE(idsOf(model), ids("utrecht"));
    model.setSpokenLanguage(QStringLiteral("fa"));
    QCOMPARE(idsOf(model), ids("ter-apel"));
    model.setSpokenLanguage(QStringLiteral("so"));
    QCOMPARE(model.rowCount(), 0);
}

void tst_ContactsModel::filtersByRegionKeepsNationalOnes()
{
    ContentLibrary library(&m_store);
    ContactListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLibrary(&library);
    model.setRegion(QStringLiteral("province:utrecht"));
    QCOMPARE(idsOf(model), ids("zeta utrecht"));
    model.setRegion(QStringLiteral("centre:ter-apel"));
    QCOMPARE(idsOf(model), ids("zeta ter-apel"));
    model.setRegion(QStringLiteral("province:zeeland"));
    QCOMPARE(idsOf(model), ids("zeta"));
}

void tst_ContactsModel::queryIgnoresCaseAndAccentsAndSearchesTheDescription()
{
    ContentLibrary library(&m_store);
    ContactListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLibrary(&library);
    model.setQuery(QStringLiteral("HELPDESK"));
    QCOMPARE(idsOf(model), ids("utrecht"));
    model.setQuery(QStringLiteral("  dóctors "));
    QCOMPARE(idsOf(model), ids("zeta")); // in the description only
    model.setQuery(QStringLiteral("letters")); // "**letters**": markup is not part of the word
    QCOMPARE(idsOf(model), ids("utrecht"));
    model.setQuery(QStringLiteral("advice"));
    QCOMPARE(idsOf(model), ids("zeta ter-apel")); // services
    model.setQuery(QStringLiteral("nothing like this"));
    QCOMPARE(model.rowCount(), 0);
    model.setQuery(QString());
    QCOMPARE(model.rowCount(), 3);
}

void tst_ContactsModel::filtersCombine()
{
    ContentLibrary library(&m_store);
    ContactListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLibrary(&library);
    model.setTopic(QStringLiteral("legal-aid"));
    model.setRegion(QStringLiteral("province:utrecht"));
    QCOMPARE(idsOf(model), ids("utrecht"));
    model.setSpokenLanguage(QStringLiteral("tr"));
    QCOMPARE(model.rowCount(), 0);
    model.setRegion(QString());
    QCOMPARE(idsOf(model), ids("ter-apel"));
}

void tst_ContactsModel::collationFollowsTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("order");
    QTest::addColumn<QString>("firstLocalName");
    QTest::newRow("en") << "en" << ids("zeta ter-apel utrecht") << "Ter Apel Desk";
    QTest::newRow("fa: و before ه") << "fa" << ids("zeta ter-apel utrecht") << "وکیل تر آپل";
    QTest::newRow("tr: c before ç") << "tr" << ids("zeta ter-apel utrecht") << "Cuma Derneği";
    QTest::newRow("nl: English names") << "nl" << ids("zeta ter-apel utrecht") << "Ter Apel Desk";
}

void tst_ContactsModel::collationFollowsTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QStringList, order);
    QFETCH(QString, firstLocalName);
    // The test means something only if the root order would put these names the other way round.
    QVERIFY(rc::i18n::Collation(u"en").lessThan(u"هلال اوترخت", u"وکیل تر آپل"));
    QVERIFY(rc::i18n::Collation(u"en").lessThan(u"Çay Evi Yardım", u"Cuma Derneği"));

    ContentLibrary library(&m_store);
    ContactListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLibrary(&library);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    library.setLanguage(language);
    QVERIFY(reset.count() >= 1 || language == QLatin1String("en"));
    QCOMPARE(idsOf(model), order);
    QCOMPARE(model.index(1).data(ContactListModel::NameRole).toString(), firstLocalName);
    // Zeta has no translation: shown in English and marked.
    QCOMPARE(model.index(0).data(ContactListModel::IsFallbackRole).toBool(), language != QLatin1String("en"));
}

void tst_ContactsModel::openNowWithAFixedClock_data()
{
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("text");
    // Tuesday 1 December 2026.
    QTest::newRow("Tuesday 10:00") << amsterdam(2026, 12, 1, 10, 0) << "open"
                                   << "Open now, until 17:00";
    QTest::newRow("Tuesday 17:00") << amsterdam(2026, 12, 1, 17, 0) << "closed"
                                   << "Opens tomorrow at 09:00";
    QTest::newRow("Saturday") << amsterdam(2026, 12, 5, 12, 0) << "closed"
                              << "Opens Monday at 09:00";
    QTest::newRow("Sunday") << amsterdam(2026, 12, 6, 12, 0) << "closed"
                            << "Opens tomorrow at 09:00";
    // Christmas Day 2026 is a Friday, and Boxing Day follows: the next opening is Monday.
    QTest::newRow("Christmas Day") << amsterdam(2026, 12, 25, 10, 0) << "holiday"
                                   << "Closed today (public holiday). Opens Monday at 09:00";
    // The same instant written in UTC.
    QTest::newRow("Tuesday 09:30 UTC")
        << QDateTime(QDate(2026, 12, 1), QTime(9, 30), QTimeZone::utc()) << "open"
        << "Open now, until 17:00";
}

void tst_ContactsModel::openNowWithAFixedClock()
{
    QFETCH(QDateTime, at);
    QFETCH(QString, state);
    QFETCH(QString, text);
    ContentLibrary library(&m_store);
    ContactListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLibrary(&library);
    model.setNow(at);
    const int row = model.indexOf(QStringLiteral("minimal"), QStringLiteral("utrecht"));
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row).data(ContactListModel::OpenStateRole).toString(), state);
    QCOMPARE(model.index(row).data(ContactListModel::OpenTextRole).toString(), text);
    QVERIFY(model.index(row).data(ContactListModel::HasHoursRole).toBool());

    ContactDetails details;
    details.setLibrary(&library);
    details.setNow(at);
    details.setPack(QStringLiteral("minimal"));
    details.setContactId(QStringLiteral("utrecht"));
    QCOMPARE(details.openState(), state);
    QCOMPARE(details.openText(), text);
    // The office line carries the hours: its button says them too.
    QCOMPARE(channelOf(details, QStringLiteral("phone")).value(QStringLiteral("openText")).toString(), text);
}

void tst_ContactsModel::openNowFilterHidesUnknownHours()
{
    ContentLibrary library(&m_store);
    ContactListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLibrary(&library);
    model.setNow(amsterdam(2026, 12, 1, 10, 0));
    const int zetaRow = model.indexOf(QStringLiteral("minimal"), QStringLiteral("zeta"));
    QCOMPARE(model.index(zetaRow).data(ContactListModel::OpenStateRole).toString(),
             QStringLiteral("unknown"));
    QVERIFY(!model.index(zetaRow).data(ContactListModel::HasHoursRole).toBool());
    QCOMPARE(model.index(zetaRow).data(ContactListModel::OpenTextRole).toString(),
             QStringLiteral("Hours not known: check the website"));
    QCOMPARE(model.get(model.indexOf(QStringLiteral("minimal"), QStringLiteral("ter-apel")))
                 .toMap()
                 .value(QStringLiteral("openState"))
                 .toString(),
             QStringLiteral("always"));

    model.setOpenNow(true);
    QCOMPARE(idsOf(model), ids("ter-apel utrecht"));
    // Sunday: the office is closed, the 24/7 desk stays.
    model.setNow(amsterdam(2026, 12, 6, 12, 0));
    QCOMPARE(idsOf(model), ids("ter-apel"));
    // Christmas Day: closed for the holiday.
    model.setNow(amsterdam(2026, 12, 25, 10, 0));
    QCOMPARE(idsOf(model), ids("ter-apel"));
    model.setNow(amsterdam(2026, 12, 28, 10, 0));
    QCOMPARE(idsOf(model), ids("ter-apel utrecht"));
    model.setOpenNow(false);
    QCOMPARE(model.rowCount(), 3);
    // Back to the clock: still a valid state for every row.
    model.setNow(QDateTime());
    QVERIFY(!model.now().isValid());
    QVERIFY(!model.index(model.indexOf(QStringLiteral("minimal"), QStringLiteral("utrecht")))
                 .data(ContactListModel::OpenTextRole)
                 .toString()
                 .isEmpty());
}

void tst_ContactsModel::choicesComeFromTheContacts()
{
    ContentLibrary library(&m_store);
    ContactListModel model;
    model.setLibrary(&library);
    // The first choice filters nothing.
    const QVariantMap all = model.topicChoices().value(0).toMap();
    QCOMPARE(all.value(QStringLiteral("id")).toString(), QString());
    QCOMPARE(all.value(QStringLiteral("name")).toString(), QStringLiteral("All topics"));
    QStringList topics;
    for (const QVariant &choice : model.topicChoices().mid(1))
        topics.append(choice.toMap().value(QStringLiteral("id")).toString());
    // Alphabetical by name: Health, Children on their own... in English: "Children", "Health", "Legal".
    QCOMPARE(topics, ids("minors health legal-aid"));
    QStringList regions;
    for (const QVariant &choice : model.regionChoices().mid(1))
        regions.append(choice.toMap().value(QStringLiteral("name")).toString());
    QCOMPARE(regions,
             (QStringList { QStringLiteral("Ter Apel"),
                            QStringLiteral("Utrecht") })); // "national" is no choice: always shown
    QCOMPARE(model.languageChoices().size(), 1 + 4);
}

void tst_ContactsModel::detailsChannelsAndLinks()
{
    ContentLibrary library(&m_store);
    ContactDetails details;
    QSignalSpy changed(&details, &ContactDetails::changed);
    details.setLibrary(&library);
    details.setPack(QStringLiteral("minimal"));
    details.setContactId(QStringLiteral("utrecht"));
    QVERIFY(changed.count() >= 1);
    QVERIFY(details.found());
    QCOMPARE(details.name(), QStringLiteral("Utrecht Helpdesk"));
    QVERIFY(details.html().contains(QLatin1String("<b>letters</b>"))
            || details.html().contains(QLatin1String("font-weight")));
    QCOMPARE(details.sources(), ids("https://www.example.org/"));
    QCOMPARE(details.hours(), QStringLiteral("Mo-Fr 09:00-17:00"));
    QVERIFY(details.verified().contains(QLatin1String("2025")));
    QCOMPARE(details.channels().size(), 6);

    const QVariantMap office = channelOf(details, QStringLiteral("phone"), 0);
    QCOMPARE(office.value(QStringLiteral("url")).toString(), QStringLiteral("tel:+31302391200"));
    QCOMPARE(office.value(QStringLiteral("label")).toString(), QStringLiteral("Office"));
    QCOMPARE(office.value(QStringLiteral("actionName")).toString(),
             QStringLiteral("Call \u2066"
                            "030 239 1200\u2069"));
    QCOMPARE(office.value(QStringLiteral("copyText")).toString(), QStringLiteral("030 239 1200"));
    QVERIFY(office.value(QStringLiteral("note")).toString().isEmpty());

    const QVariantMap service = channelOf(details, QStringLiteral("phone"), 1);
    QCOMPARE(service.value(QStringLiteral("url")).toString(), QStringLiteral("tel:09008844"));
    QCOMPARE(service.value(QStringLiteral("note")).toString(),
             QStringLiteral("Only from a Dutch phone number"));

    QCOMPARE(channelOf(details, QStringLiteral("whatsapp")).value(QStringLiteral("url")).toString(),
             QStringLiteral("https://wa.me/31612345678"));
    const QVariantMap email = channelOf(details, QStringLiteral("email"));
    QCOMPARE(email.value(QStringLiteral("url")).toString(), QStringLiteral("mailto:help@example.org"));
    QCOMPARE(email.value(QStringLiteral("copyText")).toString(), QStringLiteral("help@example.org"));
    const QVariantMap website = channelOf(details, QStringLiteral("website"));
    QCOMPARE(website.value(QStringLiteral("url")).toString(), QStringLiteral("https://www.example.org/help"));
    QCOMPARE(website.value(QStringLiteral("actionName")).toString(),
             QStringLiteral("Website: \u2066www.example.org\u2069"));
    const QVariantMap address = channelOf(details, QStringLiteral("address"));
    QVERIFY(address.value(QStringLiteral("url")).toString().isEmpty());
    QCOMPARE(address.value(QStringLiteral("copyText")).toString(),
             QStringLiteral("Voorbeeldstraat 1, 3511 AA Utrecht"));

    // 112 is the emergency number.
    details.setContactId(QStringLiteral("ter-apel"));
    const QVariantMap emergency = channelOf(details, QStringLiteral("phone"));
    QCOMPARE(emergency.value(QStringLiteral("url")).toString(), QStringLiteral("tel:112"));
    QCOMPARE(emergency.value(QStringLiteral("note")).toString(), QStringLiteral("Emergency"));

    // Follows the language.
    details.setContactId(QStringLiteral("utrecht"));
    library.setLanguage(QStringLiteral("tr"));
    QCOMPARE(details.name(), QStringLiteral("Çay Evi Yardım"));
    QVERIFY(!details.isFallback());
}

void tst_ContactsModel::detailsInterpreterHint()
{
    ContentLibrary library(&m_store);
    ContactDetails details;
    details.setLibrary(&library);
    details.setPack(QStringLiteral("minimal"));
    details.setContactId(QStringLiteral("utrecht")); // speaks nl, ar
    QVERIFY(details.needsInterpreter()); // reader: en
    library.setLanguage(QStringLiteral("ar"));
    QVERIFY(!details.needsInterpreter());
    library.setLanguage(QStringLiteral("nl"));
    QVERIFY(!details.needsInterpreter());
    library.setLanguage(QStringLiteral("fa"));
    QVERIFY(details.needsInterpreter());
    details.setContactId(QStringLiteral("ter-apel")); // speaks fa, tr
    QVERIFY(!details.needsInterpreter());
    details.setContactId(QStringLiteral("zeta")); // not known
    QVERIFY(details.needsInterpreter());
    QVERIFY(details.languageNames().isEmpty());
}

void tst_ContactsModel::detailsOfAMissingContact()
{
    ContentLibrary library(&m_store);
    ContactDetails details;
    details.setLibrary(&library);
    details.setPack(QStringLiteral("minimal"));
    details.setContactId(QStringLiteral("no-such-contact"));
    QVERIFY(!details.found());
    QVERIFY(details.channels().isEmpty());
    QVERIFY(!details.needsInterpreter());
    details.setPack(QStringLiteral("'; DROP TABLE contacts; --"));
    details.setContactId(QStringLiteral("utrecht"));
    QVERIFY(!details.found());
    details.setPack(QString());
    QVERIFY(!details.found());
}

void tst_ContactsModel::copyPutsTheNumberOnTheClipboard()
{
    ContactDetails details;
    QVERIFY(!details.copyToClipboard(QString()));
    QVERIFY(details.copyToClipboard(QStringLiteral("030 239 1200")));
    QCOMPARE(details.clipboardText(), QStringLiteral("030 239 1200"));
}

// The card the QR code shows and the .vcf file both read back as the contact, with its numbers as tel:
// links; a bad path or a missing contact is refused with a message and writes nothing.
void tst_ContactsModel::vcardForTheQrCodeAndTheFile()
{
    ContentLibrary library(&m_store);
    ContactDetails details;
    details.setLibrary(&library);
    details.setPack(QStringLiteral("minimal"));
    details.setContactId(QStringLiteral("utrecht"));
    QVERIFY(details.found());

    const QByteArray shown = details.vcard().toUtf8();
    QVERIFY(rc::contacts::VCard::fitsInQrCode(shown));
    QString error;
    const auto fromQr = rc::contacts::VCard::parse(shown, &error);
    QVERIFY2(fromQr.has_value(), qPrintable(error));
    QCOMPARE(fromQr->formattedName, QStringLiteral("Utrecht Helpdesk"));
    QVERIFY(shown.contains("tel:+31302391200"));

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("utrecht.vcf"));
    QCOMPARE(details.saveVCard(QUrl::fromLocalFile(file)), QString());
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const auto fromFile = rc::contacts::VCard::parse(saved.readAll(), &error);
    QVERIFY2(fromFile.has_value(), qPrintable(error));
    QCOMPARE(fromFile->formattedName, QStringLiteral("Utrecht Helpdesk"));
    QVERIFY(fromFile->phones.contains(QStringLiteral("+31302391200")));

    const QString missingFolder = dir.filePath(QStringLiteral("no/such/folder/card.vcf"));
    QVERIFY(!details.saveVCard(QUrl::fromLocalFile(missingFolder)).isEmpty());
    QVERIFY(!QFile::exists(missingFolder));
    QVERIFY(!details.saveVCard(QUrl(QStringLiteral("https://example.org/card.vcf"))).isEmpty());
    details.setContactId(QStringLiteral("no-such-contact"));
    QVERIFY(details.vcard().isEmpty());
    QVERIFY(!details.saveVCard(QUrl::fromLocalFile(file)).isEmpty());
}

void tst_ContactsModel::realPackIndIsOpenOnATuesdayMorning()
{
    // Today as the date lint checks against: the shipped contacts were verified recently.
    QTemporaryDir dir;
    rc::content::Diagnostics diagnostics;
    const auto source
        = rc::content::PackSource::load(sourcePack(QStringLiteral("nl")), QDate::currentDate(), diagnostics);
    QVERIFY2(!rc::content::hasErrors(diagnostics), qPrintable(joinDiagnostics(diagnostics)));
    QString error;
    const QString file = rc::content::PackBuilder::build(source, dir.path(), &error);
    QVERIFY2(!file.isEmpty(), qPrintable(error));
    ContentStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("content.sqlite"))));
    QCOMPARE(store.importPack(file).status, ContentStore::ImportStatus::Installed);
    ContentLibrary library(&store);
    ContactListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLibrary(&library);
    QVERIFY(model.rowCount() > 5);
    model.setNow(amsterdam(2026, 12, 1, 10, 0));
    const int ind = model.indexOf(QStringLiteral("nl"), QStringLiteral("ind"));
    QVERIFY(ind >= 0);
    QCOMPARE(model.index(ind).data(ContactListModel::OpenStateRole).toString(), QStringLiteral("open"));
    model.setNow(amsterdam(2026, 12, 6, 10, 0)); // Sunday
    QCOMPARE(model.index(model.indexOf(QStringLiteral("nl"), QStringLiteral("ind")))
                 .data(ContactListModel::OpenStateRole)
                 .toString(),
             QStringLiteral("closed"));
    // The list is alphabetical in the reader's collation.
    const rc::i18n::Collation collation(u"en");
    for (int row = 1; row < model.rowCount(); ++row) {
        if (model.index(row).data(ContactListModel::SectionRole)
            != model.index(row - 1).data(ContactListModel::SectionRole))
            continue;
        QVERIFY2(!collation.lessThan(model.index(row).data(ContactListModel::NameRole).toString(),
                                     model.index(row - 1).data(ContactListModel::NameRole).toString()),
                 qPrintable(model.index(row).data(ContactListModel::NameRole).toString()));
    }
}

QTEST_MAIN(tst_ContactsModel)
#include "tst_contactsmodel.moc"
