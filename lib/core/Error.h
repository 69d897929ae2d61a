#pragma once

#include <QCoreApplication>
#include <QString>

namespace Open311 {

// One error type for everything a call can end with, so that the window, the outbox and the
// command line all tell the same story about what happened on the wire.
class Error
{
    Q_DECLARE_TR_FUNCTIONS(Open311::Error)

public:
    enum class Kind
    {
        None,
        Validation, // nothing was sent
        Server, // the server answered with an Open311Error
        Http, // an HTTP status other than 200
        Network, // the connection failed
        Timeout, // no answer in time
        Protocol, // an answer that is not the expected GeoReport XML
        OutcomeUnknown, // a create that may have reached the server; never resend silently
    };

    // The form field an error concerns, so the window can show it next to that field.
    enum class Field
    {
        None,
        Endpoint,
        CityId,
        ApiKey,
        ServiceCode,
        Location,
        Latitude,
        Longitude,
        Description,
        Email,
        MediaUrl,
        Photos, // the files sent with a report (v2's multipart media)
        RequestId,
        Attribute, // a v2 service attribute: attributeCode() says which
        Token,
    };

    Error() = default;

    static Error validation(Field field, const QString& message);
    static Error attribute(const QString& code, const QString& message);
    static Error server(const QString& method, int code, const QString& description);
    static Error http(int status, const QString& excerpt);
    // neverArrived: the request provably did not reach the server (refused, DNS, TLS).
    static Error network(const QString& message, bool neverArrived);
    static Error timeout();
    static Error protocol(const QString& message, const QString& excerpt = QString());
    static Error outcomeUnknown(const QString& reason);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    Field field() const { return m_field; }
    QString attributeCode() const { return m_attributeCode; }
    // The Open311 errorCode (v1), the error's code (v2, an HTTP status) or the HTTP status; -1
    // when there is none.
    int code() const { return m_code; }
    QString method() const { return m_method; }
    // The server's own errorDescription, or a short excerpt of an unexpected answer.
    QString detail() const { return m_detail; }
    // A translated sentence for people; never contains the API key.
    QString message() const;

    // The stable word scripts see in JSON: validation, server, http, ...
    QString kindName() const;
    // The exit code of the command line tool for this error.
    int exitCode() const;
    // True when sending the same create again cannot file it twice.
    bool safeToRetry() const;

private:
    Kind m_kind = Kind::None;
    Field m_field = Field::None;
    int m_code = -1;
    bool m_neverArrived = false;
    QString m_method;
    QString m_attributeCode;
    QString m_message;
    QString m_detail;
};

} // namespace Open311
