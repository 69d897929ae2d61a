#pragma once

#include "core/Discovery.h"

#include <QObject>
#include <QStringList>

namespace Open311 {

class CommandContext;
class CommandOutput;

// `open311 discover URL`: the endpoints a GeoReport discovery document lists, the one to use
// first (production GeoReport v2), and whom to ask for a key.
class DiscoveryCommand : public QObject
{
    Q_OBJECT

public:
    explicit DiscoveryCommand(CommandContext& context);

    void discover(const QStringList& arguments);

private:
    void print(const Discovery& discovery);

    CommandContext& m_context;
    CommandOutput& m_output;
};

} // namespace Open311
