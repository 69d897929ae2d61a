#pragma once

#include "core/CreateResult.h"

#include <QCoreApplication>
#include <QString>

namespace Open311 {

class AppSession;
class CommandOutput;
class Outbox;
class TrackerStore;
struct OutboxEntry;

// The two files a command shares with the window: the outbox and the tracker, opened through
// the application core as the window opens them. Each is opened on first use, so a command
// that needs neither never touches them.
class CommandStores
{
    Q_DECLARE_TR_FUNCTIONS(Open311::CommandStores)

public:
    CommandStores(AppSession& session, CommandOutput& output);
    ~CommandStores();
    CommandStores(const CommandStores&) = delete;
    CommandStores& operator=(const CommandStores&) = delete;

    // The shared outbox; nullptr when it cannot be opened, after failing the command with a
    // message that points to --no-outbox.
    Outbox* openOutbox();
    Outbox* outbox() const;
    // The tracker; nullptr when it cannot be opened, with trackerError() saying why.
    TrackerStore* tracker();
    QString trackerError() const { return m_trackerError; }

    // Follows a report the city has just given an id, as the window does.
    void followSent(qint64 localId, const CreateResult& created);
    void followSent(const OutboxEntry& entry, const CreateResult& created);

private:
    AppSession& m_session;
    CommandOutput& m_output;
    QString m_trackerError;
    bool m_triedTracker = false;
};

} // namespace Open311
