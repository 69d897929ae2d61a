#include "core/NewRequest.h"

#include <QTest>

#include <limits>

using namespace Open311;

class NewRequestTest : public QObject
{
    Q_OBJECT

private:
    static NewRequest valid()
    {
        NewRequest request;
        request.serviceCode = QStringLiteral("021");
        request.latitude = 37.7;
        request.longitude = -122.4;
        return request;
    }

private Q_SLOTS:
    void validRequestPasses()
    {
        QVERIFY(!valid().validate().has_value());
        NewRequest addressOnly;
        addressOnly.serviceCode = QStringLiteral("001");
        addressOnly.addressString = QStringLiteral("1 Main St");
        QVERIFY(!addressOnly.validate().has_value());
    }

    void rules_data()
    {
        QTest::addColumn<int>("rule");
        QTest::addColumn<int>("field");
        using F = Error::Field;
        QTest::newRow("no service") << 0 << int(F::ServiceCode);
        QTest::newRow("blank service") << 1 << int(F::ServiceCode);
        QTest::newRow("lat without lon") << 2 << int(F::Longitude);
        QTest::newRow("lon without lat") << 3 << int(F::Latitude);
        QTest::newRow("lat 90.0001") << 4 << int(F::Latitude);
        QTest::newRow("lon -180.5") << 5 << int(F::Longitude);
        QTest::newRow("lat nan") << 6 << int(F::Latitude);
        QTest::newRow("lon inf") << 7 << int(F::Longitude);
        QTest::newRow("no location no address") << 8 << int(F::Location);
        QTest::newRow("blank address") << 9 << int(F::Location);
        QTest::newRow("email") << 10 << int(F::Email);
        QTest::newRow("email no dot") << 11 << int(F::Email);
        QTest::newRow("media ftp") << 12 << int(F::MediaUrl);
        QTest::newRow("media relative") << 13 << int(F::MediaUrl);
        QTest::newRow("description 4001") << 14 << int(F::Description);
    }

    void rules()
    {
        QFETCH(int, rule);
        QFETCH(int, field);
        NewRequest r = valid();
        switch (rule) {
        case 0:
            r.serviceCode.clear();
            break;
        case 1:
            r.serviceCode = QStringLiteral("  ");
            break;
        case 2:
            r.longitude.reset();
            break;
        case 3:
            r.latitude.reset();
            break;
        case 4:
            r.latitude = 90.0001;
            break;
        case 5:
            r.longitude = -180.5;
            break;
        case 6:
            r.latitude = std::numeric_limits<double>::quiet_NaN();
            break;
        case 7:
            r.longitude = std::numeric_limits<double>::infinity();
            break;
        case 8:
            r.latitude.reset();
            r.longitude.reset();
            break;
        case 9:
            r.latitude.reset();
            r.longitude.reset();
            r.addressString = QStringLiteral(" ");
            break;
        case 10:
            r.email = QStringLiteral("not an email");
            break;
        case 11:
            r.email = QStringLiteral("a@b");
            break;
        case 12:
            r.mediaUrl = QStringLiteral("ftp://example.org/a.jpg");
            break;
        case 13:
            r.mediaUrl = QStringLiteral("/photos/1.jpg");
            break;
        case 14:
            r.description = QString(4001, QLatin1Char('x'));
            break;
        }
        const std::optional<Error> error = r.validate();
        QVERIFY(error.has_value());
        QCOMPARE(error->kind(), Error::Kind::Validation);
        QCOMPARE(int(error->field()), field);
        QVERIFY(!error->message().isEmpty());
        QCOMPARE(error->exitCode(), 2);
        QVERIFY(error->safeToRetry());
    }

    void boundariesPass()
    {
        NewRequest r = valid();
        r.latitude = -90.0;
        r.longitude = 180.0;
        r.email = QStringLiteral("jo.smith+311@sfgov.edu");
        r.mediaUrl = QStringLiteral("https://example.org/photo?id=1&x=2");
        QVERIFY(!r.validate().has_value());
    }

    void descriptionCountsCodePoints_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::newRow("ascii") << QStringLiteral("a");
        QTest::newRow("cjk") << QStringLiteral("\u5751");
        QTest::newRow("emoji") << QStringLiteral("\U0001F573");
    }

    void descriptionCountsCodePoints()
    {
        QFETCH(QString, unit);
        NewRequest r = valid();
        r.description = unit.repeated(4000);
        QCOMPARE(NewRequest::codePointCount(r.description), 4000);
        QVERIFY(!r.validate().has_value());
        r.description += unit;
        const std::optional<Error> error = r.validate();
        QVERIFY(error.has_value());
        QCOMPARE(error->field(), Error::Field::Description);
        // The request is never shortened to make it fit.
        QCOMPARE(NewRequest::codePointCount(r.description), 4001);
    }
};

QTEST_GUILESS_MAIN(NewRequestTest)
#include "newrequest_test.moc"
