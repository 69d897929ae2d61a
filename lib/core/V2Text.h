#pragma once

#include "core/Error.h"
#include "core/RequestStatus.h"
#include "core/Service.h"
#include "core/ServiceDefinition.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <utility>

namespace Open311 {

// What the GeoReport v2 JSON and XML readers share: where a body's document starts and in which
// format, the sentences both formats' problems are told in, and the reading of flags, numbers
// and keyword lists from text. The sentences stay in the Open311::V2Codec translation context.
class V2Text
{
public:
    enum class Format
    {
        Empty,
        Json,
        Xml,
        Unknown,
    };

    struct Sniffed
    {
        Format format = Format::Empty;
        QByteArray document; // from the document's first byte
    };

    // The format is the body's, never the URL's: some servers answer a .json URL with XML.
    static Sniffed sniff(const QByteArray& body);

    static bool isSpace(char c)
    {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
    }

    // --- Sentences
    static Error emptyAnswer();
    static Error serviceWithoutCode(const Service& service);
    static Error createWithoutRequest();
    static Error createWithoutId();
    static Error requestWithoutId();

    // --- Values
    static bool textFlag(QStringView text, bool fallback);
    static int textOrder(QStringView text);
    static int errorCode(QStringView text);
    // "deep,hole,wow" and "lorem, ipsum, dolor" alike.
    static QStringList splitKeywords(QStringView text);

    // Most values need no trimming, and QString::trimmed() would still scan them.
    static void trimInPlace(QString& text)
    {
        if (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()))
            text = std::move(text).trimmed();
    }

    // A list repeats its keyword lists from service to service; each distinct one is split once
    // and shared, rather than split into new strings 10,000 times.
    class SharedKeywords
    {
    public:
        QStringList operator()(const QString& text)
        {
            if (text.isEmpty())
                return QStringList();
            const auto known = m_keywords.constFind(text);
            if (known != m_keywords.cend())
                return *known;
            const QStringList keywords = splitKeywords(text);
            m_keywords.insert(text, keywords);
            return keywords;
        }

    private:
        QHash<QString, QStringList> m_keywords;
    };

    // --- What a read entry must have, whichever format it came in

    // Inline: it runs once for each of a long list's services.
    static std::optional<Error> finishService(Service& service)
    {
        if (service.code.isEmpty())
            return serviceWithoutCode(service);
        if (service.name.isEmpty())
            service.name = service.code;
        if (service.group.isEmpty() && !service.groups.isEmpty())
            service.group = service.groups.first();
        return std::nullopt;
    }

    // Sorted by order; a choice without a name is named by its key.
    static std::optional<Error> finishDefinition(ServiceDefinition& definition);

    // The fields of a request or token entry, by their name in either format.
    struct RequestField
    {
        QStringView name;
        QString RequestStatus::*member;
        bool isId;
    };

    static constexpr RequestField kRequestFields[] = {
        { u"service_request_id", &RequestStatus::serviceRequestId, true },
        { u"token", &RequestStatus::token, true },
        { u"status", &RequestStatus::status, false },
        { u"status_notes", &RequestStatus::statusNotes, false },
        { u"service_name", &RequestStatus::serviceName, false },
        { u"service_code", &RequestStatus::serviceCode, true },
        { u"description", &RequestStatus::description, false },
        { u"agency_responsible", &RequestStatus::agencyResponsible, false },
        { u"service_notice", &RequestStatus::serviceNotice, false },
        { u"requested_datetime", &RequestStatus::requestedDatetime, false },
        { u"updated_datetime", &RequestStatus::updatedDatetime, false },
        { u"expected_datetime", &RequestStatus::expectedDatetime, false },
        { u"address", &RequestStatus::address, false },
        { u"address_id", &RequestStatus::addressId, true },
        { u"zipcode", &RequestStatus::zipcode, true },
        { u"lat", &RequestStatus::latitude, false },
        { u"long", &RequestStatus::longitude, false },
        { u"media_url", &RequestStatus::mediaUrl, false },
    };
};

} // namespace Open311
