#include "FileSizeLimit.h"
#include "Mnemonics.h"
#include "ScopedLanguage.h"
#include "StartedWindow.h"
#include "TestSettings.h"
#include "WidgetLookup.h"
#include "gui/outbox/OutboxModel.h"
#include "gui/outbox/OutboxPanel.h"
#include "gui/report/DescriptionEdit.h"
#include "gui/report/ReportForm.h"
#include "gui/report/ResultPanel.h"
#include "gui/report/ServiceFilterModel.h"
#include "gui/report/ServiceListModel.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/tracker/TrackerFilterModel.h"
#include "gui/tracker/TrackerModel.h"
#include "gui/tracker/TrackerPanel.h"
#include "gui/widgets/ColorContrast.h"
#include "gui/window/MainWindow.h"
#include "gui/window/ShortcutsDialog.h"
#include "http/HttpServer.h"
#include "i18n/Translations.h"
#include "map/TileLoader.h"
#include "mapwidget/MapWidget.h"
#include "profiles/ProfileStore.h"
#include "sandbox/SandboxCity.h"
#include "sandbox/SandboxServer.h"
#include "session/TrainingCity.h"
#include "store/DraftStore.h"
#include "store/Outbox.h"
#include "store/TrackerStore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSettings>
#include <QShortcut>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <algorithm>
#include <cmath>

using namespace Open311;
using Open311::Testing::child;

namespace {

// QTest::keyClicks only takes Latin-1; people type more than that.
void typeText(QWidget* widget, const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        QString unit(text[i]);
        if (text[i].isHighSurrogate() && i + 1 < text.size())
            unit += text[++i];
        if (unit.size() == 1 && unit[0].unicode() < 128)
            QTest::keyClick(widget, unit[0].toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, unit, Qt::NoModifier);
    }
}

QString visibleErrors(QWidget* parent)
{
    QStringList texts;
    for (QLabel* label : parent->findChildren<QLabel*>()) {
        if (label->isVisible()
            && label->accessibleDescription().startsWith(QLatin1String("Problem with")))
            texts << label->text();
    }
    return texts.join(QLatin1Char('|'));
}

QLabel* firstVisibleError(QWidget* parent)
{
    for (QLabel* label : parent->findChildren<QLabel*>()) {
        if (label->isVisible()
            && label->accessibleDescription().startsWith(QLatin1String("Problem with")))
            return label;
    }
    return nullptr;
}

} // namespace

// The training city's pothole (021) asks its size before it takes a report, over GeoReport v2.
void answerPotholeSize(ReportForm* form)
{
    QTRY_VERIFY_WITH_TIMEOUT(!form->findChildren<QRadioButton*>().isEmpty(), 10000);
    QRadioButton* small = nullptr;
    for (QRadioButton* radio : form->findChildren<QRadioButton*>()) {
        if (radio->accessibleName().endsWith(QLatin1String("Smaller than a dinner plate")))
            small = radio;
    }
    QVERIFY(small);
    QVERIFY(small->accessibleName().startsWith(QLatin1String("How big is the pothole?")));
    QTest::mouseClick(small, Qt::LeftButton);
    QVERIFY(small->isChecked());
}

class ReportWindowTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_outboxes = 0;

    std::unique_ptr<MainWindow> openWindow(QString outboxPath = QString())
    {
        MainWindow::Options options;
        options.outboxPath = outboxPath.isEmpty()
            ? m_dir.filePath(QStringLiteral("outbox-%1.sqlite").arg(++m_outboxes))
            : outboxPath;
        options.cacheDirectory = m_dir.filePath(QStringLiteral("cache"));
        options.trackerPath = m_dir.filePath(QStringLiteral("tracker-%1.sqlite").arg(m_outboxes));
        options.trainingCityPath
            = m_dir.filePath(QStringLiteral("training-%1.sqlite").arg(m_outboxes));
        return Open311::Testing::startedWindow(options);
    }

    // A jurisdiction on loopback whose map asks a closed loopback port for its tiles: an empty
    // tile URL means OpenStreetMap, and a test must not reach out to the internet.
    static Profile loopbackProfile(const QString& id, const QUrl& baseUrl)
    {
        quint16 closed = 0;
        {
            HttpServer gone;
            if (gone.listen())
                closed = gone.port();
        }
        Profile profile;
        profile.id = id;
        profile.displayName = id;
        profile.baseUrl = baseUrl;
        profile.cityId = QStringLiteral("test.city");
        profile.tileUrlTemplate = QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(closed);
        return profile;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Open311::Testing::isolateSettings(QDir(m_dir.path()));
        QApplication::setOrganizationName(QStringLiteral("Open311ReporterTests"));
        // As the app does: English carries the plural forms ("33 services").
        Translations::install(QLocale(QLocale::English));
    }

    // Opening the outbox and the training city waits for the first frame; a window that is
    // never painted still starts, so what waits in its outbox is sent.
    void startsAfterTheFirstFrame_data()
    {
        QTest::addColumn<bool>("kiosk");
        QTest::newRow("desk") << false;
        QTest::newRow("kiosk") << true;
    }

    void startsAfterTheFirstFrame()
    {
        QFETCH(bool, kiosk);
        MainWindow::Options options;
        options.outboxPath
            = m_dir.filePath(QStringLiteral("outbox-first-frame-%1.sqlite").arg(kiosk));
        options.trackerPath
            = m_dir.filePath(QStringLiteral("tracker-first-frame-%1.sqlite").arg(kiosk));
        options.trainingCityPath
            = m_dir.filePath(QStringLiteral("training-first-frame-%1.sqlite").arg(kiosk));
        options.cacheDirectory = m_dir.filePath(QStringLiteral("cache"));
        options.kiosk = kiosk;
        MainWindow window(options);
        struct PaintWatch : QObject
        {
            MainWindow* window = nullptr;
            int paints = 0;
            bool outboxAtFirstPaint = true;
            bool eventFilter(QObject*, QEvent* event) override
            {
                if (event->type() == QEvent::Paint && paints++ == 0)
                    outboxAtFirstPaint = window->outbox() != nullptr;
                return false;
            }
        } watch;
        watch.window = &window;
        window.installEventFilter(&watch);
        QSignalSpy loaded(&window, &MainWindow::servicesLoaded);
        window.startAfterFirstFrame(60000);
        QCoreApplication::processEvents(); // a zero timer would have fired here
        QVERIFY(!window.outbox());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.outbox());
        QVERIFY(watch.paints > 0);
        QVERIFY(!watch.outboxAtFirstPaint);
        QVERIFY(loaded.wait(10000));
        Outbox* const outbox = window.outbox();
        window.start(); // a second start changes nothing
        QCOMPARE(window.outbox(), outbox);

        MainWindow hidden(options);
        hidden.startAfterFirstFrame(50);
        QTRY_VERIFY(hidden.outbox());
    }

    void callCenterFlowByKeyboardOnly()
    {
        auto window = openWindow();
        ReportForm* form = window->form();
        SandboxServer* city = window->trainingCity()->server();
        QWidget* focus = QApplication::focusWidget();
        QVERIFY(focus);

        // Ctrl+F, type-ahead, Enter moves on to the address.
        QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
        auto* filter = child<QLineEdit>(form, QStringLiteral("Filter services"));
        QCOMPARE(QApplication::focusWidget(), filter);
        typeText(filter, QStringLiteral("pothole bike"));
        QCOMPARE(form->selectedServiceCode(), QStringLiteral("033"));
        QTest::keyClick(filter, Qt::Key_Return);
        auto* address = child<QLineEdit>(form, QStringLiteral("Address"));
        QCOMPARE(QApplication::focusWidget(), address);

        // Address search moves the map and the pin.
        typeText(address, QStringLiteral("123 Oak Street"));
        QTest::keyClick(address, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(form->map()->pin().isValid(), 10000);
        QVERIFY(qAbs(form->map()->pin().latitude() - 40.0029644) < 1e-6);
        QCOMPARE(child<QLineEdit>(form, QStringLiteral("Latitude"))->text(),
            QStringLiteral("40.002964"));

        // Tab from the address reaches the map; Enter there places the pin at the centre.
        QTest::keyClick(address, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), form->map());
        QTest::keyClick(form->map(), Qt::Key_Right);
        QTest::keyClick(form->map(), Qt::Key_Return);
        QVERIFY(form->map()->pin().distanceTo(form->map()->center()) < 0.5);
        // The person's chosen address is kept; the pin only refines the point.
        QCOMPARE(address->text(), QStringLiteral("123 Oak Street, Sandbox City"));

        // Tab leads from the map past the coordinates into the contact fields.
        QTest::keyClick(form->map(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(form, QStringLiteral("Latitude")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        auto* first = child<QLineEdit>(form, QStringLiteral("First name"));
        QCOMPARE(QApplication::focusWidget(), first);
        typeText(first, QStringLiteral("Zo\u00eb"));
        QTest::keyClick(first, Qt::Key_Tab);
        typeText(QApplication::focusWidget(), QStringLiteral("O'Brien-Smith"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        typeText(QApplication::focusWidget(), QStringLiteral("zoe+311@example.org"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        typeText(QApplication::focusWidget(), QStringLiteral("+1 (555) 010-0311"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        auto* description = child<DescriptionEdit>(form, QStringLiteral("Description"));
        QCOMPARE(QApplication::focusWidget(), description);
        const QString text
            = QStringLiteral("Deep hole & water = danger #3 <b>not html</b> 50% \u5751");
        typeText(description, text);
        QCOMPARE(child<QLabel>(form, QStringLiteral("Characters used"))->text(),
            QStringLiteral("%1 / 4,000").arg(text.size()));

        // Ctrl+Enter submits; the result panel shows the id.
        QSignalSpy filed(window.get(), &MainWindow::reportFiled);
        QTest::keyClick(description, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(filed.wait(10000));
        QTRY_VERIFY(form->isShowingResult());
        const QString id = form->resultPanel()->requestId();
        QCOMPARE(id, filed.first().at(1).toString());
        const std::optional<SandboxStore::Request> stored = city->store().find(id);
        QVERIFY(stored);
        QCOMPARE(stored->request.serviceCode, QStringLiteral("033"));
        QCOMPARE(stored->request.firstName, QStringLiteral("Zo\u00eb"));
        QCOMPARE(stored->request.lastName, QStringLiteral("O'Brien-Smith"));
        QCOMPARE(stored->request.email, QStringLiteral("zoe+311@example.org"));
        QCOMPARE(stored->request.phone, QStringLiteral("+1 (555) 010-0311"));
        QCOMPARE(stored->request.description, text);
        QCOMPARE(stored->request.addressString, QStringLiteral("123 Oak Street, Sandbox City"));
        QVERIFY(!stored->request.deviceId.isEmpty());
        QCOMPARE(window->outbox()->pendingCount(), 0);
        QVERIFY(window->session()->drafts()->draft(QStringLiteral("training")).isEmpty());
        // Sent reports are followed in the Tracker by themselves.
        QTRY_VERIFY(window->tracker()->find(QStringLiteral("training"), id).has_value());
        QTRY_COMPARE_WITH_TIMEOUT(window->tracker()->find(QStringLiteral("training"), id)->status,
            QStringLiteral("open"), 10000);
        QCOMPARE(window->tracker()->find(QStringLiteral("training"), id)->serviceName,
            QStringLiteral("Pothole in bike lane"));

        QCOMPARE(Open311::Testing::mnemonicClashes(window.get()), QStringList());

        // Ctrl+N: the next caller.
        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(!form->isShowingResult());
        QVERIFY(form->isEmpty());
        QCOMPARE(QApplication::focusWidget(), filter);
    }

    void validationErrorsSitNextToTheirFields()
    {
        auto window = openWindow();
        ReportForm* form = window->form();
        auto* submit = child<QPushButton>(form, QStringLiteral("Send the report"));
        // Enter on the focused button sends, as a keyboard user expects.
        submit->setFocus();
        QTest::keyClick(submit, Qt::Key_Return);
        QVERIFY(visibleErrors(form).contains(QLatin1String("Choose a service")));
        QCOMPARE(QApplication::focusWidget(), child<QListView>(form, QStringLiteral("Services")));

        auto* filter = child<QLineEdit>(form, QStringLiteral("Filter services"));
        typeText(filter, QStringLiteral("graffiti street sign"));
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY(visibleErrors(form).contains(QLatin1String("location")));
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(form, QStringLiteral("Address")));

        typeText(child<QLineEdit>(form, QStringLiteral("Address")), QStringLiteral("5 Elm St"));
        auto* email = child<QLineEdit>(form, QStringLiteral("Email"));
        typeText(email, QStringLiteral("not-an-email"));
        auto* media = child<QLineEdit>(form, QStringLiteral("Link to a photo or page"));
        typeText(media, QStringLiteral("ftp://x"));
        // Enter in a field sends nothing: only Ctrl+Enter or the button does.
        QTest::keyClick(media, Qt::Key_Return);
        QVERIFY(!visibleErrors(form).contains(QLatin1String("email")));
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY(visibleErrors(form).contains(QLatin1String("email")));
        QCOMPARE(QApplication::focusWidget(), email);
        email->setText(QStringLiteral("a@b.org"));
        QTest::mouseClick(submit, Qt::LeftButton);
        QCOMPARE(QApplication::focusWidget(), media);
        // Nothing was sent, and everything typed is still there.
        QCOMPARE(window->trainingCity()->server()->store().count(), 0);
        QCOMPARE(email->text(), QStringLiteral("a@b.org"));
        QCOMPARE(media->text(), QStringLiteral("ftp://x"));
    }

    // The coordinate fields mirror the pin; what they show is what is sent.
    void coordinateFieldsNeverSendAStalePin()
    {
        auto window = openWindow();
        ReportForm* form = window->form();
        const SandboxStore& store = window->trainingCity()->server()->store();
        typeText(child<QLineEdit>(form, QStringLiteral("Filter services")),
            QStringLiteral("graffiti street sign"));
        form->map()->setFocus();
        QTest::keyClick(form->map(), Qt::Key_Return);
        QVERIFY(form->map()->pin().isValid());
        auto* latitude = child<QLineEdit>(form, QStringLiteral("Latitude"));
        auto* longitude = child<QLineEdit>(form, QStringLiteral("Longitude"));
        const QString pinned = longitude->text();

        // A name typed into the wrong field: no letter gets in ("e" did, as an exponent, and
        // replaced the coordinate).
        longitude->setFocus();
        longitude->selectAll();
        typeText(longitude, QStringLiteral("Lopez"));
        QCOMPARE(longitude->text(), pinned);

        // A cleared field is an error there, not the pin's old position sent quietly.
        longitude->clear();
        auto* submit = child<QPushButton>(form, QStringLiteral("Send the report"));
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY(visibleErrors(form).contains(QLatin1String("longitude")));
        QCOMPARE(QApplication::focusWidget(), longitude);
        QCOMPARE(longitude->text(), QString());
        QCOMPARE(store.count(), 0);

        // So is a latitude typed without a longitude, where no pin was placed.
        form->map()->setPin(QGeoCoordinate());
        latitude->setText(QStringLiteral("40.001"));
        longitude->clear();
        typeText(child<QLineEdit>(form, QStringLiteral("Address")), QStringLiteral("5 Elm St"));
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY(visibleErrors(form).contains(QLatin1String("longitude")));
        QCOMPARE(store.count(), 0);

        // A latitude typed and sent at once with Ctrl+Enter is the one sent.
        longitude->setText(pinned);
        latitude->setFocus();
        latitude->selectAll();
        typeText(latitude, QStringLiteral("40.004"));
        QSignalSpy filed(window.get(), &MainWindow::reportFiled);
        QTest::keyClick(latitude, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(filed.wait(10000));
        const QList<SandboxStore::Request> sent = store.all();
        QCOMPARE(sent.size(), 1);
        QVERIFY(sent.first().request.latitude.has_value());
        QVERIFY(qAbs(*sent.first().request.latitude - 40.004) < 1e-9);
    }

    void descriptionLimitByTypingAndPasting_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::newRow("ascii") << QStringLiteral("a");
        QTest::newRow("cjk") << QStringLiteral("\u5751");
        QTest::newRow("emoji") << QStringLiteral("\U0001F573");
    }

    void descriptionLimitByTypingAndPasting()
    {
        QFETCH(QString, unit);
        DescriptionEdit edit;
        edit.setLimit(4000);
        edit.show();
        QSignalSpy reached(&edit, &DescriptionEdit::limitReached);
        QApplication::clipboard()->setText(unit.repeated(3998));
        edit.setFocus();
        QTest::keyClick(&edit, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(edit.length(), 3998);
        QVERIFY(reached.isEmpty());
        // Typing stops at the limit.
        typeText(&edit, unit.repeated(5));
        QCOMPARE(edit.length(), 4000);
        QCOMPARE(reached.count(), 3);
        // A paste that would overflow is cut at the limit, and says how much was left out.
        edit.clear();
        QApplication::clipboard()->setText(unit.repeated(4100));
        QTest::keyClick(&edit, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(edit.length(), 4000);
        QCOMPARE(reached.last().first().toInt(), 100);
        QCOMPARE(edit.toPlainText(), unit.repeated(4000));
    }

    void descriptionNoticeInTheForm()
    {
        auto window = openWindow();
        ReportForm* form = window->form();
        auto* description = child<DescriptionEdit>(form, QStringLiteral("Description"));
        description->setFocus();
        QApplication::clipboard()->setText(QString(4010, QLatin1Char('x')));
        QTest::keyClick(description, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(child<QLabel>(form, QStringLiteral("Characters used"))->text(),
            QStringLiteral("4,000 / 4,000"));
        bool told = false;
        for (QLabel* label : form->findChildren<QLabel*>())
            told = told || label->text().contains(QLatin1String("Left out: 10."));
        QVERIFY(told);
    }

    void serverErrorsShowWhereTheyBelong_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("where");
        QTest::newRow("203 at the service list") << 203 << QStringLiteral("Services");
        QTest::newRow("201 in the form's message") << 201 << QStringLiteral("Message");
        QTest::newRow("204 waits in the outbox") << 204 << QStringLiteral("Message");
    }

    void serverErrorsShowWhereTheyBelong()
    {
        QFETCH(int, code);
        QFETCH(QString, where);
        HttpServer server;
        server.setHandler([code](const HttpRequest& r) {
            if (r.path.endsWith(QLatin1String("service_list")))
                return HttpResponse::xml(
                    "<ServiceResponse><Open311ServiceList><service service_code=\"001\" "
                    "service_name=\"Cans\" service_description=\"d\"/></Open311ServiceList>"
                    "<Open311Error/></ServiceResponse>");
            return HttpResponse::xml("<CreateResponse><Open311Error><errorCode>"
                + QByteArray::number(code) + "</errorCode><errorDescription>Server words "
                + QByteArray::number(code) + "</errorDescription></Open311Error></CreateResponse>");
        });
        QVERIFY(server.listen());
        auto window = openWindow();
        const Profile profile = loopbackProfile(QStringLiteral("test-city"), server.baseUrl());
        QSignalSpy loaded(window.get(), &MainWindow::servicesLoaded);
        window->setProfile(profile, [] { return QStringLiteral("k"); });
        QVERIFY(loaded.wait(5000));
        ReportForm* form = window->form();
        typeText(child<QLineEdit>(form, QStringLiteral("Filter services")), QStringLiteral("cans"));
        typeText(child<QLineEdit>(form, QStringLiteral("Address")), QStringLiteral("1 Main St"));
        typeText(
            child<DescriptionEdit>(form, QStringLiteral("Description")), QStringLiteral("kept"));
        QTest::mouseClick(
            child<QPushButton>(form, QStringLiteral("Send the report")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QPushButton>(form, QStringLiteral("Send the report"))->isEnabled(), 10000);
        const QString shown = where == QLatin1String("Services")
            ? visibleErrors(form)
            : child<QLabel>(form, QStringLiteral("Message"))->text();
        QVERIFY2(shown.contains(QString::number(code)), qPrintable(shown));
        if (code != 204)
            QVERIFY2(
                shown.contains(QStringLiteral("Server words %1").arg(code)), qPrintable(shown));
        else
            QVERIFY(shown.contains(QLatin1String("outbox")));
        // Whatever was typed is still there.
        QCOMPARE(child<DescriptionEdit>(form, QStringLiteral("Description"))->toPlainText(),
            QStringLiteral("kept"));
        QCOMPARE(window->outbox()->pendingCount(), 1);
    }

    void unreachableServerKeepsTheReport()
    {
        quint16 port = 0;
        {
            HttpServer gone;
            QVERIFY(gone.listen());
            port = gone.port();
        }
        auto window = openWindow();
        const Profile profile = loopbackProfile(
            QStringLiteral("offline-city"), QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)));
        window->setProfile(profile, [] { return QStringLiteral("k"); });
        ReportForm* form = window->form();
        QTRY_VERIFY(child<QLabel>(form, QStringLiteral("Message"))->text().isEmpty());
        // The list of services could not load; the training city's stays, as the person saw it.
        typeText(child<QLineEdit>(form, QStringLiteral("Filter services")),
            QStringLiteral("pothole in street"));
        typeText(child<QLineEdit>(form, QStringLiteral("Address")), QStringLiteral("1 Main St"));
        QTest::mouseClick(
            child<QPushButton>(form, QStringLiteral("Send the report")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(form, QStringLiteral("Message"))
                                     ->text()
                                     .contains(QLatin1String("outbox")),
            10000);
        QCOMPARE(window->outbox()->pendingCount(), 1);
        QCOMPARE(window->outbox()->list().first().state, OutboxEntry::State::WaitingToRetry);
        // Qt's AT-SPI bridge drops alerts: Send, where focus lands, says what became of it.
        auto* send = child<QPushButton>(form, QStringLiteral("Send the report"));
        QTRY_COMPARE(QApplication::focusWidget(), send);
        QVERIFY2(send->accessibleDescription().contains(QLatin1String("outbox")),
            qPrintable(send->accessibleDescription()));
        QStringList tabs;
        for (int i = 0; i < window->tabs()->count(); ++i)
            tabs << window->tabs()->tabText(i);
        QVERIFY2(
            tabs.contains(QStringLiteral("&Outbox (1)")), qPrintable(tabs.join(QLatin1Char(','))));
    }

    // The disk fills up while a report is typed (a file size limit, as `ulimit -f 0`): the
    // draft and the send each say that they could not be saved, the form keeps every word, and
    // once there is room again the same report goes out.
    void aFullDiskKeepsTheReportInTheForm()
    {
        auto window = openWindow();
        ReportForm* form = window->form();
        auto* message = child<QLabel>(form, QStringLiteral("Message"));
        auto* description = child<DescriptionEdit>(form, QStringLiteral("Description"));
        typeText(child<QLineEdit>(form, QStringLiteral("Filter services")),
            QStringLiteral("pothole bike"));
        typeText(
            child<QLineEdit>(form, QStringLiteral("Address")), QStringLiteral("123 Oak Street"));
        typeText(description, QStringLiteral("Deep hole"));
        Testing::FileSizeLimit full(0);
        QVERIFY(full.ok());

        typeText(description, QStringLiteral(" by the school"));
        QTRY_VERIFY_WITH_TIMEOUT(
            message->text().contains(QLatin1String("draft could not be saved")), 10000);
        QVERIFY(form->isAncestorOf(QApplication::focusWidget())); // the typist keeps their place
        QTest::mouseClick(
            child<QPushButton>(form, QStringLiteral("Send the report")), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(
            message->text().contains(QLatin1String("could not be saved, so it was not sent")),
            qPrintable(message->text()), 10000);
        QCOMPARE(window->outbox()->list(false).size(), 0);
        QCOMPARE(description->toPlainText(), QStringLiteral("Deep hole by the school"));

        full.lift();
        QTest::mouseClick(
            child<QPushButton>(form, QStringLiteral("Send the report")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(window->outbox()->list(false).size(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            window->outbox()->list(false).first().state, OutboxEntry::State::Sent, 10000);
        QCOMPARE(window->outbox()->list(false).first().request.description,
            QStringLiteral("Deep hole by the school"));
    }

    // The draft cannot be saved while a report is on its way: the typist is told, and Send stays
    // off until the city answers, so the report goes out once.
    void aDraftThatFailsDuringASendKeepsSendOff()
    {
        auto window = openWindow();
        ReportForm* form = window->form();
        auto* message = child<QLabel>(form, QStringLiteral("Message"));
        auto* description = child<DescriptionEdit>(form, QStringLiteral("Description"));
        auto* send = child<QPushButton>(form, QStringLiteral("Send the report"));
        typeText(child<QLineEdit>(form, QStringLiteral("Filter services")),
            QStringLiteral("pothole bike"));
        typeText(child<QLineEdit>(form, QStringLiteral("Address")), QStringLiteral("9 Elm Street"));
        typeText(description, QStringLiteral("Loose grate"));
        SandboxServer* city = window->trainingCity()->server();
        QVERIFY(city);
        const qint64 filed = city->store().count();
        constexpr int kLatencyMs = 8000;
        city->setLatency(kLatencyMs);
        QElapsedTimer sinceSend;
        sinceSend.start();
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_COMPARE(window->outbox()->list(false).size(), 1);
        QVERIFY(!send->isEnabled());
        // The city files it at once and answers late; its store shares this process's disk.
        QTRY_COMPARE(city->store().count(), filed + 1);

        Testing::FileSizeLimit full(0);
        QVERIFY(full.ok());
        typeText(description, QStringLiteral(" near the bus stop"));
        QTRY_VERIFY2_WITH_TIMEOUT(
            message->text().contains(QLatin1String("draft could not be saved")),
            qPrintable(message->text()), 3000);
        // The answer, had it come while the disk was full, could not have been recorded.
        QVERIFY(sinceSend.elapsed() < kLatencyMs);
        full.lift();
        QVERIFY(!send->isEnabled());
        QTest::mouseClick(send, Qt::LeftButton);
        description->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), description);
        QTest::keyClick(description, Qt::Key_Return, Qt::ControlModifier);

        QTRY_VERIFY_WITH_TIMEOUT(form->isShowingResult(), 20000);
        const QList<OutboxEntry> entries = window->outbox()->list(false);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().state, OutboxEntry::State::Sent);
        QCOMPARE(entries.first().request.description, QStringLiteral("Loose grate"));
        QCOMPARE(city->store().count(), filed + 1);
    }

    // Following a request when the Tracker's file cannot grow: the id stays in its field with
    // the focus, the reason is given, and once there is room the same Enter follows it.
    void followingOnAFullDiskKeepsTheId()
    {
        auto window = openWindow();
        QTabWidget* tabs = window->tabs();
        tabs->setCurrentWidget(window->trackerPanel());
        auto* field
            = child<QLineEdit>(window->trackerPanel(), QStringLiteral("Request id to follow"));
        const QString profile = window->profile().id;
        const qsizetype before = window->tracker()->list(profile).size();

        Testing::FileSizeLimit full(0);
        QVERIFY(full.ok());
        field->setFocus();
        typeText(field, QStringLiteral("4711"));
        QTest::keyClick(field, Qt::Key_Return);
        const QString said = window->statusBar()->currentMessage();
        QVERIFY2(said.contains(QLatin1String("4711 could not be added to the Tracker")),
            qPrintable(said));
        QCOMPARE(field->text(), QStringLiteral("4711"));
        QCOMPARE(QApplication::focusWidget(), field);
        QCOMPARE(window->tracker()->list(profile).size(), before);

        full.lift();
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(field->text().isEmpty());
        const QList<TrackedRequest> followed = window->tracker()->list(profile);
        QCOMPARE(followed.size(), before + 1);
        QVERIFY(std::any_of(followed.cbegin(), followed.cend(),
            [](const TrackedRequest& r) { return r.requestId == QLatin1String("4711"); }));
    }

    // The outbox says what waits in it; the warning about unknown outcomes only when a report
    // needs that decision.
    void outboxExplainsWhatWaits()
    {
        Outbox outbox(m_dir.filePath(QStringLiteral("outbox-hint.sqlite")));
        QString error;
        QVERIFY2(outbox.open(error), qPrintable(error));
        OutboxModel model(&outbox);
        OutboxPanel panel(&model);
        model.refresh();
        auto* hint = child<QLabel>(&panel, QStringLiteral("About the outbox"));
        QVERIFY2(
            hint->text().startsWith(QLatin1String("Nothing is waiting")), qPrintable(hint->text()));
        OutboxEntry entry;
        entry.profile = QStringLiteral("hint-city");
        entry.endpoint = QUrl(QStringLiteral("https://311.hint.example/v1/"));
        entry.cityId = QStringLiteral("hint.example");
        entry.request.serviceCode = QStringLiteral("001");
        entry.serviceName = QStringLiteral("Pothole");
        const qint64 id = outbox.add(entry);
        QVERIFY(id > 0);
        model.refresh();
        QVERIFY2(
            hint->text().contains(QLatin1String("go out by themselves")), qPrintable(hint->text()));
        QVERIFY(outbox.claim(id));
        outbox.markFailed(id, Error::outcomeUnknown(QStringLiteral("no answer")), 0);
        model.refresh();
        QVERIFY2(
            hint->text().contains(QLatin1String("outcome is unknown")), qPrintable(hint->text()));
    }

    void draftSurvivesACrash()
    {
        const QString path = m_dir.filePath(QStringLiteral("crash.sqlite"));
        {
            auto window = openWindow(path);
            ReportForm* form = window->form();
            typeText(child<QLineEdit>(form, QStringLiteral("Filter services")),
                QStringLiteral("illegal"));
            typeText(child<QLineEdit>(form, QStringLiteral("First name")), QStringLiteral("Ana"));
            typeText(child<DescriptionEdit>(form, QStringLiteral("Description")),
                QStringLiteral("A sofa on the sidewalk"));
            QTRY_VERIFY_WITH_TIMEOUT(
                !window->session()->drafts()->draft(QStringLiteral("training")).isEmpty(), 5000);
            QTest::qWait(700);
            // No close event: the window just disappears, as in a crash.
            window->hide();
        }
        auto window = openWindow(path);
        ReportForm* form = window->form();
        QCOMPARE(form->selectedServiceCode(), QStringLiteral("015"));
        QCOMPARE(
            child<QLineEdit>(form, QStringLiteral("First name"))->text(), QStringLiteral("Ana"));
        QCOMPARE(child<DescriptionEdit>(form, QStringLiteral("Description"))->toPlainText(),
            QStringLiteral("A sofa on the sidewalk"));
    }

    void jurisdictionsSettingsAndBadConfiguration()
    {
        // IT deployed a jurisdiction whose address is broken: the app opens on the training
        // city and says what is wrong.
        QDir().mkpath(m_dir.filePath(QStringLiteral("system/Open311Reporter")));
        {
            QSettings system(
                m_dir.filePath(QStringLiteral("system/Open311Reporter/open311-reporter.conf")),
                QSettings::IniFormat);
            system.setValue(QStringLiteral("profiles/broken/name"), QStringLiteral("Broken City"));
            system.setValue(QStringLiteral("profiles/broken/baseUrl"),
                QStringLiteral("http://broken.example/"));
            system.setValue(
                QStringLiteral("profiles/broken/cityId"), QStringLiteral("broken.example"));
            system.setValue(QStringLiteral("activeProfile"), QStringLiteral("broken"));
        }
        auto window = openWindow();
        QCOMPARE(window->profile().id, QStringLiteral("training"));
        const QString notice = child<QLabel>(window->form(), QStringLiteral("Message"))->text();
        QVERIFY2(notice.contains(QLatin1String("Broken City"))
                && notice.contains(QLatin1String("plain HTTP")),
            qPrintable(notice));
        QComboBox* selector = window->jurisdictionSelector();
        QVERIFY(selector->findData(QStringLiteral("broken")) >= 0);
        QVERIFY(selector->itemText(selector->findData(QStringLiteral("sfgov.org")))
                    .contains(QLatin1String("deprecated")));

        // San Francisco can be chosen for reference, but not to send to.
        qputenv("OPEN311_API_KEY", "sf-reference-key");
        window->activateProfile(QStringLiteral("sfgov.org"));
        QTRY_COMPARE(window->profile().id, QStringLiteral("sfgov.org"));
        qunsetenv("OPEN311_API_KEY");
        ReportForm* form = window->form();
        form->setServices({ { QStringLiteral("001"), QStringLiteral("Cans"), QString() } });
        typeText(child<QLineEdit>(form, QStringLiteral("Filter services")), QStringLiteral("cans"));
        typeText(child<QLineEdit>(form, QStringLiteral("Address")), QStringLiteral("1 Market St"));
        QTest::mouseClick(
            child<QPushButton>(form, QStringLiteral("Send the report")), Qt::LeftButton);
        QVERIFY(child<QLabel>(form, QStringLiteral("Message"))
                    ->text()
                    .contains(QLatin1String("no longer accepts")));
        QCOMPARE(window->outbox()->pendingCount(), 0);

        // Settings: a bad address is explained where it was typed, and what was typed stays.
        SettingsDialog* settings = window->openSettings();
        QVERIFY(settings);
        QTest::mouseClick(
            child<QPushButton>(settings, QStringLiteral("Add jurisdiction")), Qt::LeftButton);
        auto* server = child<QLineEdit>(settings, QStringLiteral("Server address"));
        typeText(server, QStringLiteral("ftp://nope"));
        typeText(
            child<QLineEdit>(settings, QStringLiteral("City id")), QStringLiteral("nope.example"));
        QTest::mouseClick(
            child<QPushButton>(settings, QStringLiteral("Save the jurisdiction")), Qt::LeftButton);
        QVERIFY(child<QLabel>(settings, QStringLiteral("Message"))
                    ->text()
                    .contains(QLatin1String("https://")));
        QCOMPARE(server->text(), QStringLiteral("ftp://nope"));
        server->setText(QStringLiteral("https://311.nope.example/v1/"));
        QTest::mouseClick(
            child<QPushButton>(settings, QStringLiteral("Save the jurisdiction")), Qt::LeftButton);
        QCOMPARE(
            child<QLabel>(settings, QStringLiteral("Message"))->text(), QStringLiteral("Saved."));
        QTRY_VERIFY(selector->findData(QStringLiteral("city-5")) >= 0
            || selector->findData(QStringLiteral("city-6")) >= 0);
        // The key field never shows a key, and nothing of it reaches the settings file.
        QCOMPARE(child<QLineEdit>(settings, QStringLiteral("New API key"))->echoMode(),
            QLineEdit::Password);
        settings->close();
        QDir().remove(
            m_dir.filePath(QStringLiteral("system/Open311Reporter/open311-reporter.conf")));
    }

    // The training city remembers between runs: a new report got 100001 again after a restart,
    // and the Tracker gave it the earlier report's status and history.
    void trainingCityRemembersAcrossRestarts()
    {
        MainWindow::Options options;
        options.outboxPath = m_dir.filePath(QStringLiteral("outbox-remember.sqlite"));
        options.trackerPath = m_dir.filePath(QStringLiteral("tracker-remember.sqlite"));
        options.trainingCityPath = m_dir.filePath(QStringLiteral("training-remember.sqlite"));
        options.cacheDirectory = m_dir.filePath(QStringLiteral("cache"));
        QStringList ids;
        for (int run = 0; run < 2; ++run) {
            auto window = Open311::Testing::startedWindow(options);
            ReportForm* form = window->form();
            typeText(child<QLineEdit>(form, QStringLiteral("Filter services")),
                QStringLiteral("pothole in street"));
            typeText(child<QLineEdit>(form, QStringLiteral("Address")),
                QStringLiteral("%1 Main St").arg(run + 1));
            answerPotholeSize(form);
            QTest::mouseClick(
                child<QPushButton>(form, QStringLiteral("Send the report")), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(form->isShowingResult(), 10000);
            const QList<TrackedRequest> followed = window->tracker()->list(window->profile().id);
            QCOMPARE(followed.size(), run + 1);
            ids << followed.first().requestId;
            QCOMPARE(followed.first().address, QStringLiteral("%1 Main St").arg(run + 1));
            // The city still knows every report filed in it.
            for (const QString& id : std::as_const(ids))
                QVERIFY2(window->trainingCity()->server()->store().find(id), qPrintable(id));
        }
        QVERIFY2(ids[0] != ids[1], qPrintable(ids.join(QLatin1Char(','))));

        // Damaged practice records are kept aside, and the city starts afresh.
        const QString damaged = m_dir.filePath(QStringLiteral("training-damaged.sqlite"));
        {
            QFile garbage(damaged);
            QVERIFY(garbage.open(QIODevice::WriteOnly));
            garbage.write(QByteArray(4096, '\x5a'));
        }
        options.trainingCityPath = damaged;
        auto window = Open311::Testing::startedWindow(options);
        QVERIFY(window->trainingCity() && window->trainingCity()->isRunning());
        QVERIFY2(window->statusBar()->currentMessage().contains(QLatin1String("kept as")),
            qPrintable(window->statusBar()->currentMessage()));
        const QStringList kept
            = QDir(m_dir.path()).entryList({ QStringLiteral("training-damaged.sqlite.damaged-*") });
        QCOMPARE(kept.size(), 1);
        QCOMPARE(QFileInfo(m_dir.filePath(kept.first())).size(), 4096);
    }

    // F1 lists every key the window answers to; About says where the data is kept.
    void helpListsEveryKeyAndWhereTheDataIs()
    {
        auto window = openWindow();
        QTest::keyClick(window.get(), Qt::Key_F1);
        auto* shortcuts = window->findChild<ShortcutsDialog*>();
        QVERIFY(shortcuts);
        QTRY_VERIFY(shortcuts->isVisible());
        auto* table = child<QTableWidget>(shortcuts, QStringLiteral("Keyboard shortcuts"));
        QStringList listed;
        for (int row = 0; row < table->rowCount(); ++row)
            listed << table->item(row, 1)->text();
        // Every key given to an action or a shortcut of the window, the form and the map.
        QList<QKeySequence> given;
        for (const QAction* action : window->findChildren<QAction*>())
            given << action->shortcut();
        for (const QShortcut* shortcut : window->findChildren<QShortcut*>())
            given << shortcut->key();
        int checked = 0;
        for (const QKeySequence& keys : std::as_const(given)) {
            // Listed as Ctrl+Enter, as the Send button says; Ctrl+Return is its twin.
            if (keys.isEmpty() || keys == QKeySequence(Qt::CTRL | Qt::Key_Return))
                continue;
            ++checked;
            const QString text = keys.toString(QKeySequence::NativeText);
            QVERIFY2(std::any_of(listed.cbegin(), listed.cend(),
                         [&](const QString& row) { return row.contains(text); }),
                qPrintable(text));
        }
        QVERIFY(checked >= 7);
        QTest::keyClick(window.get(), Qt::Key_F1);
        QCOMPARE(window->findChildren<ShortcutsDialog*>().size(), 1);

        QDialog* about = window->openAbout();
        QVERIFY(about->isVisible());
        QCOMPARE(child<QLabel>(about, QStringLiteral("Outbox and drafts"))->text(),
            window->outbox()->path());
        QCOMPARE(child<QLabel>(about, QStringLiteral("Followed requests"))->text(),
            window->tracker()->path());
        QVERIFY(child<QLabel>(about, QStringLiteral("Training city"))
                    ->text()
                    .endsWith(QLatin1String(".sqlite")));
    }

    // A request's details name its id (read out to callers; a kiosk-like screen has no title
    // bar) and show where it was made on a map whose pin a click does not move.
    void trackerDetailsNameTheIdAndKeepThePin()
    {
        auto window = openWindow();
        ReportForm* form = window->form();
        typeText(child<QLineEdit>(form, QStringLiteral("Filter services")),
            QStringLiteral("pothole in street"));
        const QGeoCoordinate where(SandboxCity::kCenterLatitude, SandboxCity::kCenterLongitude);
        form->map()->setPin(where);
        answerPotholeSize(form);
        QTest::mouseClick(
            child<QPushButton>(form, QStringLiteral("Send the report")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(form->isShowingResult(), 10000);
        const QString id = window->tracker()->list(window->profile().id).first().requestId;
        QWidget* details = window->trackerPanel()->openDetails(id);
        QVERIFY(details);
        bool named = false;
        for (const QLabel* label : details->findChildren<QLabel*>())
            named = named || label->text().startsWith(QStringLiteral("Request %1: ").arg(id));
        QVERIFY(named);
        auto* map = details->findChild<MapWidget*>();
        QVERIFY(map && map->isPinFixed());
        QTest::mouseClick(map, Qt::LeftButton, {}, QPoint(10, 10));
        QVERIFY(map->pin().distanceTo(where) < 1.0);
        auto* buttons = details->findChild<QDialogButtonBox*>();
        QVERIFY(buttons && buttons->button(QDialogButtonBox::Close));
        const QPointer<QWidget> open(details);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Close), Qt::LeftButton);
        QTRY_VERIFY(!open || !open->isVisible());
    }

    // A real jurisdiction's map opened on the whole world, to be zoomed down to a street by
    // hand; it now opens on the jurisdiction's home, and later where it was left.
    void mapOpensOnTheJurisdiction()
    {
        const std::optional<Profile> miami = ProfileStore().find(ProfileStore::kMiamiDadeId);
        QVERIFY(miami && miami->hasHome());
        auto window = openWindow();
        MapWidget* map = window->form()->map();
        Profile city = loopbackProfile(
            QStringLiteral("home-city"), QUrl(QStringLiteral("http://127.0.0.1:9/")));
        city.homeLatitude = miami->homeLatitude;
        city.homeLongitude = miami->homeLongitude;
        city.homeZoom = miami->homeZoom;
        window->setProfile(city, [] { return QStringLiteral("k"); });
        const QGeoCoordinate home(miami->homeLatitude, miami->homeLongitude);
        QVERIFY(map->center().distanceTo(home) < 10);
        QCOMPARE(map->zoom(), miami->homeZoom);

        // Moved away, to the training city and back: where it was left.
        const QGeoCoordinate street(25.7907, -80.1300);
        map->setCenter(street);
        map->setZoom(17);
        window->setProfile(MainWindow::trainingProfile(*window->trainingCity()),
            [] { return QStringLiteral("training-key"); });
        QVERIFY(map->center().distanceTo(
                    QGeoCoordinate(SandboxCity::kCenterLatitude, SandboxCity::kCenterLongitude))
            < 10);
        window->setProfile(city, [] { return QStringLiteral("k"); });
        QVERIFY(map->center().distanceTo(street) < 10);
        QCOMPARE(map->zoom(), 17.0);

        // A stored view that is not one is no reason to show 0, 0.
        QSettings().setValue(
            QStringLiteral("mapViews/home-city"), QVariantList { QStringLiteral("x"), 1, 2 });
        window->setProfile(MainWindow::trainingProfile(*window->trainingCity()),
            [] { return QStringLiteral("training-key"); });
        QSettings().setValue(
            QStringLiteral("mapViews/home-city"), QVariantList { QStringLiteral("x"), 1, 2 });
        window->setProfile(city, [] { return QStringLiteral("k"); });
        QVERIFY(map->center().distanceTo(home) < 10);
    }

    // The app's own training city renders each tile for the map and keeps no copy of it: the
    // map's memory has the one copy, and nothing is written to disk. A city with the default
    // options keeps what it renders, so the same tiles asked of it show up in its cache.
    void trainingCityKeepsNoSecondCopyOfTiles()
    {
        auto window = openWindow();
        SandboxServer* city = window->trainingCity()->server();
        MapWidget* map = window->form()->map();
        QVERIFY(map->tileLoader());
        const auto viewIsDrawn = [map] {
            const QList<TileKey> keys = map->visibleTiles(0);
            return !keys.isEmpty()
                && std::all_of(keys.cbegin(), keys.cend(),
                    [map](const TileKey& k) { return !map->tileLoader()->tile(k).isNull(); });
        };
        QVERIFY(QTest::qWaitFor(viewIsDrawn, 10000));
        // No disk cache between the map and the city.
        QVERIFY(!map->tileLoader()->network()->cache());

        // A level the map has not shown yet: the city renders each of its tiles while we watch.
        QSignalSpy served(city, &SandboxServer::requestServed);
        map->setZoom(17);
        QVERIFY(QTest::qWaitFor(viewIsDrawn, 10000));
        QSet<QString> rendered;
        for (const QList<QVariant>& call : std::as_const(served)) {
            const QString path = call.at(1).toString();
            if (call.at(2).toInt() == 200 && path.startsWith(QLatin1String("/tiles/")))
                rendered.insert(path);
        }
        QVERIFY(!rendered.isEmpty());
        QVERIFY(map->tileLoader()->memoryBytes() > 0);
        QCOMPARE(city->tileCacheBytes(), 0);

        // The same tiles from a city with the default options: it keeps every byte of them, so a
        // copy kept by the training city would have shown above.
        const SandboxOptions defaults;
        SandboxServer standalone(defaults);
        QString error;
        QVERIFY2(standalone.start(error), qPrintable(error));
        QNetworkAccessManager network;
        qsizetype bodies = 0;
        for (const QString& path : std::as_const(rendered)) {
            QUrl url = standalone.baseUrl();
            url.setPath(path);
            std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(url)));
            QSignalSpy finished(reply.get(), &QNetworkReply::finished);
            QVERIFY(reply->isFinished() || finished.wait(10000));
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            bodies += reply->readAll().size();
        }
        QVERIFY(bodies > 0);
        QCOMPARE(standalone.tileCacheBytes(), bodies);
    }

    // The training city's settings do not suggest it uses a city server or OpenStreetMap.
    void trainingCitySettingsSayBuiltIn()
    {
        auto window = openWindow();
        QVERIFY(window->trainingCity());
        SettingsDialog* settings = window->openSettings();
        QVERIFY(settings);
        auto* server = child<QLineEdit>(settings, QStringLiteral("Server address"));
        QVERIFY(server->text().isEmpty());
        QVERIFY2(server->placeholderText().startsWith(QLatin1String("Built in")),
            qPrintable(server->placeholderText()));
        for (QLineEdit* edit : settings->findChildren<QLineEdit*>()) {
            QVERIFY2(!edit->placeholderText().contains(
                         QLatin1String("openstreetmap"), Qt::CaseInsensitive),
                qPrintable(edit->accessibleName()));
        }
        // A new jurisdiction gets the generic hints.
        QTest::mouseClick(
            child<QPushButton>(settings, QStringLiteral("Add jurisdiction")), Qt::LeftButton);
        QCOMPARE(server->placeholderText(), QStringLiteral("https://city.example/dev/V1/"));
        settings->close();
    }

    // Runs twice under ctest: at 100 % and with QT_SCALE_FACTOR=2.
    void readableInADarkPaletteAndAtTwiceTheScale()
    {
        auto window = openWindow();
        // A 2560x1440 screen at 200 % is 1280x720 logical pixels; the window must fit on it.
        const QSize hiDpiScreen(1280, 720);
        QVERIFY2(window->minimumSizeHint().width() <= hiDpiScreen.width()
                && window->minimumSizeHint().height() <= hiDpiScreen.height(),
            qPrintable(QStringLiteral("%1x%2")
                           .arg(window->minimumSizeHint().width())
                           .arg(window->minimumSizeHint().height())));
        window->resize(hiDpiScreen);
        ReportForm* form = window->form();
        auto* submit = child<QPushButton>(form, QStringLiteral("Send the report"));
        QTRY_COMPARE(window->size(), hiDpiScreen);
        const QRect submitArea(submit->mapTo(window.get(), QPoint(0, 0)), submit->size());
        QVERIFY(window->rect().contains(submitArea));
        QVERIFY(submit->height() >= submit->fontMetrics().height());

        QTest::mouseClick(submit, Qt::LeftButton);
        QLabel* error = firstVisibleError(form);
        QVERIFY(error);
        const QColor lightRed = error->palette().color(QPalette::WindowText);
        QVERIFY(ColorContrast::ratio(lightRed, error->palette().color(QPalette::Window)) >= 4.5);

        // The window's palette, not the application's: QApplication only spreads a new palette
        // to its widgets once exec() runs, which a test never calls. Both reach the form as a
        // PaletteChange.
        const QPalette original = window->palette();
        QPalette dark = original;
        dark.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        window->setPalette(dark);
        const QColor darkRed = error->palette().color(QPalette::WindowText);
        const double darkContrast
            = ColorContrast::ratio(darkRed, error->palette().color(QPalette::Window));
        if (!qEnvironmentVariableIsEmpty("OPEN311_TEST_SCREENSHOTS")) {
            MapWidget* map = form->map();
            const auto complete = [map] {
                const QList<TileKey> keys = map->visibleTiles(0);
                return std::all_of(keys.cbegin(), keys.cend(),
                    [map](const TileKey& key) { return !map->tileLoader()->tile(key).isNull(); });
            };
            QTRY_VERIFY_WITH_TIMEOUT(complete(), 10000);
            window->grab().save(QDir(qEnvironmentVariable("OPEN311_TEST_SCREENSHOTS"))
                                    .filePath(QStringLiteral("report-window-dark-%1x.png")
                                                  .arg(window->devicePixelRatio())));
        }
        window->setPalette(original);
        QVERIFY(darkRed != lightRed);
        QVERIFY2(darkContrast >= 4.5, qPrintable(QString::number(darkContrast)));
        QCOMPARE(error->palette().color(QPalette::WindowText), lightRed);
    }

    // Degrees are typed with a point in every language: with Spanish, Vietnamese or Haitian
    // Creole chosen (their numbers use a comma), "40.004" was refused or read as 40004.
    void coordinatesAreTypedAlikeInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        for (const char* language : { "en", "es", "vi", "ht" })
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void coordinatesAreTypedAlikeInEveryLanguage()
    {
        QFETCH(QString, language);
        const Testing::ScopedLanguage scoped { language };
        auto window = openWindow();
        ReportForm* form = window->form();
        form->map()->setFocus();
        QTest::keyClick(form->map(), Qt::Key_Return);
        QVERIFY(form->map()->pin().isValid());
        const double longitude = form->map()->pin().longitude();
        auto* latitude = child<QLineEdit>(
            form, QCoreApplication::translate("Open311::ReportForm", "Latitude"));
        QVERIFY(latitude->hasAcceptableInput());
        latitude->setFocus();
        latitude->selectAll();
        typeText(latitude, QStringLiteral("40.004"));
        QCOMPARE(latitude->text(), QStringLiteral("40.004"));
        QTest::keyClick(latitude, Qt::Key_Tab);
        QTRY_VERIFY2(qAbs(form->map()->pin().latitude() - 40.004) < 1e-9,
            qPrintable(QString::number(form->map()->pin().latitude(), 'f', 6)));
        QCOMPARE(form->map()->pin().longitude(), longitude);
    }

    // A high-contrast palette (white on black, yellow highlight): every text on the form, the
    // problems beside the fields among them, keeps 4.5:1 against what it is drawn on (3:1 when
    // large), at 100 % and in report_window_test_200 at 200 %.
    void readableInAHighContrastPalette()
    {
        auto window = openWindow();
        QPalette high = window->palette();
        for (const auto role : { QPalette::Window, QPalette::Base, QPalette::Button,
                 QPalette::AlternateBase, QPalette::ToolTipBase })
            high.setColor(role, Qt::black);
        for (const auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                 QPalette::BrightText, QPalette::ToolTipText })
            high.setColor(role, Qt::white);
        high.setColor(QPalette::Highlight, QColor(0xff, 0xff, 0x00));
        high.setColor(QPalette::HighlightedText, Qt::black);
        high.setColor(QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
        high.setColor(QPalette::Link, QColor(0x80, 0xc0, 0xff));
        high.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9a, 0x9a, 0x9a));
        high.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0x9a, 0x9a));
        high.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0x9a, 0x9a));
        window->setPalette(high);
        ReportForm* form = window->form();
        QTest::mouseClick(
            child<QPushButton>(form, QStringLiteral("Send the report")), Qt::LeftButton);
        QVERIFY(firstVisibleError(form));
        QStringList poor;
        int checked = 0;
        for (QWidget* widget : window->findChildren<QWidget*>()) {
            if (!widget->isVisible())
                continue;
            QString text;
            if (auto* label = qobject_cast<QLabel*>(widget))
                text = label->text();
            else if (auto* button = qobject_cast<QAbstractButton*>(widget))
                text = button->text();
            else if (auto* line = qobject_cast<QLineEdit*>(widget))
                text = line->text().isEmpty() ? line->placeholderText() : line->text();
            if (text.trimmed().isEmpty())
                continue;
            const QPalette palette = widget->palette();
            const QPalette::ColorGroup group
                = widget->isEnabled() ? QPalette::Active : QPalette::Disabled;
            QPalette::ColorRole foreground = widget->foregroundRole();
            if (auto* line = qobject_cast<QLineEdit*>(widget); line && line->text().isEmpty())
                foreground = QPalette::PlaceholderText;
            // What the text is drawn on: the widget's own fill, or the nearest that fills.
            const QWidget* painter = widget;
            while (painter->parentWidget() && !painter->autoFillBackground()
                && !qobject_cast<const QLineEdit*>(painter)
                && !qobject_cast<const QAbstractButton*>(painter))
                painter = painter->parentWidget();
            const QColor back = painter->palette().color(group, painter->backgroundRole());
            const QColor fore = palette.color(group, foreground);
            const QFont font = widget->font();
            const bool large = font.pointSizeF() >= 18 || (font.bold() && font.pointSizeF() >= 14);
            const double ratio = ColorContrast::ratio(fore, back);
            ++checked;
            if (ratio < (large ? 3.0 : 4.5))
                poor << QStringLiteral("%1 \"%2\": %3:1 (%4 on %5)")
                            .arg(QLatin1String(widget->metaObject()->className()), text.left(40))
                            .arg(ratio, 0, 'f', 1)
                            .arg(fore.name(), back.name());
        }
        QVERIFY(checked > 20);
        QVERIFY2(poor.isEmpty(), qPrintable(poor.join(QLatin1Char('\n'))));
    }

    // Every page of the window, in English and in Spanish, with each Alt+letter owned by one
    // control; the result panel is checked in the call-center flow.
    void mnemonicsAreUnique_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString& language : Translations::shipped())
            QTest::newRow(qPrintable(language)) << language;
    }

    void mnemonicsAreUnique()
    {
        QFETCH(QString, language);
        const Testing::ScopedLanguage scoped { language };
        QVERIFY(scoped.installed() || language == QLatin1String("en"));
        auto window = openWindow();
        if (language == QLatin1String("es")) {
            QCOMPARE(child<QPushButton>(window->form(), QStringLiteral("Enviar el aviso"))->text(),
                QStringLiteral("En&viar aviso (%1)")
                    .arg(
                        QKeySequence(Qt::CTRL | Qt::Key_Enter).toString(QKeySequence::NativeText)));
            // Qt's own words too (qt6-translations-l10n): a Spanish dialog says "Cerrar".
            SettingsDialog* settings = window->openSettings();
            QCOMPARE(
                settings->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close)->text(),
                QStringLiteral("Cerrar"));
            settings->close();
        }
        SettingsDialog* settings = window->openSettings();
        QVERIFY(QTest::qWaitForWindowExposed(settings));
        QVERIFY2(Open311::Testing::mnemonicClashes(settings).isEmpty(),
            qPrintable(Open311::Testing::mnemonicClashes(settings).join(QLatin1String(" | "))));
        settings->close();
        for (int page = 0; page < window->tabs()->count(); ++page) {
            window->tabs()->setCurrentIndex(page);
            const QStringList clashes = Open311::Testing::mnemonicClashes(window.get());
            QVERIFY2(clashes.isEmpty(),
                qPrintable(window->tabs()->tabText(page) + QLatin1String(" | ")
                    + clashes.join(QLatin1String(" | "))));
        }
    }

    // The Report tab has no Alt key of its own; from the other tabs Ctrl+F and Ctrl+L lead back.
    void shortcutsLeadBackToTheReport()
    {
        auto window = openWindow();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        for (const auto& [key, field] : { std::pair(Qt::Key_F, QStringLiteral("Filter services")),
                 std::pair(Qt::Key_L, QStringLiteral("Address")) }) {
            window->tabs()->setCurrentIndex(1);
            QVERIFY(!window->form()->isVisible());
            QTest::keyClick(
                QApplication::focusWidget() ? QApplication::focusWidget() : window.get(), key,
                Qt::ControlModifier);
            QCOMPARE(window->tabs()->currentWidget(), window->form());
            QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(window->form(), field));
        }
    }

    // Column titles and dates are shown whole in the Tracker and the Outbox at the default size.
    void tablesShowWholeTitlesAndDates()
    {
        auto window = openWindow();
        window->resize(1280, 800);
        const QString date = QLocale().toString(
            QDateTime(QDate(2026, 9, 30), QTime(18, 45, 12)), QLocale::ShortFormat);
        for (int page = 1; page < window->tabs()->count(); ++page) {
            window->tabs()->setCurrentIndex(page);
            auto* table = window->tabs()->currentWidget()->findChild<QTableView*>();
            QVERIFY(table);
            QHeaderView* header = table->horizontalHeader();
            const QFontMetrics metrics(table->font());
            for (int column = 0; column < header->count(); ++column) {
                const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
                QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                    qPrintable(title));
                if (title.contains(QLatin1String("Submitted"))
                    || title.contains(QLatin1String("Written"))
                    || title.startsWith(QLatin1String("Last"))
                    || title.startsWith(QLatin1String("Next")))
                    QVERIFY2(header->sectionSize(column) > metrics.horizontalAdvance(date) + 8,
                        qPrintable(title));
            }
        }
    }

    // An empty Tracker says what will fill it; a filter that hides everything says so.
    void emptyTrackerExplainsItself()
    {
        auto window = openWindow();
        window->tabs()->setCurrentWidget(window->trackerPanel());
        auto* hint = child<QLabel>(window->trackerPanel(), QStringLiteral("About the empty list"));
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(QLatin1String("appear here")), qPrintable(hint->text()));

        auto* follow
            = child<QLineEdit>(window->trackerPanel(), QStringLiteral("Request id to follow"));
        typeText(follow, QStringLiteral("100001"));
        QTest::keyClick(follow, Qt::Key_Return);
        QTRY_VERIFY(!hint->isVisible());

        auto* filter
            = child<QLineEdit>(window->trackerPanel(), QStringLiteral("Filter followed requests"));
        typeText(filter, QStringLiteral("no such thing"));
        QTRY_VERIFY(hint->isVisible());
        QVERIFY2(
            hint->text().contains(QLatin1String("matches the filter")), qPrintable(hint->text()));

        // Everything archived: the hint says where the requests went, not that none exist.
        filter->clear();
        QTableView* table = window->trackerPanel()->view();
        QTRY_COMPARE(table->model()->rowCount(), 1);
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::mouseClick(child<QPushButton>(window->trackerPanel(),
                              QStringLiteral("Archive or restore the selected request")),
            Qt::LeftButton);
        QTRY_VERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(QLatin1String("archived")), qPrintable(hint->text()));
    }

    // A damaged outbox or Tracker file is explained where people look for it, is never
    // written over, and can be set aside (kept under another name) to go on working.
    void damagedStoresAreExplainedAndCanBeSetAside()
    {
        const QByteArray garbage(8192, '\x5a');
        const QString outboxPath = m_dir.filePath(QStringLiteral("broken-outbox.sqlite"));
        const QString trackerPath = m_dir.filePath(QStringLiteral("broken-tracker.sqlite"));
        for (const QString& path : { outboxPath, trackerPath }) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(garbage);
        }
        MainWindow::Options options;
        options.outboxPath = outboxPath;
        options.trackerPath = trackerPath;
        options.trainingCityPath = m_dir.filePath(QStringLiteral("training-broken-stores.sqlite"));
        options.cacheDirectory = m_dir.filePath(QStringLiteral("cache"));
        auto window = Open311::Testing::startedWindow(options);
        ReportForm* form = window->form();
        QVERIFY(!window->tracker());
        QVERIFY(!window->outbox());
        QCOMPARE(window->tabs()->count(), 3);
        QVERIFY(window->jurisdictionSelector()->isVisible());
        QVERIFY(window->statusBar()->currentMessage().isEmpty());
        QVERIFY2(child<QLabel>(form, QStringLiteral("Message"))
                     ->text()
                     .startsWith(QLatin1String("Reports cannot be sent: ")),
            qPrintable(child<QLabel>(form, QStringLiteral("Message"))->text()));
        bool statusSaysSo = false;
        for (const QLabel* label : window->statusBar()->findChildren<QLabel*>())
            statusSaysSo = statusSaysSo || label->text() == QLatin1String("Outbox not available");
        QVERIFY(statusSaysSo);

        // What the person typed before dealing with it stays.
        typeText(child<QLineEdit>(form, QStringLiteral("Filter services")),
            QStringLiteral("pothole in street"));
        typeText(child<QLineEdit>(form, QStringLiteral("Address")), QStringLiteral("1 Main St"));

        // The notice in a tab, and its button (the notice's focus proxy).
        const auto noticeIn = [&window](int tab, const QString& name) {
            window->tabs()->setCurrentIndex(tab);
            auto* notice = child<QLabel>(window.get(), name);
            return std::make_pair(
                notice, qobject_cast<QPushButton*>(notice->parentWidget()->focusProxy()));
        };
        const auto [outboxNotice, outboxButton]
            = noticeIn(2, QStringLiteral("Outbox not available"));
        QVERIFY(outboxNotice->isVisible());
        QVERIFY2(outboxNotice->text().contains(QLatin1String("damaged")),
            qPrintable(outboxNotice->text()));
        QVERIFY(outboxButton && outboxButton->isVisible());
        QTest::mouseClick(outboxButton, Qt::LeftButton);
        QTRY_VERIFY(window->outbox());
        QCOMPARE(window->outbox()->path(), outboxPath);
        QCOMPARE(window->outbox()->pendingCount(), 0);
        QVERIFY2(window->statusBar()->currentMessage().contains(QLatin1String("was kept as")),
            qPrintable(window->statusBar()->currentMessage()));
        QVERIFY(child<QLabel>(form, QStringLiteral("Message"))->text().isEmpty());

        const auto [trackerNotice, trackerButton]
            = noticeIn(1, QStringLiteral("Tracker not available"));
        QVERIFY(trackerNotice->isVisible());
        QVERIFY2(trackerNotice->text().startsWith(QLatin1String("The Tracker is not available: ")),
            qPrintable(trackerNotice->text()));
        QVERIFY(trackerButton && trackerButton->isVisible());
        QTest::mouseClick(trackerButton, Qt::LeftButton);
        QTRY_VERIFY(window->tracker());
        QTRY_COMPARE(
            window->tabs()->currentWidget(), static_cast<QWidget*>(window->trackerPanel()));
        QCOMPARE(window->tabs()->count(), 3);

        // Both damaged files are kept byte for byte beside the new ones.
        const QStringList kept
            = QDir(m_dir.path())
                  .entryList({ QStringLiteral("broken-*.sqlite.damaged-*") }, QDir::Files);
        QCOMPARE(kept.size(), 2);
        for (const QString& name : kept) {
            QFile file(m_dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), garbage);
        }

        // And the report that was being typed goes out through the new outbox, and is followed.
        window->tabs()->setCurrentIndex(0);
        QCOMPARE(
            child<QLineEdit>(form, QStringLiteral("Address"))->text(), QStringLiteral("1 Main St"));
        answerPotholeSize(form);
        QTest::mouseClick(
            child<QPushButton>(form, QStringLiteral("Send the report")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(form->isShowingResult(), 10000);
        QTRY_COMPARE(window->tracker()->count(window->profile().id), 1);
    }

    // Every control a person can reach on each tab has a name for a screen reader to say.
    void everyControlHasAName()
    {
        auto window = openWindow();
        QTabWidget* tabs = window->tabs();
        QCOMPARE(tabs->count(), 3);
        for (int page = 0; page < tabs->count(); ++page) {
            tabs->setCurrentIndex(page);
            const QString tab = tabs->tabText(page);
            // The tab bar is named by the text of its tabs.
            QVERIFY(!tab.isEmpty());
            int controls = 0;
            for (QWidget* widget : window->findChildren<QWidget*>()) {
                if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(window.get())
                    || qobject_cast<QTabBar*>(widget))
                    continue;
                ++controls;
                // A message label is read by its text; its description says what it is.
                QVERIFY2(!widget->accessibleName().isEmpty()
                        || (qobject_cast<QLabel*>(widget)
                            && !widget->accessibleDescription().isEmpty()),
                    qPrintable(QStringLiteral("%1 \"%2\" on the %3 tab")
                                   .arg(QLatin1String(widget->metaObject()->className()),
                                       widget->objectName(), tab)));
            }
            // A page whose controls were not found would pass without checking anything.
            QVERIFY2(controls >= 4, qPrintable(tab));
        }
    }

    // The Outbox's and the Tracker's models, holding rows of every kind read back from the
    // window's own SQLite files, and the models above them.
    void modelsAreSound()
    {
        auto window = openWindow();
        Outbox* outbox = window->outbox();
        TrackerStore* tracker = window->tracker();
        QVERIFY(outbox && tracker);
        // Not the window's jurisdiction: its sender and its poller leave these rows alone.
        const QString profile = QStringLiteral("models-city");
        const qint64 now = QDateTime::currentMSecsSinceEpoch();

        // One report in each state the Outbox tab lists, and a sent one that it does not.
        OutboxEntry entry;
        entry.profile = profile;
        entry.endpoint = QUrl(QStringLiteral("https://311.models.example/v1/"));
        entry.cityId = QStringLiteral("models.example");
        entry.request.serviceCode = QStringLiteral("001");
        entry.request.addressString = QStringLiteral("1 Model Street");
        entry.request.latitude = SandboxCity::kCenterLatitude;
        entry.request.longitude = SandboxCity::kCenterLongitude;
        entry.serviceName = QStringLiteral("Pothole");
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i) {
            const qint64 id = outbox->add(entry);
            QVERIFY(id > 0);
            if (i > 0)
                QVERIFY(outbox->claim(id));
            ids << id;
        }
        QCOMPARE(outbox->markFailed(ids[1], Error::network(QStringLiteral("refused"), true), now),
            OutboxEntry::State::WaitingToRetry);
        QCOMPARE(outbox->markFailed(ids[2],
                     Error::server(
                         QStringLiteral("create_request"), 400, QStringLiteral("No such service")),
                     now),
            OutboxEntry::State::Rejected);
        QCOMPARE(
            outbox->markFailed(ids[3], Error::outcomeUnknown(QStringLiteral("no answer")), now),
            OutboxEntry::State::OutcomeUnknown);
        CreateResult created;
        created.serviceRequestId = QStringLiteral("models-1");
        outbox->markSent(ids[4], created);

        OutboxModel outboxModel(outbox);
        outboxModel.refresh();
        QCOMPARE(outboxModel.rowCount(), 4);
        QAbstractItemModelTester outboxTester(
            &outboxModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // A new report, without a service name (shown by its code), under the tester's eyes.
        entry.serviceName.clear();
        QVERIFY(outbox->add(entry) > 0);
        outboxModel.refresh();
        QCOMPARE(outboxModel.rowCount(), 5);

        // One request in each state the Tracker tab shows: sent from here, added by hand and
        // never answered, open with notes, closed, unknown to the city, and archived.
        QVERIFY(tracker->addSent(entry, QStringLiteral("models-1"), now));
        TrackedRequest followed;
        followed.profile = profile;
        for (int i = 2; i <= 6; ++i) {
            followed.requestId = QStringLiteral("models-%1").arg(i);
            QVERIFY(tracker->add(followed));
        }
        tracker->recordStatus(profile,
            { QStringLiteral("models-3"), QStringLiteral("open"), QStringLiteral("Crew on site"),
                QStringLiteral("Pothole") },
            now, now + 60000);
        tracker->recordStatus(profile,
            { QStringLiteral("models-4"), QStringLiteral("closed"), QStringLiteral("Filled"),
                QStringLiteral("Pothole") },
            now, 0);
        tracker->recordFailure(profile, QStringLiteral("models-5"),
            Error::server(QStringLiteral("status_update"), 302, QStringLiteral("Id not valid")),
            now, 0, true);
        QVERIFY(tracker->setArchived(profile, QStringLiteral("models-6"), true));

        TrackerModel trackerModel(tracker);
        trackerModel.setProfile(profile);
        QCOMPARE(trackerModel.rowCount(), 5);
        QAbstractItemModelTester trackerTester(
            &trackerModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // A change updates its row in place (and marks it unseen: bold); the archive adds one.
        tracker->recordStatus(profile,
            { QStringLiteral("models-3"), QStringLiteral("closed"), QStringLiteral("Filled"),
                QStringLiteral("Pothole") },
            now + 1000, 0);
        trackerModel.refreshRow(QStringLiteral("models-3"));
        trackerModel.setShowArchived(true);
        QCOMPARE(trackerModel.rowCount(), 6);

        TrackerFilterModel trackerFilter;
        QAbstractItemModelTester trackerFilterTester(
            &trackerFilter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        trackerFilter.setSourceModel(&trackerModel);
        QCOMPARE(trackerFilter.rowCount(), 6);
        trackerFilter.setStatusFilter(TrackerFilterModel::StatusFilter::Closed);
        QCOMPARE(trackerFilter.rowCount(), 2);
        trackerFilter.setStatusFilter(TrackerFilterModel::StatusFilter::UnknownToCity);
        QCOMPARE(trackerFilter.rowCount(), 1);
        trackerFilter.setStatusFilter(TrackerFilterModel::StatusFilter::All);
        trackerFilter.setText(QStringLiteral("model street"));
        QCOMPARE(trackerFilter.rowCount(), 1);
        trackerFilter.setText(QString());
        trackerFilter.sort(TrackerModel::Id);
        trackerFilter.sort(TrackerModel::Submitted, Qt::DescendingOrder);

        ServiceListModel services;
        QAbstractItemModelTester servicesTester(
            &services, QAbstractItemModelTester::FailureReportingMode::QtTest);
        services.setServices({ { QStringLiteral("001"), QStringLiteral("A"), QStringLiteral("x") },
            { QStringLiteral("002"), QStringLiteral("B"), QStringLiteral("y") } });
        ServiceFilterModel filter;
        QAbstractItemModelTester filterTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&services);
        filter.setFilterText(QStringLiteral("y"));
        QCOMPARE(filter.rowCount(), 1);
    }
};

QTEST_MAIN(ReportWindowTest)
#include "report_window_test.moc"
