#pragma once

#include "core/CreateResult.h"
#include "core/Error.h"
#include "core/NewRequest.h"
#include "store/OutboxEntry.h"

#include <QByteArray>
#include <QObject>

#include <functional>

class QTimer;

namespace Open311 {

class AppSession;

// The report being written, from the first keystroke to the city's answer: its draft saved a
// moment after each edit, its way through the outbox, and the undo of a form cleared by mistake.
// The form is seen only through the draft provider, so this is tested without a window.
class ReportSubmission : public QObject
{
    Q_OBJECT

public:
    enum class Outcome
    {
        Sending, // out now; sent() or failed() follows
        Queued, // saved in the outbox, to go out shortly
        Resending, // the refused report, edited, goes again under its number
        NoOutbox,
        Blocked, // the jurisdiction takes no reports (see message)
        NotSaved, // the outbox could not write it: nothing was sent
    };

    static constexpr int kDraftDelayMs = 600;
    static constexpr int kUndoMs = 15000;

    explicit ReportSubmission(AppSession* session, QObject* parent = nullptr);

    // What the form holds now, as a draft; asked when a draft is due.
    void setDraftSource(std::function<QByteArray()> source);
    // Whether edits are kept as a draft at all right now (not while a result is shown).
    void setDraftsPaused(std::function<bool()> paused);

    Outcome submit(const NewRequest& request, const QString& serviceName, QString& message);
    // The outbox entry the form waits for; 0 when none.
    qint64 current() const { return m_current; }
    bool isWaiting() const { return m_current != 0; }

    // An edit: the draft is written a moment later.
    void edited();
    // Writes a due draft now (the window is closing).
    void flushDraft();
    // The active jurisdiction's draft, to fill the form with.
    QByteArray savedDraft() const;
    // The draft's photos: written at once when they change, not with every keystroke.
    void setDraftPhotos(const MediaFiles& photos);
    // The form's photos, written with the next draft when they are not yet this jurisdiction's.
    void setDraftPhotosSource(std::function<MediaFiles()> source);
    MediaFiles savedPhotos() const;

    // A new report: what the form held can be brought back for a while.
    void startNew(const QByteArray& clearedDraft, const MediaFiles& clearedPhotos = MediaFiles());
    bool canUndo() const { return !m_cleared.isEmpty(); }
    QByteArray takeUndo(MediaFiles* photos = nullptr);
    // The visitor leaves: nothing of theirs stays here.
    void forget();

Q_SIGNALS:
    // The checks passed and the report goes to the outbox; sent() or failed() may follow at once.
    void sending();
    void sent(qint64 localId, const Open311::CreateResult& result, const QString& serviceName);
    // A report sent earlier, not the one the form waits for.
    void otherSent(qint64 localId, const Open311::CreateResult& result);
    void failed(qint64 localId, const Open311::Error& error, Open311::OutboxEntry::State state);
    void undoAvailable(bool available);
    // The draft could not be written (a full disk), or could be again; the form still holds it.
    void draftSaved(bool saved);

private:
    void onSent(qint64 localId, const CreateResult& result);
    void onFailed(qint64 localId, const Error& error, OutboxEntry::State state);
    void setCurrent(qint64 localId);
    void saveDraft();
    void setDraftSaved(bool saved);
    void clearDraft();

    AppSession* m_session;
    std::function<QByteArray()> m_draftSource;
    std::function<MediaFiles()> m_photosSource;
    QString m_photosSavedFor; // the jurisdiction whose draft holds the form's photos
    bool m_draftSaved = true;
    std::function<bool()> m_draftsPaused;
    qint64 m_current = 0;
    QByteArray m_cleared;
    MediaFiles m_clearedPhotos;
    QTimer* m_draftTimer;
    QTimer* m_undoTimer;
};

} // namespace Open311
