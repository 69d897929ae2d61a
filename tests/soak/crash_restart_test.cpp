#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// The real reporter on its training city under an X server, typed into by xdotool and killed
// with SIGKILL at a random moment (while starting, typing, searching, sending, or polling), then
// started again, cycle after cycle. Each restart must show its window and stay up, restore the
// draft as it was last saved, never send a report twice and never lose one from the outbox; the
// last one must end cleanly on SIGTERM.
//
// OPEN311_SOAK_CYCLES sets the number of cycles (20 in ctest; `tools/dev.sh restart-soak` runs 50)
// and OPEN311_SOAK_SEED replays a run: the seed is printed first.
class CrashRestartTest : public QObject
{
    Q_OBJECT

private:
    enum class Moment
    {
        StartingUp,
        Typing,
        Searching,
        Sending,
        Polling,
    };

    QTemporaryDir m_home; // kept after a failure, with the app's files and log
    QRandomGenerator m_random;
    QString m_log;
    int m_cycle = 0;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QString());
        env.remove(QStringLiteral("OPEN311_API_KEY"));
        return env;
    }

    QString dataFile(const QString& name) const
    {
        return m_home.filePath(QStringLiteral("data/open311-reporter/") + name);
    }

    static QString xdotool(const QStringList& arguments)
    {
        QProcess tool;
        tool.start(QStringLiteral("xdotool"), arguments);
        tool.waitForFinished(10000);
        return QString::fromUtf8(tool.readAllStandardOutput()).trimmed();
    }

    // The reporter's visible window, or empty once `timeoutMs` have passed.
    static QString waitForWindow(const QProcess& app, int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs && app.state() == QProcess::Running) {
            const QString found
                = xdotool({ QStringLiteral("search"), QStringLiteral("--onlyvisible"),
                    QStringLiteral("--pid"), QString::number(app.processId()),
                    QStringLiteral("--name"), QStringLiteral("Open311 Reporter") });
            if (!found.isEmpty())
                return found.section(QLatin1Char('\n'), 0, 0);
            QTest::qWait(100);
        }
        return QString();
    }

    using Rows = QList<QList<QByteArray>>;

    // Read-only, beside the running app: as another process would read its files.
    static Rows query(const QString& path, const QString& sql)
    {
        Rows rows;
        if (!QFile::exists(path))
            return rows;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "soak");
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql)) {
                    while (q.next()) {
                        QList<QByteArray> row;
                        for (int i = 0; i < q.record().count(); ++i)
                            row << q.value(i).toByteArray();
                        rows << row;
                    }
                }
            }
        }
        QSqlDatabase::removeDatabase("soak");
        return rows;
    }

    QJsonObject savedDraft() const
    {
        const Rows rows = query(dataFile(QStringLiteral("drafts.sqlite")),
            QStringLiteral("SELECT json FROM drafts WHERE profile = 'training'"));
        return rows.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(rows[0][0]).object();
    }

    // The description of every report in the outbox, by local id.
    QHash<QString, QString> outboxReports() const
    {
        QHash<QString, QString> reports;
        for (const QList<QByteArray>& row : query(dataFile(QStringLiteral("outbox.sqlite")),
                 QStringLiteral("SELECT local_id, payload FROM reports")))
            reports.insert(QString::fromUtf8(row[0]),
                QJsonDocument::fromJson(row[1])
                    .object()
                    .value(QStringLiteral("description"))
                    .toString());
        return reports;
    }

    QStringList cityDescriptions() const
    {
        QStringList descriptions;
        for (const QList<QByteArray>& row : query(dataFile(QStringLiteral("training-city.sqlite")),
                 QStringLiteral("SELECT description FROM requests")))
            descriptions << QString::fromUtf8(row[0]);
        return descriptions;
    }

    void start(QProcess& app)
    {
        app.setProcessEnvironment(environment());
        app.setProcessChannelMode(QProcess::MergedChannels);
        app.setStandardOutputFile(m_log, QIODevice::Append);
        app.start(QStringLiteral(OPEN311_REPORTER_PATH), { QStringLiteral("--training") });
        QVERIFY(app.waitForStarted(10000));
    }

    void kill(QProcess& app)
    {
        ::kill(pid_t(app.processId()), SIGKILL);
        QVERIFY(app.waitForFinished(10000));
    }

    QString failureContext() const
    {
        QFile log(m_log);
        log.open(QIODevice::ReadOnly);
        return QStringLiteral("cycle %1; a failure keeps the app's files and log in %2; the log "
                              "ends:\n%3")
            .arg(m_cycle)
            .arg(m_home.path(), QString::fromUtf8(log.readAll().right(4000)));
    }

    // One step of typing at a time, so that the kill can fall between any two of them.
    QList<QStringList> reportSteps(const QString& description) const
    {
        const QString address = QStringLiteral("%1 Oak Street").arg(100 + m_cycle);
        return {
            { QStringLiteral("key"), QStringLiteral("ctrl+n") },
            { QStringLiteral("key"), QStringLiteral("ctrl+f") },
            { QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("8"),
                QStringLiteral("pothole in st") },
            { QStringLiteral("key"), QStringLiteral("Return") },
            { QStringLiteral("key"), QStringLiteral("ctrl+l") },
            { QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("8"), address },
            { QStringLiteral("key"), QStringLiteral("Return") },
            { QStringLiteral("key"), QStringLiteral("alt+f") },
            { QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("8"),
                QStringLiteral("Ana") },
            { QStringLiteral("key"), QStringLiteral("alt+l") },
            { QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("8"),
                QStringLiteral("Soak") },
            { QStringLiteral("key"), QStringLiteral("alt+d") },
            { QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("8"), description },
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Failures, not skips: ctest runs this through tests/support/with-xvfb.sh, and
        // tools/dev.sh test installs xvfb and xdotool, so a missing one is a broken setup.
        QVERIFY2(!qEnvironmentVariableIsEmpty("DISPLAY"),
            "needs an X server: run it through tests/support/with-xvfb.sh");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty(),
            "needs xdotool (tools/dev.sh test installs it)");
        QVERIFY(m_home.isValid());
        const quint32 seed = qEnvironmentVariableIsSet("OPEN311_SOAK_SEED")
            ? quint32(qEnvironmentVariableIntValue("OPEN311_SOAK_SEED"))
            : QRandomGenerator::system()->generate();
        m_random.seed(seed);
        qInfo("crash_restart_test seed %u (OPEN311_SOAK_SEED=%u replays it)", seed, seed);
        m_log = m_home.filePath(QStringLiteral("reporter.log"));
    }

    void cleanup()
    {
        // The stores, the drafts and the whole log stay for whoever looks into a failure.
        if (QTest::currentTestFailed()) {
            m_home.setAutoRemove(false);
            qInfo("kept %s", qPrintable(m_home.path()));
        }
    }

    void killedAtRandomItAlwaysComesBack()
    {
        const int cycles = qEnvironmentVariableIsSet("OPEN311_SOAK_CYCLES")
            ? qEnvironmentVariableIntValue("OPEN311_SOAK_CYCLES")
            : 20;
        QHash<QString, QString> everInOutbox;
        QJsonObject draftBefore;
        QList<Moment> moments;
        int draftsRestored = 0;
        bool draftWasSaved = false; // a typing cycle waited past the draft's save
        for (m_cycle = 1; m_cycle <= cycles; ++m_cycle) {
            // Every moment once in each five cycles, in a random order.
            if (moments.isEmpty()) {
                moments = { Moment::StartingUp, Moment::Typing, Moment::Searching, Moment::Sending,
                    Moment::Polling };
                std::shuffle(moments.begin(), moments.end(), m_random);
            }
            const Moment moment = moments.takeFirst();
            // Some time for whatever the killed one left (its lock, its socket, its journals) to
            // be found by a start that comes at once or a second later, as a person restarts.
            QTest::qWait(int(m_random.bounded(1200u)));
            QProcess app;
            start(app);
            if (moment == Moment::StartingUp) {
                QTest::qWait(int(m_random.bounded(1500)));
                kill(app);
                draftBefore = savedDraft();
                continue;
            }
            const QString window = waitForWindow(app, 20000);
            QVERIFY2(
                !window.isEmpty(), qPrintable(QStringLiteral("no window; ") + failureContext()));
            // Up and still up: the abort this test hunts came within seconds of the start.
            QTest::qWait(1500);
            QVERIFY2(app.state() == QProcess::Running, qPrintable(failureContext()));
            // Restoring the draft writes it again from the form: what comes back is the same.
            const QJsonObject draftAfter = savedDraft();
            QVERIFY2(draftAfter == draftBefore,
                qPrintable(QStringLiteral("draft before: %1\ndraft after: %2\n")
                               .arg(QString::fromUtf8(QJsonDocument(draftBefore).toJson()),
                                   QString::fromUtf8(QJsonDocument(draftAfter).toJson()))
                    + failureContext()));
            QVERIFY2(!draftWasSaved || !draftAfter.isEmpty(),
                qPrintable(
                    QStringLiteral("the saved draft did not come back; ") + failureContext()));
            draftWasSaved = false;
            if (!draftAfter.isEmpty())
                ++draftsRestored;
            xdotool({ QStringLiteral("windowfocus"), window });

            const QString description
                = QStringLiteral("Soak cycle %1: a deep pothole by the kerb").arg(m_cycle);
            QList<QStringList> steps = reportSteps(description);
            int killAfter = int(steps.size());
            // Past the address, and past the draft's save a moment after the last edit.
            if (moment == Moment::Typing) {
                killAfter = 6 + int(m_random.bounded(quint32(steps.size() - 6)));
                draftWasSaved = true;
            } else if (moment == Moment::Searching)
                killAfter = 7; // just after Return in the address field
            for (int i = 0; i < killAfter; ++i)
                xdotool(steps[i]);
            if (moment == Moment::Sending)
                xdotool({ QStringLiteral("key"), QStringLiteral("ctrl+Return") });
            // On the Tracker tab while its poller checks what earlier cycles sent, with the
            // service list being fetched again (F5).
            if (moment == Moment::Polling) {
                xdotool({ QStringLiteral("key"), QStringLiteral("ctrl+Tab") });
                xdotool({ QStringLiteral("key"), QStringLiteral("F5") });
            }
            QTest::qWait(moment == Moment::Typing ? 1000 + int(m_random.bounded(500u))
                                                  : int(m_random.bounded(400u)));
            QVERIFY2(app.state() == QProcess::Running, qPrintable(failureContext()));
            kill(app);
            draftBefore = savedDraft();

            // Nothing the outbox held is ever gone, and the city got nothing twice.
            const QHash<QString, QString> now = outboxReports();
            for (auto it = everInOutbox.cbegin(); it != everInOutbox.cend(); ++it)
                QVERIFY2(now.value(it.key()) == it.value(),
                    qPrintable(QStringLiteral("report %1 left the outbox; ").arg(it.key())
                        + failureContext()));
            everInOutbox.insert(now);
            const QStringList city = cityDescriptions();
            QVERIFY2(QSet<QString>(city.cbegin(), city.cend()).size() == city.size(),
                qPrintable(QStringLiteral("a report reached the city twice: ")
                    + city.join(QLatin1String(" | "))));
            for (const QString& filed : city)
                QVERIFY2(std::find(now.cbegin(), now.cend(), filed) != now.cend(),
                    qPrintable(QStringLiteral("the city has a report the outbox lost: ") + filed));
        }

        qInfo("%d cycles: %d restarts brought a draft back; %d reports in the outbox, %d at the "
              "city",
            cycles, draftsRestored, int(everInOutbox.size()), int(cityDescriptions().size()));

        // The last start ends as a system shutdown would end it.
        QProcess app;
        start(app);
        const QString window = waitForWindow(app, 20000);
        QVERIFY2(!window.isEmpty(), qPrintable(failureContext()));
        QTest::qWait(1000);
        // Typed just before: the draft's save is still pending when the signal comes.
        xdotool({ QStringLiteral("windowfocus"), window });
        xdotool({ QStringLiteral("key"), QStringLiteral("alt+d") });
        xdotool({ QStringLiteral("key"), QStringLiteral("ctrl+End") });
        xdotool({ QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("8"),
            QStringLiteral(" kept on SIGTERM") });
        // Long enough for the keys to arrive, well within the draft's 600 ms delay.
        QTest::qWait(150);
        ::kill(pid_t(app.processId()), SIGTERM);
        QVERIFY2(app.waitForFinished(10000), qPrintable(failureContext()));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        QVERIFY2(savedDraft()
                     .value(QStringLiteral("description"))
                     .toString()
                     .endsWith(QLatin1String(" kept on SIGTERM")),
            qPrintable(QString::fromUtf8(QJsonDocument(savedDraft()).toJson())));
    }
};

QTEST_GUILESS_MAIN(CrashRestartTest)
#include "crash_restart_test.moc"
