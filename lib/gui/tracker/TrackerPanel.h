#pragma once

#include "map/TileSource.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Open311 {

class TrackerFilterModel;
class TrackerModel;
class TrackerStore;

// The Tracker tab: every followed request, filterable and sortable, with its history a
// double-click (or Enter) away.
class TrackerPanel : public QWidget
{
    Q_OBJECT

public:
    TrackerPanel(TrackerStore* store, TrackerModel* model, QWidget* parent = nullptr);

    void setProfile(const QString& profile) { m_profile = profile; }
    // The id that could not be followed goes back where it was typed.
    void restoreAddId(const QString& requestId);
    // Where the city's own photos are shown from: its endpoint's host, over plain HTTP only
    // where the endpoint may be. A link elsewhere (another client's) is not fetched unasked.
    void setMediaHost(const QString& host, bool allowPlainHttp)
    {
        m_mediaHost = host;
        m_mediaPlainHttp = allowPlainHttp;
    }
    void setMapSource(const TileSource& source) { m_mapSource = source; }
    QTableView* view() const { return m_view; }
    TrackerFilterModel* filterModel() const { return m_filter; }
    QString currentRequestId() const;
    // The detail window: the full history and the place on the map.
    QWidget* openDetails(const QString& requestId);

Q_SIGNALS:
    void addRequested(const QString& requestId);
    void refreshRequested(const QString& requestId);
    void refreshAllRequested();
    void archiveRequested(const QString& requestId, bool archived);
    void removeRequested(const QString& requestId);
    void exportRequested(const QString& path);
    void seen(const QString& requestId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateButtons();
    void updateEmptyHint();

    TrackerStore* m_store;
    TrackerModel* m_model;
    TrackerFilterModel* m_filter;
    QString m_profile;
    QString m_mediaHost;
    bool m_mediaPlainHttp = false;
    TileSource m_mapSource;
    QLineEdit* m_search;
    QComboBox* m_status;
    QCheckBox* m_archived;
    QLabel* m_emptyHint;
    QTableView* m_view;
    QLineEdit* m_addId;
    QPushButton* m_add;
    QPushButton* m_refresh;
    QPushButton* m_refreshAll;
    QPushButton* m_archive;
    QPushButton* m_remove;
    QPushButton* m_export;
};

} // namespace Open311
