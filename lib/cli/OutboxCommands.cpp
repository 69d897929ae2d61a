#include "cli/OutboxCommands.h"

#include "cli/CliJson.h"
#include "cli/CommandContext.h"
#include "cli/CommandOutput.h"
#include "cli/CommandTable.h"
#include "cli/ReportSummary.h"
#include "core/Client.h"
#include "core/SecretRedactor.h"
#include "profiles/KeyVault.h"
#include "store/Outbox.h"
#include "store/OutboxSender.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QTimer>

#include <memory>

namespace Open311 {

OutboxCommands::OutboxCommands(CommandContext& context)
    : QObject(&context)
    , m_context(context)
    , m_output(context.output())
    , m_stores(context.session(), context.output())
{ }

void OutboxCommands::outbox(const QStringList& arguments)
{
    // The profile comes first, as its errors are the same whatever the action.
    m_context.withProfile([this, arguments] { start(arguments); });
}

void OutboxCommands::start(const QStringList& arguments)
{
    const QString action = arguments.value(0);
    static const QStringList actions = { QStringLiteral("list"), QStringLiteral("flush"),
        QStringLiteral("resend"), QStringLiteral("discard") };
    if (!actions.contains(action)) {
        m_output.usageError(
            tr("Use %1.").arg(CommandTable::synopsisList(QStringLiteral("outbox"))));
        return;
    }
    const bool needsId = action == QLatin1String("resend") || action == QLatin1String("discard");
    bool ok = false;
    const qint64 localId = arguments.value(1).toLongLong(&ok);
    if (needsId && (arguments.size() != 2 || !ok)) {
        m_output.usageError(
            tr("outbox %1 takes the number of one report (see: open311 outbox list).").arg(action));
        return;
    }
    if (!needsId && arguments.size() != 1) {
        m_output.usageError(tr("outbox %1 takes no arguments.").arg(action));
        return;
    }
    if (!m_stores.openOutbox())
        return;
    if (action == QLatin1String("list"))
        list();
    else if (action == QLatin1String("discard"))
        discard(localId);
    else
        send(action, localId);
}

void OutboxCommands::list()
{
    const QUrl endpoint = m_context.chosenEndpoint();
    // Without an endpoint there is no "this endpoint" to keep to.
    const bool all = m_context.options().isSet(QStringLiteral("all")) || endpoint.isEmpty();
    QList<OutboxEntry> shown;
    int elsewhere = 0;
    for (const OutboxEntry& e : m_stores.outbox()->list(true)) {
        if (all || e.endpoint == endpoint)
            shown.append(e);
        else
            ++elsewhere;
    }
    if (m_output.json()) {
        QJsonArray array;
        for (const OutboxEntry& e : std::as_const(shown))
            array.append(CliJson::outboxEntry(e));
        m_output.print(array);
    } else {
        for (const OutboxEntry& e : std::as_const(shown)) {
            QStringList columns { QString::number(e.localId), OutboxEntry::stateName(e.state) };
            if (all)
                columns << e.endpoint.toString();
            columns << ReportSummary::orDash(ReportSummary::service(e))
                    << ReportSummary::orDash(ReportSummary::place(e))
                    << ReportSummary::orDash(ReportSummary::excerpt(e.request.description))
                    << QDateTime::fromMSecsSinceEpoch(e.createdMs).toString(Qt::ISODate)
                    << e.reason;
            m_output.out() << columns.join(QLatin1Char('\t')) << '\n';
        }
    }
    m_output.out().flush();
    advise(shown, elsewhere);
    m_output.done(CommandOutput::Success);
}

void OutboxCommands::discard(qint64 localId)
{
    if (!m_stores.outbox()->discard(localId)) {
        m_output.usageError(
            tr("There is no report %1 in the outbox that can be discarded.").arg(localId));
        return;
    }
    m_output.err() << tr("Report %1 was removed from the outbox.").arg(localId) << Qt::endl;
    m_output.done(CommandOutput::Success);
}

void OutboxCommands::advise(const QList<OutboxEntry>& entries, int elsewhere)
{
    QStringList rejected;
    QStringList unknown;
    for (const OutboxEntry& e : entries) {
        if (e.state == OutboxEntry::State::Rejected)
            rejected << QString::number(e.localId);
        else if (e.state == OutboxEntry::State::OutcomeUnknown)
            unknown << QString::number(e.localId);
    }
    QTextStream& err = m_output.err();
    // A rejected report stays until a person acts; say which ones, and how.
    if (!rejected.isEmpty()) {
        err << tr("Rejected by the city: %1. Fix the problem (for a wrong key, set %2), then "
                  "`open311 outbox resend ID`, or `open311 outbox discard ID`.")
                   .arg(rejected.join(QStringLiteral(", ")), KeyVault::kEnvironmentVariable)
            << Qt::endl;
    }
    if (!unknown.isEmpty()) {
        err << tr("Perhaps received by the city: %1. If the city does not have it, "
                  "`open311 outbox resend ID`; if it does, `open311 outbox discard ID`.")
                   .arg(unknown.join(QStringLiteral(", ")))
            << Qt::endl;
    }
    if (elsewhere > 0) {
        err << tr("%1 more wait for other endpoints (see: open311 outbox list --all).")
                   .arg(elsewhere)
            << Qt::endl;
    }
}

void OutboxCommands::send(const QString& action, qint64 localId)
{
    Outbox* outbox = m_stores.outbox();
    const bool resend = action == QLatin1String("resend");
    std::optional<OutboxEntry> entry;
    if (resend) {
        // What can be told without the network or a key comes first.
        entry = outbox->find(localId);
        if (!entry) {
            m_output.usageError(
                tr("There is no report %1 in the outbox (see: open311 outbox list).").arg(localId));
            return;
        }
        if (entry->state == OutboxEntry::State::Sent) {
            m_output.usageError(tr("Report %1 was sent already; the city's request id is %2.")
                                    .arg(localId)
                                    .arg(entry->serviceRequestId));
            return;
        }
    }
    // flush and resend send over the network: they need the endpoint and the key.
    if (!m_context.setUpClient())
        return;
    Client* client = m_context.client();
    const QUrl endpoint = client->endpoint().baseUrl();
    if (entry && entry->endpoint != endpoint) {
        m_output.usageError(tr("Report %1 waits for another endpoint, %2. Give --endpoint %2 (with "
                               "its city id and key) to resend it.")
                                .arg(localId)
                                .arg(entry->endpoint.toString()));
        return;
    }
    if (entry && entry->protocol != client->endpoint().protocol()) {
        m_output.usageError(tr("Report %1 was written for GeoReport %2. Give --protocol %2 to "
                               "resend it.")
                                .arg(localId)
                                .arg(protocolShortName(entry->protocol)));
        return;
    }
    m_sender = new OutboxSender(
        outbox,
        [client](const OutboxEntry& e) {
            // A key is only ever sent to the endpoint it was given for.
            return e.goesTo(client->endpoint()) ? client : nullptr;
        },
        this);
    m_sender->setAutomaticRetries(false);
    struct Round
    {
        int worst = CommandOutput::Success;
        int sent = 0;
        QJsonArray results;
        bool over = false;
    };
    auto round = std::make_shared<Round>();
    connect(m_sender, &OutboxSender::entrySent, this,
        [this, round](qint64 id, const CreateResult& created) {
            ++round->sent;
            m_stores.followSent(id, created);
            if (m_output.json())
                round->results.append(CliJson::sent(id, created));
            else
                m_output.out() << id << '\t' << created.serviceRequestId << '\n';
        });
    connect(m_sender, &OutboxSender::entryFailed, this,
        [this, round](qint64 id, const Error& error, OutboxEntry::State state) {
            round->worst = qMax(round->worst, error.exitCode());
            if (m_output.json())
                round->results.append(CliJson::notSent(id, state, error));
            m_output.err() << tr("Report %1 (%2): %3")
                                  .arg(id)
                                  .arg(OutboxEntry::stateName(state),
                                      SecretRedactor::redact(error.message()))
                           << Qt::endl;
        });
    auto finish = [this, round, endpoint] {
        // A report that fails before reaching the network finishes inside flush(), which then
        // goes on to send the next: the outbox is idle only when no send is left.
        if (round->over || m_sender->isBusy())
            return;
        round->over = true;
        if (m_output.json())
            m_output.print(round->results);
        m_output.out().flush();
        QList<OutboxEntry> waiting;
        int elsewhere = 0;
        for (const OutboxEntry& e : m_stores.outbox()->list(true)) {
            if (e.endpoint == endpoint)
                waiting.append(e);
            else
                ++elsewhere;
        }
        m_output.err() << tr("%n report(s) sent; %1 still in the outbox.", nullptr, round->sent)
                              .arg(waiting.size())
                       << Qt::endl;
        advise(waiting, elsewhere);
        m_output.done(round->worst);
    };
    connect(m_sender, &OutboxSender::idle, this,
        [this, finish] { QTimer::singleShot(0, this, finish); });
    if (resend) {
        // A person asked for this, knowing it may file the report twice.
        if (entry->state != OutboxEntry::State::Queued && !outbox->resend(localId)) {
            m_output.usageError(tr("Report %1 is being sent by another process.").arg(localId));
            return;
        }
        if (!m_sender->sendNow(localId))
            m_output.usageError(tr("Report %1 is being sent by another process.").arg(localId));
        return;
    }
    m_sender->flush(true);
}

} // namespace Open311
