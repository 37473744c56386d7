#pragma once

#include "Diagnostic.h"
#include "TextFile.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QStringList>

namespace rc::content {

// One procedure (the general procedure, the extended procedure, Dublin, appeal, family reunification)
// in one language, as its steps in order (procedures/<id>/<lang>.md):
//
//   ---
//   title: The general asylum procedure (AA)
//   summary: ...
//   track: general                       (optional: general, extended or dublin)
//   status: reviewed
//   checked: 2026-12-02
//   order: 10
//   notice: law-changing                 (optional)
//   source: https://...
//   based-on: 0123456789abcdef           (translations)
//   ---
//   Optional introduction in Markdown.
//
//   ## The detailed interview {#interview}
//   event: interview
//   who: You, an IND staff member and an interpreter.
//   prepare: Think about what you want to tell.
//   rights: You can ask for an interviewer of your own sex.
//   read: article:interviews, article:free-lawyer
//   duration: One day.
//   deadline: Your response | term: 1 day | from: intention | basis: ... | source: https://...
//
//   What happens, in Markdown.
//
// The key lines come right after the step heading, one per line, up to the first empty line; the rest
// of the section is the description. who and duration once; prepare and rights at least once each (a
// bullet each); read, event and deadline optional (deadline may repeat).
struct ProcedureFile
{
    // A time limit at a step: its label, the term ("1 week", or AskLawyer when no number may be
    // published), the key date it runs from (one of EventKinds; empty when it cannot be counted from
    // the user's dates), its legal basis and source, and an optional note.
    struct Deadline
    {
        QString label;
        QString term; // as written: "1 week", "4 weeks", "3 months" or AskLawyer
        QString from;
        QString basis;
        QString source;
        QString note;
        int line = 0;

        bool asksLawyer() const { return term == AskLawyer; }
        // What must be the same in every translation: everything but the label and the note.
        QString rule() const
        {
            return term + QLatin1Char('|') + from + QLatin1Char('|') + basis + QLatin1Char('|') + source;
        }
    };

    struct Step
    {
        QString id;
        QString title;
        QString event; // the key date that shows the user has reached this step, or empty
        QString who;
        QStringList prepare; // Markdown, one line each
        QStringList rights; // Markdown, one line each
        QStringList read; // article ids
        QString duration;
        QList<Deadline> deadlines;
        QString description; // Markdown, trimmed
        int line = 0; // of the heading
    };

    QString title;
    QString summary;
    QString track; // "", "general", "extended" or "dublin"
    TranslationStatus status = TranslationStatus::Machine;
    QDate checked;
    int order = 0;
    QString notice;
    QStringList sources;
    QString basedOn;
    int basedOnLine = 0;
    int closeLine = 0;
    QString intro; // Markdown before the first step, trimmed
    QString body; // every line after the header, trimmed: what based-on covers with the title and summary
    QString rawBody;
    QString prose; // rawBody with headings and key lines left empty: the text to check for long sentences
    int bodyFirstLine = 0;
    QMap<QString, int> headerLines;
    QList<Step> steps;
    QList<InternalLinkAt> internalLinks; // article: and glossary: links, read: lines included

    bool sourceChanged = false;
    TranslationStatus effectiveStatus() const { return sourceChanged ? TranslationStatus::Outdated : status; }

    // basedOnDigest() over the title, summary and body, joined with LF (like an article's).
    QString sourceDigest() const;

    const Step *find(const QString &stepId) const;

    static constexpr qsizetype MaxFileBytes = 256 * 1024;
    static constexpr int MaxTitleLength = 120;
    static constexpr int MaxSummaryLength = 300;
    static constexpr int MaxLineLength = 600;
    static constexpr int MaxSteps = 40;
    static constexpr int MaxDeadlinesPerStep = 8;
    static inline const QString AskLawyer = QStringLiteral("ask-lawyer");

    // The kinds of key date the vault stores (VaultSession.caseDates) that a step or a deadline may
    // refer to.
    static const QStringList &eventKinds();
    // The procedure tracks the vault stores (procedure_track) that a procedure may be for.
    static const QStringList &tracks();

    // Parses `data`, read from `fileName` (used only in diagnostics), like ArticleFile::parse: every
    // problem is appended to `diagnostics` with its line; the result is usable only without errors.
    static ProcedureFile parse(const QByteArray &data, const QString &fileName, const QDate &today,
                               Diagnostics &diagnostics);

    // Checks a translation against the English procedure: the same steps in the same order, the same
    // events and the same deadline rules (only labels, notes and texts are translated).
    void checkTranslation(const ProcedureFile &english, const QString &fileName,
                          Diagnostics &diagnostics) const;
};

} // namespace rc::content
