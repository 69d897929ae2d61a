#pragma once

#include "core/CreateResult.h"
#include "core/Discovery.h"
#include "core/Error.h"
#include "core/Profile.h"
#include "core/RequestStatus.h"
#include "core/Service.h"
#include "core/ServiceDefinition.h"
#include "store/OutboxEntry.h"
#include "store/TrackedRequest.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Open311 {

// Every JSON shape that `open311 --json` prints, and the only place in lib/cli that names a
// JSON key. Scripts depend on these shapes as README.md documents them; cli_json_test holds
// them to it. An absent value is null rather than a missing key, so scripts need not test for
// keys.
class CliJson
{
public:
    // {"kind","code","message"} plus "detail" when there is one; code is null when there is none.
    static QJsonObject error(const Error& error);
    // {"error":{...}}: what stdout holds for a failure of the whole command.
    static QJsonObject failure(const Error& error);

    // `services`: {"service_code","service_name","service_description"} and v2's "group",
    // "type", "metadata" and "keywords" (null, false and [] over v1).
    static QJsonObject service(const Service& service);
    // `definition`: {"service_code","attributes":[{"code","variable","datatype","required",
    // "description","datatype_description","order","values":[{"key","name"}]}]}.
    static QJsonObject definition(const ServiceDefinition& definition);
    // `discover`: {"specification","url","changeset","type","formats","preferred"}.
    static QJsonObject discoveryEndpoint(const DiscoveryEndpoint& endpoint, bool preferred);
    // `submit`: {"service_request_id" or "token","service_notice","service_level_agreement"
    // (v1's name for the same text),"account_id"}.
    static QJsonObject created(const CreateResult& created);
    // `status`, `requests`, `token`: {"service_request_id","status","status_notes",
    // "service_name"} and every v2 field the server gave, by the spec's names.
    static QJsonObject status(const RequestStatus& status);
    // `status` and `track poll`, for one id that failed: {"service_request_id","error"}.
    static QJsonObject requestFailure(const QString& requestId, const Error& error);

    // `profiles`: {"id","name","base_url","city_id","protocol","training","deprecated","managed",
    // "note"}; protocol is "v1" or "v2".
    static QJsonObject profile(const Profile& profile, bool managed);

    // `outbox list`: the entry's own fields plus the request's, by the spec's argument names.
    static QJsonObject outboxEntry(const OutboxEntry& entry);
    // `outbox flush` and `resend`: {"id","service_request_id"} for a report sent ...
    static QJsonObject sent(qint64 localId, const CreateResult& created);
    // ... and {"id","state","error"} for one that was not.
    static QJsonObject notSent(qint64 localId, OutboxEntry::State state, const Error& error);

    // `track list`: the request as last checked, with the history of its statuses.
    static QJsonObject tracked(const TrackedRequest& request, const QList<StatusChange>& history);
    // `track list`, for a batch service's report with no id yet: {"service_request_id":null,
    // "token","service_name","status":null,"address","lat","lon","submitted"}.
    static QJsonObject pendingToken(const QString& token, const TrackedRequest& about);
    // One step of that history: {"at","status","notes"}.
    static QJsonObject historyStep(const StatusChange& change);
    // `track poll`: {"service_request_id","previous_status","status","status_notes"}.
    static QJsonObject statusChanged(const TrackedRequest& request, const QString& previousStatus);

    // A moment as scripts read it: ISO 8601 in UTC ("2024-05-01T09:30:00Z").
    static QString time(qint64 msSinceEpoch);
};

} // namespace Open311
