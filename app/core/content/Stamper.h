#pragma once

#include "Diagnostic.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace rc::content {

// Records in translations which English text they match: writes or updates the "based-on:" header
// line of articles/<id>/<lang>.md, glossary/<lang>.md, procedures/<id>/<lang>.md and contacts/<id>/<lang>.md
// (`rcpack stamp`). A translator runs it after bringing a translation up to date; lint then stops showing it
// as outdated.
class Stamper
{
public:
    struct Options
    {
        QString language; // only this translation; empty: every one
        QString article; // only this article (and not the glossary); empty: every article
        bool glossaryOnly = false; // only the glossary
    };
    struct Result
    {
        QStringList stamped; // files whose based-on line was written
        QStringList current; // files that already said so
        Diagnostics problems; // files that could not be stamped; nothing else was changed for them
    };

    static Result stamp(const QString &sourceDir, const Options &options, const QDate &today);

    // `data` with its header's based-on line set to `digest`: the line is replaced in place, or added
    // just before the closing '---'. Every other byte stays as it was (line ends included). nullopt
    // when the file has no header or more than one based-on line.
    static std::optional<QByteArray> withBasedOn(const QByteArray &data, const QString &digest);

    // Replaces `path` with `data` in one step (write elsewhere, then rename), keeping its permissions.
    static bool writeAtomically(const QString &path, const QByteArray &data, QString *error);
};

} // namespace rc::content
