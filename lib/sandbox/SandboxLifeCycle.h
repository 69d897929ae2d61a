#pragma once

#include "core/RequestStatus.h"
#include "sandbox/SandboxStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace Open311 {

class SandboxCatalogue;
struct SandboxOptions;

// How a training-city request moves from open to closed: each one gets its own reproducible
// timing and notes from the seed and its id, and is closed as a duplicate only when an earlier
// open request of its service lies at the same spot. v1 and v2 see the same life: v2 adds when it
// was requested and last updated, when it is expected to close and which agency has it.
class SandboxLifeCycle
{
    // The notes were SandboxServer's strings, and keep their translations under its name.
    Q_DECLARE_TR_FUNCTIONS(Open311::SandboxServer)

public:
    explicit SandboxLifeCycle(const SandboxOptions& options);

    // The requests a duplicate can be of; with none, nothing is a duplicate.
    void setStore(const SandboxStore* store);
    // Where the agency responsible for a service comes from; with none, no agency is named.
    void setCatalogue(const SandboxCatalogue* catalogue);
    // What status_update says about a request at this moment, with v2's status_notes,
    // agency_responsible and requested, updated and expected datetimes.
    RequestStatus statusOf(const SandboxStore::Request& request, qint64 nowMs) const;

    // ISO 8601 with the local offset, to the second: 2026-12-01T14:30:00+01:00.
    static QString isoDateTime(qint64 ms);

private:
    // A request's own timing and notes, drawn from the seed and its id.
    struct Stages
    {
        double firstStageMs = 0; // open, without notes
        double secondStageMs = 0; // open, with notes
        int progressNote = 0;
        int closingNote = 0;
    };
    Stages stagesOf(const QString& id) const;
    // An earlier request of the same service, still open when this one came in, lies near it.
    bool isDuplicate(const SandboxStore::Request& request) const;

    quint64 m_seed;
    double m_paceMs;
    const SandboxStore* m_store = nullptr;
    const SandboxCatalogue* m_catalogue = nullptr;
    // By id: what came before a request never changes, and asking costs a query per request.
    mutable QHash<QString, bool> m_duplicates;
};

} // namespace Open311
