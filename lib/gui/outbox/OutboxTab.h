#pragma once

#include <QObject>

class QLabel;
class QTabWidget;

namespace Open311 {

class AppSession;
class OutboxModel;
class OutboxPanel;

// The Outbox tab over the session's outbox: the table, what its buttons do, and the count of
// waiting reports in the tab's title and the status bar.
class OutboxTab : public QObject
{
    Q_OBJECT

public:
    // A kiosk's visitors see nobody else's reports: there the panel exists but is not shown.
    OutboxTab(AppSession* session, QTabWidget* tabs, QLabel* statusLabel, bool shown,
        QObject* parent = nullptr);

    // After the session's outbox opened.
    void open();
    OutboxPanel* panel() const { return m_panel; }
    void updateCount();

private:
    AppSession* m_session;
    QTabWidget* m_tabs;
    QLabel* m_statusLabel;
    bool m_shown;
    OutboxModel* m_model = nullptr;
    OutboxPanel* m_panel = nullptr;
};

} // namespace Open311
