#include "LocalCity.h"
#include "core/Client.h"
#include "gui/tracker/TrackerModel.h"
#include "gui/window/StartupProbe.h"
#include "sandbox/SandboxServer.h"
#include "store/TrackerPoller.h"
#include "store/TrackerStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Open311;

// 10,000 tracked requests: one polling round against the in-process training city, with the
// Tracker's table on screen. Measures the round's time, the peak of requests in flight, the
// longest stall of the GUI's event loop (a 5 ms timer's longest gap) and resident memory.
class TrackerBench : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pollTenThousand()
    {
        QTemporaryDir dir;
        SandboxOptions options;
        options.dataPath = dir.filePath(QStringLiteral("city.sqlite"));
        Testing::LocalCity local;
        QString error;
        QVERIFY(local.start(options, error));
        SandboxServer& city = local.server();
        Client& client = local.client();
        NewRequest request;
        request.serviceCode = QStringLiteral("021");
        request.addressString = QStringLiteral("1 Oak Street");
        QEventLoop loop;
        QStringList ids;
        for (int i = 0; i < 10000; ++i) {
            client.createRequest(request).then([&](const Result<CreateResult>& r) {
                ids << r.value().serviceRequestId;
                if (ids.size() == 10000)
                    loop.quit();
            });
        }
        loop.exec();

        TrackerStore store(dir.filePath(QStringLiteral("tracker.sqlite")));
        QVERIFY(store.open(error));
        for (const QString& id : std::as_const(ids)) {
            TrackedRequest tracked;
            tracked.profile = QStringLiteral("training");
            tracked.requestId = id;
            tracked.serviceName = QStringLiteral("Pothole in Street");
            store.add(tracked);
        }
        TrackerModel model(&store);
        model.setProfile(QStringLiteral("training"));
        QTableView view;
        view.setModel(&model);
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        TrackerPoller poller(&store, &client, QStringLiteral("training"));
        connect(&poller, &TrackerPoller::checked, &model, &TrackerModel::refreshRow);

        int peak = 0;
        connect(&city, &SandboxServer::requestServed, this,
            [&] { peak = qMax(peak, client.callsInFlight()); });
        qint64 longest = 0;
        QElapsedTimer sinceTick;
        QTimer ticker;
        ticker.setInterval(5);
        connect(
            &ticker, &QTimer::timeout, this, [&] { longest = qMax(longest, sinceTick.restart()); });
        connect(&poller, &TrackerPoller::roundFinished, &loop, &QEventLoop::quit);
        const long rssBefore = StartupProbe::residentKiB();
        QElapsedTimer round;
        round.start();
        sinceTick.start();
        ticker.start();
        poller.pollDue();
        loop.exec();
        const qint64 elapsed = round.elapsed();
        ticker.stop();
        qInfo("TRACKER: 10000 requests polled in %lld ms; peak in flight %d (cap %d); longest "
              "event-loop "
              "stall %lld ms; RSS %ld kB before the round, %ld kB after",
            elapsed, peak, client.maxConcurrent(), longest, rssBefore, StartupProbe::residentKiB());
        QVERIFY(peak <= client.maxConcurrent());
        QCOMPARE(
            store.due(QStringLiteral("training"), QDateTime::currentMSecsSinceEpoch()).size(), 0);
    }
};

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    TrackerBench bench;
    return QTest::qExec(&bench, argc, argv);
}
#include "tracker_bench.moc"
