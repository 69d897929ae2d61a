#pragma once

#include "core/ServiceDefinition.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

class QXmlStreamReader;

namespace Open311 {

// The GeoReport v2 service definitions of the training city: the questions services/{code}
// lists and a POST's attribute[...] must answer. Read from <service_definition> elements shaped
// like the spec's example, inside any root, so that a services file can carry its own.
class SandboxDefinitions
{
    Q_DECLARE_TR_FUNCTIONS(Open311::SandboxDefinitions)

public:
    // Every <service_definition> in the document; none at all is no error.
    static SandboxDefinitions fromXml(const QByteArray& xml, QString& error);

    bool contains(const QString& code) const { return m_definitions.contains(code); }
    const ServiceDefinition* find(const QString& code) const;
    QStringList codes() const { return m_definitions.keys(); }
    bool isEmpty() const { return m_definitions.isEmpty(); }

private:
    static bool readDefinition(
        QXmlStreamReader& reader, ServiceDefinition& definition, QString& error);
    static bool readAttribute(
        QXmlStreamReader& reader, ServiceAttribute& attribute, QString& error);
    static bool readValues(QXmlStreamReader& reader, ServiceAttribute& attribute, QString& error);

    QHash<QString, ServiceDefinition> m_definitions;
};

} // namespace Open311
