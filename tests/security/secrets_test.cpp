#include "sandbox/SandboxOptions.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// The real executables, given an API key that is easy to find: it must not show in their own
// or their children's arguments and environment (which a core dump's notes and `ps e` show),
// in the crash handler's output, in their output or logs, or in any file they write, except
// the key file it came from.
class SecretsTest : public QObject
{
    Q_OBJECT

private:
    static inline const QByteArray kMarker = QByteArrayLiteral("MARKER-4f1b9c-do-not-leak");

    QTemporaryDir m_home;
    QString m_keyFile;

    QProcessEnvironment environment(bool withKey) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CONFIG_DIRS"), m_home.filePath(QStringLiteral("etc-xdg")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.filePath(QStringLiteral("run")));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.remove(QStringLiteral("OPEN311_API_KEY"));
        if (withKey)
            env.insert(QStringLiteral("OPEN311_API_KEY"), QString::fromLatin1(kMarker));
        return env;
    }

    static QByteArray readProcFile(qint64 pid, const char* name)
    {
        QFile file(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name)));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // The process and every process below it, found through each one's parent in /proc.
    static QList<qint64> withDescendants(qint64 root)
    {
        QList<qint64> found { root };
        for (qsizetype next = 0; next < found.size(); ++next) {
            const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
            for (const QString& entry : entries) {
                bool isPid = false;
                const qint64 pid = entry.toLongLong(&isPid);
                if (!isPid || found.contains(pid))
                    continue;
                const QByteArray stat = readProcFile(pid, "stat");
                // "pid (name) state ppid ...": the name may hold spaces and parentheses.
                const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
                if (fields.size() > 1 && fields[1].toLongLong() == found[next])
                    found.append(pid);
            }
        }
        return found;
    }

    // What `ps`, /proc and a core dump's notes would show of a running process and its
    // children; fails the test where the marker is in it.
    static void checkProcesses(qint64 root)
    {
        const QList<qint64> pids = withDescendants(root);
        for (const qint64 pid : pids) {
            const QByteArray cmdline = readProcFile(pid, "cmdline");
            const QByteArray environ = readProcFile(pid, "environ");
            QVERIFY2(!cmdline.isEmpty(), "the process is not running, or /proc cannot be read");
            QVERIFY2(
                !cmdline.contains(kMarker), qPrintable(QStringLiteral("arguments of %1").arg(pid)));
            QVERIFY2(!environ.contains(kMarker),
                qPrintable(QStringLiteral("environment of %1: %2")
                               .arg(pid)
                               .arg(QString::fromLocal8Bit(environ).replace(u'\0', u' '))));
        }
    }

    // Every file written below the test's home, databases and logs included.
    void checkFiles() const
    {
        int files = 0;
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path == m_keyFile)
                continue;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue; // sockets and the like
            ++files;
            QVERIFY2(!file.readAll().contains(kMarker), qPrintable(path));
        }
        QVERIFY2(files > 0, "nothing was written: the test saw nothing");
    }

    static bool waitForOutput(QProcess& process, QByteArray& out, const QByteArray& line)
    {
        return process.waitForStarted(10000)
            && QTest::qWaitFor(
                [&] {
                    out += process.readAllStandardOutput();
                    return out.contains(line) || process.state() != QProcess::Running;
                },
                20000)
            && out.contains(line);
    }

    // A crash, and what the crash handler prints about it.
    static QByteArray crash(QProcess& process)
    {
        ::kill(pid_t(process.processId()), SIGSEGV);
        if (!process.waitForFinished(10000))
            return QByteArray();
        return process.readAllStandardOutput() + process.readAllStandardError();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QDir(m_home.path()).mkpath(QStringLiteral("run"));
        QFile::setPermissions(m_home.filePath(QStringLiteral("run")),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        m_keyFile = m_home.filePath(QStringLiteral("sandbox-keys"));
        QFile keys(m_keyFile);
        QVERIFY(keys.open(QIODevice::WriteOnly));
        keys.write(kMarker + "\n");
    }

    // The training server with the key in a key file, and the command line tool with the key
    // in OPEN311_API_KEY, filing a report and reading its status.
    void theCommandLineAndTheTrainingServerKeepTheKey()
    {
        QProcess sandbox;
        sandbox.setProcessEnvironment(environment(false));
        sandbox.start(QStringLiteral(OPEN311_SANDBOX_PATH),
            { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--api-key-file"),
                m_keyFile, QStringLiteral("--data"), m_home.filePath(QStringLiteral("s.sqlite")) });
        QByteArray sandboxOut;
        QVERIFY2(waitForOutput(sandbox, sandboxOut, "Port: "),
            (sandboxOut + sandbox.readAllStandardError()).constData());
        const int portStart = sandboxOut.indexOf("Port: ") + 6;
        const QByteArray port
            = sandboxOut.mid(portStart, sandboxOut.indexOf('\n', portStart) - portStart);
        checkProcesses(sandbox.processId());

        const QStringList where { QStringLiteral("--endpoint"),
            QStringLiteral("http://127.0.0.1:%1/dev/V1/").arg(QString::fromLatin1(port)),
            QStringLiteral("--city-id"), Open311::SandboxOptions().cityId };
        QProcess submit;
        submit.setProcessEnvironment(environment(true));
        submit.start(QStringLiteral(OPEN311_CLI_PATH),
            where
                + QStringList { QStringLiteral("submit"), QStringLiteral("--service-code"),
                    QStringLiteral("021"), QStringLiteral("--lat"), QStringLiteral("40.0"),
                    QStringLiteral("--lon"), QStringLiteral("-100.0"),
                    QStringLiteral("--description"), QStringLiteral("Deep pothole") });
        QVERIFY(submit.waitForFinished(30000));
        const QByteArray id = submit.readAllStandardOutput().trimmed();
        const QByteArray submitErr = submit.readAllStandardError();
        // Accepted: the key reached the server, so the test is not passing on a key never used.
        QVERIFY2(submit.exitCode() == 0 && !id.isEmpty(), submitErr.constData());
        QVERIFY(!submitErr.contains(kMarker));

        QProcess status;
        status.setProcessEnvironment(environment(true));
        status.start(QStringLiteral(OPEN311_CLI_PATH),
            where
                + QStringList {
                    QStringLiteral("status"), QString::fromLatin1(id), QStringLiteral("99999") });
        QVERIFY(status.waitForFinished(30000));
        const QByteArray statusOut = status.readAllStandardOutput() + status.readAllStandardError();
        QVERIFY2(statusOut.contains(id), statusOut.constData());
        QVERIFY2(!statusOut.contains(kMarker), statusOut.constData());

        checkProcesses(sandbox.processId());
        const QByteArray sandboxLog = crash(sandbox);
        QVERIFY2(sandboxLog.contains("fatal signal 11"), sandboxLog.constData());
        QVERIFY(!(sandboxOut + sandboxLog).contains(kMarker));
        checkFiles();
    }

    // A command line call that is still waiting for its answer, as a core dump or `ps e`
    // would catch it, and its crash.
    void aWaitingCallShowsNoKey()
    {
        QTcpServer stalled; // accepts, reads and never answers
        QVERIFY(stalled.listen(QHostAddress::LocalHost));
        QByteArray request;
        connect(&stalled, &QTcpServer::newConnection, &stalled, [&] {
            QTcpSocket* socket = stalled.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket,
                [&request, socket] { request += socket->readAll(); });
        });
        QProcess call;
        call.setProcessEnvironment(environment(true));
        call.start(QStringLiteral(OPEN311_CLI_PATH),
            { QStringLiteral("--endpoint"),
                QStringLiteral("http://127.0.0.1:%1/dev/V1/").arg(stalled.serverPort()),
                QStringLiteral("--city-id"), QStringLiteral("stalled.example"),
                QStringLiteral("status"), QStringLiteral("1") });
        QVERIFY(QTest::qWaitFor([&] { return request.contains("\r\n\r\n"); }, 20000));
        QVERIFY2(request.contains(kMarker), request.constData()); // the key is in use
        checkProcesses(call.processId());
        const QByteArray log = crash(call);
        QVERIFY2(log.contains("fatal signal 11"), log.constData());
        QVERIFY2(!log.contains(kMarker), log.constData());
    }

    // The window, given the key in OPEN311_API_KEY as a kiosk would be.
    void theWindowKeepsTheKey()
    {
        QProcess app;
        QProcessEnvironment env = environment(true);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(OPEN311_REPORTER_PATH),
            { QStringLiteral("--training"), QStringLiteral("--report-startup") });
        QByteArray out;
        QVERIFY2(
            waitForOutput(app, out, "first-frame"), (out + app.readAllStandardError()).constData());
        checkProcesses(app.processId());
        const QByteArray log = crash(app);
        QVERIFY2(log.contains("fatal signal 11"), log.constData());
        QVERIFY2(!(out + log).contains(kMarker), log.constData());
        checkFiles();
    }
};

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    SecretsTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "secrets_test.moc"
