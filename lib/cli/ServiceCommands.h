#pragma once

#include <QObject>
#include <QStringList>

namespace Open311 {

class CommandContext;
class CommandOutput;

// `open311 services`: the city's service list, as a table or as JSON.
class ServiceCommands : public QObject
{
    Q_OBJECT

public:
    explicit ServiceCommands(CommandContext& context);

    void services(const QStringList& arguments);

private:
    void list();

    CommandContext& m_context;
    CommandOutput& m_output;
};

} // namespace Open311
