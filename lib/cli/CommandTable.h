#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Open311 {

// The commands of `open311`, each with its synopsis and a line of help. The help text, the
// usage printed for a bare `open311` and every message that names the commands come from this
// one table, so they cannot disagree.
class CommandTable
{
    Q_DECLARE_TR_FUNCTIONS(Open311::CommandTable)

public:
    struct Command
    {
        QString name; // what is typed first: "outbox"
        QString synopsis; // one form of it: "outbox resend ID"
        QString help; // translated
    };

    static QList<Command> commands();
    // Each command's name once, in the table's order.
    static QStringList names();
    static bool contains(const QString& name);
    // "profiles, services, submit, status, outbox or track"
    static QString nameList();
    // The forms of one command, for its own usage message: "track add ID..., track list or ..."
    static QString synopsisList(const QString& name);
    // One line per form, aligned: the "Commands:" block of the help and of a bare `open311`.
    static QString usage();

private:
    static QString orList(QStringList items);
};

} // namespace Open311
