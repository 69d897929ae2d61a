#pragma once

#include "core/ServiceDefinition.h"

#include <QObject>
#include <QStringList>

namespace Open311 {

class CommandContext;
class CommandOutput;

// `open311 services` and `open311 definition CODE`: the city's services, and the questions a
// GeoReport v2 service asks, as tables or as JSON.
class ServiceCommands : public QObject
{
    Q_OBJECT

public:
    explicit ServiceCommands(CommandContext& context);

    void services(const QStringList& arguments);
    void definition(const QStringList& arguments);

private:
    void list();
    void printDefinition(const ServiceDefinition& definition);

    CommandContext& m_context;
    CommandOutput& m_output;
};

} // namespace Open311
