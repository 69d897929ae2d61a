#include "gui/tracker/TrackerPanel.h"

#include "gui/widgets/AccessibleText.h"

#include "gui/tracker/TrackerFilterModel.h"
#include "gui/tracker/TrackerModel.h"
#include "gui/widgets/RemotePhoto.h"
#include "gui/widgets/TableColumns.h"
#include "mapwidget/MapWidget.h"
#include "store/TrackerStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace Open311 {

TrackerPanel::TrackerPanel(TrackerStore* store, TrackerModel* model, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(model)
    , m_filter(new TrackerFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_archived(new QCheckBox(tr("Show &archived"), this))
    , m_emptyHint(new QLabel(this))
    , m_view(new QTableView(this))
    , m_addId(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Follow"), this))
    , m_refresh(new QPushButton(tr("R&efresh"), this))
    , m_refreshAll(new QPushButton(tr("Refresh a&ll"), this))
    , m_archive(new QPushButton(tr("Ar&chive"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
    , m_export(new QPushButton(tr("E&xport CSV\u2026"), this))
{
    m_filter->setSourceModel(model);
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TrackerModel::Submitted, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    TableColumns::apply(m_view,
        { { TrackerModel::Id, TableColumns::Kind::Number },
            { TrackerModel::Service, TableColumns::Kind::Text },
            { TrackerModel::Place, TableColumns::Kind::Text },
            { TrackerModel::Submitted, TableColumns::Kind::DateTime },
            { TrackerModel::Status, TableColumns::Kind::Label },
            { TrackerModel::Notes, TableColumns::Kind::Stretch },
            { TrackerModel::LastChecked, TableColumns::Kind::DateTime },
            { TrackerModel::NextCheck, TableColumns::Kind::DateTime } });
    m_view->verticalHeader()->setVisible(false);
    m_view->setAccessibleName(tr("Followed requests"));
    m_view->installEventFilter(this);
    m_search->setPlaceholderText(tr("Filter by id, service, address or notes"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter followed requests"));
    m_status->addItem(tr("All statuses"));
    m_status->addItem(TrackerModel::statusText(QStringLiteral("open")));
    m_status->addItem(TrackerModel::statusText(QStringLiteral("closed")));
    m_status->addItem(tr("Unknown to the city"));
    m_status->addItem(tr("Check failing"));
    AccessibleText::namePopup(m_status, tr("Status filter"));
    m_addId->setPlaceholderText(tr("Request id to follow"));
    m_addId->setAccessibleName(tr("Request id to follow"));
    TableColumns::fitPlaceholder(m_addId);
    m_add->setAccessibleName(tr("Follow this request id"));
    m_refresh->setAccessibleName(tr("Check the selected request now"));
    m_refreshAll->setAccessibleName(tr("Check every open request now"));
    m_archive->setAccessibleName(tr("Archive or restore the selected request"));
    m_remove->setAccessibleName(tr("Stop following the selected request"));
    m_export->setAccessibleName(tr("Export the table with its history as CSV"));
    m_archived->setAccessibleName(tr("Show archived requests"));

    // Visible labels, which a screen reader relates to their fields.
    auto* searchLabel = new QLabel(tr("F&ilter"), this);
    searchLabel->setBuddy(m_search);
    auto* statusLabel = new QLabel(tr("Sho&wing"), this);
    statusLabel->setBuddy(m_status);
    auto* addLabel = new QLabel(tr("Request i&d"), this);
    addLabel->setBuddy(m_addId);
    auto* filters = new QHBoxLayout;
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 1);
    filters->addWidget(statusLabel);
    filters->addWidget(m_status);
    filters->addWidget(m_archived);
    auto* actions = new QHBoxLayout;
    actions->addWidget(addLabel);
    actions->addWidget(m_addId);
    actions->addWidget(m_add);
    actions->addStretch(1);
    actions->addWidget(m_refresh);
    actions->addWidget(m_refreshAll);
    actions->addWidget(m_archive);
    actions->addWidget(m_remove);
    actions->addWidget(m_export);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAccessibleDescription(tr("About the empty list"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_emptyHint);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);

    connect(m_search, &QLineEdit::textChanged, m_filter, &TrackerFilterModel::setText);
    connect(m_status, &QComboBox::currentIndexChanged, this,
        [this](int index) { m_filter->setStatusFilter(TrackerFilterModel::StatusFilter(index)); });
    connect(m_archived, &QCheckBox::toggled, m_model, &TrackerModel::setShowArchived);
    auto add = [this] {
        const QString id = m_addId->text().trimmed();
        if (!id.isEmpty()) {
            // Cleared first, so that a follow that fails can put the id back.
            m_addId->setText(QString());
            Q_EMIT addRequested(id);
        }
    };
    connect(m_add, &QPushButton::clicked, this, add);
    connect(m_addId, &QLineEdit::returnPressed, this, add);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        if (!currentRequestId().isEmpty())
            Q_EMIT refreshRequested(currentRequestId());
    });
    connect(m_refreshAll, &QPushButton::clicked, this, &TrackerPanel::refreshAllRequested);
    connect(m_archive, &QPushButton::clicked, this, [this] {
        const TrackedRequest* r
            = m_model->requestAt(m_filter->mapToSource(m_view->currentIndex()).row());
        if (r)
            Q_EMIT archiveRequested(r->requestId, !r->archived);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (!currentRequestId().isEmpty())
            Q_EMIT removeRequested(currentRequestId());
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        // Non-modal: the app's event loop keeps running while the person picks a file.
        auto* dialog
            = new QFileDialog(this, tr("Export the Tracker"), QString(), tr("CSV files (*.csv)"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(QStringLiteral("csv"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, &TrackerPanel::exportRequested);
        dialog->open();
        dialog->activateWindow(); // keyboard focus even with no window manager
    });
    connect(m_view, &QTableView::doubleClicked, this, [this] { openDetails(currentRequestId()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &TrackerPanel::updateButtons);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &TrackerPanel::updateButtons);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &TrackerPanel::updateEmptyHint);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &TrackerPanel::updateEmptyHint);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &TrackerPanel::updateEmptyHint);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &TrackerPanel::updateEmptyHint);
    updateButtons();
    updateEmptyHint();
}

void TrackerPanel::updateEmptyHint()
{
    // A first-time user sees an empty table with no idea what fills it.
    if (m_filter->rowCount() > 0) {
        m_emptyHint->hide();
        return;
    }
    // Read over: with every request archived it told the person their reports would appear.
    if (m_model->rowCount() > 0)
        m_emptyHint->setText(tr("No followed request matches the filter."));
    else if (!m_archived->isChecked() && !m_store->list(m_profile, true).isEmpty())
        m_emptyHint->setText(
            tr("Every followed request is archived; \u201cShow archived\u201d lists them."));
    else
        m_emptyHint->setText(tr("The reports you send appear here, with what the city says about "
                                "them. To follow a request made elsewhere, type its id below."));
    m_emptyHint->show();
}

QString TrackerPanel::currentRequestId() const
{
    return m_view->currentIndex().data(TrackerModel::RequestIdRole).toString();
}

bool TrackerPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !currentRequestId().isEmpty()) {
            openDetails(currentRequestId());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TrackerPanel::updateButtons()
{
    const TrackedRequest* r
        = m_model->requestAt(m_filter->mapToSource(m_view->currentIndex()).row());
    // A token waiting for its number is the poller's to follow; there is nothing to act on yet.
    const bool request = r && !r->requestId.isEmpty();
    m_refresh->setEnabled(request && !r->archived);
    m_archive->setEnabled(request);
    m_archive->setText(r && r->archived ? tr("Re&store") : tr("Ar&chive"));
    m_remove->setEnabled(request);
    m_export->setEnabled(m_model->rowCount() > 0);
    if (r && r->unseenChange)
        Q_EMIT seen(r->requestId);
}

QWidget* TrackerPanel::openDetails(const QString& requestId)
{
    const std::optional<TrackedRequest> r = m_store->find(m_profile, requestId);
    if (!r)
        return nullptr;
    Q_EMIT seen(requestId);
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Request %1").arg(requestId));
    dialog->setAccessibleName(tr("Details of request %1").arg(requestId));
    auto* layout = new QVBoxLayout(dialog);
    auto* summary = new QLabel(dialog);
    summary->setWordWrap(true);
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // The id first: it is what is read out to a caller, and the title bar may not be there.
    summary->setText(tr("Request %1: %2 \u2014 %3\n%4")
                         .arg(requestId, r->serviceName, TrackerModel::statusText(*r),
                             r->address.isEmpty() ? tr("No address given") : r->address));
    layout->addWidget(summary);
    // What a v2 city says beyond the status: who acts, by when, its promise, its photo.
    QStringList said;
    if (!r->statusNotes.isEmpty())
        said << tr("Notes: %1").arg(r->statusNotes.toHtmlEscaped());
    if (!r->agencyResponsible.isEmpty())
        said << tr("Handled by: %1").arg(r->agencyResponsible.toHtmlEscaped());
    if (!r->expectedDatetime.isEmpty()) {
        const QDateTime expected = QDateTime::fromString(r->expectedDatetime, Qt::ISODate);
        said << tr("Expected by: %1")
                    .arg(expected.isValid()
                            ? QLocale().toString(expected.toLocalTime(), QLocale::ShortFormat)
                            : r->expectedDatetime.toHtmlEscaped());
    }
    if (!r->serviceNotice.isEmpty())
        said << tr("The city says: %1").arg(r->serviceNotice.toHtmlEscaped());
    const QUrl media(r->mediaUrl);
    if (media.isValid() && (media.scheme() == u"https" || media.scheme() == u"http"))
        said << tr("<a href=\"%1\">The city's photo or page</a>")
                    .arg(QString::fromUtf8(media.toEncoded()).toHtmlEscaped());
    if (!said.isEmpty()) {
        auto* cityWords = new QLabel(said.join(QStringLiteral("<br>")), dialog);
        cityWords->setTextFormat(Qt::RichText);
        cityWords->setWordWrap(true);
        cityWords->setOpenExternalLinks(true);
        cityWords->setTextInteractionFlags(Qt::TextBrowserInteraction);
        cityWords->setAccessibleName(tr("What the city says of request %1").arg(requestId));
        // The photo beside the words: below them it was squeezed out on a 800 px screen.
        auto* row = new QHBoxLayout;
        row->addWidget(cityWords, 1, Qt::AlignTop);
        if (media.isValid() && (media.scheme() == u"https" || media.scheme() == u"http")
            && media.host().compare(m_mediaHost, Qt::CaseInsensitive) == 0)
            row->addWidget(new RemotePhoto(media, m_mediaPlainHttp, dialog), 0, Qt::AlignTop);
        layout->addLayout(row);
    }
    const QList<StatusChange> changes = m_store->history(m_profile, requestId);
    auto* table = new QTableWidget(int(changes.size()), 3, dialog);
    table->setAccessibleName(tr("History of request %1").arg(requestId));
    table->setHorizontalHeaderLabels({ tr("When"), tr("Status"), tr("Notes") });
    table->verticalHeader()->setVisible(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int i = 0; i < changes.size(); ++i) {
        table->setItem(i, 0,
            new QTableWidgetItem(QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(changes[i].atMs), QLocale::ShortFormat)));
        // In the table's words: the city's "open" read "Open" there and "open" here.
        table->setItem(i, 1, new QTableWidgetItem(TrackerModel::statusText(changes[i].status)));
        auto* notes = new QTableWidgetItem(changes[i].notes);
        notes->setToolTip(changes[i].notes);
        table->setItem(i, 2, notes);
    }
    TableColumns::apply(table,
        { { 0, TableColumns::Kind::DateTime }, { 1, TableColumns::Kind::Label },
            { 2, TableColumns::Kind::Stretch } });
    layout->addWidget(table, 1);
    if (r->latitude && r->longitude) {
        auto* map = new MapWidget(dialog);
        map->setTileSource(m_mapSource);
        const QGeoCoordinate where(*r->latitude, *r->longitude);
        map->setCenter(where);
        map->setZoom(17);
        map->setPin(where);
        // It shows where the request was made; a click must not seem to move it.
        map->setPinFixed(true);
        map->setAccessibleName(tr("Where request %1 was reported").arg(requestId));
        map->setMinimumHeight(260);
        layout->addWidget(map, 2);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(640, 560);
    dialog->show();
    dialog->activateWindow(); // keyboard focus even with no window manager
    return dialog;
}

void TrackerPanel::restoreAddId(const QString& requestId)
{
    if (m_addId->text().isEmpty())
        m_addId->setText(requestId);
    m_addId->setFocus(Qt::OtherFocusReason);
}

} // namespace Open311
