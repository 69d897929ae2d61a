#pragma once

#include "core/Discovery.h"
#include "core/Profile.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Open311 {

class Client;

// "Add a city": reads the city's discovery document, or, where there is none, asks the address
// itself whether it is a GeoReport v2 or v1 endpoint, and turns the endpoint the user picks into
// a Profile. No API key is involved: reading needs none, and the caller asks for one later.
class AddCityDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddCityDialog(QWidget* parent = nullptr);

    // The city as chosen; meaningful once the dialog is accepted. The id is left empty for the
    // caller to assign.
    Profile profile() const;

    void setUrl(const QString& url);
    // What the Read button does: reads the address in the field, and forgets any earlier read.
    void read();

Q_SIGNALS:
    // A read ended; ok when at least one endpoint is offered. Emitted before read() returns
    // when the address is refused without asking anyone.
    void readFinished(bool ok);

private:
    QUrl typedUrl() const;
    Client* newClient(const Endpoint& endpoint);
    void readAsEndpoint(
        const QUrl& url, bool allowPlainHttp, const Error& discoveryError, quint64 generation);
    void showDiscovery(const Discovery& discovery);
    void offer(const QList<DiscoveryEndpoint>& endpoints, int preferredRow);
    void showCityText(const QString& contact, const QString& keyService);
    void clearResults();
    void finishRead(bool ok, const QString& text);
    const DiscoveryEndpoint* selectedEndpoint() const;
    QString blocker() const;
    void updateButtons();

    QList<DiscoveryEndpoint> m_endpoints; // one per row of m_endpointList
    QString m_keyService;
    QString m_readText; // how the last read ended, shown when nothing blocks OK
    QString m_prefilledName;
    quint64 m_generation = 0;
    bool m_reading = false;
    QPointer<Client> m_client;

    QLineEdit* m_url;
    QCheckBox* m_allowHttp;
    QPushButton* m_read;
    QLabel* m_cityText;
    QListWidget* m_endpointList;
    QLineEdit* m_cityId;
    QLineEdit* m_name;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
    QPushButton* m_ok;
    QPushButton* m_cancel;
};

} // namespace Open311
