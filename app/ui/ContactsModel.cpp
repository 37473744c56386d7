#include "ContactsModel.h"

#include "ContentLibrary.h"
#include "LanguageController.h"
#include "MarkdownRenderer.h"
#include "contacts/VCard.h"
#include "deadline/Holidays.h"
#include "i18n/CalendarFormat.h"
#include "i18n/Collation.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrl>

#include <algorithm>

namespace rc::ui {

namespace {

const QString National = QStringLiteral("national");

// The public holidays the deadline engine uses (the Atw's, plus the equated days shipped as data), so
// "closed: holidays" means the same days everywhere in the app. Without the data (a damaged build) the
// statutory holidays still apply.
const deadline::HolidayCalendar &holidayCalendar()
{
    static const deadline::HolidayCalendar calendar = [] {
        QString error;
        std::optional<deadline::HolidayCalendar> loaded
            = deadline::HolidayCalendar::loadFile(QStringLiteral(":/deadlines/equated-days.json"), &error);
        if (!loaded)
            qWarning("contact directory: %s; using the statutory holidays only", qPrintable(error));
        return loaded.value_or(deadline::HolidayCalendar());
    }();
    return calendar;
}

QString stateName(contacts::OpenState state)
{
    switch (state) {
    case contacts::OpenState::AlwaysOpen:
        return QStringLiteral("always");
    case contacts::OpenState::Open:
        return QStringLiteral("open");
    case contacts::OpenState::Closed:
        return QStringLiteral("closed");
    case contacts::OpenState::ClosedForHoliday:
        return QStringLiteral("holiday");
    case contacts::OpenState::NeverOpen:
        return QStringLiteral("never");
    case contacts::OpenState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

bool hasWebsite(const content::ContactText &contact)
{
    return std::any_of(contact.channels.begin(), contact.channels.end(),
                       [](const content::ContactChannel &c) { return c.kind == QLatin1String("website"); });
}

// The description without Markdown markup, for matching what was typed.
QString plainText(const QString &markdown)
{
    static const QRegularExpression link(QStringLiteral(R"(\[([^\]]*)\]\([^)]*\))"));
    static const QRegularExpression markup(QStringLiteral(R"([*_`#>]+)"));
    QString plain = markdown;
    plain.replace(link, QStringLiteral("\\1")).replace(markup, QString());
    return plain.simplified();
}

// Numbers, addresses and host names read left to right even inside Arabic or Persian sentences.
QString isolated(const QString &text)
{
    return QChar(0x2066) + text + QChar(0x2069);
}

QString joinedNames(const QStringList &ids, QString (*name)(const QString &))
{
    QStringList names;
    names.reserve(ids.size());
    for (const QString &id : ids)
        names.append(name(id));
    return names.join(QStringLiteral(", "));
}

// {id, name} for each id, alphabetical by name in `language`, after {"", all}: the choice that does
// not filter.
QVariantList choices(const QString &all, const QStringList &ids, QString (*name)(const QString &),
                     const QString &language)
{
    QList<std::pair<QString, QString>> pairs;
    for (const QString &id : ids)
        pairs.append({ id, name(id) });
    i18n::Collation(language).sortBy(pairs, [](const auto &pair) { return pair.second; });
    QVariantList result { QVariantMap { { QStringLiteral("id"), QString() },
                                        { QStringLiteral("name"), all } } };
    for (const auto &[id, text] : std::as_const(pairs))
        result.append(QVariantMap { { QStringLiteral("id"), id }, { QStringLiteral("name"), text } });
    return result;
}

} // namespace

QString ContactTexts::topicName(const QString &topic)
{
    static const QHash<QString, const char *> names {
        { QStringLiteral("legal-aid"), QT_TR_NOOP("Legal help") },
        { QStringLiteral("procedure-support"), QT_TR_NOOP("Support during the procedure") },
        { QStringLiteral("health"), QT_TR_NOOP("Health") },
        { QStringLiteral("mental-health"), QT_TR_NOOP("Mental health") },
        { QStringLiteral("lgbtiq"), QT_TR_NOOP("LGBTIQ+") },
        { QStringLiteral("gender-based-violence"), QT_TR_NOOP("Violence against women and girls") },
        { QStringLiteral("trafficking"), QT_TR_NOOP("Human trafficking") },
        { QStringLiteral("minors"), QT_TR_NOOP("Children on their own") },
        { QStringLiteral("family-tracing"), QT_TR_NOOP("Finding family members") },
        { QStringLiteral("return"), QT_TR_NOOP("Going back") },
        { QStringLiteral("undocumented"), QT_TR_NOOP("Without papers") },
        { QStringLiteral("emergencies"), QT_TR_NOOP("Emergencies") },
    };
    const char *name = names.value(topic);
    return name ? tr(name) : topic;
}

QString ContactTexts::regionName(const QString &region)
{
    if (region == National)
        return tr("Across the Netherlands");
    // The provinces as they write their own names.
    static const QHash<QString, QString> provinces {
        { QStringLiteral("drenthe"), QStringLiteral("Drenthe") },
        { QStringLiteral("flevoland"), QStringLiteral("Flevoland") },
        { QStringLiteral("fryslan"), QStringLiteral("Fryslân") },
        { QStringLiteral("gelderland"), QStringLiteral("Gelderland") },
        { QStringLiteral("groningen"), QStringLiteral("Groningen") },
        { QStringLiteral("limburg"), QStringLiteral("Limburg") },
        { QStringLiteral("noord-brabant"), QStringLiteral("Noord-Brabant") },
        { QStringLiteral("noord-holland"), QStringLiteral("Noord-Holland") },
        { QStringLiteral("overijssel"), QStringLiteral("Overijssel") },
        { QStringLiteral("utrecht"), QStringLiteral("Utrecht") },
        { QStringLiteral("zeeland"), QStringLiteral("Zeeland") },
        { QStringLiteral("zuid-holland"), QStringLiteral("Zuid-Holland") },
    };
    const QString kind = region.section(QLatin1Char(':'), 0, 0);
    const QString place = region.section(QLatin1Char(':'), 1);
    if (kind == QLatin1String("province") && provinces.contains(place))
        return provinces.value(place);
    if (place.isEmpty())
        return region;
    // Municipalities and centres have no list of names in the app: their id with capitals reads well
    // enough ("ter-apel" -> "Ter Apel").
    QStringList words = place.split(QLatin1Char('-'), Qt::SkipEmptyParts);
    for (QString &word : words)
        word[0] = word[0].toUpper();
    return words.join(QLatin1Char(' '));
}

QString ContactTexts::languageName(const QString &code)
{
    for (const auto &language : LanguageController::known()) {
        if (language.code == code)
            return language.endonym;
    }
    const QLocale locale(code);
    if (locale.language() != QLocale::C && locale.language() != QLocale::AnyLanguage
        && !locale.nativeLanguageName().isEmpty())
        return locale.nativeLanguageName();
    return code;
}

QString ContactTexts::formatDate(const QDate &date, const QString &language)
{
    return i18n::formatWithGregorian(date, LanguageController::displayCalendarFor(language), language);
}

QString ContactTexts::hoursUnknown(bool website)
{
    return website ? tr("Hours not known: check the website") : tr("Hours not known");
}

ContactOpening openingOf(const QString &hours, const QString &closed, const QDateTime &at,
                         const QString &language)
{
    ContactOpening result;
    result.state = QStringLiteral("unknown");
    if (hours.isEmpty())
        return result;
    const std::optional<contacts::OpeningHours> parsed = contacts::OpeningHours::parse(hours);
    if (!parsed)
        return result;
    const contacts::OnHolidays onHolidays = closed == QLatin1String("holidays")
        ? contacts::OnHolidays::Closed
        : contacts::OnHolidays::UsualHours;
    const contacts::OpeningStatus status = parsed->statusAt(
        at.isValid() ? at : QDateTime::currentDateTimeUtc(), onHolidays, holidayCalendar());
    result.state = stateName(status.state);
    result.known = status.state != contacts::OpenState::Unknown;
    result.text = contacts::OpeningHours::describe(status, QLocale(language));
    return result;
}

std::pair<QString, QString> hoursOf(const content::ContactText &contact)
{
    if (!contact.hours.isEmpty())
        return { contact.hours, contact.closed };
    for (const content::ContactChannel &channel : contact.channels) {
        if (!channel.hours.isEmpty())
            return { channel.hours, channel.closed };
    }
    return {};
}

// ContactListModel

ContactListModel::ContactListModel(QObject *parent)
    : LibraryListModel(parent)
{
    // "Open now" goes stale as time passes: look again every minute while following the clock.
    m_clock.setInterval(60 * 1000);
    connect(&m_clock, &QTimer::timeout, this, &ContactListModel::refreshOpenStates);
    m_clock.start();
}

QString ContactListModel::language() const
{
    return library() ? library()->language() : QStringLiteral("en");
}

void ContactListModel::setTopic(const QString &topic)
{
    if (m_topic == topic)
        return;
    m_topic = topic;
    refilter();
    Q_EMIT filtersChanged();
}

void ContactListModel::setSpokenLanguage(const QString &language)
{
    if (m_spokenLanguage == language)
        return;
    m_spokenLanguage = language;
    refilter();
    Q_EMIT filtersChanged();
}

void ContactListModel::setRegion(const QString &region)
{
    if (m_region == region)
        return;
    m_region = region;
    refilter();
    Q_EMIT filtersChanged();
}

void ContactListModel::setOpenNow(bool openNow)
{
    if (m_openNow == openNow)
        return;
    m_openNow = openNow;
    refilter();
    Q_EMIT filtersChanged();
}

void ContactListModel::setQuery(const QString &query)
{
    if (m_query == query)
        return;
    m_query = query;
    refilter();
    Q_EMIT filtersChanged();
}

void ContactListModel::setNow(const QDateTime &now)
{
    if (m_now == now && m_now.isValid() == now.isValid())
        return;
    m_now = now;
    if (m_now.isValid())
        m_clock.stop();
    else
        m_clock.start();
    refreshOpenStates();
    Q_EMIT nowChanged();
}

int ContactListModel::indexOf(const QString &pack, const QString &contactId) const
{
    for (int row = 0; row < m_shown.size(); ++row) {
        const content::ContactText &contact = m_all.at(m_shown.at(row)).contact;
        if (contact.pack == pack && contact.id == contactId)
            return row;
    }
    return -1;
}

QVariant ContactListModel::get(int row) const
{
    QVariantMap result;
    const QModelIndex at = index(row);
    if (!at.isValid())
        return result;
    const auto roles = roleNames();
    for (auto it = roles.begin(); it != roles.end(); ++it)
        result.insert(QString::fromUtf8(it.value()), data(at, it.key()));
    return result;
}

void ContactListModel::refreshOpenStates()
{
    computeOpenings();
    if (m_openNow) {
        refilter();
    } else if (!m_shown.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(int(m_shown.size()) - 1), { OpenStateRole, OpenTextRole });
    }
}

int ContactListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QVariant ContactListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_all.at(m_shown.at(index.row()));
    const content::ContactText &contact = row.contact;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return contact.name;
    case ContactIdRole:
        return contact.id;
    case PackRole:
        return contact.pack;
    case ServicesRole:
        return contact.services;
    case RegionsRole:
        return contact.regions;
    case RegionNamesRole:
        return joinedNames(contact.regions, &ContactTexts::regionName);
    case TopicsRole:
        return contact.topics;
    case TopicNamesRole:
        return joinedNames(contact.topics, &ContactTexts::topicName);
    case LanguagesRole:
        return contact.spokenLanguages;
    case LanguageNamesRole:
        return joinedNames(contact.spokenLanguages, &ContactTexts::languageName);
    case OpenStateRole:
        return row.opening.state;
    case OpenTextRole:
        return row.opening.known ? row.opening.text : ContactTexts::hoursUnknown(hasWebsite(contact));
    case HasHoursRole:
        return row.opening.known;
    case VerifiedRole:
        return ContactTexts::formatDate(contact.verified, language());
    case VerifiedDateRole:
        return contact.verified;
    case SectionRole:
        return row.national ? National : QStringLiteral("local");
    case SectionNameRole:
        return row.national ? tr("Across the Netherlands") : tr("In a region or town");
    case LanguageRole:
        return contact.language;
    case StatusRole:
        return contact.status;
    case IsFallbackRole:
        return contact.language != language();
    default:
        return {};
    }
}

QHash<int, QByteArray> ContactListModel::roleNames() const
{
    return {
        { ContactIdRole, "contactId" },
        { PackRole, "pack" },
        { NameRole, "name" },
        { ServicesRole, "services" },
        { RegionsRole, "regions" },
        { RegionNamesRole, "regionNames" },
        { TopicsRole, "topics" },
        { TopicNamesRole, "topicNames" },
        { LanguagesRole, "languages" },
        { LanguageNamesRole, "languageNames" },
        { OpenStateRole, "openState" },
        { OpenTextRole, "openText" },
        { HasHoursRole, "hasHours" },
        { VerifiedRole, "verified" },
        { VerifiedDateRole, "verifiedDate" },
        { SectionRole, "section" },
        { SectionNameRole, "sectionName" },
        { LanguageRole, "language" },
        { StatusRole, "status" },
        { IsFallbackRole, "isFallback" },
    };
}

void ContactListModel::fetch()
{
    m_all.clear();
    QStringList topics;
    QStringList regions;
    QStringList languages;
    if (library()) {
        for (content::ContactText &contact : library()->store()->contacts(language())) {
            Row row;
            std::tie(row.hours, row.closed) = hoursOf(contact);
            row.national = contact.regions.contains(National);
            row.folded = GlossaryModel::folded(contact.name + QLatin1Char('\n') + contact.services
                                               + QLatin1Char('\n') + plainText(contact.description));
            for (const QString &topic : std::as_const(contact.topics)) {
                if (!topics.contains(topic))
                    topics.append(topic);
            }
            for (const QString &region : std::as_const(contact.regions)) {
                if (region != National && !regions.contains(region))
                    regions.append(region);
            }
            for (const QString &spoken : std::as_const(contact.spokenLanguages)) {
                if (!languages.contains(spoken))
                    languages.append(spoken);
            }
            row.contact = std::move(contact);
            m_all.append(std::move(row));
        }
        // Alphabetical as the reader expects it, whatever order the store gives; national ones first,
        // as the sections of the list.
        i18n::Collation(language()).sortBy(m_all, [](const Row &row) { return row.contact.name; });
        std::stable_partition(m_all.begin(), m_all.end(), [](const Row &row) { return row.national; });
    }
    m_topicChoices = choices(tr("All topics"), topics, &ContactTexts::topicName, language());
    m_regionChoices = choices(tr("All regions"), regions, &ContactTexts::regionName, language());
    m_languageChoices = choices(tr("Any language"), languages, &ContactTexts::languageName, language());
    computeOpenings();
    applyFilters();
    Q_EMIT choicesChanged();
}

void ContactListModel::computeOpenings()
{
    for (Row &row : m_all)
        row.opening = openingOf(row.hours, row.closed, m_now, language());
}

bool ContactListModel::matches(const Row &row, const QString &needle) const
{
    const content::ContactText &contact = row.contact;
    if (!m_topic.isEmpty() && !contact.topics.contains(m_topic))
        return false;
    if (!m_spokenLanguage.isEmpty() && !contact.spokenLanguages.contains(m_spokenLanguage))
        return false;
    if (!m_region.isEmpty() && !row.national && !contact.regions.contains(m_region))
        return false;
    if (m_openNow && !row.opening.isOpen())
        return false;
    return needle.isEmpty() || row.folded.contains(needle);
}

void ContactListModel::applyFilters()
{
    m_shown.clear();
    const QString needle = GlossaryModel::folded(m_query.simplified());
    for (qsizetype i = 0; i < m_all.size(); ++i) {
        if (matches(m_all.at(i), needle))
            m_shown.append(i);
    }
}

void ContactListModel::refilter()
{
    const qsizetype before = m_shown.size();
    beginResetModel();
    applyFilters();
    endResetModel();
    if (m_shown.size() != before)
        Q_EMIT countChanged();
}

// ContactDetails

ContactDetails::ContactDetails(QObject *parent)
    : QObject(parent)
{
    m_clock.setInterval(60 * 1000);
    connect(&m_clock, &QTimer::timeout, this, [this] {
        if (!m_contact)
            return;
        // Rebuild only when what the page says changed, so the buttons are not rebuilt every minute.
        const auto [hours, closed] = hoursOf(*m_contact);
        if (openingOf(hours, closed, m_now, readerLanguage()).text != m_opening.text)
            load();
    });
    m_clock.start();
}

void ContactDetails::setLibrary(ContentLibrary *library)
{
    if (m_library == library)
        return;
    if (m_library)
        disconnect(m_library, nullptr, this, nullptr);
    m_library = library;
    if (m_library)
        connect(m_library, &ContentLibrary::contentChanged, this, &ContactDetails::load);
    load();
    Q_EMIT libraryChanged();
}

void ContactDetails::setPack(const QString &pack)
{
    if (m_pack == pack)
        return;
    m_pack = pack;
    load();
    Q_EMIT sourceChanged();
}

void ContactDetails::setContactId(const QString &contactId)
{
    if (m_contactId == contactId)
        return;
    m_contactId = contactId;
    load();
    Q_EMIT sourceChanged();
}

void ContactDetails::setNow(const QDateTime &now)
{
    if (m_now == now && m_now.isValid() == now.isValid())
        return;
    m_now = now;
    if (m_now.isValid())
        m_clock.stop();
    else
        m_clock.start();
    load();
    Q_EMIT sourceChanged();
}

QString ContactDetails::readerLanguage() const
{
    return m_library ? m_library->language() : QStringLiteral("en");
}

bool ContactDetails::isFallback() const
{
    return m_contact && m_contact->language != readerLanguage();
}

QString ContactDetails::verified() const
{
    return m_contact ? ContactTexts::formatDate(m_contact->verified, readerLanguage()) : QString();
}

QString ContactDetails::regionNames() const
{
    return m_contact ? joinedNames(m_contact->regions, &ContactTexts::regionName) : QString();
}

QString ContactDetails::topicNames() const
{
    return m_contact ? joinedNames(m_contact->topics, &ContactTexts::topicName) : QString();
}

QString ContactDetails::languageNames() const
{
    return m_contact ? joinedNames(m_contact->spokenLanguages, &ContactTexts::languageName) : QString();
}

bool ContactDetails::needsInterpreter() const
{
    return m_contact
        && (m_contact->spokenLanguages.isEmpty() || !m_contact->spokenLanguages.contains(readerLanguage()));
}

QString ContactDetails::channelUrl(const content::ContactChannel &channel)
{
    if (channel.kind == QLatin1String("phone"))
        return QStringLiteral("tel:") + channel.value;
    if (channel.kind == QLatin1String("whatsapp")) {
        // wa.me takes the international number without "+"; a national-only number has no WhatsApp.
        if (!channel.value.startsWith(QLatin1Char('+')))
            return {};
        QString digits;
        for (const QChar c : channel.value) {
            if (c.isDigit())
                digits.append(c);
        }
        return QStringLiteral("https://wa.me/") + digits;
    }
    if (channel.kind == QLatin1String("email"))
        return QStringLiteral("mailto:") + channel.value;
    if (channel.kind == QLatin1String("website") && channel.value.startsWith(QLatin1String("https://")))
        return channel.value;
    return {};
}

void ContactDetails::load()
{
    m_contact.reset();
    m_html.clear();
    m_hours.clear();
    m_opening = {};
    m_channels.clear();
    const QString language = readerLanguage();
    if (m_library && !m_pack.isEmpty() && !m_contactId.isEmpty())
        m_contact = m_library->store()->contact(m_pack, m_contactId, language);
    if (m_contact) {
        m_html = MarkdownRenderer::toHtml(m_contact->description);
        const auto [hours, closed] = hoursOf(*m_contact);
        m_hours = hours;
        m_opening = openingOf(hours, closed, m_now, language);
        if (!m_opening.known)
            m_opening.text = ContactTexts::hoursUnknown(hasWebsite(*m_contact));
        for (const content::ContactChannel &channel : std::as_const(m_contact->channels)) {
            QString action;
            QString note;
            QString copy;
            if (channel.kind == QLatin1String("phone")) {
                action = tr("Call %1").arg(isolated(channel.display));
                copy = channel.display;
                if (channel.emergency)
                    note = tr("Emergency");
                else if (channel.nationalOnly)
                    note = tr("Only from a Dutch phone number");
            } else if (channel.kind == QLatin1String("whatsapp")) {
                action = tr("WhatsApp %1").arg(isolated(channel.display));
                copy = channel.display;
            } else if (channel.kind == QLatin1String("email")) {
                action = tr("E-mail %1").arg(isolated(channel.display));
                copy = channel.value;
            } else if (channel.kind == QLatin1String("website")) {
                const QString host = QUrl(channel.value).host();
                action = tr("Website: %1").arg(isolated(host.isEmpty() ? channel.display : host));
            } else if (channel.kind == QLatin1String("address")) {
                action = channel.display;
                copy = channel.display;
            }
            // A channel's own hours (a phone line's) differ from the organisation's: say them there.
            const ContactOpening opening = channel.hours.isEmpty()
                ? ContactOpening { false, QStringLiteral("unknown"), {} }
                : openingOf(channel.hours, channel.closed, m_now, language);
            m_channels.append(QVariantMap {
                { QStringLiteral("kind"), channel.kind },
                { QStringLiteral("value"), channel.value },
                { QStringLiteral("display"), channel.display },
                { QStringLiteral("label"), channel.label },
                { QStringLiteral("url"), channelUrl(channel) },
                { QStringLiteral("actionName"), action },
                { QStringLiteral("note"), note },
                { QStringLiteral("copyText"), copy },
                { QStringLiteral("openText"), opening.text },
                { QStringLiteral("openState"), opening.state },
                { QStringLiteral("nationalOnly"), channel.nationalOnly },
                { QStringLiteral("emergency"), channel.emergency },
            });
        }
    }
    Q_EMIT changed();
}

QString ContactDetails::vcard() const
{
    if (!m_contact)
        return {};
    const QByteArray card
        = contacts::VCard::write(contacts::VCard::compact(contacts::VCard::fromDirectory(*m_contact)));
    return contacts::VCard::fitsInQrCode(card) ? QString::fromUtf8(card) : QString();
}

QString ContactDetails::saveVCard(const QUrl &fileUrl) const
{
    if (!m_contact)
        return tr("This organisation is not in the installed information.");
    const QString path = fileUrl.isLocalFile() ? fileUrl.toLocalFile() : QString();
    if (path.isEmpty() || !QDir::isAbsolutePath(path))
        return tr("Type the full path of the file, starting with /.");
    QSaveFile out(path);
    const QByteArray card = contacts::VCard::write(contacts::VCard::fromDirectory(*m_contact));
    if (!out.open(QIODevice::WriteOnly) || out.write(card) != card.size() || !out.commit())
        return tr("The contact card could not be saved at %1: %2").arg(path, out.errorString());
    return {};
}

bool ContactDetails::copyToClipboard(const QString &text) const
{
    if (text.isEmpty() || !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return false;
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!clipboard)
        return false;
    clipboard->setText(text);
    return true;
}

QString ContactDetails::clipboardText() const
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()) || !QGuiApplication::clipboard())
        return {};
    return QGuiApplication::clipboard()->text();
}

} // namespace rc::ui
