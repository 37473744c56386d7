#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>

namespace rc::ui::DocumentRenderer {

// Decodes a document for display from memory only: a photo through QImage, a PDF page through
// QtPdf reading from a QBuffer. No plaintext ever goes to a temporary file.
bool isPdf(const QByteArray &bytes);
int pageCount(const QByteArray &pdf);
// Page `page` (0-based) of a PDF, or the image itself, scaled to fit `size` if it is valid.
QImage render(const QByteArray &bytes, int page, const QSize &size);

} // namespace rc::ui::DocumentRenderer
