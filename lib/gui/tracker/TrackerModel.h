#pragma once

#include "store/TrackedRequest.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

namespace Open311 {

class TrackerStore;

// The Tracker's table: one row per followed request, its latest status and when it was checked;
// first the reports a batch service has not given a number yet, by their token.
class TrackerModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Id,
        Service,
        Place,
        Submitted,
        Status,
        Notes,
        LastChecked,
        NextCheck,
        ColumnCount
    };
    enum Role
    {
        RequestIdRole = Qt::UserRole + 1, // empty for a token still waiting for its id
        TokenRole,
        StatusRole,
        SortRole
    };

    TrackerModel(TrackerStore* store, QObject* parent = nullptr);

    void setProfile(const QString& profile);
    void setShowArchived(bool show);
    void refresh();
    // Updates one row in place, so selection and scroll stay where the person left them.
    void refreshRow(const QString& requestId);
    const TrackedRequest* requestAt(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The one wording of a status, translated, wherever the app shows one: the table, the
    // details, notifications and the kiosk's look-up. A city's own word is shown as it is.
    static QString statusText(const QString& status);
    // A followed request's state: its status, or why there is none.
    static QString statusText(const TrackedRequest& request);

private:
    TrackerStore* m_store;
    QString m_profile;
    bool m_showArchived = false;
    QList<TrackedRequest> m_rows; // the pending tokens' first
    QStringList m_tokens; // of the first rows
    QHash<QString, int> m_rowOf; // request id -> row: a round updates thousands of rows
};

} // namespace Open311
