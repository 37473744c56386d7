#include "DocumentRenderer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QPdfDocument>

namespace rc::ui::DocumentRenderer {

namespace {

// QPdfDocument reads a device asynchronously; wait, briefly, for it to finish.
bool loadPdf(QPdfDocument &document, QBuffer &buffer)
{
    document.load(&buffer);
    QDeadlineTimer deadline(10000);
    while (document.status() == QPdfDocument::Status::Loading && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents, 20);
    return document.status() == QPdfDocument::Status::Ready;
}

// The size to draw `natural` at so that it fits `requested`, where either side of `requested` may be
// 0 or less for "any" (QML's sourceSize with only a width). Never enlarges a photo.
QSize fitted(const QSize &natural, const QSize &requested, bool mayEnlarge)
{
    QSize target = natural;
    if (requested.width() > 0 && requested.height() > 0)
        target = natural.scaled(requested, Qt::KeepAspectRatio);
    else if (requested.width() > 0)
        target = QSize(requested.width(),
                       qMax(1, natural.height() * requested.width() / qMax(1, natural.width())));
    else if (requested.height() > 0)
        target = QSize(qMax(1, natural.width() * requested.height() / qMax(1, natural.height())),
                       requested.height());
    if (!mayEnlarge && (target.width() > natural.width() || target.height() > natural.height()))
        return natural;
    return target;
}

} // namespace

bool isPdf(const QByteArray &bytes)
{
    return bytes.startsWith("%PDF-");
}

int pageCount(const QByteArray &pdf)
{
    if (!isPdf(pdf))
        return 1;
    QBuffer buffer;
    buffer.setData(pdf);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    return loadPdf(document, buffer) ? document.pageCount() : 0;
}

QImage render(const QByteArray &bytes, int page, const QSize &size)
{
    if (!isPdf(bytes)) {
        const QImage image = QImage::fromData(bytes);
        const QSize target = image.isNull() ? QSize() : fitted(image.size(), size, false);
        return target == image.size() ? image
                                      : image.scaled(target, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    if (!loadPdf(document, buffer) || page < 0 || page >= document.pageCount())
        return {};
    // 144 dpi unless asked otherwise: readable when zoomed on a phone.
    const QSize natural = (document.pagePointSize(page) * 2.0).toSize();
    return document.render(page, fitted(natural, size, true));
}

} // namespace rc::ui::DocumentRenderer
