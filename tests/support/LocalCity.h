#pragma once

#include "core/Client.h"
#include "sandbox/SandboxServer.h"

#include <memory>

namespace Open311::Testing {

// A training city of the test's own on 127.0.0.1, and a client that holds its key.
class LocalCity
{
public:
    bool start(const SandboxOptions& options, QString& error)
    {
        m_server = std::make_unique<SandboxServer>(options);
        if (!m_server->start(error))
            return false;
        m_client = std::make_unique<Client>(
            Endpoint(m_server->endpointUrl(), SandboxOptions::kTrainingCityId),
            [] { return SandboxOptions::kTrainingKey; });
        return true;
    }

    SandboxServer& server() { return *m_server; }
    Client& client() { return *m_client; }

private:
    // Declared first so that the client goes before the server it talks to.
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Client> m_client;
};

} // namespace Open311::Testing
