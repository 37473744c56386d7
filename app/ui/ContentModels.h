#pragma once

#include "content/ContentStore.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace rc::ui {

class ContentLibrary;

// Base for the content list models: follows its library's language and content, and reloads when
// either changes.
class LibraryListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(rc::ui::ContentLibrary *library READ library WRITE setLibrary NOTIFY libraryChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    using QAbstractListModel::QAbstractListModel;

    ContentLibrary *library() const { return m_library; }
    void setLibrary(ContentLibrary *library);
    int count() const { return rowCount(); }

Q_SIGNALS:
    void libraryChanged();
    void countChanged();

protected:
    void reload();
    virtual void fetch() = 0;

private:
    QPointer<ContentLibrary> m_library;
};

// Base classes are named in full: qmltyperegistrar resolves the name as written.
class TopicListModel : public rc::ui::LibraryListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role
    {
        TopicIdRole = Qt::UserRole + 1,
        PackRole,
        TitleRole,
        SummaryRole,
        IconRole,
        ArticleCountRole
    };

    using LibraryListModel::LibraryListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    void fetch() override;

private:
    QList<content::TopicSummary> m_topics;
};

class ArticleListModel : public rc::ui::LibraryListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString topicId READ topicId WRITE setTopicId NOTIFY topicIdChanged)

public:
    enum Role
    {
        ArticleIdRole = Qt::UserRole + 1,
        PackRole,
        TitleRole,
        SummaryRole,
        LanguageRole,
        StatusRole,
        CheckedRole,
        IsFallbackRole
    };

    using LibraryListModel::LibraryListModel;

    QString topicId() const { return m_topicId; }
    void setTopicId(const QString &topicId);

    // The roles of one row by name, for QML code outside a delegate.
    Q_INVOKABLE QVariant get(int row) const; // a QVariantMap; QVariant so QML reads it untyped

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void topicIdChanged();

protected:
    void fetch() override;

private:
    QString m_topicId;
    QList<content::ArticleSummary> m_articles;
};

// The glossary in the reader's language: Dutch terms with their explanations, in the order of the
// pack's glossary. `filter` keeps the entries whose term or explanation contains it, ignoring case and
// accents ("gehoor" finds "Nader gehoor", "voornemen" finds "Voornemen").
class GlossaryModel : public rc::ui::LibraryListModel
{
    Q_OBJECT
    QML_ELEMENT
    // Only this pack's entries; empty: every installed pack's.
    Q_PROPERTY(QString pack READ pack WRITE setPack NOTIFY packChanged)
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)

public:
    enum Role
    {
        EntryIdRole = Qt::UserRole + 1,
        PackRole,
        TermRole,
        ExplanationRole, // plain text, for reading aloud and matching
        HtmlRole, // the explanation rendered, links included
        LanguageRole,
        StatusRole,
        IsFallbackRole
    };

    using LibraryListModel::LibraryListModel;

    QString pack() const { return m_pack; }
    void setPack(const QString &pack);
    QString filter() const { return m_filter; }
    void setFilter(const QString &filter);

    // The row of an entry, or -1 when it is not shown (unknown, or filtered out).
    Q_INVOKABLE int indexOf(const QString &entryId) const;
    Q_INVOKABLE QVariant get(int row) const; // a QVariantMap; QVariant so QML reads it untyped

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Lower case without accents, for matching: "Één" and "een" are the same.
    static QString folded(const QString &text);

Q_SIGNALS:
    void packChanged();
    void filterChanged();

protected:
    void fetch() override;

private:
    // Keeps the rows of m_all that match m_filter in m_shown.
    void applyFilter();

    struct Row
    {
        content::GlossaryEntry entry;
        QString plain;
        QString html;
        QString folded; // term and plain text, for filtering
    };
    QString m_pack;
    QString m_filter;
    QList<Row> m_all; // rendered once per language; typing only filters
    QList<qsizetype> m_shown; // rows of m_all
};

} // namespace rc::ui
