#include "TestSettings.h"
#include "AdminPin.h"
#include "StartedWindow.h"
#include "WidgetLookup.h"
#include "DescriptionEdit.h"
#include "KioskController.h"
#include "KioskStartScreen.h"
#include "MainWindow.h"
#include "MapWidget.h"
#include "Outbox.h"
#include "ReportForm.h"
#include "ResultPanel.h"
#include "SandboxServer.h"
#include "TrainingCity.h"

#include <QAbstractButton>
#include <QSplitter>
#include <QApplication>
#include <QClipboard>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Open311;
using Open311::Testing::child;

namespace {

const QString kMarker = QStringLiteral("Zyxwvu-Visitor-9137");

} // namespace

class KioskTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_windows = 0;
    const QString m_pinHash = AdminPin::hash(QStringLiteral("4321"));

    std::unique_ptr<MainWindow> openKiosk(int idleSeconds = 60, int countdownSeconds = 30, int resultSeconds = 60,
                                          QSize screen = QSize(1280, 900))
    {
        MainWindow::Options options;
        options.outboxPath = m_dir.filePath(QStringLiteral("kiosk-%1.sqlite").arg(++m_windows));
        options.cacheDirectory = m_dir.filePath(QStringLiteral("cache"));
        options.kiosk = true;
        options.kioskOptions.idleSeconds = idleSeconds;
        options.kioskOptions.countdownSeconds = countdownSeconds;
        options.kioskOptions.resultSeconds = resultSeconds;
        options.kioskOptions.adminPinHash = m_pinHash;
        return Open311::Testing::startedWindow(options, screen);
    }

    // Types a visitor's report, with the marker in every personal field.
    void fillIn(MainWindow& window)
    {
        ReportForm* form = window.form();
        QTest::keyClicks(child<QLineEdit>(form, QStringLiteral("Filter services")), QStringLiteral("pothole in street"));
        QTest::keyClicks(child<QLineEdit>(form, QStringLiteral("Address")), QStringLiteral("123 Oak Street"));
        QTest::keyClicks(child<QLineEdit>(form, QStringLiteral("First name")), kMarker);
        QTest::keyClicks(child<QLineEdit>(form, QStringLiteral("Email")), kMarker + QStringLiteral("@example.org"));
        QTest::keyClicks(child<QLineEdit>(form, QStringLiteral("Phone")), QStringLiteral("555 ") + kMarker);
        QTest::keyClicks(child<DescriptionEdit>(form, QStringLiteral("Description")), QStringLiteral("Hole by ") + kMarker);
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
        for (const QString& name : { QStringLiteral("Find the address on the map"), QStringLiteral("Use my location") }) {
            auto* button = child<QAbstractButton>(form, name);
            QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(name));
        }
        const QList<int> columns = form->splitter()->sizes();
        QVERIFY2(columns.value(1) >= columns.value(0) && columns.value(1) >= columns.value(2),
                 qPrintable(QStringLiteral("%1 %2 %3").arg(columns.value(0)).arg(columns.value(1)).arg(columns.value(2))));
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
        QTest::mouseClick(child<QPushButton>(window.get(), QStringLiteral("I'm still here")), Qt::LeftButton);
        QVERIFY(!window->kiosk()->isCountingDown());
        QCOMPARE(child<QLineEdit>(window->form(), QStringLiteral("First name"))->text(), kMarker);
        QTRY_VERIFY_WITH_TIMEOUT(window->kiosk()->isCountingDown(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(window->kiosk()->isOnStartScreen(), 6000);
        verifyNothingLeft(*window);
    }

    void resetAfterASuccessfulReport()
    {
        auto window = openKiosk(60, 30, 1);
        QTest::mouseClick(window->kiosk()->startScreen()->startButton(), Qt::LeftButton);
        fillIn(*window);
        QSignalSpy filed(window.get(), &MainWindow::reportFiled);
        QTest::mouseClick(child<QPushButton>(window->form(), QStringLiteral("Send the report")), Qt::LeftButton);
        QVERIFY(filed.wait(10000));
        const QString id = filed.first().at(1).toString();
        QTRY_COMPARE(window->form()->resultPanel()->requestId(), id);
        QTest::mouseClick(child<QPushButton>(window->form(), QStringLiteral("Copy the request id")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window->kiosk()->isOnStartScreen(), 5000);
        verifyNothingLeft(*window);
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
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(window.get(), QStringLiteral("Status of the request"))->text().contains(QLatin1String("open")), 5000);
        QVERIFY(child<QLabel>(window.get(), QStringLiteral("Status of the request"))->text().contains(id));
        QVERIFY(!child<QLabel>(window.get(), QStringLiteral("Status of the request"))->text().contains(kMarker));
    }
};

QTEST_MAIN(KioskTest)
#include "kiosk_test.moc"
