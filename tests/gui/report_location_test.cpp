#include "MessageBoxes.h"
#include "ScopedLanguage.h"
#include "StartedWindow.h"
#include "TestSettings.h"
#include "WidgetLookup.h"
#include "WindowFiles.h"
#include "gui/report/DescriptionEdit.h"
#include "gui/report/ReportForm.h"
#include "gui/report/ResultPanel.h"
#include "gui/window/MainWindow.h"
#include "http/HttpServer.h"
#include "i18n/Translations.h"
#include "map/PositionLocator.h"
#include "map/TileLoader.h"
#include "mapwidget/MapWidget.h"
#include "profiles/ProfileStore.h"
#include "sandbox/SandboxServer.h"
#include "session/TrainingCity.h"
#include "store/Outbox.h"

#include <QApplication>
#include <QBuffer>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QNmeaPositionInfoSource>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Open311;
using Open311::Testing::buttonNamed;
using Open311::Testing::child;
using Open311::Testing::openQuestion;

// A report carries the place the caller meant, or knowingly none; a report already on its way
// is pointed out before the same problem is filed twice; and the form keeps still around its
// messages. Each case is a fault found using the app as its users would.
class ReportLocationTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_windows = 0;

    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = Open311::Testing::startedWindow(
            Testing::windowFiles(m_dir, QStringLiteral("window-%1").arg(++m_windows)),
            QSize(1280, 800));
        window->activateWindow();
        return window;
    }

    static void type(QWidget* widget, const QString& text) { QTest::keyClicks(widget, text); }

    static void replaceText(QLineEdit* edit, const QString& text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }

    // Service by type-ahead, the address found, a description: what every call has.
    static void startReport(ReportForm* form, const QString& service, const QString& address)
    {
        type(child<QLineEdit>(form, QStringLiteral("Filter services")), service);
        auto* field = child<QLineEdit>(form, QStringLiteral("Address"));
        replaceText(field, address);
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(form->map()->pin().isValid(), 10000);
        child<DescriptionEdit>(form, QStringLiteral("Description"))
            ->setPlainText(QStringLiteral("Deep hole"));
    }

    static QString sentAddress(const SandboxStore& store)
    {
        return store.all().first().request.addressString;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Open311::Testing::isolateSettings(QDir(m_dir.path()));
        QApplication::setOrganizationName(QStringLiteral("Open311ReporterTests"));
        // These tests are about the window's v1-era flow (location, kiosk, restarts); the
        // training city's v2 questions have their own tests in report_v2_test.
        ProfileStore().setActiveProfileId(ProfileStore::kTrainingV1Id);
        Translations::install(QLocale(QLocale::English));
    }

    // "999 Nowhere Road" found nothing, and the report went out with it and the coordinates of
    // "123 Oak Street", found just before.
    // The window used to ask for zoom-2 tiles of the whole world, then cancel them (each
    // cancel closing a kept-alive connection), before the city's own view applied.
    void theMapAsksOnlyForTheViewItOpensOn()
    {
        auto window = openWindow();
        MapWidget* map = window->findChild<ReportForm*>()->map();
        QTRY_VERIFY(map->tileLoader() && map->tileLoader()->fetchesStarted() > 0);
        QTest::qWait(200);
        QCOMPARE(map->tileLoader()->fetchesCancelled(), 0);
        QCOMPARE(qRound(map->zoom()), 16);
    }

    void aFailedSearchTakesTheOldPinAway()
    {
        auto window = openWindow();
        ReportForm* form = window->form();
        const SandboxStore& store = window->trainingCity()->server()->store();
        startReport(form, QStringLiteral("pothole in street"), QStringLiteral("123 Oak Street"));
        auto* address = child<QLineEdit>(form, QStringLiteral("Address"));
        replaceText(address, QStringLiteral("999 Nowhere Road"));
        // Typed, not yet searched: the form says the pin is somewhere else.
        QVERIFY(form->isPinStale());
        QVERIFY2(form->locationNotice().contains(QLatin1String("not at this address")),
            qPrintable(form->locationNotice()));
        QTest::keyClick(address, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!form->map()->pin().isValid(), 10000);
        QVERIFY(child<QLineEdit>(form, QStringLiteral("Latitude"))->text().isEmpty());
        QVERIFY2(form->locationNotice().contains(QLatin1String("no map position")),
            qPrintable(form->locationNotice()));

        QSignalSpy filed(window.get(), &MainWindow::reportFiled);
        QTest::keyClick(address, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(filed.wait(10000));
        QCOMPARE(store.count(), 1);
        QCOMPARE(sentAddress(store), QStringLiteral("999 Nowhere Road"));
        QVERIFY(!store.all().first().request.latitude.has_value());
        QVERIFY(!store.all().first().request.longitude.has_value());
    }

    // An address edited after its pin was placed, and sent at once: the person is asked which
    // place is meant, and nothing goes before they answer.
    void anEditedAddressAsksBeforeSending_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<bool>("pinSent");
        QTest::newRow("keep the pin") << QStringLiteral("Send with the pin") << true;
        QTest::newRow("address alone") << QStringLiteral("Send the address alone") << false;
        QTest::newRow("back") << QStringLiteral("Back to the address") << false;
    }

    void anEditedAddressAsksBeforeSending()
    {
        QFETCH(QString, answer);
        QFETCH(bool, pinSent);
        auto window = openWindow();
        ReportForm* form = window->form();
        const SandboxStore& store = window->trainingCity()->server()->store();
        startReport(form, QStringLiteral("pothole in street"), QStringLiteral("123 Oak Street"));
        const QGeoCoordinate pin = form->map()->pin();
        auto* address = child<QLineEdit>(form, QStringLiteral("Address"));
        replaceText(address, QStringLiteral("125 Oak Street"));
        QVERIFY(form->isPinStale());
        QSignalSpy filed(window.get(), &MainWindow::reportFiled);
        QTest::keyClick(address, Qt::Key_Return, Qt::ControlModifier);
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = openQuestion()) != nullptr);
        QVERIFY(box->text().contains(QLatin1String("123 Oak Street")));
        QVERIFY(box->text().contains(QLatin1String("125 Oak Street")));
        QCOMPARE(store.count(), 0);
        QAbstractButton* button = buttonNamed(box, answer);
        QVERIFY(button);
        button->click();
        if (answer == QLatin1String("Back to the address")) {
            QTRY_COMPARE(QApplication::focusWidget(), address);
            QCOMPARE(store.count(), 0);
            QCOMPARE(form->map()->pin(), pin);
            QCOMPARE(address->text(), QStringLiteral("125 Oak Street"));
            // A reset (Ctrl+N, a kiosk's next visitor) takes an open question away with the
            // report it was about.
            QTest::keyClick(address, Qt::Key_Return, Qt::ControlModifier);
            QTRY_VERIFY(openQuestion() != nullptr);
            form->clear();
            QTRY_VERIFY(openQuestion() == nullptr);
            QCOMPARE(store.count(), 0);
            return;
        }
        QVERIFY(filed.wait(10000));
        QCOMPARE(store.count(), 1);
        QCOMPARE(sentAddress(store), QStringLiteral("125 Oak Street"));
        QCOMPARE(store.all().first().request.latitude.has_value(), pinSent);
        if (pinSent)
            QVERIFY(qAbs(*store.all().first().request.latitude - pin.latitude()) < 1e-6);
    }

    // The address typed back as the pin's own is not a mismatch, and a pin placed by hand
    // after typing is the person's choice.
    void aPinPlacedForTheAddressIsNotStale()
    {
        auto window = openWindow();
        ReportForm* form = window->form();
        startReport(form, QStringLiteral("pothole in street"), QStringLiteral("123 Oak Street"));
        auto* address = child<QLineEdit>(form, QStringLiteral("Address"));
        const QString found = address->text();
        replaceText(address, QStringLiteral("12"));
        QVERIFY(form->isPinStale());
        replaceText(address, found);
        QVERIFY(!form->isPinStale());
        replaceText(address, QStringLiteral("Behind the library"));
        QVERIFY(form->isPinStale());
        form->map()->setFocus();
        QTest::keyClick(form->map(), Qt::Key_Right);
        QTest::keyClick(form->map(), Qt::Key_Return);
        QVERIFY(!form->isPinStale());
        QCOMPARE(address->text(), QStringLiteral("Behind the library"));
    }

    // An operator typed the caller's address, then pressed "Use my location": the office's
    // position is not the caller's pothole.
    void thisComputersPositionIsNotTheTypedAddress()
    {
        auto window = openWindow();
        ReportForm* form = window->form();
        const SandboxStore& store = window->trainingCity()->server()->store();
        type(child<QLineEdit>(form, QStringLiteral("Filter services")),
            QStringLiteral("pothole in street"));
        auto* address = child<QLineEdit>(form, QStringLiteral("Address"));
        type(address, QStringLiteral("45 Elm Street"));
        auto* locator = form->findChild<PositionLocator*>();
        QVERIFY(locator);
        Q_EMIT locator->located(QGeoCoordinate(40.004, -100.004));
        QVERIFY(form->map()->pin().isValid());
        QVERIFY(form->isPinStale());
        QTest::keyClick(address, Qt::Key_Return, Qt::ControlModifier);
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = openQuestion()) != nullptr);
        QVERIFY(box->text().contains(QLatin1String("45 Elm Street")));
        QCOMPARE(store.count(), 0);
        box->close();
    }

    // After "123 Oak Street" is found, Enter goes on to the caller's name, not into the map.
    void enterAfterAFoundAddressGoesToTheName()
    {
        auto window = openWindow();
        ReportForm* form = window->form();
        startReport(form, QStringLiteral("pothole in street"), QStringLiteral("123 Oak Street"));
        auto* address = child<QLineEdit>(form, QStringLiteral("Address"));
        QCOMPARE(QApplication::focusWidget(), address);
        QTest::keyClick(address, Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(form, QStringLiteral("First name")));
    }

    // The second caller with the same pothole, a minute after the first: the hint was there only
    // after a restart.
    void aReportCountsAsKnownTheMomentItIsSent()
    {
        auto window = openWindow();
        ReportForm* form = window->form();
        // Offscreen there is no accessibility bus; the form's own word that it sent the alert.
        QSignalSpy announced(form, &ReportForm::announced);
        startReport(form, QStringLiteral("pothole in street"), QStringLiteral("123 Oak Street"));
        QSignalSpy filed(window.get(), &MainWindow::reportFiled);
        QTest::keyClick(form, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(filed.wait(10000));
        const QString id = filed.first().at(1).toString();
        const qsizetype markers = form->map()->markers().size();
        QVERIFY(markers >= 1);

        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(form->duplicateHint().isEmpty());
        startReport(form, QStringLiteral("pothole in street"), QStringLiteral("123 Oak Street"));
        QVERIFY2(form->duplicateHint().contains(id), qPrintable(form->duplicateHint()));
        auto* follow
            = child<QPushButton>(form, QStringLiteral("Follow the existing request instead"));
        QVERIFY(follow->isVisible());
        QVERIFY(follow->accessibleDescription().contains(id));
        QStringList said;
        for (const QList<QVariant>& one : std::as_const(announced))
            said << one.first().toString();
        QVERIFY2(announced.size() == 1, qPrintable(said.join(QLatin1String(" | "))));
        QCOMPARE(announced.first().first().toString(), form->duplicateHint());
        // Right after the location, before the caller's details and Send.
        auto* longitude = child<QLineEdit>(form, QStringLiteral("Longitude"));
        longitude->setFocus(Qt::TabFocusReason);
        QTest::keyClick(longitude, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), follow);
        QTest::keyClick(follow, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(form, QStringLiteral("First name")));
    }

    // A report waiting in the outbox (the city unreachable) counts too, by its address where it
    // has no pin.
    void aQueuedReportCountsAsKnown()
    {
        quint16 port = 0;
        {
            HttpServer gone;
            QVERIFY(gone.listen());
            port = gone.port();
        }
        auto window = openWindow();
        Profile offline;
        offline.id = QStringLiteral("offline-city");
        offline.displayName = offline.id;
        offline.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
        offline.cityId = QStringLiteral("test.city");
        offline.tileUrlTemplate = QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(port);
        window->setProfile(offline, [] { return QStringLiteral("k"); });
        ReportForm* form = window->form();
        type(child<QLineEdit>(form, QStringLiteral("Filter services")),
            QStringLiteral("pothole in street"));
        type(child<QLineEdit>(form, QStringLiteral("Address")),
            QStringLiteral("Corner of Oak and 3rd"));
        child<DescriptionEdit>(form, QStringLiteral("Description"))
            ->setPlainText(QStringLiteral("Deep hole"));
        QTest::keyClick(form, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(
            window->outbox()->pendingCount(QStringLiteral("offline-city")), 1, 10000);
        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
        type(child<QLineEdit>(form, QStringLiteral("Filter services")),
            QStringLiteral("pothole in street"));
        type(child<QLineEdit>(form, QStringLiteral("Address")),
            QStringLiteral("corner of Oak and 3rd"));
        QVERIFY2(form->duplicateHint().contains(QLatin1String("outbox")),
            qPrintable(form->duplicateHint()));
        QVERIFY(!child<QPushButton>(form, QStringLiteral("Follow the existing request instead"))
                     ->isVisible());
    }

    // Messages come and go without moving the controls: Send moved 14 px after Ctrl+N and a
    // resident's next click missed it; the map jumped down under each address message.
    void theFormKeepsStillAroundItsMessages()
    {
        auto window = openWindow();
        ReportForm* form = window->form();
        auto* send = child<QPushButton>(form, QStringLiteral("Send the report"));
        auto* description = child<DescriptionEdit>(form, QStringLiteral("Description"));
        const auto at
            = [&](QWidget* w) { return QRect(w->mapTo(window.get(), QPoint(0, 0)), w->size()); };
        const QRect sendAt = at(send);
        const QRect descriptionAt = at(description);
        const QRect mapAt = at(form->map());

        auto* address = child<QLineEdit>(form, QStringLiteral("Address"));
        replaceText(address, QStringLiteral("999 Nowhere Road"));
        QTest::keyClick(address, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(form->locationNotice().contains(QLatin1String("No place")), 10000);
        QVERIFY2(at(form->map()) == mapAt, qPrintable(form->locationNotice()));
        // Across the column, not squeezed into a word or two a line (seen under Xvfb).
        auto* notice = child<QLabel>(form, QStringLiteral("About the location"));
        QVERIFY2(notice->width() >= form->map()->width() - 10,
            qPrintable(QString::number(notice->width())));

        startReport(form, QStringLiteral("pothole in street"), QStringLiteral("123 Oak Street"));
        QSignalSpy filed(window.get(), &MainWindow::reportFiled);
        QTest::keyClick(form, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(filed.wait(10000));
        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(at(send), sendAt);
        QCOMPARE(at(description), descriptionAt);
        // The duplicate hint for the report just sent shows in the same reserved room.
        startReport(form, QStringLiteral("pothole in street"), QStringLiteral("123 Oak Street"));
        QVERIFY(!form->duplicateHint().isEmpty());
        QCOMPARE(at(form->map()), mapAt);
        QCOMPARE(at(send), sendAt);
    }

    // "Your location could not be found in time" stayed on screen after the report was filed.
    void messagesThatNoLongerApplyGo()
    {
        auto window = openWindow();
        ReportForm* form = window->form();
        auto* locator = form->findChild<PositionLocator*>();
        QVERIFY(locator);
        auto* silent = new QBuffer(locator);
        silent->open(QIODevice::ReadOnly);
        auto* source = new QNmeaPositionInfoSource(QNmeaPositionInfoSource::RealTimeMode, locator);
        source->setDevice(silent);
        locator->setSource(source);
        auto* locate = child<QPushButton>(form, QStringLiteral("Use my location"));
        locate->click();
        QVERIFY(form->locationNotice().contains(QLatin1String("Finding")));
        QTRY_VERIFY_WITH_TIMEOUT(form->locationNotice().contains(QLatin1String("in time"))
                || form->locationNotice().contains(QLatin1String("not available")),
            30000);
        startReport(form, QStringLiteral("pothole in street"), QStringLiteral("123 Oak Street"));
        QVERIFY2(form->locationNotice().isEmpty(), qPrintable(form->locationNotice()));

        // A fix that comes after the pin was placed another way does not move it.
        locate->click();
        QVERIFY(!locate->isEnabled());
        form->map()->setFocus();
        QTest::keyClick(form->map(), Qt::Key_Return);
        QVERIFY(locate->isEnabled());
        QVERIFY(!locator->isLocating());
        QVERIFY(form->map()->pin().isValid());

        // A report filed while the position was still being looked for.
        QSignalSpy filed(window.get(), &MainWindow::reportFiled);
        locate->click();
        QTest::keyClick(form, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(filed.wait(10000));
        QVERIFY2(form->locationNotice().isEmpty(), qPrintable(form->locationNotice()));
    }

    // A kiosk's touch screen gets no keyboard hints: "(Ctrl+F)" and underlined letters.
    void aTouchFormShowsNoKeyboardHints()
    {
        ReportForm form;
        form.setTouchMode(true);
        for (QLabel* label : form.findChildren<QLabel*>()) {
            QVERIFY2(!label->text().contains(QLatin1Char('&')), qPrintable(label->text()));
            QVERIFY2(!label->text().contains(QLatin1String("Ctrl")), qPrintable(label->text()));
        }
        for (QAbstractButton* button : form.findChildren<QAbstractButton*>()) {
            QVERIFY2(!button->text().contains(QLatin1Char('&')), qPrintable(button->text()));
            QVERIFY2(!button->text().contains(QLatin1String("Ctrl")), qPrintable(button->text()));
        }
    }

    // Menus and labels write keys one way: the platform's, in the interface's language. Menus
    // said "Control+N" in Spanish while the form said "Ctrl+F" and "Ctrl+Intro".
    void shortcutsAreWrittenAsTheMenusWriteThem_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("es") << QStringLiteral("es");
    }

    void shortcutsAreWrittenAsTheMenusWriteThem()
    {
        QFETCH(QString, language);
        const Testing::ScopedLanguage scoped { QLocale(language) };
        ReportForm form;
        const QString ctrlF = QKeySequence(Qt::CTRL | Qt::Key_F).toString(QKeySequence::NativeText);
        const QString ctrlL = QKeySequence(Qt::CTRL | Qt::Key_L).toString(QKeySequence::NativeText);
        const QString ctrlEnter
            = QKeySequence(Qt::CTRL | Qt::Key_Enter).toString(QKeySequence::NativeText);
        QStringList texts;
        for (QLabel* label : form.findChildren<QLabel*>())
            texts << label->text();
        for (QAbstractButton* button : form.findChildren<QAbstractButton*>())
            texts << button->text();
        const QString all = texts.join(QLatin1Char('|'));
        QVERIFY2(
            all.contains(ctrlF) && all.contains(ctrlL) && all.contains(ctrlEnter), qPrintable(all));
        if (language == QLatin1String("es"))
            QVERIFY2(
                !all.contains(QLatin1String("Ctrl+")) || ctrlF.startsWith(QLatin1String("Ctrl")),
                qPrintable(all));
    }
};

QTEST_MAIN(ReportLocationTest)
#include "report_location_test.moc"
