#pragma once

#include "cli/CommandStores.h"

#include <QObject>
#include <QStringList>

namespace Open311 {

class CommandContext;
class CommandOutput;

// `open311 track add ID... | list | poll`: the requests followed for this profile or endpoint,
// shared with the window's Tracker.
class TrackCommands : public QObject
{
    Q_OBJECT

public:
    explicit TrackCommands(CommandContext& context);

    void track(const QStringList& arguments);

private:
    // Checks the action and its arguments, then opens the tracker and runs it.
    void start(const QStringList& arguments);
    void add(const QString& profile, const QStringList& ids);
    void list(const QString& profile);
    // One round over every followed request that is not closed (for cron).
    void poll(const QString& profile);

    CommandContext& m_context;
    CommandOutput& m_output;
    CommandStores m_stores;
};

} // namespace Open311
