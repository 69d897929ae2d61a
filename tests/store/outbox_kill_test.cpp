#include "sandbox/SandboxServer.h"
#include "store/Outbox.h"

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>

using namespace Open311;

// Reports survive kill -9 at random moments of a submission, and none is filed twice by an
// automatic retry: 200 submissions through the command line against the training city with
// 20% injected faults of every kind, 20 of the processes killed at a random moment. The
// sandbox's own store is the judge.
class OutboxKillTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;
    SandboxServer* m_city = nullptr;

    QProcess* start(const QStringList& arguments)
    {
        auto* process = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_data.path());
        env.insert(QStringLiteral("OPEN311_API_KEY"), SandboxOptions::kTrainingKey);
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(OPEN311_CLI_PATH),
            QStringList { QStringLiteral("--endpoint"), m_city->endpointUrl().toString(),
                QStringLiteral("--city-id"), SandboxOptions::kTrainingCityId,
                QStringLiteral("--timeout"), QStringLiteral("1") }
                + arguments);
        return process;
    }

    static bool finish(QProcess* process)
    {
        return QTest::qWaitFor(
            [process] { return process->state() == QProcess::NotRunning; }, 30000);
    }

private Q_SLOTS:
    void killedSubmissionsAreNeverLostNorDuplicated()
    {
        SandboxOptions options;
        options.faultRate = 0.2;
        options.seed = 20261130;
        SandboxServer city(options);
        QString error;
        QVERIFY(city.start(error));
        m_city = &city;

        QRandomGenerator random(311);
        QSet<int> victims;
        while (victims.size() < 20)
            victims.insert(int(random.bounded(200)));
        QHash<QString, int> exitCodes; // marker -> exit code, -1 when killed
        for (int i = 0; i < 200; ++i) {
            const QString marker = QStringLiteral("kill-test #%1").arg(i);
            QProcess* process = start(
                { QStringLiteral("submit"), QStringLiteral("--service-code"), QStringLiteral("021"),
                    QStringLiteral("--lat"), QStringLiteral("40.0"), QStringLiteral("--lon"),
                    QStringLiteral("-100.0"), QStringLiteral("--description"), marker });
            if (victims.contains(i)) {
                // Anywhere from start-up, through the outbox write, to after the answer.
                const int delay = int(random.bounded(40));
                QTimer::singleShot(delay, process, [process] {
                    if (process->state() == QProcess::Running)
                        ::kill(pid_t(process->processId()), SIGKILL);
                });
            }
            QVERIFY(finish(process));
            const bool wasKilled = process->exitStatus() == QProcess::CrashExit;
            // A victim that finished first hands its turn to the next submission.
            if (victims.contains(i) && !wasKilled && i + 1 < 200)
                victims.insert(i + 1);
            exitCodes.insert(marker, wasKilled ? -1 : process->exitCode());
            process->deleteLater();
        }

        // Send what waits (only reports that provably never arrived wait), a few rounds.
        for (int round = 0; round < 8; ++round) {
            QProcess* flush = start({ QStringLiteral("outbox"), QStringLiteral("flush") });
            QVERIFY(finish(flush));
            flush->deleteLater();
        }

        Outbox outbox(m_data.filePath(QStringLiteral("open311-reporter/outbox.sqlite")));
        QVERIFY(outbox.open(error));
        QHash<QString, int> filed; // description -> times the city stored it
        QHash<QString, QString> filedId;
        for (const SandboxStore::Request& stored : city.store().all()) {
            filed[stored.request.description] += 1;
            filedId.insert(stored.request.description, stored.id);
        }
        int sent = 0, unknown = 0, rejected = 0, waiting = 0, lost = 0, duplicated = 0, killed = 0;
        QHash<QString, OutboxEntry> byMarker;
        for (const OutboxEntry& entry : outbox.list(false))
            byMarker.insert(entry.request.description, entry);
        for (auto it = exitCodes.cbegin(); it != exitCodes.cend(); ++it) {
            const QString& marker = it.key();
            killed += it.value() == -1 ? 1 : 0;
            duplicated += filed.value(marker) > 1 ? 1 : 0;
            if (!byMarker.contains(marker)) {
                // Only a process killed before its outbox write may leave no row, and then the
                // city must not have it either.
                if (it.value() != -1 || filed.contains(marker))
                    ++lost;
                continue;
            }
            const OutboxEntry& entry = byMarker[marker];
            switch (entry.state) {
            case OutboxEntry::State::Sent:
                ++sent;
                if (filed.value(marker) != 1 || filedId.value(marker) != entry.serviceRequestId)
                    ++lost;
                break;
            case OutboxEntry::State::OutcomeUnknown:
                ++unknown;
                break;
            case OutboxEntry::State::Rejected:
                ++rejected;
                if (filed.contains(marker))
                    ++lost;
                break;
            default:
                ++waiting;
                break;
            }
            if (it.value() == 0 && entry.state != OutboxEntry::State::Sent)
                ++lost; // the command said it was filed
        }
        qInfo("KILLTEST: 200 submissions, %d killed, faults injected %d; sent %d, outcome unknown "
              "%d, "
              "rejected %d, still waiting %d, lost %d, duplicated %d",
            killed,
            city.faultsInjected(SandboxServer::Fault::Html500)
                + city.faultsInjected(SandboxServer::Fault::Drop)
                + city.faultsInjected(SandboxServer::Fault::Stall)
                + city.faultsInjected(SandboxServer::Fault::Truncate)
                + city.faultsInjected(SandboxServer::Fault::BackEndDown),
            sent, unknown, rejected, waiting, lost, duplicated);
        QCOMPARE(lost, 0);
        QCOMPARE(duplicated, 0);
        QCOMPARE(waiting, 0);
        QVERIFY(killed >= 18); // the kills landed while the processes ran
        QVERIFY(unknown > 0); // the faults really happened
        QVERIFY(sent > 100);
        m_city = nullptr;
    }
};

QTEST_GUILESS_MAIN(OutboxKillTest)
#include "outbox_kill_test.moc"
