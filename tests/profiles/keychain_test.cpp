#include "FutureWait.h"
#include "TestSettings.h"
#include "profiles/KeyVault.h"
#include "profiles/ProfileStore.h"

#include <QDir>
#include <QDirIterator>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Open311;
using Open311::Testing::waitFor;

// Against a real Secret Service: ctest runs this inside tests/support/with-keyring.sh.
class KeychainTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
            "run this test through tests/support/with-keyring.sh");
        Open311::Testing::isolateSettings(QDir(m_dir.path()));
        qunsetenv("OPEN311_API_KEY");
    }

    void storeReadRemove()
    {
        ProfileStore store;
        store.setValue(QStringLiteral("activeProfile"), QStringLiteral("springfield"));
        KeyVault vault(&store);
        const QString key = QStringLiteral("keychain-secret-0451");
        const Result<bool> stored = waitFor(vault.store(QStringLiteral("springfield"), key), 30000);
        QVERIFY2(stored.ok(), qPrintable(stored.error().message()));
        const Result<QString> read = waitFor(vault.key(QStringLiteral("springfield")), 30000);
        QVERIFY2(read.ok(), qPrintable(read.error().message()));
        QCOMPARE(read.value(), key);
        QCOMPARE(vault.lastSource(), KeyVault::Source::Keychain);
        // Another profile's key is another entry.
        QCOMPARE(waitFor(vault.key(QStringLiteral("elsewhere")), 30000).value(), QString());
        // Nothing under the settings folder holds the key.
        QDirIterator files(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(!file.readAll().contains(key.toUtf8()));
        }
        QVERIFY(waitFor(vault.remove(QStringLiteral("springfield")), 30000).ok());
        QCOMPARE(waitFor(vault.key(QStringLiteral("springfield")), 30000).value(), QString());
    }
};

QTEST_GUILESS_MAIN(KeychainTest)
#include "keychain_test.moc"
