#pragma once

// A contact as a vCard 4.0 file (RFC 6350): an organisation of the contact directory or a personal contact
// of the vault, to save on a phone or to hand over as a QR code.
//
// WHAT write() PRODUCES (in this order, lines that would be empty are left out)
//
//   BEGIN:VCARD
//   VERSION:4.0
//   KIND:org                                  organisation cards (organisation == formattedName)
//   FN;LANGUAGE=en:IND (Immigration and Naturalisation Service)
//   N:;Amina Yusuf;;;                         personal cards: the whole name as the given name
//   X-ABSHOWAS:COMPANY                        organisation cards: Apple Contacts files them as a company
//   ORG;LANGUAGE=en:...
//   TITLE;LANGUAGE=en:...                     the role (see VCard.cpp for why TITLE and not ROLE)
//   TEL;VALUE=uri;TYPE=voice:tel:+31880430430
//   EMAIL:...
//   URL:https://ind.nl/
//   URL:https://wa.me/31612345678             WhatsApp (see VCard.cpp for why a URL and not IMPP)
//   ADR;LANGUAGE=en:;;Teststraat 1\, 1234 AB Utrecht;;;;
//   NOTE;LANGUAGE=en:...
//   REV:20261128T000000Z
//   END:VCARD
//
// UTF-8, CRLF line ends, text values escaped per RFC 6350 3.4 (\\ \, \; \n), lines folded at 75 octets
// without splitting a UTF-8 sequence or an escape pair.
//
// WHAT parse() READS: what write() produces, and vCard 3.0 or 4.0 files of other apps (folded lines, LF or
// CRLF, groups such as "item1.TEL", vCard 3.0 parameters without a name, TEL as text, ADR with all its
// components, IMPP:whatsapp:). Unknown properties (PHOTO, BDAY, X-...) are skipped. It refuses vCard 2.1,
// more than one contact, and anything that is not a vCard (see the limits below) with a message that says
// what is wrong.

#include "content/ContentStore.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace rc::contacts {

struct VCardContact
{
    QString formattedName;
    QString organisation;
    QString role;
    QString note;
    QStringList phones; // E.164 or as written; written as tel: URIs without spaces
    QStringList whatsapp; // E.164 ("+31612345678")
    QStringList emails;
    QStringList urls;
    QStringList addresses; // one line each
    QString language; // BCP 47 tag of the texts (FN, ORG, TITLE, ADR, NOTE); empty when not known
    QDate revised; // when the details were last checked or changed

    bool operator==(const VCardContact &other) const = default;
};

class VCard
{
public:
    // The largest file parse() reads: a card with a photo from another app fits, a flood does not.
    static constexpr qsizetype MaxBytes = 1024 * 1024;
    // The longest unfolded line of a property that is kept (a NOTE of about 5,000 Latin words). Longer
    // lines of skipped properties (PHOTO) are allowed up to MaxBytes.
    static constexpr qsizetype MaxKeptLineBytes = 32 * 1024;
    static constexpr int MaxPhysicalLines = 20000;
    static constexpr int MaxProperties = 500;
    // A version 40 QR code with error correction level L holds 2,953 bytes in byte mode.
    static constexpr qsizetype QrCodeCapacity = 2953;

    // An organisation of the directory: FN and ORG are its name, NOTE its services and the text of its
    // description, REV the day its details were last verified.
    static VCardContact fromDirectory(const content::ContactText &contact);

    // The vCard 4.0 file: UTF-8, CRLF, folded at 75 octets.
    static QByteArray write(const VCardContact &contact);

    // The contact of a vCard file, or nothing with `error` set to what is wrong.
    static std::optional<VCardContact> parse(const QByteArray &data, QString *error);

    // Whether the file fits in one QR code (version 40-L, byte mode).
    static bool fitsInQrCode(const QByteArray &card);

    // The contact as it fits in a QR code: unchanged when write() already fits; otherwise without the NOTE,
    // then with only the first phone, WhatsApp number, e-mail address, website and address, then without
    // role, addresses and websites. A name too long for any QR code stays too long: check fitsInQrCode()
    // on the result of write().
    static VCardContact compact(const VCardContact &contact);
};

} // namespace rc::contacts
