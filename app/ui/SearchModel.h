#pragma once

#include "ContentModels.h"
#include "search/SearchIndex.h"

#include <QtQml/qqmlregistration.h>

namespace rc::ui {

// Search over the installed articles and glossary (search/SearchIndex) for what the user typed, in the
// library's language first, then English. Follows `query` as it changes, letter by letter, and the
// library's language and content. Titles and snippets are StyledText with the matching words in bold;
// `page` and `pageArguments` are what PageRouter.open needs to show the hit.
class SearchModel : public rc::ui::LibraryListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)

public:
    enum Role
    {
        KindRole = Qt::UserRole + 1,
        PackRole,
        ItemIdRole,
        LanguageRole,
        TitleRole, // StyledText, matches in bold
        PlainTitleRole,
        SnippetRole, // StyledText, matches in bold
        PageRole,
        ArgumentsRole,
        IsFallbackRole
    };

    static constexpr int MaxHits = 50;

    using LibraryListModel::LibraryListModel;

    QString query() const { return m_query; }
    void setQuery(const QString &query);

    Q_INVOKABLE QVariant get(int row) const; // a QVariantMap; QVariant so QML reads it untyped

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Text with the search marks turned into StyledText: escaped, matches between <b> and </b>.
    static QString styled(const QString &marked);

Q_SIGNALS:
    void queryChanged();

protected:
    void fetch() override;

private:
    QString m_query;
    QList<search::SearchHit> m_hits;
};

} // namespace rc::ui
