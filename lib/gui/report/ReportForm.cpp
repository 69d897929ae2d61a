#include "gui/report/ReportForm.h"

#include "gui/report/AttributeFields.h"
#include "gui/report/ContactFields.h"
#include "gui/report/CoordinateFields.h"
#include "gui/report/DescriptionEdit.h"
#include "gui/report/DuplicateHint.h"
#include "gui/report/FieldErrors.h"
#include "gui/report/LocationSection.h"
#include "gui/report/PhotoAttachments.h"
#include "gui/report/ReportDetails.h"
#include "gui/report/ReportFormText.h"
#include "gui/report/ResultPanel.h"
#include "gui/report/ServicePicker.h"
#include "gui/widgets/ColumnScrollArea.h"
#include "map/TileSource.h"
#include "mapwidget/MapWidget.h"
#include "store/RequestJson.h"

#include <QAbstractButton>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <optional>

namespace Open311 {

namespace {

const QKeySequence kServiceKeys(Qt::CTRL | Qt::Key_F);
const QKeySequence kAddressKeys(Qt::CTRL | Qt::Key_L);
const QKeySequence kSendKeys(Qt::CTRL | Qt::Key_Enter);

} // namespace

ReportForm::ReportForm(QWidget* parent)
    : QWidget(parent)
    , m_errors(new FieldErrors(this))
    , m_duplicates(new DuplicateHint(this))
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_testBanner = new QLabel(
        ReportFormText::tr("Test server: reports sent here are not real and will not be handled."),
        this);
    m_testBanner->setAccessibleDescription(ReportFormText::tr("Test server"));
    m_testBanner->setWordWrap(true);
    m_testBanner->setFrameShape(QFrame::StyledPanel);
    m_testBanner->setMargin(6);
    m_testBanner->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_testBanner->hide();
    outer->addWidget(m_testBanner);
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

    m_services = new ServicePicker(*m_errors, m_splitter);
    m_location = new LocationSection(*m_errors, *m_duplicates, m_splitter);
    m_map = m_location->map();
    m_pages = new QStackedWidget(m_splitter);
    auto* detailsColumn = new ColumnScrollArea(m_pages);
    m_details = new ReportDetails(*m_errors, detailsColumn);
    detailsColumn->setWidget(m_details);
    m_pages->addWidget(detailsColumn);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({ 300, 600, 380 });
    // A new report starts at the service filter, the first thing a caller says (see
    // focusServiceFilter(); not a focus proxy, which made the page claim focus with its field).

    // The order of a call: service, where, who, what.
    setTabOrder(m_services->filterField(), m_services->list());
    setTabOrder(m_services->list(), m_location->address());
    setTabOrder(m_location->address(), m_map);
    const CoordinateFields* coordinates = m_location->coordinates();
    setTabOrder(m_map, coordinates->latitude());
    setTabOrder(coordinates->latitude(), coordinates->longitude());
    // A possible duplicate is the next thing to hear about, before the caller's details.
    setTabOrder(coordinates->longitude(), m_duplicates->followButton());
    chainTabOrder();

    for (const QKeySequence& keys : { QKeySequence(Qt::CTRL | Qt::Key_Return), kSendKeys }) {
        auto* submit = new QShortcut(keys, this);
        submit->setContext(Qt::WidgetWithChildrenShortcut);
        connect(submit, &QShortcut::activated, this, &ReportForm::requestSubmit);
    }
    connect(m_services, &ServicePicker::moveOnRequested, this,
        [this] { m_location->address()->setFocus(Qt::TabFocusReason); });
    connect(m_services, &ServicePicker::serviceChanged, this, [this] {
        updateDefinition();
        updateDuplicateHint();
        m_errors->hide(Error::Field::ServiceCode);
        Q_EMIT edited();
    });
    // Where the caller is, then what the city asks about the problem, then who is calling.
    connect(m_location, &LocationSection::moveOnRequested, this, [this] {
        const QList<QWidget*> questions = m_details->attributes()->focusChain();
        QWidget* next = questions.isEmpty() || m_details->attributes()->isHidden()
            ? static_cast<QWidget*>(m_details->contact()->firstName())
            : questions.first();
        next->setFocus(Qt::TabFocusReason);
    });
    connect(m_location, &LocationSection::placeChanged, this, &ReportForm::updateDuplicateHint);
    connect(m_location, &LocationSection::submitRequested, this, &ReportForm::requestSubmit);
    connect(m_location, &LocationSection::edited, this, &ReportForm::edited);
    connect(m_duplicates, &DuplicateHint::followRequested, this, &ReportForm::followRequested);
    connect(m_duplicates, &DuplicateHint::announced, this, &ReportForm::announced);
    connect(m_details->sendButton(), &QPushButton::clicked, this, &ReportForm::requestSubmit);
    connect(m_details, &ReportDetails::edited, this, &ReportForm::edited);
    connect(m_details, &ReportDetails::photosChanged, this, [this] {
        chainTabOrder();
        Q_EMIT photosChanged();
    });
    connect(m_details->photoStrip(), &PhotoAttachments::locationChosen, m_location,
        &LocationSection::placePinAt);
    retitle();
}

ReportForm::~ReportForm() = default;

void ReportForm::changeEvent(QEvent* event)
{
    // A switch to a dark system theme arrives here; the error red must follow it.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        m_errors->recolour();
    QWidget::changeEvent(event);
}

void ReportForm::focusServiceFilter()
{
    m_pages->setCurrentIndex(0);
    m_services->focusFilter();
}

void ReportForm::focusAddress()
{
    m_location->focusAddress();
}

void ReportForm::setServices(const ServiceList& services)
{
    m_services->setServices(services);
    updateDefinition();
}

void ReportForm::updateDefinition()
{
    const QString code = selectedServiceCode();
    const bool asks = !code.isEmpty() && m_services->selectedHasDefinition();
    if (code == m_definitionFor && asks == m_definitionAsked)
        return;
    m_definitionFor = code;
    m_definitionAsked = asks;
    m_definitionUnavailable = false;
    // Answers wait for their service: a caller who changes their mind and back keeps them.
    m_details->clearDefinition(true);
    m_definitionReady = !asks;
    if (asks) {
        m_details->setAttributesMessage(tr("Loading the questions the city asks about this "
                                           "service\u2026"));
        Q_EMIT definitionWanted(code);
    }
    chainTabOrder();
}

void ReportForm::resetDefinition()
{
    // Another jurisdiction: its services' questions are its own, even under the same codes.
    m_definitionFor.clear();
    m_definitionAsked = false;
    m_details->clearDefinition(false);
    updateDefinition();
}

void ReportForm::setDefinition(const QString& serviceCode, const ServiceDefinition& definition)
{
    // Another service's, or a second answer to the same question (asked twice when the caller
    // went away and back): rebuilding the fields would drop what was answered since.
    if (serviceCode != m_definitionFor || m_definitionReady)
        return;
    m_details->attributes()->setTouchMode(m_touch);
    m_details->attributes()->setReservedMnemonics(
        ReportFormText::usedMnemonics(window(), m_details->attributes()));
    m_details->setDefinition(serviceCode, definition);
    m_definitionReady = true;
    chainTabOrder();
}

void ReportForm::setDefinitionProblem(const QString& serviceCode, const QString& message)
{
    if (serviceCode != m_definitionFor || m_definitionReady)
        return;
    m_definitionUnavailable = true;
    m_details->setAttributesMessage(message);
}

void ReportForm::chainTabOrder()
{
    QWidget* previous = m_duplicates->followButton();
    const QList<QWidget*> questions = m_details->attributes()->focusChain();
    QList<QWidget*> order(questions.cbegin(), questions.cend());
    for (QLineEdit* field : m_details->contact()->fields())
        order.append(field);
    order << m_details->description();
    order.append(m_details->photoStrip()->focusChain());
    order << m_details->mediaUrl() << m_details->sendButton();
    for (QWidget* next : std::as_const(order)) {
        setTabOrder(previous, next);
        previous = next;
    }
}

void ReportForm::setServicesMessage(const QString& message)
{
    m_services->setMessage(message);
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
    m_location->setGeocoder(geocoder);
}

void ReportForm::setAccountIdVisible(bool visible)
{
    m_details->contact()->setAccountIdVisible(visible);
}

void ReportForm::setKnownRequests(const QList<FeedRequest>& requests, double radiusMeters)
{
    m_duplicates->setKnownRequests(requests, radiusMeters);
    updateDuplicateHint();
}

QString ReportForm::duplicateHint() const
{
    return m_duplicates->text();
}

void ReportForm::updateDuplicateHint()
{
    m_duplicates->update(
        selectedServiceName(), m_map->pin(), m_location->address()->text(), isShowingResult());
    if (m_duplicates->isShowing() && m_map->pin().isValid())
        m_map->setNearbyRadius(m_map->pin(), m_duplicates->radius());
    else
        m_map->clearNearbyRadius();
}

bool ReportForm::isPinStale() const
{
    return m_location->isPinStale();
}

QString ReportForm::locationNotice() const
{
    return m_location->locationNotice();
}

QString ReportForm::selectedServiceCode() const
{
    return m_services->selectedCode();
}

QString ReportForm::selectedServiceName() const
{
    return m_services->selectedName();
}

NewRequest ReportForm::request() const
{
    NewRequest r;
    r.serviceCode = selectedServiceCode();
    m_location->fill(r);
    m_details->fill(r, this);
    r.deviceId = m_deviceId;
    return r;
}

bool ReportForm::isEmpty() const
{
    return m_location->isEmpty() && m_details->isEmpty();
}

void ReportForm::retitle()
{
    m_services->setHeading(ReportFormText::shortcutHint(tr("&Service"), kServiceKeys, m_touch));
    m_location->setAddressLabel(
        ReportFormText::shortcutHint(tr("&Address"), kAddressKeys, m_touch));
    m_details->sendButton()->setText(m_sending
            ? tr("Sending\u2026")
            : ReportFormText::shortcutHint(tr("Se&nd report"), kSendKeys, m_touch));
}

void ReportForm::setTouchMode(bool touch)
{
    m_location->setTouchMode(touch);
    m_details->attributes()->setTouchMode(touch);
    m_touch = touch;
    retitle();
    if (touch) {
        for (QLabel* label : findChildren<QLabel*>())
            label->setText(ReportFormText::withoutMnemonic(label->text()));
        for (QAbstractButton* button : findChildren<QAbstractButton*>())
            button->setText(ReportFormText::withoutMnemonic(button->text()));
    }
}

void ReportForm::balanceColumns()
{
    const int total = m_splitter->width() - 2 * m_splitter->handleWidth();
    QWidget* serviceColumn = m_splitter->widget(0);
    const QListView* list = m_services->list();
    // Wide enough for the longest service name where that leaves the map its share.
    const int names = list->sizeHintForColumn(0) + list->verticalScrollBar()->sizeHint().width()
        + 2 * list->frameWidth() + (serviceColumn->width() - list->width());
    // On a narrow screen the column's own minimum wins over the third.
    const int services = qMax(serviceColumn->sizeHint().width(), qMin(names, total / 3));
    // A quarter for the contact fields and the description, where the screen has room.
    // The form's page, not the stack: the result page (a kiosk's large id and code) is wider.
    const int contact = qMax(m_details->sizeHint().width(), total / 4);
    m_splitter->setSizes({ services, qMax(0, total - services - contact), contact });
}

bool ReportForm::validateAndShow()
{
    clearErrors();
    if (!m_location->checkCoordinates())
        return false;
    const std::optional<Error> problem = request().validate();
    if (problem) {
        showError(*problem);
        return false;
    }
    // Sent now, it would go without the photo the person is waiting for.
    if (m_details->photoStrip()->isBusy()) {
        showError(Error::validation(
            Error::Field::Photos, tr("A photo is still being prepared; send again in a moment.")));
        return false;
    }
    if (!m_definitionReady) {
        // Asked again: the first answer may have been lost with the network.
        Q_EMIT definitionWanted(m_definitionFor);
    }
    if (!m_definitionReady && !m_definitionUnavailable) {
        showError(Error::validation(Error::Field::None,
            tr("The city's questions about this service have not arrived yet; the report can "
               "go once they are answered.")));
        return false;
    }
    const AttributeFields* questions = m_details->attributes();
    if (const std::optional<Error> unanswered
        = questions->definition().check(questions->values())) {
        showError(*unanswered);
        return false;
    }
    return m_location->readyToSend();
}

void ReportForm::showError(const Error& error)
{
    if (error.field() == Error::Field::Attribute
        && m_details->attributes()->showError(error.attributeCode(), error.message()))
        return;
    m_errors->show(error);
}

void ReportForm::clearErrors()
{
    m_errors->clear();
    m_details->attributes()->clearErrors();
}

// Every way to send comes here: a report on its way, or one already answered, is not sent again.
void ReportForm::requestSubmit()
{
    if (!m_sending && m_pages->currentIndex() == 0)
        Q_EMIT submitRequested();
}

void ReportForm::setSending(bool sending)
{
    m_sending = sending;
    m_details->sendButton()->setEnabled(!sending);
    retitle();
    if (sending) {
        // An answer to it now would drop or keep a pin under a report already on its way.
        m_location->dismissPinQuestion();
        m_details->notice()->setText(tr("Sending the report\u2026"));
    }
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
    m_errors->showNotice(QString());
    // What was said about finding this report's place is over with it.
    m_location->cancelLocating();
    m_location->setLocationMessage(QString());
    m_pages->setCurrentWidget(resultPanel());
    m_result->show(result, serviceName);
    updateDuplicateHint();
}

bool ReportForm::isShowingResult() const
{
    return m_result && m_pages->currentWidget() == m_result;
}

void ReportForm::showNotice(const QString& message, bool fromSend)
{
    setSending(false);
    m_errors->showNotice(message, fromSend);
}

void ReportForm::showBackgroundNotice(const QString& message)
{
    m_errors->showNotice(message, false);
}

QByteArray ReportForm::toDraft() const
{
    QJsonObject object = RequestJson::toJson(request());
    object.remove(QStringLiteral("device_id"));
    object.insert(QStringLiteral("filter"), m_services->filterText());
    object.insert(QStringLiteral("address_typed"), m_location->isAddressTyped());
    object.insert(QStringLiteral("pin_address"), m_location->pinAddress());
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void ReportForm::fromDraft(const QByteArray& json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    if (object.isEmpty())
        return;
    const NewRequest r = RequestJson::fromJson(object);
    m_services->restore(object.value(QStringLiteral("filter")).toString(), r.serviceCode);
    // A draft from before the pin's address was kept: its pin and address went together.
    m_location->restore(r, object.value(QStringLiteral("address_typed")).toBool(),
        object.value(QStringLiteral("pin_address")).toString(r.addressString));
    m_details->restore(r);
}

void ReportForm::restoreDraft(const QByteArray& json, const MediaFiles& photos)
{
    if (json.isEmpty() && photos.isEmpty())
        return;
    fromDraft(json);
    m_details->setPhotos(photos);
}

void ReportForm::setTestServer(bool test)
{
    m_testBanner->setVisible(test);
}

void ReportForm::clear()
{
    // A question about the last report's pin is not the next one's (a kiosk's next visitor).
    m_location->dismissPinQuestion();
    clearErrors();
    setSending(false);
    m_services->clear();
    updateDefinition();
    m_location->clear();
    m_details->clear();
    updateDuplicateHint();
    m_pages->setCurrentIndex(0);
    m_services->filterField()->setFocus(Qt::OtherFocusReason);
}

} // namespace Open311
