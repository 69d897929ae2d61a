#pragma once

#include "core/NewRequest.h"

#include <QJsonObject>

namespace Open311 {

// A NewRequest as JSON, for the outbox and drafts. Field names follow the spec's arguments.
class RequestJson
{
public:
    static QJsonObject toJson(const NewRequest& request);
    static NewRequest fromJson(const QJsonObject& object);
};

} // namespace Open311
