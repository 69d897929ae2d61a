#include "cli/ServiceCommands.h"

#include "cli/CliJson.h"
#include "cli/CommandContext.h"
#include "cli/CommandOutput.h"
#include "core/Client.h"
#include "core/FutureCallback.h"

#include <QJsonArray>
#include <QTextStream>

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
        if (m_context.setUpClient(false))
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
            for (const Service& service : result.value()) {
                m_output.out() << padded(service.code, width) << service.name;
                // What a script author needs at a glance: where to look before submitting.
                if (service.metadata)
                    m_output.out()
                        << "  " << tr("(has attributes: open311 definition %1)").arg(service.code);
                if (service.type.compare(QLatin1String("batch"), Qt::CaseInsensitive) == 0)
                    m_output.out() << "  " << tr("(batch: answers with a token)");
                m_output.out() << '\n';
            }
        }
        m_output.out().flush();
        m_output.done(CommandOutput::Success);
    });
}

void ServiceCommands::definition(const QStringList& arguments)
{
    if (arguments.size() != 1) {
        m_output.usageError(tr("definition takes one service code."));
        return;
    }
    m_context.withProfile([this, code = arguments.constFirst()] {
        if (!m_context.setUpClient(false))
            return;
        onResult(m_context.client()->serviceDefinition(code), this,
            [this](const Result<ServiceDefinition>& result) {
                if (!result.ok()) {
                    m_output.fail(result.error());
                    return;
                }
                printDefinition(result.value());
            });
    });
}

void ServiceCommands::printDefinition(const ServiceDefinition& definition)
{
    if (m_output.json()) {
        m_output.print(CliJson::definition(definition));
    } else {
        QTextStream& out = m_output.out();
        for (const ServiceAttribute& attribute : definition.attributes) {
            if (!attribute.variable) {
                out << tr("(information) %1").arg(attribute.description) << '\n';
                continue;
            }
            out << attribute.code << '\t' << attribute.datatypeName << '\t'
                << (attribute.required ? tr("required") : tr("optional")) << '\t'
                << attribute.description << '\n';
            for (const AttributeValue& value : attribute.values)
                out << "    " << value.key << '\t' << value.name << '\n';
        }
        if (definition.attributes.isEmpty())
            out << tr("The service %1 asks nothing beyond the report itself.")
                       .arg(definition.serviceCode)
                << '\n';
    }
    m_output.out().flush();
    m_output.done(CommandOutput::Success);
}

} // namespace Open311
