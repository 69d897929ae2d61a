#pragma once

#include "core/Service.h"

#include <QCoreApplication>
#include <QHash>

namespace Open311 {

// The services the training city offers, each with the service-level text create_request
// returns. Read from a service_list-shaped XML file with an extra service_level_agreement
// attribute; the default is the 33 services of the spec's example.
class SandboxCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(Open311::SandboxCatalogue)

public:
    static SandboxCatalogue builtIn();
    // Empty catalogue and a message in `error` when the file cannot be used.
    static SandboxCatalogue fromFile(const QString& path, QString& error);
    static SandboxCatalogue fromXml(const QByteArray& xml, QString& error);

    const ServiceList& services() const { return m_services; }
    bool contains(const QString& code) const { return m_index.contains(code); }
    const Service* find(const QString& code) const;
    QString serviceLevelAgreement(const QString& code) const { return m_slas.value(code); }

private:
    ServiceList m_services;
    QHash<QString, qsizetype> m_index;
    QHash<QString, QString> m_slas;
};

} // namespace Open311
