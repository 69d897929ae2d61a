#include "cli/CommandLineWording.h"

#include <QLocale>

namespace Open311 {

Error CommandLineWording::forRequest(
    const Error& error, const NewRequest& request, bool descriptionFromFile)
{
    if (error.kind() != Error::Kind::Validation)
        return error;
    using Field = Error::Field;
    QString message;
    switch (error.field()) {
    case Field::ServiceCode:
        message = tr("Give the service with --service-code CODE (see: open311 services).");
        break;
    case Field::Location:
        message = tr("Give a location: --lat and --lon, or --address.");
        break;
    case Field::Latitude:
    case Field::Longitude:
        if (request.latitude.has_value() != request.longitude.has_value())
            message = tr("Give both --lat and --lon, or neither.");
        else if (error.field() == Field::Latitude)
            message = tr("--lat must be between -90 and 90 degrees.");
        else
            message = tr("--lon must be between -180 and 180 degrees.");
        break;
    case Field::Description: {
        const QLocale locale;
        const QString length = locale.toString(NewRequest::codePointCount(request.description));
        const QString limit = locale.toString(NewRequest::kMaxDescriptionCodePoints);
        message = descriptionFromFile
            ? tr("The --description-file has %1 characters; the city accepts at most %2.")
                  .arg(length, limit)
            : tr("The --description has %1 characters; the city accepts at most %2.")
                  .arg(length, limit);
        break;
    }
    case Field::Email:
        message = tr("--email does not look like an email address (name@example.org).");
        break;
    case Field::MediaUrl:
        message = tr("--media-url takes a full web address starting with http:// or https://.");
        break;
    default:
        return error;
    }
    return Error::validation(error.field(), message);
}

Error CommandLineWording::forEndpoint(const Error& error, const Endpoint& endpoint)
{
    if (error.kind() != Error::Kind::Validation)
        return error;
    const QUrl url = endpoint.baseUrl();
    switch (error.field()) {
    case Error::Field::Endpoint:
        if (url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0
            && !endpoint.allowPlainHttp() && !Endpoint::isLoopbackHost(url.host())) {
            return Error::validation(error.field(),
                tr("The endpoint %1 uses plain HTTP, which would send the API key unencrypted. "
                   "Use https://, or give --allow-http to send it anyway.")
                    .arg(url.toDisplayString()));
        }
        if (url.isValid() && !url.host().isEmpty()) {
            return Error::validation(error.field(),
                tr("--endpoint must start with https:// (or http://, with "
                   "--allow-http when the server is not this machine)."));
        }
        return Error::validation(error.field(),
            tr("--endpoint takes the server's full address, such as "
               "https://city.example/dev/V1/."));
    case Error::Field::CityId:
        return Error::validation(error.field(),
            tr("Give the city id with --city-id ID (or OPEN311_CITY_ID), "
               "for example --city-id sfgov.org."));
    default:
        return error;
    }
}

QString CommandLineWording::noEndpoint()
{
    return tr("Give the server with --endpoint URL (or OPEN311_ENDPOINT), or a --profile.");
}

QString CommandLineWording::noApiKey()
{
    return tr("No API key was given. Set the environment variable OPEN311_API_KEY, or give "
              "--api-key-file PATH (never the key itself as an argument).");
}

QString CommandLineWording::blankApiKeyVariable()
{
    return tr("OPEN311_API_KEY is set but blank. Put the city's API key in it, or give "
              "--api-key-file PATH.");
}

QString CommandLineWording::emptyApiKeyFile(const QString& path)
{
    return tr("The API key file %1 is empty. Write the city's API key in it, or set "
              "OPEN311_API_KEY.")
        .arg(path);
}

} // namespace Open311
