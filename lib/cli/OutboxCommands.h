#pragma once

#include "cli/CommandStores.h"
#include "store/OutboxEntry.h"

#include <QList>
#include <QObject>
#include <QStringList>

namespace Open311 {

class CommandContext;
class CommandOutput;
class OutboxSender;

// `open311 outbox list | flush | resend ID | discard ID`: the reports that wait in the outbox
// the window shares, and what a person can do about them.
class OutboxCommands : public QObject
{
    Q_OBJECT

public:
    explicit OutboxCommands(CommandContext& context);

    void outbox(const QStringList& arguments);

private:
    // Checks the action and its arguments, then opens the outbox and runs it.
    void start(const QStringList& arguments);
    void list();
    void discard(qint64 localId);
    // `flush`, or `resend` of one report: over the network, with this endpoint's key only.
    void send(const QString& action, qint64 localId);
    // What a person can do about the reports that wait, on stderr.
    void advise(const QList<OutboxEntry>& entries, int elsewhere);

    CommandContext& m_context;
    CommandOutput& m_output;
    CommandStores m_stores;
    OutboxSender* m_sender = nullptr;
};

} // namespace Open311
