#include "Collation.h"

#include "CalendarFormat.h"

#include <string_view>
#include <unicode/coll.h>
#include <unicode/locid.h>

namespace rc::i18n {

struct Collation::Private
{
    std::unique_ptr<icu::Collator> collator; // null only if ICU has no collation data at all
    bool tailored = false;
};

namespace {

icu::Collator::ECollationStrength icuStrength(Collation::Strength strength)
{
    switch (strength) {
    case Collation::Strength::Primary:
        return icu::Collator::PRIMARY;
    case Collation::Strength::Secondary:
        return icu::Collator::SECONDARY;
    case Collation::Strength::Tertiary:
        break;
    }
    return icu::Collator::TERTIARY;
}

} // namespace

Collation::Collation(QStringView language, Strength strength)
    : d(std::make_unique<Private>())
{
    // icuLocaleFor keeps ICU keywords out, so a damaged language setting cannot switch collation options.
    const std::string locale = icuLocaleFor(language).toStdString();
    UErrorCode status = U_ZERO_ERROR;
    d->collator.reset(icu::Collator::createInstance(icu::Locale(locale.c_str()), status));
    if (U_FAILURE(status) || !d->collator) {
        status = U_ZERO_ERROR;
        d->collator.reset(icu::Collator::createInstance(icu::Locale::getRoot(), status));
        if (U_FAILURE(status))
            d->collator.reset();
    } else {
        // U_USING_DEFAULT_WARNING: ICU has nothing for the language and gave the root rules.
        const bool rootRules = status == U_USING_DEFAULT_WARNING;
        status = U_ZERO_ERROR;
        const icu::Locale actual = d->collator->getLocale(ULOC_ACTUAL_LOCALE, status);
        d->tailored = !rootRules && U_SUCCESS(status) && actual.getName()[0] != '\0'
            && std::string_view(actual.getName()) != "root";
    }
    if (d->collator) {
        d->collator->setStrength(icuStrength(strength));
        // Canonically equivalent spellings (precomposed or not) sort as one.
        status = U_ZERO_ERROR;
        d->collator->setAttribute(UCOL_NORMALIZATION_MODE, UCOL_ON, status);
    }
}

Collation::~Collation() = default;
Collation::Collation(Collation &&) noexcept = default;
Collation &Collation::operator=(Collation &&) noexcept = default;

int Collation::compare(QStringView a, QStringView b) const
{
    if (!d->collator)
        return a.compare(b);
    UErrorCode status = U_ZERO_ERROR;
    const UCollationResult result
        = d->collator->compare(reinterpret_cast<const UChar *>(a.utf16()), int32_t(a.size()),
                               reinterpret_cast<const UChar *>(b.utf16()), int32_t(b.size()), status);
    if (U_FAILURE(status))
        return a.compare(b);
    return int(result);
}

QByteArray Collation::sortKey(QStringView text) const
{
    if (!d->collator)
        return text.toUtf8();
    const auto *units = reinterpret_cast<const UChar *>(text.utf16());
    const auto length = int32_t(text.size());
    QByteArray key(64, Qt::Uninitialized);
    int32_t needed = d->collator->getSortKey(units, length, reinterpret_cast<uint8_t *>(key.data()),
                                             int32_t(key.size()));
    if (needed > key.size()) {
        key.resize(needed);
        needed = d->collator->getSortKey(units, length, reinterpret_cast<uint8_t *>(key.data()),
                                         int32_t(key.size()));
    }
    if (needed <= 0)
        return text.toUtf8();
    key.resize(needed - 1); // without ICU's terminating zero byte
    return key;
}

bool Collation::isTailored() const
{
    return d->tailored;
}

void Collation::sort(QStringList &list) const
{
    sortBy(list, [](const QString &text) -> const QString & { return text; });
}

} // namespace rc::i18n
