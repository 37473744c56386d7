// ProcedureFile: the procedures of content/nl/procedures as the app gets them, and every way an author
// (or an attacker handing out a pack source) can get a procedure file wrong, each reported at its line.
#include "content/ProcedureFile.h"
#include "deadline/Term.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using rc::content::Diagnostic;
using rc::content::Diagnostics;
using rc::content::ProcedureFile;

namespace {

const QDate today(2026, 1, 1);
const QString fileName = QStringLiteral("procedures/test/en.md");

// A valid procedure; the line numbers in the comments are what the table below points at.
const QByteArray valid
    = "---\n" // 1
      "title: Test procedure\n" // 2
      "summary: A procedure for tests.\n" // 3
      "status: reviewed\n" // 4
      "checked: 2025-06-01\n" // 5
      "order: 5\n" // 6
      "source: https://www.example.org/\n" // 7
      "---\n" // 8
      "Intro with a [link](article:lawyer).\n" // 9
      "\n" // 10
      "## First step {#first}\n" // 11
      "event: registration\n" // 12
      "who: You.\n" // 13
      "prepare: Your papers.\n" // 14
      "rights: A [free lawyer](article:lawyer).\n" // 15
      "read: article:lawyer, article:registration\n" // 16
      "duration: One day.\n" // 17
      "deadline: Appeal | term: 1 week | from: decision_sent | basis: Art. 69 Vw 2000 | source: "
      "https://www.example.org/69 | note: Ask your lawyer.\n" // 18
      "\n" // 19
      "What happens.\n" // 20
      "\n" // 21
      "## Second step {#second}\n" // 22
      "who: The IND.\n" // 23
      "prepare: Nothing.\n" // 24
      "prepare: Really nothing.\n" // 25
      "rights: None.\n" // 26
      "duration: Not fixed.\n" // 27
      "deadline: Further appeal | term: ask-lawyer | basis: Art. 85 Vw 2000 | source: "
      "https://www.example.org/85\n" // 28
      "\n" // 29
      "More text.\n"; // 30

ProcedureFile parse(const QByteArray &data, Diagnostics &diagnostics)
{
    return ProcedureFile::parse(data, fileName, today, diagnostics);
}

QString join(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines.join(QLatin1Char('\n'));
}

QByteArray edited(const QByteArray &before, const QByteArray &after)
{
    QByteArray data = valid;
    const qsizetype at = data.indexOf(before);
    if (at < 0)
        qFatal("the fixture does not contain '%s'", before.constData());
    return data.replace(at, before.size(), after);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_ProcedureFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validFileHasEveryField();
    void badInput_data();
    void badInput();
    void oneMistakeIsReportedOnce();
    void hostileBytesNeverCrash();
    void translationsKeepTheStructure();
    void shippedProceduresHaveTheRulesOfTheLaw();
    void shippedProceduresAreComplete();
};

void tst_ProcedureFile::validFileHasEveryField()
{
    Diagnostics diagnostics;
    const ProcedureFile p = parse(valid, diagnostics);
    QVERIFY2(diagnostics.isEmpty(), qPrintable(join(diagnostics)));
    QCOMPARE(p.title, QStringLiteral("Test procedure"));
    QCOMPARE(p.order, 5);
    QCOMPARE(p.intro, QStringLiteral("Intro with a [link](article:lawyer)."));
    QCOMPARE(p.steps.size(), 2);
    const ProcedureFile::Step &first = p.steps.at(0);
    QCOMPARE(first.id, QStringLiteral("first"));
    QCOMPARE(first.title, QStringLiteral("First step"));
    QCOMPARE(first.line, 11);
    QCOMPARE(first.event, QStringLiteral("registration"));
    QCOMPARE(first.who, QStringLiteral("You."));
    QCOMPARE(first.prepare, QStringList { QStringLiteral("Your papers.") });
    QCOMPARE(first.read, (QStringList { QStringLiteral("lawyer"), QStringLiteral("registration") }));
    QCOMPARE(first.duration, QStringLiteral("One day."));
    QCOMPARE(first.description, QStringLiteral("What happens."));
    QCOMPARE(first.deadlines.size(), 1);
    const ProcedureFile::Deadline &appeal = first.deadlines.first();
    QCOMPARE(appeal.label, QStringLiteral("Appeal"));
    QCOMPARE(appeal.term, QStringLiteral("1 week"));
    QCOMPARE(appeal.from, QStringLiteral("decision_sent"));
    QCOMPARE(appeal.basis, QStringLiteral("Art. 69 Vw 2000"));
    QCOMPARE(appeal.source, QStringLiteral("https://www.example.org/69"));
    QCOMPARE(appeal.note, QStringLiteral("Ask your lawyer."));
    QCOMPARE(appeal.line, 18);
    const ProcedureFile::Step &second = p.steps.at(1);
    QCOMPARE(second.prepare.size(), 2);
    QVERIFY(second.deadlines.first().asksLawyer());
    QVERIFY(second.deadlines.first().from.isEmpty());
    QCOMPARE(second.description, QStringLiteral("More text."));
    // Links: the intro's and the rights line's, and the two of read:.
    QCOMPARE(p.internalLinks.size(), 4);
    // The prose left for the readability check has no key lines.
    QVERIFY(!p.prose.contains(QLatin1String("deadline:")));
    QVERIFY(p.prose.contains(QLatin1String("What happens.")));
    QCOMPARE(p.prose.count(QLatin1Char('\n')), p.rawBody.count(QLatin1Char('\n')));
}

void tst_ProcedureFile::badInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("not UTF-8") << edited("Test procedure", "Test \xff procedure") << 0 << "not valid UTF-8";
    QTest::newRow("NUL") << edited("What happens.", QByteArray("What\0happens.", 13)) << 0 << "NUL";
    QTest::newRow("too big") << edited("More text.", QByteArray(ProcedureFile::MaxFileBytes, 'x')) << 0
                             << "may be at most";
    QTest::newRow("no header") << QByteArray("## First {#first}\nwho: x\n") << 1 << "must start with a '---'";
    QTest::newRow("header not closed") << QByteArray("---\ntitle: x\n") << 2 << "not closed";
    QTest::newRow("unknown header key")
        << edited("order: 5", "colour: red") << 6 << "unknown header key 'colour'";
    QTest::newRow("bad track") << edited("order: 5", "track: fast") << 6 << "track 'fast' is not one of";
    QTest::newRow("no source") << edited("source: https://www.example.org/\n", "") << 7
                               << "at least one 'source:'";
    QTest::newRow("http source") << edited("source: https://www.example.org/",
                                           "source: http://www.example.org/")
                                 << 7 << "not an https URL";
    QTest::newRow("checked in the future")
        << edited("checked: 2025-06-01", "checked: 2027-06-01") << 5 << "in the future";
    QTest::newRow("heading without id")
        << edited("## First step {#first}", "## First step") << 11 << "'## Title {#id}'";
    QTest::newRow("bad step id") << edited("{#first}", "{#First Step}") << 11 << "lower-case letters";
    QTest::newRow("step id twice") << edited("{#second}", "{#first}") << 22 << "used twice";
    QTest::newRow("other heading") << edited("What happens.", "### Details") << 20 << "only '## Title {#id}'";
    QTest::newRow("first-level heading")
        << edited("Intro with", "# Intro with") << 9 << "only '## Title {#id}'";
    QTest::newRow("unknown step key") << edited("who: You.", "whom: You.") << 13 << "unknown step key 'whom'";
    QTest::newRow("no key line") << edited("event: registration", "Registration happens.") << 12
                                 << "expected a key line";
    QTest::newRow("key after the description")
        << edited("What happens.", "What happens.\nwho: Me.") << 21 << "belongs with the key lines";
    QTest::newRow("who twice") << edited("who: You.", "who: You.\nwho: Me.") << 14 << "'who' is given twice";
    QTest::newRow("empty who") << edited("who: You.", "who:") << 13 << "'who' is empty";
    QTest::newRow("no who") << edited("who: You.\n", "") << 11 << "no 'who:' line";
    QTest::newRow("no duration") << edited("duration: Not fixed.\n", "") << 22 << "no 'duration:' line";
    QTest::newRow("no prepare") << edited("prepare: Your papers.\n", "") << 11 << "no 'prepare:' line";
    QTest::newRow("no rights") << edited("rights: None.\n", "") << 22 << "no 'rights:' line";
    QTest::newRow("no description") << edited("\nMore text.\n", "\n") << 22 << "has no description";
    QTest::newRow("over-long line") << edited("who: You.", "who: " + QByteArray(700, 'a')) << 13
                                    << "keep it under";
    QTest::newRow("unknown event") << edited("event: registration", "event: arrival") << 12
                                   << "event 'arrival' is not a key date";
    QTest::newRow("event twice") << edited("who: The IND.", "event: registration\nwho: The IND.") << 23
                                 << "already marks step 'first'";
    QTest::newRow("read glossary") << edited("read: article:lawyer, article:registration",
                                             "read: glossary:lawyer")
                                   << 16 << "'read:' lists articles";
    QTest::newRow("read garbage") << edited("read: article:lawyer, article:registration",
                                            "read: the lawyer page")
                                  << 16 << "'read:' lists articles";
    QTest::newRow("deadline without label")
        << edited("deadline: Appeal |", "deadline: |") << 18 << "starts with its label";
    QTest::newRow("deadline without term") << edited("| term: 1 week ", "") << 18 << "has no 'term:' field";
    QTest::newRow("deadline without basis")
        << edited("| basis: Art. 69 Vw 2000 ", "") << 18 << "has no 'basis:' field";
    QTest::newRow("deadline without source")
        << edited(" | source: https://www.example.org/69", "") << 18 << "has no 'source:' field";
    QTest::newRow("deadline zero term")
        << edited("term: 1 week", "term: 0 weeks") << 18 << "deadline term '0 weeks'";
    QTest::newRow("deadline unknown unit")
        << edited("term: 1 week", "term: 1 fortnight") << 18 << "deadline term '1 fortnight'";
    QTest::newRow("deadline huge term")
        << edited("term: 1 week", "term: 99999999999999 days") << 18 << "deadline term";
    QTest::newRow("deadline unknown from")
        << edited("from: decision_sent", "from: letter") << 18 << "'from: letter' is not a key date";
    QTest::newRow("deadline http source")
        << edited("https://www.example.org/69", "http://www.example.org/69") << 18 << "not an https URL";
    QTest::newRow("deadline javascript source")
        << edited("https://www.example.org/69", "javascript:alert(1)") << 18 << "not an https URL";
    QTest::newRow("deadline unknown field")
        << edited("| note: Ask", "| colour: red | note: Ask") << 18 << "'colour: red' is not one of";
    QTest::newRow("deadline field twice")
        << edited("| note: Ask", "| term: 2 weeks | note: Ask") << 18 << "'term' is given twice";
    QTest::newRow("deadline empty field")
        << edited("| note: Ask your lawyer.", "| note:") << 18 << "'note' is empty";
    QTest::newRow("image") << edited("What happens.", "![x](https://www.example.org/x.png)") << 20
                           << "images are not allowed in procedures";
    QTest::newRow("raw HTML") << edited("What happens.", "What <b>happens</b>.") << 20 << "raw HTML";
    QTest::newRow("javascript link") << edited("rights: A [free lawyer](article:lawyer).",
                                               "rights: A [free lawyer](javascript:alert(1)).")
                                     << 15 << "is not allowed";
    QTest::newRow("no steps") << QByteArray(
        "---\ntitle: x\nsummary: y\nstatus: machine\nchecked: 2025-01-01\n"
        "source: https://www.example.org/\n---\nOnly an intro.\n")
                              << 7 << "has no steps";
    QByteArray many = valid;
    for (int i = 0; i < ProcedureFile::MaxSteps; ++i)
        many += "\n## Step " + QByteArray::number(i) + " {#s" + QByteArray::number(i)
            + "}\nwho: x\nprepare: x\nrights: x\nduration: x\n\nText.\n";
    QTest::newRow("too many steps") << many << 30 + 8 * (ProcedureFile::MaxSteps - 2) + 2 << "at most";
}

void tst_ProcedureFile::badInput()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(QString, fragment);
    Diagnostics diagnostics;
    parse(data, diagnostics);
    for (const Diagnostic &d : diagnostics) {
        if (d.message.contains(fragment)) {
            QCOMPARE(d.file, fileName);
            QCOMPARE(d.severity, Diagnostic::Severity::Error);
            QVERIFY2(d.line == line, qPrintable(join(diagnostics)));
            QVERIFY(d.toString().startsWith(fileName + QLatin1Char(':') + QString::number(line)
                                            + QStringLiteral(": error: ")));
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no error with '%1':\n%2").arg(fragment, join(diagnostics))));
}

void tst_ProcedureFile::oneMistakeIsReportedOnce()
{
    Diagnostics diagnostics;
    parse(edited("term: 1 week", "term: 1 fortnight"), diagnostics);
    QCOMPARE(diagnostics.size(), 1);
}

// Random bytes, random cuts of a real file and random lines put together: every input is parsed or
// refused, never crashes or hangs, and any step that comes out has an id and a title.
void tst_ProcedureFile::hostileBytesNeverCrash()
{
    QRandomGenerator random(20261202);
    const QByteArray real = readFile(QStringLiteral(RC_SOURCE_DIR "/content/nl/procedures/general/en.md"));
    QVERIFY(!real.isEmpty());
    const QList<QByteArray> lines = real.split('\n');
    for (int round = 0; round < 3000; ++round) {
        QByteArray data;
        switch (round % 3) {
        case 0:
            data.resize(random.bounded(2000));
            for (char &c : data)
                c = char(random.bounded(256));
            break;
        case 1:
            data = real.left(random.bounded(real.size()));
            if (!data.isEmpty())
                data[random.bounded(data.size())] = char(random.bounded(256));
            break;
        default:
            data = "---\ntitle: x\nsummary: y\nstatus: machine\nchecked: 2025-01-01\nsource: "
                   "https://a.example/\n---\n";
            for (int i = 0; i < 40; ++i)
                data += lines.at(random.bounded(lines.size())) + '\n';
        }
        Diagnostics diagnostics;
        const ProcedureFile p = parse(data, diagnostics);
        if (!rc::content::hasErrors(diagnostics)) {
            for (const ProcedureFile::Step &step : p.steps)
                QVERIFY(!step.id.isEmpty() && !step.title.isEmpty());
        }
        for (const Diagnostic &d : diagnostics)
            QVERIFY(d.line >= 0 && d.line <= data.count('\n') + 1);
    }
}

void tst_ProcedureFile::translationsKeepTheStructure()
{
    Diagnostics diagnostics;
    const ProcedureFile english = parse(valid, diagnostics);
    QVERIFY(diagnostics.isEmpty());

    // Labels, notes and texts are translated; the rules are not.
    const ProcedureFile good = parse(edited("deadline: Appeal |", "deadline: Beroep |"), diagnostics);
    good.checkTranslation(english, QStringLiteral("nl.md"), diagnostics);
    QVERIFY2(diagnostics.isEmpty(), qPrintable(join(diagnostics)));

    const ProcedureFile otherTerm = parse(edited("term: 1 week", "term: 4 weeks"), diagnostics);
    otherTerm.checkTranslation(english, QStringLiteral("nl.md"), diagnostics);
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics.first().line, 18);
    QVERIFY(diagnostics.first().message.contains(QLatin1String("translate only its label and note")));

    diagnostics.clear();
    QByteArray swapped = valid;
    swapped.replace("{#first}", "{#tmp}").replace("{#second}", "{#first}").replace("{#tmp}", "{#second}");
    const ProcedureFile reordered = parse(swapped, diagnostics);
    reordered.checkTranslation(english, QStringLiteral("nl.md"), diagnostics);
    QCOMPARE(diagnostics.size(), 2);
    QCOMPARE(diagnostics.first().line, 11);
    QVERIFY(diagnostics.first().message.contains(QLatin1String("same steps in the same order")));

    diagnostics.clear();
    const ProcedureFile shorter = parse(valid.left(valid.indexOf("## Second")), diagnostics);
    shorter.checkTranslation(english, QStringLiteral("nl.md"), diagnostics);
    QCOMPARE(diagnostics.size(), 1);
    QVERIFY(diagnostics.first().message.contains(QLatin1String("1 steps here but 2 in English")));
}

// The rules of research notes C and F (docs/deadlines.md): appeal 1 week in the AA; in the VA 4 weeks,
// but 1 week for the other cases of art. 69 Vw 2000 (manifestly unfounded, inadmissible, not dealt with),
// which the app cannot tell apart, so it counts 1 week and the note says so; a view on an intention 1 day in
// the AA and 4 weeks in the VA, family reunification 3 months after the permit, and no number for the further
// appeal (unverified: "ask your lawyer").
void tst_ProcedureFile::shippedProceduresHaveTheRulesOfTheLaw()
{
    auto load = [](const char *id) {
        Diagnostics diagnostics;
        const QString path
            = QStringLiteral(RC_SOURCE_DIR "/content/nl/procedures/%1/en.md").arg(QLatin1String(id));
        ProcedureFile p = ProcedureFile::parse(readFile(path), path, QDate::currentDate(), diagnostics);
        if (rc::content::hasErrors(diagnostics))
            qWarning("%s", qPrintable(join(diagnostics)));
        return p;
    };
    auto rule = [](const ProcedureFile &p, const char *step, const char *from) {
        const ProcedureFile::Step *s = p.find(QLatin1String(step));
        if (s) {
            for (const ProcedureFile::Deadline &d : s->deadlines) {
                if (d.from == QLatin1String(from))
                    return d;
            }
        }
        return ProcedureFile::Deadline {};
    };
    const ProcedureFile general = load("general");
    const ProcedureFile extended = load("extended");
    const ProcedureFile dublin = load("dublin");
    const ProcedureFile appeal = load("appeal");
    const ProcedureFile family = load("family-reunification");
    QCOMPARE(general.track, QStringLiteral("general"));
    QCOMPARE(extended.track, QStringLiteral("extended"));
    QCOMPARE(dublin.track, QStringLiteral("dublin"));
    QVERIFY(appeal.track.isEmpty() && family.track.isEmpty());

    QCOMPARE(rule(general, "decision", "decision_sent").term, QStringLiteral("1 week"));
    QCOMPARE(rule(extended, "decision", "decision_sent").term, QStringLiteral("1 week"));
    QVERIFY(rule(extended, "decision", "decision_sent").note.contains(QLatin1String("4 weeks")));
    QCOMPARE(rule(general, "intention", "intention").term, QStringLiteral("1 day"));
    QCOMPARE(rule(extended, "intention", "intention").term, QStringLiteral("4 weeks"));
    QCOMPARE(rule(family, "permit", "permit_granted").term, QStringLiteral("3 months"));
    // Dublin: 1 or 4 weeks depending on the decision; no single number.
    QVERIFY(rule(dublin, "decision", "decision_sent").asksLawyer());
    QVERIFY(
        rule(general, "decision", "decision_sent").basis.contains(QLatin1String("Art. 69 Vreemdelingenwet")));

    const ProcedureFile::Step *further = appeal.find(QStringLiteral("further-appeal"));
    QVERIFY(further && further->deadlines.size() == 1);
    QVERIFY(further->deadlines.first().asksLawyer());
    QVERIFY(further->deadlines.first().note.contains(QLatin1String("Ask your lawyer at once")));
    // The appeal terms as the appeal procedure states them, for display only: they do not depend on one
    // key date alone (the track decides), so they have no 'from'.
    const ProcedureFile::Step *appealStep = appeal.find(QStringLiteral("appeal"));
    QVERIFY(appealStep && appealStep->deadlines.size() == 2);
    QCOMPARE(appealStep->deadlines.at(0).term, QStringLiteral("1 week"));
    QCOMPARE(appealStep->deadlines.at(1).term, QStringLiteral("4 weeks"));
    for (const ProcedureFile::Deadline &d : appealStep->deadlines)
        QVERIFY(d.from.isEmpty());
}

void tst_ProcedureFile::shippedProceduresAreComplete()
{
    const QDir dir(QStringLiteral(RC_SOURCE_DIR "/content/nl/procedures"));
    const QStringList ids = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QCOMPARE(ids,
             (QStringList { QStringLiteral("appeal"), QStringLiteral("dublin"), QStringLiteral("extended"),
                            QStringLiteral("family-reunification"), QStringLiteral("general") }));
    for (const QString &id : ids) {
        const QString path = dir.filePath(id + QStringLiteral("/en.md"));
        Diagnostics diagnostics;
        const ProcedureFile p = ProcedureFile::parse(readFile(path), path, QDate::currentDate(), diagnostics);
        QVERIFY2(!rc::content::hasErrors(diagnostics), qPrintable(join(diagnostics)));
        QVERIFY2(p.steps.size() >= 4, qPrintable(id));
        QVERIFY(!p.sources.isEmpty());
        for (const ProcedureFile::Step &step : p.steps) {
            QVERIFY2(!step.who.isEmpty() && !step.duration.isEmpty() && !step.prepare.isEmpty()
                         && !step.rights.isEmpty() && !step.description.isEmpty(),
                     qPrintable(id + QLatin1Char('/') + step.id));
            for (const ProcedureFile::Deadline &d : step.deadlines) {
                QVERIFY(!d.basis.isEmpty());
                QVERIFY(d.source.startsWith(QLatin1String("https://")));
                QVERIFY(d.asksLawyer() || rc::deadline::Term::parse(d.term).has_value());
            }
        }
    }
}

QTEST_GUILESS_MAIN(tst_ProcedureFile)
#include "tst_procedurefile.moc"
