#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Open311 {

class OutboxModel;

// The reports that have not reached the city, and what a person can do about each: send it
// again, record the id the city gave by other means, or discard it.
class OutboxPanel : public QWidget
{
    Q_OBJECT

public:
    explicit OutboxPanel(OutboxModel* model, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }

Q_SIGNALS:
    void resendRequested(qint64 localId);
    void recordIdRequested(qint64 localId, const QString& serviceRequestId);
    void discardRequested(qint64 localId);
    void flushRequested();

private:
    qint64 currentId() const;
    void updateButtons();
    void updateHint();

    OutboxModel* m_model;
    QTableView* m_view;
    QLabel* m_hint;
    QPushButton* m_flush;
    QPushButton* m_resend;
    QLineEdit* m_recordId;
    QPushButton* m_record;
    QPushButton* m_discard;
};

} // namespace Open311
