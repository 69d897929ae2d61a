#include "gui/report/ServicePicker.h"

#include "gui/report/FieldErrors.h"
#include "gui/report/ReportFormText.h"
#include "gui/report/ServiceFilterModel.h"
#include "gui/report/ServiceListModel.h"
#include "gui/widgets/AccessibleText.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace Open311 {

ServicePicker::ServicePicker(FieldErrors& errors, QWidget* parent)
    : QWidget(parent)
    , m_services(new ServiceListModel(this))
    , m_filter(new ServiceFilterModel(this))
{
    m_filter->setSourceModel(m_services);
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_filterField = new QLineEdit(this);
    m_filterField->setPlaceholderText(ReportFormText::tr("Type to filter, e.g. pothole"));
    m_filterField->setClearButtonEnabled(true);
    m_filterField->setAccessibleName(ReportFormText::tr("Filter services"));
    AccessibleText::setHelp(m_filterField, m_filterField->placeholderText());
    m_heading->setBuddy(m_filterField);
    m_list = new QListView(this);
    m_list->setModel(m_filter);
    m_list->setAccessibleName(ReportFormText::tr("Services"));
    AccessibleText::setRequired(m_list, true);
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    m_description->setAccessibleDescription(
        ReportFormText::tr("Description of the chosen service"));
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setMinimumHeight(m_description->fontMetrics().height() * 3);
    layout->addWidget(m_heading);
    layout->addWidget(m_filterField);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addWidget(errors.labelFor(m_list, Error::Field::ServiceCode));
    layout->addWidget(m_description);

    connect(m_filterField, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setFilterText(text);
        // Typing picks the best match, so Enter can move straight on to the address.
        const QModelIndex first = firstService();
        if (!text.trimmed().isEmpty() && first.isValid()
            && (!selectedIndex().isValid() || serviceCount() == 1))
            select(first);
    });
    // Arrow keys in the filter move through the list; Enter moves on to the address.
    m_filterField->installEventFilter(this);
    connect(m_filterField, &QLineEdit::returnPressed, this, [this] {
        if (!selectedIndex().isValid() && firstService().isValid())
            select(firstService());
        if (selectedIndex().isValid())
            Q_EMIT moveOnRequested();
    });
    // Only a selection chooses a service: the list alone makes its first row current when it
    // gets focus, and that must not pick "Cans left out" for someone tabbing through.
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDescription();
        Q_EMIT serviceChanged();
    });
}

bool ServicePicker::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_filterField && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up || key->key() == Qt::Key_PageDown
            || key->key() == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ServicePicker::setHeading(const QString& text)
{
    m_heading->setText(text);
}

void ServicePicker::focusFilter()
{
    m_filterField->setFocus(Qt::ShortcutFocusReason);
    m_filterField->selectAll();
}

void ServicePicker::setServices(const ServiceList& services)
{
    const QString selected = m_pendingCode.isEmpty() ? selectedCode() : m_pendingCode;
    m_services->setServices(services);
    m_message->setVisible(false);
    if (!selected.isEmpty()) {
        const QModelIndex index = m_filter->mapFromSource(m_services->indexOfCode(selected));
        if (index.isValid()) {
            select(index);
            m_pendingCode.clear();
        }
    }
    updateDescription();
}

void ServicePicker::setMessage(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

QModelIndex ServicePicker::firstService() const
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (!index.data(ServiceListModel::HeadingRole).toBool())
            return index;
    }
    return QModelIndex();
}

int ServicePicker::serviceCount() const
{
    int count = 0;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        count += m_filter->index(row, 0).data(ServiceListModel::HeadingRole).toBool() ? 0 : 1;
    return count;
}

QModelIndex ServicePicker::selectedIndex() const
{
    const QModelIndexList selected = m_list->selectionModel()->selectedIndexes();
    return selected.isEmpty() ? QModelIndex() : selected.first();
}

void ServicePicker::select(const QModelIndex& proxyIndex)
{
    m_list->selectionModel()->setCurrentIndex(proxyIndex, QItemSelectionModel::ClearAndSelect);
    m_list->scrollTo(proxyIndex);
}

QString ServicePicker::selectedCode() const
{
    return selectedIndex().data(ServiceListModel::CodeRole).toString();
}

QString ServicePicker::selectedName() const
{
    return selectedIndex().data(Qt::DisplayRole).toString();
}

bool ServicePicker::selectedHasDefinition() const
{
    return selectedIndex().data(ServiceListModel::MetadataRole).toBool();
}

QString ServicePicker::filterText() const
{
    return m_filterField->text();
}

void ServicePicker::updateDescription()
{
    const QModelIndex index = selectedIndex();
    m_description->setText(index.isValid()
            ? index.data(ServiceListModel::DescriptionRole).toString()
            : ReportFormText::tr("No service chosen yet."));
}

void ServicePicker::restore(const QString& filterText, const QString& serviceCode)
{
    m_filterField->setText(filterText);
    const QModelIndex service = m_filter->mapFromSource(m_services->indexOfCode(serviceCode));
    if (service.isValid())
        select(service);
    else
        m_pendingCode = serviceCode;
}

void ServicePicker::clear()
{
    m_pendingCode.clear();
    m_list->selectionModel()->clear();
    // setText(), unlike clear(), also drops the undo history: nothing typed stays behind.
    m_filterField->setText(QString());
    updateDescription();
}

} // namespace Open311
