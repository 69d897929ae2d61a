#include "core/Error.h"

#include "core/SecretRedactor.h"

namespace Open311 {

namespace {

QString serverCodeMeaning(int code)
{
    switch (code) {
    case 100:
    case 200:
    case 300:
        return Error::tr("No API key was sent.");
    case 101:
    case 201:
    case 301:
        return Error::tr("The server does not accept this API key.");
    case 102:
        return Error::tr("The server could not produce its list of services.");
    case 202:
        return Error::tr("No service was chosen.");
    case 203:
        return Error::tr("The server does not offer the chosen service.");
    case 204:
        return Error::tr("The server could not file the report; nothing was created.");
    case 302:
        return Error::tr("The server does not know this request id, or it was filed with "
                         "another API key.");
    // GeoReport v2 gives HTTP statuses as its error codes.
    case 400:
        return Error::tr("The server refused the request as incomplete or invalid.");
    case 403:
        return Error::tr("The server does not accept this API key, or none was sent.");
    case 404:
        return Error::tr("The server does not know what was asked for.");
    default:
        return Error::tr("The server reported an error.");
    }
}

} // namespace

Error Error::validation(Field field, const QString& message)
{
    Error e;
    e.m_kind = Kind::Validation;
    e.m_field = field;
    e.m_message = message;
    e.m_neverArrived = true;
    return e;
}

Error Error::attribute(const QString& code, const QString& message)
{
    Error e = validation(Field::Attribute, message);
    e.m_attributeCode = code;
    return e;
}

Error Error::server(const QString& method, int code, const QString& description)
{
    Error e;
    e.m_kind = Kind::Server;
    e.m_method = method;
    e.m_code = code;
    e.m_detail = SecretRedactor::redact(description);
    switch (code) {
    case 100:
    case 101:
    case 200:
    case 201:
    case 300:
    case 301:
    case 403:
        e.m_field = Field::ApiKey;
        break;
    case 202:
    case 203:
        e.m_field = Field::ServiceCode;
        break;
    case 302:
        e.m_field = Field::RequestId;
        break;
    default:
        break;
    }
    return e;
}

Error Error::http(int status, const QString& excerpt)
{
    Error e;
    e.m_kind = Kind::Http;
    e.m_code = status;
    e.m_detail = SecretRedactor::redact(excerpt);
    if (status == 404)
        e.m_message = tr("The server address is wrong or the service is not running (HTTP 404). "
                         "Check the endpoint URL.");
    else if (status >= 500)
        e.m_message = tr("The server had an internal problem (HTTP %1).").arg(status);
    else
        e.m_message = tr("The server answered with HTTP status %1.").arg(status);
    return e;
}

Error Error::network(const QString& message, bool neverArrived)
{
    Error e;
    e.m_kind = Kind::Network;
    e.m_message = SecretRedactor::redact(message);
    e.m_neverArrived = neverArrived;
    return e;
}

Error Error::timeout()
{
    Error e;
    e.m_kind = Kind::Timeout;
    e.m_message = tr("The server did not answer in time.");
    return e;
}

Error Error::protocol(const QString& message, const QString& excerpt)
{
    Error e;
    e.m_kind = Kind::Protocol;
    e.m_message = message.isEmpty() ? tr("The server's answer could not be understood.") : message;
    e.m_detail = SecretRedactor::redact(excerpt);
    return e;
}

Error Error::outcomeUnknown(const QString& reason)
{
    Error e;
    e.m_kind = Kind::OutcomeUnknown;
    e.m_message = tr("The report may or may not have reached the city: %1 It was not sent "
                     "again, so that it cannot be filed twice.")
                      .arg(SecretRedactor::redact(reason));
    return e;
}

QString Error::message() const
{
    if (m_kind == Kind::Server) {
        QString text = serverCodeMeaning(m_code);
        if (m_code >= 0)
            text = tr("Error %1: %2").arg(m_code).arg(text);
        if (!m_detail.isEmpty())
            text += QLatin1Char(' ') + tr("The server said: \u201c%1\u201d").arg(m_detail);
        return text;
    }
    if (m_kind == Kind::Http || m_kind == Kind::Protocol) {
        if (!m_detail.isEmpty())
            return m_message + QLatin1Char(' ') + tr("It began with: \u201c%1\u201d").arg(m_detail);
    }
    return m_message;
}

QString Error::kindName() const
{
    switch (m_kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Validation:
        return QStringLiteral("validation");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Protocol:
        return QStringLiteral("protocol");
    case Kind::OutcomeUnknown:
        return QStringLiteral("unknown_outcome");
    }
    return QString();
}

int Error::exitCode() const
{
    switch (m_kind) {
    case Kind::None:
        return 0;
    case Kind::Validation:
        return 2;
    case Kind::Server:
        return 3;
    case Kind::OutcomeUnknown:
        return 5;
    case Kind::Http:
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Protocol:
        return 4;
    }
    return 4;
}

bool Error::safeToRetry() const
{
    if (m_neverArrived)
        return true;
    // 204 is the server telling us it created nothing.
    return m_kind == Kind::Server && m_code == 204;
}

} // namespace Open311
