#include "ContentModels.h"

#include "ContentLibrary.h"

#include <QLocale>

namespace rc::ui {

void LibraryListModel::setLibrary(ContentLibrary *library)
{
    if (m_library == library)
        return;
    if (m_library)
        disconnect(m_library, nullptr, this, nullptr);
    m_library = library;
    if (m_library)
        connect(m_library, &ContentLibrary::contentChanged, this, &LibraryListModel::reload);
    reload();
    Q_EMIT libraryChanged();
}

void LibraryListModel::reload()
{
    const int before = rowCount();
    beginResetModel();
    fetch();
    endResetModel();
    if (rowCount() != before)
        Q_EMIT countChanged();
}

int TopicListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_topics.size());
}

QVariant TopicListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const content::TopicSummary &topic = m_topics.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return topic.title;
    case TopicIdRole:
        return topic.id;
    case PackRole:
        return topic.pack;
    case SummaryRole:
        return topic.summary;
    case IconRole:
        return topic.icon;
    case ArticleCountRole:
        return topic.articleCount;
    default:
        return {};
    }
}

QHash<int, QByteArray> TopicListModel::roleNames() const
{
    return { { TopicIdRole, "topicId" }, { PackRole, "pack" }, { TitleRole, "title" },
             { SummaryRole, "summary" }, { IconRole, "icon" }, { ArticleCountRole, "articleCount" } };
}

void TopicListModel::fetch()
{
    m_topics = library() ? library()->store()->topics(library()->language()) : QList<content::TopicSummary>();
}

void ArticleListModel::setTopicId(const QString &topicId)
{
    if (m_topicId == topicId)
        return;
    m_topicId = topicId;
    reload();
    Q_EMIT topicIdChanged();
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size());
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const content::ArticleSummary &article = m_articles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return article.title;
    case ArticleIdRole:
        return article.id;
    case PackRole:
        return article.pack;
    case SummaryRole:
        return article.summary;
    case LanguageRole:
        return article.language;
    case StatusRole:
        return article.status;
    case CheckedRole:
        return library() ? QLocale(library()->language()).toString(article.checked, QLocale::ShortFormat)
                         : QString();
    case IsFallbackRole:
        return library() && article.language != library()->language();
    default:
        return {};
    }
}

QVariant ArticleListModel::get(int row) const
{
    QVariantMap result;
    const QModelIndex at = index(row);
    if (!at.isValid())
        return result;
    const auto roles = roleNames();
    for (auto it = roles.begin(); it != roles.end(); ++it)
        result.insert(QString::fromUtf8(it.value()), data(at, it.key()));
    return result;
}

QHash<int, QByteArray> ArticleListModel::roleNames() const
{
    return { { ArticleIdRole, "articleId" }, { PackRole, "pack" },
             { TitleRole, "title" },         { SummaryRole, "summary" },
             { LanguageRole, "language" },   { StatusRole, "status" },
             { CheckedRole, "checked" },     { IsFallbackRole, "isFallback" } };
}

void ArticleListModel::fetch()
{
    m_articles = library() && !m_topicId.isEmpty()
        ? library()->store()->articles(m_topicId, library()->language())
        : QList<content::ArticleSummary>();
}

} // namespace rc::ui
