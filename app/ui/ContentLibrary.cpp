#include "ContentLibrary.h"

#include "LanguageController.h"
#include "MarkdownRenderer.h"
#include "content/ArticleFile.h"
#include "content/ContentStore.h"
#include "content/LinkPolicy.h"

#include <QDesktopServices>
#include <QLocale>
#include <QUrl>

namespace rc::ui {

ContentLibrary::ContentLibrary(content::ContentStore *store, QObject *parent)
    : QObject(parent)
    , SingletonInstance(this)
    , m_store(store)
{
}

void ContentLibrary::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    Q_EMIT contentChanged();
}

void ContentLibrary::followLanguage(LanguageController *languages)
{
    connect(languages, &LanguageController::currentChanged, this,
            [this, languages] { setLanguage(languages->current()); });
    setLanguage(languages->current());
}

QString ContentLibrary::contentDate() const
{
    const QDate date = m_store->contentDate();
    return date.isValid() ? QLocale(m_language).toString(date, QLocale::LongFormat) : QString();
}

QString ContentLibrary::packTitle() const
{
    const auto packs = m_store->packs(m_language);
    return packs.isEmpty() ? QString() : packs.first().title;
}

QString ContentLibrary::disclaimer() const
{
    const auto packs = m_store->packs(m_language);
    return packs.isEmpty() ? QString() : packs.first().disclaimer;
}

QString ContentLibrary::publisher() const
{
    const auto packs = m_store->packs(m_language);
    return packs.isEmpty() ? QString() : packs.first().publisher;
}

bool ContentLibrary::isEmpty() const
{
    return m_store->packs(m_language).isEmpty();
}

bool ContentLibrary::hasGlossary() const
{
    return !m_store->glossary(m_language).isEmpty();
}

void ContentLibrary::addProblem(const QString &problem)
{
    m_problems.append(problem);
    Q_EMIT problemsChanged();
}

QVariantMap ContentLibrary::article(const QString &pack, const QString &id) const
{
    const auto text = m_store->article(pack, id, m_language);
    if (!text)
        return { { QStringLiteral("found"), false } };
    // A law-changing notice points to the article that explains the changes, when the pack has it.
    const QString &changes = content::ArticleFile::LawChangingArticle;
    const QString noticeArticle = text->notice == content::ArticleFile::LawChangingNotice && id != changes
            && m_store->hasArticle(pack, changes)
        ? changes
        : QString();
    return {
        { QStringLiteral("found"), true },
        { QStringLiteral("title"), text->title },
        { QStringLiteral("summary"), text->summary },
        { QStringLiteral("html"), MarkdownRenderer::toHtml(text->body) },
        { QStringLiteral("language"), text->language },
        { QStringLiteral("status"), text->status },
        { QStringLiteral("checked"), QLocale(m_language).toString(text->checked, QLocale::LongFormat) },
        { QStringLiteral("checkedIso"), text->checked.toString(Qt::ISODate) },
        { QStringLiteral("sources"), text->sources },
        { QStringLiteral("isFallback"), text->language != m_language },
        { QStringLiteral("notice"), text->notice },
        { QStringLiteral("noticeArticle"), noticeArticle },
    };
}

QVariant ContentLibrary::linkTarget(const QString &pack, const QString &url) const
{
    const auto link = content::LinkPolicy::internalLink(url);
    if (!link)
        return QVariantMap { { QStringLiteral("page"), QString() } };
    if (link->kind == content::LinkPolicy::InternalLink::Kind::Article)
        return QVariantMap { { QStringLiteral("page"), QStringLiteral("article") },
                             { QStringLiteral("arguments"),
                               QVariantMap { { QStringLiteral("pack"), pack },
                                             { QStringLiteral("articleId"), link->id } } } };
    return QVariantMap { { QStringLiteral("page"), QStringLiteral("glossary") },
                         { QStringLiteral("arguments"),
                           QVariantMap { { QStringLiteral("pack"), pack },
                                         { QStringLiteral("entryId"), link->id } } } };
}

bool ContentLibrary::openLink(const QString &url) const
{
    if (!content::LinkPolicy::isExternalLink(url))
        return false;
    return QDesktopServices::openUrl(QUrl(url, QUrl::StrictMode));
}

void ContentLibrary::reload()
{
    Q_EMIT contentChanged();
}

} // namespace rc::ui
