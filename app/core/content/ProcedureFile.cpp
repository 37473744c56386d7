#include "ProcedureFile.h"

#include "LinkPolicy.h"
#include "deadline/Term.h"

#include <QRegularExpression>
#include <QSet>

namespace rc::content {

namespace {

// The keys a step may have, in the order the format describes them.
const QStringList &stepKeys()
{
    static const QStringList keys { QStringLiteral("event"),   QStringLiteral("who"),
                                    QStringLiteral("prepare"), QStringLiteral("rights"),
                                    QStringLiteral("read"),    QStringLiteral("duration"),
                                    QStringLiteral("deadline") };
    return keys;
}

bool repeatable(const QString &key)
{
    return key == QLatin1String("prepare") || key == QLatin1String("rights")
        || key == QLatin1String("deadline");
}

const QRegularExpression &keyLinePattern()
{
    static const QRegularExpression re(QStringLiteral("^([a-z][a-z-]*):(.*)$"));
    return re;
}

const QRegularExpression &stepHeadingPattern()
{
    static const QRegularExpression re(QStringLiteral("^##[ \\t]+(.*?)[ \\t]*\\{#([^}]*)\\}[ \\t]*$"));
    return re;
}

const QRegularExpression &anyHeadingPattern()
{
    static const QRegularExpression re(QStringLiteral("^[ ]{0,3}#{1,6}([ \\t]|$)"));
    return re;
}

QString joinLines(const QStringList &lines)
{
    return lines.join(QLatin1Char('\n')).trimmed();
}

} // namespace

const QStringList &ProcedureFile::eventKinds()
{
    // The kinds of VaultSession.caseDates (qml/pages/MyCasePage.qml), except "other".
    static const QStringList kinds { QStringLiteral("registration"),  QStringLiteral("interview"),
                                     QStringLiteral("intention"),     QStringLiteral("view_sent"),
                                     QStringLiteral("decision_sent"), QStringLiteral("permit_granted"),
                                     QStringLiteral("appeal_filed"),  QStringLiteral("court_hearing") };
    return kinds;
}

const QStringList &ProcedureFile::tracks()
{
    static const QStringList values { QStringLiteral("general"), QStringLiteral("extended"),
                                      QStringLiteral("dublin") };
    return values;
}

QString ProcedureFile::sourceDigest() const
{
    return basedOnDigest(title + QLatin1Char('\n') + summary + QLatin1Char('\n') + body);
}

const ProcedureFile::Step *ProcedureFile::find(const QString &stepId) const
{
    for (const Step &step : steps) {
        if (step.id == stepId)
            return &step;
    }
    return nullptr;
}

ProcedureFile ProcedureFile::parse(const QByteArray &data, const QString &fileName, const QDate &today,
                                   Diagnostics &diagnostics)
{
    ProcedureFile procedure;
    auto error = [&](int line, const QString &message) {
        diagnostics.append({ fileName, line, Diagnostic::Severity::Error, message });
    };

    const auto text = splitHeader(data, fileName, MaxFileBytes, QStringLiteral("a procedure"),
                                  QStringLiteral("procedure"), diagnostics);
    if (!text)
        return procedure;

    CommonHeader common;
    for (const HeaderLine &header : text->header) {
        const QString &key = header.key;
        const QString &value = header.value;
        const int lineNo = header.line;
        if (!procedure.headerLines.contains(key))
            procedure.headerLines.insert(key, lineNo);
        if (common.take(header, today, fileName, diagnostics))
            continue;
        if (key == QLatin1String("title")) {
            procedure.title = value;
            if (value.isEmpty())
                error(lineNo, QStringLiteral("title is empty"));
            else if (value.size() > MaxTitleLength)
                error(lineNo,
                      QStringLiteral("title is %1 characters; keep it under %2")
                          .arg(value.size())
                          .arg(MaxTitleLength));
        } else if (key == QLatin1String("summary")) {
            procedure.summary = value;
            if (value.isEmpty())
                error(lineNo, QStringLiteral("summary is empty"));
            else if (value.size() > MaxSummaryLength)
                error(lineNo,
                      QStringLiteral("summary is %1 characters; keep it under %2")
                          .arg(value.size())
                          .arg(MaxSummaryLength));
        } else if (key == QLatin1String("track")) {
            if (tracks().contains(value))
                procedure.track = value;
            else
                error(lineNo,
                      QStringLiteral("track '%1' is not one of %2")
                          .arg(value, tracks().join(QStringLiteral(", "))));
        } else if (key == QLatin1String("order")) {
            bool ok = false;
            procedure.order = value.toInt(&ok);
            if (!ok || procedure.order < 0 || procedure.order > 100000)
                error(lineNo, QStringLiteral("order '%1' is not a whole number from 0 to 100000").arg(value));
        } else if (key == QLatin1String("notice")) {
            if (value == QLatin1String("law-changing"))
                procedure.notice = value;
            else
                error(
                    lineNo,
                    QStringLiteral("notice '%1' is not known; the only notice is 'law-changing'").arg(value));
        } else {
            error(lineNo, QStringLiteral("unknown header key '%1'").arg(key));
        }
    }
    procedure.status = common.status;
    procedure.checked = common.checked;
    procedure.sources = common.sources;
    procedure.basedOn = common.basedOn;
    procedure.basedOnLine = common.basedOnLine;

    const int closeLine = text->closeLine;
    procedure.closeLine = closeLine;
    for (const char *required : { "title", "summary", "checked" }) {
        if (!procedure.headerLines.contains(QLatin1String(required)))
            error(closeLine, QStringLiteral("the header has no '%1'").arg(QLatin1String(required)));
    }
    if (!common.hasStatus)
        error(closeLine, QStringLiteral("the header has no 'status' (reviewed, machine or outdated)"));
    if (!procedure.headerLines.contains(QStringLiteral("source")))
        error(closeLine, QStringLiteral("every procedure needs at least one 'source:' URL for its facts"));

    procedure.bodyFirstLine = text->bodyFirstLine;
    procedure.rawBody = text->rawBody();
    procedure.body = procedure.rawBody.trimmed();
    // Links, images and raw HTML anywhere in the body, key lines included.
    checkMarkdown(procedure.rawBody, procedure.bodyFirstLine, fileName, QStringLiteral("in procedures"),
                  diagnostics, &procedure.internalLinks);

    // The body, line by line: the introduction, then one section per step.
    const QStringList &lines = text->lines;
    QStringList intro;
    QStringList description;
    Step *step = nullptr;
    bool inKeys = false;
    QSet<QString> keysSeen; // of the current step
    QMap<QString, QString> events; // event -> the step that has it
    QSet<QString> stepIds;

    auto finishStep = [&] {
        if (!step)
            return;
        step->description = joinLines(description);
        description.clear();
        if (!keysSeen.contains(QStringLiteral("who")))
            error(step->line, QStringLiteral("step '%1' has no 'who:' line (who is there)").arg(step->id));
        if (!keysSeen.contains(QStringLiteral("duration")))
            error(step->line,
                  QStringLiteral("step '%1' has no 'duration:' line (how long it usually takes)")
                      .arg(step->id));
        if (step->prepare.isEmpty())
            error(step->line,
                  QStringLiteral("step '%1' has no 'prepare:' line (what to prepare)").arg(step->id));
        if (step->rights.isEmpty())
            error(step->line,
                  QStringLiteral("step '%1' has no 'rights:' line (your rights at this step)").arg(step->id));
        if (step->description.isEmpty())
            error(step->line,
                  QStringLiteral("step '%1' has no description: after its key lines, an empty line and then "
                                 "what happens")
                      .arg(step->id));
    };

    auto parseDeadline = [&](const QString &value, int lineNo) -> std::optional<Deadline> {
        Deadline deadline;
        deadline.line = lineNo;
        const QStringList parts = value.split(QLatin1Char('|'));
        deadline.label = parts.first().trimmed();
        bool ok = true;
        if (deadline.label.isEmpty()) {
            error(lineNo,
                  QStringLiteral("a deadline starts with its label, e.g. 'deadline: Appeal to the court "
                                 "| term: 1 week | ...'"));
            ok = false;
        }
        QSet<QString> fields;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QString part = parts.at(i).trimmed();
            const qsizetype colon = part.indexOf(QLatin1Char(':'));
            const QString field = colon > 0 ? part.left(colon).trimmed() : QString();
            const QString fieldValue = colon > 0 ? part.mid(colon + 1).trimmed() : QString();
            static const QStringList known { QStringLiteral("term"), QStringLiteral("from"),
                                             QStringLiteral("basis"), QStringLiteral("source"),
                                             QStringLiteral("note") };
            if (!known.contains(field)) {
                error(lineNo,
                      QStringLiteral("deadline field '%1' is not one of term, from, basis, source, note "
                                     "(written 'field: value', separated by '|')")
                          .arg(part));
                ok = false;
                continue;
            }
            if (fields.contains(field)) {
                error(lineNo, QStringLiteral("deadline field '%1' is given twice").arg(field));
                ok = false;
                continue;
            }
            fields.insert(field);
            if (fieldValue.isEmpty()) {
                error(lineNo, QStringLiteral("deadline field '%1' is empty").arg(field));
                ok = false;
                continue;
            }
            if (field == QLatin1String("term")) {
                deadline.term = fieldValue;
                QString termError;
                if (fieldValue != AskLawyer && !deadline::Term::parse(fieldValue, &termError)) {
                    error(lineNo,
                          QStringLiteral("deadline term '%1': %2; or write '%3' when no number may be "
                                         "published")
                              .arg(fieldValue, termError, AskLawyer));
                    ok = false;
                }
            } else if (field == QLatin1String("from")) {
                deadline.from = fieldValue;
                if (!eventKinds().contains(fieldValue)) {
                    error(lineNo,
                          QStringLiteral("deadline 'from: %1' is not a key date; use one of %2")
                              .arg(fieldValue, eventKinds().join(QStringLiteral(", "))));
                    ok = false;
                }
            } else if (field == QLatin1String("basis")) {
                deadline.basis = fieldValue;
            } else if (field == QLatin1String("source")) {
                deadline.source = fieldValue;
                if (!fieldValue.startsWith(QLatin1String("https://"))
                    || !LinkPolicy::isExternalLink(fieldValue)) {
                    error(lineNo, QStringLiteral("deadline source '%1' is not an https URL").arg(fieldValue));
                    ok = false;
                }
            } else {
                deadline.note = fieldValue;
            }
        }
        for (const char *required : { "term", "basis", "source" }) {
            if (!fields.contains(QLatin1String(required))) {
                error(lineNo,
                      QStringLiteral("deadline '%1' has no '%2:' field; every deadline rule needs a term, "
                                     "its legal basis and a source")
                          .arg(deadline.label, QLatin1String(required)));
                ok = false;
            }
        }
        if (!ok)
            return std::nullopt;
        return deadline;
    };

    auto takeKey = [&](const QString &key, const QString &value, int lineNo) {
        if (!repeatable(key) && keysSeen.contains(key)) {
            error(lineNo, QStringLiteral("'%1' is given twice in step '%2'").arg(key, step->id));
            return;
        }
        keysSeen.insert(key);
        if (value.isEmpty()) {
            error(lineNo, QStringLiteral("'%1' is empty").arg(key));
            return;
        }
        if (value.size() > MaxLineLength) {
            error(lineNo,
                  QStringLiteral("'%1' is %2 characters; keep it under %3")
                      .arg(key)
                      .arg(value.size())
                      .arg(MaxLineLength));
            return;
        }
        if (key == QLatin1String("event")) {
            if (!eventKinds().contains(value)) {
                error(lineNo,
                      QStringLiteral("event '%1' is not a key date; use one of %2")
                          .arg(value, eventKinds().join(QStringLiteral(", "))));
            } else if (events.contains(value)) {
                error(lineNo,
                      QStringLiteral("event '%1' already marks step '%2'").arg(value, events.value(value)));
            } else {
                events.insert(value, step->id);
                step->event = value;
            }
        } else if (key == QLatin1String("who")) {
            step->who = value;
        } else if (key == QLatin1String("prepare")) {
            step->prepare.append(value);
        } else if (key == QLatin1String("rights")) {
            step->rights.append(value);
        } else if (key == QLatin1String("duration")) {
            step->duration = value;
        } else if (key == QLatin1String("read")) {
            for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QString url = part.trimmed();
                const auto link = LinkPolicy::internalLink(url);
                if (!link || link->kind != LinkPolicy::InternalLink::Kind::Article) {
                    error(lineNo,
                          QStringLiteral("'read:' lists articles as article:<id>, separated by commas ('%1')")
                              .arg(url));
                    continue;
                }
                step->read.append(link->id);
                procedure.internalLinks.append({ lineNo, url, *link });
            }
        } else if (key == QLatin1String("deadline")) {
            if (step->deadlines.size() >= MaxDeadlinesPerStep) {
                error(lineNo,
                      QStringLiteral("step '%1' has more than %2 deadlines")
                          .arg(step->id)
                          .arg(MaxDeadlinesPerStep));
                return;
            }
            if (const auto deadline = parseDeadline(value, lineNo))
                step->deadlines.append(*deadline);
        }
    };

    QStringList prose; // the body with headings and key lines left empty, for the readability check
    for (int i = procedure.bodyFirstLine - 1; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const int lineNo = i + 1;
        prose.append(QString());
        if (line.startsWith(QLatin1String("## ")) || line == QLatin1String("##")) {
            finishStep();
            const QRegularExpressionMatch m = stepHeadingPattern().match(line);
            Step next;
            next.line = lineNo;
            if (!m.hasMatch()) {
                error(lineNo, QStringLiteral("a step heading is '## Title {#id}'"));
            } else {
                next.title = m.captured(1).trimmed();
                next.id = m.captured(2);
                if (next.title.isEmpty())
                    error(lineNo, QStringLiteral("step '%1' has no title").arg(next.id));
                else if (next.title.size() > MaxTitleLength)
                    error(lineNo,
                          QStringLiteral("step title is %1 characters; keep it under %2")
                              .arg(next.title.size())
                              .arg(MaxTitleLength));
                if (!LinkPolicy::isValidId(next.id))
                    error(lineNo,
                          QStringLiteral("step id '%1' must be lower-case letters, digits and '-'")
                              .arg(next.id));
                else if (stepIds.contains(next.id))
                    error(lineNo, QStringLiteral("step id '%1' is used twice").arg(next.id));
                stepIds.insert(next.id);
            }
            if (procedure.steps.size() >= MaxSteps) {
                error(lineNo, QStringLiteral("a procedure may have at most %1 steps").arg(MaxSteps));
                step = nullptr;
                break;
            }
            procedure.steps.append(next);
            step = &procedure.steps.last();
            inKeys = true;
            keysSeen.clear();
            continue;
        }
        if (anyHeadingPattern().match(line).hasMatch()) {
            error(lineNo, QStringLiteral("only '## Title {#id}' step headings are allowed in a procedure"));
            continue;
        }
        if (!step) {
            intro.append(line);
            prose.last() = line;
            continue;
        }
        if (inKeys) {
            if (line.trimmed().isEmpty()) {
                inKeys = false;
                continue;
            }
            const QRegularExpressionMatch m = keyLinePattern().match(line);
            if (!m.hasMatch() || !stepKeys().contains(m.captured(1))) {
                error(lineNo,
                      m.hasMatch()
                          ? QStringLiteral("unknown step key '%1'; the keys are %2")
                                .arg(m.captured(1), stepKeys().join(QStringLiteral(", ")))
                          : QStringLiteral("expected a key line ('who: ...') right after the step heading; "
                                           "leave an empty line before the description"));
                continue;
            }
            takeKey(m.captured(1), m.captured(2).trimmed(), lineNo);
            continue;
        }
        if (const QRegularExpressionMatch m = keyLinePattern().match(line);
            m.hasMatch() && stepKeys().contains(m.captured(1))) {
            error(lineNo,
                  QStringLiteral("'%1:' belongs with the key lines right after the step heading, before "
                                 "the empty line")
                      .arg(m.captured(1)));
            continue;
        }
        description.append(line);
        prose.last() = line;
    }
    finishStep();
    procedure.prose = prose.join(QLatin1Char('\n'));
    procedure.intro = joinLines(intro);
    if (procedure.steps.isEmpty())
        error(closeLine, QStringLiteral("the procedure has no steps ('## Title {#id}' sections)"));
    return procedure;
}

void ProcedureFile::checkTranslation(const ProcedureFile &english, const QString &fileName,
                                     Diagnostics &diagnostics) const
{
    auto error = [&](int line, const QString &message) {
        diagnostics.append({ fileName, line, Diagnostic::Severity::Error, message });
    };
    if (track != english.track)
        error(headerLines.value(QStringLiteral("track"), closeLine),
              QStringLiteral("track differs from the English procedure's ('%1')")
                  .arg(english.track.isEmpty() ? QStringLiteral("none") : english.track));
    const qsizetype common = qMin(steps.size(), english.steps.size());
    for (qsizetype i = 0; i < common; ++i) {
        const Step &mine = steps.at(i);
        const Step &theirs = english.steps.at(i);
        if (mine.id != theirs.id) {
            error(mine.line,
                  QStringLiteral("step %1 is '%2' here but '%3' in English: a translation has the same "
                                 "steps in the same order")
                      .arg(i + 1)
                      .arg(mine.id, theirs.id));
            continue;
        }
        if (mine.event != theirs.event)
            error(mine.line,
                  QStringLiteral("step '%1' has event '%2' here but '%3' in English")
                      .arg(mine.id, mine.event, theirs.event));
        if (mine.read != theirs.read)
            error(
                mine.line,
                QStringLiteral("step '%1' links other articles under 'read:' than in English").arg(mine.id));
        if (mine.deadlines.size() != theirs.deadlines.size()) {
            error(mine.line,
                  QStringLiteral("step '%1' has %2 deadlines here but %3 in English")
                      .arg(mine.id)
                      .arg(mine.deadlines.size())
                      .arg(theirs.deadlines.size()));
            continue;
        }
        for (qsizetype d = 0; d < mine.deadlines.size(); ++d) {
            if (mine.deadlines.at(d).rule() != theirs.deadlines.at(d).rule())
                error(mine.deadlines.at(d).line,
                      QStringLiteral(
                          "deadline %1 of step '%2' differs from the English one: translate only its "
                          "label and note; term, from, basis and source stay the same")
                          .arg(d + 1)
                          .arg(mine.id));
        }
    }
    if (steps.size() != english.steps.size())
        error(steps.isEmpty() ? closeLine : steps.last().line,
              QStringLiteral(
                  "%1 steps here but %2 in English: a translation has the same steps in the same order")
                  .arg(steps.size())
                  .arg(english.steps.size()));
}

} // namespace rc::content
