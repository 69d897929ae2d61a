#include "cli/CommandOutput.h"

#include "cli/CliJsonWriter.h"

#include "cli/CliJson.h"
#include "core/SecretRedactor.h"

#include <QJsonDocument>
#include <QTimer>

#include <cstdio>

namespace Open311 {

CommandOutput::CommandOutput(QObject* parent)
    : QObject(parent)
    , m_out(stdout)
    , m_err(stderr)
{ }

void CommandOutput::print(const QJsonObject& object)
{
    m_out << CliJsonWriter::write(object);
}

void CommandOutput::print(const QJsonArray& array)
{
    m_out << CliJsonWriter::write(array);
}

void CommandOutput::usageError(const QString& message)
{
    fail(Error::validation(Error::Field::None, message));
}

void CommandOutput::fail(const Error& error)
{
    if (m_json) {
        print(CliJson::failure(error));
        m_out.flush();
    }
    m_err << SecretRedactor::redact(error.message()) << Qt::endl;
    done(error.exitCode());
}

void CommandOutput::done(int exitCode)
{
    // Queued, so that a caller connecting to finished() after run() still hears it.
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT finished(exitCode); });
}

} // namespace Open311
