#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Open311 {

// Codes stay strings: "001" and "1" are different services. v1 gives code, name and description;
// the rest is GeoReport v2's and stays empty for v1.
struct Service
{
    QString code;
    QString name;
    QString description;
    QString group {}; // v2; FixMyStreet's <groups> extension: the first, the rest in groups
    QStringList groups {};
    QString type {}; // v2: realtime, batch or blackbox, as the server wrote it
    bool metadata = false; // v2: true when services/{code} has a definition
    QStringList keywords {}; // v2

    bool operator==(const Service& other) const
    {
        return code == other.code && name == other.name && description == other.description
            && group == other.group && groups == other.groups && type == other.type
            && metadata == other.metadata && keywords == other.keywords;
    }
};

using ServiceList = QList<Service>;

} // namespace Open311
