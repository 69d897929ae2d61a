#include "core/Endpoint.h"

#include <QHostAddress>

namespace Open311 {

Endpoint::Endpoint(const QUrl& baseUrl, const QString& cityId, bool allowPlainHttp,
    Protocol protocol, WireFormat format)
    : m_baseUrl(baseUrl)
    , m_cityId(cityId.trimmed())
    , m_allowPlainHttp(allowPlainHttp)
    , m_protocol(protocol)
    , m_format(format)
{ }

Endpoint Endpoint::withFormat(WireFormat format) const
{
    Endpoint copy = *this;
    copy.m_format = format;
    return copy;
}

Endpoint Endpoint::withLocale(const QString& locale) const
{
    Endpoint copy = *this;
    copy.m_locale = locale.trimmed();
    return copy;
}

QUrl Endpoint::methodUrl(const QString& method) const
{
    QUrl url = m_baseUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + method);
    return url;
}

std::optional<Error> Endpoint::check() const
{
    if (!m_baseUrl.isValid() || m_baseUrl.host().isEmpty()) {
        return Error::validation(Error::Field::Endpoint,
            tr("The endpoint is not a valid URL. Give the full address, "
               "such as https://city.example/dev/V1/."));
    }
    const QString scheme = m_baseUrl.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        return Error::validation(Error::Field::Endpoint,
            tr("The endpoint must start with https:// (or http:// where "
               "plain HTTP is allowed)."));
    }
    if (refusesPlainHttp(m_baseUrl, m_allowPlainHttp)) {
        return Error::validation(Error::Field::Endpoint,
            tr("The endpoint uses plain HTTP, which would send the API key "
               "unencrypted. Use https://, or allow plain HTTP explicitly."));
    }
    if (m_cityId.isEmpty() && m_protocol == Protocol::GeoReportV1) {
        return Error::validation(Error::Field::CityId,
            tr("The city id is empty. GeoReport v1 servers need it "
               "(for example sfgov.org)."));
    }
    return std::nullopt;
}

bool Endpoint::refusesPlainHttp(const QUrl& url, bool allowPlainHttp)
{
    return url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0 && !allowPlainHttp
        && !isLoopbackHost(url.host());
}

bool Endpoint::isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace Open311
