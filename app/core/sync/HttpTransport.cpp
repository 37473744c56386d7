#include "HttpTransport.h"

#include "AtomicFile.h"
#include "TufMetadata.h"
#include "crypto/Digest.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <climits>
#include <limits>

namespace rc::sync {

namespace {

const QString TimestampFile = QStringLiteral("timestamp.json");

// At most this much of a response is held by Qt before it is read (so an endless body is cut off
// within one buffer of the cap).
constexpr qint64 ReadBufferBytes = 64 * 1024;
// An ETag longer than this, or with anything but visible ASCII, is not kept.
constexpr qsizetype MaximumEtagBytes = 256;

QString shown(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo);
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool isUsableEtag(QByteArrayView etag)
{
    if (etag.isEmpty() || etag.size() > MaximumEtagBytes)
        return false;
    return std::all_of(etag.begin(), etag.end(), [](char c) { return c >= 0x21 && c <= 0x7e; });
}

QString hashedName(QByteArrayView key)
{
    return QString::fromLatin1(crypto::Sha256::hash(key).toHex().left(32));
}

// "bytes START-END/TOTAL" (TOTAL may be "*"): START, END and TOTAL (-1 for "*"), or false.
bool parseContentRange(const QByteArray &header, qint64 *start, qint64 *end, qint64 *total)
{
    static const QRegularExpression pattern(
        QStringLiteral("^bytes ([0-9]{1,18})-([0-9]{1,18})/([0-9]{1,18}|\\*)$"));
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(header.trimmed()));
    if (!match.hasMatch())
        return false;
    *start = match.captured(1).toLongLong();
    *end = match.captured(2).toLongLong();
    *total = match.captured(3) == QLatin1String("*") ? -1 : match.captured(3).toLongLong();
    return *start <= *end && (*total < 0 || *end < *total);
}

} // namespace

QString httpFailureName(HttpFailure failure)
{
    switch (failure) {
    case HttpFailure::None:
        return QStringLiteral("ok");
    case HttpFailure::NotFound:
        return QStringLiteral("not-found");
    case HttpFailure::TooLarge:
        return QStringLiteral("too-large");
    case HttpFailure::Timeout:
        return QStringLiteral("timeout");
    case HttpFailure::TooManyRedirects:
        return QStringLiteral("too-many-redirects");
    case HttpFailure::InsecureRedirect:
        return QStringLiteral("insecure-redirect");
    case HttpFailure::BadRedirect:
        return QStringLiteral("bad-redirect");
    case HttpFailure::ConnectionFailed:
        return QStringLiteral("connection-failed");
    case HttpFailure::Interrupted:
        return QStringLiteral("interrupted");
    case HttpFailure::HttpStatus:
        return QStringLiteral("http-status");
    case HttpFailure::BadResponse:
        return QStringLiteral("bad-response");
    case HttpFailure::Storage:
        return QStringLiteral("storage");
    case HttpFailure::BadRequest:
        return QStringLiteral("bad-request");
    }
    return QStringLiteral("unknown");
}

// One request and its response, without following redirects.
struct HttpTransport::Exchange
{
    // What to ask.
    QUrl url;
    qint64 maxLength = 0;
    qint64 offset = 0; // bytes already in the partial file: asked for with Range when > 0
    QByteArray ifNoneMatch;
    QFile *sink = nullptr; // the partial file; null: the body is kept in `body`
    QDeadlineTimer deadline;

    // What came back.
    int status = 0;
    bool redirect = false;
    QUrl location; // of a redirect, resolved; invalid when there was none
    bool notModified = false;
    bool rangeRefused = false; // 416 to a Range request
    QByteArray etag;
    QByteArray body;
    qint64 received = 0; // body bytes of this exchange
    qint64 expectedTotal = -1; // offset + Content-Length, when announced
    HttpFailure failure = HttpFailure::None;
    QString message;
};

HttpTransport::HttpTransport(const QUrl &metadataBase, const QUrl &targetsBase, Options options)
    : m_metadataBase(folderUrl(metadataBase))
    , m_targetsBase(folderUrl(targetsBase))
    , m_options(std::move(options))
{
}

std::unique_ptr<HttpTransport> HttpTransport::forRepository(const QUrl &base, const Options &options)
{
    const QUrl folder = folderUrl(base);
    return std::make_unique<HttpTransport>(folder.resolved(QUrl(QStringLiteral("metadata/"))),
                                           folder.resolved(QUrl(QStringLiteral("targets/"))), options);
}

HttpTransport::~HttpTransport()
{
    // A manager belongs to the thread that made it; from any other thread it is handed back to it.
    if (m_manager && m_managerThread != QThread::currentThread())
        m_manager.release()->deleteLater();
}

QUrl HttpTransport::folderUrl(const QUrl &url)
{
    QUrl folder = url;
    if (!folder.path().endsWith(QLatin1Char('/')))
        folder.setPath(folder.path() + QLatin1Char('/'));
    return folder;
}

bool HttpTransport::redirectAllowed(const QUrl &from, const QUrl &to)
{
    if (!to.isValid() || to.host().isEmpty())
        return false;
    const QString scheme = to.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return false;
    return !(from.scheme().toLower() == QLatin1String("https") && scheme != QLatin1String("https"));
}

QNetworkAccessManager *HttpTransport::manager()
{
    QThread *const current = QThread::currentThread();
    if (m_manager && m_managerThread == current)
        return m_manager.get();
    if (m_manager)
        m_manager.release()->deleteLater();
    m_manager = std::make_unique<QNetworkAccessManager>();
    m_managerThread = current;
    m_manager->setAutoDeleteReplies(false);
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    if (!m_options.useSystemProxy)
        m_manager->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    return m_manager.get();
}

Transport::Result HttpTransport::fail(HttpFailure failure, const QString &message)
{
    m_last.failure = failure;
    SyncErrorCode code = SyncErrorCode::TransportFailed;
    if (failure == HttpFailure::NotFound)
        code = SyncErrorCode::NotFound;
    else if (failure == HttpFailure::TooLarge)
        code = SyncErrorCode::LengthExceeded;
    else if (failure == HttpFailure::BadRequest)
        code = SyncErrorCode::BadTargetPath;
    Result result;
    result.error = syncError(code, httpFailureName(failure) + QStringLiteral(": ") + message);
    return result;
}

QString HttpTransport::partialPath(Area area, const QString &relativePath) const
{
    // Named by the target's path, not the mirror: a download that broke on one mirror goes on from
    // the next (the client checks the whole file in the end either way).
    const QByteArray key
        = (area == Area::Metadata ? QByteArrayLiteral("metadata/") : QByteArrayLiteral("targets/"))
        + relativePath.toUtf8();
    return QDir(m_options.cacheDirectory).filePath(QStringLiteral("partial/%1.part").arg(hashedName(key)));
}

QString HttpTransport::etagPath(const QUrl &url) const
{
    return QDir(m_options.cacheDirectory)
        .filePath(QStringLiteral("etag/%1").arg(hashedName(url.toEncoded(QUrl::FullyEncoded))));
}

bool HttpTransport::runExchange(Exchange &exchange)
{
    QNetworkRequest request(exchange.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // Our own Accept-Encoding turns Qt's transparent decompression off: lengths, hashes and byte
    // ranges all refer to the stored bytes.
    request.setRawHeader("Accept-Encoding", "identity");
    request.setHeader(QNetworkRequest::UserAgentHeader, m_options.userAgent);
    if (!exchange.ifNoneMatch.isEmpty())
        request.setRawHeader("If-None-Match", exchange.ifNoneMatch);
    if (exchange.offset > 0)
        request.setRawHeader("Range",
                             QByteArrayLiteral("bytes=") + QByteArray::number(exchange.offset) + '-');

    QNetworkReply *const reply = manager()->get(request);
    const std::unique_ptr<QNetworkReply> owner(reply);
    reply->setReadBufferSize(ReadBufferBytes);

    QEventLoop loop;
    QTimer stall;
    stall.setSingleShot(true);
    QTimer overall;
    overall.setSingleShot(true);
    bool stopped = false;
    bool headersSeen = false;
    const auto restartStall = [&] {
        if (m_options.stallTimeoutMs > 0)
            stall.start(m_options.stallTimeoutMs);
    };

    // The answer is known (a redirect, a 304, a 404, ...): the rest of the response is read and thrown
    // away while it is small, so that Qt ends the reply by itself (aborting a reply that Qt is about
    // to fail for its status makes Qt warn about a second error).
    bool decided = false;
    qint64 discarded = 0;
    const auto decide = [&](HttpFailure failure, const QString &message) {
        if (decided || stopped)
            return;
        decided = true;
        exchange.failure = failure;
        exchange.message = message;
    };
    // Ends the reply at once; finished() then ends the loop.
    const auto stop = [&](HttpFailure failure, const QString &message) {
        if (stopped)
            return;
        stopped = true;
        if (!decided) {
            exchange.failure = failure;
            exchange.message = message;
        }
        stall.stop();
        overall.stop();
        if (!reply->isFinished())
            reply->abort();
    };
    const auto finish = [&] { decide(HttpFailure::None, QString()); };

    const auto onHeaders = [&] {
        if (headersSeen || stopped || decided)
            return;
        const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!statusAttribute.isValid())
            return;
        headersSeen = true;
        restartStall();
        exchange.status = statusAttribute.toInt();
        const int status = exchange.status;
        if (isRedirect(status)) {
            exchange.redirect = true;
            const QByteArray location = reply->rawHeader("Location");
            if (!location.isEmpty())
                exchange.location = exchange.url.resolved(QUrl::fromEncoded(location.trimmed()));
            finish();
            return;
        }
        if (status == 304) {
            if (exchange.ifNoneMatch.isEmpty())
                return stop(HttpFailure::BadResponse,
                            QStringLiteral("%1 answered 304 to a request without If-None-Match")
                                .arg(shown(exchange.url)));
            exchange.notModified = true;
            finish();
            return;
        }
        if (status == 404 || status == 410)
            return decide(HttpFailure::NotFound,
                          QStringLiteral("%1: HTTP %2").arg(shown(exchange.url)).arg(status));
        if (status == 416 && exchange.offset > 0) {
            exchange.rangeRefused = true;
            finish();
            return;
        }
        if (status != 200 && status != 206)
            return decide(HttpFailure::HttpStatus,
                          QStringLiteral("%1: HTTP %2 %3")
                              .arg(shown(exchange.url))
                              .arg(status)
                              .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()));
        if (status == 206) {
            qint64 start = 0;
            qint64 end = 0;
            qint64 total = 0;
            if (exchange.offset == 0)
                return stop(HttpFailure::BadResponse,
                            QStringLiteral("%1: 206 Partial Content to a request for the whole file")
                                .arg(shown(exchange.url)));
            if (!parseContentRange(reply->rawHeader("Content-Range"), &start, &end, &total)
                || start != exchange.offset)
                return stop(HttpFailure::BadResponse,
                            QStringLiteral("%1: Content-Range '%2' does not continue at byte %3")
                                .arg(shown(exchange.url),
                                     QString::fromLatin1(reply->rawHeader("Content-Range").left(100)))
                                .arg(exchange.offset));
            if (end + 1 > exchange.maxLength || total > exchange.maxLength)
                return stop(
                    HttpFailure::TooLarge,
                    QStringLiteral("%1: Content-Range '%2' goes past the %3 bytes allowed")
                        .arg(shown(exchange.url), QString::fromLatin1(reply->rawHeader("Content-Range")))
                        .arg(exchange.maxLength));
        } else if (exchange.offset > 0) {
            // The server sent the whole file instead of the rest: start the partial file again.
            if (!exchange.sink->resize(0) || !exchange.sink->seek(0))
                return stop(HttpFailure::Storage, exchange.sink->errorString());
            exchange.offset = 0;
        }
        exchange.etag = reply->rawHeader("ETag");
        bool announced = false;
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&announced);
        if (announced && length >= 0) {
            exchange.expectedTotal = exchange.offset + length;
            if (exchange.expectedTotal > exchange.maxLength)
                return stop(HttpFailure::TooLarge,
                            QStringLiteral("%1 announces %2 bytes; at most %3 are allowed")
                                .arg(shown(exchange.url))
                                .arg(exchange.expectedTotal)
                                .arg(exchange.maxLength));
        }
    };

    const auto onData = [&] {
        onHeaders();
        if (stopped || !headersSeen)
            return;
        restartStall();
        if (decided) {
            discarded += reply->readAll().size();
            if (discarded > ReadBufferBytes)
                stop(HttpFailure::None, QString());
            return;
        }
        while (reply->bytesAvailable() > 0) {
            const QByteArray chunk = reply->read(ReadBufferBytes);
            if (chunk.isEmpty())
                break;
            // Cut off the moment one byte more than allowed arrives (endless data).
            if (exchange.offset + exchange.received + chunk.size() > exchange.maxLength)
                return stop(HttpFailure::TooLarge,
                            QStringLiteral("%1 goes on past the %2 bytes allowed")
                                .arg(shown(exchange.url))
                                .arg(exchange.maxLength));
            addBytesTransferred(chunk.size());
            exchange.received += chunk.size();
            if (exchange.sink) {
                if (exchange.sink->write(chunk) != chunk.size())
                    return stop(HttpFailure::Storage,
                                QStringLiteral("cannot write %1: %2")
                                    .arg(exchange.sink->fileName(), exchange.sink->errorString()));
            } else {
                exchange.body.append(chunk);
            }
        }
    };

    // Qt sends an idempotent request again by itself when a connection closes early; the second
    // response would start over from its first byte. Only the bytes of the first response are kept.
    int responses = 0;
    QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, [&] {
        if (++responses > 1 && headersSeen && !decided)
            return stop(HttpFailure::Interrupted,
                        QStringLiteral("%1: the connection broke after %2 bytes")
                            .arg(shown(exchange.url))
                            .arg(exchange.offset + exchange.received));
        onHeaders();
    });
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, onData);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&stall, &QTimer::timeout, &loop, [&] {
        stop(HttpFailure::Timeout,
             QStringLiteral("%1: nothing received for %2 s")
                 .arg(shown(exchange.url))
                 .arg(m_options.stallTimeoutMs / 1000.0));
    });
    QObject::connect(&overall, &QTimer::timeout, &loop, [&] {
        stop(HttpFailure::Timeout,
             QStringLiteral("%1: the request took longer than %2 s")
                 .arg(shown(exchange.url))
                 .arg(m_options.requestTimeoutMs / 1000.0));
    });
    const qint64 remaining = exchange.deadline.remainingTime();
    if (remaining == 0) {
        exchange.failure = HttpFailure::Timeout;
        exchange.message = QStringLiteral("%1: the request took longer than %2 s")
                               .arg(shown(exchange.url))
                               .arg(m_options.requestTimeoutMs / 1000.0);
        reply->abort();
        return false;
    }
    overall.start(remaining < 0 ? std::numeric_limits<int>::max()
                                : int(std::min<qint64>(remaining, INT_MAX)));
    restartStall();
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);

    if (stopped || decided)
        return exchange.failure == HttpFailure::None;
    // Whatever is still buffered, then what the end means.
    onData();
    if (stopped || decided)
        return exchange.failure == HttpFailure::None;
    const bool success = exchange.status == 200 || exchange.status == 206;
    if (reply->error() != QNetworkReply::NoError) {
        if (headersSeen && success) {
            exchange.failure = HttpFailure::Interrupted;
            exchange.message = QStringLiteral("%1: the connection ended after %2 of %3 bytes (%4)")
                                   .arg(shown(exchange.url))
                                   .arg(exchange.offset + exchange.received)
                                   .arg(exchange.expectedTotal >= 0 ? QString::number(exchange.expectedTotal)
                                                                    : QStringLiteral("?"))
                                   .arg(reply->errorString());
        } else {
            exchange.failure = HttpFailure::ConnectionFailed;
            exchange.message = QStringLiteral("%1: %2").arg(shown(exchange.url), reply->errorString());
        }
        return false;
    }
    if (!headersSeen) {
        exchange.failure = HttpFailure::BadResponse;
        exchange.message = QStringLiteral("%1: no HTTP status").arg(shown(exchange.url));
        return false;
    }
    if (exchange.expectedTotal >= 0 && exchange.offset + exchange.received != exchange.expectedTotal) {
        exchange.failure = HttpFailure::Interrupted;
        exchange.message = QStringLiteral("%1: the connection ended after %2 of %3 bytes")
                               .arg(shown(exchange.url))
                               .arg(exchange.offset + exchange.received)
                               .arg(exchange.expectedTotal);
        return false;
    }
    return true;
}

Transport::Result HttpTransport::fetch(Area area, const QString &relativePath, qint64 maxLength)
{
    m_last = {};
    QString why;
    if (!tuf::isSafeTargetPath(relativePath.toUtf8(), &why))
        return fail(HttpFailure::BadRequest, QStringLiteral("%1: %2").arg(relativePath, why));
    const QUrl base = area == Area::Metadata ? m_metadataBase : m_targetsBase;
    const QString scheme = base.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return fail(HttpFailure::BadRequest,
                    QStringLiteral("%1 is not an http:// or https:// URL").arg(shown(base)));
    maxLength = std::max<qint64>(maxLength, 0);
    const QUrl requested = base.resolved(QUrl::fromEncoded(QUrl::toPercentEncoding(relativePath, "/")));

    // timestamp.json: If-None-Match with the ETag of the copy we have.
    const bool conditional = area == Area::Metadata && relativePath == TimestampFile;
    QByteArray etag;
    QByteArray cachedBody;
    if (conditional) {
        if (!m_options.cacheDirectory.isEmpty()) {
            QByteArray stored;
            if (readSmallFile(etagPath(requested), maxLength + MaximumEtagBytes + 1, &stored)) {
                const qsizetype newline = stored.indexOf('\n');
                if (newline > 0) {
                    etag = stored.left(newline);
                    cachedBody = stored.mid(newline + 1);
                }
            }
        } else if (m_etagUrl == requested) {
            etag = m_etag;
            cachedBody = m_etagBody;
        }
        if (!isUsableEtag(etag) || cachedBody.isEmpty() || cachedBody.size() > maxLength) {
            etag.clear();
            cachedBody.clear();
        }
    }

    // Targets go to a partial file as they arrive, and a broken download goes on from there.
    std::unique_ptr<QFile> partial;
    qint64 offset = 0;
    if (area == Area::Targets && !m_options.cacheDirectory.isEmpty()) {
        const QString path = partialPath(area, relativePath);
        QDir().mkpath(QFileInfo(path).absolutePath());
        partial = std::make_unique<QFile>(path);
        if (!partial->open(QIODevice::ReadWrite))
            return fail(HttpFailure::Storage,
                        QStringLiteral("cannot open %1: %2").arg(path, partial->errorString()));
        offset = partial->size();
        if (offset >= maxLength || !partial->seek(offset)) {
            // Longer than the file may be (or exactly as long: then it failed the checks once): start again.
            partial->resize(0);
            offset = 0;
        }
    }
    const auto dropPartial = [&] {
        if (partial) {
            partial->close();
            partial->remove();
            partial.reset();
        }
    };

    QUrl url = requested;
    const QDeadlineTimer deadline = m_options.requestTimeoutMs > 0
        ? QDeadlineTimer(m_options.requestTimeoutMs)
        : QDeadlineTimer(QDeadlineTimer::Forever);
    bool restartedAfter416 = false;
    for (;;) {
        Exchange exchange;
        exchange.url = url;
        exchange.maxLength = maxLength;
        exchange.offset = offset;
        exchange.ifNoneMatch = etag;
        exchange.sink = partial.get();
        exchange.deadline = deadline;
        if (offset > 0)
            m_last.resumedFrom = offset;
        runExchange(exchange);
        m_last.status = exchange.status;
        offset = exchange.offset;

        if (exchange.redirect) {
            if (m_last.redirects >= m_options.maxRedirects)
                return fail(HttpFailure::TooManyRedirects,
                            QStringLiteral("%1: more than %2 redirects")
                                .arg(shown(requested))
                                .arg(m_options.maxRedirects));
            if (!exchange.location.isValid())
                return fail(HttpFailure::BadRedirect,
                            QStringLiteral("%1: HTTP %2 without a usable Location")
                                .arg(shown(url))
                                .arg(exchange.status));
            if (!redirectAllowed(url, exchange.location))
                return fail(
                    HttpFailure::InsecureRedirect,
                    QStringLiteral("%1 redirects to %2: refused").arg(shown(url), shown(exchange.location)));
            ++m_last.redirects;
            url = exchange.location;
            continue;
        }
        if (exchange.rangeRefused && partial && !restartedAfter416) {
            restartedAfter416 = true;
            partial->resize(0);
            partial->seek(0);
            offset = 0;
            continue;
        }
        if (exchange.failure != HttpFailure::None) {
            // Bytes that arrived in order before a break or a stall are kept for the next attempt;
            // anything that does not fit is thrown away.
            if (exchange.failure == HttpFailure::TooLarge || exchange.failure == HttpFailure::BadResponse
                || exchange.failure == HttpFailure::NotFound || exchange.failure == HttpFailure::Storage)
                dropPartial();
            else if (partial)
                partial->flush();
            return fail(exchange.failure, exchange.message);
        }
        if (exchange.rangeRefused) {
            dropPartial();
            return fail(HttpFailure::BadResponse, QStringLiteral("%1: HTTP 416 twice").arg(shown(url)));
        }

        Result result;
        if (exchange.notModified) {
            m_last.notModified = true;
            result.data = cachedBody;
            return result;
        }
        if (partial) {
            QByteArray data;
            if (!partial->flush() || !partial->seek(0)) {
                const QString error = partial->errorString();
                dropPartial();
                return fail(HttpFailure::Storage, error);
            }
            data = partial->read(maxLength + 1);
            dropPartial();
            result.data = std::move(data);
        } else {
            result.data = std::move(exchange.body);
        }
        if (result.data.size() > maxLength)
            return fail(HttpFailure::TooLarge,
                        QStringLiteral("%1 is longer than the %2 bytes allowed")
                            .arg(shown(requested))
                            .arg(maxLength));
        if (conditional) {
            // Remember the copy and its ETag for the next If-None-Match (or forget an old one).
            const QByteArray fresh = isUsableEtag(exchange.etag) ? exchange.etag : QByteArray();
            if (!m_options.cacheDirectory.isEmpty()) {
                const QString path = etagPath(requested);
                if (fresh.isEmpty()) {
                    QFile::remove(path);
                } else if (!writeFileAtomically(path, fresh + '\n' + result.data, &why)) {
                    QFile::remove(path);
                }
            } else {
                m_etagUrl = fresh.isEmpty() ? QUrl() : requested;
                m_etag = fresh;
                m_etagBody = fresh.isEmpty() ? QByteArray() : result.data;
            }
        }
        return result;
    }
}

} // namespace rc::sync
