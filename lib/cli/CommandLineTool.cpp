#include "cli/CommandLineTool.h"

#include "cli/CommandTable.h"
#include "core/Version.h"
#include "profiles/KeyVault.h"
#include "profiles/ProfileStore.h"

#include <QCoreApplication>

namespace Open311 {

namespace {

// Scripts that ask for JSON get it for every failure, also one in the arguments themselves:
// the parser stops at a bad option, which may come before --json, and an option that wants a
// value takes the next argument, even when that is --json.
bool asksForJson(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument == QLatin1String("--json") || argument.startsWith(QLatin1String("--json=")))
            return true;
    }
    return false;
}

} // namespace

CommandLineTool::CommandLineTool(QObject* parent)
    : QObject(parent)
    , m_context(m_parser, m_output)
{
    connect(&m_output, &CommandOutput::finished, this, &CommandLineTool::finished);
}

CommandLineTool::~CommandLineTool() = default;

void CommandLineTool::setUpParser()
{
    m_parser.setApplicationDescription(
        tr("Reports non-emergency problems to a city's Open311 GeoReport v1 or v2 server.")
        + QStringLiteral("\n\n") + tr("Commands:") + QLatin1Char('\n') + CommandTable::usage()
        + QLatin1Char('\n')
        + tr("Every submission is written to the outbox before it is sent, and is sent at most "
             "once; --no-outbox sends directly.\n\n"
             "The API key is read from the environment variable %1 or from --api-key-file; it is "
             "never given as an argument.\n\n"
             "Exit codes: 0 success, 2 usage or validation error (nothing was sent), 3 the server "
             "answered with an Open311 error, 4 HTTP, network, timeout or protocol failure, 5 the "
             "outcome of a submission is unknown.")
              .arg(KeyVault::kEnvironmentVariable));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addPositionalArgument(QStringLiteral("command"),
        tr("%1 (see the commands above).").arg(CommandTable::nameList()));
    // The options every command reads (CommandContext resolves them), then each command's own.
    m_parser.addOptions({
        { QStringLiteral("profile"), tr("Use a configured jurisdiction (see: open311 profiles)."),
            tr("NAME") },
        { QStringLiteral("endpoint"),
            tr("The server's base URL, e.g. https://city.example/dev/V1/."), tr("URL") },
        { QStringLiteral("city-id"), tr("The city id the server expects."), tr("ID") },
        { QStringLiteral("protocol"),
            tr("The server's GeoReport version: v1 (the default) or v2; a profile carries its "
               "own."),
            tr("VERSION") },
        { QStringLiteral("jurisdiction-id"),
            tr("GeoReport v2: the jurisdiction_id, where the server serves several cities."),
            tr("ID") },
        { QStringLiteral("format"),
            tr("GeoReport v2: ask for json (the default) or xml; invalid JSON is asked for again "
               "in XML."),
            tr("FORMAT") },
        { QStringLiteral("locale"),
            tr("GeoReport v2: ask for service names and questions in this language (the "
               "server's locale parameter); a profile that lists its server's languages picks "
               "the interface language's."),
            tr("TAG") },
        { QStringLiteral("timeout"), tr("Seconds to wait for an answer (default 30)."),
            tr("SECONDS") },
        { QStringLiteral("allow-http"),
            tr("Allow a plain http:// endpoint that is not on this machine.") },
        { QStringLiteral("json"), tr("Print JSON for scripts.") },
        { QStringLiteral("api-key-file"), tr("Read the API key from this file."), tr("PATH") },
    });
    m_parser.addOptions(CommandTable::options());
}

void CommandLineTool::run(const QStringList& arguments)
{
    m_output.setJson(asksForJson(arguments));
    setUpParser();
    if (!m_parser.parse(arguments)) {
        m_output.usageError(m_parser.errorText());
        return;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_output.out() << m_parser.helpText();
        m_output.out().flush();
        m_output.done(CommandOutput::Success);
        return;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        m_output.out() << QCoreApplication::applicationName() << ' ' << kVersion << Qt::endl;
        m_output.done(CommandOutput::Success);
        return;
    }

    const QStringList positional = m_parser.positionalArguments();
    const QString name = positional.value(0);
    if (name.isEmpty()) {
        m_output.usageError(tr("Name a command: %1.").arg(CommandTable::nameList()));
        m_output.err() << '\n'
                       << tr("Commands:") << '\n'
                       << CommandTable::usage() << '\n'
                       << tr("Options: open311 --help") << Qt::endl;
        return;
    }
    const std::optional<CommandTable::Command> command = CommandTable::find(name);
    if (!command) {
        m_output.usageError(
            tr("Unknown command \u201c%1\u201d. Use %2.").arg(name, CommandTable::nameList()));
        return;
    }
    const QString misplaced = CommandTable::misplacedOption(m_parser, name, positional.value(1));
    if (!misplaced.isEmpty()) {
        m_output.usageError(misplaced);
        return;
    }
    if (m_parser.isSet(QStringLiteral("profile")) && m_parser.isSet(QStringLiteral("endpoint"))) {
        m_output.usageError(tr("Give --profile or --endpoint, not both."));
        return;
    }
    for (const ProfileStore::Damage& damage : std::as_const(m_settingsDamage))
        m_output.err() << ProfileStore::describe(damage) << Qt::endl;
    command->handler(m_context, positional.mid(1));
}

} // namespace Open311
