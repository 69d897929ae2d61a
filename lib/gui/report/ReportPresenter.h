#pragma once

#include <QObject>

class QPushButton;

namespace Open311 {

class ReportForm;
class ReportSubmission;

// The report form over its submission: Ctrl+Enter into the outbox, the city's answer back into
// the form, Ctrl+N with the undo of a form cleared by mistake, and the draft kept as it is typed.
class ReportPresenter : public QObject
{
    Q_OBJECT

public:
    // `undo` is the status bar's button; `announceOthers`: say when an earlier report went out
    // (not at a kiosk, where it would be an earlier visitor's number).
    ReportPresenter(ReportForm* form, ReportSubmission* submission, QPushButton* undo,
        bool announceOthers, QObject* parent = nullptr);

    void submit();
    void newReport();

Q_SIGNALS:
    void reportFiled(qint64 localId, const QString& serviceRequestId);
    void statusMessage(const QString& message, int timeoutMs);

private:
    ReportForm* m_form;
    ReportSubmission* m_submission;
};

} // namespace Open311
