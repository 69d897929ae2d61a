#include "cli/TrackCommands.h"

#include "cli/CliJson.h"
#include "cli/CommandContext.h"
#include "cli/CommandLineWording.h"
#include "cli/CommandOutput.h"
#include "cli/CommandTable.h"
#include "cli/ReportSummary.h"
#include "core/Client.h"
#include "core/SecretRedactor.h"
#include "store/PendingTokens.h"
#include "store/TrackerPoller.h"
#include "store/TrackerStore.h"

#include <QJsonArray>

#include <memory>

namespace Open311 {

TrackCommands::TrackCommands(CommandContext& context)
    : QObject(&context)
    , m_context(context)
    , m_output(context.output())
    , m_stores(context.session(), context.output())
{ }

void TrackCommands::track(const QStringList& arguments)
{
    // The profile comes first: it decides whose requests these are.
    m_context.withProfile([this, arguments] { start(arguments); });
}

void TrackCommands::start(const QStringList& arguments)
{
    const QString action = arguments.value(0);
    if (action != QLatin1String("add") && action != QLatin1String("list")
        && action != QLatin1String("poll")) {
        m_output.usageError(tr("Use %1.").arg(CommandTable::synopsisList(QStringLiteral("track"))));
        return;
    }
    if (action == QLatin1String("add") && arguments.size() < 2) {
        m_output.usageError(tr("track add needs at least one service request id."));
        return;
    }
    if (action != QLatin1String("add") && arguments.size() != 1) {
        m_output.usageError(tr("track %1 takes no arguments.").arg(action));
        return;
    }
    // Requests are followed per profile (or endpoint), as the key that may see them belongs to it.
    const QString profile = m_context.profileKey();
    if (profile.isEmpty()) {
        m_output.usageError(CommandLineWording::noEndpoint());
        return;
    }
    if (!m_stores.tracker()) {
        m_output.usageError(m_stores.trackerError());
        return;
    }
    if (action == QLatin1String("add"))
        add(profile, arguments.mid(1));
    else if (action == QLatin1String("poll"))
        poll(profile);
    else
        list(profile);
}

void TrackCommands::add(const QString& profile, const QStringList& ids)
{
    for (const QString& id : ids) {
        TrackedRequest request;
        request.profile = profile;
        request.requestId = id;
        if (!m_stores.tracker()->add(request)) {
            m_output.usageError(
                tr("%1 could not be followed: the Tracker file %2 could not be "
                   "written (the disk may be full). Nothing already followed was lost.")
                    .arg(id, m_stores.tracker()->path()));
            return;
        }
    }
    m_output.err() << tr("%n request(s) followed.", nullptr, int(ids.size())) << Qt::endl;
    m_output.done(CommandOutput::Success);
}

void TrackCommands::list(const QString& profile)
{
    TrackerStore* tracker = m_stores.tracker();
    const QList<TrackedRequest> requests = tracker->list(profile);
    const QList<PendingTokens::Pending> tokens = tracker->tokens().list(profile);
    if (m_output.json()) {
        QJsonArray array;
        for (const PendingTokens::Pending& pending : tokens)
            array.append(CliJson::pendingToken(pending.token, pending.about));
        for (const TrackedRequest& r : requests)
            array.append(CliJson::tracked(r, tracker->history(profile, r.requestId)));
        m_output.print(array);
    } else {
        // Reports to a batch service that the city has not given an id yet.
        for (const PendingTokens::Pending& pending : tokens) {
            m_output.out() << tr("token %1").arg(pending.token) << '\t' << tr("no id yet") << '\t'
                           << pending.about.serviceName << '\t'
                           << ReportSummary::orDash(ReportSummary::place(pending.about.address,
                                  pending.about.latitude, pending.about.longitude))
                           << '\t' << '\n';
        }
        for (const TrackedRequest& r : requests) {
            m_output.out() << r.requestId << '\t' << ReportSummary::orDash(r.status) << '\t'
                           << r.serviceName << '\t'
                           << ReportSummary::orDash(
                                  ReportSummary::place(r.address, r.latitude, r.longitude))
                           << '\t' << (r.errorMessage.isEmpty() ? r.statusNotes : r.errorMessage)
                           << '\n';
        }
    }
    m_output.out().flush();
    m_output.done(CommandOutput::Success);
}

void TrackCommands::poll(const QString& profile)
{
    if (!m_context.setUpClient(false))
        return;
    Client* client = m_context.client();
    client->setMaxConcurrent(CommandContext::kStatusConcurrency);
    auto* poller = new TrackerPoller(m_stores.tracker(), client, profile, this);
    struct Round
    {
        int changed = 0;
        QJsonArray results;
    };
    auto round = std::make_shared<Round>();
    connect(poller, &TrackerPoller::statusChanged, this,
        [this, round](const TrackedRequest& r, const QString& previous) {
            ++round->changed;
            if (m_output.json()) {
                round->results.append(CliJson::statusChanged(r, previous));
            } else {
                m_output.out() << r.requestId << '\t' << previous << " -> " << r.status << '\t'
                               << r.statusNotes << '\n';
            }
        });
    connect(poller, &TrackerPoller::checkFailed, this,
        [this, round](const QString& id, const Error& error) {
            if (m_output.json())
                round->results.append(CliJson::requestFailure(id, error));
            m_output.err() << tr("%1: %2").arg(id, SecretRedactor::redact(error.message()))
                           << Qt::endl;
        });
    connect(poller, &TrackerPoller::tokenResolved, this,
        [this](const QString& token, const QString& id) {
            m_output.err() << tr("Token %1 is now request %2.").arg(token, id) << Qt::endl;
        });
    connect(poller, &TrackerPoller::roundFinished, this, [this, round](int checked, int failed) {
        if (m_output.json())
            m_output.print(round->results);
        m_output.out().flush();
        m_output.err()
            << tr("%1 checked, %2 changed, %3 failed.").arg(checked).arg(round->changed).arg(failed)
            << Qt::endl;
        // Any failed check exits 4, whatever the kind of its error.
        m_output.done(failed > 0 ? CommandOutput::TransportError : CommandOutput::Success);
    });
    poller->refreshAll();
}

} // namespace Open311
