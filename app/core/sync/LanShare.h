#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <unordered_map>

class QHostAddress;
class QTcpServer;
class QTcpSocket;

namespace rc::sync {

// Shares one repository folder (metadata/ and targets/, as `rcpack publish` writes them) over plain
// HTTP on the local network, so that phones nearby can use this computer as a mirror. A tiny
// read-only HTTP/1.1 server on QTcpServer, on the thread that starts it (the interface thread: the
// files are small and streamed in chunks).
//
// Nothing it serves needs to be trusted: phones check every byte against the distributor's signatures.
// What it guards is this computer: it serves exactly the file names a TUF client asks for
// (metadata/timestamp.json, metadata/N.root|snapshot|targets.json, targets/<dirs>/<sha256>.<name>),
// with GET and HEAD only, no folder listings, nothing outside the folder (no "..", no absolute or
// encoded paths, no backslashes, no control characters, no symbolic link that leads out), to peers on
// the local network only (private and link-local IPv4, and loopback), with a cap on connections and on
// the size of a request, timeouts for slow clients, and it stops by itself after `lifetimeMs`.
//
// Answers: 200 (Content-Length, ETag of size and modification time, Accept-Ranges), 206 for one
// "Range: bytes=..." (so a broken download goes on), 304 for a matching If-None-Match, 400 for a
// malformed request or path, 404 for anything that is not a repository file, 405 for other methods,
// 416 for a range that cannot be served, 431 for a request head over the cap, 503 when all
// connections are taken. Every response closes its connection.
class LanShare : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        // Stops by itself after this long.
        qint64 lifetimeMs = 30 * 60 * 1000;
        // The same port every time, so a phone that saved the address finds it again next time; when
        // it is taken, the system chooses one. 0: the system chooses.
        quint16 port = 8642;
        // Every IPv4 interface; or only 127.0.0.1 (tests).
        bool loopbackOnly = false;
        int maxConnections = 16;
        // The request line and headers together.
        int maxRequestBytes = 8 * 1024;
        // The whole request head must arrive within this time after connecting (slow-header clients).
        int requestTimeoutMs = 10 * 1000;
        // While answering: no byte taken by the client for this long closes the connection.
        int stallTimeoutMs = 30 * 1000;
    };

    enum class StopReason
    {
        Requested,
        TimeUp
    };
    Q_ENUM(StopReason)

    explicit LanShare(QObject *parent = nullptr);
    ~LanShare() override;

    // Starts serving `repository` (which must hold metadata/timestamp.json). Returns false and sets
    // errorString() when the folder is no repository or no port could be opened.
    bool start(const QString &repository, const Options &options);
    bool start(const QString &repository) { return start(repository, Options {}); }
    void stop();

    bool isRunning() const;
    quint16 port() const;
    QString repository() const { return m_root; }
    qint64 remainingMs() const;
    QString errorString() const { return m_error; }
    // Files sent in full or in part since start().
    int filesServed() const { return m_filesServed; }
    int activeConnections() const { return int(m_connections.size()); }

    // The addresses phones on the local network can reach: private IPv4 addresses of the interfaces
    // that are up (not loopback, not virtual machine or container bridges).
    static QStringList lanAddresses();
    // "http://ADDRESS:PORT/" for each of them.
    static QStringList shareUrls(quint16 port);
    // Loopback, private (10/8, 172.16/12, 192.168/16) or link-local (169.254/16) IPv4.
    static bool isLocalNetworkAddress(const QHostAddress &address);

    // The file a request target names, relative to the repository ("metadata/timestamp.json"), or
    // empty with *status 400 (malformed) or 404 (not a repository file name).
    static QString repositoryPathFor(const QByteArray &target, int *status);

Q_SIGNALS:
    void started();
    void stopped(rc::sync::LanShare::StopReason reason);
    void filesServedChanged();

private:
    struct Connection;
    struct Response;

    void accept();
    void onReadyRead(Connection *connection);
    void handleRequest(Connection *connection, const QByteArray &head);
    void sendError(Connection *connection, int status, const QByteArray &extraHeaders = {});
    void sendHead(Connection *connection, int status, const QByteArray &headers);
    void feed(Connection *connection);
    void drop(QTcpSocket *socket);
    void finish(StopReason reason);

    QTcpServer *m_server = nullptr;
    Options m_options;
    QString m_root; // canonical
    QString m_error;
    QTimer m_lifetime;
    QDeadlineTimer m_deadline;
    int m_filesServed = 0;
    std::unordered_map<QTcpSocket *, std::unique_ptr<Connection>> m_connections;
};

} // namespace rc::sync
