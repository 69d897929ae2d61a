#pragma once

#include "core/Service.h"

#include <QString>

namespace Open311 {

// The last service list a jurisdiction sent, so that the form is usable before the server
// answers, or when it does not.
class ServiceCache
{
public:
    // Empty when there is none or it cannot be read.
    static ServiceList read(const QString& path);
    static bool write(const QString& path, const ServiceList& services);
};

} // namespace Open311
