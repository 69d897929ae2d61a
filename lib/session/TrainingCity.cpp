#include "session/TrainingCity.h"

#include "sandbox/SandboxServer.h"

#include <QDir>
#include <QStandardPaths>

namespace Open311 {

TrainingCity::TrainingCity(QObject* parent)
    : QObject(parent)
{ }

TrainingCity::~TrainingCity() = default;

QString TrainingCity::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("open311-reporter/training-city.sqlite"));
}

bool TrainingCity::start(QString& error, const QString& dataPath)
{
    SandboxOptions options;
    options.dataPath = dataPath;
    // Fast enough that a trainee sees a report move within a few minutes.
    options.paceSeconds = 60;
    // The map keeps the tiles it is sent in its own memory cache, and one it has dropped is
    // drawn again in about a millisecond; a second copy of every tile rendered, up to 32 MB as
    // the trainee pans, only cost memory here.
    options.tileCacheBytes = 0;
    auto server = std::make_unique<SandboxServer>(options);
    if (!server->start(error))
        return false;
    m_server = std::move(server);
    return true;
}

bool TrainingCity::isRunning() const
{
    return m_server != nullptr;
}

Endpoint TrainingCity::endpoint(Protocol protocol) const
{
    if (!m_server)
        return Endpoint();
    if (protocol == Protocol::GeoReportV1)
        return Endpoint(m_server->endpointUrl(), m_server->options().cityId);
    return Endpoint(m_server->v2EndpointUrl(), m_server->options().cityId, false,
        Protocol::GeoReportV2, WireFormat::Json);
}

QString TrainingCity::apiKey() const
{
    return SandboxOptions::kTrainingKey;
}

QString TrainingCity::tileUrlTemplate() const
{
    return m_server ? m_server->tileUrlTemplate() : QString();
}

QUrl TrainingCity::serviceAreaUrl() const
{
    return m_server ? m_server->serviceAreaUrl() : QUrl();
}

QStringList TrainingCity::serverLocales() const
{
    if (!m_server)
        return {};
    return QStringList { QStringLiteral("en") } + m_server->catalogue().locales();
}

QUrl TrainingCity::geocoderUrl() const
{
    return m_server ? m_server->geocoderUrl() : QUrl();
}

} // namespace Open311
