#pragma once

#include "SingletonInstance.h"

#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace rc::content {
class ContentStore;
}

namespace rc::ui {

class LanguageController;

// The installed content as QML sees it, in the current language. Models (TopicListModel,
// ArticleListModel) take it as their `library` property and reload when `contentChanged` fires.
class ContentLibrary : public QObject, public SingletonInstance<ContentLibrary>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY contentChanged)
    Q_PROPERTY(QString contentDate READ contentDate NOTIFY contentChanged)
    Q_PROPERTY(QString packTitle READ packTitle NOTIFY contentChanged)
    Q_PROPERTY(QString disclaimer READ disclaimer NOTIFY contentChanged)
    Q_PROPERTY(QString publisher READ publisher NOTIFY contentChanged)
    Q_PROPERTY(bool isEmpty READ isEmpty NOTIFY contentChanged)
    Q_PROPERTY(bool hasGlossary READ hasGlossary NOTIFY contentChanged)
    Q_PROPERTY(QStringList problems READ problems NOTIFY problemsChanged)
    Q_PROPERTY(QString problemDetails READ problemDetails NOTIFY problemsChanged)

public:
    explicit ContentLibrary(content::ContentStore *store, QObject *parent = nullptr);

    content::ContentStore *store() const { return m_store; }

    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    // Shows content in the interface language from now on.
    void followLanguage(LanguageController *languages);

    QString contentDate() const;
    QString packTitle() const;
    QString disclaimer() const;
    QString publisher() const;
    bool isEmpty() const;
    bool hasGlossary() const;

    // Problems found while starting (a damaged database, a pack that could not be installed), in
    // words for the user. The app keeps working with what is intact.
    QStringList problems() const { return m_problems; }
    QString problemDetails() const { return m_problems.join(QLatin1Char('\n')); }
    void addProblem(const QString &problem);

    // title, summary, html, language, status, checked (formatted), sources, isFallback, found, notice
    // ("" or "law-changing") and noticeArticle (the article the notice points to, "" when there is none)
    Q_INVOKABLE QVariantMap article(const QString &pack, const QString &id) const;
    // Where a link in the text of `pack` leads inside the app: { page, arguments } for article: and
    // glossary: links (PageRouter.open(page, arguments)), { page: "" } for anything else.
    // A QVariantMap; QVariant so QML reads it untyped.
    Q_INVOKABLE QVariant linkTarget(const QString &pack, const QString &url) const;
    // Opens https, tel and mailto links with the system; refuses anything else, internal links included.
    Q_INVOKABLE bool openLink(const QString &url) const;

    // Call after content was installed or removed.
    void reload();

Q_SIGNALS:
    void contentChanged();
    void problemsChanged();

private:
    content::ContentStore *m_store;
    QString m_language = QStringLiteral("en");
    QStringList m_problems;
};

} // namespace rc::ui
