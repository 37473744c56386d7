#include "ContactFile.h"

#include "LinkPolicy.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

namespace rc::content {

namespace {

const QRegularExpression &keyPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z-]*$"));
    return re;
}

const QRegularExpression &spokenLanguagePattern()
{
    // ISO 639-1 ("ar") or ISO 639-3 ("prs", "ckb").
    static const QRegularExpression re(QStringLiteral("^[a-z]{2,3}$"));
    return re;
}

const QRegularExpression &headingPattern()
{
    static const QRegularExpression re(QStringLiteral("^[ ]{0,3}#{1,6}([ \\t]|$)"));
    return re;
}

// The header keys that may appear once, besides the shared ones (status, source, based-on).
const QStringList &singleKeys()
{
    static const QStringList keys { QStringLiteral("name"),      QStringLiteral("services"),
                                    QStringLiteral("region"),    QStringLiteral("topics"),
                                    QStringLiteral("languages"), QStringLiteral("hours"),
                                    QStringLiteral("closed"),    QStringLiteral("verified") };
    return keys;
}

// Keys indented under a channel line.
const QStringList &channelAttributes()
{
    static const QStringList keys { QStringLiteral("label"), QStringLiteral("hours"),
                                    QStringLiteral("closed") };
    return keys;
}

constexpr int MaxLabelLength = 120;
constexpr int MaxHoursLength = 200;
constexpr int MaxAddressLength = 200;
constexpr int MaxWebsiteLength = 300;
constexpr int MaxEmailLength = 254;

// Service numbers that only work from a Dutch line (free 0800, paid 0900/0906/0909): 4 or 7 digits
// after the prefix.
bool isServicePrefix(const QString &digits)
{
    return digits.startsWith(QLatin1String("0800")) || digits.startsWith(QLatin1String("0900"))
        || digits.startsWith(QLatin1String("0906")) || digits.startsWith(QLatin1String("0909"));
}

} // namespace

QString ContactFile::Channel::rule() const
{
    return QStringList { kind, value, hours, closed }.join(QLatin1Char('|'));
}

QString ContactFile::sourceDigest() const
{
    QStringList parts { name, services };
    for (const Channel &channel : channels)
        parts.append(channel.label);
    parts.append(description);
    return basedOnDigest(parts.join(QLatin1Char('\n')));
}

const QStringList &ContactFile::topicIds()
{
    static const QStringList ids {
        QStringLiteral("legal-aid"),      QStringLiteral("procedure-support"),
        QStringLiteral("health"),         QStringLiteral("mental-health"),
        QStringLiteral("lgbtiq"),         QStringLiteral("gender-based-violence"),
        QStringLiteral("trafficking"),    QStringLiteral("minors"),
        QStringLiteral("family-tracing"), QStringLiteral("return"),
        QStringLiteral("undocumented"),   QStringLiteral("emergencies"),
    };
    return ids;
}

const QStringList &ContactFile::channelKinds()
{
    static const QStringList kinds { QStringLiteral("phone"), QStringLiteral("whatsapp"),
                                     QStringLiteral("email"), QStringLiteral("website"),
                                     QStringLiteral("address") };
    return kinds;
}

const QStringList &ContactFile::provinces()
{
    static const QStringList ids {
        QStringLiteral("drenthe"),       QStringLiteral("flevoland"),     QStringLiteral("fryslan"),
        QStringLiteral("gelderland"),    QStringLiteral("groningen"),     QStringLiteral("limburg"),
        QStringLiteral("noord-brabant"), QStringLiteral("noord-holland"), QStringLiteral("overijssel"),
        QStringLiteral("utrecht"),       QStringLiteral("zeeland"),       QStringLiteral("zuid-holland"),
    };
    return ids;
}

QString ContactFile::toString(PhoneScope scope)
{
    switch (scope) {
    case PhoneScope::Normal:
        return {};
    case PhoneScope::NationalOnly:
        return QStringLiteral("national-only");
    case PhoneScope::Emergency:
        return QStringLiteral("emergency");
    }
    return {};
}

std::optional<ContactFile::PhoneNumber> ContactFile::normalisePhone(const QString &written, QString *why)
{
    auto fail = [&](const QString &message) -> std::optional<PhoneNumber> {
        if (why)
            *why = message;
        return std::nullopt;
    };
    QString text = written.trimmed();
    if (text.isEmpty())
        return fail(QStringLiteral("the number is empty"));
    if (text.size() > 40)
        return fail(QStringLiteral("'%1' is too long for a phone number").arg(text.left(40)));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool allowed = (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char(' ')
            || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('(')
            || c == QLatin1Char(')') || (c == QLatin1Char('+') && i == 0);
        if (!allowed)
            return fail(
                QStringLiteral("'%1' is not a phone number: use only digits, spaces, '-', '(', ')' and "
                               "a '+' at the start")
                    .arg(text));
    }
    const bool international = text.startsWith(QLatin1Char('+'));
    // "+31 (0)88 ...": the 0 in brackets is dialled only from inside the country.
    if (international)
        text.remove(QStringLiteral("(0)"));
    QString digits;
    for (const QChar c : std::as_const(text)) {
        if (c.isDigit())
            digits.append(c);
    }
    if (digits.isEmpty())
        return fail(QStringLiteral("'%1' has no digits").arg(written.trimmed()));

    QString e164; // the digits after '+'
    if (!international) {
        if (digits == QLatin1String("112"))
            return PhoneNumber { digits, PhoneScope::Emergency };
        if (digits.startsWith(QLatin1String("00"))) {
            e164 = digits.mid(2);
        } else if (isServicePrefix(digits)) {
            if (digits.size() != 8 && digits.size() != 11)
                return fail(QStringLiteral("'%1' is not a service number: after %2 come 4 or 7 digits")
                                .arg(written.trimmed(), digits.left(4)));
            return PhoneNumber { digits, PhoneScope::NationalOnly };
        } else if (digits.startsWith(QLatin1Char('0'))) {
            if (digits.size() != 10)
                return fail(QStringLiteral("'%1' has %2 digits; a Dutch number has 10, with the area code "
                                           "(e.g. 030 239 1200)")
                                .arg(written.trimmed())
                                .arg(digits.size()));
            return PhoneNumber { QStringLiteral("+31") + digits.mid(1), PhoneScope::Normal };
        } else {
            return fail(QStringLiteral("'%1' is not a phone number: write a Dutch number with its area code "
                                       "(0...) or an international one with '+' and the country code")
                            .arg(written.trimmed()));
        }
    } else {
        e164 = digits;
    }
    if (e164.startsWith(QLatin1String("31"))) {
        const QString national = e164.mid(2);
        if (national.startsWith(QLatin1Char('0')))
            return fail(
                QStringLiteral("'%1': leave out the 0 after +31, or write it as (0)").arg(written.trimmed()));
        if (isServicePrefix(QLatin1Char('0') + national))
            return fail(QStringLiteral("'%1': 0800 and 0900 numbers cannot be called from abroad; write them "
                                       "as in the Netherlands (0900 ...)")
                            .arg(written.trimmed()));
        if (national.size() != 9)
            return fail(QStringLiteral("'%1' has %2 digits after +31; a Dutch number has 9")
                            .arg(written.trimmed())
                            .arg(national.size()));
    }
    // E.164: a country code that does not start with 0, at most 15 digits in all.
    if (e164.startsWith(QLatin1Char('0')) || e164.size() < 8 || e164.size() > 15)
        return fail(
            QStringLiteral("'%1' is not an international number (a country code and at most 15 digits)")
                .arg(written.trimmed()));
    return PhoneNumber { QLatin1Char('+') + e164, PhoneScope::Normal };
}

bool ContactFile::isValidEmail(const QString &address)
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                       "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$"));
    return address.size() <= MaxEmailLength && re.match(address).hasMatch();
}

ContactFile ContactFile::parse(const QByteArray &data, const QString &fileName, const QDate &today,
                               Diagnostics &diagnostics)
{
    ContactFile contact;
    auto error = [&](int line, const QString &message) {
        diagnostics.append({ fileName, line, Diagnostic::Severity::Error, message });
    };
    if (data.size() > MaxFileBytes) {
        error(0,
              QStringLiteral("file is %1 bytes; a contact may be at most %2 bytes")
                  .arg(data.size())
                  .arg(MaxFileBytes));
        return contact;
    }
    // Stateless: a file cut inside a multi-byte character is an error, not silently shortened.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError()) {
        error(0, QStringLiteral("file is not valid UTF-8"));
        return contact;
    }
    if (text.contains(QChar(0))) {
        error(0, QStringLiteral("file contains a NUL character"));
        return contact;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    if (lines.first().trimmed() != QLatin1String("---")) {
        error(1, QStringLiteral("contact must start with a '---' line that opens the metadata header"));
        return contact;
    }

    CommonHeader common;
    QSet<QString> seen; // single keys given so far
    QSet<QString> channelSeen; // attributes of the current channel
    Channel *channel = nullptr;
    bool hasVerified = false;
    int end = -1;
    for (int i = 1; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const int lineNo = i + 1;
        if (line.trimmed() == QLatin1String("---")) {
            end = i;
            break;
        }
        if (line.trimmed().isEmpty())
            continue;
        if (line.size() > MaxLineLength) {
            error(lineNo,
                  QStringLiteral("line is %1 characters; keep it under %2")
                      .arg(line.size())
                      .arg(MaxLineLength));
            continue;
        }
        const bool indented = line.startsWith(QLatin1Char(' ')) || line.startsWith(QLatin1Char('\t'));
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const QString key = colon > 0 ? line.left(colon).trimmed() : QString();
        if (!keyPattern().match(key).hasMatch()) {
            error(lineNo, QStringLiteral("expected 'key: value' in the header"));
            continue;
        }
        const QString value = line.mid(colon + 1).trimmed();
        if (!contact.headerLines.contains(key))
            contact.headerLines.insert(key, lineNo);

        if (indented) {
            if (!channelAttributes().contains(key)) {
                error(lineNo,
                      QStringLiteral(
                          "'%1' is indented, but only label, hours and closed belong under a channel "
                          "line; write other keys at the start of the line")
                          .arg(key));
                continue;
            }
            if (!channel) {
                error(lineNo,
                      QStringLiteral("indented '%1' belongs to a channel, but no channel line (phone:, "
                                     "website:, ...) comes before it")
                          .arg(key));
                continue;
            }
            if (channelSeen.contains(key)) {
                error(lineNo,
                      QStringLiteral("'%1' is given twice for the %2 channel").arg(key, channel->kind));
                continue;
            }
            channelSeen.insert(key);
            if (value.isEmpty()) {
                error(lineNo, QStringLiteral("'%1' is empty; leave the line out").arg(key));
                continue;
            }
            if (key == QLatin1String("label")) {
                if (value.size() > MaxLabelLength)
                    error(lineNo,
                          QStringLiteral("label is %1 characters; keep it under %2")
                              .arg(value.size())
                              .arg(MaxLabelLength));
                channel->label = value;
                continue;
            }
            // Opening hours mean something only where someone answers or the door is open.
            const bool hasHours = channel->kind == QLatin1String("phone")
                || channel->kind == QLatin1String("whatsapp") || channel->kind == QLatin1String("address");
            if (!hasHours) {
                error(
                    lineNo,
                    QStringLiteral("a %1 has no opening hours; give '%2' under a phone, whatsapp or address "
                                   "line, or unindented for the whole organisation")
                        .arg(channel->kind, key));
                continue;
            }
            if (key == QLatin1String("hours")) {
                if (value.size() > MaxHoursLength)
                    error(lineNo,
                          QStringLiteral("hours is %1 characters; keep it under %2")
                              .arg(value.size())
                              .arg(MaxHoursLength));
                channel->hours = value;
            } else if (value != Holidays) {
                error(lineNo,
                      QStringLiteral("closed '%1' is not known; the only value is 'holidays'").arg(value));
            } else {
                channel->closed = value;
            }
            continue;
        }

        if (channelKinds().contains(key)) {
            if (contact.channels.size() >= MaxChannels) {
                error(lineNo, QStringLiteral("a contact may have at most %1 channels").arg(MaxChannels));
                channel = nullptr;
                continue;
            }
            Channel next;
            next.kind = key;
            next.line = lineNo;
            next.display = value.simplified();
            if (value.isEmpty()) {
                error(lineNo, QStringLiteral("'%1' is empty").arg(key));
            } else if (key == QLatin1String("phone") || key == QLatin1String("whatsapp")) {
                QString why;
                const auto number = normalisePhone(value, &why);
                if (!number) {
                    error(lineNo, QStringLiteral("%1: %2").arg(key, why));
                } else if (key == QLatin1String("whatsapp") && number->scope != PhoneScope::Normal) {
                    error(lineNo,
                          QStringLiteral("whatsapp '%1' is a service or emergency number; WhatsApp needs an "
                                         "ordinary mobile number")
                              .arg(value));
                } else {
                    next.value = number->value;
                    next.scope = number->scope;
                }
            } else if (key == QLatin1String("email")) {
                if (value.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
                    error(lineNo,
                          QStringLiteral("write the e-mail address without 'mailto:' ('%1')").arg(value));
                else if (!isValidEmail(value))
                    error(lineNo,
                          QStringLiteral("email '%1' is not an e-mail address like name@example.org")
                              .arg(value));
                else
                    next.value = value.section(QLatin1Char('@'), 0, 0) + QLatin1Char('@')
                        + value.section(QLatin1Char('@'), 1).toLower();
            } else if (key == QLatin1String("website")) {
                if (value.startsWith(QLatin1String("http://"), Qt::CaseInsensitive))
                    error(lineNo,
                          QStringLiteral("website '%1' is not https: the app opens only https websites")
                              .arg(value));
                else if (!value.startsWith(QLatin1String("https://")) || value.contains(QLatin1Char(' '))
                         || value.size() > MaxWebsiteLength || !LinkPolicy::isExternalLink(value))
                    error(lineNo, QStringLiteral("website '%1' is not an https URL").arg(value));
                else
                    next.value = value;
            } else {
                if (value.size() > MaxAddressLength)
                    error(lineNo,
                          QStringLiteral("address is %1 characters; keep it under %2")
                              .arg(value.size())
                              .arg(MaxAddressLength));
                else
                    next.value = value.simplified();
            }
            contact.channels.append(next);
            channel = &contact.channels.last();
            channelSeen.clear();
            continue;
        }
        // Any other key ends the channel: an indented line after it would be misread.
        channel = nullptr;

        if (key == QLatin1String("label")) {
            error(lineNo,
                  QStringLiteral("'label' names a channel: indent it under the channel line it belongs to"));
            continue;
        }
        if (key == QLatin1String("checked")) {
            error(lineNo,
                  QStringLiteral("contacts say when their details were last checked with 'verified: "
                                 "YYYY-MM-DD', not 'checked'"));
            continue;
        }
        if (singleKeys().contains(key) || key == QLatin1String("status")
            || key == QLatin1String("based-on")) {
            if (seen.contains(key)) {
                error(lineNo, QStringLiteral("'%1' is given twice").arg(key));
                continue;
            }
            seen.insert(key);
        }
        if (key == QLatin1String("status") || key == QLatin1String("source")
            || key == QLatin1String("based-on")) {
            common.take({ lineNo, key, value }, today, fileName, diagnostics);
        } else if (key == QLatin1String("verified")) {
            hasVerified = true;
            contact.verified = QDate::fromString(value, Qt::ISODate);
            if (!contact.verified.isValid() || value.size() != 10)
                error(lineNo,
                      QStringLiteral("verified date '%1' is not a date in the form YYYY-MM-DD").arg(value));
            else if (today.isValid() && contact.verified > today)
                error(lineNo, QStringLiteral("verified date %1 is in the future").arg(value));
        } else if (key == QLatin1String("name")) {
            contact.name = value;
            if (value.isEmpty())
                error(lineNo, QStringLiteral("name is empty"));
            else if (value.size() > MaxNameLength)
                error(lineNo,
                      QStringLiteral("name is %1 characters; keep it under %2")
                          .arg(value.size())
                          .arg(MaxNameLength));
        } else if (key == QLatin1String("services")) {
            contact.services = value;
            if (value.isEmpty())
                error(lineNo, QStringLiteral("services is empty: say in a few words what they do for you"));
            else if (value.size() > MaxServicesLength)
                error(lineNo,
                      QStringLiteral("services is %1 characters; keep it under %2")
                          .arg(value.size())
                          .arg(MaxServicesLength));
        } else if (key == QLatin1String("region")) {
            const QStringList parts = value.split(QLatin1Char(','));
            for (const QString &part : parts) {
                const QString region = part.trimmed();
                const QString kind = region.section(QLatin1Char(':'), 0, 0);
                const QString place = region.section(QLatin1Char(':'), 1);
                if (region == QLatin1String("national")) {
                    if (parts.size() > 1)
                        error(lineNo,
                              QStringLiteral("region 'national' covers every other region; give it alone"));
                } else if (kind != QLatin1String("province") && kind != QLatin1String("municipality")
                           && kind != QLatin1String("centre")) {
                    error(lineNo,
                          QStringLiteral("region '%1' is not one of national, province:<name>, "
                                         "municipality:<name>, centre:<name>")
                              .arg(region));
                    continue;
                } else if (!LinkPolicy::isValidId(place)) {
                    error(lineNo,
                          QStringLiteral("region '%1': the name is lower-case letters, digits and '-' "
                                         "(e.g. %2:den-haag)")
                              .arg(region, kind));
                    continue;
                } else if (kind == QLatin1String("province") && !provinces().contains(place)) {
                    error(lineNo,
                          QStringLiteral("province '%1' is not one of %2")
                              .arg(place, provinces().join(QStringLiteral(", "))));
                    continue;
                }
                if (contact.regions.contains(region))
                    error(lineNo, QStringLiteral("region '%1' is given twice").arg(region));
                else
                    contact.regions.append(region);
            }
        } else if (key == QLatin1String("topics")) {
            for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QString topic = part.trimmed();
                if (!topicIds().contains(topic))
                    error(lineNo,
                          QStringLiteral("topic '%1' is not one of %2")
                              .arg(topic, topicIds().join(QStringLiteral(", "))));
                else if (contact.topics.contains(topic))
                    error(lineNo, QStringLiteral("topic '%1' is given twice").arg(topic));
                else
                    contact.topics.append(topic);
            }
        } else if (key == QLatin1String("languages")) {
            for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QString language = part.trimmed();
                if (!spokenLanguagePattern().match(language).hasMatch())
                    error(lineNo,
                          QStringLiteral("language '%1' is not an ISO 639 code like 'ar' or 'prs'")
                              .arg(language));
                else if (contact.spokenLanguages.contains(language))
                    error(lineNo, QStringLiteral("language '%1' is given twice").arg(language));
                else
                    contact.spokenLanguages.append(language);
            }
        } else if (key == QLatin1String("hours")) {
            if (value.isEmpty())
                error(lineNo,
                      QStringLiteral("'hours' is empty; leave the line out when no source gives the hours"));
            else if (value.size() > MaxHoursLength)
                error(lineNo,
                      QStringLiteral("hours is %1 characters; keep it under %2")
                          .arg(value.size())
                          .arg(MaxHoursLength));
            contact.hours = value;
        } else if (key == QLatin1String("closed")) {
            if (value != Holidays)
                error(lineNo,
                      QStringLiteral("closed '%1' is not known; the only value is 'holidays'").arg(value));
            else
                contact.closed = value;
        } else {
            error(
                lineNo,
                QStringLiteral("unknown key '%1': the channels are %2; the other keys are name, services, "
                               "region, topics, languages, hours, closed, status, verified, source, based-on")
                    .arg(key, channelKinds().join(QStringLiteral(", "))));
        }
    }
    if (end < 0) {
        const int lastLine = int(lines.size()) - (lines.size() > 1 && lines.last().isEmpty() ? 1 : 0);
        error(lastLine, QStringLiteral("the metadata header is not closed with a '---' line"));
        return contact;
    }
    contact.status = common.status;
    contact.sources = common.sources;
    contact.basedOn = common.basedOn;
    contact.basedOnLine = common.basedOnLine;
    const int closeLine = end + 1;
    contact.closeLine = closeLine;
    for (const char *required : { "name", "services", "region" }) {
        if (!contact.headerLines.contains(QLatin1String(required)))
            error(closeLine, QStringLiteral("the header has no '%1'").arg(QLatin1String(required)));
    }
    if (!common.hasStatus)
        error(closeLine, QStringLiteral("the header has no 'status' (reviewed, machine or outdated)"));
    if (!hasVerified)
        error(
            closeLine,
            QStringLiteral("the header has no 'verified: YYYY-MM-DD': the day the details were last checked "
                           "against the source"));
    if (!contact.headerLines.contains(QStringLiteral("source")))
        error(closeLine,
              QStringLiteral("every contact needs at least one 'source:' URL that shows its details"));
    if (contact.channels.isEmpty())
        error(closeLine,
              QStringLiteral("the contact has no way to reach it: give at least one of %1")
                  .arg(channelKinds().join(QStringLiteral(", "))));

    contact.bodyFirstLine = end + 2;
    contact.rawBody = lines.mid(end + 1).join(QLatin1Char('\n'));
    contact.description = contact.rawBody.trimmed();
    if (contact.description.isEmpty())
        error(closeLine,
              QStringLiteral("the contact has no description: after the header, say in a sentence or two who "
                             "they are"));
    else if (contact.description.size() > MaxDescriptionLength)
        error(contact.bodyFirstLine,
              QStringLiteral("the description is %1 characters; keep it under %2")
                  .arg(contact.description.size())
                  .arg(MaxDescriptionLength));
    for (int i = end + 1; i < lines.size(); ++i) {
        if (headingPattern().match(lines.at(i)).hasMatch())
            error(i + 1,
                  QStringLiteral("a contact's description has no headings: write a few plain sentences"));
    }
    checkMarkdown(contact.rawBody, contact.bodyFirstLine, fileName, QStringLiteral("in contacts"),
                  diagnostics, &contact.internalLinks);
    return contact;
}

void ContactFile::checkTranslation(const ContactFile &english, const QString &fileName,
                                   Diagnostics &diagnostics) const
{
    auto error = [&](int line, const QString &message) {
        diagnostics.append({ fileName, line, Diagnostic::Severity::Error, message });
    };
    auto compare = [&](const char *key, bool same) {
        if (!same)
            error(
                headerLines.value(QLatin1String(key), closeLine),
                QStringLiteral("'%1' differs from the English contact's: only the name, services, labels and "
                               "description are translated")
                    .arg(QLatin1String(key)));
    };
    compare("region", regions == english.regions);
    compare("topics", topics == english.topics);
    compare("languages", spokenLanguages == english.spokenLanguages);
    compare("hours", hours == english.hours);
    compare("closed", closed == english.closed);
    compare("verified", verified == english.verified);
    compare("source", sources == english.sources);
    const qsizetype common = qMin(channels.size(), english.channels.size());
    for (qsizetype i = 0; i < common; ++i) {
        if (channels.at(i).rule() != english.channels.at(i).rule())
            error(channels.at(i).line,
                  QStringLiteral("channel %1 differs from the English one: translate only its label; the "
                                 "number, address, hours and closed stay the same")
                      .arg(i + 1));
    }
    if (channels.size() != english.channels.size())
        error(channels.isEmpty() ? closeLine : channels.last().line,
              QStringLiteral("%1 channels here but %2 in English: a translation has the same channels in the "
                             "same order")
                  .arg(channels.size())
                  .arg(english.channels.size()));
}

} // namespace rc::content
