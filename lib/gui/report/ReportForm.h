#pragma once

#include "core/CreateResult.h"
#include "core/Error.h"
#include "core/NewRequest.h"
#include "core/Service.h"
#include "map/FeedRequest.h"
#include "map/GeoPlace.h"

#include <QGeoCoordinate>
#include <QHash>
#include <QKeySequence>
#include <QPointer>
#include <QWidget>

#include <optional>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListView;
class QMessageBox;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace Open311 {

class DescriptionEdit;
class Geocoder;
class MapWidget;
class PositionLocator;
class ResultPanel;
class ServiceFilterModel;
class ServiceListModel;
class TileSource;

// The form in which a report is written: service, location, contact, description, media link.
// The order of the fields, and of Tab, is the order of a phone call.
class ReportForm : public QWidget
{
    Q_OBJECT

public:
    explicit ReportForm(QWidget* parent = nullptr);
    ~ReportForm() override;

    void setServices(const ServiceList& services);
    // Ctrl+F and Ctrl+L; the window owns the keys so that they work from any tab.
    void focusServiceFilter();
    void focusAddress();
    void setServicesMessage(const QString& message);
    void setMapSource(const TileSource& source, const QString& cacheDirectory);
    void setMapHome(const QGeoCoordinate& centre, double zoom);
    void setGeocoder(Geocoder* geocoder);
    void setDeviceId(const QString& deviceId) { m_deviceId = deviceId; }
    void setAccountIdVisible(bool visible);
    // Requests the city already has, for pointing out a report that may be a duplicate.
    void setKnownRequests(const QList<FeedRequest>& requests, double radiusMeters);
    QString duplicateHint() const;
    // The pin was placed for another address than the one now typed.
    bool isPinStale() const;
    QString locationNotice() const;

    NewRequest request() const;
    QString selectedServiceCode() const;
    QString selectedServiceName() const;
    bool isEmpty() const;

    // Checks the form; shows each problem next to its field and moves focus to the first.
    bool validateAndShow();
    // A server's or the network's answer, next to the field it concerns where it concerns one.
    void showError(const Error& error);
    void clearErrors();
    void setSending(bool sending);
    void showResult(const CreateResult& result, const QString& serviceName);
    // The report is safe in the outbox but not (yet) at the city.
    void showNotice(const QString& message);

    // The whole form as JSON, for drafts, and back.
    QByteArray toDraft() const;
    void fromDraft(const QByteArray& json);
    // Empties every field, undo history included.
    void clear();

    MapWidget* map() const { return m_map; }
    QSplitter* splitter() const { return m_splitter; }
    // The service and contact columns at the width they need, the map column the rest.
    void balanceColumns();
    // Kiosks: a touch map, and the address field on a row of its own.
    void setTouchMode(bool touch);
    ResultPanel* resultPanel();
    bool isShowingResult() const;

Q_SIGNALS:
    void submitRequested();
    void newReportRequested();
    void followRequested(const QString& requestId);
    void edited();
    // Said to screen readers as an alert: it matters before the person moves on.
    void announced(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void recolourErrors();
    void recolourError(QLabel* label);
    void buildServiceColumn(QWidget* column);
    void buildLocationColumn(QWidget* column);
    void buildDetailsColumn(QWidget* column);
    QLabel* errorLabelFor(QWidget* field, Error::Field kind);
    void showFieldError(Error::Field field, const QString& message);
    void updateServiceDescription();
    void selectService(const QModelIndex& proxyIndex);
    QModelIndex selectedIndex() const;
    void searchAddress();
    void applyPlace(const GeoPlace& place);
    void pinMoved(const QGeoCoordinate& pin, bool byUser);
    void coordinatesEdited();
    static std::optional<double> degrees(const QLineEdit* edit, double limit);
    void updateCounter(int length);
    void updateDuplicateHint();
    void updateLocationNotice();
    void setLocationMessage(const QString& message);
    void askAboutStalePin();
    void cancelLocating();
    void retitle();
    QString shortcutHint(const QString& text, const QKeySequence& keys) const;

    ServiceListModel* m_services;
    ServiceFilterModel* m_filter;
    QSplitter* m_splitter;
    QHBoxLayout* m_touchButtonRow = nullptr;
    QStackedWidget* m_pages;
    ResultPanel* m_result = nullptr;

    QLineEdit* m_serviceFilter;
    QListView* m_serviceList;
    QLabel* m_serviceDescription;
    QLabel* m_servicesMessage;

    MapWidget* m_map;
    QLineEdit* m_address;
    QToolButton* m_searchButton;
    QPushButton* m_locateButton;
    QLineEdit* m_latitude;
    QLineEdit* m_longitude;
    QLabel* m_locationNotice;
    // Search results, locator answers: they give way to the standing notices once acted on.
    QString m_locationMessage;
    // The address the pin was placed for; an address edited since then no longer matches it.
    QString m_pinAddress;
    QLabel* m_serviceHeading = nullptr;
    QLabel* m_addressLabel = nullptr;
    QLabel* m_duplicateHint;
    QPushButton* m_followDuplicate;
    QList<FeedRequest> m_known;
    double m_duplicateRadius = 50;
    QString m_duplicateId;
    QString m_announcedHint;

    QLineEdit* m_firstName;
    QLineEdit* m_lastName;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QLineEdit* m_accountId;
    QLabel* m_accountIdLabel;
    DescriptionEdit* m_description;
    QLabel* m_counter;
    QLabel* m_descriptionNotice;
    QLineEdit* m_mediaUrl;
    QPushButton* m_submit;
    QLabel* m_formNotice;

    QHash<Error::Field, QLabel*> m_errorLabels;
    QHash<Error::Field, QWidget*> m_errorFields;
    Geocoder* m_geocoder = nullptr;
    PositionLocator* m_locator;
    QString m_deviceId;
    QString m_pendingServiceCode; // from a draft, until the services arrive
    bool m_addressTypedByUser = false;
    bool m_sending = false;
    bool m_filling = false;
    bool m_touch = false;
    bool m_askingAboutPin = false;
    QPointer<QMessageBox> m_pinQuestion;
};

} // namespace Open311
