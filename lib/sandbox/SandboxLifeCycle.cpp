#include "sandbox/SandboxLifeCycle.h"

#include "sandbox/SandboxCatalogue.h"
#include "sandbox/SandboxCity.h"
#include "sandbox/SandboxOptions.h"

#include <QDateTime>
#include <QtMath>

#include <cmath>
#include <iterator>
#include <optional>

namespace Open311 {

namespace {

const char* const kProgressNotes[] = {
    QT_TRANSLATE_NOOP("Open311::SandboxServer", "Assigned to crew"),
    QT_TRANSLATE_NOOP("Open311::SandboxServer", "Inspection scheduled"),
    QT_TRANSLATE_NOOP("Open311::SandboxServer", "Crew on site"),
};
const char* const kClosingNotes[] = {
    QT_TRANSLATE_NOOP("Open311::SandboxServer", "Repaired. Thank you for your report."),
    QT_TRANSLATE_NOOP("Open311::SandboxServer", "Completed by the street maintenance crew."),
};
const char* const kDuplicateNote
    = QT_TRANSLATE_NOOP("Open311::SandboxServer", "Duplicate of an earlier report; closed.");

// What the city's crews would call the same spot.
constexpr double kDuplicateMeters = 50.0;

struct Position
{
    double latitude = 0;
    double longitude = 0;
};

// Where a request is: its coordinates, or else the point its address names in the city.
std::optional<Position> positionOf(const NewRequest& request)
{
    if (request.latitude && request.longitude)
        return Position { *request.latitude, *request.longitude };
    if (const std::optional<SandboxCity::Place> place = SandboxCity::locate(request.addressString))
        return Position { place->latitude, place->longitude };
    return std::nullopt;
}

bool sameSpot(const NewRequest& a, const std::optional<Position>& here, const NewRequest& b)
{
    const std::optional<Position> there = positionOf(b);
    if (here && there) {
        // Flat is exact enough at 50 m.
        const double metersPerDegree = 111320.0;
        const double north = (there->latitude - here->latitude) * metersPerDegree;
        const double east = (there->longitude - here->longitude) * metersPerDegree
            * std::cos(qDegreesToRadians((here->latitude + there->latitude) / 2.0));
        return std::hypot(north, east) <= kDuplicateMeters;
    }
    const QString address = a.addressString.simplified();
    return !address.isEmpty()
        && address.compare(b.addressString.simplified(), Qt::CaseInsensitive) == 0;
}

} // namespace

SandboxLifeCycle::SandboxLifeCycle(const SandboxOptions& options)
    : m_seed(options.seed)
    , m_paceMs(options.paceSeconds * 1000.0)
{ }

void SandboxLifeCycle::setStore(const SandboxStore* store)
{
    m_store = store;
    m_duplicates.clear();
}

void SandboxLifeCycle::setCatalogue(const SandboxCatalogue* catalogue)
{
    m_catalogue = catalogue;
}

QString SandboxLifeCycle::isoDateTime(qint64 ms)
{
    const int offset = QDateTime::fromMSecsSinceEpoch(ms).offsetFromUtc();
    QString text
        = QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, offset).toString(Qt::ISODate);
    // The spec's examples write every offset as digits; Qt writes "Z" for UTC.
    if (text.endsWith(QLatin1Char('Z'))) {
        text.chop(1);
        text += QStringLiteral("+00:00");
    }
    return text;
}

SandboxLifeCycle::Stages SandboxLifeCycle::stagesOf(const QString& id) const
{
    // splitmix64: seeding a QRandomGenerator per lookup cost a tenth of the server's time.
    quint64 state = m_seed ^ (quint64(id.toLongLong()) * 0x9E3779B97F4A7C15ull);
    auto next = [&state] {
        quint64 z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    };
    auto unit = [&next] { return double(next() >> 11) / double(1ull << 53); };
    Stages cycle;
    cycle.firstStageMs = m_paceMs * (1.0 + 0.5 * unit());
    cycle.secondStageMs = m_paceMs * (1.0 + 0.5 * unit());
    cycle.progressNote = int(next() % std::size(kProgressNotes));
    cycle.closingNote = int(next() % std::size(kClosingNotes));
    return cycle;
}

bool SandboxLifeCycle::isDuplicate(const SandboxStore::Request& request) const
{
    if (!m_store)
        return false;
    const auto known = m_duplicates.constFind(request.id);
    if (known != m_duplicates.cend())
        return *known;
    bool duplicate = false;
    const std::optional<Position> here = positionOf(request.request);
    m_store->forEachEarlier(
        request.request.serviceCode, request.id, [&](const SandboxStore::Request& other) {
            // One the city had closed by then was fixed: this is a new problem at that spot.
            const Stages cycle = stagesOf(other.id);
            const double closedMs
                = double(other.createdMs) + cycle.firstStageMs + cycle.secondStageMs;
            if (closedMs > double(request.createdMs)
                && sameSpot(request.request, here, other.request))
                duplicate = true;
            return !duplicate;
        });
    m_duplicates.insert(request.id, duplicate);
    return duplicate;
}

RequestStatus SandboxLifeCycle::statusOf(const SandboxStore::Request& request, qint64 nowMs) const
{
    // Each request gets its own reproducible timing and notes from the seed and its id; a
    // duplicate note only where there is something it duplicates.
    const Stages cycle = stagesOf(request.id);
    const double age = double(nowMs - request.createdMs);

    const double closedMs = double(request.createdMs) + cycle.firstStageMs + cycle.secondStageMs;

    RequestStatus status;
    status.serviceRequestId = request.id;
    status.serviceName = request.serviceName;
    status.serviceCode = request.request.serviceCode;
    status.requestedDatetime = isoDateTime(request.createdMs);
    double updatedMs = double(request.createdMs);
    if (age < cycle.firstStageMs) {
        status.status = QStringLiteral("open");
    } else if (age < cycle.firstStageMs + cycle.secondStageMs) {
        status.status = QStringLiteral("open");
        status.statusNotes = tr(kProgressNotes[cycle.progressNote]);
        updatedMs += cycle.firstStageMs;
    } else {
        status.status = QStringLiteral("closed");
        status.statusNotes
            = isDuplicate(request) ? tr(kDuplicateNote) : tr(kClosingNotes[cycle.closingNote]);
        updatedMs = closedMs;
    }
    status.updatedDatetime = isoDateTime(qint64(updatedMs));
    // When the crews will have closed it, as the service level promises.
    status.expectedDatetime = isoDateTime(qint64(closedMs));
    // The agency is named once the request is assigned, in the second stage.
    if (m_catalogue && age >= cycle.firstStageMs)
        status.agencyResponsible = m_catalogue->agencyResponsible(request.request.serviceCode);
    return status;
}

} // namespace Open311
