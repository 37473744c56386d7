// VCard: a contact as a vCard 4.0 file (RFC 6350) that a phone's contacts app imports, checked line by
// line, folded at 75 octets without breaking Arabic or Ethiopic letters, read back, and a parser that
// refuses hostile files with a message that says what is wrong.
#include "contacts/VCard.h"

#include <QStringDecoder>
#include <QTest>

using rc::contacts::VCard;
using rc::contacts::VCardContact;
using rc::content::ContactChannel;
using rc::content::ContactText;

Q_DECLARE_METATYPE(VCardContact)

namespace {

// The physical lines of a card; fails the test when a line does not end in CRLF.
QStringList physicalLines(const QByteArray &card)
{
    if (!card.endsWith("\r\n"))
        qWarning("card does not end in CRLF");
    QStringList lines;
    for (const QByteArray &line : card.split('\n')) {
        if (line.isEmpty())
            continue;
        if (!line.endsWith('\r'))
            qWarning("line without CR: %s", line.constData());
        lines.append(QString::fromUtf8(line.chopped(line.endsWith('\r') ? 1 : 0)));
    }
    return lines;
}

// The lines after unfolding (RFC 6350 3.2).
QStringList unfoldedLines(const QByteArray &card)
{
    QByteArray unfolded = card;
    unfolded.replace("\r\n ", "");
    return physicalLines(unfolded);
}

QString describe(const VCardContact &c)
{
    return QStringLiteral("FN=%1 ORG=%2 ROLE=%3 NOTE=%4 TEL=%5 WA=%6 EMAIL=%7 URL=%8 ADR=%9 LANG=%10 REV=%11")
        .arg(c.formattedName, c.organisation, c.role, c.note, c.phones.join(u'|'), c.whatsapp.join(u'|'),
             c.emails.join(u'|'), c.urls.join(u'|'), c.addresses.join(u'|'))
        .arg(c.language, c.revised.toString(Qt::ISODate));
}

VCardContact latinContact()
{
    VCardContact c;
    c.formattedName = QStringLiteral("Stichting Voorbeeld");
    c.organisation = c.formattedName;
    c.phones
        = QStringList { QStringLiteral("+31302391200"), QStringLiteral("0900 8844"), QStringLiteral("112") };
    c.whatsapp = QStringList { QStringLiteral("+31612345678") };
    c.emails = QStringList { QStringLiteral("info@example.org") };
    c.urls = QStringList { QStringLiteral("https://www.example.org/help") };
    c.addresses = QStringList { QStringLiteral("Teststraat 1, 1234 AB Utrecht") };
    c.note = QStringLiteral("Juridische hulp; gratis, voor iedereen.");
    c.language = QStringLiteral("nl");
    c.revised = QDate(2026, 11, 28);
    return c;
}

VCardContact arabicContact()
{
    VCardContact c;
    c.formattedName = QStringLiteral("أمينة يوسف");
    c.role = QStringLiteral("محامية");
    c.phones = QStringList { QStringLiteral("06 1234 5678") };
    c.emails = QStringList { QStringLiteral("amina@example.org") };
    c.note = QStringLiteral("موعد، الاثنين 10:00");
    c.language = QStringLiteral("ar");
    return c;
}

VCardContact tigrinyaContact()
{
    VCardContact c;
    c.formattedName = QStringLiteral("ማሕበር ሓገዝ ስደተኛታት");
    c.organisation = c.formattedName;
    c.whatsapp = QStringList { QStringLiteral("+31612345678") };
    c.addresses = QStringList { QStringLiteral("ጎደና 1፣ ኡትረኽት") };
    c.note = QStringLiteral("ሓገዝ ሕጊ፣ ብዘይ ክፍሊት።");
    c.language = QStringLiteral("ti");
    c.revised = QDate(2026, 1, 5);
    return c;
}

// The first `n` UTF-16 units of `text`, one fewer when the cut would split a surrogate pair.
QString leftWhole(const QString &text, qsizetype n)
{
    if (n < text.size() && n > 0 && text.at(n - 1).isHighSurrogate())
        --n;
    return text.left(n);
}

// Whether `bytes` is complete UTF-8 on its own.
bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    Q_UNUSED(text);
    return !decoder.hasError();
}

QByteArray minimalCard(const QByteArray &body)
{
    return "BEGIN:VCARD\r\nVERSION:4.0\r\n" + body + "END:VCARD\r\n";
}

} // namespace

class TestVCard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesLatinOrganisation();
    void writesArabicPersonalContact();
    void writesTigrinyaOrganisation();
    void foldsExactlyAt75Octets();
    void foldsMultiByteTextWithoutBreakingCharacters_data();
    void foldsMultiByteTextWithoutBreakingCharacters();
    void escapesAndReadsBack_data();
    void escapesAndReadsBack();
    void roundTrips_data();
    void roundTrips();
    void fromDirectoryForTheInd();
    void fromDirectoryTurnsMarkdownIntoText();
    void fromDirectoryKeepsServiceAndEmergencyNumbers();
    void readsCardsOfOtherApps();
    void refusesHostileInput_data();
    void refusesHostileInput();
    void skipsALargePhoto();
    void qrCodeCapacity();
    void compactDropsNoteThenSecondaryFields();
};

void TestVCard::writesLatinOrganisation()
{
    const QStringList expected {
        QStringLiteral("BEGIN:VCARD"),
        QStringLiteral("VERSION:4.0"),
        QStringLiteral("KIND:org"),
        QStringLiteral("FN;LANGUAGE=nl:Stichting Voorbeeld"),
        QStringLiteral("X-ABSHOWAS:COMPANY"),
        QStringLiteral("ORG;LANGUAGE=nl:Stichting Voorbeeld"),
        QStringLiteral("TEL;VALUE=uri;TYPE=voice:tel:+31302391200"),
        QStringLiteral("TEL;VALUE=uri;TYPE=voice:tel:09008844"),
        QStringLiteral("TEL;VALUE=uri;TYPE=voice:tel:112"),
        QStringLiteral("EMAIL:info@example.org"),
        QStringLiteral("URL:https://www.example.org/help"),
        QStringLiteral("URL:https://wa.me/31612345678"),
        QStringLiteral("ADR;LANGUAGE=nl:;;Teststraat 1\\, 1234 AB Utrecht;;;;"),
        QStringLiteral("NOTE;LANGUAGE=nl:Juridische hulp\\; gratis\\, voor iedereen."),
        QStringLiteral("REV:20261128T000000Z"),
        QStringLiteral("END:VCARD"),
    };
    const QByteArray card = VCard::write(latinContact());
    QCOMPARE(physicalLines(card), expected);
    QVERIFY(card.endsWith("END:VCARD\r\n"));
    QCOMPARE(card.count('\n'), card.count("\r\n"));
}

void TestVCard::writesArabicPersonalContact()
{
    const QStringList expected {
        QStringLiteral("BEGIN:VCARD"),
        QStringLiteral("VERSION:4.0"),
        QStringLiteral("FN;LANGUAGE=ar:أمينة يوسف"),
        QStringLiteral("N:;أمينة يوسف;;;"),
        QStringLiteral("TITLE;LANGUAGE=ar:محامية"),
        QStringLiteral("TEL;VALUE=uri;TYPE=voice:tel:0612345678"),
        QStringLiteral("EMAIL:amina@example.org"),
        // The Arabic comma is no vCard separator and stays as it is.
        QStringLiteral("NOTE;LANGUAGE=ar:موعد، الاثنين 10:00"),
        QStringLiteral("END:VCARD"),
    };
    QCOMPARE(physicalLines(VCard::write(arabicContact())), expected);
}

void TestVCard::writesTigrinyaOrganisation()
{
    const QStringList expected {
        QStringLiteral("BEGIN:VCARD"),
        QStringLiteral("VERSION:4.0"),
        QStringLiteral("KIND:org"),
        QStringLiteral("FN;LANGUAGE=ti:ማሕበር ሓገዝ ስደተኛታት"),
        QStringLiteral("X-ABSHOWAS:COMPANY"),
        QStringLiteral("ORG;LANGUAGE=ti:ማሕበር ሓገዝ ስደተኛታት"),
        QStringLiteral("URL:https://wa.me/31612345678"),
        QStringLiteral("ADR;LANGUAGE=ti:;;ጎደና 1፣ ኡትረኽት;;;;"),
        QStringLiteral("NOTE;LANGUAGE=ti:ሓገዝ ሕጊ፣ ብዘይ ክፍሊት።"),
        QStringLiteral("REV:20260105T000000Z"),
        QStringLiteral("END:VCARD"),
    };
    QCOMPARE(physicalLines(VCard::write(tigrinyaContact())), expected);
}

void TestVCard::foldsExactlyAt75Octets()
{
    VCardContact contact;
    contact.formattedName = QStringLiteral("A");
    contact.note = QString(80, u'a');
    QStringList lines = physicalLines(VCard::write(contact));
    qsizetype at = lines.indexOf(QStringLiteral("NOTE:") + QString(70, u'a'));
    QVERIFY2(at >= 0, qPrintable(lines.join(u'\n')));
    QCOMPARE(lines.at(at + 1), QStringLiteral(" ") + QString(10, u'a'));

    // Ethiopic letters are 3 octets: 5 + 23 * 3 = 74, a 24th would make 77.
    const QString ethiopic = QStringLiteral("ሀለሐመሠረሰሸቀቐበቨተቸኀነኘአከኸወዐዘዠየደጀገጠጨ").left(30);
    QCOMPARE(ethiopic.size(), 30);
    contact.note = ethiopic;
    lines = physicalLines(VCard::write(contact));
    at = lines.indexOf(QStringLiteral("NOTE:") + ethiopic.left(23));
    QVERIFY2(at >= 0, qPrintable(lines.join(u'\n')));
    QCOMPARE(lines.at(at + 1), QStringLiteral(" ") + ethiopic.mid(23));

    // An escape pair is not split: 70 'a' then "\," would end at octet 76.
    contact.note = QString(69, u'a') + QStringLiteral(",b");
    lines = physicalLines(VCard::write(contact));
    at = lines.indexOf(QStringLiteral("NOTE:") + QString(69, u'a'));
    QVERIFY2(at >= 0, qPrintable(lines.join(u'\n')));
    QCOMPARE(lines.at(at + 1), QStringLiteral(" \\,b"));
}

void TestVCard::foldsMultiByteTextWithoutBreakingCharacters_data()
{
    QTest::addColumn<QString>("text");
    const QString arabic = QStringLiteral("يحق لك الحصول على مساعدة قانونية مجانية أثناء إجراءات اللجوء، "
                                          "اتصل بالمحامي قبل المقابلة الثانية.");
    const QString tigrinya = QStringLiteral("ኣብ እዋን መስርሕ ዑቕባ ናጻ ሕጋዊ ሓገዝ ክትረክብ መሰል ኣለካ። "
                                            "ቅድሚ ካልኣይ ቃለ-መሕትት ምስ ጠበቓኻ ተራኸብ።");
    const QString mixed = QStringLiteral("Note; with, escapes \\ and 😀 emoji 🇳🇱 and ፣ and ، ") + arabic;
    // Every shift of the text against the 75-octet grid.
    for (int shift = 0; shift < 4; ++shift) {
        const QString pad(shift, u'x');
        QTest::addRow("arabic+%d", shift) << pad + arabic + arabic;
        QTest::addRow("tigrinya+%d", shift) << pad + tigrinya + tigrinya;
        QTest::addRow("mixed+%d", shift) << pad + mixed + mixed;
        QTest::addRow("lines+%d", shift) << pad + tigrinya + QStringLiteral("\n") + arabic;
    }
}

void TestVCard::foldsMultiByteTextWithoutBreakingCharacters()
{
    QFETCH(QString, text);
    VCardContact contact;
    contact.formattedName = leftWhole(text, 40);
    contact.organisation = leftWhole(text, 50);
    contact.note = text;
    contact.addresses = QStringList { leftWhole(text, 60) };
    contact.language = QStringLiteral("ti");
    const QByteArray card = VCard::write(contact);

    const QList<QByteArray> lines = card.split('\n');
    int continuations = 0;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        QVERIFY2(line.endsWith('\r'), line.constData());
        line.chop(1);
        QVERIFY2(line.size() <= 75,
                 qPrintable(QStringLiteral("%1 octets: %2").arg(line.size()).arg(QString::fromUtf8(line))));
        QVERIFY2(isUtf8(line), qPrintable(QStringLiteral("broken UTF-8 in line %1").arg(i + 1)));
        if (line.startsWith(' ')) {
            ++continuations;
            // A folded line was filled up: the next character would not have fitted.
            const QByteArray previous = lines.at(i - 1).chopped(1);
            QVERIFY2(previous.size() >= 72,
                     qPrintable(QStringLiteral("line %1 is only %2 octets").arg(i).arg(previous.size())));
            // Neither half of an escape pair alone: the previous line does not end in an odd run of '\'.
            qsizetype run = 0;
            while (run < previous.size() && previous.at(previous.size() - 1 - run) == '\\')
                ++run;
            QVERIFY2(run % 2 == 0, previous.constData());
        }
    }
    QVERIFY(continuations >= 3);
    QVERIFY(lines.last().isEmpty());

    QString error;
    const std::optional<VCardContact> back = VCard::parse(card, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->note, text);
    QCOMPARE(back->formattedName, leftWhole(text, 40));
    // ORG and ADR components lose the spaces around them.
    QCOMPARE(back->organisation, leftWhole(text, 50).trimmed());
    QCOMPARE(back->addresses, QStringList { leftWhole(text, 60).trimmed() });
}

void TestVCard::escapesAndReadsBack_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped"); // the NOTE value as written
    QTest::addColumn<QString>("readBack");

    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("a\\,b") << QStringLiteral("a,b");
    QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringLiteral("a\\;b") << QStringLiteral("a;b");
    QTest::newRow("backslash") << QStringLiteral("C:\\dir") << QStringLiteral("C:\\\\dir")
                               << QStringLiteral("C:\\dir");
    QTest::newRow("newline") << QStringLiteral("one\ntwo") << QStringLiteral("one\\ntwo")
                             << QStringLiteral("one\ntwo");
    QTest::newRow("crlf becomes newline")
        << QStringLiteral("one\r\ntwo\rthree") << QStringLiteral("one\\ntwo\\nthree")
        << QStringLiteral("one\ntwo\nthree");
    QTest::newRow("backslash n is not a newline")
        << QStringLiteral("\\n") << QStringLiteral("\\\\n") << QStringLiteral("\\n");
    QTest::newRow("trailing backslash")
        << QStringLiteral("end\\") << QStringLiteral("end\\\\") << QStringLiteral("end\\");
    QTest::newRow("colon is not escaped")
        << QStringLiteral("10:00") << QStringLiteral("10:00") << QStringLiteral("10:00");
    QTest::newRow("all") << QStringLiteral("\\,;\n\\;") << QStringLiteral("\\\\\\,\\;\\n\\\\\\;")
                         << QStringLiteral("\\,;\n\\;");
    QTest::newRow("control characters dropped") << QStringLiteral("a\x01"
                                                                  "b\x7F"
                                                                  "c\td")
                                                << QStringLiteral("abc\td") << QStringLiteral("abc\td");
}

void TestVCard::escapesAndReadsBack()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QFETCH(QString, readBack);
    VCardContact contact;
    contact.formattedName = text;
    contact.note = text;
    const QByteArray card = VCard::write(contact);
    QVERIFY2(unfoldedLines(card).contains(QStringLiteral("NOTE:") + escaped), card.constData());
    QVERIFY2(unfoldedLines(card).contains(QStringLiteral("FN:") + escaped), card.constData());
    QVERIFY2(unfoldedLines(card).contains(QStringLiteral("N:;") + escaped + QStringLiteral(";;;")),
             card.constData());

    QString error;
    const std::optional<VCardContact> back = VCard::parse(card, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->note, readBack);
    QCOMPARE(back->formattedName, readBack);
}

void TestVCard::roundTrips_data()
{
    QTest::addColumn<VCardContact>("contact");

    VCardContact name;
    name.formattedName = QStringLiteral("Only A Name");
    QTest::newRow("only a name") << name;
    QTest::newRow("latin organisation") << [] {
        VCardContact c = latinContact();
        c.phones[1] = QStringLiteral("09008844"); // written without spaces
        return c;
    }();
    QTest::newRow("arabic person") << [] {
        VCardContact c = arabicContact();
        c.phones = QStringList { QStringLiteral("0612345678") }; // written without spaces
        return c;
    }();
    QTest::newRow("tigrinya organisation") << tigrinyaContact();

    VCardContact person;
    person.formattedName = QStringLiteral("Jan de Vries");
    person.organisation = QStringLiteral("Advocatenkantoor De Vries, Utrecht; asiel");
    person.role = QStringLiteral("Advocaat");
    person.phones = QStringList { QStringLiteral("+31302391200"), QStringLiteral("09008844"),
                                  QStringLiteral("112"), QStringLiteral("+31 (0)30 ext. 5") };
    person.whatsapp = QStringList { QStringLiteral("+31612345678"), QStringLiteral("+32470123456") };
    person.emails = QStringList { QStringLiteral("jan@example.org"), QStringLiteral("asiel@example.org") };
    person.urls = QStringList { QStringLiteral("https://www.example.org/a,b;c?x=1&y=2"),
                                QStringLiteral("https://example.org/") };
    person.addresses = QStringList { QStringLiteral("Teststraat 1, 1234 AB Utrecht"),
                                     QStringLiteral("Postbus 2; 1000 AA Amsterdam") };
    person.note = QStringLiteral("First line\n\nSecond paragraph, with; everything \\ in it.\n- item");
    person.language = QStringLiteral("nl-NL");
    person.revised = QDate(2025, 2, 28);
    QTest::newRow("everything twice") << person;

    VCardContact noLanguage = latinContact();
    noLanguage.phones[1] = QStringLiteral("09008844");
    noLanguage.language.clear();
    noLanguage.revised = QDate();
    QTest::newRow("no language, no date") << noLanguage;

    VCardContact longNote = tigrinyaContact();
    longNote.note = QStringLiteral("ሓገዝ ሕጊ፣ ብዘይ ክፍሊት። ").repeated(40) + QStringLiteral("😀");
    QTest::newRow("long tigrinya note") << longNote;
}

void TestVCard::roundTrips()
{
    QFETCH(VCardContact, contact);
    QString error;
    const std::optional<VCardContact> back = VCard::parse(VCard::write(contact), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(describe(*back), describe(contact));
    QVERIFY(*back == contact);
}

void TestVCard::fromDirectoryForTheInd()
{
    // As content/nl/contacts/ind/en.md is imported.
    ContactText ind;
    ind.pack = QStringLiteral("nl");
    ind.id = QStringLiteral("ind");
    ind.name = QStringLiteral("IND (Immigration and Naturalisation Service)");
    ind.services = QStringLiteral("Decides on asylum applications and residence permits.");
    ind.description
        = QStringLiteral("The IND is the government service that decides on your asylum application. "
                         "It also decides on residence permits.\n");
    ind.language = QStringLiteral("en");
    ind.status = QStringLiteral("reviewed");
    ind.verified = QDate(2026, 11, 28);
    ind.regions = QStringList { QStringLiteral("national") };
    ind.sources = QStringList { QStringLiteral("https://ind.nl/") };
    ContactChannel phone;
    phone.kind = QStringLiteral("phone");
    phone.value = QStringLiteral("+31880430430");
    phone.display = QStringLiteral("088 043 0430");
    phone.hours = QStringLiteral("Mo-Fr 09:00-17:00");
    ContactChannel website;
    website.kind = QStringLiteral("website");
    website.value = QStringLiteral("https://ind.nl/");
    website.display = website.value;
    ind.channels = { phone, website };

    const VCardContact card = VCard::fromDirectory(ind);
    QCOMPARE(card.formattedName, ind.name);
    QCOMPARE(card.organisation, ind.name);
    QCOMPARE(card.role, QString());
    QCOMPARE(card.phones, QStringList { QStringLiteral("+31880430430") });
    QCOMPARE(card.urls, QStringList { QStringLiteral("https://ind.nl/") });
    QVERIFY(card.whatsapp.isEmpty() && card.emails.isEmpty() && card.addresses.isEmpty());
    QCOMPARE(card.note,
             QStringLiteral("Decides on asylum applications and residence permits.\n\nThe IND is the "
                            "government service that decides on your asylum application. It also "
                            "decides on residence permits."));
    QCOMPARE(card.language, QStringLiteral("en"));
    QCOMPARE(card.revised, QDate(2026, 11, 28));

    const QStringList expected {
        QStringLiteral("BEGIN:VCARD"),
        QStringLiteral("VERSION:4.0"),
        QStringLiteral("KIND:org"),
        QStringLiteral("FN;LANGUAGE=en:IND (Immigration and Naturalisation Service)"),
        QStringLiteral("X-ABSHOWAS:COMPANY"),
        QStringLiteral("ORG;LANGUAGE=en:IND (Immigration and Naturalisation Service)"),
        QStringLiteral("TEL;VALUE=uri;TYPE=voice:tel:+31880430430"),
        QStringLiteral("URL:https://ind.nl/"),
        QStringLiteral("NOTE;LANGUAGE=en:Decides on asylum applications and residence permits.\\n\\nThe "
                       "IND is the government service that decides on your asylum application. It also "
                       "decides on residence permits."),
        QStringLiteral("REV:20261128T000000Z"),
        QStringLiteral("END:VCARD"),
    };
    const QByteArray written = VCard::write(card);
    QCOMPARE(unfoldedLines(written), expected);
    QVERIFY(VCard::fitsInQrCode(written));
}

void TestVCard::fromDirectoryTurnsMarkdownIntoText()
{
    ContactText contact;
    contact.name = QStringLiteral("Test Helpdesk");
    contact.description
        = QStringLiteral("## When to call\n"
                         "Call us **before** your interview. See [the IND website](https://ind.nl/) or\n"
                         "<https://www.example.org/help> for *more*; a file_name stays.\n"
                         "\n"
                         "- Bring your letter\n"
                         "- Bring your [W-document](article:w-document)\n"
                         "\n"
                         "> A \\*star\\* and `code`.\n");
    const VCardContact card = VCard::fromDirectory(contact);
    QCOMPARE(card.note,
             QStringLiteral("When to call\n\n"
                            "Call us before your interview. See the IND website or "
                            "https://www.example.org/help for more; a file_name stays.\n\n"
                            "- Bring your letter\n- Bring your W-document\n\n"
                            "A *star* and code."));
    QCOMPARE(card.language, QString());
    QVERIFY(!card.revised.isValid());
    QVERIFY(!VCard::write(card).contains("REV:"));
    QVERIFY(!VCard::write(card).contains("LANGUAGE="));
}

void TestVCard::fromDirectoryKeepsServiceAndEmergencyNumbers()
{
    // As content/nl/contacts/police/en.md is imported, with a WhatsApp number, an e-mail address and an
    // address added to see every kind of channel.
    ContactText police;
    police.name = QStringLiteral("Police (Politie)");
    police.services = QStringLiteral("Emergencies: call 112. Not urgent: call 0900 8844.");
    police.language = QStringLiteral("en");
    auto channel = [](const char *kind, const char *value) {
        ContactChannel c;
        c.kind = QString::fromLatin1(kind);
        c.value = QString::fromLatin1(value);
        return c;
    };
    police.channels = { channel("phone", "112"),
                        channel("phone", "09008844"),
                        channel("website", "https://www.politie.nl/"),
                        channel("whatsapp", "+31612345678"),
                        channel("email", "help@example.org"),
                        channel("address", "Teststraat 1, 1234 AB Utrecht"),
                        channel("fax", "+31302391200") };
    const VCardContact card = VCard::fromDirectory(police);
    QCOMPARE(card.phones, (QStringList { QStringLiteral("112"), QStringLiteral("09008844") }));
    QCOMPARE(card.whatsapp, QStringList { QStringLiteral("+31612345678") });
    QCOMPARE(card.emails, QStringList { QStringLiteral("help@example.org") });
    QCOMPARE(card.urls, QStringList { QStringLiteral("https://www.politie.nl/") });
    QCOMPARE(card.addresses, QStringList { QStringLiteral("Teststraat 1, 1234 AB Utrecht") });
    QCOMPARE(card.note, police.services);

    const QStringList lines = unfoldedLines(VCard::write(card));
    QVERIFY(lines.contains(QStringLiteral("TEL;VALUE=uri;TYPE=voice:tel:112")));
    QVERIFY(lines.contains(QStringLiteral("TEL;VALUE=uri;TYPE=voice:tel:09008844")));
    QVERIFY(lines.contains(QStringLiteral("URL:https://wa.me/31612345678")));
    QVERIFY(!lines.join(u'\n').contains(QStringLiteral("+31302391200"))); // an unknown kind is left out
}

void TestVCard::readsCardsOfOtherApps()
{
    // vCard 3.0 as Apple Contacts writes it: groups, parameters without a name, "\:" in URLs, N before FN,
    // ADR with all its parts, a photo; LF line ends and a fold inside an Arabic letter.
    const QByteArray apple = "BEGIN:VCARD\n"
                             "VERSION:3.0\n"
                             "PRODID:-//Apple Inc.//iPhone OS 17.0//EN\n"
                             "N:Yusuf;Amina;;;\n"
                             "FN:Amina \xD9\n"
                             " \x8A\xD9\x88\xD8\xB3\xD9\x81\n"
                             "ORG:Advocatenkantoor;Asiel\n"
                             "TITLE:Advocaat\n"
                             "item1.TEL;type=CELL;type=VOICE;type=pref:+31 6 1234 5678\n"
                             "item1.X-ABLabel:mobiel\n"
                             "TEL;WORK:030-2391200\n"
                             "EMAIL;type=INTERNET;type=WORK:amina@example.org\n"
                             "item2.URL;type=pref:https\\://www.example.org/\n"
                             "IMPP;X-SERVICE-TYPE=WhatsApp:whatsapp:+31612345678\n"
                             "item3.ADR;type=WORK:;;Teststraat 1;Utrecht;;1234 AB;Nederland\n"
                             "NOTE:Spreekuur di\\, do\n"
                             "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD\n"
                             "  /2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwg\n"
                             "REV:2024-03-01T10:00:00Z\n"
                             "END:VCARD\n";
    QString error;
    const std::optional<VCardContact> card = VCard::parse(apple, &error);
    QVERIFY2(card, qPrintable(error));
    QCOMPARE(card->formattedName, QStringLiteral("Amina يوسف"));
    QCOMPARE(card->organisation, QStringLiteral("Advocatenkantoor, Asiel"));
    QCOMPARE(card->role, QStringLiteral("Advocaat"));
    QCOMPARE(card->phones,
             (QStringList { QStringLiteral("+31 6 1234 5678"), QStringLiteral("030-2391200") }));
    QCOMPARE(card->emails, QStringList { QStringLiteral("amina@example.org") });
    QCOMPARE(card->urls, QStringList { QStringLiteral("https://www.example.org/") });
    QCOMPARE(card->whatsapp, QStringList { QStringLiteral("+31612345678") });
    QCOMPARE(card->addresses, QStringList { QStringLiteral("Teststraat 1, Utrecht, 1234 AB, Nederland") });
    QCOMPARE(card->note, QStringLiteral("Spreekuur di, do"));
    QCOMPARE(card->revised, QDate(2024, 3, 1));

    // vCard 4.0 from another app: a BOM, tel: URI with a parameter, a wa.me URL with text, ROLE, a second
    // NOTE, lower-case names.
    const QByteArray other = "\xEF\xBB\xBF"
                             "begin:vcard\r\n"
                             "version:4.0\r\n"
                             "fn;language=fa:Test\r\n"
                             "role:Case worker\r\n"
                             "tel;value=uri;type=\"voice,cell\":tel:+31-30-239-1200;ext=12\r\n"
                             "url:https://wa.me/31612345678?text=hallo\r\n"
                             "note:one\r\n"
                             "note:two\r\n"
                             "rev:20240301\r\n"
                             "end:vcard\r\n"
                             "\r\n";
    const std::optional<VCardContact> second = VCard::parse(other, &error);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(second->formattedName, QStringLiteral("Test"));
    QCOMPARE(second->language, QStringLiteral("fa"));
    QCOMPARE(second->role, QStringLiteral("Case worker"));
    QCOMPARE(second->phones, QStringList { QStringLiteral("+31-30-239-1200") });
    QCOMPARE(second->whatsapp, QStringList { QStringLiteral("+31612345678") });
    QVERIFY(second->urls.isEmpty());
    QCOMPARE(second->note, QStringLiteral("one\n\ntwo"));
    QCOMPARE(second->revised, QDate(2024, 3, 1));
}

void TestVCard::refusesHostileInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error"); // part of the message

    const QByteArray fn = "FN:Test\r\n";
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("only blank lines") << QByteArray("\r\n\r\n") << QStringLiteral("BEGIN:VCARD");
    QTest::newRow("plain text") << QByteArray("hello world\r\n") << QStringLiteral("BEGIN:VCARD");
    QTest::newRow("no BEGIN") << QByteArray("VERSION:4.0\r\nFN:Test\r\nEND:VCARD\r\n")
                              << QStringLiteral("BEGIN:VCARD");
    QTest::newRow("BEGIN of something else")
        << QByteArray("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n") << QStringLiteral("BEGIN:VCARD");
    QTest::newRow("nested BEGIN") << minimalCard(fn + "BEGIN:VCARD\r\nFN:Inner\r\nEND:VCARD\r\n")
                                  << QStringLiteral("Line 4: a contact starts inside another one");
    QTest::newRow("missing END") << QByteArray("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Test\r\n")
                                 << QStringLiteral("cut off");
    QTest::newRow("cut off in a folded line")
        << QByteArray("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Te\r\n st") << QStringLiteral("cut off");
    QTest::newRow("END of something else")
        << minimalCard(fn + "END:VCALENDAR\r\n") << QStringLiteral("does not close");
    QTest::newRow("NUL byte") << minimalCard(QByteArray("FN:Te\0st\r\n", 10)) << QStringLiteral("binary");
    QTest::newRow("PNG image") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << QStringLiteral("binary");
    QTest::newRow("bare CR") << minimalCard("FN:Te\rst\r\n") << QStringLiteral("binary");
    QTest::newRow("not UTF-8") << minimalCard("FN:M\xFCller\r\n")
                               << QStringLiteral("Line 3: the text is not UTF-8");
    QTest::newRow("truncated UTF-8") << minimalCard("FN:\xD9\r\n") << QStringLiteral("not UTF-8");
    QTest::newRow("mid-escape at the end of a value")
        << minimalCard("FN:Test\\\r\n")
        << QStringLiteral("Line 3: the value ends in the middle "
                          "of an escape");
    QTest::newRow("mid-escape in ADR") << minimalCard(fn + "ADR:;;Street\\") << QStringLiteral("cut off");
    QTest::newRow("mid-escape in a component")
        << minimalCard(fn + "ADR:;;Street\\\r\n") << QStringLiteral("Line 4: the value ends in the middle");
    QTest::newRow("huge line") << minimalCard("FN:Test\r\nNOTE:" + QByteArray(40 * 1024, 'a') + "\r\n")
                               << QStringLiteral("Line 4: the line is longer than 32 KiB");
    QTest::newRow("huge folded line") << minimalCard(
        fn + "NOTE:" + QByteArray(40 * 1024, 'a').replace(QByteArray(70, 'a'), QByteArray(70, 'a') + "\r\n ")
        + "\r\n") << QStringLiteral("Line 4: the line is longer than 32 KiB");
    QTest::newRow("larger than a megabyte")
        << minimalCard(fn + "PHOTO:" + QByteArray(VCard::MaxBytes, 'A') + "\r\n")
        << QStringLiteral("larger than");
    QTest::newRow("too many lines") << minimalCard(fn + QByteArray("\r\n").repeated(VCard::MaxPhysicalLines))
                                    << QStringLiteral("more than 20000 lines");
    QTest::newRow("too many properties")
        << minimalCard(fn + QByteArray("TEL:112\r\n").repeated(VCard::MaxProperties))
        << QStringLiteral("more than 500 lines of details");
    QTest::newRow("vCard 2.1") << QByteArray("BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Test\r\nEND:VCARD\r\n")
                               << QStringLiteral("vCard 2.1");
    QTest::newRow("quoted-printable")
        << QByteArray("BEGIN:VCARD\r\nVERSION:3.0\r\nFN;ENCODING=QUOTED-PRINTABLE:"
                      "=C3=BC\r\nEND:VCARD\r\n")
        << QStringLiteral("quoted-printable");
    QTest::newRow("unknown version") << QByteArray("BEGIN:VCARD\r\nVERSION:5.0\r\nFN:Test\r\nEND:VCARD\r\n")
                                     << QStringLiteral("'5.0' is not supported");
    QTest::newRow("no VERSION") << QByteArray("BEGIN:VCARD\r\nFN:Test\r\nEND:VCARD\r\n")
                                << QStringLiteral("no VERSION");
    QTest::newRow("no FN") << minimalCard("N:Yusuf;Amina;;;\r\nTEL:112\r\n")
                           << QStringLiteral("no name (FN)");
    QTest::newRow("empty FN") << minimalCard("FN:\r\nORG:Test\r\n") << QStringLiteral("no name (FN)");
    QTest::newRow("two contacts") << minimalCard(fn) + minimalCard("FN:Other\r\n")
                                  << QStringLiteral("Line 5: a second contact starts here");
    QTest::newRow("text after END") << minimalCard(fn) + "FN:Other\r\n"
                                    << QStringLiteral("Line 5: there is text after END:VCARD");
    QTest::newRow("line without colon")
        << minimalCard(fn + "TEL\r\n") << QStringLiteral("Line 4: there is no ':'");
    QTest::newRow("unknown line without colon")
        << minimalCard(fn + "garbage here\r\n") << QStringLiteral("Line 4: there is no ':'");
    QTest::newRow("bad property name") << minimalCard(fn + "TEL<script>:112\r\n")
                                       << QStringLiteral("Line 4: 'TEL<script>' is not a property name");
    QTest::newRow("unbalanced quote")
        << minimalCard(fn + "TEL;TYPE=\"voice:tel:112\r\n") << QStringLiteral("Line 4: there is no ':'");
}

void TestVCard::refusesHostileInput()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, error);
    QString message = QStringLiteral("untouched");
    const std::optional<VCardContact> card = VCard::parse(data, &message);
    QVERIFY2(!card, qPrintable(describe(card.value_or(VCardContact {}))));
    QVERIFY2(message.contains(error), qPrintable(message));
    // Without an error pointer it fails the same way and does not crash.
    QVERIFY(!VCard::parse(data, nullptr));
}

void TestVCard::skipsALargePhoto()
{
    // A photo of 300 KiB on one unfolded line is longer than any kept property may be, but it is skipped.
    const QByteArray card = minimalCard("FN:Test\r\nPHOTO;ENCODING=b;TYPE=JPEG:" + QByteArray(300 * 1024, 'A')
                                        + "\r\nTEL:112\r\n");
    QString error;
    const std::optional<VCardContact> parsed = VCard::parse(card, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->phones, QStringList { QStringLiteral("112") });
}

void TestVCard::qrCodeCapacity()
{
    QVERIFY(VCard::fitsInQrCode(QByteArray(2953, 'x')));
    QVERIFY(!VCard::fitsInQrCode(QByteArray(2954, 'x')));
    QVERIFY(VCard::fitsInQrCode(VCard::write(latinContact())));
    VCardContact big = latinContact();
    big.note = QStringLiteral("ሓገዝ ሕጊ፣ ብዘይ ክፍሊት። ").repeated(100); // 3 octets a letter
    QVERIFY(!VCard::fitsInQrCode(VCard::write(big)));
}

void TestVCard::compactDropsNoteThenSecondaryFields()
{
    // A card that fits stays as it is.
    QVERIFY(VCard::compact(latinContact()) == latinContact());

    // Too large only because of its note: the note goes, everything else stays.
    VCardContact longNote = latinContact();
    longNote.note = QStringLiteral("ሓገዝ ሕጊ፣ ብዘይ ክፍሊት። ").repeated(100);
    QVERIFY(!VCard::fitsInQrCode(VCard::write(longNote)));
    VCardContact compacted = VCard::compact(longNote);
    QVERIFY(VCard::fitsInQrCode(VCard::write(compacted)));
    VCardContact expected = latinContact();
    expected.note.clear();
    QCOMPARE(describe(compacted), describe(expected));

    // Too large with its many addresses: only the first of each kind stays.
    VCardContact many = longNote;
    for (int i = 0; i < 40; ++i) {
        many.phones.append(QStringLiteral("+3130239%1").arg(1000 + i));
        many.emails.append(QStringLiteral("desk%1@example.org").arg(i));
        many.addresses.append(QStringLiteral("Teststraat %1, 1234 AB Utrecht").arg(i + 2));
    }
    compacted = VCard::compact(many);
    const QByteArray written = VCard::write(compacted);
    QVERIFY2(VCard::fitsInQrCode(written), qPrintable(QString::number(written.size())));
    QCOMPARE(compacted.note, QString());
    QCOMPARE(compacted.phones, QStringList { QStringLiteral("+31302391200") });
    QCOMPARE(compacted.emails, QStringList { QStringLiteral("info@example.org") });
    QCOMPARE(compacted.addresses, QStringList { QStringLiteral("Teststraat 1, 1234 AB Utrecht") });
    QCOMPARE(compacted.formattedName, many.formattedName);
    QCOMPARE(compacted.revised, many.revised);

    // A name too long for any QR code cannot be made to fit: the caller sees it in fitsInQrCode().
    VCardContact huge;
    huge.formattedName = QString(3000, u'x');
    huge.note = QStringLiteral("note");
    QVERIFY(!VCard::fitsInQrCode(VCard::write(VCard::compact(huge))));
}

QTEST_GUILESS_MAIN(TestVCard)
#include "tst_vcard.moc"
