#include "core/CrashHandler.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTest>

#include <cstdlib>
#include <cstring>

#include <sys/mman.h>

// The handler runs in a process of its own: this test starts itself again to die there.
class CrashHandlerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aFatalSignalLeavesItsCauseInTheLog_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<int>("signal");
        QTest::newRow("abort") << QStringLiteral("--abort") << 6;
        QTest::newRow("segmentation fault") << QStringLiteral("--segfault") << 11;
    }

    void aFatalSignalLeavesItsCauseInTheLog()
    {
        QFETCH(QString, how);
        QFETCH(int, signal);
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QCoreApplication::applicationFilePath(), { how });
        QVERIFY(child.waitForFinished(20000));
        const QString log = QString::fromUtf8(child.readAllStandardError());
        // It still dies of the signal, so that a core file and the exit status tell the same.
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QVERIFY2(log.startsWith(QStringLiteral("crash-test: fatal signal %1\n").arg(signal)),
            qPrintable(log));
        // Frames of this executable, by name: the backtrace, not just the line.
        QVERIFY2(log.contains(QLatin1String("crash_handler_test")), qPrintable(log));
        QVERIFY2(log.count(QLatin1Char('\n')) >= 3, qPrintable(log));
    }
};

int main(int argc, char* argv[])
{
    if (argc > 1
        && (std::strcmp(argv[1], "--abort") == 0 || std::strcmp(argv[1], "--segfault") == 0)) {
        Open311::CrashHandler::install("crash-test");
        if (std::strcmp(argv[1], "--abort") == 0)
            std::abort();
        // A real fault on a page that may not be written: a null store would be caught by
        // UBSan before it faulted, and the handler would never run under the sanitizers.
        void* page = mmap(nullptr, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (page == MAP_FAILED)
            return 2;
        *static_cast<volatile int*>(page) = 1;
        return 0;
    }
    QCoreApplication app(argc, argv);
    CrashHandlerTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "crash_handler_test.moc"
