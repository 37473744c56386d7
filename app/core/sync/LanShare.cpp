#include "LanShare.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QHostAddress>
#include <QNetworkInterface>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>
#include <limits>

namespace rc::sync {

namespace {

constexpr qint64 ChunkBytes = 64 * 1024;
// Bytes queued on a socket before the next chunk is read from the file: a slow phone does not make
// the whole file sit in memory.
constexpr qint64 QueuedBytes = 2 * ChunkBytes;
constexpr qsizetype MaximumPathBytes = 1024;
constexpr int MaximumHeaders = 64;
constexpr int MaximumTargetDepth = 16;

bool allowedNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
        || c == '-';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isDigits(QByteArrayView text)
{
    return !text.isEmpty()
        && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "timestamp.json" or "N.root.json", "N.snapshot.json", "N.targets.json" (N without leading zeros).
bool isMetadataName(QByteArrayView name)
{
    if (name == "timestamp.json")
        return true;
    const qsizetype dot = name.indexOf('.');
    if (dot <= 0 || dot > 10 || name.front() == '0' || !isDigits(name.first(dot)))
        return false;
    const QByteArrayView rest = name.sliced(dot);
    return rest == ".root.json" || rest == ".snapshot.json" || rest == ".targets.json";
}

// "<64 lower-case hex digits>.<name>": a consistent-snapshot target file.
bool isTargetFileName(QByteArrayView name)
{
    if (name.size() < 66 || name[64] != '.' || name[65] == '.')
        return false;
    return std::all_of(name.begin(), name.begin() + 64,
                       [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 206:
        return "Partial Content";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 416:
        return "Range Not Satisfiable";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Error";
    }
}

QByteArray errorResponse(int status, const QByteArray &extraHeaders, bool withBody)
{
    const QByteArray body = QByteArray::number(status) + ' ' + reasonPhrase(status) + '\n';
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n"
        + "Content-Type: text/plain; charset=utf-8\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\n" + extraHeaders + "Connection: close\r\n\r\n" + (withBody ? body : QByteArray());
}

// One range of "Range: bytes=...": {start, end} inclusive, {-1, -1} for a header to ignore, or
// {-2, -2} for a range this file cannot serve (416).
std::pair<qint64, qint64> parseRange(const QByteArray &header, qint64 size)
{
    const std::pair<qint64, qint64> ignore { -1, -1 };
    const std::pair<qint64, qint64> unsatisfiable { -2, -2 };
    const QByteArray value = header.trimmed();
    // Other units are not understood, so the header is ignored (RFC 9110, 14.2).
    if (!value.toLower().startsWith("bytes="))
        return ignore;
    const QByteArray spec = value.mid(6).trimmed();
    // One range only: several would need a multipart answer, which no TUF client asks for.
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0 || spec.contains(',') || spec.indexOf('-', dash + 1) >= 0)
        return unsatisfiable;
    const QByteArray first = spec.left(dash);
    const QByteArray last = spec.mid(dash + 1);
    if ((!first.isEmpty() && (!isDigits(first) || first.size() > 18))
        || (!last.isEmpty() && (!isDigits(last) || last.size() > 18)) || (first.isEmpty() && last.isEmpty()))
        return unsatisfiable;
    if (first.isEmpty()) { // the last N bytes
        const qint64 suffix = last.toLongLong();
        if (suffix == 0 || size == 0)
            return unsatisfiable;
        return { std::max<qint64>(0, size - suffix), size - 1 };
    }
    const qint64 start = first.toLongLong();
    qint64 end = last.isEmpty() ? size - 1 : last.toLongLong();
    if (start >= size || end < start)
        return unsatisfiable;
    end = std::min(end, size - 1);
    return { start, end };
}

} // namespace

struct LanShare::Connection
{
    QTcpSocket *socket = nullptr;
    QTimer *timer = nullptr; // a child of the socket
    QByteArray buffer;
    bool answered = false;
    std::unique_ptr<QFile> file;
    qint64 remaining = 0;
};

LanShare::LanShare(QObject *parent)
    : QObject(parent)
{
    m_lifetime.setSingleShot(true);
    connect(&m_lifetime, &QTimer::timeout, this, [this] { finish(StopReason::TimeUp); });
}

LanShare::~LanShare()
{
    // Torn down without signals: whoever listens may be gone already.
    blockSignals(true);
    if (isRunning())
        finish(StopReason::Requested);
}

bool LanShare::isRunning() const
{
    return m_server && m_server->isListening();
}

quint16 LanShare::port() const
{
    return isRunning() ? m_server->serverPort() : 0;
}

qint64 LanShare::remainingMs() const
{
    return isRunning() ? m_deadline.remainingTime() : 0;
}

bool LanShare::start(const QString &repository, const Options &options)
{
    if (isRunning())
        finish(StopReason::Requested);
    m_error.clear();
    const QString root = QFileInfo(repository).canonicalFilePath();
    if (root.isEmpty() || !QFileInfo(root + QStringLiteral("/metadata/timestamp.json")).isFile()) {
        m_error = tr("The folder %1 holds no copy of the information to share (metadata/timestamp.json is "
                     "missing). Reinstall the app, or choose the folder that rcpack publish wrote.")
                      .arg(QDir::toNativeSeparators(repository));
        return false;
    }
    m_root = root;
    m_options = options;
    m_options.maxConnections = std::max(1, m_options.maxConnections);
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::newConnection, this, &LanShare::accept);
    const QHostAddress address(m_options.loopbackOnly ? QHostAddress::LocalHost : QHostAddress::AnyIPv4);
    bool listening = m_server->listen(address, m_options.port);
    // The usual port is taken (another program, or a share of another user): any free one will do.
    if (!listening && m_options.port != 0)
        listening = m_server->listen(address, 0);
    if (!listening) {
        m_error = tr("Sharing could not start: no network port could be opened (%1). Check that no firewall "
                     "program blocks the app, then try again.")
                      .arg(m_server->errorString());
        delete m_server;
        m_server = nullptr;
        return false;
    }
    m_filesServed = 0;
    m_deadline = QDeadlineTimer(m_options.lifetimeMs);
    m_lifetime.start(int(std::min<qint64>(m_options.lifetimeMs, std::numeric_limits<int>::max())));
    Q_EMIT filesServedChanged();
    Q_EMIT started();
    return true;
}

void LanShare::stop()
{
    if (isRunning())
        finish(StopReason::Requested);
}

void LanShare::finish(StopReason reason)
{
    m_lifetime.stop();
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
    // Downloads in progress end too: "stopped" means no one can read anything any more.
    auto connections = std::move(m_connections);
    m_connections.clear();
    for (auto &[socket, connection] : connections) {
        socket->disconnect(this);
        connection->timer->stop();
        socket->abort();
        socket->deleteLater();
    }
    Q_EMIT stopped(reason);
}

bool LanShare::isLocalNetworkAddress(const QHostAddress &address)
{
    bool isIpv4 = false;
    const quint32 ip = address.toIPv4Address(&isIpv4); // also IPv4-mapped IPv6 addresses
    if (!isIpv4)
        return address.isLoopback();
    const auto in
        = [ip](quint32 network, int bits) { return (ip >> (32 - bits)) == (network >> (32 - bits)); };
    return in(0x7F000000, 8) // 127/8
        || in(0x0A000000, 8) // 10/8
        || in(0xAC100000, 12) // 172.16/12
        || in(0xC0A80000, 16) // 192.168/16
        || in(0xA9FE0000, 16); // 169.254/16: link-local (two devices with no router between them)
}

QStringList LanShare::lanAddresses()
{
    // Container, virtual machine and VPN interfaces have private addresses too, but no phone in the
    // room reaches them.
    static const QStringList virtualPrefixes { QStringLiteral("docker"), QStringLiteral("br-"),
                                               QStringLiteral("virbr"),  QStringLiteral("veth"),
                                               QStringLiteral("vmnet"),  QStringLiteral("vboxnet"),
                                               QStringLiteral("lxc"),    QStringLiteral("lxd"),
                                               QStringLiteral("tun"),    QStringLiteral("tap"),
                                               QStringLiteral("wg"),     QStringLiteral("tailscale"),
                                               QStringLiteral("zt") };
    QStringList addresses;
    QStringList linkLocal;
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        const auto flags = interface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) || !flags.testFlag(QNetworkInterface::IsRunning)
            || flags.testFlag(QNetworkInterface::IsLoopBack)
            || interface.type() == QNetworkInterface::Virtual)
            continue;
        const QString name = interface.name();
        if (std::any_of(virtualPrefixes.cbegin(), virtualPrefixes.cend(),
                        [&name](const QString &prefix) { return name.startsWith(prefix); }))
            continue;
        for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
            const QHostAddress ip = entry.ip();
            if (ip.protocol() != QAbstractSocket::IPv4Protocol || ip.isLoopback()
                || !isLocalNetworkAddress(ip))
                continue;
            if (ip.isLinkLocal())
                linkLocal.append(ip.toString());
            else
                addresses.append(ip.toString());
        }
    }
    return addresses + linkLocal;
}

QStringList LanShare::shareUrls(quint16 port)
{
    QStringList urls;
    for (const QString &address : lanAddresses())
        urls.append(QStringLiteral("http://%1:%2/").arg(address).arg(port));
    return urls;
}

QString LanShare::repositoryPathFor(const QByteArray &target, int *status)
{
    *status = 400;
    // Only the origin form "/path": no "http://host/path", no "*", no query, no fragment.
    if (target.isEmpty() || target.front() != '/' || target.size() > 3 * MaximumPathBytes)
        return {};
    QByteArray path;
    path.reserve(target.size());
    for (qsizetype i = 0; i < target.size(); ++i) {
        char c = target[i];
        if (c == '%') {
            const int high = i + 2 < target.size() ? hexValue(target[i + 1]) : -1;
            const int low = i + 2 < target.size() ? hexValue(target[i + 2]) : -1;
            if (high < 0 || low < 0)
                return {};
            c = char(high * 16 + low);
            i += 2;
            // An encoded "/" or "\" (or NUL, or anything outside the names a repository uses) hides a
            // path from a check on the raw text: never decode it into one.
            if (!allowedNameChar(c))
                return {};
        } else if (c != '/' && !allowedNameChar(c)) {
            return {}; // "\", controls, NUL, spaces, "?", "#", bytes over 0x7F
        }
        path.append(c);
    }
    if (path.size() > MaximumPathBytes)
        return {};
    const QList<QByteArray> segments = path.mid(1).split('/');
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QByteArray &segment = segments.at(i);
        if (segment == "." || segment == "..")
            return {};
        // "//" inside a path is malformed; an empty last segment is a folder, which is never listed.
        if (segment.isEmpty() && i + 1 < segments.size())
            return {};
    }
    *status = 404;
    if (segments.size() == 2 && segments.at(0) == "metadata" && isMetadataName(segments.at(1)))
        return QString::fromLatin1(path.mid(1));
    if (segments.size() < 2 || segments.size() > MaximumTargetDepth || segments.at(0) != "targets")
        return {};
    for (const QByteArray &segment : segments) {
        // Hidden files and folders (".git", ".partial") are never repository files.
        if (segment.isEmpty() || segment.front() == '.')
            return {};
    }
    if (!isTargetFileName(segments.constLast()))
        return {};
    return QString::fromLatin1(path.mid(1));
}

void LanShare::accept()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        // Reachable from the local network only: a computer with a public address of its own (or a
        // forwarded port) still answers no one outside.
        if (!isLocalNetworkAddress(socket->peerAddress())) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        if (int(m_connections.size()) >= m_options.maxConnections) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            socket->write(errorResponse(503, "Retry-After: 5\r\n", true));
            socket->disconnectFromHost();
            continue;
        }
        auto connection = std::make_unique<Connection>();
        connection->socket = socket;
        connection->timer = new QTimer(socket);
        connection->timer->setSingleShot(true);
        // The head of a request is small; whatever holds it up longer than this is a slow client.
        socket->setReadBufferSize(qint64(m_options.maxRequestBytes) + 1024);
        connect(connection->timer, &QTimer::timeout, this, [this, socket] {
            socket->abort();
            drop(socket);
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            const auto it = m_connections.find(socket);
            if (it != m_connections.end())
                onReadyRead(it->second.get());
        });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] {
            const auto it = m_connections.find(socket);
            if (it == m_connections.end())
                return;
            it->second->timer->start(m_options.stallTimeoutMs);
            feed(it->second.get());
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { drop(socket); });
        connection->timer->start(m_options.requestTimeoutMs);
        m_connections.emplace(socket, std::move(connection));
        // Bytes may have arrived with the connection.
        if (socket->bytesAvailable() > 0)
            onReadyRead(m_connections.at(socket).get());
    }
}

void LanShare::drop(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->second->timer->stop();
    m_connections.erase(it);
    socket->disconnect(this);
    socket->deleteLater();
}

void LanShare::onReadyRead(Connection *connection)
{
    QTcpSocket *socket = connection->socket;
    if (connection->answered) {
        socket->readAll(); // a request body or a second request: not read, never kept
        return;
    }
    connection->buffer += socket->readAll();
    const qsizetype end = connection->buffer.indexOf("\r\n\r\n");
    if ((end < 0 && connection->buffer.size() > m_options.maxRequestBytes)
        || end + 4 > m_options.maxRequestBytes) {
        sendError(connection, 431);
        return;
    }
    if (end < 0)
        return;
    handleRequest(connection, connection->buffer.left(end));
}

void LanShare::sendHead(Connection *connection, int status, const QByteArray &headers)
{
    connection->socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n"
                              + headers + "Connection: close\r\n\r\n");
}

void LanShare::sendError(Connection *connection, int status, const QByteArray &extraHeaders)
{
    connection->answered = true;
    connection->buffer.clear();
    connection->timer->start(m_options.stallTimeoutMs);
    connection->socket->write(errorResponse(status, extraHeaders, true));
    connection->socket->disconnectFromHost();
}

void LanShare::handleRequest(Connection *connection, const QByteArray &head)
{
    connection->answered = true;
    connection->buffer.clear();
    connection->timer->start(m_options.stallTimeoutMs);

    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start <= head.size()) {
        qsizetype end = head.indexOf("\r\n", start);
        if (end < 0)
            end = head.size();
        lines.append(head.mid(start, end - start));
        start = end + 2;
    }
    if (lines.size() > MaximumHeaders + 1)
        return sendError(connection, 431);
    for (const QByteArray &line : std::as_const(lines)) {
        if (line.contains('\r') || line.contains('\n') || line.contains('\0'))
            return sendError(connection, 400);
    }
    const QList<QByteArray> requestLine = lines.constFirst().split(' ');
    if (requestLine.size() != 3)
        return sendError(connection, 400);
    const QByteArray &method = requestLine.at(0);
    const QByteArray &target = requestLine.at(1);
    const QByteArray &version = requestLine.at(2);
    if (!version.startsWith("HTTP/"))
        return sendError(connection, 400);
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return sendError(connection, 505);
    if (method.isEmpty()
        || !std::all_of(method.begin(), method.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
        return sendError(connection, 400);
    const bool isHead = method == "HEAD";
    if (method != "GET" && !isHead)
        return sendError(connection, 405, "Allow: GET, HEAD\r\n");

    QHash<QByteArray, QByteArray> headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        // No folded lines, no header names with spaces: one header per line, as HTTP/1.1 says.
        if (colon <= 0 || line.front() == ' ' || line.front() == '\t' || line.left(colon).contains(' ')
            || line.left(colon).contains('\t'))
            return sendError(connection, 400);
        const QByteArray name = line.left(colon).toLower();
        if (headers.contains(name))
            return sendError(connection, 400);
        headers.insert(name, line.mid(colon + 1).trimmed());
    }
    if (version == "HTTP/1.1" && !headers.contains("host"))
        return sendError(connection, 400);
    // This server takes no request bodies.
    if (headers.contains("transfer-encoding")
        || (headers.contains("content-length") && headers.value("content-length") != "0"))
        return sendError(connection, 400);

    int status = 404;
    const QString relative = repositoryPathFor(target, &status);
    if (relative.isEmpty())
        return sendError(connection, status);
    const QFileInfo info(m_root + QLatin1Char('/') + relative);
    const QString canonical = info.canonicalFilePath();
    // A symbolic link that leads out of the folder (or to a folder) is not a repository file.
    if (canonical.isEmpty() || !canonical.startsWith(m_root + QLatin1Char('/'))
        || !QFileInfo(canonical).isFile())
        return sendError(connection, 404);
    auto file = std::make_unique<QFile>(canonical);
    if (!file->open(QIODevice::ReadOnly))
        return sendError(connection, 404);
    const qint64 size = file->size();
    const QFileInfo served(canonical);
    const QByteArray etag = '"' + QByteArray::number(size, 16) + '-'
        + QByteArray::number(served.lastModified().toMSecsSinceEpoch(), 16) + '"';

    QByteArray common = "ETag: " + etag + "\r\nX-Content-Type-Options: nosniff\r\n";
    common += relative == QLatin1String("metadata/timestamp.json")
        ? QByteArray("Cache-Control: no-cache\r\n")
        : QByteArray("Cache-Control: public, max-age=31536000, immutable\r\n");

    if (headers.contains("if-none-match")) {
        const QList<QByteArray> tags = headers.value("if-none-match").split(',');
        for (QByteArray tag : tags) {
            tag = tag.trimmed();
            if (tag.startsWith("W/"))
                tag = tag.mid(2);
            if (tag == etag || tag == "*") {
                sendHead(connection, 304, common);
                connection->socket->disconnectFromHost();
                return;
            }
        }
    }

    qint64 first = 0;
    qint64 last = size - 1;
    int okStatus = 200;
    // A Range for another version of the file (If-Range with another ETag) gets the whole file.
    if (!isHead && headers.contains("range")
        && (!headers.contains("if-range") || headers.value("if-range") == etag)) {
        const auto [from, to] = parseRange(headers.value("range"), size);
        if (from == -2)
            return sendError(connection, 416, "Content-Range: bytes */" + QByteArray::number(size) + "\r\n");
        if (from >= 0) {
            first = from;
            last = to;
            okStatus = 206;
        }
    }
    const qint64 length = size == 0 ? 0 : last - first + 1;
    QByteArray response = common + "Accept-Ranges: bytes\r\nContent-Type: "
        + (relative.endsWith(QLatin1String(".json")) ? QByteArray("application/json")
                                                     : QByteArray("application/octet-stream"))
        + "\r\nContent-Length: " + QByteArray::number(length) + "\r\n";
    if (okStatus == 206)
        response += "Content-Range: bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/'
            + QByteArray::number(size) + "\r\n";
    sendHead(connection, okStatus, response);
    if (isHead || length == 0) {
        connection->socket->disconnectFromHost();
        return;
    }
    if (!file->seek(first)) {
        QTcpSocket *socket = connection->socket;
        socket->abort(); // may drop the connection already
        drop(socket);
        return;
    }
    connection->file = std::move(file);
    connection->remaining = length;
    ++m_filesServed;
    Q_EMIT filesServedChanged();
    feed(connection);
}

void LanShare::feed(Connection *connection)
{
    QTcpSocket *socket = connection->socket;
    while (connection->file && connection->remaining > 0 && socket->bytesToWrite() < QueuedBytes) {
        const QByteArray chunk = connection->file->read(std::min(ChunkBytes, connection->remaining));
        if (chunk.isEmpty()) {
            // The file got shorter while it was sent (a publish replaced it): the phone notices the
            // short body and asks again.
            socket->abort();
            drop(socket);
            return;
        }
        socket->write(chunk);
        connection->remaining -= chunk.size();
    }
    if (connection->file && connection->remaining == 0) {
        connection->file.reset();
        socket->disconnectFromHost();
    }
}

} // namespace rc::sync
