#include "cli/DiscoveryCommand.h"

#include "cli/CliJson.h"
#include "cli/CommandContext.h"
#include "cli/CommandLineWording.h"
#include "cli/CommandOutput.h"
#include "core/Client.h"
#include "core/FutureCallback.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QTextStream>

namespace Open311 {

DiscoveryCommand::DiscoveryCommand(CommandContext& context)
    : QObject(&context)
    , m_context(context)
    , m_output(context.output())
{ }

void DiscoveryCommand::discover(const QStringList& arguments)
{
    if (arguments.size() != 1) {
        m_output.usageError(tr("discover takes one URL: a discovery document, or the folder "
                               "that holds discovery.json."));
        return;
    }
    // A discovery document needs no key and belongs to no jurisdiction yet.
    const Endpoint endpoint(QUrl(arguments.constFirst(), QUrl::StrictMode), QString(),
        m_context.options().isSet(QStringLiteral("allow-http")), Protocol::GeoReportV2);
    if (std::optional<Error> invalid = endpoint.check()) {
        m_output.fail(CommandLineWording::forEndpoint(*invalid, endpoint));
        return;
    }
    auto* client = new Client(endpoint, ApiKeyProvider(), this);
    onResult(client->discovery(), this, [this](const Result<Discovery>& result) {
        if (!result.ok()) {
            m_output.fail(result.error());
            return;
        }
        print(result.value());
    });
}

void DiscoveryCommand::print(const Discovery& discovery)
{
    const DiscoveryEndpoint* preferred = discovery.preferred();
    if (m_output.json()) {
        QJsonArray array;
        for (const DiscoveryEndpoint& endpoint : discovery.endpoints)
            array.append(CliJson::discoveryEndpoint(endpoint, &endpoint == preferred));
        m_output.print(array);
    } else {
        QTextStream& out = m_output.out();
        for (const DiscoveryEndpoint& endpoint : discovery.endpoints) {
            out << (&endpoint == preferred ? "* " : "  ") << endpoint.url.toString() << '\t'
                << endpoint.specification << '\t' << endpoint.type << '\t'
                << endpoint.formats.join(QLatin1Char(',')) << '\n';
        }
        out.flush();
        // Who to ask for a key is for people, so it goes beside the list, not into it.
        if (preferred)
            m_output.err() << tr("* the endpoint to use: production GeoReport v2.") << '\n';
        else
            m_output.err() << tr("This document lists no GeoReport v2 endpoint.") << '\n';
        if (!discovery.contact.isEmpty())
            m_output.err() << tr("Contact: %1").arg(discovery.contact) << '\n';
        if (!discovery.keyService.isEmpty())
            m_output.err() << tr("API keys: %1").arg(discovery.keyService) << '\n';
        m_output.err().flush();
    }
    m_output.out().flush();
    m_output.done(CommandOutput::Success);
}

} // namespace Open311
