#pragma once

// What the integration tests share: running rcpack, copying a pack source, and a real nginx on
// 127.0.0.1 serving a repository with tests/sync/nginx-repository.conf (the configuration that
// docs/publishing.md recommends), its access log read back request by request.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#ifndef RC_NGINX
#define RC_NGINX "/usr/sbin/nginx"
#endif

namespace rc::test {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(exitCode).arg(out, err);
    }
};

inline Run runProgram(const QString &program, const QStringList &arguments,
                      const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                      int timeoutMs = 120000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run run;
    if (!process.waitForStarted(10000)) {
        run.err = process.errorString();
        return run;
    }
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished(5000);
        run.err = QStringLiteral("did not finish: ") + QString::fromUtf8(process.readAllStandardError());
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

inline QString rcpackPath()
{
    return QStringLiteral(RC_BINARY_DIR "/bin/rcpack");
}

inline Run rcpack(const QStringList &arguments)
{
    return runProgram(rcpackPath(), arguments);
}

// The target names that `rcpack publish` reports with `verb` ("added", "changed", "removed").
inline QStringList publishedTargets(const Run &publish, const QString &verb)
{
    QStringList names;
    for (const QString &line : publish.out.split(QLatin1Char('\n'))) {
        if (line.startsWith(verb + QLatin1Char(' ')))
            names.append(line.mid(verb.size() + 1).trimmed());
    }
    return names;
}

// The first of `names` that starts with `prefix`, or an empty string.
inline QString firstStartingWith(const QStringList &names, const QString &prefix)
{
    for (const QString &name : names) {
        if (name.startsWith(prefix))
            return name;
    }
    return {};
}

// Copies the files of `from` into `to` (created).
inline bool copyFolder(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(path));
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(path, target))
            return false;
    }
    return true;
}

class NginxServer
{
public:
    struct LogEntry
    {
        QByteArray method;
        QByteArray uri;
        int status = 0;
        qint64 bytes = 0;
        QByteArray range; // "-" when none
        QByteArray ifNoneMatch; // "-" when none
    };

    explicit NginxServer(const QString &root)
        : m_root(root)
    {
    }
    ~NginxServer() { stop(); }
    NginxServer(const NginxServer &) = delete;
    NginxServer &operator=(const NginxServer &) = delete;

    static QString executable() { return QStringLiteral(RC_NGINX); }

    // Starts nginx on a free port of 127.0.0.1 (a few ports are tried if one is taken meanwhile).
    bool start(QString *error)
    {
        if (!QFileInfo(executable()).isExecutable()) {
            *error = QStringLiteral("nginx not found at %1: install nginx-light (./dev test does)")
                         .arg(executable());
            return false;
        }
        for (int attempt = 0; attempt < 5; ++attempt) {
            if (startOnce(error))
                return true;
        }
        return false;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    quint16 port() const { return m_port; }
    QString url(const QString &path = QStringLiteral("/")) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
    }
    QString accessLogPath() const { return m_dir.filePath(QStringLiteral("access.log")); }
    QString errorLog() const
    {
        QFile file(m_dir.filePath(QStringLiteral("error.log")));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    // Every request logged so far, in order (the probe made at start included).
    QList<LogEntry> log() const
    {
        QList<LogEntry> entries;
        QFile file(accessLogPath());
        if (!file.open(QIODevice::ReadOnly))
            return entries;
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (const QByteArray &line : lines) {
            // GET /metadata/timestamp.json 200 812 "-" "\x226b0f97f8-32c\x22" (no field has a space)
            const QList<QByteArray> fields = line.split(' ');
            if (fields.size() < 6)
                continue;
            LogEntry entry;
            entry.method = fields[0];
            entry.uri = fields[1];
            entry.status = fields[2].toInt();
            entry.bytes = fields[3].toLongLong();
            entry.range = unquote(fields[4]);
            entry.ifNoneMatch = unquote(fields[5]);
            entries.append(entry);
        }
        return entries;
    }

private:
    static QByteArray unquote(QByteArray field)
    {
        field = field.trimmed();
        if (field.size() >= 2 && field.startsWith('"') && field.endsWith('"'))
            field = field.mid(1, field.size() - 2);
        return field.replace("\\x22", "\"");
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
    }

    bool startOnce(QString *error)
    {
        m_port = freePort();
        QFile templ(QStringLiteral(RC_SOURCE_DIR "/tests/sync/nginx-test.conf.in"));
        if (m_port == 0 || !templ.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("no free port, or no nginx-test.conf.in");
            return false;
        }
        QByteArray config = templ.readAll();
        config.replace("@PREFIX@", m_dir.path().toUtf8())
            .replace("@PORT@", QByteArray::number(m_port))
            .replace("@ROOT@", QDir(m_root).absolutePath().toUtf8())
            .replace("@SOURCE@", QByteArray(RC_SOURCE_DIR "/tests/sync"));
        const QString configPath = m_dir.filePath(QStringLiteral("nginx.conf"));
        QFile out(configPath);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(config) != config.size()) {
            *error = QStringLiteral("cannot write %1").arg(configPath);
            return false;
        }
        out.close();
        QDir().mkpath(m_dir.filePath(QStringLiteral("tmp")));
        QFile::remove(accessLogPath());
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(executable(),
                        { QStringLiteral("-p"), m_dir.path(), QStringLiteral("-c"), configPath,
                          QStringLiteral("-e"), m_dir.filePath(QStringLiteral("error.log")),
                          QStringLiteral("-g"), QStringLiteral("daemon off;") });
        if (!m_process.waitForStarted(10000)) {
            *error = QStringLiteral("cannot start nginx: %1").arg(m_process.errorString());
            return false;
        }
        // Ready when it answers as nginx on that port (not whoever might have taken it meanwhile).
        for (int i = 0; i < 100; ++i) {
            if (m_process.state() != QProcess::Running)
                break;
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            if (socket.waitForConnected(200)) {
                socket.write("GET /nginx-ready HTTP/1.0\r\nHost: localhost\r\n\r\n");
                QByteArray answer;
                while (socket.waitForReadyRead(2000))
                    answer += socket.readAll();
                answer += socket.readAll();
                if (answer.contains("Server: nginx"))
                    return true;
            }
            QThread::msleep(50);
        }
        *error = QStringLiteral("nginx did not start on port %1: %2 %3")
                     .arg(m_port)
                     .arg(QString::fromUtf8(m_process.readAll()), errorLog());
        stop();
        return false;
    }

    QString m_root;
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace rc::test
