#pragma once

#include <QString>

namespace Open311 {

// QNetworkReply::errorString() and Qt's own debug output carry full URLs, and so the api_key.
// Everything that leaves the process as text passes through here first.
class SecretRedactor
{
public:
    // Masks "api_key=..." in any form, and every value registered with addSecret().
    static QString redact(const QString& text);
    // Registers a key so that it is masked wherever it appears, encoded or not.
    static void addSecret(const QString& secret);
    // Installs a message handler that redacts every log line before the previous handler sees it.
    static void installMessageHandler();
};

} // namespace Open311
