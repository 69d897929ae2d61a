#include "core/V1Codec.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace Open311;

// Parsing a 10,000-service service_list, against a bare QXmlStreamReader pass over the same
// bytes (the floor any XML parser on Qt pays). Target: at most 2x.
class ParseBench : public QObject
{
    Q_OBJECT

    QByteArray m_document;

private Q_SLOTS:
    void initTestCase()
    {
        m_document = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<ServiceResponse>\r\n"
                     "  <Open311ServiceList>\r\n";
        for (int i = 0; i < 10000; ++i) {
            m_document += "    <service service_code=\""
                + QByteArray::number(i).rightJustified(5, '0') + "\" service_name=\"Service number "
                + QByteArray::number(i)
                + " &amp; friends\" service_description=\"Sidewalk curb or ramp has problems "
                  "such as cracking, missing pieces, holes, and/or chipped curb. \"/>\r\n";
        }
        m_document += "  </Open311ServiceList>\r\n  <Open311Error/>\r\n</ServiceResponse>\r\n";
        const Result<ServiceList> check = V1Codec::parseServiceList(m_document);
        QVERIFY(check.ok());
        QCOMPARE(check.value().size(), 10000);
    }

    void bareReader()
    {
        qsizetype attributes = 0;
        QBENCHMARK
        {
            QXmlStreamReader reader(m_document);
            while (!reader.atEnd()) {
                if (reader.readNext() == QXmlStreamReader::StartElement)
                    attributes += reader.attributes().size();
            }
        }
        QVERIFY(attributes > 0);
    }

    void parseServiceList()
    {
        qsizetype services = 0;
        QBENCHMARK
        {
            services += V1Codec::parseServiceList(m_document).value().size();
        }
        QVERIFY(services >= 10000);
    }
};

QTEST_GUILESS_MAIN(ParseBench)
#include "parse_bench.moc"
