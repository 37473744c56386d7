#include "VCard.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QMultiHash>
#include <QRegularExpression>
#include <QStringDecoder>

namespace rc::contacts {

namespace {

constexpr qsizetype FoldOctets = 75; // RFC 6350 3.2: lines SHOULD NOT be longer than 75 octets

bool isLanguageTag(const QString &tag)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"));
    return re.match(tag).hasMatch();
}

// ---- Markdown to plain text (for NOTE) ----

// One line of Markdown without its inline markup: links keep their text, autolinks their address
// (a phone shows the note as plain text, where "<https://...>" would only be noise).
QString inlineText(const QString &line)
{
    static const QRegularExpression link(QStringLiteral(R"(!?\[([^\]]*)\]\([^)]*\))"));
    static const QRegularExpression autoLink(QStringLiteral(R"(<([A-Za-z][A-Za-z0-9+.\-]{1,31}:[^>\s]*)>)"));
    static const QRegularExpression strong(QStringLiteral(R"(\*\*|__|`)"));
    // A single * or _ that opens or closes emphasis; one inside a word (snake_case, 2*3) stays.
    static const QRegularExpression emphasis(QStringLiteral(R"((?<![\w*])[*_](?=\S)|(?<=\S)[*_](?![\w*]))"));
    // A backslash-escaped punctuation character ("\\*") is text, not markup: it stands in as a character
    // of the private use area while the markup goes, and comes back without its backslash.
    constexpr char16_t Shelter = 0xE000;
    QString sheltered;
    sheltered.reserve(line.size());
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        const QChar next = i + 1 < line.size() ? line.at(i + 1) : QChar();
        if (c == u'\\' && next.unicode() > 0 && next.unicode() < 0x80
            && QByteArrayView("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~").contains(char(next.unicode()))) {
            sheltered += QChar(char16_t(Shelter + next.unicode()));
            ++i;
        } else {
            sheltered += c;
        }
    }
    sheltered.replace(link, QStringLiteral("\\1"));
    sheltered.replace(autoLink, QStringLiteral("\\1"));
    sheltered.replace(strong, QString());
    sheltered.replace(emphasis, QString());
    for (QChar &c : sheltered) {
        if (c.unicode() >= Shelter && c.unicode() < Shelter + 0x80)
            c = QChar(char16_t(c.unicode() - Shelter));
    }
    return sheltered;
}

// Markdown as the text of a NOTE: paragraphs separated by an empty line, list items on lines of their own,
// headings as lines, no markup.
QString markdownText(const QString &markdown)
{
    static const QRegularExpression heading(QStringLiteral(R"(^\s{0,3}#{1,6}\s+)"));
    static const QRegularExpression quote(QStringLiteral(R"(^\s{0,3}>\s?)"));
    static const QRegularExpression listItem(QStringLiteral(R"(^\s*([-*+]|\d{1,9}[.)])\s+)"));
    QStringList paragraphs;
    QString current;
    auto flush = [&] {
        if (!current.isEmpty())
            paragraphs.append(current);
        current.clear();
    };
    for (QString line : markdown.split(QLatin1Char('\n'))) {
        line.remove(QLatin1Char('\r'));
        line.remove(quote);
        if (line.trimmed().isEmpty()) {
            flush();
            continue;
        }
        if (heading.match(line).hasMatch()) {
            flush();
            line.remove(heading);
            paragraphs.append(inlineText(line).simplified());
            continue;
        }
        const QRegularExpressionMatch item = listItem.match(line);
        QString text = inlineText(line).simplified();
        if (item.hasMatch()) {
            // "- item" stays a list on a phone: a new line with a dash, or the item's number.
            const QString marker = item.captured(1);
            text = inlineText(line.mid(item.capturedLength())).simplified();
            text = (marker.front().isDigit() ? marker : QStringLiteral("-")) + QLatin1Char(' ') + text;
            current += current.isEmpty() ? text : QLatin1Char('\n') + text;
        } else {
            current += current.isEmpty() ? text : QLatin1Char(' ') + text;
        }
    }
    flush();
    return paragraphs.join(QStringLiteral("\n\n"));
}

// ---- Writing ----

// A text value escaped per RFC 6350 3.4. Line breaks of any kind become \n; other control characters,
// which no contacts app shows and which parse() refuses, are left out.
QByteArray escapeText(const QString &text)
{
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalised.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QString out;
    out.reserve(normalised.size() + 8);
    for (const QChar c : std::as_const(normalised)) {
        switch (c.unicode()) {
        case u'\\':
            out += QStringLiteral("\\\\");
            break;
        case u',':
            out += QStringLiteral("\\,");
            break;
        case u';':
            out += QStringLiteral("\\;");
            break;
        case u'\n':
            out += QStringLiteral("\\n");
            break;
        default:
            if ((c.unicode() < 0x20 && c != u'\t') || c.unicode() == 0x7F)
                break;
            out += c;
        }
    }
    return out.toUtf8();
}

// A URI value is not escaped (RFC 6350 3.4 is about text); bytes that cannot stand in a content line or
// that parse() would read as an escape are percent-encoded instead.
QByteArray uriValue(const QString &uri)
{
    QByteArray out;
    for (const char ch : uri.toUtf8()) {
        const auto b = static_cast<unsigned char>(ch);
        if (b <= 0x20 || b >= 0x7F || b == '\\' || b == '"')
            out += '%' + QByteArray::number(b, 16).toUpper().rightJustified(2, '0');
        else
            out += ch;
    }
    return out;
}

// The length of the unit that starts at `i`: an escape pair or one whole UTF-8 sequence. A fold never
// splits a unit: a broken UTF-8 sequence on a line of its own is what naive readers choke on, and some
// readers unescape line by line.
qsizetype unitLength(const QByteArray &line, qsizetype i)
{
    const auto b = static_cast<unsigned char>(line.at(i));
    qsizetype length = 1;
    if (b == '\\')
        length = 2;
    else if ((b & 0xE0) == 0xC0)
        length = 2;
    else if ((b & 0xF0) == 0xE0)
        length = 3;
    else if ((b & 0xF8) == 0xF0)
        length = 4;
    return std::min(length, line.size() - i);
}

// RFC 6350 3.2: a line longer than 75 octets continues on lines that start with one space.
QByteArray fold(const QByteArray &line)
{
    QByteArray out;
    qsizetype lineOctets = 0;
    for (qsizetype i = 0; i < line.size();) {
        const qsizetype length = unitLength(line, i);
        if (lineOctets + length > FoldOctets) {
            out += "\r\n ";
            lineOctets = 1;
        }
        out += line.mid(i, length);
        lineOctets += length;
        i += length;
    }
    out += "\r\n";
    return out;
}

// A tel: URI for a number as the directory or a person wrote it, without spaces; empty when the text is
// not a number a tel: URI can hold (letters, "ext."), which is then written as text.
QString telUri(const QString &phone)
{
    static const QRegularExpression number(QStringLiteral(R"(^\+?[0-9().\-]*[0-9][0-9().\-]*$)"));
    QString compact = phone;
    compact.remove(QRegularExpression(QStringLiteral(R"(\s)")));
    if (!number.match(compact).hasMatch())
        return {};
    return QStringLiteral("tel:") + compact;
}

QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9')
            digits += c;
    }
    return digits;
}

// ---- Parsing ----

struct Property
{
    QString name; // upper case, without group
    QMultiHash<QString, QString> params; // upper-case name -> value; vCard 3.0 "TEL;CELL" is TYPE=CELL
    QString rawValue; // still escaped
    int line = 0;
};

QString lineError(int line, const QString &message)
{
    return QCoreApplication::translate("rc::contacts::VCard", "Line %1: %2").arg(line).arg(message);
}

// Splits "name;params:value" at the first colon outside double quotes.
std::optional<Property> splitProperty(const QString &text, int line, QString *error)
{
    qsizetype colon = -1;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'"')
            quoted = !quoted;
        else if (text.at(i) == u':' && !quoted) {
            colon = i;
            break;
        }
    }
    if (colon < 0) {
        *error = lineError(line,
                           QCoreApplication::translate(
                               "rc::contacts::VCard",
                               "there is no ':' between the property and its value. The file is not a "
                               "vCard or is damaged."));
        return std::nullopt;
    }
    // Parameters, split at semicolons outside quotes.
    QStringList parts;
    QString part;
    quoted = false;
    for (qsizetype i = 0; i < colon; ++i) {
        const QChar c = text.at(i);
        if (c == u'"')
            quoted = !quoted;
        if (c == u';' && !quoted) {
            parts.append(part);
            part.clear();
        } else {
            part += c;
        }
    }
    parts.append(part);

    static const QRegularExpression name(QStringLiteral("^(?:[A-Za-z0-9-]+\\.)?([A-Za-z0-9-]+)$"));
    const QRegularExpressionMatch match = name.match(parts.first());
    if (!match.hasMatch()) {
        *error = lineError(
            line,
            QCoreApplication::translate("rc::contacts::VCard",
                                        "'%1' is not a property name. The file is not a vCard or is damaged.")
                .arg(parts.first().left(40)));
        return std::nullopt;
    }
    Property property;
    property.name = match.captured(1).toUpper();
    property.line = line;
    property.rawValue = text.mid(colon + 1);
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString &param = parts.at(i);
        const qsizetype equals = param.indexOf(QLatin1Char('='));
        QString key = equals < 0 ? QStringLiteral("TYPE") : param.left(equals).trimmed().toUpper();
        QString value = equals < 0 ? param : param.mid(equals + 1);
        value.remove(QLatin1Char('"'));
        property.params.insert(key, value.trimmed());
    }
    return property;
}

// A text value unescaped per RFC 6350 3.4, plus "\:" that vCard 3.0 writers put in URLs. An unknown escape
// keeps its backslash (a Windows path in a note). A value that ends in a lone backslash was cut off.
std::optional<QString> unescape(const QString &value, int line, QString *error)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c != u'\\') {
            out += c;
            continue;
        }
        if (i + 1 >= value.size()) {
            *error = lineError(line,
                               QCoreApplication::translate(
                                   "rc::contacts::VCard",
                                   "the value ends in the middle of an escape ('\\'). The file is cut "
                                   "off or damaged."));
            return std::nullopt;
        }
        const QChar next = value.at(++i);
        if (next == u'n' || next == u'N')
            out += QLatin1Char('\n');
        else if (next == u'\\' || next == u',' || next == u';' || next == u':')
            out += next;
        else
            out += QLatin1Char('\\') + next;
    }
    return out;
}

// The components of a structured value (N, ORG, ADR), split at unescaped semicolons, still escaped.
QStringList components(const QString &value)
{
    QStringList parts;
    QString part;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\\' && i + 1 < value.size()) {
            part += c;
            part += value.at(++i);
        } else if (c == u';') {
            parts.append(part);
            part.clear();
        } else {
            part += c;
        }
    }
    parts.append(part);
    return parts;
}

// The non-empty components of a structured value, unescaped and joined with ", ".
std::optional<QString> joinedComponents(const QString &value, int line, QString *error)
{
    QStringList parts;
    for (const QString &component : components(value)) {
        const std::optional<QString> text = unescape(component, line, error);
        if (!text)
            return std::nullopt;
        if (!text->trimmed().isEmpty())
            parts.append(text->trimmed());
    }
    return parts.join(QStringLiteral(", "));
}

// "+31612345678" for a wa.me link or a whatsapp: IMPP value; empty for anything else.
QString whatsappNumber(const QString &value)
{
    static const QRegularExpression waMe(
        QStringLiteral(R"(^https?://(?:api\.)?wa\.me/\+?([0-9]{6,15})/?(?:\?.*)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression impp(QStringLiteral(R"(^whatsapp:(?://send\?phone=)?\+?([0-9]{6,15})$)"),
                                         QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatch match = waMe.match(value);
    if (!match.hasMatch())
        match = impp.match(value);
    return match.hasMatch() ? QLatin1Char('+') + match.captured(1) : QString();
}

QDate revisionDate(const QString &value)
{
    // 4.0 writes 20261128T000000Z, 3.0 writers also 2026-11-28T10:00:00Z or a bare date.
    QString date = value.trimmed().section(QLatin1Char('T'), 0, 0);
    date.remove(QLatin1Char('-'));
    if (date.size() != 8)
        return {};
    return QDate::fromString(date, QStringLiteral("yyyyMMdd"));
}

bool isKept(const QString &name)
{
    static const QStringList kept {
        QStringLiteral("BEGIN"), QStringLiteral("END"),   QStringLiteral("VERSION"), QStringLiteral("FN"),
        QStringLiteral("ORG"),   QStringLiteral("TITLE"), QStringLiteral("ROLE"),    QStringLiteral("NOTE"),
        QStringLiteral("TEL"),   QStringLiteral("EMAIL"), QStringLiteral("URL"),     QStringLiteral("ADR"),
        QStringLiteral("IMPP"),  QStringLiteral("REV")
    };
    return kept.contains(name);
}

// The name of a property with its group, as written: what a line holds before its first ':' or ';'.
QByteArray rawNameOf(const QByteArray &line)
{
    qsizetype end = 0;
    while (end < line.size() && line.at(end) != ':' && line.at(end) != ';')
        ++end;
    return line.left(end);
}

QString propertyNameOf(const QByteArray &line)
{
    QString name = QString::fromLatin1(rawNameOf(line).left(64)).toUpper();
    // "ITEM1.TEL" is TEL in group ITEM1; a name with more dots keeps them, which no property name has.
    const qsizetype dot = name.indexOf(QLatin1Char('.'));
    return dot < 0 ? name : name.mid(dot + 1);
}

} // namespace

VCardContact VCard::fromDirectory(const content::ContactText &contact)
{
    VCardContact card;
    card.formattedName = contact.name;
    card.organisation = contact.name;
    QStringList note;
    if (!contact.services.trimmed().isEmpty())
        note.append(contact.services.trimmed());
    const QString description = markdownText(contact.description);
    if (!description.isEmpty())
        note.append(description);
    card.note = note.join(QStringLiteral("\n\n"));
    for (const content::ContactChannel &channel : contact.channels) {
        if (channel.value.isEmpty())
            continue;
        if (channel.kind == QLatin1String("phone"))
            card.phones.append(channel.value);
        else if (channel.kind == QLatin1String("whatsapp"))
            card.whatsapp.append(channel.value);
        else if (channel.kind == QLatin1String("email"))
            card.emails.append(channel.value);
        else if (channel.kind == QLatin1String("website"))
            card.urls.append(channel.value);
        else if (channel.kind == QLatin1String("address"))
            card.addresses.append(channel.value);
    }
    card.language = contact.language;
    card.revised = contact.verified;
    return card;
}

QByteArray VCard::write(const VCardContact &contact)
{
    // LANGUAGE (RFC 6350 5.1) on the properties whose text is in that language, so a reader can pick the
    // right font and direction. LANG (6.4.4) is not used: it says which languages the contact speaks.
    const QByteArray language
        = isLanguageTag(contact.language) ? ";LANGUAGE=" + contact.language.toLatin1() : QByteArray();
    const bool organisationCard
        = !contact.organisation.isEmpty() && contact.organisation == contact.formattedName;

    QByteArray out = "BEGIN:VCARD\r\nVERSION:4.0\r\n";
    if (organisationCard)
        out += "KIND:org\r\n";
    out += fold("FN" + language + ':' + escapeText(contact.formattedName));
    if (organisationCard) {
        // Apple Contacts does not read KIND and would file the card as a person with no name.
        out += "X-ABSHOWAS:COMPANY\r\n";
    } else if (!contact.formattedName.isEmpty()) {
        // Phone contacts apps build the shown and sorted name from N, not FN. Which part of a name is the
        // family name differs between cultures and cannot be guessed, so the whole name is the given name:
        // the phone shows it exactly as written.
        out += fold("N:;" + escapeText(contact.formattedName) + ";;;");
    }
    if (!contact.organisation.isEmpty())
        out += fold("ORG" + language + ':' + escapeText(contact.organisation));
    // The role ("lawyer", "case worker") as TITLE, not ROLE: iOS and Android contacts show TITLE as the job
    // title and drop ROLE on import.
    if (!contact.role.isEmpty())
        out += fold("TITLE" + language + ':' + escapeText(contact.role));
    for (const QString &phone : contact.phones) {
        if (phone.trimmed().isEmpty())
            continue;
        const QString uri = telUri(phone);
        if (uri.isEmpty())
            out += fold("TEL;TYPE=voice:" + escapeText(phone.trimmed()));
        else
            out += fold("TEL;VALUE=uri;TYPE=voice:" + uri.toLatin1());
    }
    for (const QString &email : contact.emails) {
        if (!email.trimmed().isEmpty())
            out += fold("EMAIL:" + escapeText(email.trimmed()));
    }
    for (const QString &url : contact.urls) {
        if (!url.trimmed().isEmpty())
            out += fold("URL:" + uriValue(url.trimmed()));
    }
    // WhatsApp as a URL https://wa.me/<digits> and not as IMPP: "whatsapp:" is no registered URI scheme and
    // the contacts importers of Android and iOS drop IMPP entries of protocols they do not know, while every
    // contacts app keeps a URL and shows it as a link. wa.me opens the chat in WhatsApp, or a page that
    // says how to get it.
    for (const QString &number : contact.whatsapp) {
        const QString digits = digitsOf(number);
        if (!digits.isEmpty())
            out += fold("URL:https://wa.me/" + digits.toLatin1());
    }
    // The one-line address in the street component of ADR: the contacts apps of iOS and Android import ADR
    // by its components and ignore the LABEL parameter, so the street component is what shows the whole
    // line (and what a tap hands to the maps app). Splitting the line into city and postcode would be a
    // guess.
    for (const QString &address : contact.addresses) {
        if (!address.trimmed().isEmpty())
            out += fold("ADR" + language + ":;;" + escapeText(address.trimmed()) + ";;;;");
    }
    if (!contact.note.isEmpty())
        out += fold("NOTE" + language + ':' + escapeText(contact.note));
    if (contact.revised.isValid())
        out += "REV:" + contact.revised.toString(QStringLiteral("yyyyMMdd")).toLatin1() + "T000000Z\r\n";
    out += "END:VCARD\r\n";
    return out;
}

bool VCard::fitsInQrCode(const QByteArray &card)
{
    return card.size() <= QrCodeCapacity;
}

VCardContact VCard::compact(const VCardContact &contact)
{
    if (fitsInQrCode(write(contact)))
        return contact;
    VCardContact card = contact;
    card.note.clear();
    if (fitsInQrCode(write(card)))
        return card;
    for (QStringList *list : { &card.phones, &card.whatsapp, &card.emails, &card.urls, &card.addresses }) {
        if (list->size() > 1)
            *list = list->mid(0, 1);
    }
    if (fitsInQrCode(write(card)))
        return card;
    card.role.clear();
    card.addresses.clear();
    card.urls.clear();
    return card;
}

std::optional<VCardContact> VCard::parse(const QByteArray &data, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    auto fail = [&](const QString &text) -> std::optional<VCardContact> {
        message = text;
        return std::nullopt;
    };

    if (data.isEmpty())
        return fail(QCoreApplication::translate("rc::contacts::VCard", "The file is empty."));
    if (data.size() > MaxBytes)
        return fail(QCoreApplication::translate(
                        "rc::contacts::VCard",
                        "The file is larger than %1 KiB; a contact card is much smaller. It is not a single "
                        "contact.")
                        .arg(MaxBytes / 1024));

    const QByteArray bom = "\xEF\xBB\xBF";
    const QByteArray text = data.startsWith(bom) ? data.mid(bom.size()) : data;

    // Physical lines, with LF or CRLF ends. Bytes that no text has mean it is not a vCard at all.
    QList<QByteArray> physical;
    {
        qsizetype start = 0;
        for (qsizetype i = 0; i <= text.size(); ++i) {
            if (i < text.size()) {
                const auto b = static_cast<unsigned char>(text.at(i));
                if (b != '\n') {
                    const bool crBeforeLf = b == '\r' && i + 1 < text.size() && text.at(i + 1) == '\n';
                    if ((b < 0x20 && b != '\t' && !crBeforeLf) || b == 0x7F)
                        return fail(
                            QCoreApplication::translate(
                                "rc::contacts::VCard",
                                "The file holds binary data (byte %1 at offset %2); it is not a vCard.")
                                .arg(b)
                                .arg(i));
                    continue;
                }
            }
            QByteArray line = text.mid(start, i - start);
            if (line.endsWith('\r'))
                line.chop(1);
            physical.append(line);
            start = i + 1;
            if (physical.size() > MaxPhysicalLines)
                return fail(
                    QCoreApplication::translate(
                        "rc::contacts::VCard", "The file has more than %1 lines; it is not a single contact.")
                        .arg(MaxPhysicalLines));
        }
    }

    // Unfold (RFC 6350 3.2): a line that starts with a space or a tab continues the one before.
    struct Logical
    {
        QByteArray bytes;
        int line = 0;
    };
    QList<Logical> logical;
    for (qsizetype i = 0; i < physical.size(); ++i) {
        const QByteArray &line = physical.at(i);
        if ((line.startsWith(' ') || line.startsWith('\t')) && !logical.isEmpty())
            logical.last().bytes += line.mid(1);
        else
            logical.append({ line, int(i + 1) });
    }

    VCardContact card;
    enum class State
    {
        Before,
        Inside,
        After
    };
    State state = State::Before;
    QString version;
    bool haveName = false;
    bool haveOrganisation = false;
    bool haveRole = false;
    int properties = 0;
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);

    for (const Logical &entry : std::as_const(logical)) {
        if (entry.bytes.trimmed().isEmpty())
            continue;
        const QString name = propertyNameOf(entry.bytes);
        if (state == State::After) {
            if (name == QLatin1String("BEGIN"))
                return fail(lineError(
                    entry.line,
                    QCoreApplication::translate("rc::contacts::VCard",
                                                "a second contact starts here. Import one contact per "
                                                "file.")));
            return fail(
                lineError(entry.line,
                          QCoreApplication::translate(
                              "rc::contacts::VCard", "there is text after END:VCARD. The file is damaged.")));
        }
        if (state == State::Before && name != QLatin1String("BEGIN"))
            return fail(QCoreApplication::translate(
                "rc::contacts::VCard", "The file does not start with BEGIN:VCARD; it is not a vCard."));
        if (entry.bytes.size() > MaxKeptLineBytes && isKept(name))
            return fail(lineError(
                entry.line,
                QCoreApplication::translate("rc::contacts::VCard",
                                            "the line is longer than %1 KiB; no contact detail is that "
                                            "long. The file is damaged or not a contact.")
                    .arg(MaxKeptLineBytes / 1024)));
        if (++properties > MaxProperties)
            return fail(QCoreApplication::translate(
                            "rc::contacts::VCard",
                            "The contact has more than %1 lines of details; it is not a single contact.")
                            .arg(MaxProperties));
        if (!isKept(name)) {
            // PHOTO, BDAY, X-...: skipped without decoding their bytes, but a line without a colon or with
            // a name that no property has is not a vCard line at all.
            if (!entry.bytes.contains(':'))
                return fail(lineError(
                    entry.line,
                    QCoreApplication::translate("rc::contacts::VCard",
                                                "there is no ':' between the property and its value. The "
                                                "file is not a vCard or is damaged.")));
            static const QRegularExpression propertyName(QStringLiteral("^[A-Z0-9-]+$"));
            if (!propertyName.match(name).hasMatch())
                return fail(
                    lineError(entry.line,
                              QCoreApplication::translate("rc::contacts::VCard",
                                                          "'%1' is not a property name. The file is not a "
                                                          "vCard or is damaged.")
                                  .arg(QString::fromUtf8(rawNameOf(entry.bytes).left(40)))));
            continue;
        }

        const QString line = decoder.decode(entry.bytes);
        if (decoder.hasError()) {
            decoder.resetState();
            return fail(lineError(
                entry.line,
                QCoreApplication::translate("rc::contacts::VCard",
                                            "the text is not UTF-8. Export the contact as vCard 3.0 or "
                                            "4.0, which are UTF-8.")));
        }
        const std::optional<Property> property = splitProperty(line, entry.line, &message);
        if (!property)
            return std::nullopt;
        const QString &value = property->rawValue;

        if (state == State::Before) {
            if (property->name != QLatin1String("BEGIN")
                || value.trimmed().compare(QLatin1String("VCARD"), Qt::CaseInsensitive) != 0)
                return fail(QCoreApplication::translate(
                    "rc::contacts::VCard", "The file does not start with BEGIN:VCARD; it is not a vCard."));
            state = State::Inside;
            continue;
        }
        if (property->name == QLatin1String("BEGIN"))
            return fail(lineError(
                entry.line,
                QCoreApplication::translate("rc::contacts::VCard",
                                            "a contact starts inside another one (BEGIN without END). "
                                            "The file is damaged.")));
        if (property->name == QLatin1String("END")) {
            if (value.trimmed().compare(QLatin1String("VCARD"), Qt::CaseInsensitive) != 0)
                return fail(lineError(
                    entry.line,
                    QCoreApplication::translate("rc::contacts::VCard", "END:%1 does not close the contact.")
                        .arg(value.left(20))));
            state = State::After;
            continue;
        }
        if (property->name == QLatin1String("VERSION")) {
            version = value.trimmed();
            if (version == QLatin1String("2.1"))
                return fail(QCoreApplication::translate(
                    "rc::contacts::VCard",
                    "This is a vCard 2.1 file, which is not supported. Export the contact as "
                    "vCard 3.0 or 4.0."));
            if (version != QLatin1String("3.0") && version != QLatin1String("4.0"))
                return fail(lineError(
                    entry.line,
                    QCoreApplication::translate("rc::contacts::VCard",
                                                "vCard version '%1' is not supported; 3.0 and 4.0 are.")
                        .arg(version.left(20))));
            continue;
        }
        const QString encoding = property->params.value(QStringLiteral("ENCODING")).toUpper();
        if (encoding == QLatin1String("QUOTED-PRINTABLE"))
            return fail(lineError(
                entry.line,
                QCoreApplication::translate("rc::contacts::VCard",
                                            "the value is quoted-printable (vCard 2.1), which is not "
                                            "supported. Export the contact as vCard 3.0 or 4.0.")));

        const bool isText = property->name == QLatin1String("FN") || property->name == QLatin1String("ORG")
            || property->name == QLatin1String("TITLE") || property->name == QLatin1String("ROLE")
            || property->name == QLatin1String("ADR") || property->name == QLatin1String("NOTE");
        if (isText && card.language.isEmpty()) {
            const QString tag = property->params.value(QStringLiteral("LANGUAGE"));
            if (isLanguageTag(tag))
                card.language = tag;
        }

        if (property->name == QLatin1String("FN")) {
            const std::optional<QString> fn = unescape(value, entry.line, &message);
            if (!fn)
                return std::nullopt;
            if (!haveName && !fn->trimmed().isEmpty()) {
                card.formattedName = *fn;
                haveName = true;
            }
        } else if (property->name == QLatin1String("ORG")) {
            const std::optional<QString> org = joinedComponents(value, entry.line, &message);
            if (!org)
                return std::nullopt;
            if (!haveOrganisation && !org->isEmpty()) {
                card.organisation = *org;
                haveOrganisation = true;
            }
        } else if (property->name == QLatin1String("TITLE") || property->name == QLatin1String("ROLE")) {
            const std::optional<QString> role = unescape(value, entry.line, &message);
            if (!role)
                return std::nullopt;
            if (!haveRole && !role->trimmed().isEmpty()) {
                card.role = *role;
                haveRole = true;
            }
        } else if (property->name == QLatin1String("NOTE")) {
            const std::optional<QString> note = unescape(value, entry.line, &message);
            if (!note)
                return std::nullopt;
            if (!note->isEmpty())
                card.note += card.note.isEmpty() ? *note : QStringLiteral("\n\n") + *note;
        } else if (property->name == QLatin1String("TEL")) {
            QString phone;
            if (value.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive)) {
                // tel:+31880430430;ext=12: the number, without URI parameters.
                phone = QString::fromUtf8(
                    QByteArray::fromPercentEncoding(value.mid(4).section(QLatin1Char(';'), 0, 0).toUtf8()));
            } else {
                const std::optional<QString> written = unescape(value, entry.line, &message);
                if (!written)
                    return std::nullopt;
                phone = written->trimmed();
            }
            if (!phone.isEmpty())
                card.phones.append(phone);
        } else if (property->name == QLatin1String("EMAIL")) {
            const std::optional<QString> email = unescape(value, entry.line, &message);
            if (!email)
                return std::nullopt;
            if (!email->trimmed().isEmpty())
                card.emails.append(email->trimmed());
        } else if (property->name == QLatin1String("URL") || property->name == QLatin1String("IMPP")) {
            const std::optional<QString> uri = unescape(value, entry.line, &message);
            if (!uri)
                return std::nullopt;
            const QString trimmed = uri->trimmed();
            const QString whatsapp = whatsappNumber(trimmed);
            if (!whatsapp.isEmpty())
                card.whatsapp.append(whatsapp);
            else if (property->name == QLatin1String("URL") && !trimmed.isEmpty())
                card.urls.append(trimmed);
        } else if (property->name == QLatin1String("ADR")) {
            const std::optional<QString> address = joinedComponents(value, entry.line, &message);
            if (!address)
                return std::nullopt;
            if (!address->isEmpty())
                card.addresses.append(*address);
        } else if (property->name == QLatin1String("REV")) {
            card.revised = revisionDate(value);
        }
    }

    if (state == State::Before)
        return fail(QCoreApplication::translate(
            "rc::contacts::VCard", "The file does not start with BEGIN:VCARD; it is not a vCard."));
    if (state == State::Inside)
        return fail(QCoreApplication::translate(
            "rc::contacts::VCard",
            "The file ends before END:VCARD; it was cut off. Export or copy the contact again."));
    if (version.isEmpty())
        return fail(QCoreApplication::translate("rc::contacts::VCard",
                                                "The contact has no VERSION line; it is not a valid vCard."));
    if (!haveName)
        return fail(QCoreApplication::translate(
            "rc::contacts::VCard",
            "The contact has no name (FN); a contact without a name cannot be saved."));
    return card;
}

} // namespace rc::contacts
