#pragma once

#include "core/CreateResult.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Open311 {

class QrCodeWidget;

// What the caller needs to hear after a submission: the request id, large and copyable, and
// what the city promises (the service-level text). At a kiosk the visitor takes the id away
// instead: a QR code of it, and a printed receipt where a printer is configured.
class ResultPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ResultPanel(QWidget* parent = nullptr);

    void show(const CreateResult& result, const QString& serviceName);
    QString requestId() const;
    QPushButton* newReportButton() const { return m_newReport; }
    // No clipboard at a public terminal (the next visitor would find it there): a QR code.
    void setKioskMode(bool kiosk);
    bool isKioskMode() const { return m_kiosk; }
    QrCodeWidget* qrCode() const { return m_qr; }
    // Forgets the last report, so that nothing of it is left for the next visitor.
    void clear();

Q_SIGNALS:
    void newReportRequested();

private:
    void print();

    QLabel* m_heading;
    QLineEdit* m_id;
    QrCodeWidget* m_qr;
    QLabel* m_takeAway;
    QPushButton* m_copy;
    QLabel* m_service;
    QLabel* m_sla;
    QPushButton* m_newReport;
    QPushButton* m_print;
    CreateResult m_result;
    QString m_serviceName;
    bool m_kiosk = false;
};

} // namespace Open311
