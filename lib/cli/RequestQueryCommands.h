#pragma once

#include "core/RequestQuery.h"
#include "core/RequestStatus.h"

#include <QJsonValue>
#include <QObject>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace Open311 {

class CommandContext;
class CommandOutput;

// `open311 requests` and `open311 token`: GeoReport v2's queries of what the city has on file.
class RequestQueryCommands : public QObject
{
    Q_OBJECT

public:
    explicit RequestQueryCommands(CommandContext& context);

    void requests(const QStringList& arguments);
    void token(const QStringList& arguments);

private:
    std::optional<RequestQuery> queryFromOptions();
    void printList(const QList<RequestStatus>& list, bool extensions = false);
    static void printExtensions(QTextStream& out, const QString& path, const QJsonValue& value);

    CommandContext& m_context;
    CommandOutput& m_output;
};

} // namespace Open311
