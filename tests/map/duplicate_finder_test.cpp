#include "map/DuplicateFinder.h"

#include <QTest>

using namespace Open311;

class DuplicateFinderTest : public QObject
{
    Q_OBJECT

    static FeedRequest request(const QString& id, const QString& service, double lat, double lon,
        const QString& status = QStringLiteral("open"))
    {
        FeedRequest r;
        r.id = id;
        r.serviceName = service;
        r.status = status;
        r.latitude = lat;
        r.longitude = lon;
        return r;
    }

private Q_SLOTS:
    void nearestOpenOfTheSameServiceWithinTheRadius()
    {
        const QList<FeedRequest> known {
            request(QStringLiteral("far"), QStringLiteral("Pothole"), 40.0010, -100.0),
            request(QStringLiteral("closed"), QStringLiteral("Pothole"), 40.00001, -100.0,
                QStringLiteral("closed")),
            request(QStringLiteral("other"), QStringLiteral("Graffiti"), 40.00001, -100.0),
            request(QStringLiteral("near"), QStringLiteral("pothole"), 40.0002, -100.0),
            request(QStringLiteral("nearer"), QStringLiteral("Pothole"), 40.0001, -100.0),
        };
        const QGeoCoordinate pin(40.0, -100.0);
        const auto match
            = DuplicateFinder::find(known, QStringLiteral("Pothole"), pin, QString(), 50);
        QVERIFY(match);
        QCOMPARE(known.at(match->index).id, QStringLiteral("nearer"));
        QVERIFY(match->meters);
        QVERIFY(qAbs(*match->meters - 11.1) < 0.5);
        QVERIFY(!DuplicateFinder::find(known, QStringLiteral("Pothole"), pin, QString(), 5));
        QVERIFY(!DuplicateFinder::find(known, QString(), pin, QString(), 50));
        QVERIFY(!DuplicateFinder::find(known, QStringLiteral("Streetlight"), pin, QString(), 50));
    }

    // Reports sent or queued with an address alone have no place; without a pin the address
    // itself is compared, as a person would read it.
    void byAddressWhereThereIsNoPin()
    {
        FeedRequest queued = request(QString(), QStringLiteral("Pothole"), 0, 0);
        queued.hasPosition = false;
        queued.address = QStringLiteral("123  Oak Street,");
        const QList<FeedRequest> known { queued };
        const auto match = DuplicateFinder::find(known, QStringLiteral("Pothole"), QGeoCoordinate(),
            QStringLiteral("123 oak street"), 50);
        QVERIFY(match);
        QCOMPARE(match->index, 0);
        QVERIFY(!match->meters);
        // A pin at 0,0 never matches a request that has no place by distance...
        QVERIFY(!DuplicateFinder::find(known, QStringLiteral("Pothole"), QGeoCoordinate(0, 0),
            QStringLiteral("elsewhere"), 50));
        // ...but a report with a pin does match one at its address that went without.
        const auto pinned = DuplicateFinder::find(known, QStringLiteral("Pothole"),
            QGeoCoordinate(40, -100), QStringLiteral("123 Oak Street"), 50);
        QVERIFY(pinned);
        QVERIFY(!pinned->meters);
        QVERIFY(!DuplicateFinder::find(known, QStringLiteral("Pothole"), QGeoCoordinate(),
            QStringLiteral("125 Oak Street"), 50));
        QVERIFY(!DuplicateFinder::find(
            known, QStringLiteral("Pothole"), QGeoCoordinate(), QString(), 50));
    }
};

QTEST_GUILESS_MAIN(DuplicateFinderTest)
#include "duplicate_finder_test.moc"
