#pragma once

#include "CreateResult.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Open311 {

// What the caller needs to hear after a submission: the request id, large and copyable, and
// what the city promises (the service-level text).
class ResultPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ResultPanel(QWidget* parent = nullptr);

    void show(const CreateResult& result, const QString& serviceName);
    QString requestId() const;
    QPushButton* newReportButton() const { return m_newReport; }

Q_SIGNALS:
    void newReportRequested();

private:
    QLabel* m_heading;
    QLineEdit* m_id;
    QPushButton* m_copy;
    QLabel* m_service;
    QLabel* m_sla;
    QPushButton* m_newReport;
    QPushButton* m_print;
    CreateResult m_result;
    QString m_serviceName;
};

} // namespace Open311
