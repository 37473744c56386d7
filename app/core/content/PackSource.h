#pragma once

#include "ArticleFile.h"
#include "AudioFile.h"
#include "ContactFile.h"
#include "Diagnostic.h"
#include "GlossaryFile.h"
#include "ProcedureFile.h"

#include <QByteArray>
#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>

namespace rc::content {

using LocalizedText = QMap<QString, QString>; // language code -> text

struct PackMetadata
{
    static constexpr int CurrentFormat = 1;

    int format = 0;
    QString id;
    int version = 0;
    QString region;
    QString defaultLanguage;
    QStringList languages;
    QString publisher;
    LocalizedText title;
    LocalizedText disclaimer;
};

struct Topic
{
    QString id;
    QString icon;
    LocalizedText title;
    LocalizedText summary;
};

// An article read aloud (articles/<article-id>/<language>.opus), checked by inspectOggOpus.
struct Recording
{
    QByteArray data;
    AudioInfo info;
};

struct Article
{
    QString id;
    QMap<QString, ArticleFile> translations; // language code -> file
    QMap<QString, Recording> recordings; // language code -> recording; most articles have none
};

// A procedure as a timeline of steps (procedures/<procedure-id>/<language>.md).
struct Procedure
{
    QString id;
    QMap<QString, ProcedureFile> translations; // language code -> file
};

// One organisation or office in the contact directory (contacts/<contact-id>/<language>.md).
struct Contact
{
    QString id;
    QMap<QString, ContactFile> translations; // language code -> file
};

// A pack as its authors write it (content/<pack>/): pack.json, topics.json,
// articles/<article-id>/<language>.md and, optionally, glossary/<language>.md. Loading it is linting
// it: every problem becomes a Diagnostic with the file and line, and the pack may only be built when
// there is no error. Translations whose English text changed since they were made (their based-on
// differs) are marked, and built, as outdated.
struct PackSource
{
    PackMetadata metadata;
    QList<Topic> topics;
    QList<Article> articles;
    QMap<QString, GlossaryFile> glossary; // language code -> file; empty when the pack has none
    QList<Procedure> procedures; // in file order of their folders; empty when the pack has none
    QList<Contact> contacts; // in file order of their folders; empty when the pack has none
    // SHA-256 over every file read, in a fixed order: the same source always gives the same digest.
    QByteArray digest;
    // The newest "checked" date of any article or procedure, or "verified" date of any contact: the
    // date the content is "as of".
    QDate contentDate;

    static constexpr qsizetype MaxJsonBytes = 1024 * 1024;
    static constexpr int MaxArticles = 5000;
    static constexpr int MaxProcedures = 200;
    static constexpr int MaxContacts = 2000;

    static PackSource load(const QString &directory, const QDate &today, Diagnostics &diagnostics);
};

} // namespace rc::content
