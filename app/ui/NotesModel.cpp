#include "NotesModel.h"

#include "VaultController.h"

#include <QLocale>

namespace rc::ui {

namespace {
QString preview(const QString &body)
{
    QString text = body.simplified();
    if (text.size() > 120)
        text = text.left(119) + QChar(0x2026);
    return text;
}
} // namespace

NotesModel::NotesModel(vault::VaultDatabase *database, VaultController *controller)
    : QAbstractListModel(controller)
    , m_database(database)
    , m_controller(controller)
{
}

void NotesModel::setQuery(const QString &query)
{
    if (m_query == query)
        return;
    m_query = query;
    reload();
    Q_EMIT queryChanged();
}

int NotesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

QVariant NotesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const vault::Note &note = m_notes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return note.title;
    case NoteIdRole:
        return note.id;
    case PreviewRole:
        return preview(note.body);
    case TagsRole:
        return note.tags;
    case UpdatedRole:
        return QLocale().toString(note.updated.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QHash<int, QByteArray> NotesModel::roleNames() const
{
    return { { NoteIdRole, "noteId" },
             { TitleRole, "title" },
             { PreviewRole, "preview" },
             { TagsRole, "tags" },
             { UpdatedRole, "updated" } };
}

qint64 NotesModel::create(const QString &title, const QString &body, const QString &tags)
{
    if (!m_database->isOpen())
        return 0;
    const qint64 id = m_database->addNote({ 0, title, body, tags, {}, {}, {} });
    if (id > 0) {
        reload();
        m_controller->scheduleSave();
    }
    return id;
}

bool NotesModel::update(qint64 id, const QString &title, const QString &body, const QString &tags)
{
    if (!m_database->isOpen())
        return false;
    auto note = m_database->note(id);
    if (!note)
        return false;
    if (note->title == title && note->body == body && note->tags == tags)
        return true;
    note->title = title;
    note->body = body;
    note->tags = tags;
    if (!m_database->updateNote(*note))
        return false;
    reload();
    m_controller->scheduleSave();
    return true;
}

bool NotesModel::remove(qint64 id)
{
    if (!m_database->isOpen() || !m_database->removeNote(id))
        return false;
    reload();
    m_controller->scheduleSave();
    return true;
}

QVariant NotesModel::get(qint64 id) const
{
    const auto note = m_database->isOpen() ? m_database->note(id) : std::nullopt;
    if (!note)
        return QVariantMap { { QStringLiteral("found"), false } };
    return QVariantMap {
        { QStringLiteral("found"), true },
        { QStringLiteral("title"), note->title },
        { QStringLiteral("body"), note->body },
        { QStringLiteral("tags"), note->tags },
        { QStringLiteral("created"), QLocale().toString(note->created.toLocalTime(), QLocale::ShortFormat) },
        { QStringLiteral("updated"), QLocale().toString(note->updated.toLocalTime(), QLocale::ShortFormat) },
    };
}

void NotesModel::reload()
{
    const int before = rowCount();
    beginResetModel();
    if (!m_database->isOpen())
        m_notes.clear();
    else
        m_notes = m_query.trimmed().isEmpty() ? m_database->notes() : m_database->searchNotes(m_query);
    endResetModel();
    if (before != rowCount())
        Q_EMIT countChanged();
}

} // namespace rc::ui
