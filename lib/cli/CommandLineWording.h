#pragma once

#include "core/Endpoint.h"
#include "core/Error.h"
#include "core/NewRequest.h"

#include <QCoreApplication>

namespace Open311 {

// The checks in lib/core speak the window's language ("place the pin on the map", "Choose a
// service."); a person at a shell needs the options that fix the problem instead. The field an
// error concerns says which words to use; the error keeps its kind and field, so scripts see
// the same JSON.
class CommandLineWording
{
    Q_DECLARE_TR_FUNCTIONS(Open311::CommandLineWording)

public:
    // An error of NewRequest::validate() for `request`, in the options of `open311 submit`.
    static Error forRequest(
        const Error& error, const NewRequest& request, bool descriptionFromFile);
    // An error of Endpoint::check() in the options that set the endpoint.
    static Error forEndpoint(const Error& error, const Endpoint& endpoint);

    // That no server was named, and how to name one.
    static QString noEndpoint();
    // Why no key can be sent, and how to give one.
    static QString noApiKey();
    static QString blankApiKeyVariable();
    static QString emptyApiKeyFile(const QString& path);
};

} // namespace Open311
