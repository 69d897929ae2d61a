#pragma once

#include "cli/CommandStores.h"
#include "core/CreateResult.h"
#include "core/NewRequest.h"
#include "core/RequestStatus.h"
#include "core/Result.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

class QThread;

namespace Open311 {

class CommandContext;
class CommandOutput;

// `open311 submit` and `open311 status`: a new report to the city, and the city's word on
// existing ones.
class RequestCommands : public QObject
{
    Q_OBJECT

public:
    explicit RequestCommands(CommandContext& context);
    ~RequestCommands() override;

    void submit(const QStringList& arguments);
    void status(const QStringList& arguments);

private:
    // The report the submit options describe; nullopt after failing the command.
    std::optional<NewRequest> requestFromOptions();
    // GeoReport v2: the service exists and the attributes fit its definition, then send.
    // A place outside the service area needs --outside-area.
    void checkAreaThenSend(const NewRequest& request);
    void checkThenSend(const NewRequest& request);
    void send(const NewRequest& request);
    void sendThroughOutbox(const OutboxEntry& entry);
    void printCreated(const CreateResult& created);
    void fetchStatuses(const QStringList& ids);
    using Delivery = std::function<void(qsizetype, const Result<RequestStatus>&)>;
    void fetchStatusesInLists(const QStringList& ids, const Delivery& deliver);

    CommandContext& m_context;
    CommandOutput& m_output;
    CommandStores m_stores;
    QList<QThread*> m_workers;
};

} // namespace Open311
