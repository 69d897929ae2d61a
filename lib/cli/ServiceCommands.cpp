#include "cli/ServiceCommands.h"

#include "cli/CliJson.h"
#include "cli/CommandContext.h"
#include "cli/CommandOutput.h"
#include "core/Client.h"
#include "core/FutureCallback.h"

#include <QJsonArray>

namespace Open311 {

namespace {

QString padded(const QString& text, qsizetype width)
{
    return text + QString(qMax<qsizetype>(0, width - text.size()) + 2, QLatin1Char(' '));
}

} // namespace

ServiceCommands::ServiceCommands(CommandContext& context)
    : QObject(&context)
    , m_context(context)
    , m_output(context.output())
{ }

void ServiceCommands::services(const QStringList& arguments)
{
    if (!arguments.isEmpty()) {
        m_output.usageError(tr("services takes no arguments."));
        return;
    }
    m_context.withProfile([this] {
        if (m_context.setUpClient())
            list();
    });
}

void ServiceCommands::list()
{
    onResult(m_context.client()->serviceList(), this, [this](const Result<ServiceList>& result) {
        if (!result.ok()) {
            m_output.fail(result.error());
            return;
        }
        if (m_output.json()) {
            QJsonArray array;
            for (const Service& service : result.value())
                array.append(CliJson::service(service));
            m_output.print(array);
        } else {
            // The codes in a column as wide as the longest, so the names line up.
            qsizetype width = 4;
            for (const Service& service : result.value())
                width = qMax(width, service.code.size());
            m_output.out() << padded(tr("CODE"), width) << tr("NAME") << '\n';
            for (const Service& service : result.value())
                m_output.out() << padded(service.code, width) << service.name << '\n';
        }
        m_output.out().flush();
        m_output.done(CommandOutput::Success);
    });
}

} // namespace Open311
