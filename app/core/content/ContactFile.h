#pragma once

#include "Diagnostic.h"
#include "TextFile.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

namespace rc::content {

// One organisation (or one local office of it) in the contact directory, in one language
// (contacts/<id>/<lang>.md):
//
//   ---
//   name: CoMensha
//   services: Help for victims of human trafficking.
//   region: national
//   topics: trafficking
//   languages: en, nl                    (spoken; may be empty when not known)
//   phone: 033 448 11 86
//     label: Help line                   (indented: belongs to the channel above)
//     hours: Mo-Fr 09:00-17:00
//     closed: holidays
//   website: https://www.comensha.nl/
//   hours: Mo-Fr 09:00-17:00             (not indented: the organisation's hours)
//   status: reviewed
//   verified: 2026-11-28
//   source: https://www.comensha.nl/
//   based-on: 0123456789abcdef           (translations)
//   ---
//   A short description in Markdown.
//
// Only the name, the services, the channel labels and the description are translated; everything
// else is the same in every language, and lint checks that against the English file. Phone numbers
// are stored in E.164 (+31...), except the national-only service numbers (0800, 0900, ...) and 112.
struct ContactFile
{
    enum class PhoneScope
    {
        Normal, // E.164, callable from anywhere
        NationalOnly, // 0800/0900/0906/0909 service numbers: only from a Dutch line, kept as written
        Emergency // 112
    };

    struct Channel
    {
        QString kind; // one of channelKinds()
        QString value; // normalised: E.164 number, service number digits, "112", e-mail, URL, address
        QString display; // as the author wrote it, spaces collapsed: what the app shows
        PhoneScope scope = PhoneScope::Normal;
        QString label; // translated, may be empty
        QString hours; // as written (the opening-hours engine reads it), or empty
        QString closed; // "" or "holidays"
        int line = 0;

        // What must be the same in every translation.
        QString rule() const;
    };

    QString name;
    QString services;
    QString description; // Markdown, trimmed
    QStringList regions; // "national", "province:<id>", "municipality:<id>", "centre:<id>"
    QStringList topics; // from topicIds()
    QStringList spokenLanguages; // ISO 639 codes; empty when not known
    QString hours; // the organisation's hours as written, or empty
    QString closed; // "" or "holidays"
    QList<Channel> channels;
    TranslationStatus status = TranslationStatus::Machine;
    QDate verified;
    QStringList sources;
    QString basedOn;
    int basedOnLine = 0;
    int closeLine = 0;
    int bodyFirstLine = 0;
    QString rawBody;
    QMap<QString, int> headerLines; // key -> its first line (channel keys included)
    QList<InternalLinkAt> internalLinks;

    bool sourceChanged = false;
    TranslationStatus effectiveStatus() const { return sourceChanged ? TranslationStatus::Outdated : status; }

    // basedOnDigest() over the name, the services, each channel's label and the description, joined
    // with LF: the translated parts.
    QString sourceDigest() const;

    static constexpr qsizetype MaxFileBytes = 64 * 1024;
    static constexpr int MaxNameLength = 120;
    static constexpr int MaxServicesLength = 300;
    static constexpr int MaxDescriptionLength = 2000;
    static constexpr int MaxLineLength = 600;
    static constexpr int MaxChannels = 20;
    static inline const QString Holidays = QStringLiteral("holidays");

    static const QStringList &topicIds();
    static const QStringList &channelKinds();
    // The twelve provinces, as region ids ("province:noord-brabant").
    static const QStringList &provinces();
    static QString toString(PhoneScope scope); // "", "national-only", "emergency"

    // A phone number as written ("088 043 0430", "+31 (0)88 043 0430", "0900 8844", "112") in its
    // normalised form, or nullopt with `why` saying what is wrong.
    struct PhoneNumber
    {
        QString value;
        PhoneScope scope = PhoneScope::Normal;
    };
    static std::optional<PhoneNumber> normalisePhone(const QString &written, QString *why);
    // An e-mail address as a person would type it, checked strictly (no display names, no mailto:).
    static bool isValidEmail(const QString &address);

    // Parses `data`, read from `fileName` (used only in diagnostics), like ArticleFile::parse: every
    // problem is appended to `diagnostics` with its line; the result is usable only without errors.
    static ContactFile parse(const QByteArray &data, const QString &fileName, const QDate &today,
                             Diagnostics &diagnostics);

    // Checks a translation against the English file: the same region, topics, languages, hours,
    // channels (in the same order), verified date and sources.
    void checkTranslation(const ContactFile &english, const QString &fileName,
                          Diagnostics &diagnostics) const;
};

} // namespace rc::content
