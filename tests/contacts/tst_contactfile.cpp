// ContactFile: a contact of the directory as the app gets it (numbers in E.164, service numbers and 112
// marked), and every way an author, or someone handing out a pack source, can get a contact file wrong,
// each reported at its line.
#include "content/ContactFile.h"

#include <QRandomGenerator>
#include <QTest>

using rc::content::ContactFile;
using rc::content::Diagnostic;
using rc::content::Diagnostics;
using Scope = rc::content::ContactFile::PhoneScope;

namespace {

const QDate today(2026, 1, 1);
const QString fileName = QStringLiteral("contacts/test/en.md");

// A valid contact; the line numbers in the comments are what the table below points at.
const QByteArray valid = "---\n" // 1
                         "name: Test Helpdesk\n" // 2
                         "services: Help for tests.\n" // 3
                         "region: province:utrecht, municipality:utrecht\n" // 4
                         "topics: legal-aid, minors\n" // 5
                         "languages: nl, en, prs\n" // 6
                         "phone: 030 239 1200\n" // 7
                         "  label: Office\n" // 8
                         "  hours: Mo-Fr 09:00-17:00\n" // 9
                         "  closed: holidays\n" // 10
                         "phone: 0900 8844\n" // 11
                         "phone: 112\n" // 12
                         "whatsapp: +31 6 1234 5678\n" // 13
                         "email: Help@Example.ORG\n" // 14
                         "website: https://www.example.org/help\n" // 15
                         "address: Teststraat 1,  1234 AB Utrecht\n" // 16
                         "hours: Mo-Fr 09:00-17:00\n" // 17
                         "closed: holidays\n" // 18
                         "status: reviewed\n" // 19
                         "verified: 2025-06-01\n" // 20
                         "source: https://www.example.org/\n" // 21
                         "---\n" // 22
                         "Who they are, with a [link](article:lawyer).\n"; // 23

ContactFile parse(const QByteArray &data, Diagnostics &diagnostics)
{
    return ContactFile::parse(data, fileName, today, diagnostics);
}

QString join(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines.join(QLatin1Char('\n'));
}

QByteArray edited(const QByteArray &before, const QByteArray &after)
{
    QByteArray data = valid;
    const qsizetype at = data.indexOf(before);
    if (at < 0)
        qFatal("the fixture does not contain '%s'", before.constData());
    return data.replace(at, before.size(), after);
}

} // namespace

class tst_ContactFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validFileHasEveryField();
    void phoneNumbers_data();
    void phoneNumbers();
    void emails_data();
    void emails();
    void minimalFileNeedsNoTopicsOrLanguages();
    void badInput_data();
    void badInput();
    void hostileInputNeverCrashes();
    void hugeFileIsRefused();
    void translationsKeepTheStructure();
    void digestCoversOnlyTranslatedText();
};

void tst_ContactFile::validFileHasEveryField()
{
    Diagnostics diagnostics;
    const ContactFile c = parse(valid, diagnostics);
    QVERIFY2(diagnostics.isEmpty(), qPrintable(join(diagnostics)));
    QCOMPARE(c.name, QStringLiteral("Test Helpdesk"));
    QCOMPARE(c.services, QStringLiteral("Help for tests."));
    QCOMPARE(c.regions,
             (QStringList { QStringLiteral("province:utrecht"), QStringLiteral("municipality:utrecht") }));
    QCOMPARE(c.topics, (QStringList { QStringLiteral("legal-aid"), QStringLiteral("minors") }));
    QCOMPARE(c.spokenLanguages,
             (QStringList { QStringLiteral("nl"), QStringLiteral("en"), QStringLiteral("prs") }));
    QCOMPARE(c.hours, QStringLiteral("Mo-Fr 09:00-17:00"));
    QCOMPARE(c.closed, QStringLiteral("holidays"));
    QCOMPARE(c.verified, QDate(2025, 6, 1));
    QCOMPARE(c.sources, QStringList { QStringLiteral("https://www.example.org/") });
    QVERIFY(c.status == rc::content::TranslationStatus::Reviewed);
    QCOMPARE(c.description, QStringLiteral("Who they are, with a [link](article:lawyer)."));
    QCOMPARE(c.internalLinks.size(), 1);
    QCOMPARE(c.internalLinks.first().line, 23);

    QCOMPARE(c.channels.size(), 7);
    const ContactFile::Channel &office = c.channels.at(0);
    QCOMPARE(office.kind, QStringLiteral("phone"));
    QCOMPARE(office.value, QStringLiteral("+31302391200"));
    QCOMPARE(office.display, QStringLiteral("030 239 1200"));
    QVERIFY(office.scope == Scope::Normal);
    QCOMPARE(office.label, QStringLiteral("Office"));
    QCOMPARE(office.hours, QStringLiteral("Mo-Fr 09:00-17:00"));
    QCOMPARE(office.closed, QStringLiteral("holidays"));
    QCOMPARE(office.line, 7);
    // A service number is kept as dialled in the Netherlands, and marked.
    QCOMPARE(c.channels.at(1).value, QStringLiteral("09008844"));
    QVERIFY(c.channels.at(1).scope == Scope::NationalOnly);
    QVERIFY(c.channels.at(1).label.isEmpty());
    QVERIFY(c.channels.at(1).hours.isEmpty());
    QCOMPARE(c.channels.at(2).value, QStringLiteral("112"));
    QVERIFY(c.channels.at(2).scope == Scope::Emergency);
    QCOMPARE(c.channels.at(3).kind, QStringLiteral("whatsapp"));
    QCOMPARE(c.channels.at(3).value, QStringLiteral("+31612345678"));
    QCOMPARE(c.channels.at(4).value, QStringLiteral("Help@example.org"));
    QCOMPARE(c.channels.at(5).value, QStringLiteral("https://www.example.org/help"));
    QCOMPARE(c.channels.at(6).value, QStringLiteral("Teststraat 1, 1234 AB Utrecht"));
}

void tst_ContactFile::phoneNumbers_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("value"); // empty: refused
    QTest::addColumn<int>("scope");
    QTest::addColumn<QString>("fragment"); // of the reason when refused

    const int normal = int(Scope::Normal);
    QTest::newRow("Dutch landline") << "088 043 0430"
                                    << "+31880430430" << normal << "";
    QTest::newRow("dashes and brackets") << "(030) 239-1200"
                                         << "+31302391200" << normal << "";
    QTest::newRow("already E.164 with spaces") << "+31 88 746 44 66"
                                               << "+31887464466" << normal << "";
    QTest::newRow("+31 (0)") << "+31 (0)88 043 0430"
                             << "+31880430430" << normal << "";
    QTest::newRow("00 prefix") << "0031 33 448 11 86"
                               << "+31334481186" << normal << "";
    QTest::newRow("Dutch mobile") << "06-12345678"
                                  << "+31612345678" << normal << "";
    QTest::newRow("Belgian number") << "+32 2 123 45 67"
                                    << "+3221234567" << normal << "";
    QTest::newRow("0900 short") << "0900 8844"
                                << "09008844" << int(Scope::NationalOnly) << "";
    QTest::newRow("0900 long") << "0900 123 4567"
                               << "09001234567" << int(Scope::NationalOnly) << "";
    QTest::newRow("0800 free") << "0800-1234"
                               << "08001234" << int(Scope::NationalOnly) << "";
    QTest::newRow("112") << "112"
                         << "112" << int(Scope::Emergency) << "";

    QTest::newRow("letters") << "088 CALL IND"
                             << "" << 0 << "use only digits";
    QTest::newRow("plus in the middle") << "088+0430430"
                                        << "" << 0 << "use only digits";
    QTest::newRow("too short") << "088 043 043"
                               << "" << 0 << "a Dutch number has 10";
    QTest::newRow("too long") << "088 043 04300"
                              << "" << 0 << "a Dutch number has 10";
    QTest::newRow("no area code") << "2391200"
                                  << "" << 0 << "with its area code";
    QTest::newRow("+31 then 0") << "+31 088 043 0430"
                                << "" << 0 << "leave out the 0 after +31";
    QTest::newRow("+31 900") << "+31 900 8844"
                             << "" << 0 << "cannot be called from abroad";
    QTest::newRow("+31 short") << "+31 88 043 043"
                               << "" << 0 << "a Dutch number has 9";
    QTest::newRow("0900 wrong length") << "0900 884"
                                       << "" << 0 << "after 0900 come 4 or 7 digits";
    QTest::newRow("country code 0") << "+0 123 456 789"
                                    << "" << 0 << "not an international number";
    QTest::newRow("over 15 digits") << "+1 234 567 890 123 456"
                                    << "" << 0 << "not an international number";
    QTest::newRow("other short number") << "113"
                                        << "" << 0 << "with its area code";
    QTest::newRow("only punctuation") << "( - )"
                                      << "" << 0 << "has no digits";
    QTest::newRow("empty") << ""
                           << "" << 0 << "empty";
    QTest::newRow("huge") << QString(5000, QLatin1Char('1')) << "" << 0 << "too long";
}

void tst_ContactFile::phoneNumbers()
{
    QFETCH(QString, written);
    QFETCH(QString, value);
    QFETCH(int, scope);
    QFETCH(QString, fragment);
    QString why;
    const auto number = ContactFile::normalisePhone(written, &why);
    if (value.isEmpty()) {
        QVERIFY2(!number, qPrintable(number ? number->value : QString()));
        QVERIFY2(why.contains(fragment), qPrintable(why));
        return;
    }
    QVERIFY2(number, qPrintable(why));
    QCOMPARE(number->value, value);
    QCOMPARE(int(number->scope), scope);
}

void tst_ContactFile::emails_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("ok");
    QTest::newRow("plain") << "info@example.org" << true;
    QTest::newRow("plus and dots") << "first.last+asiel@mail.example.nl" << true;
    QTest::newRow("no at") << "info.example.org" << false;
    QTest::newRow("two ats") << "info@@example.org" << false;
    QTest::newRow("no domain dot") << "info@localhost" << false;
    QTest::newRow("space") << "in fo@example.org" << false;
    QTest::newRow("double dot") << "in..fo@example.org" << false;
    QTest::newRow("display name") << "Info <info@example.org>" << false;
    QTest::newRow("numeric tld") << "info@example.123" << false;
    QTest::newRow("hyphen label") << "info@-example.org" << false;
    QTest::newRow("huge") << QString(300, QLatin1Char('a')) + QStringLiteral("@example.org") << false;
}

void tst_ContactFile::emails()
{
    QFETCH(QString, address);
    QFETCH(bool, ok);
    QCOMPARE(ContactFile::isValidEmail(address), ok);
}

void tst_ContactFile::minimalFileNeedsNoTopicsOrLanguages()
{
    // What a website-only national organisation looks like: no phone, no hours, languages not known.
    const QByteArray data = "---\n"
                            "name: Org\n"
                            "services: Things.\n"
                            "region: national\n"
                            "languages:\n"
                            "website: https://org.example/\n"
                            "status: machine\n"
                            "verified: 2025-01-01\n"
                            "source: https://org.example/\n"
                            "---\n"
                            "Org.\n";
    Diagnostics diagnostics;
    const ContactFile c = parse(data, diagnostics);
    QVERIFY2(diagnostics.isEmpty(), qPrintable(join(diagnostics)));
    QVERIFY(c.topics.isEmpty());
    QVERIFY(c.spokenLanguages.isEmpty());
    QVERIFY(c.hours.isEmpty());
    QCOMPARE(c.regions, QStringList { QStringLiteral("national") });
    QCOMPARE(c.channels.size(), 1);
}

void tst_ContactFile::badInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("unknown topic") << edited("legal-aid, minors", "legal-aid, housing") << 5
                                   << "topic 'housing' is not one of legal-aid";
    QTest::newRow("topic twice") << edited("legal-aid, minors", "minors, minors") << 5
                                 << "topic 'minors' is given twice";
    QTest::newRow("unknown region kind") << edited("municipality:utrecht", "city:utrecht") << 4
                                         << "region 'city:utrecht' is not one of national";
    QTest::newRow("unknown province")
        << edited("province:utrecht", "province:bavaria") << 4 << "province 'bavaria' is not one of";
    QTest::newRow("region name with capitals")
        << edited("municipality:utrecht", "municipality:Den Haag") << 4 << "lower-case letters";
    QTest::newRow("national with another region")
        << edited("province:utrecht, municipality:utrecht", "national, centre:ter-apel") << 4
        << "give it alone";
    QTest::newRow("empty region") << edited("province:utrecht, municipality:utrecht", "") << 4
                                  << "is not one of national";
    QTest::newRow("unknown channel kind") << edited("address: Teststraat", "fax: Teststraat") << 16
                                          << "unknown key 'fax': the channels are phone, whatsapp";
    QTest::newRow("phone with letters") << edited("phone: 0900 8844", "phone: 0900 POLICE") << 11
                                        << "phone: '0900 POLICE' is not a phone number";
    QTest::newRow("phone too short") << edited("phone: 030 239 1200", "phone: 030 239 120") << 7
                                     << "a Dutch number has 10";
    QTest::newRow("empty phone") << edited("phone: 112", "phone:") << 12 << "'phone' is empty";
    QTest::newRow("service number on whatsapp") << edited("whatsapp: +31 6 1234 5678", "whatsapp: 0900 8844")
                                                << 13 << "WhatsApp needs an ordinary mobile number";
    QTest::newRow("bad e-mail") << edited("email: Help@Example.ORG", "email: help at example.org") << 14
                                << "is not an e-mail address";
    QTest::newRow("mailto e-mail") << edited("email: Help@Example.ORG", "email: mailto:help@example.org")
                                   << 14 << "without 'mailto:'";
    QTest::newRow("http website") << edited("https://www.example.org/help", "http://www.example.org/help")
                                  << 15 << "is not https";
    QTest::newRow("website without scheme")
        << edited("https://www.example.org/help", "www.example.org") << 15 << "is not an https URL";
    QTest::newRow("javascript website")
        << edited("https://www.example.org/help", "javascript:alert(1)") << 15 << "is not an https URL";
    QTest::newRow("closed on weekends")
        << edited("  closed: holidays", "  closed: weekends") << 10 << "closed 'weekends' is not known";
    QTest::newRow("organisation closed unknown")
        << edited("\nclosed: holidays", "\nclosed: sundays") << 18 << "closed 'sundays' is not known";
    QTest::newRow("empty hours") << edited("\nhours: Mo-Fr 09:00-17:00", "\nhours:") << 17
                                 << "'hours' is empty";
    QTest::newRow("hours under a website") << edited("website: https://www.example.org/help\n",
                                                     "website: https://www.example.org/help\n  hours: 24/7\n")
                                           << 16 << "a website has no opening hours";
    QTest::newRow("label twice") << edited("  label: Office\n", "  label: Office\n  label: Desk\n") << 9
                                 << "'label' is given twice for the phone channel";
    QTest::newRow("indented before any channel") << edited("name: Test", "  label: Test") << 2
                                                 << "no channel line (phone:, website:, ...) comes before it";
    QTest::newRow("indented after another key")
        << edited("status: reviewed\n", "status: reviewed\n  hours: 9-17\n") << 20 << "no channel line";
    QTest::newRow("label not indented")
        << edited("  label: Office", "label: Office") << 8 << "indent it under the channel line";
    QTest::newRow("indented unknown key") << edited("  label: Office", "  fax: 030 1234567") << 8
                                          << "only label, hours and closed belong under a channel";
    QTest::newRow("name twice") << edited("services:", "name: Other\nservices:") << 3
                                << "'name' is given twice";
    QTest::newRow("empty name") << edited("name: Test Helpdesk", "name:") << 2 << "name is empty";
    QTest::newRow("long name") << edited("name: Test Helpdesk", "name: " + QByteArray(130, 'x')) << 2
                               << "name is 130 characters";
    QTest::newRow("bad spoken language")
        << edited("nl, en, prs", "nl, english") << 6 << "language 'english' is not an ISO 639 code";
    QTest::newRow("no source") << edited("source: https://www.example.org/\n", "") << 21
                               << "every contact needs at least one 'source:' URL";
    QTest::newRow("http source") << edited("source: https://www.example.org/",
                                           "source: http://www.example.org/")
                                 << 21 << "is not an https URL";
    QTest::newRow("no verified date")
        << edited("verified: 2025-06-01\n", "") << 21 << "has no 'verified: YYYY-MM-DD'";
    QTest::newRow("bad verified date") << edited("verified: 2025-06-01", "verified: 1 June 2025") << 20
                                       << "is not a date in the form YYYY-MM-DD";
    QTest::newRow("impossible verified date")
        << edited("verified: 2025-06-01", "verified: 2025-02-30") << 20 << "is not a date";
    QTest::newRow("verified in the future")
        << edited("verified: 2025-06-01", "verified: 2027-01-01") << 20 << "is in the future";
    QTest::newRow("checked instead of verified") << edited("verified: 2025-06-01", "checked: 2025-06-01")
                                                 << 20 << "with 'verified: YYYY-MM-DD', not 'checked'";
    QTest::newRow("no status") << edited("status: reviewed\n", "") << 21 << "has no 'status'";
    QTest::newRow("bad status") << edited("status: reviewed", "status: approved") << 19
                                << "status 'approved' is not one of";
    QTest::newRow("no services") << edited("services: Help for tests.\n", "") << 21 << "has no 'services'";
    QTest::newRow("no region") << edited("region: province:utrecht, municipality:utrecht\n", "") << 21
                               << "has no 'region'";
    QTest::newRow("not key: value") << edited("topics:", "topics") << 5 << "expected 'key: value'";
    QTest::newRow("no channels") << QByteArray(
        "---\nname: X\nservices: Y\nregion: national\nstatus: machine\nverified: 2025-01-01\n"
        "source: https://x.example/\n---\nText.\n")
                                 << 8 << "has no way to reach it";
    QTest::newRow("no description") << edited("Who they are, with a [link](article:lawyer).\n", "\n\n") << 22
                                    << "has no description";
    QTest::newRow("heading in description")
        << edited("Who they are", "## Who they are") << 23 << "no headings";
    QTest::newRow("javascript link") << edited("(article:lawyer)", "(javascript:alert(1))") << 23
                                     << "link 'javascript:alert(1' is not allowed";
    QTest::newRow("raw HTML") << edited("Who they are", "<b>Who</b> they are") << 23 << "raw HTML";
    QTest::newRow("image") << edited("[link](article:lawyer)", "![logo](https://x.example/a.png)") << 23
                           << "images are not allowed";
    QTest::newRow("long line") << edited("services: Help for tests.", "services: " + QByteArray(700, 'x'))
                               << 3 << "line is 710 characters";
    QTest::newRow("header not closed")
        << QByteArray(valid).replace("---\nWho", "\nWho") << 23 << "not closed with a '---' line";
    QTest::newRow("no opening line") << QByteArray(valid).mid(4) << 1 << "must start with a '---' line";
}

void tst_ContactFile::badInput()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(QString, fragment);
    Diagnostics diagnostics;
    parse(data, diagnostics);
    QVERIFY2(rc::content::hasErrors(diagnostics), "the mistake was not reported");
    const Diagnostic *found = nullptr;
    for (const Diagnostic &d : diagnostics) {
        if (d.message.contains(fragment))
            found = &d;
    }
    QVERIFY2(found, qPrintable(join(diagnostics)));
    QCOMPARE(found->line, line);
    QCOMPARE(found->file, fileName);
    QVERIFY(found->toString().startsWith(fileName + QStringLiteral(":%1: error: ").arg(line)));
}

void tst_ContactFile::hostileInputNeverCrashes()
{
    // Truncated at every byte: never crashes, never reports a line the file does not have, and a cut
    // file is never taken as a complete contact unless the cut fell after the header.
    for (qsizetype size = 0; size < valid.size(); ++size) {
        const QByteArray cut = valid.left(size);
        Diagnostics diagnostics;
        parse(cut, diagnostics);
        for (const Diagnostic &d : diagnostics)
            QVERIFY(d.line >= 0 && d.line <= cut.count('\n') + 1);
        if (size < valid.indexOf("---\nWho"))
            QVERIFY2(rc::content::hasErrors(diagnostics), cut.constData());
    }
    // Binary: invalid UTF-8, a NUL, a multi-byte character cut in half.
    const QList<QByteArray> binary { QByteArray("\xff\xfe\x00\x01", 4), valid + QByteArray(1, '\0'),
                                     edited("Test Helpdesk", "Test \xc3"), QByteArray("\x89PNG\r\n\x1a\n") };
    for (const QByteArray &data : binary) {
        Diagnostics diagnostics;
        parse(data, diagnostics);
        QVERIFY(rc::content::hasErrors(diagnostics));
    }
    // Random bytes, random damage to the valid file, random key lines.
    QRandomGenerator random(20261128);
    const QList<QByteArray> lines = valid.split('\n');
    for (int round = 0; round < 3000; ++round) {
        QByteArray data;
        switch (round % 3) {
        case 0:
            data.resize(random.bounded(2000));
            for (char &c : data)
                c = char(random.bounded(256));
            break;
        case 1:
            data = valid;
            for (int i = 0; i < 3; ++i)
                data[random.bounded(data.size())] = char(random.bounded(256));
            break;
        default:
            data = "---\n";
            for (int i = 0; i < 30; ++i)
                data += lines.at(random.bounded(lines.size())) + '\n';
        }
        Diagnostics diagnostics;
        const ContactFile c = parse(data, diagnostics);
        for (const Diagnostic &d : diagnostics)
            QVERIFY(d.line >= 0 && d.line <= data.count('\n') + 1);
        if (!rc::content::hasErrors(diagnostics)) {
            QVERIFY(!c.name.isEmpty() && !c.sources.isEmpty() && c.verified.isValid());
            for (const ContactFile::Channel &channel : c.channels) {
                QVERIFY(!channel.value.isEmpty());
                if (channel.kind == QLatin1String("phone") && channel.scope == Scope::Normal)
                    QVERIFY(channel.value.startsWith(QLatin1Char('+')));
            }
        }
    }
}

void tst_ContactFile::hugeFileIsRefused()
{
    Diagnostics diagnostics;
    parse(valid + QByteArray(ContactFile::MaxFileBytes, 'x'), diagnostics);
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics.first().line, 0);
    QVERIFY(diagnostics.first().message.contains(QLatin1String("may be at most")));

    // Within the size limit but with more channels than a contact may have.
    QByteArray many = valid;
    many.replace("status: reviewed",
                 QByteArray("website: https://x.example/\n").repeated(30) + "status: reviewed");
    diagnostics.clear();
    parse(many, diagnostics);
    QVERIFY2(join(diagnostics).contains(QLatin1String("at most 20 channels")), qPrintable(join(diagnostics)));
}

void tst_ContactFile::translationsKeepTheStructure()
{
    Diagnostics diagnostics;
    const ContactFile english = parse(valid, diagnostics);
    QVERIFY(diagnostics.isEmpty());

    // Name, services, labels and description are translated; nothing else.
    const ContactFile good
        = parse(edited("name: Test Helpdesk", "name: Testloket").replace("label: Office", "label: Kantoor"),
                diagnostics);
    good.checkTranslation(english, QStringLiteral("nl.md"), diagnostics);
    QVERIFY2(diagnostics.isEmpty(), qPrintable(join(diagnostics)));

    const ContactFile otherNumber = parse(edited("phone: 0900 8844", "phone: 0900 8020"), diagnostics);
    otherNumber.checkTranslation(english, QStringLiteral("nl.md"), diagnostics);
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics.first().line, 11);
    QVERIFY(diagnostics.first().message.contains(QLatin1String("channel 2 differs from the English one")));

    // The same number written differently is the same number.
    diagnostics.clear();
    const ContactFile sameNumber
        = parse(edited("phone: 030 239 1200", "phone: +31 30 239 12 00"), diagnostics);
    sameNumber.checkTranslation(english, QStringLiteral("nl.md"), diagnostics);
    QVERIFY2(diagnostics.isEmpty(), qPrintable(join(diagnostics)));

    const ContactFile otherRegion = parse(edited("municipality:utrecht", "municipality:zeist"), diagnostics);
    otherRegion.checkTranslation(english, QStringLiteral("nl.md"), diagnostics);
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics.first().line, 4);
    QVERIFY(diagnostics.first().message.contains(QLatin1String("'region' differs")));

    diagnostics.clear();
    const ContactFile fewer = parse(edited("phone: 112\n", ""), diagnostics);
    fewer.checkTranslation(english, QStringLiteral("nl.md"), diagnostics);
    QVERIFY(join(diagnostics).contains(QLatin1String("6 channels here but 7 in English")));

    diagnostics.clear();
    const ContactFile otherHours
        = parse(edited("  hours: Mo-Fr 09:00-17:00", "  hours: Mo-Fr 10:00-16:00"), diagnostics);
    otherHours.checkTranslation(english, QStringLiteral("nl.md"), diagnostics);
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics.first().line, 7);
}

void tst_ContactFile::digestCoversOnlyTranslatedText()
{
    Diagnostics diagnostics;
    const QString digest = parse(valid, diagnostics).sourceDigest();
    QCOMPARE(parse(edited("0900 8844", "0900 8020"), diagnostics).sourceDigest(), digest);
    QVERIFY(parse(edited("label: Office", "label: Desk"), diagnostics).sourceDigest() != digest);
    QVERIFY(parse(edited("Who they are", "Who we are"), diagnostics).sourceDigest() != digest);
    QVERIFY(parse(edited("Help for tests.", "Help."), diagnostics).sourceDigest() != digest);
    QVERIFY(diagnostics.isEmpty());
}

QTEST_GUILESS_MAIN(tst_ContactFile)
#include "tst_contactfile.moc"
