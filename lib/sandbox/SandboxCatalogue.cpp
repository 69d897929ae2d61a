#include "sandbox/SandboxCatalogue.h"

#include "core/ServerLocale.h"

#include <QFile>
#include <QXmlStreamReader>

#include <utility>

namespace Open311 {

namespace {

QByteArray builtInResource(const char* name)
{
    QFile file(QStringLiteral(":/open311/sandbox/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the built-in %s is missing from the resources", name);
    return file.readAll();
}

} // namespace

SandboxCatalogue SandboxCatalogue::builtIn()
{
    QString error;
    SandboxCatalogue catalogue = fromXml(builtInResource("services.xml"), error);
    if (!error.isEmpty())
        qFatal("the built-in service catalogue is broken: %s", qPrintable(error));
    const SandboxDefinitions definitions
        = SandboxDefinitions::fromXml(builtInResource("definitions.xml"), error);
    if (!error.isEmpty() || !catalogue.setDefinitions(definitions, error))
        qFatal("the built-in service definitions are broken: %s", qPrintable(error));
    return catalogue;
}

SandboxCatalogue SandboxCatalogue::fromFile(const QString& path, QString& error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = tr("The services file %1 cannot be read: %2").arg(path, file.errorString());
        return {};
    }
    if (file.size() > 16 * 1024 * 1024) {
        error = tr("The services file %1 is larger than 16 MB.").arg(path);
        return {};
    }
    return fromXml(file.readAll(), error);
}

SandboxCatalogue SandboxCatalogue::fromXml(const QByteArray& xml, QString& error)
{
    SandboxCatalogue catalogue;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::DTD) {
            error = tr("The services file declares a DTD, which is not accepted.");
            return {};
        }
        if (token != QXmlStreamReader::StartElement || reader.name() != u"service")
            continue;
        const QXmlStreamAttributes attributes = reader.attributes();
        Service service;
        service.code = attributes.value(QLatin1String("service_code")).toString().trimmed();
        service.name = attributes.value(QLatin1String("service_name")).toString().trimmed();
        service.description
            = attributes.value(QLatin1String("service_description")).toString().trimmed();
        if (service.code.isEmpty() || service.name.isEmpty()) {
            error = tr("Line %1 of the services file: every service needs a service_code and a "
                       "service_name.")
                        .arg(reader.lineNumber());
            return {};
        }
        if (catalogue.m_index.contains(service.code)) {
            error = tr("The service code %1 appears twice in the services file.").arg(service.code);
            return {};
        }
        QString sla
            = attributes.value(QLatin1String("service_level_agreement")).toString().trimmed();
        if (sla.isEmpty())
            sla = tr("The City will review this report within 5 business days.");
        service.group = attributes.value(QLatin1String("group")).toString().trimmed();
        for (const QString& keyword :
            attributes.value(QLatin1String("keywords")).toString().split(QLatin1Char(','))) {
            if (!keyword.trimmed().isEmpty())
                service.keywords.append(keyword.trimmed());
        }
        service.type = attributes.value(QLatin1String("type")).toString().trimmed();
        if (service.type.isEmpty())
            service.type = QStringLiteral("realtime");
        if (service.type != u"realtime" && service.type != u"batch"
            && service.type != u"blackbox") {
            error = tr("Line %1 of the services file: the type of %2 must be realtime, batch or "
                       "blackbox.")
                        .arg(reader.lineNumber())
                        .arg(service.code);
            return {};
        }
        QString agency = attributes.value(QLatin1String("agency_responsible")).toString().trimmed();
        if (agency.isEmpty())
            agency = tr("Department of Public Works");
        for (const QXmlStreamAttribute& attribute : attributes) {
            for (const auto& [prefix, texts] :
                { std::pair { QLatin1String("service_name_"), &catalogue.m_names },
                    std::pair { QLatin1String("group_"), &catalogue.m_groups } }) {
                const QString locale = attribute.name().toString().mid(prefix.size());
                if (!attribute.name().startsWith(prefix) || locale.isEmpty()
                    || attribute.value().trimmed().isEmpty())
                    continue;
                (*texts)[locale].insert(service.code, attribute.value().trimmed().toString());
                // A language is one a name is given in: "group_id" alone is no Indonesian.
                if (texts == &catalogue.m_names && !catalogue.m_locales.contains(locale))
                    catalogue.m_locales << locale;
            }
        }
        catalogue.m_index.insert(service.code, catalogue.m_services.size());
        catalogue.m_slas.insert(service.code, sla);
        catalogue.m_agencies.insert(service.code, agency);
        catalogue.m_services.append(service);
    }
    if (reader.hasError()) {
        error = tr("The services file is not well-formed XML (line %1: %2).")
                    .arg(reader.lineNumber())
                    .arg(reader.errorString());
        return {};
    }
    if (catalogue.m_services.isEmpty()) {
        error = tr("The services file lists no services.");
        return {};
    }
    // A services file of one's own may define its services' attributes in the same file.
    const SandboxDefinitions definitions = SandboxDefinitions::fromXml(xml, error);
    if (!error.isEmpty() || !catalogue.setDefinitions(definitions, error))
        return {};
    return catalogue;
}

bool SandboxCatalogue::setDefinitions(const SandboxDefinitions& definitions, QString& error)
{
    if (definitions.isEmpty())
        return true;
    for (const QString& code : definitions.codes()) {
        if (!m_index.contains(code)) {
            error = tr("A service definition names the service %1, which the catalogue does not "
                       "have.")
                        .arg(code);
            return false;
        }
    }
    m_definitions = definitions;
    for (Service& service : m_services)
        service.metadata = m_definitions.contains(service.code);
    return true;
}

ServiceList SandboxCatalogue::servicesIn(const QString& locale) const
{
    const QString offered = ServerLocale::pick(m_locales, locale);
    if (offered.isEmpty())
        return m_services;
    const QHash<QString, QString> names = m_names.value(offered);
    const QHash<QString, QString> groups = m_groups.value(offered);
    ServiceList services = m_services;
    for (Service& service : services) {
        service.name = names.value(service.code, service.name);
        service.group = groups.value(service.code, service.group);
    }
    return services;
}

const Service* SandboxCatalogue::find(const QString& code) const
{
    const auto it = m_index.constFind(code);
    return it == m_index.constEnd() ? nullptr : &m_services[*it];
}

bool SandboxCatalogue::isBatch(const QString& code) const
{
    const Service* service = find(code);
    return service && service->type == u"batch";
}

} // namespace Open311
