#include "deadline/Term.h"

#include <QStandardPaths>
#include <QTest>

using rc::deadline::Term;
using rc::deadline::TermUnit;

Q_DECLARE_METATYPE(rc::deadline::TermUnit)

class tst_Term : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parsesValidTerms_data();
    void parsesValidTerms();
    void rejectsBadTerms_data();
    void rejectsBadTerms();
    void limitsAreTenYears();
    void toStringRoundTrips();
};

void tst_Term::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Term::parsesValidTerms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::addColumn<TermUnit>("unit");
    QTest::newRow("1 day") << QStringLiteral("1 day") << 1 << TermUnit::Days;
    QTest::newRow("3 days") << QStringLiteral("3 days") << 3 << TermUnit::Days;
    QTest::newRow("1 week") << QStringLiteral("1 week") << 1 << TermUnit::Weeks;
    QTest::newRow("4 weeks") << QStringLiteral("4 weeks") << 4 << TermUnit::Weeks;
    QTest::newRow("3 months") << QStringLiteral("3 months") << 3 << TermUnit::Months;
    QTest::newRow("6 months") << QStringLiteral("6 months") << 6 << TermUnit::Months;
    QTest::newRow("upper case") << QStringLiteral("4 WEEKS") << 4 << TermUnit::Weeks;
    QTest::newRow("mixed case") << QStringLiteral("6 Months") << 6 << TermUnit::Months;
    QTest::newRow("plural with 1") << QStringLiteral("1 days") << 1 << TermUnit::Days;
    QTest::newRow("singular with 3") << QStringLiteral("3 month") << 3 << TermUnit::Months;
    QTest::newRow("spaces around") << QStringLiteral("  2 weeks \t") << 2 << TermUnit::Weeks;
    QTest::newRow("no space") << QStringLiteral("3days") << 3 << TermUnit::Days;
    QTest::newRow("leading zero") << QStringLiteral("06 weeks") << 6 << TermUnit::Weeks;
    QTest::newRow("10 years of days") << QStringLiteral("3652 days") << 3652 << TermUnit::Days;
    QTest::newRow("10 years of weeks") << QStringLiteral("521 weeks") << 521 << TermUnit::Weeks;
    QTest::newRow("10 years of months") << QStringLiteral("120 months") << 120 << TermUnit::Months;
}

void tst_Term::parsesValidTerms()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    QFETCH(TermUnit, unit);
    QString error;
    const std::optional<Term> term = Term::parse(text, &error);
    QVERIFY2(term, qPrintable(error));
    QCOMPARE(term->count, count);
    QCOMPARE(term->unit, unit);
}

void tst_Term::rejectsBadTerms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message"); // a part of the expected message
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("empty");
    QTest::newRow("0 days") << QStringLiteral("0 days") << QStringLiteral("is zero");
    QTest::newRow("000 weeks") << QStringLiteral("000 weeks") << QStringLiteral("is zero");
    QTest::newRow("-1 week") << QStringLiteral("-1 week") << QStringLiteral("negative");
    QTest::newRow("+1 week") << QStringLiteral("+1 week") << QStringLiteral("must start with a number");
    QTest::newRow("1 fortnight") << QStringLiteral("1 fortnight")
                                 << QStringLiteral("unknown unit \"fortnight\"");
    QTest::newRow("1 year") << QStringLiteral("1 year") << QStringLiteral("write the term in months");
    QTest::newRow("99999 days") << QStringLiteral("99999 days") << QStringLiteral("longer than 10 years");
    QTest::newRow("3653 days") << QStringLiteral("3653 days") << QStringLiteral("longer than 10 years");
    QTest::newRow("522 weeks") << QStringLiteral("522 weeks") << QStringLiteral("longer than 10 years");
    QTest::newRow("121 months") << QStringLiteral("121 months") << QStringLiteral("longer than 10 years");
    QTest::newRow("overflow digits") << QStringLiteral("99999999999999999999999999 days")
                                     << QStringLiteral("longer than 10 years");
    QTest::newRow("int wrap") << QStringLiteral("4294967297 days") << QStringLiteral("longer than 10 years");
    QTest::newRow("trailing junk") << QStringLiteral("3 days later")
                                   << QStringLiteral("unexpected \"later\"");
    QTest::newRow("trailing dot") << QStringLiteral("3 days.") << QStringLiteral("unexpected \".\"");
    QTest::newRow("two terms") << QStringLiteral("1 week 2 days") << QStringLiteral("unexpected \"2 days\"");
    QTest::newRow("decimal") << QStringLiteral("1.5 weeks") << QStringLiteral("unexpected");
    QTest::newRow("no unit") << QStringLiteral("3") << QStringLiteral("no unit");
    QTest::newRow("no number") << QStringLiteral("weeks") << QStringLiteral("must start with a number");
    QTest::newRow("word number") << QStringLiteral("three days")
                                 << QStringLiteral("must start with a number");
    QTest::newRow("Arabic-Indic digit") << QStringLiteral("\u0663 days") << QStringLiteral("digits 0-9");
    QTest::newRow("Dutch") << QStringLiteral("4 weken") << QStringLiteral("unknown unit \"weken\"");
    QTest::newRow("very long") << QString(200, QLatin1Char('1')) << QStringLiteral("too long");
}

void tst_Term::rejectsBadTerms()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QString error;
    const std::optional<Term> term = Term::parse(text, &error);
    QVERIFY2(!term, qPrintable(term ? term->toString() : QString()));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(!Term::parse(text)); // works without an error string too
}

void tst_Term::limitsAreTenYears()
{
    // 10 years is at most 3653 days; each limit stays within it.
    QVERIFY(Term::MaxDays <= 3653);
    QVERIFY(Term::MaxWeeks * 7 <= 3653 && (Term::MaxWeeks + 1) * 7 > 3652);
    QCOMPARE(Term::MaxMonths, 120);
}

void tst_Term::toStringRoundTrips()
{
    for (const TermUnit unit : { TermUnit::Days, TermUnit::Weeks, TermUnit::Months }) {
        for (int count : { 1, 2, 3, 12, Term::maxCount(unit) }) {
            const Term term { count, unit };
            const std::optional<Term> back = Term::parse(term.toString());
            QVERIFY2(back && *back == term, qPrintable(term.toString()));
        }
    }
    QCOMPARE(Term({ 1, TermUnit::Weeks }).toString(), QStringLiteral("1 week"));
    QCOMPARE(Term({ 4, TermUnit::Weeks }).toString(), QStringLiteral("4 weeks"));
    QCOMPARE(Term({ 1, TermUnit::Months }).toString(), QStringLiteral("1 month"));
}

QTEST_GUILESS_MAIN(tst_Term)
#include "tst_term.moc"
