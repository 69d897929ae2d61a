#pragma once

#include "core/Client.h"
#include "core/Error.h"
#include "core/Profile.h"
#include "store/OutboxEntry.h"

#include <QCommandLineParser>
#include <QObject>
#include <QTextStream>

class QThread;

#include <functional>
#include <memory>
#include <optional>

namespace Open311 {

// The `open311` command: a contract that scripts rely on (its output, JSON and exit codes).
class Outbox;
class OutboxSender;
class TrackerStore;

class CommandLineTool : public QObject
{
    Q_OBJECT

public:
    enum ExitCode
    {
        Success = 0,
        UsageError = 2,
        ServerError = 3,
        TransportError = 4,
        UnknownOutcome = 5,
    };

    explicit CommandLineTool(QObject* parent = nullptr);
    ~CommandLineTool() override;

    // Parses the arguments and starts the work; finished() follows, possibly at once.
    void run(const QStringList& arguments);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void setUpParser();
    // The endpoint as given (--endpoint, OPEN311_ENDPOINT or the profile); empty when none is.
    QString endpointText() const;
    QUrl chosenEndpoint() const;
    bool setUpClient();
    // Resolves --profile and its key (which may come from the keychain, asynchronously), then
    // runs the command.
    void withProfile(const std::function<void()>& next);
    void listProfiles();
    QString profileKey() const;
    void listServices();
    void submit();
    void status(const QStringList& ids);
    void outbox(const QStringList& arguments);
    void listOutbox();
    void sendFromOutbox(const QString& action, qint64 localId);
    // What a person can do about the reports that wait, on stderr.
    void adviseOnOutbox(const QList<OutboxEntry>& entries, int elsewhere);
    void track(const QStringList& arguments);
    void pollTracked(const QString& profile);
    TrackerStore* tracker();
    void trackSent(qint64 localId, const QString& requestId);
    void trackSentDirectly(const NewRequest& request, const QString& requestId);
    bool openOutbox();
    void sendThroughOutbox(const NewRequest& request);
    void printCreated(const CreateResult& created);

    void usageError(const QString& message);
    void fail(const Error& error);
    void done(int exitCode);
    QString readApiKey(QString& problem) const;

    QCommandLineParser m_parser;
    QTextStream m_out;
    QTextStream m_err;
    bool m_json = false;
    Client* m_client = nullptr;
    std::unique_ptr<Outbox> m_outbox;
    OutboxSender* m_sender = nullptr;
    std::unique_ptr<TrackerStore> m_tracker;
    QString m_trackerError;
    std::optional<Profile> m_profile;
    QString m_profileApiKey;
    QString m_apiKey;
    QList<QThread*> m_workers;
};

} // namespace Open311
