#pragma once

#include "Term.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <limits>
#include <optional>

namespace rc::deadline {

// Whether the Algemene termijnenwet (Atw) extends a term. "Uncertain" extends it too, but the result
// carries a caveat: file before the raw end.
enum class AtwApplies
{
    Yes,
    No,
    Uncertain
};

// "yes", "no", "uncertain". (Not toString(): QTest would find it by ADL and expect a char *.)
QString atwName(AtwApplies applies);

// One line of content/nl/deadlines/rules.json: for terms of `unit` whose count is in
// [minCount, maxCount], whether the Atw applies, with a source and a note.
struct AtwRule
{
    TermUnit unit = TermUnit::Days;
    int minCount = 1;
    int maxCount = std::numeric_limits<int>::max();
    AtwApplies applies = AtwApplies::Uncertain;
    QString source; // https URL
    QString note; // English, shown in the explanation when the rule is not "yes"

    bool matches(const Term &term) const
    {
        return term.unit == unit && term.count >= minCount && term.count <= maxCount;
    }
};

// Which terms the Atw applies to. This is data, not code, because part of it is unverified (Atw art. 4
// excludes some long terms; whether a term in months is excluded has not been checked against the law).
class AtwRules
{
public:
    AtwRules() = default;
    explicit AtwRules(const QList<AtwRule> &rules)
        : m_rules(rules)
    {
    }

    // Parses rules.json:
    //   { "note": "...", "rules": [ { "unit": "days", "min": 1, "max": 89, "atw": "yes",
    //                                 "source": "https://...", "note": "..." } ] }
    // unit: days/weeks/months; atw: yes/no/uncertain; min (default 1) and max (default: no limit) are
    // whole numbers; source (https) and note are required. Ranges of one unit must not overlap.
    static std::optional<AtwRules> parse(const QByteArray &json, const QString &fileName, QString *error);
    static std::optional<AtwRules> loadFile(const QString &path, QString *error);

    // The first rule that matches `term`. When none does, an "uncertain" rule that says so: a term the
    // data does not cover is never silently treated as certain.
    AtwRule ruleFor(const Term &term) const;

    const QList<AtwRule> &rules() const { return m_rules; }

private:
    QList<AtwRule> m_rules;
};

} // namespace rc::deadline
