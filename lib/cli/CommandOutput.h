#pragma once

#include "core/Error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QTextStream>

namespace Open311 {

// Where a command's answer goes: stdout for results (JSON with --json), stderr for people, and
// one exit code at the end. Every command fails through here, so a script that asked for JSON
// gets it for every failure.
class CommandOutput : public QObject
{
    Q_OBJECT

public:
    enum ExitCode
    {
        Success = 0,
        UsageError = 2,
        ServerError = 3,
        TransportError = 4,
        UnknownOutcome = 5,
    };

    explicit CommandOutput(QObject* parent = nullptr);

    void setJson(bool json) { m_json = json; }
    bool json() const { return m_json; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // A JSON answer on stdout, indented as scripts and people have always read it.
    void print(const QJsonObject& object);
    void print(const QJsonArray& array);

    // A mistake in what was asked: nothing was sent (exit 2).
    void usageError(const QString& message);
    // The error on stderr (and as JSON on stdout), then its exit code.
    void fail(const Error& error);
    void done(int exitCode);

Q_SIGNALS:
    void finished(int exitCode);

private:
    QTextStream m_out;
    QTextStream m_err;
    bool m_json = false;
};

} // namespace Open311
