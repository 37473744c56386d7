#pragma once

#include "Repository.h"
#include "storage/Database.h"

#include <QByteArrayView>
#include <QDate>

#include <optional>

namespace rc::sync {

// The seam between content and sync: a pack as small targets, and targets back into a pack.
//
// A pack becomes one target per article per language, one per procedure per language, one per
// glossary language, and one for everything else of the pack (its record, titles, disclaimers and
// topics):
//
//   nl/pack
//   nl/articles/appeal/en        nl/articles/appeal/ar   ...
//   nl/procedures/asylum/en      ...
//   nl/glossary/en               nl/glossary/nl          ...
//   nl/audio/appeal/ar           (an article read aloud, where a recording exists)
//
// A target is compact JSON of exactly the rows of the content database (content/ContentSchema) that
// it owns, table by table, with the column names:
//
//   {"format":1,"tables":{"article_sources":{"columns":["pack","article",...],"rows":[["nl",...]]},...}}
//
// Rows with a `lang` column belong to the target of that language; an article's or a procedure's
// own rows (articles, article_topics, procedures) belong to its target in the pack's default
// language; the glossary's rows to its language's target; every other content table, including any
// added later, to <pack>/pack. The pack record carries no digest and no content date: the installer
// derives both (the content date is the newest "checked" date of the article texts, as PackSource
// computes it), so that changing one article changes that article's target and nothing else. (A
// translation whose English text changed is "outdated": its target changes too, because the status
// the app shows changed.)
//
// A recording is the exception: its target is the Ogg Opus file itself (content/AudioFile), not JSON
// (a recording is binary, and kilobytes of base64 would only cost bandwidth). Its row in
// article_audio is made from the file when it is installed, after the file has been checked.
//
// The same source gives the same bytes: rows are sorted, keys are sorted, no dates of publishing.

// Lints and compiles the pack source folder `source` (as `rcpack build` does) and splits it. Any lint
// error fails (RepositoryInvalid, with the errors in the message).
QList<TargetInput> packTargets(const QString &source, SyncError *error,
                               const QDate &today = QDate::currentDate());

// Splits a compiled pack: a database with the content schema holding exactly one pack.
QList<TargetInput> packTargets(storage::Database &pack, SyncError *error);

// What a target name says, for a name this app knows how to install; nullopt for any other name
// (other targets of the repository are left alone).
struct PackTargetName
{
    enum class Kind
    {
        Pack,
        Article,
        Procedure,
        Glossary,
        Audio
    };
    QString name;
    QString pack;
    Kind kind = Kind::Pack;
    QString item; // the article or procedure id; empty for Pack and Glossary
    QString language; // empty for Pack
};
std::optional<PackTargetName> parsePackTargetName(const QString &name);

// The other way, for the installer (sync/ContentInstaller), on a pack database being assembled:
//
// Deletes every row that `target` owns. `defaultLanguage` is the pack's default language before
// the update (it decides who owns an article's own rows).
bool removeTargetRows(storage::Database &pack, const PackTargetName &target, const QString &defaultLanguage,
                      QString *error);
// Inserts the rows of `target` from its (decoded) content. Refuses, inserting nothing more, content
// that is not a target of this format: malformed JSON, an unknown table, other columns than this
// app's, values that are not text, integer or null, or a row that `target` does not own.
// `defaultLanguage` is the pack's default language after the update.
bool insertTargetRows(storage::Database &pack, const PackTargetName &target, QByteArrayView content,
                      const QString &defaultLanguage, QString *error);

// Largest decoded target the installer accepts.
constexpr qint64 MaximumPackTargetBytes = 8 * 1024 * 1024;

} // namespace rc::sync
