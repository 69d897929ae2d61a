#include "cli/CommandTable.h"

namespace Open311 {

namespace {

struct Row
{
    const char* name;
    const char* synopsis;
    const char* help;
};

// Synopses are syntax, typed as they stand, so only the help is translated.
const Row kRows[] = {
    { "profiles", "profiles",
        QT_TRANSLATE_NOOP(
            "Open311::CommandTable", "the jurisdictions configured on this computer") },
    { "services", "services",
        QT_TRANSLATE_NOOP("Open311::CommandTable", "list the city's services") },
    { "submit", "submit --service-code CODE ...",
        QT_TRANSLATE_NOOP(
            "Open311::CommandTable", "file a new report at --lat/--lon or --address") },
    { "status", "status ID [ID...]",
        QT_TRANSLATE_NOOP("Open311::CommandTable", "show the status of reports") },
    { "outbox", "outbox list [--all]",
        QT_TRANSLATE_NOOP(
            "Open311::CommandTable", "reports not yet sent, and why (this endpoint's, or --all)") },
    { "outbox", "outbox flush",
        QT_TRANSLATE_NOOP(
            "Open311::CommandTable", "send what waits in the outbox for this endpoint") },
    { "outbox", "outbox resend ID",
        QT_TRANSLATE_NOOP(
            "Open311::CommandTable", "send a report again (after checking it did not arrive)") },
    { "outbox", "outbox discard ID",
        QT_TRANSLATE_NOOP("Open311::CommandTable", "remove a report from the outbox") },
    { "track", "track add ID...",
        QT_TRANSLATE_NOOP(
            "Open311::CommandTable", "follow requests (sent reports are followed by themselves)") },
    { "track", "track list",
        QT_TRANSLATE_NOOP(
            "Open311::CommandTable", "the followed requests and their last known status") },
    { "track", "track poll",
        QT_TRANSLATE_NOOP(
            "Open311::CommandTable", "check every followed request that is not closed, once") },
};

} // namespace

QList<CommandTable::Command> CommandTable::commands()
{
    QList<Command> commands;
    for (const Row& row : kRows) {
        commands.append(
            { QString::fromLatin1(row.name), QString::fromLatin1(row.synopsis), tr(row.help) });
    }
    return commands;
}

QStringList CommandTable::names()
{
    QStringList names;
    for (const Row& row : kRows) {
        const QString name = QString::fromLatin1(row.name);
        if (!names.contains(name))
            names.append(name);
    }
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
    QStringList forms;
    for (const Row& row : kRows) {
        if (name == QLatin1String(row.name))
            forms.append(QString::fromLatin1(row.synopsis));
    }
    return orList(forms);
}

QString CommandTable::usage()
{
    const QList<Command> all = commands();
    qsizetype width = 0;
    for (const Command& command : all)
        width = qMax(width, command.synopsis.size());
    QString text;
    for (const Command& command : all) {
        text += QStringLiteral("  ") + command.synopsis.leftJustified(width + 2) + command.help
            + QLatin1Char('\n');
    }
    return text;
}

} // namespace Open311
