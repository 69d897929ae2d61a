#pragma once

#include "store/OutboxEntry.h"

#include <QAbstractTableModel>

namespace Open311 {

class Outbox;

// The reports not yet sent, for the Outbox tab: when, what, state, and why.
class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        Created,
        Service,
        State,
        Reason,
        ColumnCount
    };
    enum Role
    {
        LocalIdRole = Qt::UserRole + 1,
        StateRole
    };

    explicit OutboxModel(Outbox* outbox, QObject* parent = nullptr);

    void refresh();
    const OutboxEntry* entryAt(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString describeState(OutboxEntry::State state);

private:
    Outbox* m_outbox;
    QList<OutboxEntry> m_entries;
};

} // namespace Open311
