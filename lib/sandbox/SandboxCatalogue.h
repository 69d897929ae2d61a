#pragma once

#include "core/Service.h"
#include "sandbox/SandboxDefinitions.h"

#include <QCoreApplication>
#include <QHash>

namespace Open311 {

// The services the training city offers, each with the service-level text create_request
// returns. Read from a service_list-shaped XML file with extra attributes: service_level_agreement,
// and for GeoReport v2 group, keywords (comma separated), type and agency_responsible. The same
// file may carry v2 <service_definition> elements. The default is the 33 services of the spec's
// example, with the built-in definitions. A service_name_LOCALE or group_LOCALE attribute
// ("service_name_es") is what a v2 service list asked for in that locale gives.
class SandboxCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(Open311::SandboxCatalogue)

public:
    static SandboxCatalogue builtIn();
    // Empty catalogue and a message in `error` when the file cannot be used.
    static SandboxCatalogue fromFile(const QString& path, QString& error);
    static SandboxCatalogue fromXml(const QByteArray& xml, QString& error);

    const ServiceList& services() const { return m_services; }
    // As a v2 service list asked for `locale` names them: in it where the file does, else as
    // services() does.
    ServiceList servicesIn(const QString& locale) const;
    // The locales the file names services in, besides its own language.
    const QStringList& locales() const { return m_locales; }
    bool contains(const QString& code) const { return m_index.contains(code); }
    const Service* find(const QString& code) const;
    QString serviceLevelAgreement(const QString& code) const { return m_slas.value(code); }
    // v2: who handles this service's requests once they are assigned.
    QString agencyResponsible(const QString& code) const { return m_agencies.value(code); }
    // v2: services/{code}; null when the service has none (its metadata is false).
    const ServiceDefinition* definition(const QString& code) const
    {
        return m_definitions.find(code);
    }
    bool isBatch(const QString& code) const;

private:
    // Attaches definitions to the services they name; every one must name a service.
    bool setDefinitions(const SandboxDefinitions& definitions, QString& error);

    ServiceList m_services;
    QHash<QString, qsizetype> m_index;
    QHash<QString, QString> m_slas;
    QHash<QString, QString> m_agencies;
    QHash<QString, QHash<QString, QString>> m_names; // locale -> code -> name
    QHash<QString, QHash<QString, QString>> m_groups; // locale -> code -> group
    QStringList m_locales;
    SandboxDefinitions m_definitions;
};

} // namespace Open311
