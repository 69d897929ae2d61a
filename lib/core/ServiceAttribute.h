#pragma once

#include <QList>
#include <QString>

namespace Open311 {

// One value of a singlevaluelist or multivaluelist: the key goes on the wire, the name is shown.
struct AttributeValue
{
    QString key;
    QString name;

    bool operator==(const AttributeValue& other) const
    {
        return key == other.key && name == other.name;
    }
};

// One attribute of a GeoReport v2 service definition. A non-variable attribute is information
// for the person reporting and is never sent.
struct ServiceAttribute
{
    enum class Datatype
    {
        String,
        Number,
        Datetime,
        Text,
        SingleValueList,
        MultiValueList,
        Unknown, // a datatype this client does not know: sent as text, as given
    };

    bool variable = true;
    QString code;
    Datatype datatype = Datatype::String;
    QString datatypeName; // as the server wrote it
    bool required = false;
    QString description;
    QString datatypeDescription;
    int order = 0;
    QList<AttributeValue> values;

    static Datatype datatypeFromName(const QString& name);
    static QString datatypeToName(Datatype datatype);
    bool isList() const
    {
        return datatype == Datatype::SingleValueList || datatype == Datatype::MultiValueList;
    }
};

} // namespace Open311
