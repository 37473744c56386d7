#pragma once

#include "ContentLibrary.h"
#include "ContentModels.h"
#include "contacts/OpeningHours.h"
#include "content/ContentStore.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace rc::ui {

// What the contact directory shares between its list and its detail page: names for the topic,
// region and language codes of the contact files, the opening-hours status of a contact, and the
// holiday calendar that status uses.
class ContactTexts : public QObject
{
    Q_OBJECT

public:
    // "Legal help" for "legal-aid"; the id itself for a topic this version does not know.
    static QString topicName(const QString &topic);
    // "Noord-Brabant" for "province:noord-brabant", "Across the Netherlands" for "national"; a
    // municipality or centre by its id with capitals ("centre:ter-apel" -> "Ter Apel").
    static QString regionName(const QString &region);
    // A spoken language by its own name ("العربية" for "ar"), or the code when nobody knows it.
    static QString languageName(const QString &code);
    // A date as the interface shows dates: the reader's calendar with the Gregorian date beside it.
    static QString formatDate(const QDate &date, const QString &language);
    // "Hours not known: check the website", or without the website when the contact has none.
    static QString hoursUnknown(bool hasWebsite);
};

// The open/closed state of one set of hours, as the pages show it.
struct ContactOpening
{
    bool known = false; // false: the source gives no hours (or the time zone data is missing)
    QString state; // "open", "always", "closed", "holiday", "never", or "unknown"
    QString text; // "Open now, until 17:00", "Opens Monday at 09:00", ...
    bool isOpen() const { return state == QLatin1String("open") || state == QLatin1String("always"); }
};

// `at` invalid means now. Hours that do not parse count as unknown: lint refuses them, so only a
// pack that did not come through lint can have them.
ContactOpening openingOf(const QString &hours, const QString &closed, const QDateTime &at,
                         const QString &language);
// The hours that say whether a contact is open: the organisation's own, else those of its first
// channel that has hours (often only the phone line has them). Empty `hours` when none has.
std::pair<QString, QString> hoursOf(const content::ContactText &contact);

// The contact directory in the reader's language: every installed contact, filtered by topic,
// spoken language, region, "open now" and what was typed, alphabetical in the reader's language
// (ICU collation: Persian پ after ب, Turkish ç after c) within two sections, national organisations
// first, then regional and local ones.
class ContactListModel : public rc::ui::LibraryListModel
{
    Q_OBJECT
    QML_ELEMENT
    // A topic id ("legal-aid"); empty: every topic.
    Q_PROPERTY(QString topic READ topic WRITE setTopic NOTIFY filtersChanged)
    // An ISO 639 code; only contacts known to speak it. Empty: every contact.
    Q_PROPERTY(QString spokenLanguage READ spokenLanguage WRITE setSpokenLanguage NOTIFY filtersChanged)
    // A region id ("province:utrecht"): contacts there and national ones, which serve everyone.
    Q_PROPERTY(QString region READ region WRITE setRegion NOTIFY filtersChanged)
    // Only contacts open at `now`; contacts whose hours are not known are left out.
    Q_PROPERTY(bool openNow READ openNow WRITE setOpenNow NOTIFY filtersChanged)
    // Matches the name, the services and the description, ignoring case and accents.
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY filtersChanged)
    // The instant "open now" means; invalid (the default): the clock, refreshed every minute.
    Q_PROPERTY(QDateTime now READ now WRITE setNow NOTIFY nowChanged)
    // {id, name} of the topics, regions and spoken languages the installed contacts have, for the
    // filter choices: first {"", "All topics"} (or regions, or "Any language"), then alphabetical by
    // name. One entry only: there is nothing to choose.
    Q_PROPERTY(QVariantList topicChoices READ topicChoices NOTIFY choicesChanged)
    Q_PROPERTY(QVariantList regionChoices READ regionChoices NOTIFY choicesChanged)
    Q_PROPERTY(QVariantList languageChoices READ languageChoices NOTIFY choicesChanged)
    // Every installed contact, before filtering.
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)

public:
    enum Role
    {
        ContactIdRole = Qt::UserRole + 1,
        PackRole,
        NameRole,
        ServicesRole,
        RegionsRole, // ids
        RegionNamesRole, // "Utrecht, Ter Apel"
        TopicsRole, // ids
        TopicNamesRole, // "Legal help, Health"
        LanguagesRole, // spoken, ISO 639 codes
        LanguageNamesRole,
        OpenStateRole, // ContactOpening::state
        OpenTextRole,
        HasHoursRole,
        VerifiedRole, // formatted for the reader
        VerifiedDateRole, // QDate
        SectionRole, // "national" or "local"
        SectionNameRole, // translated heading of the section
        LanguageRole, // the language the text is in
        StatusRole,
        IsFallbackRole
    };

    explicit ContactListModel(QObject *parent = nullptr);

    QString topic() const { return m_topic; }
    void setTopic(const QString &topic);
    QString spokenLanguage() const { return m_spokenLanguage; }
    void setSpokenLanguage(const QString &language);
    QString region() const { return m_region; }
    void setRegion(const QString &region);
    bool openNow() const { return m_openNow; }
    void setOpenNow(bool openNow);
    QString query() const { return m_query; }
    void setQuery(const QString &query);
    QDateTime now() const { return m_now; }
    void setNow(const QDateTime &now);

    QVariantList topicChoices() const { return m_topicChoices; }
    QVariantList regionChoices() const { return m_regionChoices; }
    QVariantList languageChoices() const { return m_languageChoices; }
    int totalCount() const { return int(m_all.size()); }

    // The row of a contact, or -1 when it is not shown.
    Q_INVOKABLE int indexOf(const QString &pack, const QString &contactId) const;
    Q_INVOKABLE QVariant get(int row) const; // a QVariantMap; QVariant so QML reads it untyped
    // Recomputes "open now" (the minute timer calls it while `now` follows the clock).
    Q_INVOKABLE void refreshOpenStates();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void filtersChanged();
    void nowChanged();
    void choicesChanged();

protected:
    void fetch() override;

private:
    struct Row
    {
        content::ContactText contact;
        QString hours;
        QString closed;
        ContactOpening opening;
        QString folded; // name, services and description, for the query
        bool national = false;
    };

    // Rebuilds m_shown from m_all as one reset; emits countChanged when the count changed.
    void refilter();
    void applyFilters();
    bool matches(const Row &row, const QString &needle) const;
    void computeOpenings();
    QString language() const;

    QString m_topic;
    QString m_spokenLanguage;
    QString m_region;
    bool m_openNow = false;
    QString m_query;
    QDateTime m_now;
    QTimer m_clock;
    QList<Row> m_all;
    QList<qsizetype> m_shown;
    QVariantList m_topicChoices;
    QVariantList m_regionChoices;
    QVariantList m_languageChoices;
};

// One contact for its page: everything the page shows, ready for display, and one button per channel
// with the link it opens. Follows the library's language and content.
class ContactDetails : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(rc::ui::ContentLibrary *library READ library WRITE setLibrary NOTIFY libraryChanged)
    Q_PROPERTY(QString pack READ pack WRITE setPack NOTIFY sourceChanged)
    Q_PROPERTY(QString contactId READ contactId WRITE setContactId NOTIFY sourceChanged)
    // As ContactListModel::now.
    Q_PROPERTY(QDateTime now READ now WRITE setNow NOTIFY sourceChanged)

    Q_PROPERTY(bool found READ found NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString services READ services NOTIFY changed)
    Q_PROPERTY(QString html READ html NOTIFY changed) // the description rendered
    Q_PROPERTY(QString language READ language NOTIFY changed)
    Q_PROPERTY(QString status READ status NOTIFY changed)
    Q_PROPERTY(bool isFallback READ isFallback NOTIFY changed)
    Q_PROPERTY(QString verified READ verified NOTIFY changed)
    Q_PROPERTY(QStringList sources READ sources NOTIFY changed)
    Q_PROPERTY(QString regionNames READ regionNames NOTIFY changed)
    Q_PROPERTY(QString topicNames READ topicNames NOTIFY changed)
    Q_PROPERTY(QString languageNames READ languageNames NOTIFY changed)
    Q_PROPERTY(QString openState READ openState NOTIFY changed)
    Q_PROPERTY(QString openText READ openText NOTIFY changed)
    Q_PROPERTY(bool hasHours READ hasHours NOTIFY changed)
    // The hours as the source writes them ("Mo-Fr 09:00-17:00"), for those who want to check.
    Q_PROPERTY(QString hours READ hours NOTIFY changed)
    // The contact is not known to speak the reader's language (or nobody knows which it speaks).
    Q_PROPERTY(bool needsInterpreter READ needsInterpreter NOTIFY changed)
    // One map per channel: kind, value, display, label, url (what the button opens; empty for an
    // address), actionName (the button's text), note ("Only from a Dutch phone number", "Emergency"),
    // copyText (what "copy" copies; empty when there is nothing to copy), openText, openState.
    Q_PROPERTY(QVariantList channels READ channels NOTIFY changed)
    // The contact as a vCard 4.0 (contacts/VCard), compacted to fit a QR code, for the page's QR code
    // that a phone's camera turns into a saved contact; empty when not found or too large.
    Q_PROPERTY(QString vcard READ vcard NOTIFY changed)

public:
    explicit ContactDetails(QObject *parent = nullptr);

    ContentLibrary *library() const { return m_library; }
    void setLibrary(ContentLibrary *library);
    QString pack() const { return m_pack; }
    void setPack(const QString &pack);
    QString contactId() const { return m_contactId; }
    void setContactId(const QString &contactId);
    QDateTime now() const { return m_now; }
    void setNow(const QDateTime &now);

    bool found() const { return m_contact.has_value(); }
    QString name() const { return m_contact ? m_contact->name : QString(); }
    QString services() const { return m_contact ? m_contact->services : QString(); }
    QString html() const { return m_html; }
    QString language() const { return m_contact ? m_contact->language : QString(); }
    QString status() const { return m_contact ? m_contact->status : QString(); }
    bool isFallback() const;
    QString verified() const;
    QStringList sources() const { return m_contact ? m_contact->sources : QStringList(); }
    QString regionNames() const;
    QString topicNames() const;
    QString languageNames() const;
    QString openState() const { return m_opening.state; }
    QString openText() const { return m_opening.text; }
    bool hasHours() const { return m_opening.known; }
    QString hours() const { return m_hours; }
    bool needsInterpreter() const;
    QVariantList channels() const { return m_channels; }
    QString vcard() const;

    // Writes the whole vCard (.vcf) to `fileUrl` (a file: URL) in one step. Returns what went wrong, or
    // an empty string.
    Q_INVOKABLE QString saveVCard(const QUrl &fileUrl) const;

    // Puts `text` on the system clipboard; false when there is no clipboard (no GUI application).
    Q_INVOKABLE bool copyToClipboard(const QString &text) const;
    // What the clipboard holds, for tests of the copy buttons.
    Q_INVOKABLE QString clipboardText() const;
    // The link a channel's button opens: tel:+31..., https://wa.me/31..., mailto:..., the website.
    static QString channelUrl(const content::ContactChannel &channel);

Q_SIGNALS:
    void libraryChanged();
    void sourceChanged();
    void changed();

private:
    void load();
    QString readerLanguage() const;

    QPointer<ContentLibrary> m_library;
    QString m_pack;
    QString m_contactId;
    QDateTime m_now;
    QTimer m_clock;
    std::optional<content::ContactText> m_contact;
    QString m_html;
    QString m_hours;
    ContactOpening m_opening;
    QVariantList m_channels;
};

} // namespace rc::ui
