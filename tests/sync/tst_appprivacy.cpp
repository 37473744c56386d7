// Privacy of a whole app run with automatic updates on: rights-companion, started with a web mirror on
// 127.0.0.1 and "only on unmetered networks" off, runs its automatic update check
// (--check-updates-once) and then its whole self-test, traced with strace -f -e trace=connect. Every
// network connection it attempts must go to the configured mirror; local (AF_UNIX) connections are
// allowed and listed. The mirror serves the repository the app was built with, so the check succeeds.
#include "TestHttpServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#ifndef RC_STRACE
#define RC_STRACE "/usr/bin/strace"
#endif

using rc::test::TestHttpServer;

namespace {

const QString app = QStringLiteral(RC_BINARY_DIR "/bin/rights-companion");
const QString bundledContent = QStringLiteral(RC_BINARY_DIR "/share/rights-companion/content");

struct Connects
{
    QStringList toMirror;
    QStringList local; // AF_UNIX: D-Bus, nscd and the like, on this machine
    QStringList elsewhere; // anything else: a privacy failure
};

// Sorts the connect() lines of an strace log by destination. Unfinished calls ("<unfinished ...>") name
// their destination too; "resumed" lines do not, and are skipped.
Connects classify(const QString &log, quint16 port)
{
    const QRegularExpression mirror(
        QStringLiteral(
            "sa_family=AF_INET, sin_port=htons\\(%1\\), sin_addr=inet_addr\\(\"127\\.0\\.0\\.1\"\\)")
            .arg(port));
    Connects connects;
    for (const QString &line : log.split(QLatin1Char('\n'))) {
        if (!line.contains(QLatin1String("connect(")))
            continue;
        if (mirror.match(line).hasMatch())
            connects.toMirror.append(line);
        else if (line.contains(QLatin1String("sa_family=AF_UNIX")))
            connects.local.append(line);
        else
            connects.elsewhere.append(line);
    }
    return connects;
}

} // namespace

class tst_AppPrivacy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifyConnects();
    void automaticUpdatesContactOnlyTheMirror();
};

// The parser of strace's output, on lines as strace writes them, including hostile look-alikes: a test
// whose classifier let everything through could not fail.
void tst_AppPrivacy::classifyConnects()
{
    const QString log = QStringLiteral(
        "101 connect(3, {sa_family=AF_UNIX, sun_path=\"/run/dbus/system_bus_socket\"}, 29) = -1 ENOENT\n"
        "102 connect(12, {sa_family=AF_INET, sin_port=htons(8080), sin_addr=inet_addr(\"127.0.0.1\")}, 16) = "
        "0\n"
        "102 connect(13, {sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr(\"127.0.0.1\")}, 16) = "
        "0\n"
        "102 connect(14, {sa_family=AF_INET, sin_port=htons(8080), sin_addr=inet_addr(\"127.0.0.10\")}, 16) "
        "= 0\n"
        "103 connect(5, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), "
        "inet_pton(AF_INET6, \"2001:db8::1\", &sin6_addr), sin6_scope_id=0}, 28 <unfinished ...>\n"
        "103 <... connect resumed>) = -1 EINPROGRESS\n"
        "104 connect(6, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr(\"8.8.8.8\")}, 16) = 0\n"
        "105 +++ exited with 0 +++\n"
        "truncated connect(7, {sa_family=AF_INET, sin_port=htons(80\n");
    const Connects connects = classify(log, 8080);
    QCOMPARE(connects.toMirror.size(), 1);
    QCOMPARE(connects.local.size(), 1);
    QCOMPARE(connects.elsewhere.size(), 5);
    QVERIFY(classify(QString(), 8080).toMirror.isEmpty());
}

void tst_AppPrivacy::automaticUpdatesContactOnlyTheMirror()
{
    QVERIFY2(QFileInfo(QStringLiteral(RC_STRACE)).isExecutable(),
             "strace not found at " RC_STRACE ": install strace (./dev test does), then run CMake again");
    QVERIFY2(QFileInfo::exists(app), qPrintable(app + QStringLiteral(" is missing: build rights-companion")));
    QVERIFY2(
        QFileInfo::exists(bundledContent + QStringLiteral("/repository/metadata/timestamp.json")),
        qPrintable(bundledContent + QStringLiteral(" has no signed repository: build rights-companion")));

    // The mirror: the repository the app was built with, so that the check finds it genuine.
    TestHttpServer server(bundledContent);
    QVERIFY(server.port() != 0);
    const QString mirror = QString::fromLatin1(server.base()) + QStringLiteral("/repository/");

    // A data folder, a home and XDG folders of its own: the app reads nothing of the person running the
    // test, and its settings say "updates on, from this mirror, on any network".
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString data = dir.filePath(QStringLiteral("data"));
    const QString home = dir.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(data));
    QVERIFY(QDir().mkpath(home));
    {
        QSettings settings(QDir(data).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("updates/mirrors"), QStringList { mirror });
        settings.setValue(QStringLiteral("updates/onlyUnmetered"), false);
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    environment.insert(QStringLiteral("TMPDIR"), dir.path());
    // A proxy from the environment would be a connection elsewhere by design; the app must not need one.
    for (const char *proxy :
         { "http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY" })
        environment.remove(QString::fromLatin1(proxy));

    const QString trace = dir.filePath(QStringLiteral("connect.trace"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    // The server answers from this thread's event loop: wait for the app without blocking it.
    process.start(QStringLiteral(RC_STRACE),
                  { QStringLiteral("-f"), QStringLiteral("-e"), QStringLiteral("trace=connect"),
                    QStringLiteral("-o"), trace, app, QStringLiteral("--check-updates-once"),
                    QStringLiteral("--self-test"), QStringLiteral("--data-dir"), data });
    QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 240000);
    const QString output = QString::fromUtf8(process.readAll());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(output));
    // The check ran and found the mirror's repository genuine; the whole interface was loaded after it.
    QVERIFY2(output.contains(QLatin1String("check-updates: checked: The information is up to date.")),
             qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("self-test: ok")), qPrintable(output));
    QVERIFY2(!server.requestsFor("/repository/metadata/timestamp.json").isEmpty(),
             "the app never fetched timestamp.json from the mirror");

    QFile file(trace);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(trace + QStringLiteral(": ") + file.errorString()));
    const QString log = QString::fromUtf8(file.readAll());
    QVERIFY2(!log.isEmpty(), "strace wrote nothing");
    const Connects connects = classify(log, server.port());
    if (!connects.local.isEmpty())
        qInfo("local (AF_UNIX) connections, allowed:\n%s",
              qPrintable(connects.local.join(QLatin1Char('\n'))));
    QVERIFY2(connects.elsewhere.isEmpty(),
             qPrintable(QStringLiteral("connections to something other than the mirror %1:\n%2")
                            .arg(mirror, connects.elsewhere.join(QLatin1Char('\n')))));
    QVERIFY2(!connects.toMirror.isEmpty(),
             qPrintable(QStringLiteral("no connection to the mirror:\n") + log));
}

QTEST_GUILESS_MAIN(tst_AppPrivacy)
#include "tst_appprivacy.moc"
