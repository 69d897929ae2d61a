#include "gui/outbox/OutboxPanel.h"

#include "gui/outbox/OutboxModel.h"
#include "gui/widgets/TableColumns.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Open311 {

OutboxPanel::OutboxPanel(OutboxModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView(this))
    , m_hint(new QLabel(this))
    , m_flush(new QPushButton(tr("Send &waiting reports now"), this))
    , m_resend(new QPushButton(tr("Re&send"), this))
    , m_recordId(new QLineEdit(this))
    , m_record(new QPushButton(tr("Record &id"), this))
    , m_discard(new QPushButton(tr("&Discard"), this))
{
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    TableColumns::apply(m_view,
        { { OutboxModel::Number, TableColumns::Kind::Number },
            { OutboxModel::Created, TableColumns::Kind::DateTime },
            { OutboxModel::Service, TableColumns::Kind::Text },
            { OutboxModel::State, TableColumns::Kind::Label },
            { OutboxModel::Reason, TableColumns::Kind::Stretch } });
    m_view->verticalHeader()->setVisible(false);
    m_view->setAccessibleName(tr("Reports not yet sent"));
    m_hint->setWordWrap(true);
    m_hint->setAccessibleDescription(tr("About the outbox"));
    m_flush->setAccessibleName(tr("Send waiting reports now"));
    m_resend->setAccessibleName(tr("Resend the selected report"));
    m_recordId->setPlaceholderText(tr("Id given by the city"));
    m_recordId->setAccessibleName(tr("Request id given by the city"));
    TableColumns::fitPlaceholder(m_recordId);
    // A visible label, which a screen reader relates to the field.
    auto* recordLabel = new QLabel(tr("Id from the cit&y"), this);
    recordLabel->setBuddy(m_recordId);
    m_record->setAccessibleName(tr("Record the id for the selected report"));
    m_discard->setAccessibleName(tr("Discard the selected report"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_flush);
    buttons->addStretch(1);
    buttons->addWidget(m_resend);
    buttons->addWidget(recordLabel);
    buttons->addWidget(m_recordId);
    buttons->addWidget(m_record);
    buttons->addWidget(m_discard);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_flush, &QPushButton::clicked, this, &OutboxPanel::flushRequested);
    connect(m_resend, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentId())
            Q_EMIT resendRequested(id);
    });
    connect(m_record, &QPushButton::clicked, this, [this] {
        const qint64 id = currentId();
        if (id && !m_recordId->text().trimmed().isEmpty()) {
            Q_EMIT recordIdRequested(id, m_recordId->text().trimmed());
            m_recordId->setText(QString());
        }
    });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentId())
            Q_EMIT discardRequested(id);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &OutboxPanel::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &OutboxPanel::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &OutboxPanel::updateHint);
    connect(m_recordId, &QLineEdit::textChanged, this, &OutboxPanel::updateButtons);
    updateButtons();
    updateHint();
}

void OutboxPanel::updateHint()
{
    // The warning about unknown outcomes read as alarming over an empty outbox; it is shown
    // when a report needs that decision.
    bool unknown = false;
    for (int row = 0; row < m_model->rowCount() && !unknown; ++row)
        unknown = m_model->entryAt(row)->state == OutboxEntry::State::OutcomeUnknown;
    if (unknown)
        m_hint->setText(
            tr("A report whose outcome is unknown may have reached the city. Check with "
               "the city before resending it, or record the id they gave."));
    else if (m_model->rowCount() > 0)
        m_hint->setText(tr("Reports wait here while the city cannot be reached, and go out by "
                           "themselves once it can."));
    else
        m_hint->setText(tr("Nothing is waiting. A report waits here while the city cannot be "
                           "reached, and goes out by itself once it can."));
}

qint64 OutboxPanel::currentId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(OutboxModel::LocalIdRole).toLongLong() : 0;
}

void OutboxPanel::updateButtons()
{
    const OutboxEntry* entry = m_model->entryAt(m_view->currentIndex().row());
    const bool settled = entry && entry->state != OutboxEntry::State::Sending;
    m_resend->setEnabled(settled && entry->state != OutboxEntry::State::Queued);
    m_record->setEnabled(settled && !m_recordId->text().trimmed().isEmpty());
    m_discard->setEnabled(settled);
    m_flush->setEnabled(m_model->rowCount() > 0);
}

} // namespace Open311
