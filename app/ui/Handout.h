#pragma once

#include "ContentLibrary.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QTextDocument;
class QTranslator;

namespace rc::ui {

// A printable handout (PDF) of one article, procedure or contact from the installed content, in any
// content language, for volunteers who hand information out on paper. Each handout carries the app's
// name, the text, its sources, when it was checked, when it was printed, how far the translation can
// be trusted, and a QR code to open more on a phone. The words around the text ("Sources", "Checked")
// are in the handout's language when the app has a translation for them, in English otherwise.
//
// Only public content goes into a handout: it reads the content database, never the vault.
//
// QML: `Handout { library: ContentLibrary }`; C++ and tests may hand it a ContentStore directly.
class Handout : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(rc::ui::ContentLibrary *library READ library WRITE setLibrary NOTIFY libraryChanged)

public:
    explicit Handout(QObject *parent = nullptr);
    explicit Handout(content::ContentStore *store, QObject *parent = nullptr);
    ~Handout() override;

    ContentLibrary *library() const { return m_library; }
    void setLibrary(ContentLibrary *library);

    // Each writes the handout to `filePath` (a local path or a file: URL) as a PDF, atomically: on
    // failure nothing is left at `filePath`. Returns "" on success, else what went wrong in words for
    // the user. `language` is a content language code ("ar", "ti", ...); a text that is not
    // translated into it is printed in the pack's default language, with a notice saying so.
    Q_INVOKABLE QString saveArticle(const QString &pack, const QString &articleId, const QString &language,
                                    const QString &filePath);
    Q_INVOKABLE QString saveProcedure(const QString &pack, const QString &procedureId,
                                      const QString &language, const QString &filePath);
    Q_INVOKABLE QString saveContact(const QString &pack, const QString &contactId, const QString &language,
                                    const QString &filePath);

    // Where to offer to save a handout named after `name` (an article id): the user's documents
    // folder, "<documents>/<name>-<language>.pdf".
    Q_INVOKABLE QString defaultPath(const QString &name, const QString &language) const;

    // A date as the handout prints it in `language`: the calendar of that language beside the
    // Gregorian date, as the app shows dates.
    static QString formatDate(const QDate &date, const QString &language);

    // The day printed as "Printed:"; today unless set (tests).
    void setToday(const QDate &today) { m_today = today; }

Q_SIGNALS:
    void libraryChanged();

private:
    struct Page;
    content::ContentStore *store() const;
    QString write(const Page &page, const QString &filePath);
    // `source` (a QT_TRANSLATE_NOOP in this class) in `language`, or in English.
    QString text(const char *source, const QString &language);

    QPointer<ContentLibrary> m_library;
    content::ContentStore *m_store = nullptr;
    QDate m_today;
    // The translation of the handout's language, loaded on demand and kept for the next handout.
    QString m_translatorLanguage;
    QTranslator *m_translator = nullptr;
};

} // namespace rc::ui
