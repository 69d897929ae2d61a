#include "ScopedLanguage.h"
#include "StartedWindow.h"
#include "TestSettings.h"
#include "WidgetLookup.h"
#include "gui/kiosk/KioskController.h"
#include "gui/kiosk/KioskCountdownOverlay.h"
#include "gui/kiosk/KioskStartScreen.h"
#include "gui/kiosk/KioskWindowHost.h"
#include "gui/kiosk/QrCodeWidget.h"
#include "gui/report/DescriptionEdit.h"
#include "gui/report/PhotoAttachments.h"
#include "gui/report/ReportForm.h"
#include "gui/report/ResultPanel.h"
#include "gui/tracker/TrackerModel.h"
#include "gui/window/MainWindow.h"
#include "map/TileKey.h"
#include "mapwidget/MapWidget.h"
#include "profiles/AdminPin.h"
#include "profiles/ProfileStore.h"
#include "sandbox/SandboxServer.h"
#include "session/TrainingCity.h"
#include "store/Outbox.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyleOptionViewItem>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>
#include <QTranslator>
#include <QtMath>

#include <numeric>

using namespace Open311;
using Open311::Testing::child;

namespace {

const QString kMarker = QStringLiteral("Zyxwvu-Visitor-9137");

int pixelSize(const QWidget* widget)
{
    return QFontInfo(widget->font()).pixelSize();
}

// The names a list cuts: those whose text, laid out as the style lays it out in the row's
// width, is wider or taller than the row.
QStringList cutNames(QListView* list)
{
    QStringList cut;
    const int margin = list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, list) + 1;
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        const QString name = index.data().toString();
        QStyleOptionViewItem option;
        option.initFrom(list->viewport());
        option.widget = list;
        option.font = list->font();
        option.rect = list->visualRect(index);
        option.text = name;
        option.features = QStyleOptionViewItem::HasDisplay;
        if (list->wordWrap())
            option.features |= QStyleOptionViewItem::WrapText;
        const QRect text
            = list->style()->subElementRect(QStyle::SE_ItemViewItemText, &option, list);
        const qreal width = text.width() - 2 * margin;
        QTextLayout layout(name, list->font());
        QTextOption wrap;
        wrap.setWrapMode(QTextOption::WordWrap);
        layout.setTextOption(wrap);
        qreal height = 0;
        qreal widest = 0;
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            height += line.height();
            widest = qMax(widest, line.naturalTextWidth());
        }
        layout.endLayout();
        if (widest > width || height > text.height())
            cut << QStringLiteral("%1 (%2x%3 in %4x%5)")
                       .arg(name)
                       .arg(qCeil(widest))
                       .arg(qCeil(height))
                       .arg(qFloor(width))
                       .arg(text.height());
    }
    return cut;
}

} // namespace

class KioskTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_windows = 0;
    const QString m_pinHash = AdminPin::hash(QStringLiteral("4321"));

    std::unique_ptr<MainWindow> openKiosk(int idleSeconds = 60, int countdownSeconds = 30,
        int resultSeconds = 60, QSize screen = QSize(1280, 900),
        const QString& cameraFolder = QString())
    {
        MainWindow::Options options;
        options.outboxPath = m_dir.filePath(QStringLiteral("kiosk-%1.sqlite").arg(++m_windows));
        options.cacheDirectory = m_dir.filePath(QStringLiteral("cache"));
        options.kiosk = true;
        options.kioskOptions.idleSeconds = idleSeconds;
        options.kioskOptions.countdownSeconds = countdownSeconds;
        options.kioskOptions.resultSeconds = resultSeconds;
        options.kioskOptions.adminPinHash = m_pinHash;
        options.kioskOptions.cameraFolder = cameraFolder;
        return Open311::Testing::startedWindow(options, screen);
    }

    // Types a visitor's report, with the marker in every personal field.
    void fillIn(MainWindow& window)
    {
        ReportForm* form = window.form();
        QTest::keyClicks(child<QLineEdit>(form, QStringLiteral("Filter services")),
            QStringLiteral("pothole in street"));
        QTest::keyClicks(
            child<QLineEdit>(form, QStringLiteral("Address")), QStringLiteral("123 Oak Street"));
        QTest::keyClicks(child<QLineEdit>(form, QStringLiteral("First name")), kMarker);
        QTest::keyClicks(child<QLineEdit>(form, QStringLiteral("Email")),
            kMarker + QStringLiteral("@example.org"));
        QTest::keyClicks(
            child<QLineEdit>(form, QStringLiteral("Phone")), QStringLiteral("555 ") + kMarker);
        QTest::keyClicks(child<DescriptionEdit>(form, QStringLiteral("Description")),
            QStringLiteral("Hole by ") + kMarker);
        form->map()->setPin(QGeoCoordinate(40.001, -100.001));
    }

    // Nothing the visitor typed is left in a widget, an undo stack, the clipboard or a file.
    void verifyNothingLeft(MainWindow& window)
    {
        for (QLineEdit* edit : window.findChildren<QLineEdit*>()) {
            QVERIFY2(!edit->text().contains(kMarker), qPrintable(edit->accessibleName()));
            QVERIFY2(!edit->isUndoAvailable(), qPrintable(edit->accessibleName()));
        }
        for (QPlainTextEdit* edit : window.findChildren<QPlainTextEdit*>()) {
            QVERIFY(!edit->toPlainText().contains(kMarker));
            QVERIFY(!edit->document()->isUndoAvailable());
        }
        for (QLabel* label : window.findChildren<QLabel*>())
            QVERIFY2(!label->text().contains(kMarker), qPrintable(label->text()));
        QVERIFY(!QApplication::clipboard()->text().contains(kMarker));
        QVERIFY(!window.form()->map()->pin().isValid());
        QDirIterator files(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(kMarker.toUtf8()), qPrintable(file.fileName()));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Open311::Testing::isolateSettings(QDir(m_dir.path()));
        QApplication::setOrganizationName(QStringLiteral("Open311KioskTests"));
        // These tests are about the window's v1-era flow (location, kiosk, restarts); the
        // training city's v2 questions have their own tests in report_v2_test.
        ProfileStore().setActiveProfileId(ProfileStore::kTrainingV1Id);
    }

    // A visitor picks their language on the start screen: the form comes in it, and when their
    // session ends the kiosk is back in its own language, wiped as always.
    void aVisitorReportsInTheirOwnLanguage()
    {
        const Testing::ScopedLanguage scoped { QStringLiteral("en") };
        MainWindow::Options options;
        options.outboxPath = m_dir.filePath(QStringLiteral("kiosk-%1.sqlite").arg(++m_windows));
        options.cacheDirectory = m_dir.filePath(QStringLiteral("cache"));
        options.kiosk = true;
        options.kioskOptions.adminPinHash = m_pinHash;
        options.kioskOptions.languages = { QStringLiteral("en"), QStringLiteral("es") };
        const auto present = [](MainWindow& window) {
            window.resize(1280, 900);
            window.show();
            window.start();
        };
        KioskWindowHost host(options, QStringLiteral("en"), present);
        present(*host.window());
        QSignalSpy replaced(&host, &KioskWindowHost::windowReplaced);
        const QList<QPushButton*> languages
            = host.window()->kiosk()->startScreen()->languageButtons();
        QCOMPARE(languages.size(), 2);
        QCOMPARE(languages.at(0)->text(), QStringLiteral("English"));
        QCOMPARE(languages.at(1)->text(), QStringLiteral("Espa\u00f1ol"));

        // The interface's own language just starts the form.
        QTest::mouseClick(languages.at(0), Qt::LeftButton);
        QVERIFY(!host.window()->kiosk()->isOnStartScreen());
        QCOMPARE(replaced.count(), 0);
        host.window()->kiosk()->endSession();

        QTest::mouseClick(
            host.window()->kiosk()->startScreen()->languageButtons().at(1), Qt::LeftButton);
        QTRY_COMPARE(replaced.count(), 1);
        MainWindow* spanish = host.window();
        QVERIFY(QTest::qWaitForWindowExposed(spanish));
        QVERIFY(!spanish->kiosk()->isOnStartScreen());
        QCOMPARE(host.language(), QStringLiteral("es"));
        QVERIFY(child<QPushButton>(spanish->form(), QStringLiteral("Enviar el aviso")));
        QTest::keyClicks(child<QLineEdit>(spanish->form(), QStringLiteral("Nombre")), kMarker);

        spanish->kiosk()->endSession();
        QTRY_COMPARE(replaced.count(), 2);
        QVERIFY(host.window()->kiosk()->isOnStartScreen());
        QCOMPARE(host.language(), QStringLiteral("en"));
        QVERIFY(child<QPushButton>(host.window()->form(), QStringLiteral("Send the report")));
        QVERIFY(child<QLineEdit>(host.window()->form(), QStringLiteral("First name"))
                    ->text()
                    .isEmpty());
    }

    void startsOnTheWelcomeWithNothingElse()
    {
        auto window = openKiosk();
        QVERIFY(window->kiosk()->isOnStartScreen());
        QVERIFY(!window->menuBar()->isVisible());
        QCOMPARE(window->tabs()->count(), 1); // no Tracker, no Outbox: nobody else's reports
        QVERIFY(!window->tracker());
        QVERIFY(KioskStartScreen::greetings().contains(QStringLiteral("Informar de un problema")));
        QPushButton* start = window->kiosk()->startScreen()->startButton();
        QVERIFY(start->height() >= 44 && start->width() >= 44);
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(!window->kiosk()->isOnStartScreen());
        for (QPushButton* button : window->form()->findChildren<QPushButton*>()) {
            if (button->isVisible())
                QVERIFY2(button->height() >= 44, qPrintable(button->text()));
        }
        for (QLineEdit* personal : { child<QLineEdit>(window->form(), QStringLiteral("First name")),
                 child<QLineEdit>(window->form(), QStringLiteral("Phone")) })
            QVERIFY(personal->inputMethodHints() & Qt::ImhSensitiveData);
    }

    // A 1280x1024 kiosk screen: at the kiosk's type the address field was a few characters
    // wide beside its buttons, and the map's column the narrowest of the three.
    void fitsASmallKioskScreen()
    {
        auto window = openKiosk(60, 30, 60, QSize(1280, 1024));
        QTest::mouseClick(window->kiosk()->startScreen()->startButton(), Qt::LeftButton);
        ReportForm* form = window->form();
        auto* address = child<QLineEdit>(form, QStringLiteral("Address"));
        QVERIFY2(address->width() >= 400, qPrintable(QString::number(address->width())));
        for (const QString& name :
            { QStringLiteral("Find the address on the map"), QStringLiteral("Use my location") }) {
            auto* button = child<QAbstractButton>(form, name);
            QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(name));
        }
        const QList<int> columns = form->splitter()->sizes();
        QVERIFY2(columns.value(1) >= columns.value(0) && columns.value(1) >= columns.value(2),
            qPrintable(QStringLiteral("%1 %2 %3")
                           .arg(columns.value(0))
                           .arg(columns.value(1))
                           .arg(columns.value(2))));
    }

    // A kiosk with a keyboard: the start button has the focus and Enter starts; after the reset
    // the focus is back on it.
    void startScreenByKeyboard()
    {
        auto window = openKiosk(1, 2);
        window->activateWindow();
        QTRY_VERIFY(window->isActiveWindow());
        QPushButton* start = window->kiosk()->startScreen()->startButton();
        QTRY_COMPARE(QApplication::focusWidget(), start);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(!window->kiosk()->isOnStartScreen());
        QTRY_VERIFY_WITH_TIMEOUT(window->kiosk()->isCountingDown(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(window->kiosk()->isOnStartScreen(), 6000);
        QTRY_COMPARE(QApplication::focusWidget(), start);
        // Enter in the look-up field checks the id without reaching for the button.
        auto* lookup = child<QLineEdit>(window.get(), QStringLiteral("Request id to look up"));
        QTest::keyClick(start, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), lookup);
    }

    void pinGuardsTheWayOut()
    {
        auto window = openKiosk();
        window->close();
        QVERIFY(window->isVisible());
        QVERIFY(window->kiosk()->pinPrompt()->isVisible());
        auto* pin = child<QLineEdit>(window.get(), QStringLiteral("Administrator PIN"));
        QTest::keyClicks(pin, QStringLiteral("0000"));
        QTest::keyClick(pin, Qt::Key_Return);
        QVERIFY(window->isVisible());
        QVERIFY(!window->kiosk()->unlocked());
        QVERIFY(pin->text().isEmpty());
        QTest::keyClicks(pin, QStringLiteral("4321"));
        QTest::keyClick(pin, Qt::Key_Return);
        QVERIFY(window->kiosk()->unlocked());
        QTRY_VERIFY(!window->isVisible());
        QVERIFY(AdminPin::verify(QStringLiteral("4321"), m_pinHash));
        QVERIFY(!AdminPin::verify(QStringLiteral("4321"), QStringLiteral("plain-4321")));
    }

    void idleCountdownThenEverythingIsWiped()
    {
        auto window = openKiosk(1, 2);
        QTest::mouseClick(window->kiosk()->startScreen()->startButton(), Qt::LeftButton);
        fillIn(*window);
        // The copy button puts text on the clipboard too; it must go with the rest.
        QApplication::clipboard()->setText(kMarker);
        QTRY_VERIFY_WITH_TIMEOUT(window->kiosk()->isCountingDown(), 5000);
        // "I'm still here" keeps the visitor's report.
        QTest::mouseClick(
            child<QPushButton>(window.get(), QStringLiteral("I'm still here")), Qt::LeftButton);
        QVERIFY(!window->kiosk()->isCountingDown());
        QCOMPARE(child<QLineEdit>(window->form(), QStringLiteral("First name"))->text(), kMarker);
        QTRY_VERIFY_WITH_TIMEOUT(window->kiosk()->isCountingDown(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(window->kiosk()->isOnStartScreen(), 6000);
        verifyNothingLeft(*window);
    }

    // A visitor browses no disk: photos come only from the kiosk camera's folder, and go with
    // the rest at the reset.
    void photosOnlyFromTheCameraFolder()
    {
        QImage image(640, 480, QImage::Format_RGB32);
        image.fill(Qt::darkGray);
        const QString outside = m_dir.filePath(QStringLiteral("private.jpg"));
        QVERIFY(image.save(outside, "JPG"));
        {
            auto window = openKiosk();
            QTest::mouseClick(window->kiosk()->startScreen()->startButton(), Qt::LeftButton);
            auto* strip = window->form()->findChild<PhotoAttachments*>();
            QVERIFY(strip);
            QVERIFY(!strip->addButton()->isVisible());
            strip->addFiles({ outside });
            QTRY_VERIFY(!strip->isBusy());
            QVERIFY(strip->photos().isEmpty());
        }
        const QString camera = m_dir.filePath(QStringLiteral("camera"));
        QVERIFY(QDir().mkpath(camera));
        // An earlier visitor's photo, still in the camera's folder.
        const QString earlier = QDir(camera).filePath(QStringLiteral("earlier.jpg"));
        QVERIFY(image.save(earlier, "JPG"));
        {
            QFile file(earlier);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(
                QDateTime::currentDateTime().addSecs(-600), QFileDevice::FileModificationTime));
        }
        auto window = openKiosk(1, 2, 60, QSize(1280, 900), camera);
        // Uploads go to the training city over v2.
        window->activateProfile(ProfileStore::kTrainingId);
        QTRY_COMPARE(window->profile().protocol, Protocol::GeoReportV2);
        QTest::mouseClick(window->kiosk()->startScreen()->startButton(), Qt::LeftButton);
        auto* strip = window->form()->findChild<PhotoAttachments*>();
        QVERIFY(strip->addButton()->isVisible());
        strip->addFiles({ outside, earlier });
        QTRY_VERIFY(!strip->isBusy());
        QVERIFY(strip->photos().isEmpty());
        QVERIFY2(strip->message()->text().contains(QLatin1String("earlier.jpg")),
            qPrintable(strip->message()->text()));
        // This visitor's own, taken now.
        const QString taken = QDir(camera).filePath(QStringLiteral("shot.jpg"));
        QVERIFY(image.save(taken, "JPG"));
        strip->addFiles({ taken });
        QTRY_VERIFY_WITH_TIMEOUT(!strip->isBusy(), 10000);
        QVERIFY2(strip->photos().size() == 1, qPrintable(strip->message()->text()));
        QTRY_VERIFY_WITH_TIMEOUT(window->kiosk()->isOnStartScreen(), 10000);
        QVERIFY(strip->photos().isEmpty());
        ProfileStore().setActiveProfileId(ProfileStore::kTrainingV1Id);
    }

    void resetAfterASuccessfulReport()
    {
        auto window = openKiosk(60, 30, 1);
        QTest::mouseClick(window->kiosk()->startScreen()->startButton(), Qt::LeftButton);
        fillIn(*window);
        QSignalSpy filed(window.get(), &MainWindow::reportFiled);
        QTest::mouseClick(
            child<QPushButton>(window->form(), QStringLiteral("Send the report")), Qt::LeftButton);
        QVERIFY(filed.wait(10000));
        const QString id = filed.first().at(1).toString();
        QTRY_COMPARE(window->form()->resultPanel()->requestId(), id);
        QTRY_VERIFY_WITH_TIMEOUT(window->kiosk()->isOnStartScreen(), 5000);
        verifyNothingLeft(*window);
        // Nor is the last visitor's id left behind, in figures or as a code.
        QVERIFY(window->form()->resultPanel()->requestId().isEmpty());
        QVERIFY(!window->form()->resultPanel()->qrCode()->hasCode());
        // The city has it; the kiosk keeps only the service and the place.
        const OutboxEntry sent = window->outbox()->list(false).first();
        QCOMPARE(sent.state, OutboxEntry::State::Sent);
        QVERIFY(sent.request.firstName.isEmpty() && sent.request.description.isEmpty());
        QCOMPARE(sent.request.serviceCode, QStringLiteral("021"));
        QCOMPARE(window->trainingCity()->server()->store().find(id)->request.firstName, kMarker);

        // A visitor who calls back looks up their id, and sees only that.
        auto* lookup = child<QLineEdit>(window.get(), QStringLiteral("Request id to look up"));
        QTest::keyClicks(lookup, id);
        QTest::keyClick(lookup, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(window.get(), QStringLiteral("Status of the request"))
                ->text()
                .contains(TrackerModel::statusText(QStringLiteral("open"))),
            5000);
        QVERIFY(child<QLabel>(window.get(), QStringLiteral("Status of the request"))
                    ->text()
                    .contains(id));
        QVERIFY(!child<QLabel>(window.get(), QStringLiteral("Status of the request"))
                     ->text()
                     .contains(kMarker));
    }

    // The welcome, and where to turn in an emergency, in every language the app ships; the
    // interface here is English.
    void welcomeInEveryLanguage()
    {
        auto window = openKiosk();
        QStringList shown;
        for (QLabel* label : window->kiosk()->startScreen()->findChildren<QLabel*>()) {
            if (label->isVisible())
                shown << label->text();
        }
        QTranslator spanish;
        QVERIFY(spanish.load(QStringLiteral("open311_es"), QStringLiteral(":/i18n")));
        for (const char* source :
            { "Welcome. Tell the city about a pothole, graffiti, a broken street light or "
              "another problem that is not an emergency.",
                "For emergencies, call your local emergency number." }) {
            QVERIFY2(shown.contains(QString::fromUtf8(source)), source);
            const QString translated = spanish.translate("Open311::KioskStartScreen", source);
            QVERIFY2(!translated.isEmpty() && translated != QString::fromUtf8(source), source);
            QVERIFY2(shown.contains(translated), qPrintable(translated));
        }
        QVERIFY(KioskStartScreen::welcomes().size() >= 2);
    }

    // After sending, the id is as large as on the desktop and the visitor takes it away as a
    // QR code; a clipboard means nothing at a public terminal.
    void requestIdToTakeAway()
    {
        auto window = openKiosk();
        QTest::mouseClick(window->kiosk()->startScreen()->startButton(), Qt::LeftButton);
        fillIn(*window);
        QSignalSpy filed(window.get(), &MainWindow::reportFiled);
        QTest::mouseClick(
            child<QPushButton>(window->form(), QStringLiteral("Send the report")), Qt::LeftButton);
        QVERIFY(filed.wait(10000));
        const QString id = filed.first().at(1).toString();
        ResultPanel* panel = window->form()->resultPanel();
        QTRY_COMPARE(panel->requestId(), id);
        QTRY_VERIFY(panel->isVisible());

        auto* idField = child<QLineEdit>(panel, QStringLiteral("Request id"));
        QVERIFY2(pixelSize(idField) >= 2 * pixelSize(window->form()),
            qPrintable(QStringLiteral("%1 px beside %2 px")
                           .arg(pixelSize(idField))
                           .arg(pixelSize(window->form()))));
        QVERIFY(!child<QPushButton>(panel, QStringLiteral("Copy the request id"))->isVisible());
        // No keyboard hint on a touch screen: "New report (Ctrl+N)" with its underlined N.
        for (QAbstractButton* button : panel->findChildren<QAbstractButton*>()) {
            QVERIFY2(!button->isVisible()
                    || (!button->text().contains(QLatin1Char('&'))
                        && !button->text().contains(QLatin1Char('('))),
                qPrintable(button->text()));
        }

        auto* qr = child<QrCodeWidget>(panel, QStringLiteral("QR code of the request id"));
        QVERIFY(qr->isVisible());
        QCOMPARE(qr->text(), id);
        QVERIFY(qr->moduleCount() >= 21);
        const QRect code = qr->codeRect();
        QVERIFY2(code.width() >= 160, qPrintable(QString::number(code.width())));
        // What is painted is that code, with a finder pattern and a light quiet zone.
        const QImage image = qr->grab().toImage();
        const qreal ratio = image.devicePixelRatio();
        const int module = code.width() / qr->moduleCount();
        auto grey = [&](int column, int row) {
            const QPoint centre(
                code.x() + column * module + module / 2, code.y() + row * module + module / 2);
            return qGray(image.pixel((QPointF(centre) * ratio).toPoint()));
        };
        QVERIFY(qr->isDark(0, 0) && !qr->isDark(1, 1) && qr->isDark(3, 3));
        QVERIFY(grey(-2, 3) > 192 && grey(3, -2) > 192);
        for (int row = 0; row < qr->moduleCount(); ++row) {
            for (int column = 0; column < qr->moduleCount(); ++column)
                QCOMPARE(grey(column, row) < 128, qr->isDark(column, row));
        }
    }

    // The countdown: large, on the visitor's dimmed form (not on a blank screen).
    void countdownOverTheVisitorsForm()
    {
        auto window = openKiosk(1, 60);
        QTest::mouseClick(window->kiosk()->startScreen()->startButton(), Qt::LeftButton);
        fillIn(*window);
        auto* filter = child<QLineEdit>(window->form(), QStringLiteral("Filter services"));
        const QRect area(filter->mapTo(window.get(), QPoint(0, 0)), filter->size());
        auto greys = [&area](const QImage& image) {
            QList<int> values;
            const qreal ratio = image.devicePixelRatio();
            for (int y = area.top(); y <= area.bottom(); ++y) {
                for (int x = area.left(); x <= area.right(); ++x)
                    values << qGray(image.pixel((QPointF(x, y) * ratio).toPoint()));
            }
            return values;
        };
        auto mean = [](const QList<int>& values) {
            return std::accumulate(values.begin(), values.end(), 0.0) / qMax(1, int(values.size()));
        };
        QTRY_VERIFY_WITH_TIMEOUT(window->kiosk()->isCountingDown(), 5000);
        KioskCountdownOverlay* countdown = window->kiosk()->countdown();
        QCOMPARE(countdown->geometry(), window->rect());
        const int body = pixelSize(window->form());
        QVERIFY2(pixelSize(countdown->messageLabel()) >= 2 * body,
            qPrintable(QStringLiteral("%1 px beside %2 px")
                           .arg(pixelSize(countdown->messageLabel()))
                           .arg(body)));
        auto* carryOn = child<QPushButton>(window.get(), QStringLiteral("I'm still here"));
        QVERIFY2(carryOn->isVisible() && carryOn->height() >= 2 * 44
                && 2 * pixelSize(carryOn) >= 3 * body,
            qPrintable(QStringLiteral("%1 px high, %2 px type beside %3 px")
                           .arg(carryOn->height())
                           .arg(pixelSize(carryOn))
                           .arg(body)));
        QCOMPARE(window->focusWidget(), carryOn);

        const QList<int> dimmed = greys(window->grab().toImage());
        QVERIFY2(QSet<int>(dimmed.begin(), dimmed.end()).size() > 1,
            "a flat screen where the form should show through");
        QTest::mouseClick(carryOn, Qt::LeftButton);
        QVERIFY(!window->kiosk()->isCountingDown());
        const QList<int> plain = greys(window->grab().toImage());
        QVERIFY2(mean(dimmed) < mean(plain) - 40,
            qPrintable(QStringLiteral("%1 %2").arg(mean(dimmed)).arg(mean(plain))));
    }

    // Any touch or key carries on, and does nothing else: the tap presses nothing beneath, the
    // key types nothing into the form.
    void anyInputCarriesOn()
    {
        auto window = openKiosk(1, 60);
        QTest::mouseClick(window->kiosk()->startScreen()->startButton(), Qt::LeftButton);
        fillIn(*window);
        auto* description = child<DescriptionEdit>(window->form(), QStringLiteral("Description"));
        const QString typed = description->toPlainText();
        QSignalSpy sent(window->form(), &ReportForm::submitRequested);

        QTRY_VERIFY_WITH_TIMEOUT(window->kiosk()->isCountingDown(), 5000);
        QTest::mouseClick(
            child<QPushButton>(window->form(), QStringLiteral("Send the report")), Qt::LeftButton);
        QVERIFY(!window->kiosk()->isCountingDown());
        QCOMPARE(sent.count(), 0);

        QTRY_VERIFY_WITH_TIMEOUT(window->kiosk()->isCountingDown(), 5000);
        QTest::keyClick(description, Qt::Key_X);
        QVERIFY(!window->kiosk()->isCountingDown());
        QCOMPARE(description->toPlainText(), typed);
        QVERIFY(!window->kiosk()->isOnStartScreen());
        QCOMPARE(child<QLineEdit>(window->form(), QStringLiteral("First name"))->text(), kMarker);
    }

    // Street names a visitor can read standing: @2x tiles of a level that has names (16 on).
    void mapNamesReadFromAStepAway()
    {
        auto window = openKiosk();
        QTest::mouseClick(window->kiosk()->startScreen()->startButton(), Qt::LeftButton);
        const QList<TileKey> keys = window->form()->map()->visibleTiles(0);
        QVERIFY(!keys.isEmpty());
        for (const TileKey& key : keys) {
            QVERIFY2(key.z >= 16, qPrintable(QString::number(key.z)));
            QCOMPARE(key.scale, 2);
        }
    }

    // Scroll bars a finger can hold, starting with the service list's.
    void touchSizedScrollBars()
    {
        auto window = openKiosk();
        QTest::mouseClick(window->kiosk()->startScreen()->startButton(), Qt::LeftButton);
        auto* services = child<QListView>(window->form(), QStringLiteral("Services"));
        QTRY_VERIFY(services->verticalScrollBar()->isVisible());
        int checked = 0;
        for (QScrollBar* bar : window->findChildren<QScrollBar*>()) {
            if (!bar->isVisible())
                continue;
            const int thickness = bar->orientation() == Qt::Vertical ? bar->width() : bar->height();
            QVERIFY2(thickness >= 40, qPrintable(QStringLiteral("%1 px").arg(thickness)));
            ++checked;
        }
        QVERIFY(checked > 0);
    }

    // 1280x1024: long service names wrap onto a second line instead of ending in "...".
    void serviceNamesWrapOnASmallKioskScreen()
    {
        auto window = openKiosk(60, 30, 60, QSize(1280, 1024));
        QTest::mouseClick(window->kiosk()->startScreen()->startButton(), Qt::LeftButton);
        auto* services = child<QListView>(window->form(), QStringLiteral("Services"));
        QVERIFY(services->model()->rowCount() > 20);
        QTRY_VERIFY2(cutNames(services).isEmpty(),
            qPrintable(cutNames(services).join(QStringLiteral("; "))));
    }

    // The status bar says nothing a visitor cannot use ("Outbox empty"), away from the edge.
    void statusBarSpeaksToVisitors()
    {
        auto window = openKiosk();
        QStatusBar* bar = window->statusBar();
        const QString outboxEmpty
            = QCoreApplication::translate("Open311::MainWindow", "Outbox empty");
        auto* outbox
            = child<QLabel>(bar, QCoreApplication::translate("Open311::MainWindow", "Outbox"));
        QTRY_COMPARE(outbox->text(), outboxEmpty);
        for (const bool onTheForm : { false, true }) {
            if (onTheForm)
                QTest::mouseClick(window->kiosk()->startScreen()->startButton(), Qt::LeftButton);
            int shown = 0;
            for (QLabel* label : bar->findChildren<QLabel*>()) {
                if (!label->isVisible() || label->text().isEmpty())
                    continue;
                QVERIFY2(label->text() != outboxEmpty, qPrintable(label->text()));
                const QRect place(label->mapTo(window.get(), QPoint(0, 0)), label->size());
                QVERIFY2(place.left() >= 16 && place.right() < window->width() - 16,
                    qPrintable(QStringLiteral("%1 at %2..%3 of %4")
                                   .arg(label->text())
                                   .arg(place.left())
                                   .arg(place.right())
                                   .arg(window->width())));
                ++shown;
            }
            QVERIFY(shown > 0);
        }
    }
};

QTEST_MAIN(KioskTest)
#include "kiosk_test.moc"
