#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace Open311 {

class CommandContext;

// The commands of `open311`: each with its forms, the help of each form, the options only that
// form takes, and the handler that runs it. The help text, the usage printed for a bare
// `open311`, the parser's options and every message that names the commands come from this one
// table, so they cannot disagree.
class CommandTable
{
    Q_DECLARE_TR_FUNCTIONS(Open311::CommandTable)

public:
    // Runs a command with the words after its name; it ends through CommandOutput::done().
    using Handler = void (*)(CommandContext& context, const QStringList& arguments);

    struct Form
    {
        QString action; // the word after the name, when a command has several forms: "list"
        QString synopsis; // "outbox list [--all]"
        QString help; // translated
        QList<QCommandLineOption> options; // the options that only this form takes
    };

    struct Command
    {
        QString name; // what is typed first: "outbox"
        QList<Form> forms;
        Handler handler = nullptr;
    };

    static QList<Command> commands();
    static std::optional<Command> find(const QString& name);
    // Each command's name once, in the table's order.
    static QStringList names();
    static bool contains(const QString& name);
    // "profiles, services, submit, status, outbox or track"
    static QString nameList();
    // The forms of one command, for its own usage message: "track add ID..., track list or ..."
    static QString synopsisList(const QString& name);
    // One line per form, aligned: the "Commands:" block of the help and of a bare `open311`.
    static QString usage();
    // Every form's own options, in the table's order, for the parser.
    static QList<QCommandLineOption> options();
    // Why an option that was given belongs to another command than `name action`; empty when
    // every option given belongs here.
    static QString misplacedOption(
        const QCommandLineParser& parser, const QString& name, const QString& action);

private:
    static QString orList(QStringList items);
};

} // namespace Open311
