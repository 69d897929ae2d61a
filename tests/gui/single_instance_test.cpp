#include "gui/window/SingleInstance.h"

#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Open311;

// One report window per user and data folder: a second window restored the first one's unsent
// draft, and the same report could then be sent twice.
class SingleInstanceTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QProcessEnvironment environment(const QString& home) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
        return env;
    }

    // Up: it holds the lock and answers on its socket.
    static bool answers(const QString& serverName)
    {
        QLocalSocket socket;
        socket.connectToServer(serverName);
        return socket.waitForConnected(200);
    }

private Q_SLOTS:
    void aSecondClaimAsksTheFirstToComeForward()
    {
        const QString folder = m_dir.filePath(QStringLiteral("one"));
        auto first = std::make_unique<SingleInstance>(folder);
        QVERIFY(first->claim());
        QSignalSpy asked(first.get(), &SingleInstance::activationRequested);
        SingleInstance second(folder);
        QVERIFY(!second.claim());
        QVERIFY(second.answered());
        QVERIFY(asked.wait(5000));
        QCOMPARE(asked.takeFirst().first().value<SingleInstance::Request>(),
            SingleInstance::Request::Show);
        // What the later launch was for comes along.
        QVERIFY(!second.claim(SingleInstance::Request::TrainingCity));
        QVERIFY(asked.wait(5000));
        QCOMPARE(asked.takeFirst().first().value<SingleInstance::Request>(),
            SingleInstance::Request::TrainingCity);

        // Another data folder is another instance.
        SingleInstance elsewhere(m_dir.filePath(QStringLiteral("two")));
        QVERIFY(elsewhere.claim());

        // Once the first is gone the folder is free again.
        first.reset();
        SingleInstance third(folder);
        QVERIFY(third.claim());
    }

    // A running instance that holds the lock but does not answer is told apart from one
    // that came forward.
    void aSilentInstanceIsNoAnswer()
    {
        const QString folder = m_dir.filePath(QStringLiteral("silent"));
        SingleInstance first(folder);
        QVERIFY(first.claim());
        QLocalServer::removeServer(first.serverName()); // its socket gone, its lock held
        SingleInstance second(folder);
        QVERIFY(!second.claim());
        QVERIFY(!second.answered());
    }

    void whatACrashLeftBehindDoesNotStopTheNext()
    {
        const QString folder = m_dir.filePath(QStringLiteral("crashed"));
        QVERIFY(QDir().mkpath(folder));
        // The lock of a process that no longer exists.
        QProcess gone;
        gone.start(QStringLiteral("true"), {});
        QVERIFY(gone.waitForFinished(5000));
        const qint64 deadPid = gone.processId() > 0 ? gone.processId() : 999999;
        QFile lock(QDir(folder).filePath(QStringLiteral("instance.lock")));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(deadPid) + "\nopen311-reporter\n\n");
        lock.close();
        SingleInstance next(folder);
        // Its socket file too.
        QFile socketFile(QDir::temp().filePath(next.serverName()));
        QVERIFY(socketFile.open(QIODevice::WriteOnly));
        socketFile.close();
        QVERIFY(next.claim());
        QSignalSpy asked(&next, &SingleInstance::activationRequested);
        QVERIFY(answers(next.serverName()));
        QVERIFY(asked.wait(5000));
    }

    void aSecondLaunchOfTheAppEndsAndTheFirstStays()
    {
        const QString home = m_dir.filePath(QStringLiteral("app"));
        QProcess first;
        first.setProcessEnvironment(environment(home));
        first.start(QStringLiteral(OPEN311_REPORTER_PATH), {});
        QVERIFY(first.waitForStarted(5000));
        const QString serverName
            = SingleInstance(home + QStringLiteral("/data/open311-reporter")).serverName();
        QTRY_VERIFY_WITH_TIMEOUT(answers(serverName), 15000);

        QProcess second;
        second.setProcessEnvironment(environment(home));
        second.start(QStringLiteral(OPEN311_REPORTER_PATH), {});
        QVERIFY(second.waitForFinished(15000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QVERIFY2(second.readAllStandardOutput().contains("already running"),
            "no word about the running window");
        QCOMPARE(first.state(), QProcess::Running);

        // "--training" again, the README's first command, while a city is open: the running
        // window goes to the training city.
        const QString conf = home + QStringLiteral("/config/Open311Reporter/open311-reporter.conf");
        QSettings(conf, QSettings::IniFormat)
            .setValue(QStringLiteral("activeProfile"), QStringLiteral("elsewhere"));
        QProcess training;
        training.setProcessEnvironment(environment(home));
        training.start(QStringLiteral(OPEN311_REPORTER_PATH), { QStringLiteral("--training") });
        QVERIFY(training.waitForFinished(15000));
        QCOMPARE(training.exitCode(), 0);
        QTRY_COMPARE(
            QSettings(conf, QSettings::IniFormat).value(QStringLiteral("activeProfile")).toString(),
            QStringLiteral("training"));
        QCOMPARE(first.state(), QProcess::Running);

        // With data of its own, a launch is an instance of its own.
        QProcess other;
        other.setProcessEnvironment(environment(m_dir.filePath(QStringLiteral("other"))));
        other.start(QStringLiteral(OPEN311_REPORTER_PATH), {});
        QVERIFY(other.waitForStarted(5000));
        QVERIFY(!other.waitForFinished(3000));
        for (QProcess* process : { &first, &other }) {
            process->terminate();
            if (!process->waitForFinished(10000))
                process->kill();
        }
    }
};

QTEST_GUILESS_MAIN(SingleInstanceTest)
#include "single_instance_test.moc"
