#pragma once

// A small HTTP/1.1 server on 127.0.0.1 for the transport's fault tests: it serves the files of a
// folder (GET only, one request per connection), understands "Range: bytes=N-" and If-None-Match,
// and misbehaves on purpose where a test says so: it drops the connection in the middle of a file,
// streams without end, redirects in a loop, answers nothing, or sends whatever raw response a test
// wrote. It runs on the test's thread: the transport's fetch() waits on a local event loop, which
// serves it.

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

namespace rc::test {

class TestHttpServer : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path; // as sent, e.g. "/metadata/timestamp.json"
        QHash<QByteArray, QByteArray> headers; // names in lower case
        int status = 0;
        qint64 bodyBytesSent = 0; // bytes of the body handed to the socket
    };

    // What to do with a request instead of serving the file (nullopt-like: Serve).
    struct Fault
    {
        enum class Kind
        {
            Serve,
            DropAfter, // send headers with the full Content-Length, then `bytes` of the body, then close
            Endless, // 200 without Content-Length, then data without end (bounded by `bytes` for safety)
            Redirect, // `status` with Location: `location`
            Silent, // accept, read, never answer
            Raw, // send `raw` as the whole response, then close
            IgnoreRange, // serve the whole file with 200 even when a Range was asked for
        };
        Kind kind = Kind::Serve;
        qint64 bytes = 0;
        int status = 302;
        QByteArray location;
        QByteArray raw;
        int times = -1; // how many requests it applies to; -1: all
        bool rangeOnly = false; // only to requests with a Range header
        int intervalMs = 0; // Endless: one block every so often instead of as fast as possible
    };

    explicit TestHttpServer(const QString &root)
        : m_root(root)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] { accept(); });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    quint16 port() const { return m_server.serverPort(); }
    QByteArray base() const { return "http://127.0.0.1:" + QByteArray::number(port()); }
    QUrl url(const QString &path) const { return QUrl(QString::fromLatin1(base()) + path); }
    void setRoot(const QString &root) { m_root = root; }

    // `path` is the request path, e.g. "/metadata/timestamp.json"; a path ending in "*" matches
    // every path with that prefix.
    void setFault(const QByteArray &path, const Fault &fault) { m_faults[path] = fault; }
    void clearFaults() { m_faults.clear(); }
    const QList<Request> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }
    QList<Request> requestsFor(const QByteArray &path) const
    {
        QList<Request> found;
        for (const Request &request : m_requests) {
            if (request.path == path)
                found.append(request);
        }
        return found;
    }

    static QByteArray etagOf(const QByteArray &data)
    {
        return '"' + QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex().left(16) + '"';
    }

private:
    struct Connection
    {
        QPointer<QTcpSocket> socket;
        QByteArray buffer;
        bool answered = false;
    };

    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            auto connection = std::make_shared<Connection>();
            connection->socket = socket;
            QObject::connect(socket, &QTcpSocket::readyRead, this, [this, connection] { read(connection); });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    Fault faultFor(const QByteArray &path, bool hasRange)
    {
        for (auto it = m_faults.begin(); it != m_faults.end(); ++it) {
            const bool prefix = it.key().endsWith('*');
            const bool matches = prefix ? path.startsWith(it.key().chopped(1)) : path == it.key();
            if (!matches || it->times == 0 || (it->rangeOnly && !hasRange))
                continue;
            Fault fault = *it;
            if (it->times > 0)
                --it->times;
            return fault;
        }
        return {};
    }

    void read(const std::shared_ptr<Connection> &connection)
    {
        QTcpSocket *socket = connection->socket;
        if (!socket || connection->answered)
            return;
        connection->buffer += socket->readAll();
        const qsizetype end = connection->buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        connection->answered = true;
        const QList<QByteArray> lines = connection->buffer.left(end).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        Request request;
        request.method = requestLine.value(0);
        request.path = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                       lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype index = m_requests.size();
        m_requests.append(request);
        respond(socket, index, faultFor(request.path, request.headers.contains("range")));
    }

    void send(QTcpSocket *socket, qsizetype index, int status, const QByteArray &reason,
              const QList<QByteArray> &headers, const QByteArray &body, bool close = true)
    {
        QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
        for (const QByteArray &header : headers)
            response += header + "\r\n";
        response += "Connection: close\r\n\r\n";
        socket->write(response);
        socket->write(body);
        m_requests[index].status = status;
        m_requests[index].bodyBytesSent += body.size();
        if (close)
            socket->disconnectFromHost();
    }

    void respond(QTcpSocket *socket, qsizetype index, const Fault &fault)
    {
        const Request request = m_requests[index];
        switch (fault.kind) {
        case Fault::Kind::Silent:
            return;
        case Fault::Kind::Raw:
            socket->write(fault.raw);
            m_requests[index].status = fault.raw.mid(9, 3).toInt();
            socket->disconnectFromHost();
            return;
        case Fault::Kind::Redirect:
            send(socket, index, fault.status, "Redirect",
                 { "Location: " + fault.location, "Content-Length: 0" }, {});
            return;
        case Fault::Kind::Endless: {
            send(socket, index, 200, "OK", { "Content-Type: application/octet-stream" }, {}, false);
            // Writes more whenever the last block has gone out, until the client hangs up.
            auto written = std::make_shared<qint64>(0);
            const qint64 limit = fault.bytes;
            const QByteArray block(16 * 1024, 'x');
            auto more = [this, socket, index, written, limit, block] {
                if (socket->state() != QAbstractSocket::ConnectedState || socket->bytesToWrite() > 0)
                    return;
                if (*written >= limit) {
                    socket->disconnectFromHost();
                    return;
                }
                socket->write(block);
                *written += block.size();
                m_requests[index].bodyBytesSent = *written;
            };
            if (fault.intervalMs > 0) {
                auto *timer = new QTimer(socket);
                QObject::connect(timer, &QTimer::timeout, socket, more);
                timer->start(fault.intervalMs);
            } else {
                QObject::connect(socket, &QTcpSocket::bytesWritten, socket, more);
            }
            more();
            return;
        }
        case Fault::Kind::Serve:
        case Fault::Kind::DropAfter:
        case Fault::Kind::IgnoreRange:
            break;
        }

        QFile file(
            QDir(m_root).filePath(QString::fromUtf8(QByteArray::fromPercentEncoding(request.path.mid(1)))));
        if (request.method != "GET" || request.path.contains("..") || !file.open(QIODevice::ReadOnly)) {
            send(socket, index, 404, "Not Found", { "Content-Length: 9" }, "not found");
            return;
        }
        const QByteArray data = file.readAll();
        const QByteArray etag = etagOf(data);
        if (request.headers.value("if-none-match") == etag) {
            send(socket, index, 304, "Not Modified", { "ETag: " + etag }, {});
            return;
        }
        const QByteArray range = request.headers.value("range");
        if (range.startsWith("bytes=") && range.endsWith('-') && fault.kind != Fault::Kind::IgnoreRange) {
            const qint64 start = range.mid(6).chopped(1).toLongLong();
            if (start >= data.size()) {
                send(socket, index, 416, "Range Not Satisfiable",
                     { "Content-Range: bytes */" + QByteArray::number(data.size()), "Content-Length: 0" },
                     {});
                return;
            }
            const QByteArray rest = data.mid(start);
            send(socket, index, 206, "Partial Content",
                 { "Content-Length: " + QByteArray::number(rest.size()),
                   "Content-Range: bytes " + QByteArray::number(start) + '-'
                       + QByteArray::number(data.size() - 1) + '/' + QByteArray::number(data.size()),
                   "ETag: " + etag },
                 rest);
            return;
        }
        const QList<QByteArray> headers { "Content-Length: " + QByteArray::number(data.size()),
                                          "ETag: " + etag, "Accept-Ranges: bytes" };
        if (fault.kind == Fault::Kind::DropAfter) {
            send(socket, index, 200, "OK", headers, data.left(fault.bytes), false);
            socket->flush();
            socket->disconnectFromHost();
            return;
        }
        send(socket, index, 200, "OK", headers, data);
    }

    QTcpServer m_server;
    QString m_root;
    QHash<QByteArray, Fault> m_faults;
    QList<Request> m_requests;
};

} // namespace rc::test
