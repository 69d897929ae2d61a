#include "cli/RequestCommands.h"

#include "cli/CliJson.h"
#include "cli/CommandContext.h"
#include "cli/CommandLineWording.h"
#include "cli/CommandOutput.h"
#include "core/Client.h"
#include "core/FutureCallback.h"
#include "map/ServiceAreaLoader.h"
#include "profiles/ProfileStore.h"
#include "sandbox/SandboxCity.h"
#include "session/PhotoPreparer.h"
#include "store/Outbox.h"
#include "store/OutboxSender.h"

#include <QCommandLineParser>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QThread>

#include <algorithm>

#include <memory>

namespace Open311 {

namespace {

constexpr int kIdsPerWorker = 64;
// GeoReport v2 lists several ids in one call; 50 keeps the URL well under common limits.
constexpr int kIdsPerQuery = 50;

} // namespace

RequestCommands::RequestCommands(CommandContext& context)
    : QObject(&context)
    , m_context(context)
    , m_output(context.output())
    , m_stores(context.session(), context.output())
{ }

RequestCommands::~RequestCommands()
{
    // The workers' clients answer into this object; stop them before it goes.
    for (QThread* thread : std::as_const(m_workers)) {
        thread->quit();
        thread->wait();
    }
}

void RequestCommands::submit(const QStringList& arguments)
{
    if (!arguments.isEmpty()) {
        m_output.usageError(tr("submit takes no positional arguments; use the options."));
        return;
    }
    m_context.withProfile([this] {
        if (!m_context.setUpClient())
            return;
        if (const std::optional<NewRequest> request = requestFromOptions())
            checkAreaThenSend(*request);
    });
}

void RequestCommands::checkAreaThenSend(const NewRequest& request)
{
    const auto go = [this, request] {
        if (m_context.client()->endpoint().protocol() == Protocol::GeoReportV2)
            checkThenSend(request);
        else
            send(request);
    };
    const std::optional<Profile> profile = m_context.profile();
    if (!profile || profile->serviceArea.isEmpty() || !request.latitude || !request.longitude) {
        go();
        return;
    }
    auto* loader = new ServiceAreaLoader(this);
    connect(loader, &ServiceAreaLoader::failed, this, [this, loader, go](const QString& message) {
        loader->deleteLater();
        // The city's edge is a help, not a need.
        m_output.err() << tr("Warning: %1").arg(message) << Qt::endl;
        go();
    });
    connect(loader, &ServiceAreaLoader::loaded, this,
        [this, loader, go, request](std::shared_ptr<const ServiceArea> area) {
            loader->deleteLater();
            if (area->contains(*request.latitude, *request.longitude)) {
                go();
                return;
            }
            const QString warning
                = tr("This place is outside %1; the city may not handle it.").arg(area->name());
            if (!m_context.options().isSet(QStringLiteral("outside-area"))) {
                m_output.usageError(
                    tr("%1 Nothing was sent; give --outside-area to send it anyway.").arg(warning));
                return;
            }
            m_output.err() << tr("Warning: %1").arg(warning) << Qt::endl;
            go();
        });
    loader->load(profile->serviceArea,
        profile->isTraining ? SandboxCity::cityName() : profile->displayName,
        profile->allowPlainHttp);
}

void RequestCommands::checkThenSend(const NewRequest& request)
{
    // Nothing goes out, nor into the outbox, for a service the city does not offer or answers
    // its definition would refuse. A city that cannot be asked now is asked by the send itself
    // later: the report waits in the outbox, as it would over v1.
    Client* client = m_context.client();
    onResult(client->serviceList(), this, [this, client, request](const Result<ServiceList>& list) {
        if (!list.ok()) {
            m_output.err() << tr("The service's attributes could not be checked first: %1")
                                  .arg(list.error().message())
                           << Qt::endl;
            send(request);
            return;
        }
        const auto service = std::find_if(list.value().cbegin(), list.value().cend(),
            [&request](const Service& s) { return s.code == request.serviceCode; });
        if (service == list.value().cend()) {
            m_output.fail(Error::validation(Error::Field::ServiceCode,
                tr("The city offers no service with the code %1 (see: open311 services).")
                    .arg(request.serviceCode)));
            return;
        }
        if (!service->metadata) {
            if (!request.attributes.isEmpty()) {
                m_output.fail(Error::attribute(request.attributes.firstKey(),
                    tr("The service %1 has no attributes; leave out --attribute.")
                        .arg(request.serviceCode)));
                return;
            }
            send(request);
            return;
        }
        onResult(client->serviceDefinition(request.serviceCode), this,
            [this, request](const Result<ServiceDefinition>& definition) {
                if (!definition.ok()) {
                    m_output.err() << tr("The service's attributes could not be checked "
                                         "first: %1")
                                          .arg(definition.error().message())
                                   << Qt::endl;
                } else if (std::optional<Error> invalid
                    = definition.value().check(request.attributes)) {
                    m_output.fail(*invalid);
                    return;
                }
                send(request);
            });
    });
}

std::optional<NewRequest> RequestCommands::requestFromOptions()
{
    const QCommandLineParser& options = m_context.options();
    NewRequest request;
    request.serviceCode = options.value(QStringLiteral("service-code"));
    // --lat and --lon are read in the C locale, whatever the shell's, as scripts write them.
    if (options.isSet(QStringLiteral("lat"))) {
        bool ok = false;
        request.latitude = QLocale::c().toDouble(options.value(QStringLiteral("lat")), &ok);
        if (!ok) {
            m_output.fail(
                Error::validation(Error::Field::Latitude, tr("--lat takes a number of degrees.")));
            return std::nullopt;
        }
    }
    if (options.isSet(QStringLiteral("lon"))) {
        bool ok = false;
        request.longitude = QLocale::c().toDouble(options.value(QStringLiteral("lon")), &ok);
        if (!ok) {
            m_output.fail(
                Error::validation(Error::Field::Longitude, tr("--lon takes a number of degrees.")));
            return std::nullopt;
        }
    }
    request.addressString = options.value(QStringLiteral("address"));
    request.email = options.value(QStringLiteral("email"));
    request.deviceId = options.value(QStringLiteral("device-id"));
    request.accountId = options.value(QStringLiteral("account-id"));
    request.firstName = options.value(QStringLiteral("first-name"));
    request.lastName = options.value(QStringLiteral("last-name"));
    request.phone = options.value(QStringLiteral("phone"));
    request.mediaUrl = options.value(QStringLiteral("media-url"));
    request.addressId = options.value(QStringLiteral("address-id"));
    for (const QString& given : options.values(QStringLiteral("attribute"))) {
        const qsizetype equals = given.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            m_output.usageError(tr("--attribute takes CODE=VALUE, such as --attribute "
                                   "SIZE=large."));
            return std::nullopt;
        }
        // Repeating a code gives a multivaluelist its values, in the order given.
        request.attributes[given.left(equals).trimmed()].append(given.mid(equals + 1));
    }
    const bool v2 = m_context.client()->endpoint().protocol() == Protocol::GeoReportV2;
    const QStringList photos = options.values(QStringLiteral("photo"));
    if (!v2
        && (!request.attributes.isEmpty() || !request.addressId.isEmpty() || !photos.isEmpty())) {
        m_output.usageError(tr("--attribute, --address-id and --photo are GeoReport v2's; this "
                               "endpoint speaks v1 (see --protocol)."));
        return std::nullopt;
    }
    if (!photos.isEmpty() && m_context.profile() && !m_context.profile()->acceptsPhotoUploads) {
        m_output.usageError(tr("%1 takes no photo uploads (its profile says so); give a link "
                               "with --media-url instead.")
                                .arg(m_context.profile()->displayName));
        return std::nullopt;
    }
    for (const QString& path : photos) {
        const Result<PreparedPhoto> prepared = PhotoPreparer::prepareFile(path);
        if (!prepared.ok()) {
            m_output.usageError(prepared.error().message());
            return std::nullopt;
        }
        request.photos.append(
            { prepared.value().fileName, QByteArrayLiteral("image/jpeg"), prepared.value().jpeg });
    }
    const bool fromFile = options.isSet(QStringLiteral("description-file"));
    if (options.isSet(QStringLiteral("description")) && fromFile) {
        m_output.usageError(tr("Give --description or --description-file, not both."));
        return std::nullopt;
    }
    if (fromFile) {
        const QString path = options.value(QStringLiteral("description-file"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_output.usageError(
                tr("The description file %1 cannot be read: %2").arg(path, file.errorString()));
            return std::nullopt;
        }
        // Read one byte past the limit's worst case so that an oversized file is reported, not cut.
        request.description
            = QString::fromUtf8(file.read(NewRequest::kMaxDescriptionCodePoints * 4 + 1));
    } else {
        request.description = options.value(QStringLiteral("description"));
    }

    if (std::optional<Error> invalid = request.validate()) {
        m_output.fail(CommandLineWording::forRequest(*invalid, request, fromFile));
        return std::nullopt;
    }
    if (m_context.profile()) {
        if (const std::optional<QString> blocked
            = ProfileStore::submitBlocker(*m_context.profile())) {
            m_output.usageError(*blocked);
            return std::nullopt;
        }
    }
    return request;
}

void RequestCommands::send(const NewRequest& request)
{
    // The command line does not know the service's name; the tracker shows the code instead.
    const OutboxEntry entry = OutboxEntry::forReport(
        m_context.profileKey(), m_context.client()->endpoint(), request, QString());
    if (!m_context.options().isSet(QStringLiteral("no-outbox"))) {
        sendThroughOutbox(entry);
        return;
    }
    onResult(m_context.client()->createRequest(request), this,
        [this, entry](const Result<CreateResult>& result) {
            if (!result.ok()) {
                m_output.fail(result.error());
                return;
            }
            // Followed with the report's service and place, which `track add` would not know.
            m_stores.followSent(entry, result.value());
            printCreated(result.value());
        });
}

void RequestCommands::sendThroughOutbox(const OutboxEntry& entry)
{
    Outbox* outbox = m_stores.openOutbox();
    if (!outbox)
        return;
    // Durably written before any byte goes to the network.
    const qint64 localId = outbox->add(entry);
    if (localId == 0) {
        m_output.usageError(
            tr("The report could not be written to the outbox %1 (the disk may be full), so it "
               "was not sent. Nothing already in the outbox was lost.")
                .arg(outbox->path()));
        return;
    }
    Client* client = m_context.client();
    auto* sender = new OutboxSender(
        outbox, [client](const OutboxEntry&) { return client; }, this);
    sender->setAutomaticRetries(false);
    connect(sender, &OutboxSender::entrySent, this,
        [this, localId](qint64 id, const CreateResult& created) {
            m_stores.followSent(id, created);
            if (id == localId)
                printCreated(created);
        });
    connect(sender, &OutboxSender::entryFailed, this,
        [this, localId](qint64 id, const Error& error, OutboxEntry::State) {
            if (id != localId)
                return;
            m_output.err() << tr("The report is kept in the outbox as number %1 (see: open311 "
                                 "outbox list).")
                                  .arg(id)
                           << Qt::endl;
            m_output.fail(error);
        });
    // Only this report: others in the outbox wait for `open311 outbox flush`.
    if (!sender->sendNow(localId))
        m_output.usageError(tr("The report was taken by another process."));
}

void RequestCommands::printCreated(const CreateResult& created)
{
    if (m_output.json()) {
        m_output.print(CliJson::created(created));
    } else {
        if (created.serviceRequestId.isEmpty()) {
            m_output.out() << created.token << '\n';
            m_output.err() << tr("The city answered with a token: it files the report later. "
                                 "It is followed in open311 track list until it has a request "
                                 "id; open311 track poll or open311 token %1 asks for it.")
                                  .arg(created.token)
                           << Qt::endl;
        } else {
            m_output.out() << created.serviceRequestId << '\n';
        }
        if (!created.serviceLevelAgreement.isEmpty())
            m_output.err() << created.serviceLevelAgreement << Qt::endl;
    }
    m_output.out().flush();
    m_output.done(CommandOutput::Success);
}

void RequestCommands::status(const QStringList& arguments)
{
    if (arguments.isEmpty()) {
        m_output.usageError(tr("status needs at least one service request id."));
        return;
    }
    m_context.withProfile([this, arguments] {
        if (m_context.setUpClient(false))
            fetchStatuses(arguments);
    });
}

void RequestCommands::fetchStatuses(const QStringList& ids)
{
    struct Round
    {
        QList<Result<RequestStatus>> results;
        int pending = 0;
    };
    auto round = std::make_shared<Round>();
    round->results.resize(ids.size());
    round->pending = int(ids.size());

    auto report = [this, ids, round] {
        int exitCode = CommandOutput::Success;
        QJsonArray array;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const Result<RequestStatus>& result = round->results[i];
            if (result.ok()) {
                const RequestStatus& status = result.value();
                if (m_output.json()) {
                    array.append(CliJson::status(status));
                } else {
                    m_output.out() << status.serviceRequestId << '\t' << status.status << '\t'
                                   << status.serviceName << '\t' << status.statusNotes << '\n';
                }
                continue;
            }
            // With several ids the highest exit code applies.
            exitCode = qMax(exitCode, result.error().exitCode());
            if (m_output.json())
                array.append(CliJson::requestFailure(ids[i], result.error()));
            else
                m_output.err() << tr("%1: %2").arg(ids[i], result.error().message()) << Qt::endl;
        }
        if (m_output.json())
            m_output.print(array);
        m_output.out().flush();
        m_output.done(exitCode);
    };

    auto deliver = [round, report](qsizetype i, const Result<RequestStatus>& result) {
        round->results[i] = result;
        if (--round->pending == 0)
            report();
    };
    // Qt's own work per request, on the thread that owns the QNetworkAccessManager, is what
    // limits a long list (1,000 ids: 147 ms on one thread, 118 ms on two; curl takes 134 ms),
    // so long lists are shared between clients on worker threads. Each worker's client pipelines
    // its reads over Qt's connections; results come back to this thread in any order and are
    // printed in the order given.
    Client* client = m_context.client();
    if (client->endpoint().protocol() == Protocol::GeoReportV2) {
        fetchStatusesInLists(ids, deliver);
        return;
    }
    const int workers = ids.size() >= kIdsPerWorker ? 2 : 1;
    if (workers == 1) {
        client->setMaxConcurrent(CommandContext::kStatusConcurrency);
        for (qsizetype i = 0; i < ids.size(); ++i) {
            // The client finishes its futures on this thread, so the continuation runs right here.
            client->statusUpdate(ids[i]).then(
                [deliver, i](const Result<RequestStatus>& r) { deliver(i, r); });
        }
        return;
    }
    const Endpoint endpoint = client->endpoint();
    const QString key = m_context.apiKey();
    const int timeoutMs = client->timeout();
    for (int w = 0; w < workers; ++w) {
        auto* thread = new QThread(this);
        auto* anchor = new QObject;
        anchor->moveToThread(thread);
        connect(thread, &QThread::finished, anchor, &QObject::deleteLater);
        m_workers.append(thread);
        thread->start();
        QMetaObject::invokeMethod(
            anchor, [this, anchor, w, workers, ids, deliver, endpoint, key, timeoutMs] {
                auto* worker = new Client(
                    endpoint, [key] { return key; }, anchor);
                worker->setTimeout(timeoutMs);
                worker->setMaxConcurrent(CommandContext::kStatusConcurrency / workers);
                for (qsizetype i = w; i < ids.size(); i += workers) {
                    worker->statusUpdate(ids[i]).then(
                        [this, deliver, i](const Result<RequestStatus>& r) {
                            QMetaObject::invokeMethod(
                                this, [deliver, i, r] { deliver(i, r); }, Qt::QueuedConnection);
                        });
                }
            });
    }
}

void RequestCommands::fetchStatusesInLists(const QStringList& ids, const Delivery& deliver)
{
    Client* client = m_context.client();
    client->setMaxConcurrent(CommandContext::kStatusConcurrency);
    // An id with a comma cannot travel in a comma list; it is asked for on its own.
    QList<qsizetype> listed;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (ids[i].contains(QLatin1Char(',')))
            client->statusUpdate(ids[i]).then(
                [deliver, i](const Result<RequestStatus>& r) { deliver(i, r); });
        else
            listed.append(i);
    }
    for (qsizetype first = 0; first < listed.size(); first += kIdsPerQuery) {
        const QList<qsizetype> chunk = listed.mid(first, kIdsPerQuery);
        RequestQuery query;
        for (const qsizetype i : chunk)
            query.ids.append(ids[i]);
        client->requests(query).then(
            [client, ids, chunk, deliver](const Result<QList<RequestStatus>>& answer) {
                QHash<QString, RequestStatus> found;
                if (answer.ok()) {
                    for (const RequestStatus& status : answer.value())
                        found.insert(status.serviceRequestId, status);
                }
                // What the list left out (a server that ignores the filter, or fails) is asked
                // for by id, which also gives an unknown id its own error.
                for (const qsizetype i : chunk) {
                    const auto hit = found.constFind(ids[i]);
                    if (hit != found.cend())
                        deliver(i, *hit);
                    else
                        client->statusUpdate(ids[i]).then(
                            [deliver, i](const Result<RequestStatus>& r) { deliver(i, r); });
                }
            });
    }
}

} // namespace Open311
