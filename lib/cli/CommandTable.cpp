#include "cli/CommandTable.h"

#include "cli/DiscoveryCommand.h"
#include "cli/OutboxCommands.h"
#include "cli/ProfileCommands.h"
#include "cli/RequestCommands.h"
#include "cli/RequestQueryCommands.h"
#include "cli/ServiceCommands.h"
#include "cli/TrackCommands.h"

#include <QCommandLineParser>

#include <algorithm>

namespace Open311 {

namespace {

// A handler: a new object of the command's group, owned by the context (which outlives every
// answer the command waits for), runs the command.
template <typename Group, void (Group::*run)(const QStringList&)>
void start(CommandContext& context, const QStringList& arguments)
{
    Group* group = new Group(context);
    (group->*run)(arguments);
}

} // namespace

QList<CommandTable::Command> CommandTable::commands()
{
    const QList<QCommandLineOption> submitOptions = {
        { QStringLiteral("service-code"), tr("submit, requests: the service code."), tr("CODE") },
        { QStringLiteral("lat"), tr("submit: latitude (WGS84)."), tr("DEGREES") },
        { QStringLiteral("lon"), tr("submit: longitude (WGS84)."), tr("DEGREES") },
        { QStringLiteral("address"), tr("submit: the address as a person would write it."),
            tr("TEXT") },
        { QStringLiteral("email"), tr("submit: the reporter's email."), tr("EMAIL") },
        { QStringLiteral("device-id"), tr("submit: the device id."), tr("ID") },
        { QStringLiteral("account-id"), tr("submit: the account id."), tr("ID") },
        { QStringLiteral("first-name"), tr("submit: first name."), tr("NAME") },
        { QStringLiteral("last-name"), tr("submit: last name."), tr("NAME") },
        { QStringLiteral("phone"), tr("submit: phone number."), tr("NUMBER") },
        { QStringLiteral("description"), tr("submit: the description (at most 4,000 characters)."),
            tr("TEXT") },
        { QStringLiteral("description-file"), tr("submit: read the description from a file."),
            tr("PATH") },
        { QStringLiteral("media-url"), tr("submit: a link to a photo or page."), tr("URL") },
        { QStringLiteral("address-id"),
            tr("submit (v2): the location as an id of the city's address database."), tr("ID") },
        { QStringLiteral("attribute"),
            tr("submit (v2): an answer to the service's definition; repeat it, and repeat a "
               "code for each value of a multivaluelist."),
            tr("CODE=VALUE") },
        { QStringLiteral("photo"),
            tr("submit (v2): a photo to upload with the report, for a city that takes uploads; "
               "repeat it for more. It is made smaller and sent without its EXIF data."),
            tr("FILE") },
        { QStringLiteral("no-outbox"), tr("submit: send directly, without the outbox.") },
        { QStringLiteral("outside-area"),
            tr("submit: send even when the place is outside the jurisdiction's service area.") },
    };
    const QList<QCommandLineOption> requestOptions = {
        { QStringLiteral("service-code"), tr("requests: only this service."), tr("CODE") },
        { QStringLiteral("status"), tr("requests: open or closed."), tr("STATUS") },
        { QStringLiteral("start"), tr("requests: filed on or after this date (ISO 8601)."),
            tr("DATE") },
        { QStringLiteral("end"), tr("requests: filed on or before this date (ISO 8601)."),
            tr("DATE") },
        { QStringLiteral("id"), tr("requests: these ids, separated by commas."), tr("ID,...") },
        { QStringLiteral("page"), tr("requests: this page, where the server offers paging."),
            tr("N") },
        { QStringLiteral("page-size"), tr("requests: results per page, with --page."), tr("N") },
        { QStringLiteral("extensions"),
            tr("requests: ask for the server's extra fields (extensions=true) and print every "
               "field the spec does not name.") },
    };
    const QList<QCommandLineOption> listOptions = {
        { QStringLiteral("all"),
            tr("outbox list: the reports of every endpoint, not only this one's.") },
    };

    // Synopses are syntax, typed as they stand, so only the help is translated.
    return {
        { QStringLiteral("profiles"),
            { { QString(), QStringLiteral("profiles"),
                tr("the jurisdictions configured on this computer"), {} } },
            &start<ProfileCommands, &ProfileCommands::profiles> },
        { QStringLiteral("services"),
            { { QString(), QStringLiteral("services"), tr("list the city's services"), {} } },
            &start<ServiceCommands, &ServiceCommands::services> },
        { QStringLiteral("discover"),
            { { QString(), QStringLiteral("discover URL"),
                tr("the endpoints a city's discovery document lists (v2)"), {} } },
            &start<DiscoveryCommand, &DiscoveryCommand::discover> },
        { QStringLiteral("definition"),
            { { QString(), QStringLiteral("definition CODE"),
                tr("the attributes a service asks for (v2)"), {} } },
            &start<ServiceCommands, &ServiceCommands::definition> },
        { QStringLiteral("submit"),
            { { QString(), QStringLiteral("submit --service-code CODE ..."),
                tr("file a new report at --lat/--lon or --address"), submitOptions } },
            &start<RequestCommands, &RequestCommands::submit> },
        { QStringLiteral("status"),
            { { QString(), QStringLiteral("status ID [ID...]"), tr("show the status of reports"),
                {} } },
            &start<RequestCommands, &RequestCommands::status> },
        { QStringLiteral("requests"),
            { { QString(),
                QStringLiteral("requests [--service-code C] [--status S] [--start D] [--end D] "
                               "[--id ID,...]"),
                tr("list the city's requests (v2; 90 days or 1,000 by default)"),
                requestOptions } },
            &start<RequestQueryCommands, &RequestQueryCommands::requests> },
        { QStringLiteral("token"),
            { { QString(), QStringLiteral("token TOKEN"),
                tr("the request id a batch service's token became (v2)"), {} } },
            &start<RequestQueryCommands, &RequestQueryCommands::token> },
        { QStringLiteral("outbox"),
            {
                { QStringLiteral("list"), QStringLiteral("outbox list [--all]"),
                    tr("reports not yet sent, and why (this endpoint's, or --all)"), listOptions },
                { QStringLiteral("flush"), QStringLiteral("outbox flush"),
                    tr("send what waits in the outbox for this endpoint"), {} },
                { QStringLiteral("resend"), QStringLiteral("outbox resend ID"),
                    tr("send a report again (after checking it did not arrive)"), {} },
                { QStringLiteral("discard"), QStringLiteral("outbox discard ID"),
                    tr("remove a report from the outbox"), {} },
            },
            &start<OutboxCommands, &OutboxCommands::outbox> },
        { QStringLiteral("track"),
            {
                { QStringLiteral("add"), QStringLiteral("track add ID..."),
                    tr("follow requests (sent reports are followed by themselves)"), {} },
                { QStringLiteral("list"), QStringLiteral("track list"),
                    tr("the followed requests and their last known status"), {} },
                { QStringLiteral("poll"), QStringLiteral("track poll"),
                    tr("check every followed request that is not closed, once"), {} },
            },
            &start<TrackCommands, &TrackCommands::track> },
    };
}

std::optional<CommandTable::Command> CommandTable::find(const QString& name)
{
    for (const Command& command : commands()) {
        if (command.name == name)
            return command;
    }
    return std::nullopt;
}

QStringList CommandTable::names()
{
    QStringList names;
    for (const Command& command : commands())
        names.append(command.name);
    return names;
}

bool CommandTable::contains(const QString& name)
{
    return names().contains(name);
}

QString CommandTable::orList(QStringList items)
{
    if (items.size() < 2)
        return items.value(0);
    const QString last = items.takeLast();
    return tr("%1 or %2").arg(items.join(QStringLiteral(", ")), last);
}

QString CommandTable::nameList()
{
    return orList(names());
}

QString CommandTable::synopsisList(const QString& name)
{
    QStringList synopses;
    if (const std::optional<Command> command = find(name)) {
        for (const Form& form : command->forms)
            synopses.append(form.synopsis);
    }
    return orList(synopses);
}

QString CommandTable::usage()
{
    const QList<Command> all = commands();
    qsizetype width = 0;
    for (const Command& command : all) {
        for (const Form& form : command.forms)
            width = qMax(width, form.synopsis.size());
    }
    QString text;
    for (const Command& command : all) {
        for (const Form& form : command.forms) {
            text += QStringLiteral("  ") + form.synopsis.leftJustified(width + 2) + form.help
                + QLatin1Char('\n');
        }
    }
    return text;
}

QList<QCommandLineOption> CommandTable::options()
{
    // An option two commands share (--service-code) is declared once.
    QList<QCommandLineOption> options;
    QStringList seen;
    for (const Command& command : commands()) {
        for (const Form& form : command.forms) {
            for (const QCommandLineOption& option : form.options) {
                if (seen.contains(option.names().constFirst()))
                    continue;
                seen.append(option.names().constFirst());
                options.append(option);
            }
        }
    }
    return options;
}

QString CommandTable::misplacedOption(
    const QCommandLineParser& parser, const QString& name, const QString& action)
{
    const QList<Command> all = commands();
    auto declares = [](const Form& form, const QString& option) {
        return std::any_of(form.options.cbegin(), form.options.cend(),
            [&option](const QCommandLineOption& o) { return o.names().constFirst() == option; });
    };
    for (const Command& command : all) {
        for (const Form& form : command.forms) {
            for (const QCommandLineOption& option : form.options) {
                const QString given = option.names().constFirst();
                if (!parser.isSet(given))
                    continue;
                // Fine when the command (and action) being run declares it too.
                const bool ours = std::any_of(all.cbegin(), all.cend(), [&](const Command& c) {
                    return c.name == name
                        && std::any_of(c.forms.cbegin(), c.forms.cend(), [&](const Form& f) {
                               return (f.action.isEmpty() || f.action == action)
                                   && declares(f, given);
                           });
                });
                if (ours)
                    continue;
                if (form.action.isEmpty()) {
                    return tr("The option --%1 belongs to the %2 command.")
                        .arg(given, command.name);
                }
                return tr("The option --%1 belongs to %2.")
                    .arg(given, command.name + QLatin1Char(' ') + form.action);
            }
        }
    }
    return QString();
}

} // namespace Open311
