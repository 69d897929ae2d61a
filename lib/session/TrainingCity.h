#pragma once

#include "core/Endpoint.h"
#include "core/Protocol.h"

#include <QObject>

#include <memory>

namespace Open311 {

class SandboxServer;

// The built-in training city, run inside the reporter's process so the app works with no
// server, account, key or network.
class TrainingCity : public QObject
{
    Q_OBJECT

public:
    explicit TrainingCity(QObject* parent = nullptr);
    ~TrainingCity() override;

    // Where the training city keeps its requests between runs: a trainee's Tracker follows
    // them after a restart, and new reports do not reuse the ids of earlier ones.
    static QString defaultPath();

    // Starts the server on a free loopback port; the error says why not, if it fails.
    // ":memory:" keeps nothing (kiosks).
    bool start(QString& error, const QString& dataPath = QStringLiteral(":memory:"));
    bool isRunning() const;

    // GeoReport v2 unless asked for v1; both reach the same records.
    Endpoint endpoint(Protocol protocol = Protocol::GeoReportV2) const;
    QString apiKey() const;
    QString tileUrlTemplate() const;
    QUrl serviceAreaUrl() const;
    QUrl geocoderUrl() const;
    // What its v2 service list takes as `locale`: English, and the catalogue's other languages.
    QStringList serverLocales() const;
    SandboxServer* server() const { return m_server.get(); }

private:
    std::unique_ptr<SandboxServer> m_server;
};

} // namespace Open311
