#include "gui/outbox/OutboxTab.h"

#include "gui/widgets/AccessibleText.h"

#include "gui/outbox/OutboxModel.h"
#include "gui/outbox/OutboxPanel.h"
#include "session/AppSession.h"
#include "store/Outbox.h"
#include "store/OutboxSender.h"

#include <QLabel>
#include <QTabWidget>

namespace Open311 {

OutboxTab::OutboxTab(
    AppSession* session, QTabWidget* tabs, QLabel* statusLabel, bool shown, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_tabs(tabs)
    , m_statusLabel(statusLabel)
    , m_shown(shown)
{
    connect(m_session, &AppSession::outboxChanged, this, &OutboxTab::updateCount);
}

void OutboxTab::open()
{
    m_model = new OutboxModel(m_session->outbox(), this);
    m_panel = new OutboxPanel(m_model, m_tabs);
    if (m_shown) {
        m_tabs->addTab(m_panel, tr("&Outbox"));
        AccessibleText::nameTabPages(m_tabs);
    } else {
        m_panel->hide();
    }
    connect(
        m_panel, &OutboxPanel::flushRequested, this, [this] { m_session->sender()->flush(true); });
    connect(m_panel, &OutboxPanel::resendRequested, this, [this](qint64 id) {
        if (m_session->outbox()->resend(id))
            m_session->sender()->sendNow(id);
        updateCount();
    });
    connect(m_panel, &OutboxPanel::recordIdRequested, this,
        [this](qint64 id, const QString& requestId) {
            m_session->outbox()->recordRequestId(id, requestId);
            updateCount();
            m_session->refreshKnownRequests();
        });
    connect(m_panel, &OutboxPanel::discardRequested, this, [this](qint64 id) {
        m_session->outbox()->discard(id);
        updateCount();
        m_session->refreshKnownRequests();
    });
    updateCount();
}

void OutboxTab::updateCount()
{
    Outbox* outbox = m_session->outbox();
    if (m_model && outbox)
        m_model->refresh();
    const int count = outbox ? outbox->pendingCount() : 0;
    m_statusLabel->setText(!outbox ? tr("Outbox not available")
            : count == 0           ? tr("Outbox empty")
                                   : tr("Outbox: %n waiting", nullptr, count));
    if (m_panel && outbox)
        m_tabs->setTabText(
            m_tabs->indexOf(m_panel), count == 0 ? tr("&Outbox") : tr("&Outbox (%1)").arg(count));
}

} // namespace Open311
