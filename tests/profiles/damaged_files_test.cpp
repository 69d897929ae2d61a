#include "TestSettings.h"
#include "profiles/KeyVault.h"
#include "profiles/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Open311;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString settingsPath(QSettings::Scope scope)
{
    return QSettings(QSettings::NativeFormat, scope, QStringLiteral("Open311Reporter"),
        QStringLiteral("open311-reporter"))
        .fileName();
}

const QByteArray kGarbage = QByteArray("\x7f"
                                       "ELF\x02\x01\x01\x00\xff\xfe\x00\x00[profiles]\x01",
    18);
const QByteArray kSpringfield = "[profiles]\n"
                                "springfield\\name=Springfield\n"
                                "springfield\\baseUrl=https://311.springfield.example/v2/\n"
                                "springfield\\protocol=v2\n";

} // namespace

// A settings file or a key file that a crash, a bad disk or a hand edit damaged: each is said
// once, in words, and nothing that could still be read is lost.
class DamagedFilesTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QStringList copiesOf(const QString& path) const
    {
        const QFileInfo info(path);
        return info.dir().entryList({ info.fileName() + QStringLiteral(".damaged-*") });
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        Testing::isolateSettings(QDir(m_dir->path()));
    }

    void soundFilesSayNothing()
    {
        writeFile(settingsPath(QSettings::UserScope), kSpringfield);
        QVERIFY(ProfileStore::repairFiles().isEmpty());
        QCOMPARE(readFile(settingsPath(QSettings::UserScope)), kSpringfield);
        QVERIFY(copiesOf(settingsPath(QSettings::UserScope)).isEmpty());
    }

    // QSettings reads binary junk as an empty file and would save over it without a word.
    void junkInTheUserFileIsCopiedAsideAndSaidOnce()
    {
        const QString path = settingsPath(QSettings::UserScope);
        writeFile(path, kGarbage);
        const QList<ProfileStore::Damage> damage = ProfileStore::repairFiles();
        QCOMPARE(damage.size(), 1);
        const QStringList problems = { ProfileStore::describe(damage.first()) };
        QVERIFY2(problems.first().contains(path), qPrintable(problems.first()));
        const QStringList copies = copiesOf(path);
        QCOMPARE(copies.size(), 1);
        QVERIFY(problems.first().contains(copies.first()));
        QCOMPARE(readFile(QFileInfo(path).dir().filePath(copies.first())), kGarbage);

        // Said once: the file is sound again, and the app works with its presets.
        QVERIFY(ProfileStore::repairFiles().isEmpty());
        ProfileStore store;
        QCOMPARE(store.profiles().size(), ProfileStore::presets().size());
        store.setActiveProfileId(ProfileStore::kTrainingV1Id);
        QCOMPARE(ProfileStore().activeProfileId(), ProfileStore::kTrainingV1Id);
        QVERIFY(ProfileStore::repairFiles().isEmpty());
    }

    // A line QSettings cannot parse costs that line, never the jurisdictions around it.
    void aBrokenLineKeepsTheRest()
    {
        const QString path = settingsPath(QSettings::UserScope);
        writeFile(path, kSpringfield + "[broken\nlanguage=es\n");
        // The administrator's keys stay theirs: none is copied into the user's file.
        writeFile(
            settingsPath(QSettings::SystemScope), "[profiles]\nshelbyville\\name=Shelbyville\n");
        const QList<ProfileStore::Damage> damage = ProfileStore::repairFiles();
        QCOMPARE(damage.size(), 1);
        const QStringList problems = { ProfileStore::describe(damage.first()) };
        QCOMPARE(copiesOf(path).size(), 1);
        QCOMPARE(readFile(QFileInfo(path).dir().filePath(copiesOf(path).first())),
            kSpringfield + "[broken\nlanguage=es\n");
        const std::optional<Profile> kept = ProfileStore().find(QStringLiteral("springfield"));
        QVERIFY(kept);
        QCOMPARE(kept->displayName, QStringLiteral("Springfield"));
        QVERIFY(!readFile(path).contains("shelbyville"));
        QVERIFY(ProfileStore::repairFiles().isEmpty());
    }

    // The administrator's file is theirs: said, never rewritten.
    void aDamagedSystemFileIsLeftToTheAdministrator()
    {
        const QString path = settingsPath(QSettings::SystemScope);
        writeFile(path, kGarbage);
        // A sound user file beside it is neither blamed nor rewritten.
        writeFile(settingsPath(QSettings::UserScope), kSpringfield);
        const QList<ProfileStore::Damage> damage = ProfileStore::repairFiles();
        QCOMPARE(damage.size(), 1);
        const QStringList problems = { ProfileStore::describe(damage.first()) };
        QVERIFY(problems.first().contains(path));
        QVERIFY(problems.first().contains(QLatin1String("administrator")));
        QCOMPARE(readFile(path), kGarbage);
        QVERIFY(copiesOf(path).isEmpty());
        QCOMPARE(readFile(settingsPath(QSettings::UserScope)), kSpringfield);
        QVERIFY(copiesOf(settingsPath(QSettings::UserScope)).isEmpty());
    }

    void damagedKeyFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("key"); // empty: refused
        QTest::newRow("binary") << kGarbage << QString();
        QTest::newRow("nul inside") << QByteArray("abc\0def\n", 8) << QString();
        QTest::newRow("not UTF-8") << QByteArray("key-\xff\xfe-123\n") << QString();
        QTest::newRow("tab inside") << QByteArray("key\t123\n") << QString();
        QTest::newRow("one long line") << QByteArray(8192, 'k') << QString();
        QTest::newRow("CRLF") << QByteArray("city-key-42\r\n") << QStringLiteral("city-key-42");
        QTest::newRow("padded, then notes")
            << QByteArray("  city-key-42  \n# issued 2026\n") << QStringLiteral("city-key-42");
        QTest::newRow("no line end") << QByteArray("city-key-42") << QStringLiteral("city-key-42");
        QTest::newRow("longest key, CRLF") << QByteArray(4096, 'k') + "\r\n"
                                           << QString(4096, QLatin1Char('k'));
        QTest::newRow("one past the longest") << QByteArray(4097, 'k') + "\n" << QString();
    }

    void damagedKeyFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, key);
        const QString path = m_dir->filePath(QStringLiteral("city.key"));
        writeFile(path, bytes);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Result<QString> read = KeyVault::keyFromFile(file);
        if (key.isEmpty()) {
            QVERIFY(!read.ok());
            QVERIFY2(read.error().message().contains(path), qPrintable(read.error().message()));
            QVERIFY(read.error().message().contains(QLatin1String("damaged")));
            QCOMPARE(read.error().message().count(QLatin1Char('\n')), 0);
        } else {
            QVERIFY2(read.ok(), qPrintable(read.error().message()));
            QCOMPARE(read.value(), key);
        }
    }

    // From outside: the real window, which opens the training city and so saves the active
    // jurisdiction at once. The damaged file must be copied aside before that save.
    void theWindowCopiesTheFileBeforeItSaves()
    {
        const QString config = m_dir->filePath(QStringLiteral("config"));
        const QString userFile = config + QStringLiteral("/Open311Reporter/open311-reporter.conf");
        writeFile(userFile, kGarbage);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
        env.insert(QStringLiteral("XDG_CONFIG_DIRS"), m_dir->filePath(QStringLiteral("system")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir->filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir->path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QProcess app;
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(OPEN311_REPORTER_PATH), { QStringLiteral("--training") });
        QVERIFY(app.waitForStarted());
        // The active jurisdiction is saved once the window has started.
        QTRY_VERIFY_WITH_TIMEOUT(readFile(userFile).contains("activeProfile"), 20000);
        app.terminate();
        QVERIFY(app.waitForFinished(20000));
        const QStringList copies = copiesOf(userFile);
        QCOMPARE(copies.size(), 1);
        QCOMPARE(readFile(QFileInfo(userFile).dir().filePath(copies.first())), kGarbage);
    }

    // From outside: the real command line, with both files damaged. One line for each, nothing
    // sent, and the next run says only what is still wrong.
    void theCommandLineSaysEachOnce()
    {
        QTcpServer city;
        QVERIFY(city.listen(QHostAddress::LocalHost));
        const QString config = m_dir->filePath(QStringLiteral("config"));
        const QString userFile = config + QStringLiteral("/Open311Reporter/open311-reporter.conf");
        writeFile(userFile, kGarbage);
        const QString keyPath = m_dir->filePath(QStringLiteral("my.key"));
        writeFile(keyPath, QByteArray("\x00\x01\x02", 3));

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
        env.insert(QStringLiteral("XDG_CONFIG_DIRS"), m_dir->filePath(QStringLiteral("system")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
        env.remove(QStringLiteral("OPEN311_API_KEY"));
        const QStringList arguments = { QStringLiteral("--endpoint"),
            QStringLiteral("http://127.0.0.1:%1/dev/V1/").arg(city.serverPort()),
            QStringLiteral("--city-id"), QStringLiteral("sandbox.example"),
            QStringLiteral("--api-key-file"), keyPath, QStringLiteral("services") };
        const auto run = [&] {
            QProcess cli;
            cli.setProcessEnvironment(env);
            cli.start(QStringLiteral(OPEN311_CLI_PATH), arguments);
            [&] { QVERIFY(cli.waitForFinished(30000)); }();
            return std::make_pair(cli.exitCode(), QString::fromUtf8(cli.readAllStandardError()));
        };

        const auto [firstCode, firstErr] = run();
        QCOMPARE(firstCode, 2);
        const QStringList firstLines = firstErr.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(firstLines.size(), 2);
        QVERIFY2(
            firstLines[0].contains(userFile) && firstLines[0].contains(QLatin1String(".damaged-")),
            qPrintable(firstErr));
        QVERIFY2(
            firstLines[1].contains(keyPath) && firstLines[1].contains(QLatin1String("damaged")),
            qPrintable(firstErr));
        QVERIFY(!city.hasPendingConnections());
        QCOMPARE(copiesOf(userFile).size(), 1);

        const auto [secondCode, secondErr] = run();
        QCOMPARE(secondCode, 2);
        QCOMPARE(secondErr.trimmed().split(QLatin1Char('\n')).size(), 1);
        QVERIFY(secondErr.contains(keyPath));
        QVERIFY(!city.hasPendingConnections());
        QCOMPARE(copiesOf(userFile).size(), 1);
    }
};

QTEST_GUILESS_MAIN(DamagedFilesTest)
#include "damaged_files_test.moc"
