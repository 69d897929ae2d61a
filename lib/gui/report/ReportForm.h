#pragma once

#include "core/CreateResult.h"
#include "core/Error.h"
#include "core/NewRequest.h"
#include "core/Service.h"
#include "core/ServiceDefinition.h"
#include "map/FeedRequest.h"

#include <QGeoCoordinate>
#include <QWidget>

class QLabel;
class QSplitter;
class QStackedWidget;

namespace Open311 {

class DuplicateHint;
class FieldErrors;
class Geocoder;
class LocationSection;
class MapWidget;
class ReportDetails;
class ResultPanel;
class ServicePicker;
class TileSource;

// The form in which a report is written: service, location, contact, description, media link.
// The order of the fields, and of Tab, is the order of a phone call. Its columns are
// ServicePicker, LocationSection and ReportDetails; the result of a report replaces the third.
class ReportForm : public QWidget
{
    Q_OBJECT

public:
    explicit ReportForm(QWidget* parent = nullptr);
    ~ReportForm() override;

    void setServices(const ServiceList& services);
    // GeoReport v2: the questions of the service asked for through definitionWanted(), or why
    // they could not be had. Answers for another service than the chosen one are ignored.
    void setDefinition(const QString& serviceCode, const ServiceDefinition& definition);
    void setDefinitionProblem(const QString& serviceCode, const QString& message);
    // A new jurisdiction: the chosen service's questions are asked of it afresh.
    void resetDefinition();
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
    // What came of the user's own send moves focus to Send, which then says it.
    void showNotice(const QString& message, bool fromSend = false);
    // A notice about something else than a send (a draft that could not be saved): a send in
    // flight keeps Send disabled.
    void showBackgroundNotice(const QString& message);

    // The whole form as JSON, for drafts, and back; the photos go apart, written only when
    // they change.
    QByteArray toDraft() const;
    void fromDraft(const QByteArray& json);
    // A jurisdiction's saved draft, text and photos together (no photos: another
    // jurisdiction's must not stay with its text); nothing saved keeps the form as it is.
    void restoreDraft(const QByteArray& json, const MediaFiles& photos);
    // A discovery document's test endpoint: a banner says that nothing sent there is real.
    void setTestServer(bool test);
    // The third column: photos (ReportDetails::photos(), setPhotoRules()) and the rest.
    ReportDetails* details() const { return m_details; }
    LocationSection* location() const { return m_location; }
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
    // The chosen service has questions of its own (v2 metadata); setDefinition() answers.
    void definitionWanted(const QString& serviceCode);
    void edited();
    void photosChanged();
    // Said to screen readers as an alert: it matters before the person moves on.
    void announced(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void requestSubmit();
    void updateDuplicateHint();
    void retitle();
    void updateDefinition();
    void chainTabOrder();

    // Made first: each column puts its fields' problem labels in it as it is built.
    FieldErrors* m_errors;
    QLabel* m_testBanner;
    DuplicateHint* m_duplicates;
    QSplitter* m_splitter;
    ServicePicker* m_services;
    LocationSection* m_location;
    MapWidget* m_map;
    QStackedWidget* m_pages;
    ReportDetails* m_details;
    ResultPanel* m_result = nullptr;

    QString m_deviceId;
    QString m_definitionFor; // the service whose questions are shown or awaited
    bool m_definitionAsked = false; // the service has a definition
    bool m_definitionReady = true;
    // The city could not say: the report still goes (to the outbox, offline), and the city
    // itself tells what it misses.
    bool m_definitionUnavailable = false;
    bool m_sending = false;
    bool m_touch = false;
};

} // namespace Open311
