#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

// Start-up to the first painted window, and idle memory, of open311-reporter against a minimal
// QMainWindow program, alternating runs so both see the same machine (median of 9).
namespace {

struct Run
{
    double firstFrameMs = -1;
    long idleKiB = -1;
};

Run measure(const QString& program, const QStringList& arguments, const QString& home)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.info=false"));
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    Run run;
    QByteArray out;
    while (process.waitForReadyRead(20000)) {
        out += process.readAllStandardOutput();
        if (run.firstFrameMs < 0 && out.contains("first-frame"))
            run.firstFrameMs = timer.nsecsElapsed() / 1e6;
        const qsizetype rss = out.indexOf("idle-rss ");
        if (rss >= 0 && out.indexOf('\n', rss) > 0) {
            run.idleKiB = out.mid(rss + 9, out.indexOf('\n', rss) - rss - 9).toLong();
            break;
        }
    }
    process.waitForFinished(10000);
    return run;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values[values.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QString dir = QCoreApplication::applicationDirPath();
    const QString reporter = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                      : dir + QStringLiteral("/../../app/reporter/open311-reporter");
    const QString minimal = dir + QStringLiteral("/minimal_window");
    QTemporaryDir home;
    QList<double> appFrames, minimalFrames, appRss, minimalRss, textFrames;
    for (int i = 0; i < 9; ++i) {
        const Run a = measure(minimal, {}, home.path());
        textFrames << measure(minimal, { QStringLiteral("--with-text") }, home.path()).firstFrameMs;
        const Run b = measure(reporter, { QStringLiteral("--report-startup") }, home.path());
        minimalFrames << a.firstFrameMs;
        minimalRss << double(a.idleKiB);
        appFrames << b.firstFrameMs;
        appRss << double(b.idleKiB);
    }
    QTextStream out(stdout);
    out << QStringLiteral("STARTUP first frame: minimal QMainWindow %1 ms, open311-reporter %2 ms, ratio %3\n")
               .arg(median(minimalFrames), 0, 'f', 1)
               .arg(median(appFrames), 0, 'f', 1)
               .arg(median(appFrames) / median(minimalFrames), 0, 'f', 2);
    out << QStringLiteral("STARTUP first frame: minimal QMainWindow with one QLabel %1 ms; open311-reporter ratio to it %2\n")
               .arg(median(textFrames), 0, 'f', 1)
               .arg(median(appFrames) / median(textFrames), 0, 'f', 2);
    // The spread: each run sits idle for seconds before the next, so each starts on a cold CPU.
    const auto list = [](const QList<double>& values) {
        QStringList parts;
        for (const double v : values)
            parts << QString::number(v, 'f', 1);
        return parts.join(QLatin1Char(' '));
    };
    out << QStringLiteral("STARTUP runs, minimal: %1\n").arg(list(minimalFrames));
    out << QStringLiteral("STARTUP runs, open311-reporter: %1\n").arg(list(appFrames));
    out << QStringLiteral("STARTUP idle RSS: minimal QMainWindow %1 kB, open311-reporter %2 kB, ratio %3\n")
               .arg(median(minimalRss), 0, 'f', 0)
               .arg(median(appRss), 0, 'f', 0)
               .arg(median(appRss) / median(minimalRss), 0, 'f', 2);
    return 0;
}
