#include "TimelineFixture.h"
#include "deadline/AtwRules.h"
#include "deadline/Holidays.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rc::deadline;

namespace {

const QString fileName = QStringLiteral("data.json");

QByteArray equatedJson(const QByteArray &days, const QByteArray &extra = {})
{
    return "{ \"note\": \"test\", " + extra + "\"days\": [" + days + "] }";
}

QByteArray rulesJson(const QByteArray &rules)
{
    return "{ \"note\": \"test\", \"rules\": [" + rules + "] }";
}

const QByteArray goodDay = R"({ "date": "2026-05-15", "name": "Friday after Ascension Day",
                               "source": "https://example.org/decree" })";
const QByteArray goodRule = R"({ "unit": "weeks", "min": 1, "max": 11, "atw": "yes",
                                "source": "https://example.org/atw", "note": "n" })";

} // namespace

class tst_DeadlineData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shippedFilesLoad();
    void shippedEquatedDaysAreSourced();
    void shippedRulesCoverAsylumTerms();
    void equatedDaysErrors_data();
    void equatedDaysErrors();
    void emptyEquatedListNeedsNote();
    void rulesErrors_data();
    void rulesErrors();
    void ruleForUsesFirstMatchAndFallsBackToUncertain();
    void missingAndOversizedFiles();
};

void tst_DeadlineData::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_DeadlineData::shippedFilesLoad()
{
    QString error;
    QVERIFY2(rc::test::shippedCalculator(&error), qPrintable(error));
}

void tst_DeadlineData::shippedEquatedDaysAreSourced()
{
    QFile file(rc::test::shippedEquatedDaysFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QVERIFY2(!QJsonDocument::fromJson(json).object().value(QLatin1String("note")).toString().isEmpty(),
             "the file says what it holds and where it comes from");
    QString error;
    const auto days = HolidayCalendar::parseEquatedDays(json, fileName, &error);
    QVERIFY2(days, qPrintable(error));
    static const char *const months[]
        = { "januari", "februari", "maart",     "april",   "mei",      "juni",
            "juli",    "augustus", "september", "oktober", "november", "december" };
    for (const EquatedDay &day : *days) {
        const QString date = day.date.toString(Qt::ISODate);
        // A decree equates working days; an equated Saturday or Sunday would be a typo.
        QVERIFY2(day.date.dayOfWeek() < Qt::Saturday, qPrintable(date));
        QVERIFY2(day.date.year() >= Holidays::FirstYear, qPrintable(date));
        QVERIFY2(day.source.startsWith(QLatin1String("https://")), qPrintable(day.source));
        // The decree's title lists the days it equates, in Dutch ("24 en 31 december 2018").
        QVERIFY2(day.decree.contains(QString::number(day.date.day()))
                     && day.decree.contains(QLatin1String(months[day.date.month() - 1]))
                     && day.decree.contains(QString::number(day.date.year())),
                 qPrintable(date + QStringLiteral(": ") + day.decree));
    }
}

void tst_DeadlineData::shippedRulesCoverAsylumTerms()
{
    QString error;
    const std::optional<AtwRules> rules = AtwRules::loadFile(rc::test::shippedRulesFile(), &error);
    QVERIFY2(rules, qPrintable(error));
    // The terms of the asylum procedure (research notes B, C, F): 1 day, 1 and 4 weeks are certain;
    // every term in months is uncertain.
    QCOMPARE(rules->ruleFor({ 1, TermUnit::Days }).applies, AtwApplies::Yes);
    QCOMPARE(rules->ruleFor({ 1, TermUnit::Weeks }).applies, AtwApplies::Yes);
    QCOMPARE(rules->ruleFor({ 4, TermUnit::Weeks }).applies, AtwApplies::Yes);
    QCOMPARE(rules->ruleFor({ 6, TermUnit::Weeks }).applies, AtwApplies::Yes);
    QCOMPARE(rules->ruleFor({ 1, TermUnit::Months }).applies, AtwApplies::Uncertain);
    QCOMPARE(rules->ruleFor({ 3, TermUnit::Months }).applies, AtwApplies::Uncertain);
    QCOMPARE(rules->ruleFor({ 6, TermUnit::Months }).applies, AtwApplies::Uncertain);
    QCOMPARE(rules->ruleFor({ 90, TermUnit::Days }).applies, AtwApplies::Uncertain);
    QCOMPARE(rules->ruleFor({ 12, TermUnit::Weeks }).applies, AtwApplies::Uncertain);
    // Every term the parser accepts is covered by a rule of the file, not by the fallback.
    for (const TermUnit unit : { TermUnit::Days, TermUnit::Weeks, TermUnit::Months }) {
        for (int count = 1; count <= Term::maxCount(unit); ++count) {
            const Term term { count, unit };
            bool covered = false;
            for (const AtwRule &rule : rules->rules())
                covered = covered || rule.matches(term);
            QVERIFY2(covered, qPrintable(term.toString()));
        }
    }
}

void tst_DeadlineData::equatedDaysErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("{ \"days\": [ ") << QStringLiteral("data.json:1: invalid JSON");
    QTest::newRow("error on line 3") << QByteArray("{\n\"days\": [\n  { \"date\": 2026-05-15 } ]\n}")
                                     << QStringLiteral("data.json:3: invalid JSON");
    QTest::newRow("array root") << QByteArray("[]") << QStringLiteral("must hold one JSON object");
    QTest::newRow("no days") << QByteArray("{ \"note\": \"x\" }") << QStringLiteral("'days' must be a list");
    QTest::newRow("days not a list") << QByteArray("{ \"note\": \"x\", \"days\": {} }")
                                     << QStringLiteral("'days' must be a list");
    QTest::newRow("unknown top key") << QByteArray("{ \"note\": \"x\", \"day\": [] }")
                                     << QStringLiteral("unknown key 'day'");
    QTest::newRow("entry not object")
        << equatedJson("\"2026-05-15\"") << QStringLiteral("days[0]: must be an object");
    QTest::newRow("missing date") << equatedJson(R"({ "name": "x", "source": "https://a.nl/" })")
                                  << QStringLiteral("days[0]: 'date' is missing");
    QTest::newRow("date not a string")
        << equatedJson(R"({ "date": 20260515, "name": "x", "source": "https://a.nl/" })")
        << QStringLiteral("'date' is missing");
    QTest::newRow("bad date") << equatedJson(
        R"({ "date": "2026-02-30", "name": "x", "source": "https://a.nl/" })")
                              << QStringLiteral("date '2026-02-30' is not a real date");
    QTest::newRow("Dutch date") << equatedJson(
        R"({ "date": "15-05-2026", "name": "x", "source": "https://a.nl/" })")
                                << QStringLiteral("date '15-05-2026' is not a real date");
    QTest::newRow("date with time") << equatedJson(
        R"({ "date": "2026-05-15T00:00", "name": "x", "source": "https://a.nl/" })")
                                    << QStringLiteral("is not a real date");
    QTest::newRow("missing name") << equatedJson(R"({ "date": "2026-05-15", "source": "https://a.nl/" })")
                                  << QStringLiteral("days[0] (2026-05-15): 'name' is missing");
    QTest::newRow("missing source") << equatedJson(R"({ "date": "2026-05-15", "name": "x" })")
                                    << QStringLiteral("days[0] (2026-05-15): 'source' is missing");
    QTest::newRow("empty source") << equatedJson(R"({ "date": "2026-05-15", "name": "x", "source": " " })")
                                  << QStringLiteral("'source' is missing");
    QTest::newRow("http source") << equatedJson(
        R"({ "date": "2026-05-15", "name": "x", "source": "http://a.nl/" })")
                                 << QStringLiteral("source 'http://a.nl/' is not an https URL");
    QTest::newRow("not a URL") << equatedJson(
        R"({ "date": "2026-05-15", "name": "x", "source": "wetten.overheid.nl" })")
                               << QStringLiteral("is not an https URL");
    QTest::newRow("twice") << equatedJson(goodDay + "," + goodDay)
                           << QStringLiteral("days[1]: date 2026-05-15 is listed twice");
    QTest::newRow("typo key") << equatedJson(
        R"({ "date": "2026-05-15", "name": "x", "sorce": "https://a.nl/" })")
                              << QStringLiteral("unknown key 'sorce'");
    QTest::newRow("decree not text") << equatedJson(
        R"({ "date": "2026-05-15", "name": "x", "source": "https://a.nl/", "decree": 1 })")
                                     << QStringLiteral("'decree' must be a string");
    QTest::newRow("bad checked") << equatedJson(goodDay, "\"checked\": \"yesterday\", ")
                                 << QStringLiteral("'checked' must be a date");
    QTest::newRow("second entry bad")
        << equatedJson(goodDay + R"(, { "date": "2026-13-01", "name": "x", "source": "https://a.nl/" })")
        << QStringLiteral("days[1]: date '2026-13-01'");
}

void tst_DeadlineData::equatedDaysErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!HolidayCalendar::parseEquatedDays(json, fileName, &error));
    QVERIFY2(error.startsWith(fileName), qPrintable(error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void tst_DeadlineData::emptyEquatedListNeedsNote()
{
    QString error;
    const auto ok = HolidayCalendar::parseEquatedDays(
        R"({ "note": "No decree could be sourced.", "days": [] })", fileName, &error);
    QVERIFY2(ok && ok->isEmpty(), qPrintable(error));
    QVERIFY(!HolidayCalendar::parseEquatedDays(R"({ "days": [] })", fileName, &error));
    QVERIFY2(error.contains(QLatin1String("add a 'note'")), qPrintable(error));
    QVERIFY(!HolidayCalendar::parseEquatedDays(R"({ "note": " ", "days": [] })", fileName, &error));

    const auto one = HolidayCalendar::parseEquatedDays(equatedJson(goodDay), fileName, &error);
    QVERIFY2(one && one->size() == 1, qPrintable(error));
    QCOMPARE(one->constFirst().date, QDate(2026, 5, 15));
    QCOMPARE(one->constFirst().name, QStringLiteral("Friday after Ascension Day"));
    QCOMPARE(one->constFirst().source, QStringLiteral("https://example.org/decree"));
}

void tst_DeadlineData::rulesErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("{ rules: [] }") << QStringLiteral("data.json:1: invalid JSON");
    QTest::newRow("no rules") << QByteArray("{ \"note\": \"x\" }")
                              << QStringLiteral("'rules' must be a non-empty list");
    QTest::newRow("empty rules") << rulesJson("") << QStringLiteral("'rules' must be a non-empty list");
    QTest::newRow("unknown top key") << QByteArray("{ \"rule\": [] }")
                                     << QStringLiteral("unknown key 'rule'");
    QTest::newRow("bad unit") << rulesJson(
        R"({ "unit": "fortnights", "atw": "yes", "source": "https://a.nl/", "note": "n" })")
                              << QStringLiteral("rules[0]: 'unit' must be days, weeks or months");
    QTest::newRow("singular unit") << rulesJson(
        R"({ "unit": "week", "atw": "yes", "source": "https://a.nl/", "note": "n" })")
                                   << QStringLiteral("'unit' must be days, weeks or months");
    QTest::newRow("bad atw") << rulesJson(
        R"({ "unit": "days", "atw": "maybe", "source": "https://a.nl/", "note": "n" })")
                             << QStringLiteral("'atw' must be yes, no or uncertain");
    QTest::newRow("atw bool") << rulesJson(
        R"({ "unit": "days", "atw": true, "source": "https://a.nl/", "note": "n" })")
                              << QStringLiteral("'atw' must be yes, no or uncertain");
    QTest::newRow("missing source") << rulesJson(R"({ "unit": "days", "atw": "yes", "note": "n" })")
                                    << QStringLiteral("rules[0]: 'source' is missing");
    QTest::newRow("http source") << rulesJson(
        R"({ "unit": "days", "atw": "yes", "source": "http://a.nl/", "note": "n" })")
                                 << QStringLiteral("is not an https URL");
    QTest::newRow("missing note") << rulesJson(
        R"({ "unit": "days", "atw": "yes", "source": "https://a.nl/" })")
                                  << QStringLiteral("'note' is missing");
    QTest::newRow("min zero") << rulesJson(
        R"({ "unit": "days", "min": 0, "atw": "yes", "source": "https://a.nl/", "note": "n" })")
                              << QStringLiteral("'min' must be a whole number");
    QTest::newRow("min fraction") << rulesJson(
        R"({ "unit": "days", "min": 1.5, "atw": "yes", "source": "https://a.nl/", "note": "n" })")
                                  << QStringLiteral("'min' must be a whole number");
    QTest::newRow("min text") << rulesJson(
        R"({ "unit": "days", "min": "1", "atw": "yes", "source": "https://a.nl/", "note": "n" })")
                              << QStringLiteral("'min' must be a whole number");
    QTest::newRow("max below min") << rulesJson(
        R"({ "unit": "days", "min": 5, "max": 4, "atw": "yes", "source": "https://a.nl/", "note": "n" })")
                                   << QStringLiteral("'max' must be a whole number no smaller than 'min'");
    QTest::newRow("huge max") << rulesJson(
        R"({ "unit": "days", "max": 1e300, "atw": "yes", "source": "https://a.nl/", "note": "n" })")
                              << QStringLiteral("'max' must be a whole number");
    QTest::newRow("overlap") << rulesJson(
        goodRule + R"(, { "unit": "weeks", "min": 11, "atw": "no", "source": "https://a.nl/", "note": "n" })")
                             << QStringLiteral("rules[1]: overlaps rules[0] for weeks");
    QTest::newRow("typo key") << rulesJson(
        R"({ "unit": "days", "atw": "yes", "source": "https://a.nl/", "notes": "n" })")
                              << QStringLiteral("unknown key 'notes'");
}

void tst_DeadlineData::rulesErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!AtwRules::parse(json, fileName, &error));
    QVERIFY2(error.startsWith(fileName), qPrintable(error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void tst_DeadlineData::ruleForUsesFirstMatchAndFallsBackToUncertain()
{
    QString error;
    const auto rules = AtwRules::parse(
        rulesJson(
            goodRule
            + R"(, { "unit": "months", "max": 2, "atw": "no", "source": "https://a.nl/", "note": "short" })"),
        fileName, &error);
    QVERIFY2(rules, qPrintable(error));
    QCOMPARE(rules->ruleFor({ 4, TermUnit::Weeks }).applies, AtwApplies::Yes);
    QCOMPARE(rules->ruleFor({ 2, TermUnit::Months }).applies, AtwApplies::No);
    QCOMPARE(rules->ruleFor({ 2, TermUnit::Months }).note, QStringLiteral("short"));
    // Not covered: 12 weeks, 3 months, any days.
    for (const Term term :
         { Term { 12, TermUnit::Weeks }, Term { 3, TermUnit::Months }, Term { 1, TermUnit::Days } }) {
        const AtwRule fallback = rules->ruleFor(term);
        QCOMPARE(fallback.applies, AtwApplies::Uncertain);
        QVERIFY2(fallback.note.contains(term.toString()), qPrintable(fallback.note));
        QVERIFY(fallback.source.startsWith(QLatin1String("https://")));
    }
}

void tst_DeadlineData::missingAndOversizedFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    const QString missing = dir.filePath(QStringLiteral("missing.json"));
    QVERIFY(!AtwRules::loadFile(missing, &error));
    QVERIFY2(error.startsWith(missing + QStringLiteral(": cannot open")), qPrintable(error));
    QVERIFY(!HolidayCalendar::loadFile(missing, &error));
    QVERIFY2(error.startsWith(missing), qPrintable(error));

    const QString big = dir.filePath(QStringLiteral("big.json"));
    QFile file(big);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(2 * 1024 * 1024, ' '));
    file.close();
    QVERIFY(!HolidayCalendar::loadFile(big, &error));
    QVERIFY2(error.contains(QLatin1String("larger than")), qPrintable(error));

    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile brokenFile(broken);
    QVERIFY(brokenFile.open(QIODevice::WriteOnly));
    brokenFile.write("{\n  \"rules\": [\n    { \"unit\": \"days\", }\n  ]\n}\n");
    brokenFile.close();
    QVERIFY(!AtwRules::loadFile(broken, &error));
    QVERIFY2(error.startsWith(broken + QStringLiteral(":3: invalid JSON")), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_DeadlineData)
#include "tst_deadlinedata.moc"
