#include "gui/report/ReportPresenter.h"

#include "gui/report/ReportDetails.h"
#include "gui/report/ReportForm.h"
#include "session/ReportSubmission.h"

#include <QPushButton>

namespace Open311 {

ReportPresenter::ReportPresenter(ReportForm* form, ReportSubmission* submission, QPushButton* undo,
    bool announceOthers, QObject* parent)
    : QObject(parent)
    , m_form(form)
    , m_submission(submission)
{
    m_submission->setDraftSource([form] { return form->toDraft(); });
    m_submission->setDraftPhotosSource([form] { return form->details()->photos(); });
    m_submission->setDraftsPaused([form] { return form->isShowingResult(); });
    connect(m_form, &ReportForm::submitRequested, this, &ReportPresenter::submit);
    connect(m_form, &ReportForm::newReportRequested, this, &ReportPresenter::newReport);
    connect(m_form, &ReportForm::edited, m_submission, &ReportSubmission::edited);
    connect(m_submission, &ReportSubmission::sending, m_form, [form] { form->setSending(true); });
    connect(m_submission, &ReportSubmission::undoAvailable, undo, &QWidget::setVisible);
    connect(m_submission, &ReportSubmission::draftSaved, this, [this](bool saved) {
        // Not on Send's behalf: the typist keeps their place.
        if (!saved)
            m_form->showBackgroundNotice(
                tr("The draft could not be saved (the disk may be full). The "
                   "report is still here in the form; send it, or free some "
                   "space so that it can be kept."));
        else
            Q_EMIT statusMessage(tr("The draft is saved again."), 10000);
    });
    connect(m_form, &ReportForm::photosChanged, m_submission,
        [this] { m_submission->setDraftPhotos(m_form->details()->photos()); });
    connect(undo, &QPushButton::clicked, m_form, [this] {
        MediaFiles photos;
        m_form->fromDraft(m_submission->takeUndo(&photos));
        m_form->details()->setPhotos(photos);
    });
    connect(m_submission, &ReportSubmission::sent, this,
        [this](qint64 localId, const CreateResult& result, const QString& serviceName) {
            m_form->showResult(result, serviceName);
            Q_EMIT reportFiled(localId, result.serviceRequestId);
        });
    connect(m_submission, &ReportSubmission::otherSent, this,
        [this, announceOthers](qint64 localId, const CreateResult& result) {
            if (announceOthers)
                Q_EMIT statusMessage(
                    tr("A waiting report went out: request id %1.").arg(result.serviceRequestId),
                    10000);
            Q_EMIT reportFiled(localId, result.serviceRequestId);
        });
    connect(m_submission, &ReportSubmission::failed, this,
        [this](qint64 localId, const Error& error, OutboxEntry::State state) {
            if (state == OutboxEntry::State::Rejected) {
                m_form->setSending(false);
                m_form->showError(error);
            } else if (state == OutboxEntry::State::WaitingToRetry) {
                m_form->showNotice(tr("%1 The report is saved in the outbox (number %2) and "
                                      "will be sent automatically when the city's server can be "
                                      "reached.")
                                       .arg(error.message())
                                       .arg(localId),
                    true);
            } else {
                m_form->showNotice(
                    tr("%1 The report is listed in the Outbox tab (number %2), where you can "
                       "check with the city and resend it or record its id.")
                        .arg(error.message())
                        .arg(localId),
                    true);
            }
        });
}

void ReportPresenter::submit()
{
    if (!m_form->validateAndShow())
        return;
    QString message;
    m_submission->submit(m_form->request(), m_form->selectedServiceName(), message);
    if (!message.isEmpty())
        m_form->showNotice(message, true);
}

void ReportPresenter::newReport()
{
    // Cleared by mistake? Undo is offered for a while.
    const bool keep = !m_form->isEmpty() && !m_form->isShowingResult();
    const QByteArray cleared = keep ? m_form->toDraft() : QByteArray();
    const MediaFiles photos = keep ? m_form->details()->photos() : MediaFiles();
    // Emptied first: the known requests that follow must not be weighed against the old text.
    m_form->clear();
    m_submission->startNew(cleared, photos);
}

} // namespace Open311
