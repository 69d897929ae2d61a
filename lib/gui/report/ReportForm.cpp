#include "gui/report/ReportForm.h"
#include "core/FutureCallback.h"

#include "core/WebMercator.h"
#include "gui/report/DescriptionEdit.h"
#include "gui/report/ResultPanel.h"
#include "gui/report/ServiceFilterModel.h"
#include "gui/report/ServiceListModel.h"
#include "gui/tracker/TrackerModel.h"
#include "map/DuplicateFinder.h"
#include "map/Geocoder.h"
#include "map/PositionLocator.h"
#include "map/TileSource.h"
#include "mapwidget/MapWidget.h"
#include "store/RequestJson.h"

#include <QAccessible>
#include <QAction>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace Open311 {

namespace {

QColor errorColour(const QPalette& palette)
{
    // Readable on light and dark palettes alike.
    return palette.color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x8a, 0x80)
                                                             : QColor(0xb3, 0x26, 0x1e);
}

// Personal fields: input methods and virtual keyboards must not learn from them.
void markPersonal(QLineEdit* edit)
{
    edit->setInputMethodHints(
        edit->inputMethodHints() | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
}

// Room for a two-line message, taken whether or not one shows: a message that appears or goes
// must not move the controls around it (a resident's next click missed Send).
void reserveLines(QWidget* widget, int lines)
{
    widget->setMinimumHeight(widget->fontMetrics().lineSpacing() * lines);
}

// "&Address" as a touch screen shows it: no underlined letter for a keyboard it has not got.
QString withoutMnemonic(const QString& text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size())
            ++i;
        plain.append(text.at(i));
    }
    return plain;
}

const QKeySequence kServiceKeys(Qt::CTRL | Qt::Key_F);
const QKeySequence kAddressKeys(Qt::CTRL | Qt::Key_L);
const QKeySequence kSendKeys(Qt::CTRL | Qt::Key_Enter);

} // namespace

ReportForm::ReportForm(QWidget* parent)
    : QWidget(parent)
    , m_services(new ServiceListModel(this))
    , m_filter(new ServiceFilterModel(this))
    , m_locator(new PositionLocator(this))
{
    m_filter->setSourceModel(m_services);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    // Below the form's own size (a 1024x600 netbook) it scrolls rather than squeezing a field
    // out of reach.
    auto* scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setFocusPolicy(Qt::NoFocus);
    outer->addWidget(scroll);
    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setChildrenCollapsible(false);
    scroll->setWidget(m_splitter);

    auto* serviceColumn = new QWidget(m_splitter);
    auto* locationColumn = new QWidget(m_splitter);
    m_pages = new QStackedWidget(m_splitter);
    auto* detailsColumn = new QWidget(m_pages);
    m_pages->addWidget(detailsColumn);
    buildServiceColumn(serviceColumn);
    buildLocationColumn(locationColumn);
    buildDetailsColumn(detailsColumn);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({ 300, 600, 380 });
    // A new report starts at the service filter, the first thing a caller says.
    setFocusProxy(m_serviceFilter);

    // The order of a call: service, where, who, what. Find and "Use my location" stay out of
    // the chain: Enter in the address finds it, Alt+M locates, and each saves a Tab per call.
    m_searchButton->setFocusPolicy(Qt::ClickFocus);
    m_locateButton->setFocusPolicy(Qt::ClickFocus);
    setTabOrder(m_serviceFilter, m_serviceList);
    setTabOrder(m_serviceList, m_address);
    setTabOrder(m_address, m_map);
    setTabOrder(m_map, m_latitude);
    setTabOrder(m_latitude, m_longitude);
    // A possible duplicate is the next thing to hear about, before the caller's details.
    setTabOrder(m_longitude, m_followDuplicate);
    setTabOrder(m_followDuplicate, m_firstName);
    setTabOrder(m_firstName, m_lastName);
    setTabOrder(m_lastName, m_email);
    setTabOrder(m_email, m_phone);
    setTabOrder(m_phone, m_accountId);
    setTabOrder(m_accountId, m_description);
    setTabOrder(m_description, m_mediaUrl);
    setTabOrder(m_mediaUrl, m_submit);

    for (const QKeySequence& keys : { QKeySequence(Qt::CTRL | Qt::Key_Return), kSendKeys }) {
        auto* submit = new QShortcut(keys, this);
        submit->setContext(Qt::WidgetWithChildrenShortcut);
        connect(submit, &QShortcut::activated, this, [this] {
            if (!m_sending && m_pages->currentIndex() == 0)
                Q_EMIT submitRequested();
        });
    }
    connect(m_locator, &PositionLocator::located, this, [this](const QGeoCoordinate& where) {
        m_locateButton->setEnabled(true);
        setLocationMessage(QString());
        m_map->setCenter(where);
        m_map->setZoom(17);
        m_map->setPin(where);
        pinMoved(where, true);
        // This computer's position, not the typed address's: an operator's office would go to
        // the city as the caller's pothole. The pin is then not for the address (isPinStale()).
        if (m_addressTypedByUser && !m_address->text().trimmed().isEmpty()) {
            m_pinAddress.clear();
            updateLocationNotice();
        }
    });
    connect(m_locator, &PositionLocator::failed, this, [this](const QString& message) {
        m_locateButton->setEnabled(true);
        setLocationMessage(message);
    });
    retitle();
}

ReportForm::~ReportForm() = default;

QLabel* ReportForm::errorLabelFor(QWidget* field, Error::Field kind)
{
    auto* label = new QLabel(field->parentWidget());
    label->setWordWrap(true);
    label->setVisible(false);
    label->setAccessibleName(tr("Problem with %1").arg(field->accessibleName()));
    m_errorLabels.insert(kind, label);
    m_errorFields.insert(kind, field);
    recolourError(label);
    return label;
}

void ReportForm::changeEvent(QEvent* event)
{
    // A switch to a dark system theme arrives here; the error red must follow it.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        recolourErrors();
    QWidget::changeEvent(event);
}

void ReportForm::recolourErrors()
{
    for (QLabel* label : std::as_const(m_errorLabels))
        recolourError(label);
}

void ReportForm::recolourError(QLabel* label)
{
    QPalette labelPalette = label->palette();
    labelPalette.setColor(QPalette::WindowText, errorColour(palette()));
    label->setPalette(labelPalette);
}

void ReportForm::focusServiceFilter()
{
    m_pages->setCurrentIndex(0);
    m_serviceFilter->setFocus(Qt::ShortcutFocusReason);
    m_serviceFilter->selectAll();
}

void ReportForm::focusAddress()
{
    m_address->setFocus(Qt::ShortcutFocusReason);
    m_address->selectAll();
}

void ReportForm::buildServiceColumn(QWidget* column)
{
    auto* layout = new QVBoxLayout(column);
    auto* heading = new QLabel(column);
    m_serviceHeading = heading;
    m_serviceFilter = new QLineEdit(column);
    m_serviceFilter->setPlaceholderText(tr("Type to filter, e.g. pothole"));
    m_serviceFilter->setClearButtonEnabled(true);
    m_serviceFilter->setAccessibleName(tr("Filter services"));
    heading->setBuddy(m_serviceFilter);
    m_serviceList = new QListView(column);
    m_serviceList->setModel(m_filter);
    m_serviceList->setAccessibleName(tr("Services"));
    m_serviceList->setUniformItemSizes(true);
    m_serviceList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_servicesMessage = new QLabel(column);
    m_servicesMessage->setWordWrap(true);
    m_servicesMessage->setVisible(false);
    m_serviceDescription = new QLabel(column);
    m_serviceDescription->setWordWrap(true);
    m_serviceDescription->setAccessibleName(tr("Description of the chosen service"));
    m_serviceDescription->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_serviceDescription->setMinimumHeight(m_serviceDescription->fontMetrics().height() * 3);
    layout->addWidget(heading);
    layout->addWidget(m_serviceFilter);
    layout->addWidget(m_serviceList, 1);
    layout->addWidget(m_servicesMessage);
    layout->addWidget(errorLabelFor(m_serviceList, Error::Field::ServiceCode));
    layout->addWidget(m_serviceDescription);

    connect(m_serviceFilter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setFilterText(text);
        // Typing picks the best match, so Enter can move straight on to the address.
        if (!text.trimmed().isEmpty() && m_filter->rowCount() > 0
            && (!selectedIndex().isValid() || m_filter->rowCount() == 1))
            selectService(m_filter->index(0, 0));
    });
    // Arrow keys in the filter move through the list; Enter moves on to the address.
    m_serviceFilter->installEventFilter(this);
    connect(m_serviceFilter, &QLineEdit::returnPressed, this, [this] {
        if (!selectedIndex().isValid() && m_filter->rowCount() > 0)
            selectService(m_filter->index(0, 0));
        if (selectedIndex().isValid())
            m_address->setFocus(Qt::TabFocusReason);
    });
    // Only a selection chooses a service: the list alone makes its first row current when it
    // gets focus, and that must not pick "Cans left out" for someone tabbing through.
    connect(m_serviceList->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateServiceDescription();
        updateDuplicateHint();
        m_errorLabels.value(Error::Field::ServiceCode)->setVisible(false);
        Q_EMIT edited();
    });
}

void ReportForm::buildLocationColumn(QWidget* column)
{
    auto* layout = new QVBoxLayout(column);
    auto* addressRow = new QHBoxLayout;
    m_touchButtonRow = new QHBoxLayout;
    auto* addressLabel = new QLabel(column);
    m_addressLabel = addressLabel;
    m_address = new QLineEdit(column);
    m_address->setPlaceholderText(tr("Street and number, then Enter to find it"));
    m_address->setAccessibleName(tr("Address"));
    m_address->setAccessibleDescription(
        tr("Press Enter to search for the address and move the pin."));
    addressLabel->setBuddy(m_address);
    m_searchButton = new QToolButton(column);
    m_searchButton->setText(tr("Find"));
    m_searchButton->setAccessibleName(tr("Find the address on the map"));
    m_locateButton = new QPushButton(tr("Use &my location"), column);
    m_locateButton->setAccessibleName(tr("Use my location"));
    addressRow->addWidget(m_address, 1);
    addressRow->addWidget(m_searchButton);
    addressRow->addWidget(m_locateButton);

    m_map = new MapWidget(column);
    m_map->setMinimumSize(320, 240);

    auto* coordinates = new QHBoxLayout;
    auto* latLabel = new QLabel(tr("Lat&itude"), column);
    m_latitude = new QLineEdit(column);
    m_latitude->setAccessibleName(tr("Latitude"));
    // Plain decimals: with the default notation a stray "e" replaced a typed-over coordinate.
    auto* latitudeRule = new QDoubleValidator(-90, 90, 8, m_latitude);
    latitudeRule->setNotation(QDoubleValidator::StandardNotation);
    m_latitude->setValidator(latitudeRule);
    latLabel->setBuddy(m_latitude);
    auto* lonLabel = new QLabel(tr("Lon&gitude"), column);
    m_longitude = new QLineEdit(column);
    m_longitude->setAccessibleName(tr("Longitude"));
    auto* longitudeRule = new QDoubleValidator(-180, 180, 8, m_longitude);
    longitudeRule->setNotation(QDoubleValidator::StandardNotation);
    m_longitude->setValidator(longitudeRule);
    lonLabel->setBuddy(m_longitude);
    coordinates->addWidget(latLabel);
    coordinates->addWidget(m_latitude);
    coordinates->addWidget(lonLabel);
    coordinates->addWidget(m_longitude);

    // Every message about the place shares one reserved area above the map.
    auto* messages = new QWidget(column);
    auto* messageLayout = new QVBoxLayout(messages);
    messageLayout->setContentsMargins(0, 0, 0, 0);
    m_locationNotice = new QLabel(messages);
    m_locationNotice->setWordWrap(true);
    m_locationNotice->setAccessibleName(tr("About the location"));
    m_duplicateHint = new QLabel(messages);
    m_duplicateHint->setWordWrap(true);
    m_duplicateHint->setAccessibleName(tr("Possible duplicate"));
    m_followDuplicate = new QPushButton(messages);
    m_followDuplicate->setAccessibleName(tr("Follow the existing request instead"));
    m_duplicateHint->hide();
    m_followDuplicate->hide();
    connect(m_followDuplicate, &QPushButton::clicked, this, [this] {
        if (!m_duplicateId.isEmpty())
            Q_EMIT followRequested(m_duplicateId);
    });
    layout->addWidget(addressLabel);
    layout->addLayout(addressRow);
    layout->addLayout(m_touchButtonRow);
    messageLayout->addWidget(errorLabelFor(m_address, Error::Field::Location));
    messageLayout->addWidget(m_locationNotice);
    auto* duplicateRow = new QHBoxLayout;
    duplicateRow->addWidget(m_duplicateHint, 1);
    duplicateRow->addWidget(m_followDuplicate, 0, Qt::AlignTop);
    messageLayout->addLayout(duplicateRow);
    messageLayout->setSpacing(0);
    messageLayout->addStretch(1);
    reserveLines(messages, 3);
    m_locationNotice->hide();
    layout->addWidget(messages);
    layout->addWidget(m_map, 1);
    layout->addLayout(coordinates);
    layout->addWidget(errorLabelFor(m_latitude, Error::Field::Latitude));
    layout->addWidget(errorLabelFor(m_longitude, Error::Field::Longitude));

    connect(m_address, &QLineEdit::returnPressed, this, [this] {
        // Found already: Enter goes on with the call, to the caller's name.
        if (m_map->pin().isValid() && !m_address->text().trimmed().isEmpty() && !isPinStale()) {
            m_firstName->setFocus(Qt::TabFocusReason);
            return;
        }
        searchAddress();
    });
    connect(m_searchButton, &QToolButton::clicked, this, &ReportForm::searchAddress);
    connect(m_address, &QLineEdit::textEdited, this, [this] {
        m_addressTypedByUser = !m_address->text().isEmpty();
        setLocationMessage(QString());
        updateDuplicateHint();
        Q_EMIT edited();
    });
    connect(m_locateButton, &QPushButton::clicked, this, [this] {
        m_locateButton->setEnabled(false);
        setLocationMessage(tr("Finding your location\u2026"));
        m_locator->locate();
    });
    connect(m_map, &MapWidget::pinPlacedByUser, this,
        [this](const QGeoCoordinate& pin) { pinMoved(pin, true); });
    connect(m_map, &MapWidget::pinChanged, this,
        [this](const QGeoCoordinate& pin) { pinMoved(pin, false); });
    connect(m_latitude, &QLineEdit::editingFinished, this, &ReportForm::coordinatesEdited);
    connect(m_longitude, &QLineEdit::editingFinished, this, &ReportForm::coordinatesEdited);
}

void ReportForm::buildDetailsColumn(QWidget* column)
{
    auto* layout = new QVBoxLayout(column);
    auto* contact = new QFormLayout;
    contact->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addField = [&](const QString& label, const QString& accessible, QLineEdit*& edit) {
        edit = new QLineEdit(column);
        edit->setAccessibleName(accessible);
        markPersonal(edit);
        auto* labelWidget = new QLabel(label, column);
        labelWidget->setBuddy(edit);
        contact->addRow(labelWidget, edit);
        return labelWidget;
    };
    addField(tr("&First name"), tr("First name"), m_firstName);
    addField(tr("&Last name"), tr("Last name"), m_lastName);
    addField(tr("&Email"), tr("Email"), m_email);
    m_email->setInputMethodHints(m_email->inputMethodHints() | Qt::ImhEmailCharactersOnly);
    contact->addRow(errorLabelFor(m_email, Error::Field::Email));
    addField(tr("&Phone"), tr("Phone"), m_phone);
    m_phone->setInputMethodHints(m_phone->inputMethodHints() | Qt::ImhDialableCharactersOnly);
    m_accountIdLabel = addField(tr("A&ccount id"), tr("Account id"), m_accountId);
    setAccountIdVisible(false);

    auto* descriptionLabel = new QLabel(tr("&Description"), column);
    m_description = new DescriptionEdit(column);
    m_description->setAccessibleName(tr("Description"));
    m_description->setLimit(NewRequest::kMaxDescriptionCodePoints);
    m_description->setPlaceholderText(tr("What is wrong, and where exactly?"));
    descriptionLabel->setBuddy(m_description);
    m_counter = new QLabel(column);
    m_counter->setAccessibleName(tr("Characters used"));
    m_descriptionNotice = new QLabel(column);
    m_descriptionNotice->setWordWrap(true);
    auto* counterRow = new QHBoxLayout;
    counterRow->addWidget(m_descriptionNotice, 1);
    counterRow->addWidget(m_counter, 0, Qt::AlignRight | Qt::AlignTop);

    auto* mediaLabel = new QLabel(tr("Photo or page lin&k"), column);
    m_mediaUrl = new QLineEdit(column);
    m_mediaUrl->setAccessibleName(tr("Link to a photo or page"));
    m_mediaUrl->setPlaceholderText(tr("https://\u2026"));
    m_mediaUrl->setInputMethodHints(Qt::ImhUrlCharactersOnly);
    mediaLabel->setBuddy(m_mediaUrl);

    m_submit = new QPushButton(column);
    m_submit->setAccessibleName(tr("Send the report"));
    m_submit->setDefault(true);
    m_formNotice = new QLabel(column);
    m_formNotice->setWordWrap(true);
    m_formNotice->setAccessibleName(tr("Message"));
    m_formNotice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    reserveLines(m_formNotice, 2);
    m_formNotice->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    layout->addLayout(contact);
    layout->addWidget(descriptionLabel);
    layout->addWidget(m_description, 1);
    layout->addLayout(counterRow);
    layout->addWidget(errorLabelFor(m_description, Error::Field::Description));
    layout->addWidget(mediaLabel);
    layout->addWidget(m_mediaUrl);
    layout->addWidget(errorLabelFor(m_mediaUrl, Error::Field::MediaUrl));
    layout->addWidget(m_submit);
    layout->addWidget(m_formNotice);

    connect(m_submit, &QPushButton::clicked, this, [this] {
        if (!m_sending)
            Q_EMIT submitRequested();
    });
    connect(m_description, &DescriptionEdit::lengthChanged, this, &ReportForm::updateCounter);
    connect(m_description, &DescriptionEdit::limitReached, this, [this](int leftOut) {
        m_descriptionNotice->setText(
            tr("The description is limited to %1 characters. Left out: %n.", nullptr, leftOut)
                .arg(QLocale().toString(m_description->limit())));
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, &ReportForm::edited);
    for (QLineEdit* edit : { m_firstName, m_lastName, m_email, m_phone, m_accountId, m_mediaUrl })
        connect(edit, &QLineEdit::textEdited, this, &ReportForm::edited);
    updateCounter(0);
}

bool ReportForm::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_serviceFilter && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up || key->key() == Qt::Key_PageDown
            || key->key() == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_serviceList, event);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ReportForm::setServices(const ServiceList& services)
{
    const QString selected
        = m_pendingServiceCode.isEmpty() ? selectedServiceCode() : m_pendingServiceCode;
    m_services->setServices(services);
    m_servicesMessage->setVisible(false);
    if (!selected.isEmpty()) {
        const QModelIndex index = m_filter->mapFromSource(m_services->indexOfCode(selected));
        if (index.isValid()) {
            selectService(index);
            m_pendingServiceCode.clear();
        }
    }
    updateServiceDescription();
}

QModelIndex ReportForm::selectedIndex() const
{
    const QModelIndexList selected = m_serviceList->selectionModel()->selectedIndexes();
    return selected.isEmpty() ? QModelIndex() : selected.first();
}

void ReportForm::selectService(const QModelIndex& proxyIndex)
{
    m_serviceList->selectionModel()->setCurrentIndex(
        proxyIndex, QItemSelectionModel::ClearAndSelect);
    m_serviceList->scrollTo(proxyIndex);
}

void ReportForm::setServicesMessage(const QString& message)
{
    m_servicesMessage->setText(message);
    m_servicesMessage->setVisible(!message.isEmpty());
}

void ReportForm::setMapSource(const TileSource& source, const QString& cacheDirectory)
{
    m_map->setTileSource(source, cacheDirectory);
}

void ReportForm::setMapHome(const QGeoCoordinate& centre, double zoom)
{
    m_map->setCenter(centre);
    m_map->setZoom(zoom);
}

void ReportForm::setGeocoder(Geocoder* geocoder)
{
    m_geocoder = geocoder;
    m_searchButton->setEnabled(geocoder != nullptr);
}

void ReportForm::setAccountIdVisible(bool visible)
{
    m_accountId->setVisible(visible);
    m_accountIdLabel->setVisible(visible);
}

QString ReportForm::selectedServiceCode() const
{
    return selectedIndex().data(ServiceListModel::CodeRole).toString();
}

QString ReportForm::selectedServiceName() const
{
    return selectedIndex().data(Qt::DisplayRole).toString();
}

void ReportForm::updateServiceDescription()
{
    const QModelIndex index = selectedIndex();
    m_serviceDescription->setText(index.isValid()
            ? index.data(ServiceListModel::DescriptionRole).toString()
            : tr("No service chosen yet."));
}

NewRequest ReportForm::request() const
{
    NewRequest r;
    r.serviceCode = selectedServiceCode();
    const QGeoCoordinate pin = m_map->pin();
    if (pin.isValid()) {
        r.latitude = pin.latitude();
        r.longitude = pin.longitude();
    }
    r.addressString = m_address->text().trimmed();
    r.firstName = m_firstName->text().trimmed();
    r.lastName = m_lastName->text().trimmed();
    r.email = m_email->text().trimmed();
    r.phone = m_phone->text().trimmed();
    if (m_accountId->isVisibleTo(this))
        r.accountId = m_accountId->text().trimmed();
    r.deviceId = m_deviceId;
    r.description = m_description->toPlainText();
    r.mediaUrl = m_mediaUrl->text().trimmed();
    return r;
}

bool ReportForm::isEmpty() const
{
    return !m_map->pin().isValid() && m_address->text().isEmpty() && m_firstName->text().isEmpty()
        && m_lastName->text().isEmpty() && m_email->text().isEmpty() && m_phone->text().isEmpty()
        && m_description->toPlainText().isEmpty() && m_mediaUrl->text().isEmpty();
}

QString ReportForm::shortcutHint(const QString& text, const QKeySequence& keys) const
{
    // A touch screen has no keyboard to hint at; elsewhere the keys are written as the menus
    // write them, in the platform's words and the interface's language.
    if (m_touch)
        return withoutMnemonic(text);
    if (keys.isEmpty())
        return text;
    return tr("%1 (%2)").arg(text, keys.toString(QKeySequence::NativeText));
}

void ReportForm::retitle()
{
    m_serviceHeading->setText(shortcutHint(tr("&Service"), kServiceKeys));
    m_addressLabel->setText(shortcutHint(tr("&Address"), kAddressKeys));
    m_submit->setText(
        m_sending ? tr("Sending\u2026") : shortcutHint(tr("Se&nd report"), kSendKeys));
}

void ReportForm::setTouchMode(bool touch)
{
    m_map->setTouchMode(touch);
    m_touch = touch;
    retitle();
    if (touch) {
        for (QLabel* label : findChildren<QLabel*>())
            label->setText(withoutMnemonic(label->text()));
        for (QAbstractButton* button : findChildren<QAbstractButton*>())
            button->setText(withoutMnemonic(button->text()));
    }
    if (!touch || m_touchButtonRow->count() > 0)
        return;
    // Large touch type left the address field a few characters wide beside its two buttons:
    // they go on a row of their own, under it.
    m_touchButtonRow->addWidget(m_searchButton, 1);
    m_touchButtonRow->addWidget(m_locateButton, 1);
}

void ReportForm::balanceColumns()
{
    const int total = m_splitter->width() - 2 * m_splitter->handleWidth();
    QWidget* serviceColumn = m_splitter->widget(0);
    // Wide enough for the longest service name where that leaves the map its share.
    const int names = m_serviceList->sizeHintForColumn(0)
        + m_serviceList->verticalScrollBar()->sizeHint().width() + 2 * m_serviceList->frameWidth()
        + (serviceColumn->width() - m_serviceList->width());
    // On a narrow screen the column's own minimum wins over the third.
    const int services = qMax(serviceColumn->sizeHint().width(), qMin(names, total / 3));
    // A quarter for the contact fields and the description, where the screen has room.
    // The form's page, not the stack: the result page (a kiosk's large id and code) is wider.
    const int contact = qMax(m_pages->widget(0)->sizeHint().width(), total / 4);
    m_splitter->setSizes({ services, qMax(0, total - services - contact), contact });
}

bool ReportForm::validateAndShow()
{
    clearErrors();
    // Ctrl+Enter from a coordinate field comes before the field has finished its editing.
    coordinatesEdited();
    // A coordinate field holding no usable number (cleared, half typed) would otherwise send the
    // pin's old position, or no position, while the form shows something else.
    const bool located
        = m_map->pin().isValid() || !m_latitude->text().isEmpty() || !m_longitude->text().isEmpty();
    if (located && !degrees(m_latitude, 90)) {
        showFieldError(Error::Field::Latitude,
            tr("Type the latitude in degrees, from -90 to 90, or place the pin on the map."));
        return false;
    }
    if (located && !degrees(m_longitude, 180)) {
        showFieldError(Error::Field::Longitude,
            tr("Type the longitude in degrees, from -180 to 180, or place the pin on the map."));
        return false;
    }
    const std::optional<Error> problem = request().validate();
    if (problem) {
        showError(*problem);
        return false;
    }
    if (isPinStale()) {
        askAboutStalePin();
        return false;
    }
    return true;
}

bool ReportForm::isPinStale() const
{
    const QString address = DuplicateFinder::normalizedAddress(m_address->text());
    return m_map->pin().isValid() && !address.isEmpty()
        && address != DuplicateFinder::normalizedAddress(m_pinAddress);
}

void ReportForm::askAboutStalePin()
{
    if (m_askingAboutPin)
        return;
    m_askingAboutPin = true;
    const QString typed = m_address->text().trimmed();
    const QString question = m_pinAddress.trimmed().isEmpty()
        ? tr("The pin was not placed for \u201c%1\u201d: it was put there before the address was "
             "typed, or shows where this computer is. The city uses the pin to find the problem.")
              .arg(typed)
        : tr("The pin was placed for \u201c%1\u201d, but the address now reads \u201c%2\u201d. "
             "The city uses the pin to find the problem.")
              .arg(m_pinAddress, typed);
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Which place is meant?"), question, QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_pinQuestion = box;
    QPushButton* keep
        = box->addButton(shortcutHint(tr("Send with the &pin"), {}), QMessageBox::AcceptRole);
    QPushButton* drop = box->addButton(
        shortcutHint(tr("Send the &address alone"), {}), QMessageBox::DestructiveRole);
    QPushButton* back
        = box->addButton(shortcutHint(tr("&Back to the address"), {}), QMessageBox::RejectRole);
    keep->setAccessibleDescription(
        tr("The pin's place goes to the city with the address as typed."));
    drop->setAccessibleDescription(tr("The pin is taken off; the city gets no map position."));
    box->setDefaultButton(back);
    box->setEscapeButton(back);
    connect(box, &QMessageBox::finished, this, [this, box, keep, drop] {
        m_askingAboutPin = false;
        QAbstractButton* chosen = box->clickedButton();
        if (chosen == keep) {
            m_pinAddress = m_address->text();
        } else if (chosen == drop) {
            m_map->clearPin();
        } else {
            focusAddress();
            return;
        }
        updateLocationNotice();
        Q_EMIT submitRequested();
    });
    box->open();
    box->activateWindow(); // the keyboard, even with no window manager
}

QString ReportForm::locationNotice() const
{
    return m_locationNotice->isVisible() ? m_locationNotice->text() : QString();
}

void ReportForm::cancelLocating()
{
    m_locator->cancel();
    m_locateButton->setEnabled(true);
}

void ReportForm::setLocationMessage(const QString& message)
{
    m_locationMessage = message;
    updateLocationNotice();
}

void ReportForm::updateLocationNotice()
{
    QString text = m_locationMessage;
    if (text.isEmpty() && isPinStale())
        text = tr("The pin is not at this address: press Enter to find it, or move the pin.");
    else if (text.isEmpty() && !m_map->pin().isValid() && !m_address->text().trimmed().isEmpty())
        text
            = tr("No place on the map yet: the city gets the address alone, with no map position.");
    m_locationNotice->setText(text);
    m_locationNotice->setVisible(!text.isEmpty());
}

void ReportForm::showFieldError(Error::Field field, const QString& message)
{
    QLabel* label = m_errorLabels.value(field);
    QWidget* widget = m_errorFields.value(field);
    if (!label || !widget) {
        m_formNotice->setText(message);
        return;
    }
    label->setText(message);
    label->setVisible(true);
    widget->setAccessibleDescription(message);
    widget->setFocus(Qt::OtherFocusReason);
}

void ReportForm::showError(const Error& error)
{
    m_formNotice->setText(error.kind() == Error::Kind::Validation ? QString() : error.message());
    switch (error.field()) {
    case Error::Field::ServiceCode:
    case Error::Field::Location:
    case Error::Field::Latitude:
    case Error::Field::Longitude:
    case Error::Field::Description:
    case Error::Field::Email:
    case Error::Field::MediaUrl:
        showFieldError(error.field(), error.message());
        break;
    default:
        m_formNotice->setText(error.message());
        m_submit->setFocus(Qt::OtherFocusReason);
        break;
    }
}

void ReportForm::clearErrors()
{
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it) {
        it.value()->clear();
        it.value()->setVisible(false);
        if (QWidget* field = m_errorFields.value(it.key()))
            field->setAccessibleDescription(QString());
    }
    m_formNotice->clear();
}

void ReportForm::setSending(bool sending)
{
    m_sending = sending;
    m_submit->setEnabled(!sending);
    retitle();
    if (sending)
        m_formNotice->setText(tr("Sending the report\u2026"));
}

ResultPanel* ReportForm::resultPanel()
{
    // Built on first use: its large font costs a noticeable part of start-up.
    if (!m_result) {
        m_result = new ResultPanel(m_pages);
        m_pages->addWidget(m_result);
        connect(m_result, &ResultPanel::newReportRequested, this, &ReportForm::newReportRequested);
    }
    return m_result;
}

void ReportForm::showResult(const CreateResult& result, const QString& serviceName)
{
    setSending(false);
    m_formNotice->clear();
    // What was said about finding this report's place is over with it.
    cancelLocating();
    setLocationMessage(QString());
    m_pages->setCurrentWidget(resultPanel());
    m_result->show(result, serviceName);
    updateDuplicateHint();
}

bool ReportForm::isShowingResult() const
{
    return m_result && m_pages->currentWidget() == m_result;
}

void ReportForm::showNotice(const QString& message)
{
    setSending(false);
    m_formNotice->setText(message);
}

void ReportForm::searchAddress()
{
    const QString text = m_address->text().trimmed();
    if (!m_geocoder || text.isEmpty())
        return;
    setLocationMessage(tr("Looking up \u201c%1\u201d\u2026").arg(text));
    onResult(m_geocoder->search(text), this, [this, text](const Result<QList<GeoPlace>>& result) {
        // The caller has moved on to another address since; this answer is not for it.
        if (m_address->text().trimmed() != text)
            return;
        const bool found = result.ok() && !result.value().isEmpty();
        if (!found && isPinStale()) {
            // The pin belongs to an earlier address: sent with this one, it would put the report
            // in the wrong place without anyone noticing.
            m_map->clearPin();
            setLocationMessage(
                (result.ok() ? tr(
                     "No place called \u201c%1\u201d was found, so the pin was taken off the map.")
                                   .arg(text)
                             : tr("%1 The pin was taken off the map.")
                                   .arg(result.error().message()))
                + QLatin1Char(' ')
                + tr("Place it on the map, or the city gets the address alone, with no map "
                     "position."));
            return;
        }
        if (!result.ok()) {
            setLocationMessage(result.error().message());
            return;
        }
        const QList<GeoPlace>& places = result.value();
        if (places.isEmpty()) {
            setLocationMessage(
                tr("No place called \u201c%1\u201d was found. Place the pin on the map instead.")
                    .arg(text));
            return;
        }
        if (places.size() == 1) {
            applyPlace(places.first());
            return;
        }
        setLocationMessage(tr("%n place(s) found; choose one.", nullptr, int(places.size())));
        auto* menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->setAccessibleName(tr("Places found"));
        for (const GeoPlace& place : places) {
            QAction* action = menu->addAction(place.displayName);
            connect(action, &QAction::triggered, this, [this, place] { applyPlace(place); });
        }
        menu->popup(m_address->mapToGlobal(QPoint(0, m_address->height())));
    });
}

void ReportForm::applyPlace(const GeoPlace& place)
{
    const QGeoCoordinate where(place.latitude, place.longitude);
    cancelLocating();
    m_map->setCenter(where);
    if (m_map->zoom() < 16)
        m_map->setZoom(17);
    // The person chose this address: it is theirs, keep it from reverse lookups.
    m_address->setText(place.displayName);
    m_addressTypedByUser = true;
    m_map->setPin(where);
    m_pinAddress = place.displayName;
    m_locationMessage.clear();
    m_errorLabels.value(Error::Field::Location)->setVisible(false);
    updateLocationNotice();
    updateDuplicateHint();
    Q_EMIT edited();
}

void ReportForm::setKnownRequests(const QList<FeedRequest>& requests, double radiusMeters)
{
    m_known = requests;
    m_duplicateRadius = radiusMeters;
    updateDuplicateHint();
}

QString ReportForm::duplicateHint() const
{
    return m_duplicateHint->isVisible() ? m_duplicateHint->text() : QString();
}

void ReportForm::updateDuplicateHint()
{
    const std::optional<DuplicateFinder::Match> match = DuplicateFinder::find(
        m_known, selectedServiceName(), m_map->pin(), m_address->text(), m_duplicateRadius);
    // While the result shows, the report just sent is the one at the pin: no hint about itself.
    const FeedRequest* nearest = match && !isShowingResult() ? &m_known.at(match->index) : nullptr;
    m_duplicateId = nearest ? nearest->id : QString();
    m_duplicateHint->setVisible(nearest != nullptr);
    const bool waiting = nearest && nearest->queued;
    m_followDuplicate->setVisible(nearest != nullptr && !waiting);
    if (!nearest) {
        m_announcedHint.clear();
        return;
    }
    const QString when = nearest->requested.isValid()
        ? QLocale().toString(nearest->requested.toLocalTime(), QLocale::ShortFormat)
        : tr("an unknown date");
    const QString where = match->meters ? tr("%1 m from the pin").arg(qRound(*match->meters))
                                        : tr("at the same address");
    const QString text = waiting
        ? tr("This may already be reported: a report of %1 %2 is waiting in the outbox to be sent "
             "(since %3).")
              .arg(nearest->serviceName, where, when)
        : tr("This may already be reported: request %1 (%2, %3), %4, reported %5.")
              .arg(nearest->id, nearest->serviceName, TrackerModel::statusText(nearest->status),
                  where, when);
    m_duplicateHint->setText(text);
    m_duplicateHint->setAccessibleDescription(text);
    m_followDuplicate->setText(tr("Follow %1 instead").arg(nearest->id));
    m_followDuplicate->setAccessibleDescription(text);
    if (text != m_announcedHint && isVisible()) {
        m_announcedHint = text;
        // Said aloud as it appears: someone tabbing on to the caller's name would miss it.
        QAccessibleEvent alert(m_duplicateHint, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
        Q_EMIT announced(text);
    }
}

void ReportForm::pinMoved(const QGeoCoordinate& pin, bool byUser)
{
    // Wherever the pin now is, it was put there with the address that shows.
    m_pinAddress = pin.isValid() ? m_address->text() : QString();
    if (byUser && pin.isValid()) {
        cancelLocating();
        m_locationMessage.clear();
    }
    updateLocationNotice();
    updateDuplicateHint();
    m_filling = true;
    m_latitude->setText(pin.isValid() ? QString::number(pin.latitude(), 'f', 6) : QString());
    m_longitude->setText(pin.isValid() ? QString::number(pin.longitude(), 'f', 6) : QString());
    m_filling = false;
    if (pin.isValid())
        m_errorLabels.value(Error::Field::Location)->setVisible(false);
    if (!byUser || !pin.isValid())
        return;
    Q_EMIT edited();
    if (!m_geocoder || m_addressTypedByUser)
        return;
    onResult(m_geocoder->reverse(pin.latitude(), pin.longitude()), this,
        [this, pin](const Result<QList<GeoPlace>>& result) {
            // Only if the pin is still there and nobody typed an address meanwhile.
            if (!result.ok() || result.value().isEmpty() || m_addressTypedByUser
                || m_map->pin() != pin)
                return;
            m_address->setText(result.value().first().displayName);
            m_pinAddress = m_address->text();
            updateLocationNotice();
            Q_EMIT edited();
        });
}

std::optional<double> ReportForm::degrees(const QLineEdit* edit, double limit)
{
    // The user's own decimal separator, or the point the pin writes.
    bool ok = false;
    double value = QLocale().toDouble(edit->text(), &ok);
    if (!ok)
        value = QLocale::c().toDouble(edit->text(), &ok);
    if (!ok || !std::isfinite(value) || qAbs(value) > limit)
        return std::nullopt;
    return value;
}

void ReportForm::coordinatesEdited()
{
    if (m_filling)
        return;
    // Still what the pin wrote there: nobody moved it (the pin has more decimals than it shows).
    const QGeoCoordinate pin = m_map->pin();
    if (pin.isValid() && m_latitude->text() == QString::number(pin.latitude(), 'f', 6)
        && m_longitude->text() == QString::number(pin.longitude(), 'f', 6))
        return;
    const std::optional<double> lat = degrees(m_latitude, 90);
    const std::optional<double> lon = degrees(m_longitude, 180);
    if (!lat || !lon)
        return;
    const QGeoCoordinate where(*lat, *lon);
    if (!where.isValid() || where == m_map->pin())
        return;
    m_map->setPin(where);
    m_map->setCenter(where);
    pinMoved(where, true);
}

void ReportForm::updateCounter(int length)
{
    const QLocale locale;
    m_counter->setText(
        tr("%1 / %2").arg(locale.toString(length), locale.toString(m_description->limit())));
    if (length < m_description->limit())
        m_descriptionNotice->clear();
}

QByteArray ReportForm::toDraft() const
{
    QJsonObject object = RequestJson::toJson(request());
    object.remove(QStringLiteral("device_id"));
    object.insert(QStringLiteral("filter"), m_serviceFilter->text());
    object.insert(QStringLiteral("address_typed"), m_addressTypedByUser);
    object.insert(QStringLiteral("pin_address"), m_pinAddress);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void ReportForm::fromDraft(const QByteArray& json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    if (object.isEmpty())
        return;
    const NewRequest r = RequestJson::fromJson(object);
    m_serviceFilter->setText(object.value(QStringLiteral("filter")).toString());
    const QModelIndex service = m_filter->mapFromSource(m_services->indexOfCode(r.serviceCode));
    if (service.isValid())
        selectService(service);
    else
        m_pendingServiceCode = r.serviceCode;
    if (r.hasLocation()) {
        const QGeoCoordinate where(*r.latitude, *r.longitude);
        m_map->setCenter(where);
        m_map->setPin(where);
    }
    m_address->setText(r.addressString);
    m_addressTypedByUser = object.value(QStringLiteral("address_typed")).toBool();
    // A draft from before the pin's address was kept: its pin and address went together.
    m_pinAddress = object.value(QStringLiteral("pin_address")).toString(r.addressString);
    updateLocationNotice();
    m_firstName->setText(r.firstName);
    m_lastName->setText(r.lastName);
    m_email->setText(r.email);
    m_phone->setText(r.phone);
    m_accountId->setText(r.accountId);
    m_description->setPlainText(r.description);
    m_mediaUrl->setText(r.mediaUrl);
}

void ReportForm::clear()
{
    // A question about the last report's pin is not the next one's (a kiosk's next visitor).
    if (m_pinQuestion) {
        m_pinQuestion->disconnect(this);
        m_pinQuestion->close();
        m_askingAboutPin = false;
    }
    clearErrors();
    setSending(false);
    m_pendingServiceCode.clear();
    m_serviceList->selectionModel()->clear();
    cancelLocating();
    m_map->clearPin();
    m_addressTypedByUser = false;
    // setText(), unlike clear(), also drops the undo history: nothing typed stays behind.
    for (QLineEdit* edit : { m_serviceFilter, m_address, m_latitude, m_longitude, m_firstName,
             m_lastName, m_email, m_phone, m_accountId, m_mediaUrl })
        edit->setText(QString());
    m_description->clear(); // drops its undo history too
    m_descriptionNotice->clear();
    m_pinAddress.clear();
    setLocationMessage(QString());
    updateDuplicateHint();
    updateServiceDescription();
    m_pages->setCurrentIndex(0);
    m_serviceFilter->setFocus(Qt::OtherFocusReason);
}

} // namespace Open311
