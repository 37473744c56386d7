#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <algorithm>
#include <memory>
#include <numeric>

namespace rc::i18n {

// Alphabetical order as readers of a language expect it, from ICU's collator for that language:
// Persian پ after ب and و before ه, Turkish ç after c and ı before i. A language ICU has no tailoring
// for (Tigrinya, Sorani, Somali in ICU 72) gets the root order of the Unicode Collation Algorithm,
// which already keeps each script's letters in their usual order.
class Collation
{
public:
    // Primary: base letters only (Arabic tashkeel, Latin accents and case are ignored); Secondary:
    // accents count; Tertiary (ICU's default): case counts too.
    enum class Strength
    {
        Primary,
        Secondary,
        Tertiary
    };

    explicit Collation(QStringView language, Strength strength = Strength::Tertiary);
    ~Collation();
    Collation(Collation &&) noexcept;
    Collation &operator=(Collation &&) noexcept;
    Collation(const Collation &) = delete;
    Collation &operator=(const Collation &) = delete;

    // Negative, zero or positive as `a` sorts before, with or after `b`.
    int compare(QStringView a, QStringView b) const;
    bool lessThan(QStringView a, QStringView b) const { return compare(a, b) < 0; }

    // Bytes whose plain byte order is this collation's order (for sorting many strings).
    QByteArray sortKey(QStringView text) const;

    // True when ICU has rules of its own for the language, false when the root order is used.
    bool isTailored() const;

    // Sorts in place; equal strings keep their order.
    void sort(QStringList &list) const;

    // Sorts items by a string each one has (`key(item)` returns a QString); equal keys keep their order.
    template<typename T, typename KeyFunction> void sortBy(QList<T> &items, KeyFunction key) const
    {
        QList<QByteArray> keys;
        keys.reserve(items.size());
        for (const T &item : std::as_const(items))
            keys.append(sortKey(key(item)));
        QList<qsizetype> order(items.size());
        std::iota(order.begin(), order.end(), qsizetype(0));
        std::stable_sort(order.begin(), order.end(),
                         [&](qsizetype a, qsizetype b) { return keys[a] < keys[b]; });
        QList<T> sorted;
        sorted.reserve(items.size());
        for (const qsizetype i : std::as_const(order))
            sorted.append(std::move(items[i]));
        items = std::move(sorted);
    }

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace rc::i18n
