#pragma once

#include <QObject>
#include <QStringList>

namespace Open311 {

class CommandContext;
class CommandOutput;

// `open311 profiles`: the jurisdictions configured on this computer. Needs no endpoint or key.
class ProfileCommands : public QObject
{
    Q_OBJECT

public:
    explicit ProfileCommands(CommandContext& context);

    void profiles(const QStringList& arguments);

private:
    CommandOutput& m_output;
};

} // namespace Open311
