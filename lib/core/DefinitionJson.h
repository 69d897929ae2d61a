#pragma once

#include "core/ServiceDefinition.h"

#include <QJsonObject>

namespace Open311 {

// A service definition written as GeoReport v2's JSON writes it (services/{code}.json), absent
// texts as null: what `open311 definition --json` prints, and what the definition cache keeps,
// to be read back through V2Codec like any answer.
class DefinitionJson
{
public:
    static QJsonObject toJson(const ServiceDefinition& definition);
};

} // namespace Open311
