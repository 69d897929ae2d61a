#include "TestSettings.h"
#include "core/Service.h"
#include "i18n/Translations.h"
#include "map/Geocoder.h"
#include "profiles/ProfileStore.h"
#include "session/AppSession.h"
#include "session/DefinitionCache.h"
#include "session/KnownRequests.h"
#include "session/ReportSubmission.h"
#include "session/TrainingCity.h"
#include "store/DraftStore.h"
#include "store/Outbox.h"
#include "store/TrackerStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Open311;

// The application core without a window: what the report window and the command line drive.
class SessionTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_round = 0;

    AppSession::Options freshOptions()
    {
        const QString folder = m_dir.filePath(QStringLiteral("run%1").arg(++m_round));
        AppSession::Options options;
        options.outboxPath = folder + QStringLiteral("/outbox.sqlite");
        options.trackerPath = folder + QStringLiteral("/tracker.sqlite");
        options.trainingCityPath = folder + QStringLiteral("/city.sqlite");
        options.cacheDirectory = folder + QStringLiteral("/cache");
        return options;
    }

    // A session on its training city with both stores open, its services loaded.
    static bool startOnTrainingCity(AppSession& session)
    {
        session.openDrafts();
        if (!session.openOutbox().ok || !session.openTracker().ok)
            return false;
        QSignalSpy loaded(&session, &AppSession::servicesLoaded);
        QString error;
        QString notice;
        if (!session.startTrainingCity(error, notice))
            return false;
        const QString key = session.trainingCity()->apiKey();
        session.setProfile(
            AppSession::trainingProfile(*session.trainingCity()), [key] { return key; });
        return loaded.wait(10000) && !loaded.first().first().value<ServiceList>().isEmpty();
    }

    static NewRequest pothole()
    {
        NewRequest request;
        request.serviceCode = QStringLiteral("001");
        request.latitude = 37.7793;
        request.longitude = -122.4193;
        request.description = QStringLiteral("A deep pothole by the bus stop");
        return request;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Testing::isolateSettings(QDir(m_dir.filePath(QStringLiteral("settings"))));
    }

    void aReportGoesOutAndIsFollowed()
    {
        AppSession session(freshOptions());
        QVERIFY(startOnTrainingCity(session));
        ReportSubmission submission(&session);
        QSignalSpy sent(&submission, &ReportSubmission::sent);
        QSignalSpy sending(&submission, &ReportSubmission::sending);
        QString message;
        const ReportSubmission::Outcome outcome
            = submission.submit(pothole(), QStringLiteral("Pothole"), message);
        QCOMPARE(outcome, ReportSubmission::Outcome::Sending);
        QCOMPARE(sending.count(), 1);
        QVERIFY(message.isEmpty());
        const qint64 localId = submission.current();
        QVERIFY(localId > 0);
        // While it is out it is no duplicate of itself.
        for (const FeedRequest& known : session.knownRequests())
            QVERIFY(known.id != KnownRequests::outboxMarkerId(localId));

        QVERIFY(sent.wait(10000));
        QCOMPARE(sent.first().at(0).toLongLong(), localId);
        const QString requestId = sent.first().at(1).value<CreateResult>().serviceRequestId;
        QVERIFY(!requestId.isEmpty());
        QCOMPARE(sent.first().at(2).toString(), QStringLiteral("Pothole"));
        QCOMPARE(submission.current(), 0);
        // The Tracker follows it, and the next caller's report sees it.
        QVERIFY(session.tracker()->find(QStringLiteral("training"), requestId).has_value());
        QVERIFY(std::any_of(session.knownRequests().cbegin(), session.knownRequests().cend(),
            [&](const FeedRequest& r) { return r.id == requestId && r.hasPosition; }));
    }

    // The geocoder got Qt's own "en,*", so a Spanish caller heard English street names.
    void theAddressSearchSpeaksTheCallersLanguageThenTheCitys()
    {
        Translations::setLanguage(QStringLiteral("es"));
        AppSession session(freshOptions());
        const bool started = startOnTrainingCity(session);
        Translations::setLanguage(QString());
        QVERIFY(started);
        QVERIFY(session.geocoder());
        QCOMPARE(session.geocoder()->acceptLanguage(), QByteArray("es, en;q=0.9"));
    }

    void withoutAnOutboxNothingIsSent()
    {
        AppSession session(freshOptions());
        ReportSubmission submission(&session);
        QSignalSpy sending(&submission, &ReportSubmission::sending);
        QString message;
        QCOMPARE(
            submission.submit(pothole(), QString(), message), ReportSubmission::Outcome::NoOutbox);
        QVERIFY(!message.isEmpty());
        QCOMPARE(sending.count(), 0);
    }

    void aDraftIsKeptAndAClearedFormCanComeBack()
    {
        const AppSession::Options options = freshOptions();
        {
            AppSession session(options);
            QVERIFY(startOnTrainingCity(session));
            ReportSubmission submission(&session);
            QByteArray form = "{\"description\":\"half typed\"}";
            submission.setDraftSource([&form] { return form; });
            submission.edited();
            QTRY_COMPARE_WITH_TIMEOUT(
                session.drafts()->draft(QStringLiteral("training")), form, 5000);
            // Closing with an edit not yet written writes it.
            form = "{\"description\":\"half typed, more\"}";
            submission.edited();
            submission.flushDraft();
            QCOMPARE(submission.savedDraft(), form);

            QSignalSpy undo(&submission, &ReportSubmission::undoAvailable);
            submission.startNew(form);
            QVERIFY(submission.canUndo());
            QCOMPARE(undo.count(), 1);
            QCOMPARE(undo.first().first().toBool(), true);
            QVERIFY(submission.savedDraft().isEmpty());
            QCOMPARE(submission.takeUndo(), form);
            QVERIFY(!submission.canUndo());
            QCOMPARE(undo.last().first().toBool(), false);
            submission.edited();
            submission.flushDraft();
        }
        // A restart finds the draft where it was left.
        AppSession again(options);
        again.openDrafts();
        QCOMPARE(again.drafts()->draft(QStringLiteral("training")),
            QByteArray("{\"description\":\"half typed, more\"}"));
    }

    void aKioskKeepsNoDraftOnDisk()
    {
        AppSession::Options options = freshOptions();
        options.keepDrafts = false;
        options.kiosk = true;
        AppSession session(options);
        QCOMPARE(session.draftsPath(), QStringLiteral(":memory:"));
        QCOMPARE(session.trainingCityPath(), QStringLiteral(":memory:"));
        QVERIFY(startOnTrainingCity(session));
        ReportSubmission submission(&session);
        submission.setDraftSource([] { return QByteArray("{\"firstName\":\"Ana\"}"); });
        submission.edited();
        submission.flushDraft();
        QVERIFY(submission.savedDraft().isEmpty());
        QVERIFY(!QFileInfo::exists(DraftStore::pathBeside(options.outboxPath)));
    }

    // A city with a server per language: the reader's is asked, and what it said is not shown
    // to a reader of the main server.
    void theReadersLanguageServerIsAskedAndKeptApart()
    {
        const AppSession::Options options = freshOptions();
        AppSession session(options);
        QVERIFY(startOnTrainingCity(session));
        Profile city = AppSession::trainingProfile(*session.trainingCity());
        const QUrl trainingUrl = city.baseUrl;
        city.id = QStringLiteral("split-city");
        city.isTraining = false;
        city.serverLocales.clear();
        city.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/dev/v2/"));
        city.allowPlainHttp = true;
        city.languageEndpoints.insert(Translations::language(), trainingUrl);
        const QString key = session.trainingCity()->apiKey();
        QSignalSpy loaded(&session, &AppSession::servicesLoaded);
        session.setProfile(city, [key] { return key; });
        QVERIFY(loaded.wait(10000));
        QVERIFY(!loaded.first().first().value<ServiceList>().isEmpty());
        // A report goes there too, and its outbox row says so, so that `open311 outbox send`
        // in the same language takes it up.
        ReportSubmission submission(&session);
        QSignalSpy sent(&submission, &ReportSubmission::sent);
        QString message;
        QCOMPARE(submission.submit(pothole(), QStringLiteral("Pothole"), message),
            ReportSubmission::Outcome::Sending);
        const qint64 localId = submission.current();
        QVERIFY(sent.wait(10000));
        QCOMPARE(session.outbox()->find(localId)->endpoint, trainingUrl);

        Profile mainOnly = city;
        mainOnly.languageEndpoints.clear();
        AppSession other(options);
        QSignalSpy cached(&other, &AppSession::servicesCached);
        QSignalSpy failed(&other, &AppSession::servicesFailed);
        other.setProfile(mainOnly, [key] { return key; });
        QVERIFY(failed.wait(10000));
        QCOMPARE(cached.count(), 0);
    }

    // The form is usable before the server answers, or when it never does.
    void theLastServiceListIsThereWhenTheCityIsNot()
    {
        const AppSession::Options options = freshOptions();
        Profile city;
        city.id = QStringLiteral("cached-city");
        city.displayName = QStringLiteral("Cached City");
        city.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/dev/V1/"));
        city.cityId = QStringLiteral("cached.example");
        {
            AppSession first(options);
            QVERIFY(startOnTrainingCity(first));
            QSignalSpy loaded(&first, &AppSession::servicesLoaded);
            // The training city under another name, so that its list is cached.
            Profile training = AppSession::trainingProfile(*first.trainingCity());
            training.id = city.id;
            training.isTraining = false;
            city.serverLocales = training.serverLocales;
            const QString key = first.trainingCity()->apiKey();
            first.setProfile(training, [key] { return key; });
            QVERIFY(loaded.wait(10000));
            // A v2 service's questions are kept too.
            QSignalSpy asked(first.definitions(), &DefinitionCache::ready);
            first.definitions()->fetch(QStringLiteral("021"));
            QVERIFY(asked.wait(10000));
        }
        // Offline, the city as it was: its services' v2 fields and the questions of one.
        city.protocol = Protocol::GeoReportV2;
        city.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/dev/v2/"));
        city.allowPlainHttp = true;
        AppSession session(options);
        QSignalSpy cached(&session, &AppSession::servicesCached);
        QSignalSpy failed(&session, &AppSession::servicesFailed);
        session.setProfile(city, [] { return QStringLiteral("key"); });
        QCOMPARE(cached.count(), 1);
        const ServiceList services = cached.first().first().value<ServiceList>();
        QVERIFY(!services.isEmpty());
        QVERIFY(std::all_of(services.cbegin(), services.cend(),
            [](const Service& s) { return !s.code.isEmpty() && !s.name.isEmpty(); }));
        const auto pothole = std::find_if(services.cbegin(), services.cend(),
            [](const Service& s) { return s.code == QLatin1String("021"); });
        QVERIFY(pothole != services.cend());
        QVERIFY(pothole->metadata);
        QVERIFY(!pothole->group.isEmpty());
        QVERIFY(!pothole->keywords.isEmpty());
        QVERIFY(failed.wait(10000));

        QSignalSpy ready(session.definitions(), &DefinitionCache::ready);
        QSignalSpy notReady(session.definitions(), &DefinitionCache::failed);
        session.definitions()->fetch(QStringLiteral("021"));
        QVERIFY(ready.wait(10000));
        const ServiceDefinition kept = ready.first().at(1).value<ServiceDefinition>();
        QCOMPARE(kept.serviceCode, QStringLiteral("021"));
        QVERIFY(kept.attribute(QStringLiteral("size")));
        QVERIFY(kept.attribute(QStringLiteral("size"))->required);
        QVERIFY(!kept.attribute(QStringLiteral("size"))->values.isEmpty());
        // Past its hour the copy is asked for again, and still serves while the city is away.
        session.definitions()->setClockForTesting(
            [] { return QDateTime::currentMSecsSinceEpoch() + 2 * DefinitionCache::kFreshMs; });
        session.definitions()->fetch(QStringLiteral("021"));
        QVERIFY(ready.wait(10000));
        QCOMPARE(ready.count(), 2);
        // A service never asked about has no copy: the city's silence is said.
        session.definitions()->fetch(QStringLiteral("015"));
        QVERIFY(notReady.wait(10000));

        // A damaged copy is no copy.
        const QString folder
            = QDir(options.cacheDirectory)
                  .filePath(QStringLiteral("definitions-%1-%2")
                                .arg(QString::fromLatin1(city.id.toUtf8().toHex()),
                                    QString::fromLatin1(QByteArrayLiteral("en").toHex())));
        QFile damaged(QDir(folder).filePath(
            QStringLiteral("%1.json").arg(QString::fromLatin1(QByteArrayLiteral("021").toHex()))));
        QVERIFY(damaged.exists());
        QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
        damaged.write("{\"fetched_ms\": 1, \"definition\": [");
        damaged.close();
        AppSession again(options);
        again.setProfile(city, [] { return QStringLiteral("key"); });
        QSignalSpy failedAgain(again.definitions(), &DefinitionCache::failed);
        again.definitions()->fetch(QStringLiteral("021"));
        QVERIFY(failedAgain.wait(10000));
    }

    // A city that names its services in the reader's language is asked for them so, and a list
    // kept in one language is not shown to the reader of another.
    void servicesComeInTheReadersLanguageAndAreKeptPerLanguage()
    {
        const auto restore = qScopeGuard([] { Translations::setLanguage(QString()); });
        const AppSession::Options options = freshOptions();
        const auto pothole = [](const ServiceList& services) {
            for (const Service& service : services) {
                if (service.code == QLatin1String("021"))
                    return service.name;
            }
            return QString();
        };
        Profile city;
        city.id = QStringLiteral("bilingual-city");
        city.displayName = QStringLiteral("Bilingual City");
        city.protocol = Protocol::GeoReportV2;
        city.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/dev/v2/"));
        city.allowPlainHttp = true;
        {
            Translations::setLanguage(QStringLiteral("es"));
            AppSession first(options);
            QSignalSpy loaded(&first, &AppSession::servicesLoaded);
            QVERIFY(startOnTrainingCity(first));
            QCOMPARE(pothole(loaded.first().first().value<ServiceList>()),
                QStringLiteral("Bache en la calle"));
            QCOMPARE(first.client()->endpoint().locale(), QStringLiteral("es"));
            Profile training = AppSession::trainingProfile(*first.trainingCity());
            training.id = city.id;
            training.isTraining = false;
            city.serverLocales = training.serverLocales;
            loaded.clear();
            const QString key = first.trainingCity()->apiKey();
            first.setProfile(training, [key] { return key; });
            QVERIFY(loaded.wait(10000));
            QCOMPARE(pothole(loaded.first().first().value<ServiceList>()),
                QStringLiteral("Bache en la calle"));
        }
        {
            Translations::setLanguage(QString());
            AppSession english(options);
            QSignalSpy loaded(&english, &AppSession::servicesLoaded);
            QVERIFY(startOnTrainingCity(english));
            QCOMPARE(pothole(loaded.first().first().value<ServiceList>()),
                QStringLiteral("Pothole in Street"));
            // Offline: no English copy was kept, and the Spanish one is not it.
            QSignalSpy cached(&english, &AppSession::servicesCached);
            english.setProfile(city, [] { return QStringLiteral("key"); });
            QCOMPARE(cached.count(), 0);
        }
        Translations::setLanguage(QStringLiteral("es"));
        AppSession spanish(options);
        QSignalSpy cached(&spanish, &AppSession::servicesCached);
        spanish.setProfile(city, [] { return QStringLiteral("key"); });
        QCOMPARE(cached.count(), 1);
        QCOMPARE(pothole(cached.first().first().value<ServiceList>()),
            QStringLiteral("Bache en la calle"));
    }

    void aBrokenJurisdictionOpensTheTrainingCityAndSaysWhy()
    {
        AppSession session(freshOptions());
        session.openProfiles();
        QSignalSpy notice(&session, &AppSession::notice);
        QSignalSpy changed(&session, &AppSession::profileChanged);
        session.activateProfile(QStringLiteral("no-such-city"));
        QCOMPARE(changed.count(), 1);
        QVERIFY(session.profile().isTraining);
        QCOMPARE(notice.count(), 1);
        QVERIFY(notice.first().first().toString().contains(QStringLiteral("no-such-city")));
    }
};

QTEST_GUILESS_MAIN(SessionTest)
#include "session_test.moc"
