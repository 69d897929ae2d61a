#include "FutureWait.h"
#include "TestSettings.h"
#include "core/ServerLocale.h"
#include "profiles/KeyVault.h"
#include "profiles/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Open311;
using Open311::Testing::waitFor;

class ProfileTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString systemFile() const
    {
        return m_dir.filePath(QStringLiteral("system/Open311Reporter/open311-reporter.conf"));
    }
    QString userFile() const
    {
        return m_dir.filePath(QStringLiteral("user/Open311Reporter/open311-reporter.conf"));
    }

    static Profile city()
    {
        Profile p;
        p.id = QStringLiteral("springfield");
        p.displayName = QStringLiteral("Springfield");
        p.baseUrl = QUrl(QStringLiteral("https://311.springfield.example/dev/V1/"));
        p.cityId = QStringLiteral("springfield.example");
        p.tileUrlTemplate = QStringLiteral("https://tiles.springfield.example/{z}/{x}/{y}.png");
        p.tileAttribution = QStringLiteral("Springfield GIS");
        p.geocoderUrl = QUrl(QStringLiteral("https://geo.springfield.example/"));
        p.pollIntervalSeconds = 120;
        p.usesAccountId = true;
        return p;
    }

private Q_SLOTS:
    void init()
    {
        QDir(m_dir.filePath(QStringLiteral("system"))).removeRecursively();
        QDir(m_dir.filePath(QStringLiteral("user"))).removeRecursively();
        Open311::Testing::isolateSettings(QDir(m_dir.path()));
        qunsetenv("OPEN311_API_KEY");
    }

    void presets()
    {
        ProfileStore store;
        const QList<Profile> all = store.profiles();
        QCOMPARE(all.size(), 4);
        // The training city speaks v2 by default, and v1 for those who train on it.
        QVERIFY(store.find(QStringLiteral("training"))->isTraining);
        QCOMPARE(store.find(QStringLiteral("training"))->protocol, Protocol::GeoReportV2);
        QVERIFY(store.find(QStringLiteral("training-v1"))->isTraining);
        QCOMPARE(store.find(QStringLiteral("training-v1"))->protocol, Protocol::GeoReportV1);
        const Profile sf = *store.find(QStringLiteral("San Francisco"));
        QVERIFY(sf.deprecated);
        QCOMPARE(sf.cityId, QStringLiteral("sfgov.org"));
        QVERIFY(sf.note.contains(QLatin1String("August 2013")));
        QVERIFY(ProfileStore::submitBlocker(sf).has_value());
        const Profile miami = *store.find(QStringLiteral("miamidade.gov"));
        QVERIFY(!ProfileStore::submitBlocker(miami).has_value());
        QCOMPARE(miami.keyRequestUrl.toString(),
            QStringLiteral("http://miamidade.gov/mdc-open311/key/create"));
        QVERIFY(!ProfileStore::validate(miami).has_value());
        // The real cities' maps open over the city, not over the whole world.
        QVERIFY(miami.hasHome() && qAbs(miami.homeLatitude - 25.77) < 0.1
            && qAbs(miami.homeLongitude + 80.19) < 0.1);
        QVERIFY(sf.hasHome() && qAbs(sf.homeLatitude - 37.78) < 0.1
            && qAbs(sf.homeLongitude + 122.42) < 0.1);
        QCOMPARE(store.activeProfileId(), QStringLiteral("training")); // the default on first run
        QString error;
        QVERIFY(!store.save(sf, error));
        QVERIFY(!store.remove(QStringLiteral("training"), error));
    }

    void roundTripAndDuplicate()
    {
        QString error;
        {
            ProfileStore store;
            Profile withHome = city();
            withHome.homeLatitude = 39.8;
            withHome.homeLongitude = -89.65;
            withHome.homeZoom = 14;
            QVERIFY2(store.save(withHome, error), qPrintable(error));
            store.setActiveProfileId(QStringLiteral("springfield"));
        }
        ProfileStore store;
        const Profile p = *store.find(QStringLiteral("springfield"));
        QCOMPARE(p.homeLatitude, 39.8);
        QCOMPARE(p.homeLongitude, -89.65);
        QCOMPARE(p.homeZoom, 14.0);
        QCOMPARE(p.displayName, QStringLiteral("Springfield"));
        QCOMPARE(p.baseUrl, city().baseUrl);
        QCOMPARE(p.tileUrlTemplate, city().tileUrlTemplate);
        QCOMPARE(p.geocoderUrl, city().geocoderUrl);
        QCOMPARE(p.pollIntervalSeconds, 120);
        QVERIFY(p.usesAccountId);
        QCOMPARE(store.activeProfileId(), QStringLiteral("springfield"));
        const Profile copy = store.duplicate(p);
        QCOMPARE(copy.id, QStringLiteral("springfield-copy"));
        QVERIFY(store.save(copy, error));
        QCOMPARE(store.duplicate(p).id, QStringLiteral("springfield-copy-2"));
        QVERIFY(store.remove(copy.id, error));
        QVERIFY(!store.find(copy.id));

        // A home that is not a place is no home: the map stays where it is, not at 0, 0.
        QSettings raw(QSettings::NativeFormat, QSettings::UserScope,
            QStringLiteral("Open311Reporter"), QStringLiteral("open311-reporter"));
        raw.setValue(QStringLiteral("profiles/springfield/homeLatitude"), QStringLiteral("north"));
        raw.sync();
        QVERIFY(!ProfileStore().find(QStringLiteral("springfield"))->hasHome());
    }

    void badConfigurationIsExplained_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("words");
        QTest::newRow("malformed url") << 0 << QStringLiteral("not a valid URL");
        QTest::newRow("plain http remote") << 1 << QStringLiteral("plain HTTP");
        QTest::newRow("empty city id") << 2 << QStringLiteral("city id is empty");
        QTest::newRow("tile template") << 3 << QStringLiteral("{z}");
        QTest::newRow("poll too often") << 4 << QStringLiteral("30 seconds");
        QTest::newRow("no name") << 5 << QStringLiteral("name");
    }

    void badConfigurationIsExplained()
    {
        QFETCH(int, fault);
        QFETCH(QString, words);
        Profile p = city();
        switch (fault) {
        case 0:
            p.baseUrl = QUrl(QStringLiteral("ht!tp://"));
            break;
        case 1:
            p.baseUrl = QUrl(QStringLiteral("http://311.springfield.example/"));
            break;
        case 2:
            p.cityId.clear();
            break;
        case 3:
            p.tileUrlTemplate = QStringLiteral("https://tiles.example/tile.png");
            break;
        case 4:
            p.pollIntervalSeconds = 5;
            break;
        case 5:
            p.displayName = QStringLiteral("  ");
            break;
        }
        const std::optional<Error> problem = ProfileStore::validate(p);
        QVERIFY(problem);
        QVERIFY2(problem->message().contains(words), qPrintable(problem->message()));
        ProfileStore store;
        QString error;
        QVERIFY(!store.save(p, error));
        QCOMPARE(error, problem->message());
    }

    void offlineTilesForKiosks()
    {
        Profile p = city();
        p.tileUrlTemplate = m_dir.filePath(QStringLiteral("missing.mbtiles"));
        QVERIFY(ProfileStore::validate(p)->message().contains(QLatin1String("do not exist")));
        QFile file(m_dir.filePath(QStringLiteral("city.mbtiles")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        p.tileUrlTemplate = file.fileName();
        QVERIFY(!ProfileStore::validate(p).has_value());
    }

    void systemDefaultsAndLocks()
    {
        QDir().mkpath(QFileInfo(systemFile()).absolutePath());
        {
            QSettings system(systemFile(), QSettings::IniFormat);
            system.setValue(
                QStringLiteral("profiles/springfield/name"), QStringLiteral("Springfield (IT)"));
            system.setValue(QStringLiteral("profiles/springfield/baseUrl"),
                QStringLiteral("https://311.springfield.example/dev/V1/"));
            system.setValue(QStringLiteral("profiles/springfield/cityId"),
                QStringLiteral("springfield.example"));
            system.setValue(QStringLiteral("profiles/springfield/keyFile"),
                QStringLiteral("/etc/open311/springfield.key"));
            system.setValue(QStringLiteral("activeProfile"), QStringLiteral("springfield"));
            system.setValue(QStringLiteral("tracker/intervalSeconds"), 600);
            system.setValue(QStringLiteral("locked/tracker/intervalSeconds"), true);
        }
        ProfileStore store;
        QCOMPARE(store.activeProfileId(), QStringLiteral("springfield")); // a default, not locked
        store.setActiveProfileId(QStringLiteral("training"));
        QCOMPARE(store.activeProfileId(), QStringLiteral("training"));
        store.setValue(QStringLiteral("tracker/intervalSeconds"), 60);
        QCOMPARE(store.value(QStringLiteral("tracker/intervalSeconds")).toInt(), 600); // locked
        QVERIFY(store.isSystemProfile(QStringLiteral("springfield")));
        QCOMPARE(store.provisionedKeyFile(QStringLiteral("springfield")),
            QStringLiteral("/etc/open311/springfield.key"));
        // The user's own entry under the same id does not replace IT's.
        Profile mine = city();
        mine.displayName = QStringLiteral("Mine");
        QString error;
        QVERIFY(!store.save(mine, error));
        QVERIFY(error.contains(QLatin1String("administrator")));
        QCOMPARE(store.find(QStringLiteral("springfield"))->displayName,
            QStringLiteral("Springfield (IT)"));
        // Locked profiles: nothing can be added.
        {
            QSettings system(systemFile(), QSettings::IniFormat);
            system.setValue(QStringLiteral("locked/profiles"), true);
        }
        Profile other = city();
        other.id = QStringLiteral("elsewhere");
        QVERIFY(!store.save(other, error));
        QVERIFY(store.profilesLocked());
    }

    void exportCarriesNoKey()
    {
        const QByteArray exported = ProfileStore::exportProfile(city());
        QVERIFY(!exported.toLower().contains("key"));
        QString error;
        const std::optional<Profile> back = ProfileStore::importProfile(exported, error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->baseUrl, city().baseUrl);
        QCOMPARE(back->cityId, city().cityId);
        QVERIFY(!ProfileStore::importProfile(
            "{\"format\":\"open311-reporter-profile/1\",\"id\":\"../etc\"}", error));
        QVERIFY(!ProfileStore::importProfile("not json", error));
        QVERIFY(error.contains(QLatin1String("not a jurisdiction file")));
    }

    // The dialect is part of the jurisdiction; one this version cannot speak is refused, not
    // spoken as v1.
    void protocolTravelsWithTheProfile()
    {
        const QByteArray exported = ProfileStore::exportProfile(city());
        QVERIFY(exported.contains("\"protocol\": \"georeport-v1\""));
        QString error;
        QByteArray v9 = exported;
        v9.replace("georeport-v1", "georeport-v9");
        QVERIFY(!ProfileStore::importProfile(v9, error));
        QVERIFY2(error.contains(QLatin1String("protocol")), qPrintable(error));
        QByteArray older = exported;
        older.replace("\"protocol\": \"georeport-v1\",", "");
        QVERIFY(!older.contains("protocol"));
        const std::optional<Profile> v1 = ProfileStore::importProfile(older, error);
        QVERIFY2(v1, qPrintable(error));
        QCOMPARE(v1->protocol, Protocol::GeoReportV1);
        QCOMPARE(v1->endpoint().protocol(), Protocol::GeoReportV1);
        QCOMPARE(protocolFromName(QStringLiteral("GeoReport-V1")), Protocol::GeoReportV1);
        QCOMPARE(protocolFromName(QStringLiteral("georeport-v2")), Protocol::GeoReportV2);
        QVERIFY(!protocolFromName(QStringLiteral("georeport-v3")));

        // A v2 jurisdiction keeps its protocol and the format it asks for.
        Profile v2 = *v1;
        v2.protocol = Protocol::GeoReportV2;
        v2.format = WireFormat::Xml;
        const std::optional<Profile> back
            = ProfileStore::importProfile(ProfileStore::exportProfile(v2), error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->protocol, Protocol::GeoReportV2);
        QCOMPARE(back->endpoint().protocol(), Protocol::GeoReportV2);
        QCOMPARE(back->endpoint().format(), WireFormat::Xml);
    }

    // A city whose server answers in several languages names them once; the reader's is asked
    // for, spelled as the server wants it.
    void serverLocalesTravelAndPickTheReadersLanguage()
    {
        QString error;
        Profile p = city();
        p.protocol = Protocol::GeoReportV2;
        p.serverLocales = { QStringLiteral("en_US"), QStringLiteral("es_US"),
            QStringLiteral("zh_CN"), QStringLiteral("zh_TW"), QStringLiteral("ht") };
        QVERIFY2(ProfileStore().save(p, error), qPrintable(error));
        const Profile saved = *ProfileStore().find(p.id);
        QCOMPARE(saved.serverLocales, p.serverLocales);
        const std::optional<Profile> imported
            = ProfileStore::importProfile(ProfileStore::exportProfile(p), error);
        QVERIFY2(imported, qPrintable(error));
        QCOMPARE(imported->serverLocales, p.serverLocales);

        QCOMPARE(saved.endpointFor(QStringLiteral("es")).locale(), QStringLiteral("es_US"));
        QCOMPARE(saved.endpointFor(QStringLiteral("en")).locale(), QStringLiteral("en_US"));
        // Traditional Chinese, not the Simplified that comes first.
        QCOMPARE(saved.endpointFor(QStringLiteral("zh-TW")).locale(), QStringLiteral("zh_TW"));
        QCOMPARE(saved.endpointFor(QStringLiteral("ht")).locale(), QStringLiteral("ht"));
        // Not offered: the server's own language, and no parameter.
        QCOMPARE(saved.endpointFor(QStringLiteral("vi")).locale(), QString());
        QCOMPARE(
            ServerLocale::pick({ QStringLiteral("zh_CN") }, QStringLiteral("zh-TW")), QString());
        QCOMPARE(ServerLocale::pick({ QStringLiteral("fil") }, QStringLiteral("fil")),
            QStringLiteral("fil"));
        QCOMPARE(ServerLocale::pick({}, QStringLiteral("es")), QString());
        QCOMPARE(ServerLocale::pick({ QStringLiteral("es") }, QString()), QString());
        // The language alone before another country's.
        QCOMPARE(ServerLocale::pick(
                     { QStringLiteral("pt_PT"), QStringLiteral("pt") }, QStringLiteral("pt-BR")),
            QStringLiteral("pt"));
        QCOMPARE(ServerLocale::pick({ QStringLiteral("zh_Hant") }, QStringLiteral("zh-TW")),
            QStringLiteral("zh_Hant"));
        QCOMPARE(ServerLocale::pick({ QStringLiteral("tl") }, QStringLiteral("fil")),
            QStringLiteral("tl"));
        QCOMPARE(ServerLocale::pick({ QStringLiteral("ht_HT") }, QStringLiteral("ht")),
            QStringLiteral("ht_HT"));
        // A v1 city has no such parameter, whatever its profile lists.
        Profile v1 = saved;
        v1.protocol = Protocol::GeoReportV1;
        QCOMPARE(v1.endpointFor(QStringLiteral("es")).locale(), QString());
        QCOMPARE(city().endpointFor(QStringLiteral("es")).locale(), QString());

        // Written by hand in the settings file: "en, es" is two languages.
        QSettings raw(QSettings::NativeFormat, QSettings::UserScope,
            QStringLiteral("Open311Reporter"), QStringLiteral("open311-reporter"));
        raw.setValue(QStringLiteral("profiles/springfield/serverLocales"),
            QStringList { QStringLiteral("en"), QStringLiteral(" es"), QString() });
        raw.sync();
        QCOMPARE(ProfileStore().find(p.id)->serverLocales,
            QStringList({ QStringLiteral("en"), QStringLiteral("es") }));

        Profile broken = p;
        broken.serverLocales << QStringLiteral("es&api_key=1");
        QVERIFY(!ProfileStore().save(broken, error));
        QVERIFY2(error.contains(QLatin1String("es&api_key=1")), qPrintable(error));
    }

    // A city with one server per language: the reader's is used, with its own locale choice,
    // and the city's main server for everyone else.
    void languageEndpointsTravelAndPickTheReadersServer()
    {
        QString error;
        Profile p = city();
        p.protocol = Protocol::GeoReportV2;
        const QUrl spanish(QStringLiteral("https://es.311.springfield.example/v2/"));
        const QUrl chinese(QStringLiteral("https://zh.311.springfield.example/v2/"));
        p.languageEndpoints
            = { { QStringLiteral("es"), spanish }, { QStringLiteral("zh_TW"), chinese } };
        QVERIFY2(ProfileStore().save(p, error), qPrintable(error));
        const Profile saved = *ProfileStore().find(p.id);
        QCOMPARE(saved.languageEndpoints, p.languageEndpoints);
        const std::optional<Profile> imported
            = ProfileStore::importProfile(ProfileStore::exportProfile(p), error);
        QVERIFY2(imported, qPrintable(error));
        QCOMPARE(imported->languageEndpoints, p.languageEndpoints);

        QCOMPARE(saved.endpointFor(QStringLiteral("es")).baseUrl(), spanish);
        QCOMPARE(saved.endpointFor(QStringLiteral("es-MX")).baseUrl(), spanish);
        QCOMPARE(saved.endpointFor(QStringLiteral("zh-TW")).baseUrl(), chinese);
        QCOMPARE(saved.endpointFor(QStringLiteral("vi")).baseUrl(), p.baseUrl);
        QCOMPARE(saved.endpointFor(QStringLiteral("es")).cityId(), p.cityId);
        // v1 cities split by language too.
        Profile v1 = saved;
        v1.protocol = Protocol::GeoReportV1;
        QCOMPARE(v1.endpointFor(QStringLiteral("es")).baseUrl(), spanish);

        // Written by hand, as a kiosk's system file would.
        QSettings raw(QSettings::NativeFormat, QSettings::UserScope,
            QStringLiteral("Open311Reporter"), QStringLiteral("open311-reporter"));
        raw.setValue(QStringLiteral("profiles/springfield/languageEndpoints/ht"),
            QStringLiteral(" https://ht.311.springfield.example/v2/ "));
        raw.sync();
        QCOMPARE(ProfileStore().find(p.id)->endpointFor(QStringLiteral("ht")).baseUrl(),
            QUrl(QStringLiteral("https://ht.311.springfield.example/v2/")));
        // Saving again writes the list afresh: a language taken away is gone.
        QVERIFY2(ProfileStore().save(p, error), qPrintable(error));
        QCOMPARE(ProfileStore().find(p.id)->languageEndpoints, p.languageEndpoints);

        // Each server is held to the main one's rules.
        Profile plain = p;
        plain.languageEndpoints.insert(
            QStringLiteral("vi"), QUrl(QStringLiteral("http://vi.311.springfield.example/v2/")));
        QVERIFY(!ProfileStore().save(plain, error));
        QVERIFY2(error.contains(QLatin1String("vi")), qPrintable(error));
        QVERIFY(!ProfileStore::importProfile(ProfileStore::exportProfile(plain), error));
        Profile badTag = p;
        badTag.languageEndpoints.insert(QStringLiteral("es&x"), spanish);
        QVERIFY(!ProfileStore().save(badTag, error));
        QVERIFY2(error.contains(QLatin1String("es&x")), qPrintable(error));
    }

    void keyFilePermissions()
    {
        const QString path = m_dir.filePath(QStringLiteral("city.key"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("provisioned-key-123\n");
        file.close();
        QFile::setPermissions(path,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                | QFileDevice::ReadOther);
        const Result<QString> worldReadable = KeyVault::readKeyFile(path);
        QVERIFY(!worldReadable.ok());
        QFile::setPermissions(
            path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
        const Result<QString> strict = KeyVault::readKeyFile(path);
        if (::getuid() == 0) {
            QVERIFY2(strict.ok(), qPrintable(strict.error().message()));
            QCOMPARE(strict.value(), QStringLiteral("provisioned-key-123"));
        } else {
            // Not root: the file is ours, not root's, and so not trusted.
            QVERIFY(strict.error().message().contains(QLatin1String("not owned by root")));
        }
        QVERIFY(worldReadable.error().message().contains(QLatin1String("every user"))
            || ::getuid() != 0);
        QVERIFY(!KeyVault::readKeyFile(m_dir.filePath(QStringLiteral("missing.key"))).ok());
    }

    void environmentVariableWins()
    {
        qputenv("OPEN311_API_KEY", "from-the-environment");
        ProfileStore store;
        KeyVault vault(&store);
        const Result<QString> key = waitFor(vault.key(QStringLiteral("training")));
        QVERIFY(key.ok());
        QCOMPARE(key.value(), QStringLiteral("from-the-environment"));
        QCOMPARE(vault.lastSource(), KeyVault::Source::Environment);
        qunsetenv("OPEN311_API_KEY");
    }

    void withoutAKeychainNothingIsStoredInPlainText()
    {
        // This process's D-Bus session leads nowhere: there is no Secret Service.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/open311-bus");
        ProfileStore store;
        store.setValue(QStringLiteral("something"), 1); // makes sure the settings file exists
        KeyVault vault(&store);
        const Result<bool> stored = waitFor(
            vault.store(QStringLiteral("springfield"), QStringLiteral("plain-text-never-4711")),
            30000);
        QVERIFY(!stored.ok());
        QVERIFY2(stored.error().message().contains(QLatin1String("OPEN311_API_KEY")),
            qPrintable(stored.error().message()));
        const Result<QString> read = waitFor(vault.key(QStringLiteral("springfield")), 30000);
        QVERIFY(!read.ok());
        QFile settings(userFile());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains("plain-text-never-4711"));
    }
};

QTEST_GUILESS_MAIN(ProfileTest)
#include "profile_test.moc"
