#include "session/ReportSubmission.h"

#include "core/Client.h"
#include "profiles/ProfileStore.h"
#include "session/AppSession.h"
#include "store/DraftStore.h"
#include "store/Outbox.h"
#include "store/OutboxSender.h"

#include <QTimer>

namespace Open311 {

ReportSubmission::ReportSubmission(AppSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_draftTimer(new QTimer(this))
    , m_undoTimer(new QTimer(this))
{
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(kDraftDelayMs);
    connect(m_draftTimer, &QTimer::timeout, this, &ReportSubmission::saveDraft);
    m_undoTimer->setSingleShot(true);
    m_undoTimer->setInterval(kUndoMs);
    connect(m_undoTimer, &QTimer::timeout, this, [this] {
        m_cleared.clear();
        m_clearedPhotos.clear();
        Q_EMIT undoAvailable(false);
    });
    connect(m_session, &AppSession::entrySent, this, &ReportSubmission::onSent);
    connect(m_session, &AppSession::entryFailed, this, &ReportSubmission::onFailed);
}

void ReportSubmission::setDraftSource(std::function<QByteArray()> source)
{
    m_draftSource = std::move(source);
}

void ReportSubmission::setDraftsPaused(std::function<bool()> paused)
{
    m_draftsPaused = std::move(paused);
}

void ReportSubmission::setCurrent(qint64 localId)
{
    m_current = localId;
    m_session->setReportInProgress(localId);
}

ReportSubmission::Outcome ReportSubmission::submit(
    const NewRequest& request, const QString& serviceName, QString& message)
{
    Outbox* outbox = m_session->outbox();
    OutboxSender* sender = m_session->sender();
    if (!outbox || !sender) {
        message = tr("Reports cannot be sent because the outbox is not available.");
        return Outcome::NoOutbox;
    }
    const Profile& profile = m_session->profile();
    if (const std::optional<QString> blocked = ProfileStore::submitBlocker(profile)) {
        message = *blocked;
        return Outcome::Blocked;
    }
    Q_EMIT sending();
    // A report the city refused is the same report, edited: send it again, not a second one.
    if (m_current) {
        const std::optional<OutboxEntry> previous = outbox->find(m_current);
        if (previous && previous->state == OutboxEntry::State::Rejected
            && outbox->updateRequest(m_current, request) && outbox->resend(m_current)) {
            sender->sendNow(m_current);
            Q_EMIT m_session->outboxChanged();
            return Outcome::Resending;
        }
    }
    // The server it goes to, which for a city with a server per language is the reader's.
    const Endpoint endpoint
        = m_session->client() ? m_session->client()->endpoint() : profile.endpoint();
    const qint64 localId
        = outbox->add(OutboxEntry::forReport(profile.id, endpoint, request, serviceName));
    setCurrent(localId);
    if (localId == 0) {
        message = tr("The report could not be saved, so it was not sent. Nothing was lost: the "
                     "form still holds it.");
        return Outcome::NotSaved;
    }
    Q_EMIT m_session->outboxChanged();
    m_session->refreshKnownRequests();
    if (!sender->sendNow(localId)) {
        message = tr("The report is saved in the outbox and will be sent shortly.");
        return Outcome::Queued;
    }
    return Outcome::Sending;
}

void ReportSubmission::onSent(qint64 localId, const CreateResult& result)
{
    if (localId == m_current) {
        setCurrent(0);
        const std::optional<OutboxEntry> entry
            = m_session->outbox() ? m_session->outbox()->find(localId) : std::nullopt;
        clearDraft();
        Q_EMIT sent(localId, result, entry ? entry->serviceName : QString());
    } else {
        Q_EMIT otherSent(localId, result);
    }
    m_session->refreshKnownRequests();
}

void ReportSubmission::onFailed(qint64 localId, const Error& error, OutboxEntry::State state)
{
    if (localId != m_current)
        return;
    // A refused report stays the form's, to be edited and sent again under its number.
    if (state != OutboxEntry::State::Rejected)
        setCurrent(0);
    Q_EMIT failed(localId, error, state);
    m_session->refreshKnownRequests();
}

void ReportSubmission::edited()
{
    if (m_session->options().keepDrafts)
        m_draftTimer->start();
}

void ReportSubmission::saveDraft()
{
    DraftStore* drafts = m_session->drafts();
    if (!drafts || !m_session->options().keepDrafts || !m_draftSource)
        return;
    if (m_draftsPaused && m_draftsPaused())
        return;
    const QString profile = m_session->profile().id;
    bool saved = drafts->save(profile, m_draftSource());
    // The form moved to another jurisdiction with its photos: they are that one's draft now.
    if (m_photosSource && m_photosSavedFor != profile) {
        if (drafts->savePhotos(profile, m_photosSource()))
            m_photosSavedFor = profile;
        else
            saved = false;
    }
    setDraftSaved(saved);
}

void ReportSubmission::setDraftSaved(bool saved)
{
    if (saved == m_draftSaved)
        return;
    m_draftSaved = saved;
    Q_EMIT draftSaved(saved);
}

void ReportSubmission::setDraftPhotosSource(std::function<MediaFiles()> source)
{
    m_photosSource = std::move(source);
}

void ReportSubmission::flushDraft()
{
    if (!m_draftTimer->isActive())
        return;
    m_draftTimer->stop();
    saveDraft();
}

void ReportSubmission::setDraftPhotos(const MediaFiles& photos)
{
    DraftStore* drafts = m_session->drafts();
    if (!drafts || !m_session->options().keepDrafts)
        return;
    if (m_draftsPaused && m_draftsPaused())
        return;
    const bool saved = drafts->savePhotos(m_session->profile().id, photos);
    if (saved)
        m_photosSavedFor = m_session->profile().id;
    setDraftSaved(saved);
}

MediaFiles ReportSubmission::savedPhotos() const
{
    DraftStore* drafts = m_session->drafts();
    if (!drafts || !m_session->options().keepDrafts)
        return MediaFiles();
    return drafts->photos(m_session->profile().id);
}

QByteArray ReportSubmission::savedDraft() const
{
    DraftStore* drafts = m_session->drafts();
    if (!drafts || !m_session->options().keepDrafts)
        return QByteArray();
    return drafts->draft(m_session->profile().id);
}

void ReportSubmission::clearDraft()
{
    if (DraftStore* drafts = m_session->drafts())
        drafts->clear(m_session->profile().id);
    m_photosSavedFor.clear();
}

void ReportSubmission::startNew(const QByteArray& clearedDraft, const MediaFiles& clearedPhotos)
{
    if (!clearedDraft.isEmpty()) {
        // Cleared by mistake? Undo is offered for a while.
        m_cleared = clearedDraft;
        m_clearedPhotos = clearedPhotos;
        m_undoTimer->start();
        Q_EMIT undoAvailable(true);
    }
    setCurrent(0);
    clearDraft();
    // The report just written counts for the next one, sent or not.
    m_session->refreshKnownRequests();
}

QByteArray ReportSubmission::takeUndo(MediaFiles* photos)
{
    const QByteArray draft = m_cleared;
    if (photos)
        *photos = m_clearedPhotos;
    m_cleared.clear();
    m_clearedPhotos.clear();
    m_undoTimer->stop();
    Q_EMIT undoAvailable(false);
    return draft;
}

void ReportSubmission::forget()
{
    setCurrent(0);
    m_draftTimer->stop();
    m_cleared.clear();
    m_clearedPhotos.clear();
    m_undoTimer->stop();
    Q_EMIT undoAvailable(false);
}

} // namespace Open311
