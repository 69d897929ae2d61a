#pragma once

#include "core/CreateResult.h"
#include "core/Discovery.h"
#include "core/Error.h"
#include "core/RequestStatus.h"
#include "core/Service.h"
#include "core/ServiceDefinition.h"
#include "core/V2Text.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <cmath>
#include <limits>
#include <optional>

namespace Open311 {

// The GeoReport v2 answers in JSON: the document of each call, and the JSON error document any
// of them may be instead. Each reader is given the whole body for its error messages' excerpt.
class V2Json
{
public:
    // The body's document; a body that is not valid JSON, or that is a GeoReport error
    // document, becomes the error instead.
    static std::optional<Error> read(
        const QByteArray& body, const QString& method, QJsonDocument& document);
    // Not JSON, or JSON that read() refuses for its numbers: the same call in XML says it right.
    static bool isMalformed(const QByteArray& document);

    static std::optional<Error> readDiscovery(
        const QJsonDocument& document, const QByteArray& body, Discovery& discovery);
    static std::optional<Error> readServices(
        const QJsonDocument& document, const QByteArray& body, ServiceList& services);
    // The same list read without a QJsonDocument, in a third less time; false when the document
    // is anything but a plain valid list, which readServices() then reads, errors and all.
    static bool scanServices(const QByteArray& document, ServiceList& services);
    static std::optional<Error> readDefinition(
        const QJsonDocument& document, const QByteArray& body, ServiceDefinition& definition);
    static std::optional<Error> readCreate(
        const QJsonDocument& document, const QByteArray& body, CreateResult& result);
    // requests.json, requests/{id}.json and tokens/{token}.json alike.
    static std::optional<Error> readRequests(
        const QJsonDocument& document, const QByteArray& body, QList<RequestStatus>& requests);

private:
    // [{"code":403,"description":"..."}], or the same object alone.
    static std::optional<Error> serverError(const QJsonDocument& document, const QString& method);

    // The value helpers take a QJsonValue or, through the *Field() functions, the value in its
    // object as QJsonValueConstRef: a list of 10,000 services is read without copying a
    // QJsonValue (and touching its document's reference count) for every field. They are in the
    // header so that the readers can inline them.

    template <typename Value> static bool isWholeNumber(const Value& value, qint64& whole)
    {
        whole = value.toInteger(0);
        return whole == value.toInteger(1);
    }

    // Numbers as plain decimals, never with an exponent: 37.762221815, 94122.
    template <typename Value> static QString numberText(const Value& value)
    {
        qint64 whole = 0;
        if (isWholeNumber(value, whole))
            return QString::number(whole);
        return QString::number(value.toDouble(), 'f', QLocale::FloatingPointShortest);
    }

    // A text field: a string trimmed, a number as written, a boolean as its word; null and absent
    // are empty. Objects and arrays are nothing GeoReport puts there.
    template <typename Value> static QString jsonText(const Value& value)
    {
        switch (value.type()) {
        case QJsonValue::String: {
            QString text = value.toString();
            V2Text::trimInPlace(text);
            return text;
        }
        case QJsonValue::Double:
            return numberText(value);
        case QJsonValue::Bool:
            return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        default:
            return QString();
        }
    }

    // An id or a code: text, and a whole number exactly. A whole number beyond 64 bits reached us
    // as a double and lost its last digits; exact becomes false.
    template <typename Value> static QString jsonId(const Value& value, bool& exact)
    {
        if (value.type() != QJsonValue::Double)
            return jsonText(value);
        qint64 whole = 0;
        if (isWholeNumber(value, whole))
            return QString::number(whole);
        const double number = value.toDouble();
        if (std::isfinite(number) && std::trunc(number) == number) {
            exact = false;
            return QString();
        }
        return QString::number(number, 'f', QLocale::FloatingPointShortest);
    }

    template <typename Value> static bool jsonFlag(const Value& value, bool fallback)
    {
        switch (value.type()) {
        case QJsonValue::Bool:
            return value.toBool();
        case QJsonValue::String:
            return V2Text::textFlag(value.toString(), fallback);
        case QJsonValue::Double:
            return V2Text::textFlag(numberText(value), fallback);
        default:
            return fallback;
        }
    }

    template <typename Value> static int jsonOrder(const Value& value)
    {
        if (value.type() == QJsonValue::String)
            return V2Text::textOrder(value.toString());
        qint64 whole = 0;
        if (value.type() != QJsonValue::Double || !isWholeNumber(value, whole))
            return 0;
        if (whole < std::numeric_limits<int>::min() || whole > std::numeric_limits<int>::max())
            return 0;
        return int(whole);
    }

    // A list of words: ["text/xml", "application/json"], or one word alone.
    template <typename Value> static QStringList jsonWords(const Value& value)
    {
        QStringList words;
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QString word = jsonText(array.at(i));
                if (!word.isEmpty())
                    words.append(word);
            }
        } else {
            const QString word = jsonText(value);
            if (!word.isEmpty())
                words.append(word);
        }
        return words;
    }

    static QJsonValue field(const QJsonObject& object, const char* key)
    {
        return object.value(QLatin1String(key));
    }

    static QString textField(const QJsonObject& object, const char* key)
    {
        const QJsonObject::const_iterator it = object.constFind(QLatin1String(key));
        return it == object.constEnd() ? QString() : jsonText(*it);
    }

    static QString idField(const QJsonObject& object, const char* key, bool& exact)
    {
        const QJsonObject::const_iterator it = object.constFind(QLatin1String(key));
        return it == object.constEnd() ? QString() : jsonId(*it, exact);
    }

    static bool flagField(const QJsonObject& object, const char* key, bool fallback)
    {
        const QJsonObject::const_iterator it = object.constFind(QLatin1String(key));
        return it == object.constEnd() ? fallback : jsonFlag(*it, fallback);
    }

    static int orderField(const QJsonObject& object, const char* key)
    {
        const QJsonObject::const_iterator it = object.constFind(QLatin1String(key));
        return it == object.constEnd() ? 0 : jsonOrder(*it);
    }

    static QStringList wordsField(const QJsonObject& object, const char* key)
    {
        const QJsonObject::const_iterator it = object.constFind(QLatin1String(key));
        return it == object.constEnd() ? QStringList() : jsonWords(*it);
    }
};

} // namespace Open311
