#include "MessageBoxes.h"
#include "StartedWindow.h"
#include "TestSettings.h"
#include "WidgetLookup.h"
#include "WindowFiles.h"
#include "gui/kiosk/KioskController.h"
#include "gui/kiosk/KioskStartScreen.h"
#include "gui/report/DescriptionEdit.h"
#include "gui/report/LocationSection.h"
#include "gui/report/ReportForm.h"
#include "gui/window/MainWindow.h"
#include "i18n/Translations.h"
#include "mapwidget/MapWidget.h"
#include "profiles/ProfileStore.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"
#include "session/TrainingCity.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Open311;
using Open311::Testing::buttonNamed;
using Open311::Testing::child;
using Open311::Testing::openQuestion;

namespace {

// Inside Sandbox City, and a kilometre north of its last street.
const QGeoCoordinate kInside(40.001, -100.001);
const QGeoCoordinate kOutside(40.03, -100.0);

void fillIn(ReportForm* form)
{
    QTest::keyClicks(child<QLineEdit>(form, QStringLiteral("Filter services")),
        QStringLiteral("pothole in street"));
    child<DescriptionEdit>(form, QStringLiteral("Description"))
        ->setPlainText(QStringLiteral("Deep hole by the farm gate"));
}

} // namespace

// The training city serves its boundary; the window draws it, warns about a pin beyond it,
// asks before sending from there, and a kiosk refuses.
class ServiceAreaWindowTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_windows = 0;

    std::unique_ptr<MainWindow> openWindow(bool kiosk = false)
    {
        MainWindow::Options options
            = Testing::windowFiles(m_dir, QStringLiteral("window-%1").arg(++m_windows));
        options.kiosk = kiosk;
        auto window = Open311::Testing::startedWindow(options, QSize(1280, 900));
        window->activateWindow();
        return window;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Open311::Testing::isolateSettings(QDir(m_dir.path()));
        QApplication::setOrganizationName(QStringLiteral("Open311ReporterTests"));
        ProfileStore().setActiveProfileId(ProfileStore::kTrainingV1Id);
        Translations::install(QLocale(QLocale::English));
    }

    void theCitysEdgeIsDrawnAndAPlaceBeyondItIsNamed()
    {
        auto window = openWindow();
        ReportForm* form = window->form();
        QTRY_VERIFY_WITH_TIMEOUT(form->map()->hasServiceArea(), 10000);
        form->map()->setPin(kInside);
        QVERIFY(!form->location()->isPinOutsideArea());
        QVERIFY(!form->locationNotice().contains(QLatin1String("outside")));
        form->map()->setPin(kOutside);
        QVERIFY(form->location()->isPinOutsideArea());
        QCOMPARE(form->locationNotice(),
            QStringLiteral("This place is outside Sandbox City; the city may not handle it."));
        // Seen from outside, the whole view is dimmed: the map's centre is darker than inside.
        form->map()->setCenter(kOutside);
        form->map()->setZoom(17);
        const QImage outside = form->map()->grab().toImage();
        form->map()->setCenter(kInside);
        const QImage inside = form->map()->grab().toImage();
        const QPoint middle(outside.width() / 2, outside.height() / 3);
        QVERIFY(outside.pixelColor(middle).lightness() < inside.pixelColor(middle).lightness());
    }

    void sendingFromBeyondTheEdgeAsksFirst()
    {
        auto window = openWindow();
        ReportForm* form = window->form();
        const SandboxStore& store = window->trainingCity()->server()->store();
        QTRY_VERIFY_WITH_TIMEOUT(form->map()->hasServiceArea(), 10000);
        fillIn(form);
        form->map()->setPin(kOutside);
        QSignalSpy filed(window.get(), &MainWindow::reportFiled);
        auto* description = child<DescriptionEdit>(form, QStringLiteral("Description"));
        QTest::keyClick(description, Qt::Key_Return, Qt::ControlModifier);
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = openQuestion()) != nullptr);
        QVERIFY(box->text().contains(QLatin1String("outside Sandbox City")));
        // "Back to the place" is the default, and Escape answers it: nothing is sent.
        QCOMPARE(box->defaultButton(), buttonNamed(box, QStringLiteral("Back to the place")));
        QTest::keyClick(box, Qt::Key_Escape);
        QTRY_VERIFY(openQuestion() == nullptr);
        QCOMPARE(store.count(), 0);
        QTest::keyClick(description, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY((box = openQuestion()) != nullptr);
        buttonNamed(box, QStringLiteral("Send it anyway"))->click();
        QVERIFY(filed.wait(10000));
        QCOMPARE(store.count(), 1);
        QVERIFY(qAbs(*store.all().first().request.latitude - kOutside.latitude()) < 1e-6);

        // The next caller's pothole at the same place: the hint names the one just sent, and
        // the map draws the radius it searched, for as long as the hint shows.
        // The question is gone (deleted, not only hidden) before the window takes keys again.
        QTRY_VERIFY(window->findChildren<QMessageBox*>().isEmpty());
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(!form->isShowingResult());
        fillIn(form);
        QTRY_COMPARE(form->selectedServiceName(), QStringLiteral("Pothole in Street"));
        QVERIFY(!form->map()->showsNearbyRadius());
        form->map()->setPin(QGeoCoordinate(kOutside.latitude() + 0.0001, kOutside.longitude()));
        QTRY_VERIFY(form->map()->showsNearbyRadius());
        form->map()->setPin(kInside);
        QTRY_VERIFY(!form->map()->showsNearbyRadius());
    }

    void aKioskRefusesAPlaceBeyondTheEdge()
    {
        auto window = openWindow(true);
        QTest::mouseClick(window->kiosk()->startScreen()->startButton(), Qt::LeftButton);
        ReportForm* form = window->form();
        const SandboxStore& store = window->trainingCity()->server()->store();
        QTRY_VERIFY_WITH_TIMEOUT(form->map()->hasServiceArea(), 10000);
        fillIn(form);
        form->map()->setPin(kOutside);
        auto* description = child<DescriptionEdit>(form, QStringLiteral("Description"));
        QTest::keyClick(description, Qt::Key_Return, Qt::ControlModifier);
        bool refused = false;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (QLabel* label : form->findChildren<QLabel*>()) {
                    if (label->isVisible()
                        && label->text().contains(QLatin1String("this kiosk sends reports only")))
                        refused = true;
                }
                return refused;
            }(),
            5000);
        QVERIFY(openQuestion() == nullptr);
        QTest::qWait(300);
        QCOMPARE(store.count(), 0);
        // Moved into the city, it goes.
        QSignalSpy filed(window.get(), &MainWindow::reportFiled);
        form->map()->setPin(kInside);
        QTest::keyClick(description, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(filed.wait(10000));
        QCOMPARE(store.count(), 1);
    }
};

QTEST_MAIN(ServiceAreaWindowTest)
#include "service_area_window_test.moc"
