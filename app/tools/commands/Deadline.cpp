// rcpack deadline --from YYYY-MM-DD --term "1 week" [--no-extension] [--rules FILE] [--holidays FILE]
//
// Prints the last day of the term as YYYY-MM-DD on the first line, then the explanation, one step a
// line. The data files default to content/nl/deadlines/{rules,equated-days}.json in the source tree
// this rcpack was built from (RC_DEADLINE_DATA_DIR); --rules and --holidays name others.
// Exit codes: 0 done; 1 a data file cannot be read or is invalid; 2 bad arguments (date, term, options).

#include "../Command.h"
#include "deadline/AtwRules.h"
#include "deadline/DeadlineCalculator.h"
#include "deadline/Holidays.h"
#include "deadline/Term.h"

#include <QDate>
#include <QRegularExpression>

using namespace rc::deadline;

namespace rc::tools {
namespace {

QString defaultDataFile(const char *name)
{
    return QStringLiteral(RC_DEADLINE_DATA_DIR "/") + QLatin1String(name);
}

int runDeadline(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption fromOption(QStringLiteral("from"), QString(), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption termOption(QStringLiteral("term"), QString(), QStringLiteral("TERM"));
    const QCommandLineOption noExtensionOption(QStringLiteral("no-extension"));
    const QCommandLineOption rulesOption(QStringLiteral("rules"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption holidaysOption(QStringLiteral("holidays"), QString(), QStringLiteral("FILE"));
    parser.addOptions({ fromOption, termOption, noExtensionOption, rulesOption, holidaysOption });
    int code = 0;
    if (!parseArguments(parser, QStringLiteral("deadline"), arguments, &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usage(QStringLiteral("deadline takes no arguments besides its options (unexpected '%1')")
                         .arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(fromOption))
        return usage(QStringLiteral("deadline needs --from YYYY-MM-DD: the day the decision was made known"));
    if (!parser.isSet(termOption))
        return usage(QStringLiteral("deadline needs --term, e.g. --term \"1 week\""));

    static const QRegularExpression isoDate(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QString fromText = parser.value(fromOption).trimmed();
    const QDate from = QDate::fromString(fromText, Qt::ISODate);
    if (!isoDate.match(fromText).hasMatch() || !from.isValid())
        return usage(QStringLiteral("--from '%1' is not a date written YYYY-MM-DD").arg(fromText));
    QString error;
    const std::optional<Term> term = Term::parse(parser.value(termOption), &error);
    if (!term)
        return usage(QStringLiteral("--term: %1").arg(error));

    const QString rulesPath
        = parser.isSet(rulesOption) ? parser.value(rulesOption) : defaultDataFile("rules.json");
    const QString holidaysPath
        = parser.isSet(holidaysOption) ? parser.value(holidaysOption) : defaultDataFile("equated-days.json");
    const std::optional<AtwRules> rules = AtwRules::loadFile(rulesPath, &error);
    if (!rules) {
        err() << "rcpack: " << error << '\n';
        return 1;
    }
    const std::optional<HolidayCalendar> calendar = HolidayCalendar::loadFile(holidaysPath, &error);
    if (!calendar) {
        err() << "rcpack: " << error << '\n';
        return 1;
    }

    DeadlineOptions options;
    options.applyAtw = !parser.isSet(noExtensionOption);
    const DeadlineCalculator calculator(*calendar, *rules);
    const std::optional<DeadlineResult> result = calculator.calculate(from, *term, options, &error);
    if (!result)
        return usage(QStringLiteral("--from %1: %2").arg(fromText, error));
    out() << result->end.toString(Qt::ISODate) << '\n';
    for (const QString &line : result->explanation())
        out() << line << '\n';
    return 0;
}

const RegisterCommand deadlineCommand({ QStringLiteral("deadline"),
                                        QStringLiteral("deadline --from DATE --term TERM"),
                                        QStringLiteral("the last day of a term, counted like a Dutch court "
                                                       "[--no-extension] [--rules FILE] [--holidays FILE]"),
                                        &runDeadline });

} // namespace
} // namespace rc::tools
