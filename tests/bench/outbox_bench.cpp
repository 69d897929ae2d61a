#include "LocalCity.h"
#include "core/Client.h"
#include "sandbox/SandboxServer.h"
#include "store/Outbox.h"
#include "store/OutboxSender.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Open311;

// Flushing 1,000 queued reports to the in-process training city, against sending the same
// 1,000 creates straight through the client (the baseline: the outbox's cost is the ratio).
class OutboxBench : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flushThousand()
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
        request.latitude = 40.0;
        request.longitude = -100.0;
        request.description = QStringLiteral("benchmark");

        // A plain event loop: QTest::qWaitFor sleeps 10 ms between rounds, which would starve
        // the in-process server and measure the sleeps.
        QEventLoop loop;
        QElapsedTimer timer;
        timer.start();
        int done = 0;
        for (int i = 0; i < 1000; ++i) {
            client.createRequest(request).then(this, [&](const Result<CreateResult>& r) {
                done += r.ok() ? 1 : 0;
                if (done == 1000)
                    loop.quit();
            });
        }
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(done, 1000);
        const qint64 direct = timer.elapsed();

        Outbox outbox(dir.filePath(QStringLiteral("outbox.sqlite")));
        QVERIFY(outbox.open(error));
        timer.restart();
        for (int i = 0; i < 1000; ++i) {
            OutboxEntry entry;
            entry.endpoint = city.endpointUrl();
            entry.cityId = SandboxOptions::kTrainingCityId;
            entry.request = request;
            QVERIFY(outbox.add(entry) > 0);
        }
        const qint64 queueing = timer.elapsed();
        OutboxSender sender(&outbox, [&](const OutboxEntry&) { return &client; });
        connect(&sender, &OutboxSender::idle, &loop, &QEventLoop::quit);
        timer.restart();
        sender.flush();
        loop.exec();
        QCOMPARE(outbox.pendingCount(), 0);
        const qint64 flushing = timer.elapsed();
        qInfo(
            "OUTBOX: 1000 creates direct %lld ms; queueing 1000 into the outbox %lld ms; flushing "
            "them %lld ms (ratio flush/direct %.2f)",
            direct, queueing, flushing, double(flushing) / double(qMax<qint64>(1, direct)));
    }
};

QTEST_GUILESS_MAIN(OutboxBench)
#include "outbox_bench.moc"
