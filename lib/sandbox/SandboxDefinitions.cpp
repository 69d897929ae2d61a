#include "sandbox/SandboxDefinitions.h"

#include <QSet>
#include <QXmlStreamReader>

namespace Open311 {

namespace {

bool isTrue(const QString& text)
{
    return text.trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

} // namespace

SandboxDefinitions SandboxDefinitions::fromXml(const QByteArray& xml, QString& error)
{
    SandboxDefinitions definitions;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::DTD) {
            error = tr("The service definitions declare a DTD, which is not accepted.");
            return {};
        }
        if (token != QXmlStreamReader::StartElement || reader.name() != u"service_definition")
            continue;
        ServiceDefinition definition;
        if (!readDefinition(reader, definition, error))
            return {};
        if (definitions.m_definitions.contains(definition.serviceCode)) {
            error = tr("The service %1 has two definitions.").arg(definition.serviceCode);
            return {};
        }
        definitions.m_definitions.insert(definition.serviceCode, definition);
    }
    if (reader.hasError()) {
        error = tr("The service definitions are not well-formed XML (line %1: %2).")
                    .arg(reader.lineNumber())
                    .arg(reader.errorString());
        return {};
    }
    return definitions;
}

const ServiceDefinition* SandboxDefinitions::find(const QString& code) const
{
    const auto it = m_definitions.constFind(code);
    return it == m_definitions.constEnd() ? nullptr : &*it;
}

bool SandboxDefinitions::readDefinition(
    QXmlStreamReader& reader, ServiceDefinition& definition, QString& error)
{
    const qint64 line = reader.lineNumber();
    QSet<QString> seen;
    while (reader.readNextStartElement()) {
        if (reader.name() == u"service_code") {
            definition.serviceCode = reader.readElementText().trimmed();
        } else if (reader.name() == u"attributes") {
            while (reader.readNextStartElement()) {
                if (reader.name() != u"attribute") {
                    reader.skipCurrentElement();
                    continue;
                }
                ServiceAttribute attribute;
                if (!readAttribute(reader, attribute, error))
                    return false;
                if (seen.contains(attribute.code)) {
                    error = tr("Line %1 of the service definitions: the attribute %2 appears "
                               "twice.")
                                .arg(reader.lineNumber())
                                .arg(attribute.code);
                    return false;
                }
                seen.insert(attribute.code);
                definition.attributes.append(attribute);
            }
        } else {
            reader.skipCurrentElement();
        }
    }
    if (reader.hasError())
        return false; // fromXml() words the message
    if (definition.serviceCode.isEmpty()) {
        error = tr("Line %1 of the service definitions: a definition needs a service_code.")
                    .arg(line);
        return false;
    }
    definition.sortByOrder();
    return true;
}

bool SandboxDefinitions::readAttribute(
    QXmlStreamReader& reader, ServiceAttribute& attribute, QString& error)
{
    const qint64 line = reader.lineNumber();
    while (reader.readNextStartElement()) {
        const QStringView name = reader.name();
        if (name == u"values") {
            if (!readValues(reader, attribute, error))
                return false;
            continue;
        }
        const QString text = reader.readElementText();
        if (name == u"variable") {
            attribute.variable = isTrue(text);
        } else if (name == u"code") {
            attribute.code = text.trimmed();
        } else if (name == u"datatype") {
            attribute.datatypeName = text.trimmed();
            attribute.datatype = ServiceAttribute::datatypeFromName(text);
        } else if (name == u"required") {
            attribute.required = isTrue(text);
        } else if (name == u"datatype_description") {
            attribute.datatypeDescription = text.trimmed();
        } else if (name == u"order") {
            bool ok = false;
            attribute.order = text.trimmed().toInt(&ok);
            if (!ok) {
                error = tr("Line %1 of the service definitions: the order must be a whole "
                           "number.")
                            .arg(reader.lineNumber());
                return false;
            }
        } else if (name == u"description") {
            attribute.description = text.trimmed();
        }
    }
    if (reader.hasError())
        return false;
    // What the training city serves must be something a client can learn from.
    if (attribute.code.isEmpty()) {
        error = tr("Line %1 of the service definitions: an attribute needs a code.").arg(line);
        return false;
    }
    if (attribute.datatype == ServiceAttribute::Datatype::Unknown) {
        error = tr("Line %1 of the service definitions: the datatype of %2 is not one of the "
                   "spec's.")
                    .arg(line)
                    .arg(attribute.code);
        return false;
    }
    if (attribute.isList() && attribute.values.isEmpty()) {
        error = tr("Line %1 of the service definitions: the list %2 has no values.")
                    .arg(line)
                    .arg(attribute.code);
        return false;
    }
    return true;
}

bool SandboxDefinitions::readValues(
    QXmlStreamReader& reader, ServiceAttribute& attribute, QString& error)
{
    QSet<QString> keys;
    while (reader.readNextStartElement()) {
        if (reader.name() != u"value") {
            reader.skipCurrentElement();
            continue;
        }
        AttributeValue value;
        while (reader.readNextStartElement()) {
            if (reader.name() == u"key")
                value.key = reader.readElementText().trimmed();
            else if (reader.name() == u"name")
                value.name = reader.readElementText().trimmed();
            else
                reader.skipCurrentElement();
        }
        if (value.key.isEmpty() || keys.contains(value.key)) {
            error = tr("Line %1 of the service definitions: every value of %2 needs a key of "
                       "its own.")
                        .arg(reader.lineNumber())
                        .arg(attribute.code);
            return false;
        }
        keys.insert(value.key);
        attribute.values.append(value);
    }
    return !reader.hasError();
}

} // namespace Open311
