#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

// Qt 6.4 ships no QML type information for QAbstractItemModel and QAbstractListModel, so qmllint
// cannot see the properties our models inherit. Declaring them here as anonymous foreign types puts
// them in this module's type information; at run time they change nothing.
struct ForeignAbstractItemModel
{
    Q_GADGET
    QML_FOREIGN(QAbstractItemModel)
    QML_ANONYMOUS
};

struct ForeignAbstractListModel
{
    Q_GADGET
    QML_FOREIGN(QAbstractListModel)
    QML_ANONYMOUS
};
