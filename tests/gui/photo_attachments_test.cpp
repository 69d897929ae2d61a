#include "ExifJpeg.h"
#include "gui/report/PhotoAttachments.h"
#include "gui/widgets/AccessibleText.h"
#include "session/PhotoPreparer.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QUrl>

using namespace Open311;
using namespace Open311::Testing;

namespace {

constexpr int kTimeout = 15000;

// Like WidgetLookup's child(), but a control that is not there is an answer, not a failure.
template <typename T> T* named(QWidget* parent, const QString& accessibleName)
{
    for (T* widget : parent->findChildren<T*>()) {
        if (widget->accessibleName() == accessibleName
            || (widget->accessibleName().isEmpty()
                && widget->accessibleDescription() == accessibleName))
            return widget;
    }
    return nullptr;
}

QImage picture(int width, int height, QRgb colour)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(colour);
    return image;
}

bool showAndActivate(QWidget& widget)
{
    widget.resize(700, 400);
    widget.show();
    if (!QTest::qWaitForWindowExposed(&widget))
        return false;
    widget.activateWindow();
    return QTest::qWaitForWindowActive(&widget);
}

} // namespace

// The photos attached to a report: prepared off the GUI thread, removed, refused where a city or
// a kiosk does not take them, and nothing kept after a reset.
class PhotoAttachmentsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeBytes(const QString& relative, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return path;
    }

    // A plain JPEG, as QImage::save writes it.
    QString writeJpeg(const QString& relative, int width = 640, int height = 480)
    {
        const QString path = m_dir.filePath(relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        picture(width, height, qRgb(40, 120, 200)).save(path, "JPEG");
        return path;
    }

    QLabel* message(PhotoAttachments& photos)
    {
        return named<QLabel>(&photos, QStringLiteral("Photo message"));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Nothing of one test is prepared on into the next.
    void cleanup() { QThreadPool::globalInstance()->waitForDone(); }

    void fileIsPreparedWithoutExif()
    {
        const QByteArray plain = encodedImage(picture(800, 600, qRgb(200, 60, 60)), "JPEG");
        const QString path = writeBytes(QStringLiteral("photo.jpg"), withExif(plain, 1, nullptr));
        QVERIFY(PhotoPreparer::hasExif(withExif(plain, 1, nullptr)));

        PhotoAttachments photos;
        QSignalSpy changed(&photos, &PhotoAttachments::changed);
        QSignalSpy busy(&photos, &PhotoAttachments::busyChanged);
        photos.addFiles({ path });
        QVERIFY(photos.isBusy());
        QVERIFY(!photos.isEmpty());
        QVERIFY(named<QLabel>(&photos, QStringLiteral("Preparing photo.jpg")));
        QVERIFY(photos.photos().isEmpty());

        QVERIFY(changed.wait(kTimeout));
        QVERIFY(!photos.isBusy());
        QCOMPARE(busy.count(), 2);
        const QList<PreparedPhoto> ready = photos.photos();
        QCOMPARE(ready.size(), 1);
        QCOMPARE(ready.at(0).fileName, QStringLiteral("photo.jpg"));
        QVERIFY(!ready.at(0).thumbnail.isNull());
        QVERIFY(!ready.at(0).jpeg.isEmpty());
        QVERIFY(!PhotoPreparer::hasExif(ready.at(0).jpeg));
        QVERIFY(named<QLabel>(&photos, QStringLiteral("Photo photo.jpg")));
        QVERIFY(named<QPushButton>(&photos, QStringLiteral("Remove photo photo.jpg")));

        // The same file twice is one photo.
        photos.addFiles({ path });
        QVERIFY(!photos.isBusy());
        QCOMPARE(photos.photos().size(), 1);
        QVERIFY(message(photos)->text().contains(QStringLiteral("photo.jpg")));
    }

    void corruptFileIsNamedAndOthersStay()
    {
        PhotoAttachments photos;
        QSignalSpy changed(&photos, &PhotoAttachments::changed);
        photos.addFiles({ writeJpeg(QStringLiteral("good.jpg")) });
        QVERIFY(changed.wait(kTimeout));

        QByteArray random(4096, Qt::Uninitialized);
        QRandomGenerator generator(2024);
        for (char& byte : random)
            byte = char(generator.bounded(256));
        photos.addFiles({ writeBytes(QStringLiteral("bad.jpg"), random) });
        QVERIFY(photos.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!photos.isBusy(), kTimeout);

        QVERIFY2(message(photos)->text().contains(QStringLiteral("bad.jpg")),
            qPrintable(message(photos)->text()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(photos.photos().size(), 1);
        QCOMPARE(photos.photos().at(0).fileName, QStringLiteral("good.jpg"));
    }

    // A photo that cannot be read leaves with the focus it had; the focus goes on, and the
    // problem is said on Add photos until the photos change again.
    void aPhotoThatFailsPassesItsFocusOn()
    {
        PhotoAttachments photos;
        QVERIFY(showAndActivate(photos));
        QByteArray random(4096, Qt::Uninitialized);
        QRandomGenerator generator(7);
        for (char& byte : random)
            byte = char(generator.bounded(256));
        photos.addFiles({ writeBytes(QStringLiteral("broken.jpg"), random) });
        // Its answer comes through the event loop, which has not run yet.
        auto* remove = named<QPushButton>(&photos, QStringLiteral("Remove photo broken.jpg"));
        QVERIFY(remove);
        remove->setFocus(Qt::TabFocusReason);
        QCOMPARE(QApplication::focusWidget(), remove);
        QTRY_VERIFY_WITH_TIMEOUT(!photos.isBusy(), kTimeout);
        QVERIFY(photos.isEmpty());
        QCOMPARE(QApplication::focusWidget(), photos.addButton());
        const QString said = photos.addButton()->accessibleDescription();
        QVERIFY2(said.startsWith(QStringLiteral("broken.jpg")), qPrintable(said));
        // The form's own problem on the button ("still being prepared") comes and goes apart.
        AccessibleText::setProblem(photos.addButton(), QStringLiteral("Wait."));
        AccessibleText::setProblem(photos.addButton(), QString());
        QCOMPARE(photos.addButton()->accessibleDescription(), said);
        QVERIFY(message(photos)->text().contains(QStringLiteral("broken.jpg")));

        photos.addFiles({ writeJpeg(QStringLiteral("fine.jpg")) });
        QTRY_COMPARE_WITH_TIMEOUT(photos.photos().size(), 1, kTimeout);
        QVERIFY2(photos.addButton()->accessibleDescription().isEmpty(),
            qPrintable(photos.addButton()->accessibleDescription()));
    }

    void removingMovesFocusOn()
    {
        PhotoAttachments photos;
        QVERIFY(showAndActivate(photos));
        photos.addFiles(
            { writeJpeg(QStringLiteral("first.jpg")), writeJpeg(QStringLiteral("second.jpg")) });
        QTRY_COMPARE_WITH_TIMEOUT(photos.photos().size(), 2, kTimeout);
        QCOMPARE(photos.photos().at(0).fileName, QStringLiteral("first.jpg"));

        QSignalSpy changed(&photos, &PhotoAttachments::changed);
        auto* first = named<QPushButton>(&photos, QStringLiteral("Remove photo first.jpg"));
        auto* second = named<QPushButton>(&photos, QStringLiteral("Remove photo second.jpg"));
        QVERIFY(first && second);
        QCOMPARE(first->focusPolicy() & Qt::TabFocus, Qt::TabFocus);
        first->setFocus(Qt::TabFocusReason);
        QTest::keyClick(first, Qt::Key_Space);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(photos.photos().size(), 1);
        QCOMPARE(photos.photos().at(0).fileName, QStringLiteral("second.jpg"));
        QCOMPARE(QApplication::focusWidget(), second);

        QTest::keyClick(second, Qt::Key_Space);
        QCOMPARE(changed.count(), 2);
        QVERIFY(photos.isEmpty());
        QCOMPARE(QApplication::focusWidget(), photos.addButton());
    }

    void atMostFivePhotos()
    {
        QStringList paths;
        for (int i = 0; i < PhotoAttachments::kMaxPhotos + 2; ++i)
            paths << writeJpeg(QStringLiteral("many/%1.jpg").arg(i), 64, 48);
        PhotoAttachments photos;
        photos.addFiles(paths);
        QVERIFY(message(photos)->text().contains(QStringLiteral("at most 5 photos")));
        QTRY_VERIFY_WITH_TIMEOUT(!photos.isBusy(), kTimeout);
        QCOMPARE(photos.photos().size(), PhotoAttachments::kMaxPhotos);

        photos.addFiles({ writeJpeg(QStringLiteral("one-more.jpg"), 64, 48) });
        QVERIFY(!photos.isBusy());
        QCOMPARE(photos.photos().size(), PhotoAttachments::kMaxPhotos);
        QVERIFY(message(photos)->text().contains(QStringLiteral("at most 5 photos")));
    }

    void pastedImageIsAttached()
    {
        PhotoAttachments photos;
        QSignalSpy changed(&photos, &PhotoAttachments::changed);
        QMimeData text;
        text.setText(QStringLiteral("A pothole"));
        QVERIFY(!photos.paste(&text));
        QVERIFY(!photos.paste(nullptr));
        QVERIFY(photos.isEmpty());

        QMimeData image;
        image.setImageData(picture(640, 480, qRgb(30, 160, 60)));
        QVERIFY(photos.paste(&image));
        QVERIFY(changed.wait(kTimeout));
        QCOMPARE(photos.photos().size(), 1);
        const PreparedPhoto photo = photos.photos().at(0);
        QVERIFY(!photo.thumbnail.isNull());
        QCOMPARE(photo.sentSize, QSize(640, 480));
        QVERIFY(!PhotoPreparer::hasExif(photo.jpeg));

        QMimeData file;
        file.setUrls({ QUrl::fromLocalFile(writeJpeg(QStringLiteral("copied.jpg"))) });
        QVERIFY(photos.paste(&file));
        QVERIFY(changed.wait(kTimeout));
        QCOMPARE(photos.photos().size(), 2);
        QCOMPARE(photos.photos().at(1).fileName, QStringLiteral("copied.jpg"));
    }

    void droppedFilesAreAttached()
    {
        PhotoAttachments photos;
        QVERIFY(photos.acceptDrops());
        QSignalSpy changed(&photos, &PhotoAttachments::changed);

        QMimeData web;
        web.setUrls({ QUrl(QStringLiteral("https://example.org/photo.jpg")) });
        QDragEnterEvent refused(QPoint(5, 5), Qt::CopyAction, &web, Qt::LeftButton, {});
        QApplication::sendEvent(&photos, &refused);
        QVERIFY(!refused.isAccepted());

        QMimeData local;
        local.setUrls({ QUrl::fromLocalFile(writeJpeg(QStringLiteral("dropped.jpg"))) });
        QDragEnterEvent enter(
            QPoint(5, 5), Qt::CopyAction | Qt::MoveAction, &local, Qt::LeftButton, {});
        QApplication::sendEvent(&photos, &enter);
        QVERIFY(enter.isAccepted());
        QCOMPARE(enter.dropAction(), Qt::CopyAction);
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction | Qt::MoveAction, &local, Qt::LeftButton, {});
        QApplication::sendEvent(&photos, &drop);
        QCOMPARE(drop.dropAction(), Qt::CopyAction);
        QVERIFY(changed.wait(kTimeout));
        QCOMPARE(photos.photos().at(0).fileName, QStringLiteral("dropped.jpg"));
    }

    void cityWithoutUploads()
    {
        PhotoAttachments photos;
        QSignalSpy changed(&photos, &PhotoAttachments::changed);
        photos.addFiles({ writeJpeg(QStringLiteral("kept.jpg")) });
        QVERIFY(changed.wait(kTimeout));

        photos.setUploadsAccepted(false);
        QVERIFY(!photos.addButton()->isEnabled());
        QVERIFY(!photos.acceptDrops());
        const QString text = message(photos)->text();
        QVERIFY2(text.contains(QStringLiteral("This city takes no photo uploads; put a link to "
                                              "your photo in the field below instead.")),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("will not be sent")), qPrintable(text));
        QCOMPARE(photos.photos().size(), 1);

        photos.addFiles({ writeJpeg(QStringLiteral("refused.jpg")) });
        QVERIFY(!photos.isBusy());
        QMimeData image;
        image.setImageData(picture(64, 64, qRgb(0, 0, 0)));
        QVERIFY(!photos.paste(&image));
        QCOMPARE(photos.photos().size(), 1);

        photos.setUploadsAccepted(true);
        QVERIFY(photos.addButton()->isEnabled());
        QVERIFY(message(photos)->text().isEmpty());
    }

    void kioskWithoutFiles()
    {
        PhotoAttachments photos;
        photos.setFileAccess(false, QString());
        QVERIFY(!photos.addButton()->isVisibleTo(&photos));
        QVERIFY(!photos.acceptDrops());
        photos.addFiles({ writeJpeg(QStringLiteral("kiosk.jpg")) });
        QVERIFY(photos.isEmpty());
        QVERIFY(!photos.isBusy());
        QMimeData image;
        image.setImageData(picture(64, 64, qRgb(0, 0, 0)));
        QVERIFY(!photos.paste(&image));
        QVERIFY(photos.isEmpty());
    }

    void kioskFolder()
    {
        const QString inside = writeJpeg(QStringLiteral("kiosk/inbox/inside.jpg"));
        const QString outside = writeJpeg(QStringLiteral("kiosk/outside.jpg"));
        const QString folder = QFileInfo(inside).absolutePath();
        const QString link = folder + QStringLiteral("/link.jpg");
        QVERIFY(QFile::link(outside, link));

        PhotoAttachments photos;
        photos.setFileAccess(true, folder);
        QVERIFY(photos.addButton()->isVisibleTo(&photos));
        photos.addFiles({ outside, folder + QStringLiteral("/../outside.jpg"), link });
        QVERIFY(photos.isEmpty());
        QVERIFY2(message(photos)->text().contains(QStringLiteral("outside.jpg")),
            qPrintable(message(photos)->text()));
        QVERIFY(message(photos)->text().contains(QStringLiteral("link.jpg")));

        QSignalSpy changed(&photos, &PhotoAttachments::changed);
        photos.addFiles({ inside });
        QVERIFY(changed.wait(kTimeout));
        QCOMPARE(photos.photos().size(), 1);
        QCOMPARE(photos.photos().at(0).fileName, QStringLiteral("inside.jpg"));
    }

    void clearDropsWhatIsBeingPrepared()
    {
        PhotoAttachments photos;
        QSignalSpy changed(&photos, &PhotoAttachments::changed);
        photos.addFiles({ writeJpeg(QStringLiteral("pending/a.jpg"), 3000, 2000),
            writeJpeg(QStringLiteral("pending/b.jpg"), 3000, 2000),
            writeJpeg(QStringLiteral("pending/c.jpg"), 3000, 2000) });
        QVERIFY(photos.isBusy());
        photos.clear();
        QVERIFY(photos.isEmpty());
        QVERIFY(!photos.isBusy());

        // Whatever was still running finishes, and what it made is thrown away.
        QTRY_COMPARE_WITH_TIMEOUT(QThreadPool::globalInstance()->activeThreadCount(), 0, kTimeout);
        QCoreApplication::processEvents();
        QVERIFY(photos.isEmpty());
        QVERIFY(photos.photos().isEmpty());
        QVERIFY(!photos.isBusy());
        QCOMPARE(changed.count(), 0);
        QVERIFY(!named<QLabel>(&photos, QStringLiteral("Photo a.jpg")));
    }

    void photoLocationIsOffered()
    {
        const QByteArray plain = encodedImage(picture(320, 240, qRgb(90, 90, 90)), "JPEG");
        const Gps berlin = gpsAt(52.52, 13.41);
        const QString located
            = writeBytes(QStringLiteral("located.jpg"), withExif(plain, 1, &berlin));

        PhotoAttachments photos;
        QSignalSpy changed(&photos, &PhotoAttachments::changed);
        QPushButton* use = photos.locationButton();
        QCOMPARE(use->accessibleName(), QStringLiteral("Use the photo's location"));
        QCOMPARE(use->text(), QStringLiteral("Use the photo's location"));

        photos.addFiles({ writeJpeg(QStringLiteral("unlocated.jpg")) });
        QVERIFY(changed.wait(kTimeout));
        QVERIFY(!use->isVisibleTo(&photos));

        photos.addFiles({ located });
        QVERIFY(changed.wait(kTimeout));
        QVERIFY(use->isVisibleTo(&photos));
        QSignalSpy chosen(&photos, &PhotoAttachments::locationChosen);
        use->click();
        QCOMPARE(chosen.count(), 1);
        const auto where = chosen.at(0).at(0).value<QGeoCoordinate>();
        QVERIFY2(qAbs(where.latitude() - 52.52) < 1e-6, qPrintable(where.toString()));
        QVERIFY2(qAbs(where.longitude() - 13.41) < 1e-6, qPrintable(where.toString()));
        // Offered, never sent.
        QVERIFY(!PhotoPreparer::hasExif(photos.photos().at(1).jpeg));

        named<QPushButton>(&photos, QStringLiteral("Remove photo located.jpg"))->click();
        QVERIFY(!use->isVisibleTo(&photos));
    }

    void draftPhotosAreRestored()
    {
        PreparedPhoto photo;
        photo.fileName = QStringLiteral("draft.jpg");
        photo.jpeg = encodedImage(picture(800, 400, qRgb(10, 10, 200)), "JPEG");
        photo.sentSize = QSize(800, 400);

        PhotoAttachments photos;
        QSignalSpy changed(&photos, &PhotoAttachments::changed);
        photos.setPhotos({ photo });
        QCOMPARE(changed.count(), 1);
        QVERIFY(!photos.isBusy());
        QCOMPARE(photos.photos().size(), 1);
        const QImage thumbnail = photos.photos().at(0).thumbnail;
        QVERIFY(!thumbnail.isNull());
        QVERIFY(thumbnail.width() <= PhotoPreparer::kThumbnailSide);
        QCOMPARE(photos.photos().at(0).jpeg, photo.jpeg);
        QVERIFY(named<QPushButton>(&photos, QStringLiteral("Remove photo draft.jpg")));

        photos.clear();
        QCOMPARE(changed.count(), 2);
        QVERIFY(photos.isEmpty());
    }

    void privacyIsExplained()
    {
        PhotoAttachments photos;
        QLabel* about = named<QLabel>(&photos, QStringLiteral("About photos"));
        QVERIFY(about);
        QVERIFY(about->wordWrap());
        QVERIFY(about->text().contains(QStringLiteral("EXIF")));
        QCOMPARE(photos.addButton()->accessibleName(), QStringLiteral("Add photos"));
        QVERIFY(!photos.addButton()->text().contains(QLatin1Char('&')));
    }
};

QTEST_MAIN(PhotoAttachmentsTest)
#include "photo_attachments_test.moc"
