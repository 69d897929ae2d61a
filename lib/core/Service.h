#pragma once

#include <QList>
#include <QString>

namespace Open311 {

// Codes stay strings: "001" and "1" are different services.
struct Service
{
    QString code;
    QString name;
    QString description;

    bool operator==(const Service& other) const
    {
        return code == other.code && name == other.name && description == other.description;
    }
};

using ServiceList = QList<Service>;

} // namespace Open311
