#include "map/MarkerClusterer.h"

#include <QTest>

using namespace Open311;

// A 400x300 view of a 1024-pixel world whose origin sits at the screen's top left.
class MarkerClustererTest : public QObject
{
    Q_OBJECT

    static constexpr double kWorld = 1024;
    const QSizeF m_view { 400, 300 };

    static QPointF at(double x, double y) { return { x / kWorld, y / kWorld }; }

private Q_SLOTS:
    void markersInOneCellBecomeOneCluster()
    {
        const QList<QPointF> markers { at(10, 10), at(20, 15), at(300, 200) };
        const QList<MarkerClusterer::Cluster> clusters
            = MarkerClusterer::cluster(markers, kWorld, QPointF(0, 0), m_view, true);
        QCOMPARE(clusters.size(), 2);
        QCOMPARE(clusters[0].count, 2);
        QCOMPARE(clusters[0].first, 0);
        QCOMPARE(clusters[0].sum / clusters[0].count, QPointF(15, 12.5));
        QCOMPARE(clusters[1].count, 1);
        QCOMPARE(clusters[1].first, 2);
        QCOMPARE(clusters[1].sum, QPointF(300, 200));
    }

    // Close on the screen but on either side of a cell's edge: two clusters, as drawn.
    void neighboursAcrossACellEdgeStayApart()
    {
        // Cells start a cell left of the view: one edge is at x = 44.
        const double edge = MarkerClusterer::kCell;
        const QList<QPointF> markers { at(edge - 1, 10), at(edge + 1, 10) };
        QCOMPARE(MarkerClusterer::cluster(markers, kWorld, QPointF(0, 0), m_view, true).size(), 2);
    }

    // A cell's margin around the view keeps a half-visible marker; farther ones are left out.
    void onlyWhatIsInOrNearTheView()
    {
        const QList<QPointF> markers { at(-30, 10), at(-60, 10), at(430, 10), at(460, 10) };
        const QList<MarkerClusterer::Cluster> clusters
            = MarkerClusterer::cluster(markers, kWorld, QPointF(0, 0), m_view, false);
        QCOMPARE(clusters.size(), 2);
        QCOMPARE(clusters[0].first, 0);
        QCOMPARE(clusters[1].first, 2);
    }

    // Zoomed in (group false), every marker is its own, even in one cell; the offset moves them.
    void ungroupedAndOffset()
    {
        const QList<QPointF> markers { at(10, 10), at(12, 11) };
        const QList<MarkerClusterer::Cluster> clusters
            = MarkerClusterer::cluster(markers, kWorld, QPointF(100, 50), m_view, false);
        QCOMPARE(clusters.size(), 2);
        QCOMPARE(clusters[0].sum, QPointF(110, 60));
        QCOMPARE(clusters[1].count, 1);
        QVERIFY(MarkerClusterer::cluster({}, kWorld, QPointF(), m_view, true).isEmpty());
    }
};

QTEST_GUILESS_MAIN(MarkerClustererTest)
#include "marker_clusterer_test.moc"
