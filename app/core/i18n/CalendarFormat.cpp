#include "CalendarFormat.h"

#include <QRegularExpression>

#include <array>
#include <map>
#include <memory>
#include <string>
#include <unicode/calendar.h>
#include <unicode/datefmt.h>
#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

namespace rc::i18n {

namespace {

// Tigrinya names of the Ethiopian months, Meskerem to Pagume. ICU 72 (CLDR 42) has no Ethiopic calendar
// data for "ti" and falls back to Latin transliterations ("Meskerem", era "ERA1"). These are the names
// Tigrinya uses, spelled as CLDR 42 spells the Tigrinya Gregorian months (which in Tigrinya are named
// after the Ethiopian month they mostly overlap: September is መስከረም, January ጥሪ), so a date reads
// the same in both calendars. The thirteenth month, ጳጉሜን, is not a Gregorian month name; it is spelled
// as in Amharic and in Tigrinya church calendars.
constexpr std::array<const char16_t *, 13> tigrinyaEthiopicMonths = {
    u"መስከረም", u"ጥቅምቲ", u"ሕዳር", u"ታሕሳስ", u"ጥሪ",  u"ለካቲት", u"መጋቢት",
    u"ሚያዝያ",  u"ግንቦት", u"ሰነ",  u"ሓምለ",  u"ነሓሰ", u"ጳጉሜን",
};
// Abbreviated: the first two syllables, as CLDR abbreviates the Tigrinya Gregorian months.
constexpr std::array<const char16_t *, 13> tigrinyaEthiopicShortMonths = {
    u"መስ", u"ጥቅ", u"ሕዳ", u"ታሕ", u"ጥሪ", u"ለካ", u"መጋ", u"ሚያ", u"ግን", u"ሰነ", u"ሓም", u"ነሓ", u"ጳጉ",
};
// ICU's Ethiopic eras: 0 is Amete Alem (before the incarnation era), 1 is Amete Mihret, the era of
// every date the app shows. Written as Tigrinya calendars abbreviate them: ዓ/ዓ (ዓመተ ዓለም) and ዓ/ም
// (ዓመተ ምሕረት).
constexpr std::array<const char16_t *, 2> tigrinyaEthiopicEras = { u"ዓ/ዓ", u"ዓ/ም" };
constexpr std::array<const char16_t *, 2> tigrinyaEthiopicEraNames = { u"ዓመተ ዓለም", u"ዓመተ ምሕረት" };

icu::UnicodeString toIcu(QStringView text)
{
    return icu::UnicodeString(reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
}

QString fromIcu(const icu::UnicodeString &text)
{
    return QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length());
}

bool inRange(const QDate &date)
{
    return date.isValid() && date.year() >= MinYear && date.year() <= MaxYear;
}

// Midnight UTC of the day: ICU then works in GMT, so no time zone can move the day.
UDate toUDate(const QDate &date)
{
    return double(QDate(1970, 1, 1).daysTo(date)) * U_MILLIS_PER_DAY;
}

std::string icuLocaleId(QStringView language, Calendar calendar)
{
    // Always name the calendar: "fa" alone means the Persian calendar to ICU, and a Gregorian date must
    // stay Gregorian.
    return (icuLocaleFor(language) + QStringLiteral("@calendar=") + calendarId(calendar)).toStdString();
}

bool isTigrinya(QStringView language)
{
    return language == u"ti" || language.startsWith(u"ti_") || language.startsWith(u"ti-");
}

// The era names ICU falls back to when a locale has none ("ERA0", "ERA1").
bool isFallbackEra(const icu::DateFormatSymbols &symbols)
{
    int32_t count = 0;
    const icu::UnicodeString *eras = symbols.getEras(count);
    for (int32_t i = 0; i < count; ++i) {
        if (eras[i].startsWith(icu::UnicodeString(u"ERA")))
            return true;
    }
    return false;
}

std::unique_ptr<icu::DateFormat> newLongDateFormat(QStringView language, Calendar calendar)
{
    const icu::Locale locale(icuLocaleId(language, calendar).c_str());
    std::unique_ptr<icu::DateFormat> format(
        icu::DateFormat::createDateInstance(icu::DateFormat::kLong, locale));
    if (!format)
        return nullptr;
    format->adoptTimeZone(icu::TimeZone::getGMT()->clone());
    auto *simple = dynamic_cast<icu::SimpleDateFormat *>(format.get());
    if (!simple || calendar != Calendar::Ethiopic)
        return format;

    auto symbols = std::make_unique<icu::DateFormatSymbols>(*simple->getDateFormatSymbols());
    if (isTigrinya(language)) {
        std::array<icu::UnicodeString, 13> wide, abbreviated;
        for (size_t i = 0; i < wide.size(); ++i) {
            wide[i] = icu::UnicodeString(tigrinyaEthiopicMonths[i]);
            abbreviated[i] = icu::UnicodeString(tigrinyaEthiopicShortMonths[i]);
        }
        for (const auto context : { icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::STANDALONE }) {
            symbols->setMonths(wide.data(), int32_t(wide.size()), context, icu::DateFormatSymbols::WIDE);
            symbols->setMonths(abbreviated.data(), int32_t(abbreviated.size()), context,
                               icu::DateFormatSymbols::ABBREVIATED);
        }
        std::array<icu::UnicodeString, 2> eras { icu::UnicodeString(tigrinyaEthiopicEras[0]),
                                                 icu::UnicodeString(tigrinyaEthiopicEras[1]) };
        std::array<icu::UnicodeString, 2> eraNames { icu::UnicodeString(tigrinyaEthiopicEraNames[0]),
                                                     icu::UnicodeString(tigrinyaEthiopicEraNames[1]) };
        symbols->setEras(eras.data(), int32_t(eras.size()));
        symbols->setEraNames(eraNames.data(), int32_t(eraNames.size()));
        simple->adoptDateFormatSymbols(symbols.release());
    } else if (isFallbackEra(*symbols)) {
        // A placeholder such as "ERA1" helps nobody: leave the era out (every date shown is in the
        // current era).
        icu::UnicodeString pattern;
        simple->toPattern(pattern);
        static const QRegularExpression era(QStringLiteral(R"(,?\s*G+)"));
        QString cleaned = fromIcu(pattern).replace(era, QString()).trimmed();
        simple->applyPattern(toIcu(cleaned));
    }
    return format;
}

// Building a DateFormat loads locale data: keep one per locale and calendar. DateFormat::format is not
// safe to call from two threads at once, so each thread has its own.
icu::DateFormat *longDateFormat(QStringView language, Calendar calendar)
{
    thread_local std::map<std::pair<QString, Calendar>, std::unique_ptr<icu::DateFormat>> cache;
    const auto key = std::make_pair(language.toString(), calendar);
    auto it = cache.find(key);
    if (it == cache.end()) {
        // Language codes come from settings and content: bound what a damaged one can make us keep.
        if (cache.size() > 64)
            cache.clear();
        it = cache.emplace(key, newLongDateFormat(language, calendar)).first;
    }
    return it->second.get();
}

} // namespace

QString calendarId(Calendar calendar)
{
    switch (calendar) {
    case Calendar::Persian:
        return QStringLiteral("persian");
    case Calendar::Ethiopic:
        return QStringLiteral("ethiopic");
    case Calendar::Gregorian:
        break;
    }
    return QStringLiteral("gregorian");
}

std::optional<Calendar> calendarFromId(QStringView id)
{
    for (const Calendar calendar : { Calendar::Gregorian, Calendar::Persian, Calendar::Ethiopic }) {
        if (id == calendarId(calendar))
            return calendar;
    }
    return std::nullopt;
}

QList<Calendar> calendarsFor(QStringView language)
{
    if (language == u"fa" || language == u"prs")
        return { Calendar::Persian, Calendar::Gregorian };
    if (language == u"ti")
        return { Calendar::Gregorian, Calendar::Ethiopic };
    return { Calendar::Gregorian };
}

Calendar defaultCalendarFor(QStringView language)
{
    return calendarsFor(language).constFirst();
}

QString icuLocaleFor(QStringView language)
{
    static const std::map<QString, QString> locales = {
        { QStringLiteral("en"), QStringLiteral("en") },
        { QStringLiteral("nl"), QStringLiteral("nl_NL") },
        { QStringLiteral("ar"), QStringLiteral("ar") },
        { QStringLiteral("fa"), QStringLiteral("fa_IR") },
        { QStringLiteral("prs"), QStringLiteral("fa_AF") },
        { QStringLiteral("ps"), QStringLiteral("ps_AF") },
        { QStringLiteral("ti"), QStringLiteral("ti_ER") },
        { QStringLiteral("tr"), QStringLiteral("tr_TR") },
        { QStringLiteral("ckb"), QStringLiteral("ckb_IQ") },
        { QStringLiteral("so"), QStringLiteral("so_SO") },
        { QStringLiteral("uk"), QStringLiteral("uk_UA") },
        { QStringLiteral("fr"), QStringLiteral("fr_FR") },
    };
    const auto it = locales.find(language.toString());
    if (it != locales.end())
        return it->second;
    // Anything else is passed on only if it looks like a locale id: "@", ";" or "=" would let a damaged
    // setting choose ICU keywords (another calendar, collation options).
    static const QRegularExpression plain(QStringLiteral(R"(^[A-Za-z]{2,8}([_-][A-Za-z0-9]{1,8}){0,3}$)"));
    const QString code = language.toString();
    return plain.match(code).hasMatch() ? QString(code).replace(QLatin1Char('-'), QLatin1Char('_'))
                                        : QString();
}

std::optional<CalendarDate> toCalendar(const QDate &date, Calendar calendar)
{
    if (!inRange(date))
        return std::nullopt;
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale(icuLocaleId(u"en", calendar).c_str());
    std::unique_ptr<icu::Calendar> cal(
        icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(), locale, status));
    if (U_FAILURE(status) || !cal)
        return std::nullopt;
    cal->setTime(toUDate(date), status);
    CalendarDate result;
    result.era = cal->get(UCAL_ERA, status);
    result.year = cal->get(UCAL_YEAR, status);
    result.month = cal->get(UCAL_MONTH, status) + 1;
    result.day = cal->get(UCAL_DATE, status);
    if (U_FAILURE(status))
        return std::nullopt;
    return result;
}

QString formatDate(const QDate &date, Calendar calendar, QStringView language)
{
    if (!inRange(date))
        return {};
    icu::DateFormat *format = longDateFormat(language, calendar);
    if (!format)
        return date.toString(Qt::ISODate); // ICU without locale data: still a date the user can read
    icu::UnicodeString text;
    format->format(toUDate(date), text);
    return fromIcu(text);
}

QString formatWithGregorian(const QDate &date, Calendar calendar, QStringView language)
{
    const QString gregorian = formatDate(date, Calendar::Gregorian, language);
    if (calendar == Calendar::Gregorian || gregorian.isEmpty())
        return gregorian;
    // Parentheses read the same way in all twelve languages of the app (right to left too: the bidi
    // algorithm mirrors them), so this is not a translated string.
    return QStringLiteral("%1 (%2)").arg(formatDate(date, calendar, language), gregorian);
}

QStringList monthNames(Calendar calendar, QStringView language)
{
    QStringList names;
    if (calendar == Calendar::Ethiopic && isTigrinya(language)) {
        for (const char16_t *name : tigrinyaEthiopicMonths)
            names.append(QString::fromUtf16(name));
        return names;
    }
    UErrorCode status = U_ZERO_ERROR;
    const icu::DateFormatSymbols symbols(icu::Locale(icuLocaleId(language, calendar).c_str()), status);
    if (U_FAILURE(status))
        return names;
    int32_t count = 0;
    const icu::UnicodeString *months
        = symbols.getMonths(count, icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::WIDE);
    for (int32_t i = 0; i < count; ++i)
        names.append(fromIcu(months[i]));
    return names;
}

} // namespace rc::i18n
