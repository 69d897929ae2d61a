#include "gui/tracker/TrackerTab.h"

#include "gui/widgets/AccessibleText.h"

#include "gui/tracker/TrackerModel.h"
#include "gui/tracker/TrackerPanel.h"
#include "map/TileSource.h"
#include "session/AppSession.h"
#include "store/TrackerPoller.h"
#include "store/TrackerStore.h"

#include <QSaveFile>
#include <QTabWidget>

namespace Open311 {

TrackerTab::TrackerTab(AppSession* session, QTabWidget* tabs, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_tabs(tabs)
{
    connect(m_session, &AppSession::trackerChanged, this, [this] {
        if (m_model)
            m_model->refresh();
        updateCount();
    });
    connect(m_session, &AppSession::tokenResolved, this,
        [this](const QString& token, const QString& requestId) {
            const QString text = tr("The city gave the report with token %1 its number: %2.")
                                     .arg(token, requestId);
            Q_EMIT message(text, 15000);
            Q_EMIT notable(tr("A report has its number"), text);
        });
    connect(m_session, &AppSession::statusChanged, this, [this](const TrackedRequest& request) {
        if (m_model)
            m_model->refreshRow(request.requestId);
        updateCount();
        const QString text = changeMessage(request);
        Q_EMIT message(text, 10000);
        Q_EMIT notable(tr("A report changed"), text);
    });
}

void TrackerTab::open()
{
    TrackerStore* tracker = m_session->tracker();
    m_model = new TrackerModel(tracker, this);
    m_panel = new TrackerPanel(tracker, m_model, m_tabs);
    m_tabs->insertTab(1, m_panel, tr("&Tracker"));
    AccessibleText::nameTabPages(m_tabs);
    connect(m_panel, &TrackerPanel::addRequested, this, [this](const QString& id) {
        TrackedRequest request;
        request.profile = m_session->profile().id;
        request.requestId = id;
        if (!m_session->tracker()->add(request)) {
            m_panel->restoreAddId(id);
            Q_EMIT message(AppSession::trackerNotWritten(id), 0);
            return;
        }
        m_model->refresh();
        if (TrackerPoller* poller = m_session->poller())
            poller->pollDue();
    });
    connect(m_panel, &TrackerPanel::refreshRequested, this, [this](const QString& id) {
        if (TrackerPoller* poller = m_session->poller())
            poller->refresh(id);
        m_model->refreshRow(id);
    });
    connect(m_panel, &TrackerPanel::refreshAllRequested, this, [this] {
        if (TrackerPoller* poller = m_session->poller())
            poller->refreshAll();
    });
    connect(
        m_panel, &TrackerPanel::archiveRequested, this, [this](const QString& id, bool archived) {
            m_session->tracker()->setArchived(m_session->profile().id, id, archived);
            m_model->refresh();
            updateCount();
        });
    connect(m_panel, &TrackerPanel::removeRequested, this, [this](const QString& id) {
        m_session->tracker()->remove(m_session->profile().id, id);
        m_model->refresh();
        updateCount();
    });
    connect(m_panel, &TrackerPanel::exportRequested, this, &TrackerTab::exportTo);
    connect(m_panel, &TrackerPanel::seen, this, [this](const QString& id) {
        m_session->tracker()->markSeen(m_session->profile().id, id);
        updateCount();
    });
}

void TrackerTab::attach()
{
    if (!m_model)
        return;
    TrackerPoller* poller = m_session->poller();
    connect(poller, &TrackerPoller::checked, m_model, &TrackerModel::refreshRow);
    connect(poller, &TrackerPoller::checkFailed, m_model,
        [this](const QString& id) { m_model->refreshRow(id); });
    // The panel first: the model's reset redraws the panel's hint for the new profile.
    m_panel->setProfile(m_session->profile().id);
    const Profile& profile = m_session->profile();
    m_panel->setMediaHost(profile.baseUrl.host(), profile.allowPlainHttp || profile.isTraining);
    m_model->setProfile(m_session->profile().id);
    m_panel->setMapSource(TileSource::forProfile(m_session->profile()));
    updateCount();
}

void TrackerTab::updateCount()
{
    if (!m_session->tracker() || !m_panel)
        return;
    const int unseen = m_session->tracker()->unseenChanges(m_session->profile().id);
    m_tabs->setTabText(m_tabs->indexOf(m_panel),
        unseen == 0 ? tr("&Tracker") : tr("&Tracker (%n new)", nullptr, unseen));
}

QString TrackerTab::changeMessage(const TrackedRequest& request)
{
    return request.statusNotes.isEmpty()
        ? tr("Request %1 (%2) is now %3.")
              .arg(request.requestId, request.serviceName, TrackerModel::statusText(request))
        : tr("Request %1 (%2) is now %3: %4")
              .arg(request.requestId, request.serviceName, TrackerModel::statusText(request),
                  request.statusNotes);
}

void TrackerTab::exportTo(const QString& path)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)
        && file.write(m_session->tracker()->exportCsv(m_session->profile().id)) >= 0
        && file.commit())
        Q_EMIT message(tr("The Tracker was exported to %1.").arg(path), 8000);
    else
        Q_EMIT message(
            tr("The Tracker could not be exported to %1: %2").arg(path, file.errorString()), 15000);
}

} // namespace Open311
