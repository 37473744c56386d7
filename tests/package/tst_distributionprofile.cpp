// The run-time reader of distribution profiles (app/ui/DistributionProfile): the profile compiled into
// this build, every profile shipped in packaging/distributions/, and hostile ones.
#include "DistributionProfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using rc::ui::DistributionProfile;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray defaultProfile()
{
    return readFile(QStringLiteral(RC_SOURCE_DIR "/packaging/distributions/default.json"));
}

// The default profile with one field replaced (or removed, for an undefined value).
QByteArray withField(const QString &path, const QJsonValue &value)
{
    QJsonObject root = QJsonDocument::fromJson(defaultProfile()).object();
    const QStringList parts = path.split(QLatin1Char('.'));
    if (parts.size() == 1) {
        if (value.isUndefined())
            root.remove(parts[0]);
        else
            root[parts[0]] = value;
    } else {
        QJsonObject inner = root[parts[0]].toObject();
        if (value.isUndefined())
            inner.remove(parts[1]);
        else
            inner[parts[1]] = value;
        root[parts[0]] = inner;
    }
    return QJsonDocument(root).toJson();
}

} // namespace

class TestDistributionProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compiledInIsTheConfiguredProfile()
    {
        QString error;
        const auto expected
            = DistributionProfile::parse(readFile(QStringLiteral(RC_DISTRIBUTION_FILE)), &error);
        QVERIFY2(expected, qPrintable(error));
        QVERIFY2(DistributionProfile::problem().isEmpty(), qPrintable(DistributionProfile::problem()));
        const DistributionProfile profile;
        QCOMPARE(profile.id(), expected->id);
        QCOMPARE(profile.displayName(), expected->displayName);
        QCOMPARE(profile.applicationId(), expected->applicationId);
        QCOMPARE(profile.accent(), expected->accent);
        QCOMPARE(profile.mirrors(), expected->mirrors);
        QCOMPARE(profile.vaultOffered(), expected->vault);
        QCOMPARE(DistributionProfile::trustedRoot().isEmpty(), expected->trustedRoot.isEmpty());
        const QString description = profile.describe();
        QVERIFY(description.contains(QStringLiteral("name: ") + expected->displayName + QLatin1Char('\n')));
        QVERIFY(
            description.contains(QStringLiteral("accent: ") + expected->accent.name() + QLatin1Char('\n')));
        for (const QString &mirror : expected->mirrors)
            QVERIFY(description.contains(QStringLiteral("mirror: ") + mirror + QLatin1Char('\n')));
    }

    // Every profile an NGO could build must pass the run-time rules too, including the contrast check
    // that the configure step cannot do.
    void everyShippedProfileIsValid()
    {
        const QDir dir(QStringLiteral(RC_SOURCE_DIR "/packaging/distributions"));
        const QStringList files = dir.entryList({ QStringLiteral("*.json") }, QDir::Files);
        QVERIFY(files.contains(QStringLiteral("default.json")));
        QVERIFY(files.contains(QStringLiteral("example-ngo.json")));
        for (const QString &file : files) {
            QString error;
            const auto data = DistributionProfile::parse(readFile(dir.filePath(file)), &error);
            QVERIFY2(data, qPrintable(file + QStringLiteral(": ") + error));
            QCOMPARE(data->id + QStringLiteral(".json"), file);
            QVERIFY2(QFile::exists(QStringLiteral(RC_SOURCE_DIR "/") + data->logo), qPrintable(data->logo));
            if (!data->trustedRoot.isEmpty())
                QVERIFY2(QFile::exists(QStringLiteral(RC_SOURCE_DIR "/") + data->trustedRoot),
                         qPrintable(data->trustedRoot));
        }
    }

    void theTwoProfilesDiffer()
    {
        QString error;
        const auto generic = DistributionProfile::parse(defaultProfile(), &error);
        const auto example = DistributionProfile::parse(
            readFile(QStringLiteral(RC_SOURCE_DIR "/packaging/distributions/example-ngo.json")), &error);
        QVERIFY2(generic && example, qPrintable(error));
        QVERIFY(generic->displayName != example->displayName);
        QVERIFY(generic->applicationId != example->applicationId);
        QVERIFY(generic->accent != example->accent);
        QVERIFY(generic->mirrors != example->mirrors);
        QVERIFY(generic->vault);
        QVERIFY(!example->vault);
        QVERIFY(!example->trustedRoot.isEmpty());
    }

    void contrast()
    {
        QCOMPARE(DistributionProfile::contrastRatio(Qt::black, Qt::white), 21.0);
        QCOMPARE(DistributionProfile::contrastRatio(Qt::white, Qt::white), 1.0);
        QVERIFY(DistributionProfile::contrastRatio(QColor(0x00, 0x69, 0x5c), Qt::white) > 4.5);
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const QByteArray &json, const char *expected) {
            QTest::newRow(name) << json << QString::fromLatin1(expected);
        };
        row("empty", QByteArray(), "not valid JSON");
        row("not an object", "[1,2,3]", "not a JSON object");
        row("trailing garbage", defaultProfile() + "x", "not valid JSON");
        row("duplicate key", "{\"vault\": true, \"vault\": false}", "not valid JSON");
        row("too deep", QByteArray(40, '[') + QByteArray(40, ']'), "not valid JSON");
        row("too large", QByteArray(70 * 1024, ' '), "larger than 64 KiB");
        row("invalid UTF-8",
            withField(QStringLiteral("displayName"), QStringLiteral("NGO")).replace("NGO", "\xff\xfe"),
            "not valid JSON");
        row("float format", withField(QStringLiteral("format"), 1.5), "not valid JSON");
        row("format 2", withField(QStringLiteral("format"), 2), "format: must be 1");
        row("unknown field", withField(QStringLiteral("vualt"), false), "vualt: unknown field");
        row("missing vault", withField(QStringLiteral("vault"), QJsonValue::Undefined), "vault: missing");
        row("vault as text", withField(QStringLiteral("vault"), QStringLiteral("no")),
            "vault: has the wrong type");
        row("upper-case id", withField(QStringLiteral("id"), QStringLiteral("Default")), "id: must be");
        row("empty name", withField(QStringLiteral("displayName"), QString()),
            "displayName: must have 1 to 120");
        row("long name", withField(QStringLiteral("displayName"), QString(121, QLatin1Char('a'))),
            "displayName: must have 1 to 120");
        row("markup in name", withField(QStringLiteral("displayName"), QStringLiteral("<b>NGO</b>")),
            "displayName: must not contain");
        row("newline in name", withField(QStringLiteral("displayName"), QStringLiteral("A\nB")),
            "displayName: must not contain");
        row("desktop-file injection",
            withField(QStringLiteral("displayName"), QStringLiteral("X\nExec=rm -rf ~")),
            "displayName: must not contain");
        row("two-part app id", withField(QStringLiteral("applicationId"), QStringLiteral("org.Rights")),
            "applicationId: must be reverse DNS");
        row("app id with slash",
            withField(QStringLiteral("applicationId"), QStringLiteral("org.example/../App")),
            "applicationId: must be reverse DNS");
        row("package name", withField(QStringLiteral("packageName"), QStringLiteral("Rights_Companion")),
            "packageName: must be a Debian package name");
        row("colour name", withField(QStringLiteral("colors.accent"), QStringLiteral("teal")),
            "colors.accent: must be #rrggbb");
        row("colour with alpha", withField(QStringLiteral("colors.accent"), QStringLiteral("#8000695c")),
            "colors.accent: must be #rrggbb");
        row("extra colour", withField(QStringLiteral("colors.border"), QStringLiteral("#000000")),
            "colors.border: unknown field");
        row("unreadable header", withField(QStringLiteral("colors.onAccent"), QStringLiteral("#4db6ac")),
            "colors.onAccent: the header text needs a contrast");
        row("dark rail", withField(QStringLiteral("colors.rail"), QStringLiteral("#222222")),
            "colors.rail: the navigation text");
        row("logo outside", withField(QStringLiteral("logo"), QStringLiteral("../../etc/logo.svg")),
            "logo: must be a path relative");
        row("absolute logo", withField(QStringLiteral("logo"), QStringLiteral("/etc/logo.svg")),
            "logo: must be a path relative");
        row("logo not svg", withField(QStringLiteral("logo"), QStringLiteral("assets/icons/logo.png")),
            "logo: must name a .svg file");
        row("no packs", withField(QStringLiteral("packs"), QJsonArray()),
            "packs: must name at least one pack");
        row("pack path", withField(QStringLiteral("packs"), QJsonArray { QStringLiteral("../nl") }),
            "packs[0]: must be the name of a pack folder");
        row("pack number", withField(QStringLiteral("packs"), QJsonArray { 7 }),
            "packs[0]: must be the name of a pack folder");
        row("root missing", withField(QStringLiteral("trustedRoot"), QJsonValue::Undefined),
            "trustedRoot: missing");
        row("root outside", withField(QStringLiteral("trustedRoot"), QStringLiteral("../root.json")),
            "trustedRoot: must be a path relative");
        row("http mirror",
            withField(QStringLiteral("mirrors"), QJsonArray { QStringLiteral("http://example.org/") }),
            "mirrors[0]: must be an https:// URL");
        row("mirror with credentials",
            withField(QStringLiteral("mirrors"),
                      QJsonArray { QStringLiteral("https://user:pw@example.org/") }),
            "mirrors[0]: must be an https:// URL");
        row("mirror with script",
            withField(QStringLiteral("mirrors"),
                      QJsonArray { QStringLiteral("https://example.org/$(reboot)") }),
            "mirrors[0]: must be an https:// URL");
        QJsonArray many;
        for (int i = 0; i < 17; ++i)
            many.append(QStringLiteral("https://m%1.example.org/").arg(i));
        row("too many mirrors", withField(QStringLiteral("mirrors"), many), "mirrors: at most 16");
        row("support without name", withField(QStringLiteral("support.name"), QJsonValue::Undefined),
            "support.name: missing");
        row("bad e-mail", withField(QStringLiteral("support.email"), QStringLiteral("help at example.org")),
            "support.email: not an e-mail address");
        row("javascript url", withField(QStringLiteral("support.url"), QStringLiteral("javascript:alert(1)")),
            "support.url: must be an https:// URL");
        row("bad phone", withField(QStringLiteral("support.phone"), QStringLiteral("call 112 now")),
            "support.phone: digits");
        row("unknown support field", withField(QStringLiteral("support.fax"), QStringLiteral("+31")),
            "support.fax: unknown field");
    }

    void hostile()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        const auto data = DistributionProfile::parse(json, &error);
        QVERIFY2(!data, "a hostile profile was accepted");
        QVERIFY2(error.contains(expected), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDistributionProfile)
#include "tst_distributionprofile.moc"
