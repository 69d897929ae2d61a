#include "cli/RequestQueryCommands.h"

#include "cli/CliJson.h"
#include "cli/CommandContext.h"
#include "cli/CommandOutput.h"
#include "core/Client.h"
#include "core/FutureCallback.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>
#include <QTimeZone>

namespace Open311 {

namespace {

// A day ("2026-11-01") means its first moment for --start and its last for --end, in UTC;
// a full ISO 8601 moment is taken as written.
QDateTime dateOption(const QString& text, bool endOfDay)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid()) {
        return endOfDay ? QDateTime(day, QTime(23, 59, 59), QTimeZone::utc())
                        : QDateTime(day, QTime(0, 0), QTimeZone::utc());
    }
    return QDateTime::fromString(text, Qt::ISODate);
}

} // namespace

RequestQueryCommands::RequestQueryCommands(CommandContext& context)
    : QObject(&context)
    , m_context(context)
    , m_output(context.output())
{ }

std::optional<RequestQuery> RequestQueryCommands::queryFromOptions()
{
    const QCommandLineParser& options = m_context.options();
    RequestQuery query;
    query.serviceCode = options.value(QStringLiteral("service-code"));
    const QString status = options.value(QStringLiteral("status"));
    if (!status.isEmpty() && status != QLatin1String("open") && status != QLatin1String("closed")) {
        m_output.usageError(tr("--status takes open or closed."));
        return std::nullopt;
    }
    query.status = status;
    for (const auto& [name, end] : { std::pair { QStringLiteral("start"), false },
             std::pair { QStringLiteral("end"), true } }) {
        if (!options.isSet(name))
            continue;
        const QDateTime moment = dateOption(options.value(name), end);
        if (!moment.isValid()) {
            m_output.usageError(tr("--%1 takes a date such as 2026-11-01, or a moment such as "
                                   "2026-11-01T09:30:00Z.")
                                    .arg(name));
            return std::nullopt;
        }
        (end ? query.end : query.start) = moment;
    }
    if (query.start.isValid() && query.end.isValid() && query.start > query.end) {
        m_output.usageError(tr("--start is after --end."));
        return std::nullopt;
    }
    for (const QString& id : options.value(QStringLiteral("id")).split(QLatin1Char(','))) {
        if (!id.trimmed().isEmpty())
            query.ids.append(id.trimmed());
    }
    for (const auto& [name, target] : { std::pair { QStringLiteral("page"), &query.page },
             std::pair { QStringLiteral("page-size"), &query.pageSize } }) {
        if (!options.isSet(name))
            continue;
        bool ok = false;
        *target = options.value(name).toInt(&ok);
        if (!ok || *target < 1) {
            m_output.usageError(tr("--%1 takes a whole number from 1.").arg(name));
            return std::nullopt;
        }
    }
    query.extensions = options.isSet(QStringLiteral("extensions"));
    return query;
}

void RequestQueryCommands::requests(const QStringList& arguments)
{
    if (!arguments.isEmpty()) {
        m_output.usageError(tr("requests takes no positional arguments; use the options."));
        return;
    }
    m_context.withProfile([this] {
        const std::optional<RequestQuery> query = queryFromOptions();
        if (!query || !m_context.setUpClient(false))
            return;
        onResult(m_context.client()->requests(*query), this,
            [this, extensions = query->extensions](const Result<QList<RequestStatus>>& result) {
                if (!result.ok()) {
                    m_output.fail(result.error());
                    return;
                }
                printList(result.value(), extensions);
            });
    });
}

void RequestQueryCommands::token(const QStringList& arguments)
{
    if (arguments.size() != 1) {
        m_output.usageError(tr("token takes one token."));
        return;
    }
    m_context.withProfile([this, token = arguments.constFirst()] {
        if (!m_context.setUpClient(false))
            return;
        onResult(m_context.client()->token(token), this,
            [this, token](const Result<QList<RequestStatus>>& result) {
                if (!result.ok()) {
                    m_output.fail(result.error());
                    return;
                }
                if (m_output.json()) {
                    printList(result.value());
                    return;
                }
                const QString id = result.value().isEmpty()
                    ? QString()
                    : result.value().constFirst().serviceRequestId;
                if (id.isEmpty()) {
                    // Not an error: a batch service files its reports later.
                    m_output.err()
                        << tr("The city has not given token %1 a request id yet; ask again "
                              "later.")
                               .arg(token)
                        << Qt::endl;
                } else {
                    m_output.out() << id << '\n';
                }
                m_output.out().flush();
                m_output.done(CommandOutput::Success);
            });
    });
}

void RequestQueryCommands::printList(const QList<RequestStatus>& list, bool extensions)
{
    if (m_output.json()) {
        QJsonArray array;
        for (const RequestStatus& request : list) {
            QJsonObject object = CliJson::status(request);
            if (extensions)
                object.insert(QStringLiteral("extensions"), request.extensions);
            array.append(object);
        }
        m_output.print(array);
    } else {
        QTextStream& out = m_output.out();
        for (const RequestStatus& request : list) {
            out << request.serviceRequestId << '\t' << request.status << '\t' << request.serviceCode
                << '\t' << request.requestedDatetime << '\t' << request.address << '\n';
            // Indented under their request, one leaf a line:
            // extended_attributes.tasks[0].owner_name
            if (extensions)
                printExtensions(out, QString(), request.extensions);
        }
        if (list.isEmpty())
            m_output.err() << tr("The city lists no request that matches.") << Qt::endl;
    }
    m_output.out().flush();
    m_output.done(CommandOutput::Success);
}

void RequestQueryCommands::printExtensions(
    QTextStream& out, const QString& path, const QJsonValue& value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            printExtensions(
                out, path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(), *it);
        return;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            printExtensions(out, path + QStringLiteral("[%1]").arg(i), array.at(i));
        return;
    }
    QString text = value.isString() ? value.toString() : value.toVariant().toString();
    if (value.isNull())
        text = QStringLiteral("null");
    // One line each, whatever the server put in it.
    text.replace(QLatin1Char('\n'), QStringLiteral("\\n")).remove(QLatin1Char('\r'));
    out << "    " << path << ": " << text << '\n';
}

} // namespace Open311
