#pragma once

#include <QObject>

class QTabWidget;

namespace Open311 {

class AppSession;
class TrackerModel;
class TrackerPanel;
struct TrackedRequest;

// The Tracker tab over the session's Tracker: the table, its buttons, the count of unseen
// changes in the tab's title, and the words for a status change.
class TrackerTab : public QObject
{
    Q_OBJECT

public:
    TrackerTab(AppSession* session, QTabWidget* tabs, QObject* parent = nullptr);

    // After the session's Tracker opened; the tab goes second, after Report.
    void open();
    TrackerPanel* panel() const { return m_panel; }
    TrackerModel* model() const { return m_model; }
    // The session's poller follows a new jurisdiction, and the details' map is its map.
    void attach();
    void updateCount();

    static QString changeMessage(const TrackedRequest& request);

Q_SIGNALS:
    void message(const QString& text, int timeoutMs);
    // Worth a desktop notification when the window is not in front.
    void notable(const QString& title, const QString& text);

private:
    void exportTo(const QString& path);

    AppSession* m_session;
    QTabWidget* m_tabs;
    TrackerModel* m_model = nullptr;
    TrackerPanel* m_panel = nullptr;
};

} // namespace Open311
