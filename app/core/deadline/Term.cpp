#include "Term.h"

namespace rc::deadline {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

} // namespace

QString unitName(TermUnit unit)
{
    switch (unit) {
    case TermUnit::Days:
        return QStringLiteral("days");
    case TermUnit::Weeks:
        return QStringLiteral("weeks");
    case TermUnit::Months:
        return QStringLiteral("months");
    }
    return {};
}

std::optional<TermUnit> termUnitFromString(const QString &word)
{
    const QString w = word.toLower();
    if (w == QLatin1String("day") || w == QLatin1String("days"))
        return TermUnit::Days;
    if (w == QLatin1String("week") || w == QLatin1String("weeks"))
        return TermUnit::Weeks;
    if (w == QLatin1String("month") || w == QLatin1String("months"))
        return TermUnit::Months;
    return std::nullopt;
}

int Term::maxCount(TermUnit unit)
{
    switch (unit) {
    case TermUnit::Days:
        return MaxDays;
    case TermUnit::Weeks:
        return MaxWeeks;
    case TermUnit::Months:
        return MaxMonths;
    }
    return 0;
}

std::optional<Term> Term::parse(const QString &text, QString *error)
{
    static constexpr qsizetype maxLength = 64;
    const QString s = text.trimmed();
    if (s.isEmpty()) {
        fail(error, QStringLiteral("the term is empty: write a number and a unit, e.g. \"1 week\""));
        return std::nullopt;
    }
    if (s.size() > maxLength) {
        fail(error, QStringLiteral("the term is too long: write a number and a unit, e.g. \"4 weeks\""));
        return std::nullopt;
    }
    if (s.front() == QLatin1Char('-')) {
        fail(error, QStringLiteral("the term \"%1\" is negative: it must be at least 1").arg(s));
        return std::nullopt;
    }

    qsizetype at = 0;
    qint64 value = 0;
    bool tooLarge = false;
    while (at < s.size() && isAsciiDigit(s.at(at))) {
        value = value * 10 + (s.at(at).unicode() - '0');
        if (value > 1'000'000'000) {
            tooLarge = true;
            value = 1'000'000'000;
        }
        ++at;
    }
    if (at == 0) {
        fail(
            error,
            QStringLiteral("the term \"%1\" must start with a number (digits 0-9), e.g. \"4 weeks\"").arg(s));
        return std::nullopt;
    }
    while (at < s.size() && s.at(at).isSpace())
        ++at;
    const qsizetype unitStart = at;
    while (at < s.size() && s.at(at).isLetter())
        ++at;
    const QString word = s.mid(unitStart, at - unitStart);
    while (at < s.size() && s.at(at).isSpace())
        ++at;
    if (word.isEmpty() && at == s.size()) {
        fail(error, QStringLiteral("the term \"%1\" has no unit: write days, weeks or months").arg(s));
        return std::nullopt;
    }
    if (at != s.size()) {
        fail(error,
             QStringLiteral("unexpected \"%1\" in the term \"%2\": write only a number and a unit, "
                            "e.g. \"3 months\"")
                 .arg(s.mid(at), s));
        return std::nullopt;
    }
    const std::optional<TermUnit> unit = termUnitFromString(word);
    if (!unit) {
        const QString lower = word.toLower();
        if (lower == QLatin1String("year") || lower == QLatin1String("years"))
            fail(error,
                 QStringLiteral("years are not supported: write the term in months, e.g. \"12 months\""));
        else
            fail(error, QStringLiteral("unknown unit \"%1\": use days, weeks or months").arg(word));
        return std::nullopt;
    }
    if (value == 0) {
        fail(error, QStringLiteral("the term \"%1\" is zero: it must be at least 1").arg(s));
        return std::nullopt;
    }
    if (tooLarge || value > maxCount(*unit)) {
        fail(error,
             QStringLiteral("the term \"%1\" is longer than 10 years (at most %2 days, %3 weeks or %4 "
                            "months)")
                 .arg(s, QString::number(MaxDays), QString::number(MaxWeeks), QString::number(MaxMonths)));
        return std::nullopt;
    }
    return Term { int(value), *unit };
}

QString Term::toString() const
{
    QString name = unitName(unit);
    if (count == 1)
        name.chop(1);
    return QStringLiteral("%1 %2").arg(count).arg(name);
}

} // namespace rc::deadline
