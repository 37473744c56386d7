#include "ContentModels.h"

#include "ContentLibrary.h"
#include "MarkdownRenderer.h"
#include "i18n/Collation.h"

#include <QLocale>
#include <QRegularExpression>

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

void GlossaryModel::setPack(const QString &pack)
{
    if (m_pack == pack)
        return;
    m_pack = pack;
    reload();
    Q_EMIT packChanged();
}

void GlossaryModel::setFilter(const QString &filter)
{
    if (m_filter == filter)
        return;
    m_filter = filter;
    const qsizetype before = m_shown.size();
    beginResetModel();
    applyFilter();
    endResetModel();
    if (m_shown.size() != before)
        Q_EMIT countChanged();
    Q_EMIT filterChanged();
}

QString GlossaryModel::folded(const QString &text)
{
    QString result;
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing && c.category() != QChar::Mark_SpacingCombining
            && c.category() != QChar::Mark_Enclosing)
            result.append(c);
    }
    return result.toCaseFolded();
}

int GlossaryModel::indexOf(const QString &entryId) const
{
    for (int row = 0; row < m_shown.size(); ++row) {
        if (m_all.at(m_shown.at(row)).entry.id == entryId)
            return row;
    }
    return -1;
}

QVariant GlossaryModel::get(int row) const
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

int GlossaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QVariant GlossaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_all.at(m_shown.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case TermRole:
        return row.entry.term;
    case EntryIdRole:
        return row.entry.id;
    case PackRole:
        return row.entry.pack;
    case ExplanationRole:
        return row.plain;
    case HtmlRole:
        return row.html;
    case LanguageRole:
        return row.entry.language;
    case StatusRole:
        return row.entry.status;
    case IsFallbackRole:
        return library() && row.entry.language != library()->language();
    default:
        return {};
    }
}

QHash<int, QByteArray> GlossaryModel::roleNames() const
{
    return { { EntryIdRole, "entryId" }, { PackRole, "pack" },
             { TermRole, "term" },       { ExplanationRole, "explanation" },
             { HtmlRole, "html" },       { LanguageRole, "language" },
             { StatusRole, "status" },   { IsFallbackRole, "isFallback" } };
}

void GlossaryModel::fetch()
{
    m_all.clear();
    if (library()) {
        // Links keep their text; the rest of the Markdown markup is not part of the words.
        static const QRegularExpression link(QStringLiteral(R"(\[([^\]]*)\]\([^)]*\))"));
        static const QRegularExpression markup(QStringLiteral(R"([*_`]+)"));
        for (const content::GlossaryEntry &entry :
             library()->store()->glossary(library()->language(), m_pack)) {
            QString plain = entry.explanation;
            plain.replace(link, QStringLiteral("\\1")).replace(markup, QString());
            plain = plain.simplified();
            const QString search = folded(entry.term + QLatin1Char('\n') + plain);
            m_all.append({ entry, plain, MarkdownRenderer::toHtml(entry.explanation), search });
        }
        // Alphabetical in the reader's language (Persian پ after ب, Turkish ç after c), whatever order
        // the pack lists the entries in; entries still in English sort among the others by their term.
        i18n::Collation(library()->language()).sortBy(m_all, [](const Row &row) { return row.entry.term; });
    }
    applyFilter();
}

void GlossaryModel::applyFilter()
{
    m_shown.clear();
    const QString needle = folded(m_filter.simplified());
    for (qsizetype i = 0; i < m_all.size(); ++i) {
        if (needle.isEmpty() || m_all.at(i).folded.contains(needle))
            m_shown.append(i);
    }
}

} // namespace rc::ui
