#include "gui/window/DisplayWait.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

// Qt aborts when it cannot reach the X server. The reporter waits a few seconds for one that is
// starting, and otherwise ends with one clear message and status 1, not SIGABRT.
class DisplayWaitTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    static QString freeDisplay()
    {
        for (int attempt = 0; attempt < 100; ++attempt) {
            const int n = 300 + QRandomGenerator::global()->bounded(600);
            if (!QFile::exists(QStringLiteral("/tmp/.X%1-lock").arg(n))
                && !QFile::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(n)))
                return QStringLiteral(":%1").arg(n);
        }
        return {};
    }

    QProcessEnvironment environment(const QString& display) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        if (display.isEmpty())
            env.remove(QStringLiteral("DISPLAY"));
        else
            env.insert(QStringLiteral("DISPLAY"), display);
        return env;
    }

    struct Run
    {
        QProcess::ExitStatus exitStatus;
        int exitCode;
        QString err;
        qint64 ms;
    };

    Run runReporter(const QString& display)
    {
        QProcess reporter;
        reporter.setProcessEnvironment(environment(display));
        QElapsedTimer clock;
        clock.start();
        reporter.start(QStringLiteral(OPEN311_REPORTER_PATH), { QStringLiteral("--training") });
        reporter.waitForFinished(30000);
        return { reporter.exitStatus(), reporter.exitCode(),
            QString::fromUtf8(reporter.readAllStandardError()), clock.elapsed() };
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void anAbsentDisplayGetsAMessageNotAnAbort()
    {
        const QString display = freeDisplay();
        QVERIFY(!display.isEmpty());
        const Run run = runReporter(display);
        QCOMPARE(run.exitStatus, QProcess::NormalExit);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("could not reach the display ") + display),
            qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("qt.qpa")), qPrintable(run.err));
        // It waited for a server that might be starting, and then gave up.
        QVERIFY2(run.ms >= 4500, qPrintable(QString::number(run.ms)));
    }

    void noDisplayAtAllIsSaidAtOnce()
    {
        const Run run = runReporter(QString());
        QCOMPARE(run.exitStatus, QProcess::NormalExit);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("DISPLAY is not set")), qPrintable(run.err));
        QVERIFY2(run.ms < 4000, qPrintable(QString::number(run.ms)));
    }

    void aServerThatComesUpLateIsWaitedFor()
    {
        const QString display = freeDisplay();
        QVERIFY(!display.isEmpty());
        QProcess server;
        server.start(QStringLiteral("sh"),
            { QStringLiteral("-c"),
                QStringLiteral("sleep 1; exec Xvfb %1 -nolisten tcp -noreset").arg(display) });
        QVERIFY(server.waitForStarted());
        qputenv("DISPLAY", display.toUtf8());
        qputenv("QT_QPA_PLATFORM", "xcb");
        qunsetenv("WAYLAND_DISPLAY");
        QElapsedTimer clock;
        clock.start();
        const auto outcome = Open311::DisplayWait::waitForX11(0, nullptr, 8000);
        const qint64 waited = clock.elapsed();
        server.terminate();
        server.waitForFinished();
        QCOMPARE(outcome, Open311::DisplayWait::Outcome::Reachable);
        QVERIFY2(waited >= 900, qPrintable(QString::number(waited)));
    }

    void anotherPlatformIsNotChecked()
    {
        qputenv("DISPLAY", freeDisplay().toUtf8());
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(Open311::DisplayWait::waitForX11(0, nullptr, 5000),
            Open311::DisplayWait::Outcome::NotChecked);
        QByteArray arg0("reporter"), arg1("-platform"), arg2("offscreen");
        char* argv[] = { arg0.data(), arg1.data(), arg2.data() };
        qputenv("QT_QPA_PLATFORM", "xcb");
        QCOMPARE(Open311::DisplayWait::waitForX11(3, argv, 5000),
            Open311::DisplayWait::Outcome::NotChecked);
        QVERIFY(clock.elapsed() < 1000);
    }
};

QTEST_GUILESS_MAIN(DisplayWaitTest)
#include "display_wait_test.moc"
