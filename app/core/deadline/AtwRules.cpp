#include "AtwRules.h"

#include "DataFile.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace rc::deadline {

namespace {

// A JSON number that is a whole number in [1, 1e9]; nullopt otherwise.
std::optional<int> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || d < 1 || d > 1e9)
        return std::nullopt;
    return int(d);
}

std::optional<AtwApplies> appliesFromString(const QString &text)
{
    if (text == QLatin1String("yes"))
        return AtwApplies::Yes;
    if (text == QLatin1String("no"))
        return AtwApplies::No;
    if (text == QLatin1String("uncertain"))
        return AtwApplies::Uncertain;
    return std::nullopt;
}

} // namespace

QString atwName(AtwApplies applies)
{
    switch (applies) {
    case AtwApplies::Yes:
        return QStringLiteral("yes");
    case AtwApplies::No:
        return QStringLiteral("no");
    case AtwApplies::Uncertain:
        return QStringLiteral("uncertain");
    }
    return {};
}

std::optional<AtwRules> AtwRules::parse(const QByteArray &json, const QString &fileName, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    const std::optional<QJsonObject> root = DataFile::parseObject(json, fileName, error);
    if (!root)
        return std::nullopt;
    const QString stray = DataFile::unknownKey(
        *root, { QStringLiteral("note"), QStringLiteral("checked"), QStringLiteral("rules") });
    if (!stray.isEmpty()) {
        *error = QStringLiteral("%1: unknown key '%2' (expected note, checked, rules)").arg(fileName, stray);
        return std::nullopt;
    }
    const QJsonValue checked = root->value(QLatin1String("checked"));
    if (!checked.isUndefined() && !DataFile::parseIsoDate(checked.toString())) {
        *error = QStringLiteral("%1: 'checked' must be a date written YYYY-MM-DD").arg(fileName);
        return std::nullopt;
    }
    const QJsonValue list = root->value(QLatin1String("rules"));
    if (!list.isArray() || list.toArray().isEmpty()) {
        *error = QStringLiteral("%1: 'rules' must be a non-empty list").arg(fileName);
        return std::nullopt;
    }

    QList<AtwRule> rules;
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("%1: rules[%2]").arg(fileName).arg(i);
        if (!array.at(i).isObject()) {
            *error = QStringLiteral("%1: must be an object with unit, atw, source and note").arg(where);
            return std::nullopt;
        }
        const QJsonObject entry = array.at(i).toObject();
        const QString strayKey = DataFile::unknownKey(entry,
                                                      { QStringLiteral("unit"), QStringLiteral("min"),
                                                        QStringLiteral("max"), QStringLiteral("atw"),
                                                        QStringLiteral("source"), QStringLiteral("note") });
        if (!strayKey.isEmpty()) {
            *error = QStringLiteral("%1: unknown key '%2' (expected unit, min, max, atw, source, note)")
                         .arg(where, strayKey);
            return std::nullopt;
        }
        AtwRule rule;
        const QString unitText = entry.value(QLatin1String("unit")).toString();
        const std::optional<TermUnit> unit = termUnitFromString(unitText);
        if (!unit || unitText != unitName(*unit)) {
            *error = QStringLiteral("%1: 'unit' must be days, weeks or months").arg(where);
            return std::nullopt;
        }
        rule.unit = *unit;
        const std::optional<AtwApplies> applies
            = appliesFromString(entry.value(QLatin1String("atw")).toString());
        if (!applies) {
            *error = QStringLiteral("%1: 'atw' must be yes, no or uncertain").arg(where);
            return std::nullopt;
        }
        rule.applies = *applies;
        if (entry.contains(QLatin1String("min"))) {
            const std::optional<int> min = wholeNumber(entry.value(QLatin1String("min")));
            if (!min) {
                *error = QStringLiteral("%1: 'min' must be a whole number of at least 1").arg(where);
                return std::nullopt;
            }
            rule.minCount = *min;
        }
        if (entry.contains(QLatin1String("max"))) {
            const std::optional<int> max = wholeNumber(entry.value(QLatin1String("max")));
            if (!max || *max < rule.minCount) {
                *error = QStringLiteral("%1: 'max' must be a whole number no smaller than 'min'").arg(where);
                return std::nullopt;
            }
            rule.maxCount = *max;
        }
        const QJsonValue source = entry.value(QLatin1String("source"));
        if (!source.isString() || source.toString().trimmed().isEmpty()) {
            *error
                = QStringLiteral("%1: 'source' is missing: every rule needs the URL it rests on").arg(where);
            return std::nullopt;
        }
        if (!DataFile::isHttpsUrl(source.toString())) {
            *error = QStringLiteral("%1: source '%2' is not an https URL").arg(where, source.toString());
            return std::nullopt;
        }
        rule.source = source.toString();
        rule.note = entry.value(QLatin1String("note")).toString().trimmed();
        if (rule.note.isEmpty()) {
            *error = QStringLiteral("%1: 'note' is missing: say what the rule rests on").arg(where);
            return std::nullopt;
        }
        for (qsizetype j = 0; j < rules.size(); ++j) {
            const AtwRule &other = rules.at(j);
            if (other.unit == rule.unit && other.minCount <= rule.maxCount
                && rule.minCount <= other.maxCount) {
                *error = QStringLiteral("%1: overlaps rules[%2] for %3")
                             .arg(where)
                             .arg(j)
                             .arg(unitName(rule.unit));
                return std::nullopt;
            }
        }
        rules.append(rule);
    }
    return AtwRules(rules);
}

std::optional<AtwRules> AtwRules::loadFile(const QString &path, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    const std::optional<QByteArray> data = DataFile::read(path, error);
    if (!data)
        return std::nullopt;
    return parse(*data, path, error);
}

AtwRule AtwRules::ruleFor(const Term &term) const
{
    for (const AtwRule &rule : m_rules) {
        if (rule.matches(term))
            return rule;
    }
    AtwRule fallback;
    fallback.unit = term.unit;
    fallback.minCount = term.count;
    fallback.maxCount = term.count;
    fallback.applies = AtwApplies::Uncertain;
    fallback.source = QStringLiteral("https://wetten.overheid.nl/BWBR0002448");
    fallback.note = QStringLiteral("the rules file does not cover a term of %1").arg(term.toString());
    return fallback;
}

} // namespace rc::deadline
