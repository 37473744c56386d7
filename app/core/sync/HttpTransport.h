#pragma once

#include "Transport.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QThread;

namespace rc::sync {

// Why an HTTP fetch failed, finer than SyncErrorCode: the transport reports NotFound (404, 410),
// LengthExceeded (TooLarge) and TransportFailed (everything else), and the message starts with this
// name ("transport-failed: too-many-redirects: ..."), so a log tells a dead mirror from an attack.
enum class HttpFailure
{
    None,
    NotFound, // 404 or 410
    TooLarge, // more bytes than allowed: by Content-Length, or as the body goes on (endless data)
    Timeout, // no byte for the stall timeout, or the request took longer than the request timeout
    TooManyRedirects, // more than Options::maxRedirects redirects
    InsecureRedirect, // a redirect from https to http, or to a scheme other than http(s)
    BadRedirect, // a redirect without a usable Location
    ConnectionFailed, // refused, no such host, TLS handshake failed, ...
    Interrupted, // the connection ended before the announced length (a partial target is kept)
    HttpStatus, // any other status (403, 500, ...)
    BadResponse, // a 206 that does not fit the range asked for, a 304 without a cached copy, ...
    Storage, // the cache folder (ETag, partial targets) could not be written
    BadRequest, // a path no request may be made for (.., an absolute path, ...)
};

// The stable name, e.g. "too-many-redirects".
QString httpFailureName(HttpFailure failure);

// A mirror reached over HTTP or HTTPS, through QNetworkAccessManager. Like every transport it is
// untrusted: it only moves bytes, and the client verifies them. What it guards itself:
//
// - a size cap from the caller: a Content-Length over it is refused before the body, and a body that
//   goes on past it is cut off as soon as one byte too many arrives (the "endless data" attack);
// - timeouts per request: no byte for `stallTimeoutMs`, or the whole request (redirects included)
//   over `requestTimeoutMs`;
// - at most `maxRedirects` redirects, never from https to http, never to another scheme;
// - no cookies, no HTTP cache, no transparent decompression (Accept-Encoding: identity: the bytes
//   are the stored bytes, so lengths, hashes and byte ranges refer to the same thing), no proxy
//   unless `useSystemProxy` (nothing but the mirror is contacted);
// - timestamp.json is asked for with If-None-Match and the ETag of the last copy: a 304 returns that
//   copy (which the client verifies again like any other);
// - a target download is written to a partial file as it arrives; when a connection breaks, the next
//   fetch of the same target asks for the rest with Range and appends it. The whole file is then
//   checked by the client against its signed length and hashes, like any target; whatever a fetch
//   returns, the partial file is gone.
//
// fetch() blocks on a local event loop: call it from a worker thread (or a test's main thread), and
// from one thread at a time.
class HttpTransport : public Transport
{
public:
    struct Options
    {
        int stallTimeoutMs = 30 * 1000;
        int requestTimeoutMs = 5 * 60 * 1000;
        int maxRedirects = 3;
        // Treat the mirror like a USB stick: expired but not rolled back is accepted (and reported).
        // The app sets it for a laptop sharing its bundled copy on the local network (sync/LanShare),
        // never for a mirror on the internet.
        bool offlineMedia = false;
        bool useSystemProxy = false;
        // Where the ETag and bytes of the last timestamp.json, and partial targets, are kept between
        // runs. Empty: ETags are remembered by this object only, and partial targets are not resumed.
        QString cacheDirectory;
        QByteArray userAgent = QByteArrayLiteral("RightsCompanion");
    };

    // `metadataBase` and `targetsBase` are folder URLs (a missing final "/" is added).
    HttpTransport(const QUrl &metadataBase, const QUrl &targetsBase, Options options);
    // A repository as `rcpack publish` writes it: BASE/metadata/ and BASE/targets/.
    static std::unique_ptr<HttpTransport> forRepository(const QUrl &base, const Options &options);
    ~HttpTransport() override;

    Result fetch(Area area, const QString &relativePath, qint64 maxLength) override;
    bool isOfflineMedia() const override { return m_options.offlineMedia; }

    QUrl metadataBase() const { return m_metadataBase; }
    QUrl targetsBase() const { return m_targetsBase; }

    // About the last fetch(), for logs and tests.
    HttpFailure lastFailure() const { return m_last.failure; }
    int lastStatus() const { return m_last.status; } // of the last response, after redirects
    bool lastNotModified() const { return m_last.notModified; } // a 304 answered it from the cache
    qint64 lastResumedFrom() const { return m_last.resumedFrom; } // > 0: a Range request from there
    int lastRedirects() const { return m_last.redirects; }

    // Whether a redirect from `from` to `to` may be followed: http(s) only, never https to http.
    static bool redirectAllowed(const QUrl &from, const QUrl &to);
    // The folder URL form: "/" added to the path when missing.
    static QUrl folderUrl(const QUrl &url);

private:
    struct Last
    {
        HttpFailure failure = HttpFailure::None;
        int status = 0;
        bool notModified = false;
        qint64 resumedFrom = 0;
        int redirects = 0;
    };
    struct Exchange;

    QNetworkAccessManager *manager();
    Result fail(HttpFailure failure, const QString &message);
    bool runExchange(Exchange &exchange);
    QString partialPath(Area area, const QString &relativePath) const;
    QString etagPath(const QUrl &url) const;

    QUrl m_metadataBase;
    QUrl m_targetsBase;
    Options m_options;
    Last m_last;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    QThread *m_managerThread = nullptr;
    // The ETag and bytes of the last timestamp.json, when there is no cache folder.
    QUrl m_etagUrl;
    QByteArray m_etag;
    QByteArray m_etagBody;
};

} // namespace rc::sync
