#include "SearchModel.h"

#include "ContentLibrary.h"

namespace rc::ui {

namespace {

// Private-use characters mark the matches, so no text of the content can be mistaken for a mark.
constexpr char16_t OpenMark = u'\uE000';
constexpr char16_t CloseMark = u'\uE001';

QString withoutMarks(QString text)
{
    text.remove(QChar(OpenMark));
    text.remove(QChar(CloseMark));
    return text;
}

} // namespace

void SearchModel::setQuery(const QString &query)
{
    if (m_query == query)
        return;
    m_query = query;
    reload();
    Q_EMIT queryChanged();
}

QString SearchModel::styled(const QString &marked)
{
    QString html = marked.toHtmlEscaped();
    html.replace(QChar(OpenMark), QStringLiteral("<b>"));
    html.replace(QChar(CloseMark), QStringLiteral("</b>"));
    return html;
}

int SearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const search::SearchHit &hit = m_hits.at(index.row());
    const bool isArticle = hit.kind == QLatin1String("article");
    const bool isGlossary = hit.kind == QLatin1String("glossary");
    const bool isStep = hit.kind == QLatin1String("step"); // item: "<procedure>/<step>"
    const bool isContact = hit.kind == QLatin1String("contact");
    switch (role) {
    case KindRole:
        return hit.kind;
    case PackRole:
        return hit.pack;
    case ItemIdRole:
        return hit.item;
    case LanguageRole:
        return hit.language;
    case TitleRole:
        return styled(hit.title);
    case Qt::DisplayRole:
    case PlainTitleRole:
        return withoutMarks(hit.title);
    case SnippetRole:
        return styled(hit.snippet);
    case PageRole:
        if (isStep)
            return QStringLiteral("timeline");
        if (isContact)
            return QStringLiteral("contact");
        return isArticle ? QStringLiteral("article") : isGlossary ? QStringLiteral("glossary") : QString();
    case ArgumentsRole:
        if (isArticle)
            return QVariantMap { { QStringLiteral("pack"), hit.pack },
                                 { QStringLiteral("articleId"), hit.item } };
        if (isGlossary)
            return QVariantMap { { QStringLiteral("pack"), hit.pack },
                                 { QStringLiteral("entryId"), hit.item } };
        if (isStep)
            return QVariantMap { { QStringLiteral("procedureId"),
                                   hit.item.section(QLatin1Char('/'), 0, 0) } };
        if (isContact)
            return QVariantMap { { QStringLiteral("pack"), hit.pack },
                                 { QStringLiteral("contactId"), hit.item } };
        return QVariantMap();
    case IsFallbackRole:
        return library() && hit.language != library()->language();
    default:
        return {};
    }
}

QVariant SearchModel::get(int row) const
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

QHash<int, QByteArray> SearchModel::roleNames() const
{
    return { { KindRole, "kind" },
             { PackRole, "pack" },
             { ItemIdRole, "itemId" },
             { LanguageRole, "language" },
             { TitleRole, "title" },
             { PlainTitleRole, "plainTitle" },
             { SnippetRole, "snippet" },
             { PageRole, "page" },
             { ArgumentsRole, "pageArguments" },
             { IsFallbackRole, "isFallback" } };
}

void SearchModel::fetch()
{
    m_hits.clear();
    if (!library() || m_query.trimmed().isEmpty())
        return;
    const search::HighlightMarks marks { QString(QChar(OpenMark)), QString(QChar(CloseMark)) };
    m_hits = library()->store()->search(m_query, library()->language(), marks, MaxHits);
}

} // namespace rc::ui
