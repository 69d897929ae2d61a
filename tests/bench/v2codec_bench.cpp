#include "core/V2Codec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QXmlStreamReader>

using namespace Open311;

// Parsing a 10,000-service GeoReport v2 services list, against the floor any parser on Qt pays
// for the same bytes: a bare QJsonDocument::fromJson for the JSON form (target: at most 1.5x) and
// a bare QXmlStreamReader pass for the XML form.
class V2CodecBench : public QObject
{
    Q_OBJECT

    static constexpr int kServices = 10000;

    QByteArray m_json;
    QByteArray m_xml;

    // Realistic values: string codes with leading zeros, names with an ampersand and non-ASCII
    // letters, a sentence or two of description, three keywords, a group, and most services
    // with a definition.
    struct Fields
    {
        QByteArray code, name, description, metadata, type, keywords, group;
    };

    static Fields fields(int i)
    {
        static const char* const groups[]
            = { "Street Defects", "Sanitation & Recycling", "Graffiti", "Tree Maintenance",
                  "Stra\xC3\x9F"
                  "enbeleuchtung",
                  "Parks" };
        static const char* const types[] = { "realtime", "realtime", "batch", "blackbox" };
        Fields f;
        f.code = "S" + QByteArray::number(i).rightJustified(5, '0');
        f.name = "Service number " + QByteArray::number(i) + " & friends";
        f.description = "Sidewalk curb or ramp has problems such as cracking, missing pieces, "
                        "holes, and/or chipped curb. Report number "
            + QByteArray::number(i * 7) + " of the city's list.";
        f.metadata = i % 3 == 0 ? "false" : "true";
        f.type = types[i % 4];
        f.keywords = "curb, ramp, sidewalk" + QByteArray(i % 5 == 0 ? ", accessibility" : "");
        f.group = groups[i % 6];
        return f;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_json = "[\n";
        m_xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<services>\r\n";
        for (int i = 0; i < kServices; ++i) {
            const Fields f = fields(i);
            if (i > 0)
                m_json += ",\n";
            m_json += "  {\"service_code\":\"" + f.code + "\",\"service_name\":\"" + f.name
                + "\",\"description\":\"" + f.description + "\",\"metadata\":" + f.metadata
                + ",\"type\":\"" + f.type + "\",\"keywords\":\"" + f.keywords + "\",\"group\":\""
                + f.group + "\"}";
            QByteArray name = f.name;
            QByteArray group = f.group;
            name.replace("&", "&amp;");
            group.replace("&", "&amp;");
            m_xml += "  <service>\r\n    <service_code>" + f.code
                + "</service_code>\r\n    <service_name>" + name
                + "</service_name>\r\n    <description>" + f.description
                + "</description>\r\n    <metadata>" + f.metadata + "</metadata>\r\n    <type>"
                + f.type + "</type>\r\n    <keywords>" + f.keywords + "</keywords>\r\n    <group>"
                + group + "</group>\r\n  </service>\r\n";
        }
        m_json += "\n]\n";
        m_xml += "</services>\r\n";

        for (const QByteArray* document : { &m_json, &m_xml }) {
            const Result<ServiceList> check = V2Codec::parseServiceList(*document);
            QVERIFY2(check.ok(), qPrintable(check.error().message()));
            QCOMPARE(check.value().size(), kServices);
            const Service& last = check.value().last();
            QCOMPARE(last.code, QStringLiteral("S09999"));
            QCOMPARE(last.name, QStringLiteral("Service number 9999 & friends"));
            QCOMPARE(last.group, QStringLiteral("Tree Maintenance"));
            QCOMPARE(last.keywords.size(), 3);
            QCOMPARE(check.value()[5].keywords.size(), 4);
            QCOMPARE(check.value()[4].group,
                QString::fromUtf8("Stra\xC3\x9F"
                                  "enbeleuchtung"));
            QCOMPARE(last.metadata, false);
        }
    }

    void bareFromJson()
    {
        qsizetype services = 0;
        QBENCHMARK
        {
            services += QJsonDocument::fromJson(m_json).array().size();
        }
        QVERIFY(services >= kServices);
    }

    void parseServiceListJson()
    {
        qsizetype services = 0;
        QBENCHMARK
        {
            services += V2Codec::parseServiceList(m_json).value().size();
        }
        QVERIFY(services >= kServices);
    }

    void bareXmlReader()
    {
        qsizetype elements = 0;
        QBENCHMARK
        {
            QXmlStreamReader reader(m_xml);
            while (!reader.atEnd()) {
                if (reader.readNext() == QXmlStreamReader::StartElement)
                    ++elements;
            }
        }
        QVERIFY(elements > kServices);
    }

    void parseServiceListXml()
    {
        qsizetype services = 0;
        QBENCHMARK
        {
            services += V2Codec::parseServiceList(m_xml).value().size();
        }
        QVERIFY(services >= kServices);
    }
};

QTEST_GUILESS_MAIN(V2CodecBench)
#include "v2codec_bench.moc"
