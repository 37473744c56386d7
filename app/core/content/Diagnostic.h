#pragma once

#include <QList>
#include <QString>

namespace rc::content {

// One problem found in a pack source, reported the way compilers do so editors can jump to it.
struct Diagnostic
{
    enum class Severity
    {
        Error,
        Warning
    };

    QString file;
    int line = 0; // 1-based; 0 when the problem concerns the whole file
    Severity severity = Severity::Error;
    QString message;

    // "file:line: error: message"
    QString toString() const;
};

using Diagnostics = QList<Diagnostic>;

inline bool hasErrors(const Diagnostics &diagnostics)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == Diagnostic::Severity::Error)
            return true;
    }
    return false;
}

} // namespace rc::content
