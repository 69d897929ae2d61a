#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace Open311 {

// Writes `open311 --json` output as QJsonDocument's indented form, except for the order of
// keys: QJsonObject sorts them, and a person reading a status wants the request and its status
// first. Those lead (kLeadingKeys, in that order); the rest follow sorted, as before.
class CliJsonWriter
{
public:
    static QByteArray write(const QJsonValue& value);

private:
    static void append(QByteArray& out, const QJsonValue& value, int depth);
};

} // namespace Open311
