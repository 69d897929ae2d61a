#pragma once

#include "cli/CommandContext.h"
#include "cli/CommandOutput.h"
#include "profiles/ProfileStore.h"

#include <QCommandLineParser>
#include <QObject>
#include <QStringList>

namespace Open311 {

// The `open311` command: a contract that scripts rely on (its output, JSON and exit codes).
// This class only parses the arguments and hands the command to its row of CommandTable.
class CommandLineTool : public QObject
{
    Q_OBJECT

public:
    // The exit codes are CommandOutput's, where every command ends.
    using ExitCode = CommandOutput::ExitCode;

    explicit CommandLineTool(QObject* parent = nullptr);
    ~CommandLineTool() override;

    // Parses the arguments and starts the work; finished() follows, possibly at once.
    void run(const QStringList& arguments);
    // Said on standard error before the command runs (see ProfileStore::repairFiles).
    void setSettingsDamage(const QList<ProfileStore::Damage>& damage) { m_settingsDamage = damage; }

Q_SIGNALS:
    void finished(int exitCode);

private:
    void setUpParser();

    // In this order, so that the context and the commands it owns go before what they use.
    QCommandLineParser m_parser;
    CommandOutput m_output;
    CommandContext m_context;
    QList<ProfileStore::Damage> m_settingsDamage;
};

} // namespace Open311
