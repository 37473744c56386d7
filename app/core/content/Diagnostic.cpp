#include "Diagnostic.h"

namespace rc::content {

QString Diagnostic::toString() const
{
    return QStringLiteral("%1:%2: %3: %4")
        .arg(file)
        .arg(line)
        .arg(severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning"), message);
}

} // namespace rc::content
