#include "ExifJpeg.h"
#include "StartedWindow.h"
#include "TestSettings.h"
#include "WidgetLookup.h"
#include "gui/report/AttributeFields.h"
#include "gui/report/DescriptionEdit.h"
#include "gui/report/PhotoAttachments.h"
#include "gui/report/ReportForm.h"
#include "gui/tracker/TrackerPanel.h"
#include "gui/widgets/RemotePhoto.h"
#include "gui/window/MainWindow.h"
#include "i18n/Translations.h"
#include "mapwidget/MapWidget.h"
#include "profiles/ProfileStore.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"
#include "session/AppSession.h"
#include "session/PhotoPreparer.h"
#include "session/ReportSubmission.h"
#include "session/TrainingCity.h"
#include "store/Outbox.h"
#include "store/TrackerPoller.h"
#include "store/TrackerStore.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Open311;
using namespace Open311::Testing;

namespace {

const QString kSize = QStringLiteral("How big is the pothole? (required)");
const QString kSmall = QStringLiteral("Smaller than a dinner plate");

} // namespace

// Photos in the report window, end to end on the training city over v2: attached, placing the
// pin from their GPS at the person's choice, made smaller, sent without EXIF, stored by the
// city and served back through the request's media_url; refused clearly when broken, with the
// report kept; kept in the draft; and not offered where the city takes no uploads.
class ReportPhotosTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_windows = 0;

    std::unique_ptr<MainWindow> openWindow(int reuse = 0)
    {
        const int n = reuse > 0 ? reuse : ++m_windows;
        MainWindow::Options options;
        options.outboxPath = m_dir.filePath(QStringLiteral("outbox-%1.sqlite").arg(n));
        options.cacheDirectory = m_dir.filePath(QStringLiteral("cache"));
        options.trackerPath = m_dir.filePath(QStringLiteral("tracker-%1.sqlite").arg(n));
        options.trainingCityPath = m_dir.filePath(QStringLiteral("training-%1.sqlite").arg(n));
        return startedWindow(options);
    }

    static void choosePothole(ReportForm* form)
    {
        auto* field = child<QLineEdit>(form, QStringLiteral("Filter services"));
        field->setFocus();
        QTest::keyClicks(field, QStringLiteral("pothole in street"));
        QCOMPARE(form->selectedServiceCode(), QStringLiteral("021"));
        QTRY_VERIFY_WITH_TIMEOUT(!form->findChild<AttributeFields*>()->isHidden(), 10000);
        QTest::mouseClick(
            child<QAbstractButton>(form, kSize + QStringLiteral(": ") + kSmall), Qt::LeftButton);
    }

    // A phone's photo: 4000×3000, with its make, model and where it was taken.
    QString cameraPhoto(const QString& name, double latitude, double longitude)
    {
        QImage image(4000, 3000, QImage::Format_RGB32);
        image.fill(qRgb(90, 90, 80));
        const Gps gps = gpsAt(latitude, longitude);
        const QByteArray jpeg = withExif(encodedImage(image, "JPG"), 1, &gps);
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(jpeg) != jpeg.size())
            qFatal("cannot write the photo");
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        isolateSettings(QDir(m_dir.path()));
        QApplication::setOrganizationName(QStringLiteral("Open311ReportPhotoTests"));
        Translations::install(QLocale(QLocale::English));
    }

    void aPhotoPlacesThePinAndReachesTheCityWithoutExif()
    {
        auto window = openWindow();
        ReportForm* form = window->form();
        SandboxServer* city = window->trainingCity()->server();
        choosePothole(form);
        auto* strip = form->findChild<PhotoAttachments*>();
        QVERIFY(strip);
        QVERIFY(strip->addButton()->isEnabled());
        const QString path = cameraPhoto(QStringLiteral("IMG_0042.jpg"), 40.0021, -99.9987);
        QFile original(path);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QVERIFY(PhotoPreparer::hasExif(original.readAll()));
        strip->addFiles({ path });
        QTRY_COMPARE_WITH_TIMEOUT(strip->photos().size(), 1, 15000);
        // The pin moves only when the person says so.
        QVERIFY(!form->map()->pin().isValid());
        QPushButton* useIt = strip->locationButton();
        QTRY_VERIFY(useIt->isVisible());
        QCOMPARE(useIt->accessibleName(), QStringLiteral("Use the photo's location"));
        QTest::mouseClick(useIt, Qt::LeftButton);
        QVERIFY(form->map()->pin().isValid());
        QVERIFY(qAbs(form->map()->pin().latitude() - 40.0021) < 1e-5);
        QVERIFY(qAbs(form->map()->pin().longitude() + 99.9987) < 1e-5);
        QTest::keyClicks(child<DescriptionEdit>(form, QStringLiteral("Description")),
            QStringLiteral("Photo attached"));

        QSignalSpy filed(window.get(), &MainWindow::reportFiled);
        QTest::mouseClick(
            child<QPushButton>(form, QStringLiteral("Send the report")), Qt::LeftButton);
        QVERIFY2(
            filed.wait(15000), qPrintable(child<QLabel>(form, QStringLiteral("Message"))->text()));
        const QString id = filed.first().at(1).toString();
        const std::optional<SandboxStore::Request> stored = city->store().find(id);
        QVERIFY(stored);
        QVERIFY(stored->request.latitude && qAbs(*stored->request.latitude - 40.0021) < 1e-5);
        QCOMPARE(city->store().mediaCount(id), 1);
        const std::optional<SandboxStore::Media> photo = city->store().media(id, 1);
        QVERIFY(photo);
        QCOMPARE(photo->contentType, QByteArray("image/jpeg"));
        // The file the city keeps: smaller, and nothing of the camera in it.
        QVERIFY(!PhotoPreparer::hasExif(photo->data));
        QVERIFY(!PhotoPreparer::exifLocation(photo->data));
        QVERIFY(!photo->data.contains("TestCam"));
        QVERIFY(!photo->data.contains("Pocket 311"));
        QCOMPARE(QImage::fromData(photo->data).size(), QSize(2048, 1536));
        // Sent: the outbox keeps no copy.
        const qint64 localId = filed.first().at(0).toLongLong();
        QCOMPARE(window->outbox()->find(localId)->state, OutboxEntry::State::Sent);
        QVERIFY(window->outbox()->find(localId)->request.photos.isEmpty());

        // The Tracker shows the photo the city serves back through media_url.
        QSignalSpy checked(window->session()->poller(), &TrackerPoller::checked);
        window->session()->poller()->refresh(id);
        QVERIFY(checked.wait(10000));
        const std::optional<TrackedRequest> followed
            = window->tracker()->find(window->profile().id, id);
        QVERIFY(followed);
        QVERIFY2(followed->mediaUrl.endsWith(QStringLiteral("/dev/v2/media/%1/1.jpg").arg(id)),
            qPrintable(followed->mediaUrl));
        QWidget* details = window->trackerPanel()->openDetails(id);
        QVERIFY(details);
        auto* shown = details->findChild<RemotePhoto*>();
        QVERIFY(shown);
        QTRY_VERIFY_WITH_TIMEOUT(shown->isLoaded(), 15000);
        QCOMPARE(shown->pixmap().deviceIndependentSize().toSize(), QSize(320, 240));
        details->close();
    }

    void theCitysPhotoIsNeverFetchedOverPlainHttpUnasked()
    {
        RemotePhoto refused(QUrl(QStringLiteral("http://city.example/photo.jpg")), false);
        QSignalSpy done(&refused, &RemotePhoto::finished);
        QVERIFY(done.wait(2000));
        QCOMPARE(done.first().at(0).toBool(), false);
        QVERIFY(!refused.isLoaded());
        QVERIFY(refused.text().contains(QLatin1String("does not open")));
        // A few bytes claiming a picture of 60,000 × 60,000 pixels are not decoded.
        QImage tiny(8, 8, QImage::Format_RGB32);
        tiny.fill(Qt::red);
        QByteArray png = encodedImage(tiny, "PNG");
        QVERIFY(!RemotePhoto::decode(png, 320).isNull());
        // Width and height live at bytes 16..23 of the IHDR chunk.
        const char huge[8] = { 0, 0, char(0xEA), 0x60, 0, 0, char(0xEA), 0x60 };
        png.replace(16, 8, QByteArray(huge, 8));
        QVERIFY(RemotePhoto::decode(png, 320).isNull());
    }

    void aBrokenPhotoIsRefusedAndTheReportKept()
    {
        auto window = openWindow();
        ReportForm* form = window->form();
        choosePothole(form);
        auto* description = child<DescriptionEdit>(form, QStringLiteral("Description"));
        QTest::keyClicks(description, QStringLiteral("Kerb broken too"));
        const QString broken = m_dir.filePath(QStringLiteral("broken.jpg"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\xFF\xD8\xFF\xE0 not really a JPEG", 23) + QByteArray(5000, 'x'));
        file.close();
        auto* strip = form->findChild<PhotoAttachments*>();
        strip->addFiles({ broken });
        QTRY_VERIFY_WITH_TIMEOUT(!strip->isBusy(), 15000);
        QVERIFY(strip->photos().isEmpty());
        QVERIFY2(strip->message()->text().contains(QLatin1String("broken.jpg")),
            qPrintable(strip->message()->text()));
        // What was typed and chosen is all still there, and the report goes without the photo.
        QCOMPARE(description->toPlainText(), QStringLiteral("Kerb broken too"));
        QCOMPARE(form->selectedServiceCode(), QStringLiteral("021"));
        form->map()->setPin(QGeoCoordinate(40.0, -100.0));
        QSignalSpy filed(window.get(), &MainWindow::reportFiled);
        QTest::mouseClick(
            child<QPushButton>(form, QStringLiteral("Send the report")), Qt::LeftButton);
        QVERIFY(filed.wait(15000));
        QCOMPARE(
            window->trainingCity()->server()->store().mediaCount(filed.first().at(1).toString()),
            0);
    }

    // Without file access (a kiosk with no camera folder) the add button is hidden: a problem
    // with the photos still lands on a control that can take focus, and that control says it.
    void aPhotoProblemReachesAControlWithoutTheAddButton()
    {
        auto window = openWindow();
        ReportForm* form = window->form();
        auto* strip = form->findChild<PhotoAttachments*>();
        strip->addFiles({ cameraPhoto(QStringLiteral("first.jpg"), 40.0, -100.0),
            cameraPhoto(QStringLiteral("second.jpg"), 40.0, -100.0) });
        QTRY_COMPARE_WITH_TIMEOUT(strip->photos().size(), 2, 15000);
        strip->setFileAccess(false, QString());
        QVERIFY(!strip->addButton()->isVisible());
        const QString problem = QStringLiteral("The city takes photos of at most 2 MB.");
        form->showError(Error::validation(Error::Field::Photos, problem));
        QWidget* focus = QApplication::focusWidget();
        QVERIFY(focus);
        QVERIFY(strip->isAncestorOf(focus));
        QVERIFY(focus->isEnabled());
        QVERIFY2(focus->accessibleDescription().contains(problem),
            qPrintable(focus->accessibleDescription()));
        QVERIFY(child<QLabel>(form, QStringLiteral("Problem with Photos"))->isVisible());
        form->clearErrors();
        QVERIFY(!focus->accessibleDescription().contains(problem));
    }

    void photosStayInTheDraft()
    {
        const int n = ++m_windows;
        const QString path = cameraPhoto(QStringLiteral("draft.jpg"), 40.001, -100.001);
        {
            auto window = openWindow(n);
            auto* strip = window->form()->findChild<PhotoAttachments*>();
            strip->addFiles({ path });
            QTRY_COMPARE_WITH_TIMEOUT(strip->photos().size(), 1, 15000);
            QTest::keyClicks(child<DescriptionEdit>(window->form(), QStringLiteral("Description")),
                QStringLiteral("With a photo"));
            QTest::qWait(ReportSubmission::kDraftDelayMs + 200);
        }
        auto window = openWindow(n);
        auto* strip = window->form()->findChild<PhotoAttachments*>();
        QTRY_COMPARE(strip->photos().size(), 1);
        QVERIFY(!strip->photos().constFirst().jpeg.isEmpty());
        QVERIFY(!PhotoPreparer::hasExif(strip->photos().constFirst().jpeg));
    }

    // Each jurisdiction's draft is its own: one city's photos never join another's text.
    void photosStayWithTheirJurisdiction()
    {
        auto window = openWindow();
        ReportForm* form = window->form();
        auto* description = child<DescriptionEdit>(form, QStringLiteral("Description"));
        window->activateProfile(ProfileStore::kTrainingV1Id);
        QTRY_COMPARE(window->profile().protocol, Protocol::GeoReportV1);
        QTest::keyClicks(description, QStringLiteral("The other city's report"));
        QTest::qWait(ReportSubmission::kDraftDelayMs + 200);
        window->activateProfile(ProfileStore::kTrainingId);
        QTRY_COMPARE(window->profile().protocol, Protocol::GeoReportV2);
        auto* strip = form->findChild<PhotoAttachments*>();
        strip->addFiles({ cameraPhoto(QStringLiteral("here.jpg"), 40.0, -100.0) });
        QTRY_COMPARE_WITH_TIMEOUT(strip->photos().size(), 1, 15000);
        window->activateProfile(ProfileStore::kTrainingV1Id);
        QTRY_COMPARE(window->profile().protocol, Protocol::GeoReportV1);
        QCOMPARE(description->toPlainText(), QStringLiteral("The other city's report"));
        QVERIFY(strip->photos().isEmpty());
    }

    void aCityWithoutUploadsKeepsTheLink()
    {
        auto window = openWindow();
        window->activateProfile(ProfileStore::kTrainingV1Id);
        QTRY_COMPARE(window->profile().protocol, Protocol::GeoReportV1);
        auto* strip = window->form()->findChild<PhotoAttachments*>();
        QVERIFY(!strip->addButton()->isEnabled());
        QVERIFY2(strip->message()->text().contains(QLatin1String("link")),
            qPrintable(strip->message()->text()));
        QVERIFY(child<QLineEdit>(window->form(), QStringLiteral("Link to a photo or page"))
                    ->isVisible());
    }
};

QTEST_MAIN(ReportPhotosTest)
#include "report_photos_test.moc"
