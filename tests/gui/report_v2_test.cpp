#include "Mnemonics.h"
#include "StartedWindow.h"
#include "TestSettings.h"
#include "WidgetLookup.h"
#include "gui/report/AttributeFields.h"
#include "gui/report/DescriptionEdit.h"
#include "gui/report/ReportForm.h"
#include "gui/report/ResultPanel.h"
#include "gui/report/ServiceListModel.h"
#include "gui/tracker/TrackerModel.h"
#include "gui/tracker/TrackerPanel.h"
#include "gui/window/MainWindow.h"
#include "i18n/Translations.h"
#include "map/FeedRequest.h"
#include "mapwidget/MapWidget.h"
#include "profiles/ProfileStore.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"
#include "session/AppSession.h"
#include "session/TrainingCity.h"
#include "store/Outbox.h"
#include "store/TrackerPoller.h"
#include "store/TrackerStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Open311;
using Open311::Testing::child;

namespace {

const QString kSize = QStringLiteral("How big is the pothole? (required)");

QAbstractButton* choice(QWidget* form, const QString& question, const QString& value)
{
    return child<QAbstractButton>(form, question + QStringLiteral(": ") + value);
}

} // namespace

// The report window on the training city over GeoReport v2, its default: the questions of a
// service's definition in the form, by keyboard, into the city's records as they were answered.
class ReportV2Test : public QObject
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
        return Open311::Testing::startedWindow(options);
    }

    // Picks the service as an operator does and waits for its questions.
    static void chooseService(ReportForm* form, const QString& filter, const QString& code)
    {
        auto* field = child<QLineEdit>(form, QStringLiteral("Filter services"));
        field->setFocus();
        QTest::keyClicks(field, filter);
        QCOMPARE(form->selectedServiceCode(), code);
        QTRY_VERIFY_WITH_TIMEOUT(!form->findChild<AttributeFields*>()->isHidden(), 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        Open311::Testing::isolateSettings(QDir(m_dir.path()));
        QApplication::setOrganizationName(QStringLiteral("Open311ReportV2Tests"));
        Translations::install(QLocale(QLocale::English));
    }

    void theTrainingCitySpeaksV2ByDefault()
    {
        auto window = openWindow();
        QCOMPARE(window->profile().id, ProfileStore::kTrainingId);
        QCOMPARE(window->profile().protocol, Protocol::GeoReportV2);
        QVERIFY(window->profile().baseUrl.path().endsWith(QLatin1String("/dev/v2/")));
        // A trainer can switch to v1: the same city, the same records.
        window->activateProfile(ProfileStore::kTrainingV1Id);
        QTRY_COMPARE(window->profile().protocol, Protocol::GeoReportV1);
        QVERIFY(window->profile().isTraining);
    }

    // The phone call, key by key: service, address, the city's questions, caller, description.
    void keyboardFlowToAFiledV2Report()
    {
        auto window = openWindow();
        ReportForm* form = window->form();
        SandboxServer* city = window->trainingCity()->server();

        QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("pothole in street"));
        QCOMPARE(form->selectedServiceCode(), QStringLiteral("021"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        auto* address = child<QLineEdit>(form, QStringLiteral("Address"));
        QCOMPARE(QApplication::focusWidget(), address);
        QTest::keyClicks(address, QStringLiteral("123 Oak Street"));
        QTest::keyClick(address, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(form->map()->pin().isValid(), 10000);
        // Found; Enter again goes on with the call.
        QTest::keyClick(address, Qt::Key_Return);

        // Found: on to the first question, a list of three sizes as radio buttons.
        QTRY_COMPARE(QApplication::focusWidget(),
            static_cast<QWidget*>(
                choice(form, kSize, QStringLiteral("Smaller than a dinner plate"))));
        // The first letters pick a value, as in a combo box.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_L);
        QVERIFY(choice(form, kSize, QStringLiteral("Larger than a car tyre"))->isChecked());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        auto* depth
            = child<QLineEdit>(form, QStringLiteral("About how deep is it, in centimetres?"));
        QCOMPARE(QApplication::focusWidget(), depth);
        QTest::keyClicks(depth, QStringLiteral("12.5"));
        QTest::keyClick(depth, Qt::Key_Tab);
        auto* noticed = child<QDateTimeEdit>(form, QStringLiteral("When did you first notice it?"));
        QCOMPARE(QApplication::focusWidget(), noticed);
        QTest::keyClick(noticed, Qt::Key_Up);
        QTest::keyClick(noticed, Qt::Key_Tab);
        auto* first = child<QLineEdit>(form, QStringLiteral("First name"));
        QCOMPARE(QApplication::focusWidget(), first);
        QTest::keyClicks(first, QStringLiteral("Ana"));
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        auto* description = child<DescriptionEdit>(form, QStringLiteral("Description"));
        QCOMPARE(QApplication::focusWidget(), description);
        QTest::keyClicks(description, QStringLiteral("Deep hole by the bus stop"));

        QSignalSpy filed(window.get(), &MainWindow::reportFiled);
        QTest::keyClick(description, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(filed.wait(10000));
        QTRY_VERIFY(form->isShowingResult());
        const QString id = form->resultPanel()->requestId();
        QVERIFY(!id.isEmpty());

        // What the city keeps is what was answered, field by field.
        const std::optional<SandboxStore::Request> stored = city->store().find(id);
        QVERIFY(stored);
        const NewRequest& sent = stored->request;
        QCOMPARE(sent.serviceCode, QStringLiteral("021"));
        QCOMPARE(sent.firstName, QStringLiteral("Ana"));
        QCOMPARE(sent.description, QStringLiteral("Deep hole by the bus stop"));
        QCOMPARE(sent.addressString, QStringLiteral("123 Oak Street, Sandbox City"));
        QVERIFY(sent.latitude && qAbs(*sent.latitude - 40.0029644) < 1e-5);
        QCOMPARE(
            sent.attributes.value(QStringLiteral("size")), QStringList { QStringLiteral("large") });
        QCOMPARE(sent.attributes.value(QStringLiteral("depth_cm")),
            QStringList { QStringLiteral("12.5") });
        const QDateTime when = QDateTime::fromString(
            sent.attributes.value(QStringLiteral("noticed")).value(0), Qt::ISODate);
        QVERIFY2(
            when.isValid(), qPrintable(sent.attributes.value(QStringLiteral("noticed")).value(0)));
        QVERIFY(qAbs(when.secsTo(QDateTime::currentDateTime())) < 600);
        QCOMPARE(sent.attributes.size(), 3); // the information is never sent

        // Followed over v2: the details say what the city says beyond the status.
        QSignalSpy checked(window->session()->poller(), &TrackerPoller::checked);
        window->session()->poller()->refresh(id);
        QVERIFY(checked.wait(10000));
        const std::optional<TrackedRequest> followed
            = window->tracker()->find(window->profile().id, id);
        QVERIFY(followed);
        QVERIFY(followed->serviceNotice.contains(QLatin1String("inspect within 2 business days")));
        QWidget* details = window->trackerPanel()->openDetails(id);
        QVERIFY(details);
        auto* said
            = child<QLabel>(details, QStringLiteral("What the city says of request %1").arg(id));
        QVERIFY2(said->text().contains(QLatin1String("The city says: The City will inspect")),
            qPrintable(said->text()));
        details->close();
    }

    // String, text, datetime and multivaluelist (illegal dumping), as the city stores them.
    void everyDatatypeReachesTheCity()
    {
        auto window = openWindow();
        ReportForm* form = window->form();
        chooseService(form, QStringLiteral("illegal dumping"), QStringLiteral("015"));
        const QString items = QStringLiteral("What was dumped? (required)");
        // The arrows move within the list, Space ticks a box, Tab leaves the list.
        QAbstractButton* furniture = choice(form, items, QStringLiteral("Furniture"));
        furniture->setFocus();
        QTest::keyClick(furniture, Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(),
            static_cast<QWidget*>(choice(form, items, QStringLiteral("Mattress"))));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_T); // Tyres, by its first letter
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QVERIFY(choice(form, items, QStringLiteral("Tyres"))->isChecked());
        QVERIFY(!furniture->isChecked());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        auto* started
            = child<QDateTimeEdit>(form, QStringLiteral("When did the dumping start? (required)"));
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(started));
        QTest::keyClick(started, Qt::Key_Up);
        QVERIFY2(started->dateTime().date().year() > 2000, qPrintable(started->text()));
        QTest::keyClicks(
            child<QLineEdit>(form, QStringLiteral("Licence plate of a vehicle involved")),
            QStringLiteral(" ABC 123 "));
        auto* details
            = child<QPlainTextEdit>(form, QStringLiteral("Anything else the crew should know?"));
        QTest::keyClicks(details, QStringLiteral("Two mattresses"));
        QTest::keyClick(details, Qt::Key_Return);
        QTest::keyClicks(details, QStringLiteral("and tyres"));
        form->map()->setPin(QGeoCoordinate(40.0, -100.0));
        const AttributeValues answered = form->findChild<AttributeFields*>()->values();

        QSignalSpy filed(window.get(), &MainWindow::reportFiled);
        QTest::mouseClick(
            child<QPushButton>(form, QStringLiteral("Send the report")), Qt::LeftButton);
        QVERIFY2(filed.wait(10000),
            qPrintable(child<QLabel>(form, QStringLiteral("Message"))->text() + QLatin1Char('|')
                + QString::number(answered.size())));
        const std::optional<SandboxStore::Request> stored
            = window->trainingCity()->server()->store().find(filed.first().at(1).toString());
        QVERIFY(stored);
        QCOMPARE(stored->request.attributes, answered);
        QCOMPARE(stored->request.attributes.value(QStringLiteral("items")),
            QStringList({ QStringLiteral("mattress"), QStringLiteral("tyres") }));
        QCOMPARE(stored->request.attributes.value(QStringLiteral("vehicle")),
            QStringList { QStringLiteral("ABC 123") });
        QCOMPARE(stored->request.attributes.value(QStringLiteral("details")),
            QStringList { QStringLiteral("Two mattresses\nand tyres") });
        QVERIFY(QDateTime::fromString(
            stored->request.attributes.value(QStringLiteral("started")).value(0), Qt::ISODate)
                    .isValid());
    }

    // A required question left out: said beside it, focus there, nothing sent or queued.
    void anUnansweredQuestionIsShownBesideIt()
    {
        auto window = openWindow();
        ReportForm* form = window->form();
        chooseService(form, QStringLiteral("pothole in street"), QStringLiteral("021"));
        form->map()->setPin(QGeoCoordinate(40.0, -100.0));
        const qint64 before = window->trainingCity()->server()->store().count();
        QTest::mouseClick(
            child<QPushButton>(form, QStringLiteral("Send the report")), Qt::LeftButton);
        QLabel* problem = child<QLabel>(form, QStringLiteral("Problem with ") + kSize);
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("How big is the pothole?")),
            qPrintable(problem->text()));
        QTRY_VERIFY(qobject_cast<QRadioButton*>(QApplication::focusWidget()));
        QCOMPARE(window->outbox()->pendingCount(), 0);
        QCOMPARE(window->trainingCity()->server()->store().count(), before);
        // Answering it takes the problem away at the next Send, and the report goes.
        QTest::mouseClick(
            choice(form, kSize, QStringLiteral("About the size of a car tyre")), Qt::LeftButton);
        QSignalSpy filed(window.get(), &MainWindow::reportFiled);
        QTest::mouseClick(
            child<QPushButton>(form, QStringLiteral("Send the report")), Qt::LeftButton);
        QVERIFY(filed.wait(10000));
        QVERIFY(!problem->isVisible());
    }

    // The answers are in the draft: a window that went away comes back with them.
    void answersSurviveARestart()
    {
        const int n = ++m_windows;
        {
            auto window = openWindow(n);
            ReportForm* form = window->form();
            chooseService(form, QStringLiteral("pothole in street"), QStringLiteral("021"));
            QTest::mouseClick(choice(form, kSize, QStringLiteral("About the size of a car tyre")),
                Qt::LeftButton);
            QTest::keyClicks(
                child<QLineEdit>(form, QStringLiteral("About how deep is it, in centimetres?")),
                QStringLiteral("7"));
            window->close(); // writes the due draft
        }
        auto window = openWindow(n);
        ReportForm* form = window->form();
        QCOMPARE(form->selectedServiceCode(), QStringLiteral("021"));
        QTRY_VERIFY_WITH_TIMEOUT(!form->findChildren<QRadioButton*>().isEmpty(), 10000);
        QVERIFY(choice(form, kSize, QStringLiteral("About the size of a car tyre"))->isChecked());
        QCOMPARE(
            child<QLineEdit>(form, QStringLiteral("About how deep is it, in centimetres?"))->text(),
            QStringLiteral("7"));
        // Ctrl+N starts afresh: no answer of the last caller stays.
        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(form->request().attributes.isEmpty());
    }

    // A batch service (landscaping, 016) answers with a token: the Tracker shows it at once as
    // waiting, and follows it to its number, which the person is told of.
    void aBatchReportIsFollowedFromItsTokenToItsNumber()
    {
        auto window = openWindow();
        ReportForm* form = window->form();
        chooseService(form, QStringLiteral("landscaping"), QStringLiteral("016"));
        QAbstractButton* mowing = choice(
            form, QStringLiteral("What needs doing? (required)"), QStringLiteral("Mowing"));
        mowing->setFocus();
        QTest::keyClick(mowing, Qt::Key_Space);
        form->map()->setPin(QGeoCoordinate(40.0, -100.0));
        QTest::mouseClick(
            child<QPushButton>(form, QStringLiteral("Send the report")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(form->isShowingResult(), 10000);
        QVERIFY(form->resultPanel()->requestId().isEmpty());
        const QString token = child<QLineEdit>(form, QStringLiteral("Token"))->text();
        QVERIFY(!token.isEmpty());

        // In the Tracker at once, by its token.
        QAbstractItemModel* tracker = window->trackerPanel()->view()->model();
        QTRY_VERIFY(tracker->rowCount() >= 1);
        QCOMPARE(tracker->index(0, TrackerModel::Id).data().toString(),
            QStringLiteral("Token %1").arg(token));
        QCOMPARE(tracker->index(0, TrackerModel::Status).data().toString(),
            QStringLiteral("Waiting for the city's number"));

        // The training city files it after its batch delay; the next round finds the number.
        QSignalSpy resolved(window->session(), &AppSession::tokenResolved);
        QTest::qWait(3200);
        window->session()->poller()->refreshAll();
        QVERIFY(resolved.wait(10000));
        const QString id = resolved.first().at(1).toString();
        QCOMPARE(resolved.first().at(0).toString(), token);
        QVERIFY(window->trainingCity()->server()->store().find(id));
        QTRY_COMPARE(tracker->index(0, TrackerModel::Id).data().toString(), id);
        QVERIFY(window->statusBar()->currentMessage().contains(id));
        QVERIFY(window->tracker()->find(window->profile().id, id).has_value());
    }

    // Another operator's report, not in this window's Tracker or outbox: the city lists it
    // (GET requests), it is on the map, and the duplicate hint points to it.
    void theCitysOwnRequestsAreOnTheMapAndHintDuplicates()
    {
        const int n = ++m_windows;
        QString id;
        {
            auto first = openWindow(n);
            ReportForm* form = first->form();
            chooseService(form, QStringLiteral("pothole in street"), QStringLiteral("021"));
            QTest::mouseClick(
                choice(form, kSize, QStringLiteral("Larger than a car tyre")), Qt::LeftButton);
            form->map()->setPin(QGeoCoordinate(40.0029644, -100.0113130));
            QSignalSpy filed(first.get(), &MainWindow::reportFiled);
            QTest::mouseClick(
                child<QPushButton>(form, QStringLiteral("Send the report")), Qt::LeftButton);
            QVERIFY(filed.wait(10000));
            id = filed.first().at(1).toString();
        }
        // The same city's records, a new desk: nothing of its own knows the report.
        MainWindow::Options options;
        options.outboxPath = m_dir.filePath(QStringLiteral("outbox-other.sqlite"));
        options.trackerPath = m_dir.filePath(QStringLiteral("tracker-other.sqlite"));
        options.cacheDirectory = m_dir.filePath(QStringLiteral("cache"));
        options.trainingCityPath = m_dir.filePath(QStringLiteral("training-%1.sqlite").arg(n));
        auto window = Open311::Testing::startedWindow(options);
        QVERIFY(!window->tracker()->find(window->profile().id, id));
        const auto listed = [&] {
            for (const FeedRequest& known : window->session()->knownRequests()) {
                if (known.id == id)
                    return known.hasPosition && known.isOpen()
                        && known.serviceName == QLatin1String("Pothole in Street");
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(listed(), 10000);
        ReportForm* form = window->form();
        chooseService(form, QStringLiteral("pothole in street"), QStringLiteral("021"));
        form->map()->setPin(QGeoCoordinate(40.0029700, -100.0113000));
        QTRY_VERIFY2(form->duplicateHint().contains(id), qPrintable(form->duplicateHint()));
    }

    // Another jurisdiction's services are asked afresh, even under the same code: v1 has no
    // questions, and the v2 ones come back with v2.
    void aJurisdictionSwitchAsksTheQuestionsAfresh()
    {
        auto window = openWindow();
        ReportForm* form = window->form();
        chooseService(form, QStringLiteral("pothole in street"), QStringLiteral("021"));
        window->activateProfile(ProfileStore::kTrainingV1Id);
        QTRY_COMPARE(window->profile().protocol, Protocol::GeoReportV1);
        QTRY_COMPARE(form->selectedServiceCode(), QStringLiteral("021"));
        QTRY_VERIFY(form->findChild<AttributeFields*>()->isHidden());
        QVERIFY(form->request().attributes.isEmpty());
        window->activateProfile(ProfileStore::kTrainingId);
        QTRY_COMPARE(window->profile().protocol, Protocol::GeoReportV2);
        QTRY_VERIFY_WITH_TIMEOUT(!form->findChild<AttributeFields*>()->isHidden(), 10000);
        QVERIFY(choice(form, kSize, QStringLiteral("Larger than a car tyre")));
    }

    // A draft's answers belong to its service: another service chosen before the questions came
    // sends none of them, and going back finds them again.
    void draftAnswersStayWithTheirService()
    {
        auto window = openWindow();
        ReportForm* form = window->form();
        chooseService(form, QStringLiteral("pothole in street"), QStringLiteral("021"));
        QTest::mouseClick(
            choice(form, kSize, QStringLiteral("Larger than a car tyre")), Qt::LeftButton);
        const QByteArray draft = form->toDraft();
        form->clear();
        form->fromDraft(draft);
        QCOMPARE(form->selectedServiceCode(), QStringLiteral("021"));
        auto* filter = child<QLineEdit>(form, QStringLiteral("Filter services"));
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("pothole bike"));
        QCOMPARE(form->selectedServiceCode(), QStringLiteral("033"));
        QVERIFY(form->request().attributes.isEmpty());
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("pothole in street"));
        // Both potholes are in the street group; the one chosen stays until the arrows move.
        QTest::keyClick(filter, Qt::Key_Up);
        QCOMPARE(form->selectedServiceCode(), QStringLiteral("021"));
        QTRY_VERIFY_WITH_TIMEOUT(!form->findChild<AttributeFields*>()->isHidden(), 10000);
        QTRY_VERIFY(choice(form, kSize, QStringLiteral("Larger than a car tyre"))->isChecked());
        QCOMPARE(form->request().attributes.value(QStringLiteral("size")),
            QStringList { QStringLiteral("large") });
    }

    // Keywords and groups find a service too ("asphalt" is 021's keyword, not in its name).
    // The city's groups head their services; a heading is never chosen, by typing or arrows.
    void servicesAreGroupedUnderHeadings()
    {
        auto window = openWindow();
        ReportForm* form = window->form();
        auto* list = child<QListView>(form, QStringLiteral("Services"));
        QAbstractItemModel* model = list->model();
        QStringList headings;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(ServiceListModel::HeadingRole).toBool()) {
                headings << index.data().toString();
                QCOMPARE(index.flags(), Qt::NoItemFlags);
            }
        }
        QVERIFY2(
            headings.contains(QLatin1String("trees")) && headings.contains(QLatin1String("street")),
            qPrintable(headings.join(QLatin1Char(','))));
        QCOMPARE(headings.size(), QSet<QString>(headings.cbegin(), headings.cend()).size());
        // Typing a group's name keeps its heading and picks its first service.
        auto* field = child<QLineEdit>(form, QStringLiteral("Filter services"));
        QTest::keyClicks(field, QStringLiteral("trees"));
        QVERIFY(model->index(0, 0).data(ServiceListModel::HeadingRole).toBool());
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("trees"));
        QCOMPARE(form->selectedServiceCode(),
            model->index(1, 0).data(ServiceListModel::CodeRole).toString());
        QVERIFY(!form->selectedServiceCode().isEmpty());
        // Up from the first service stays on it: the heading above cannot be chosen.
        QTest::keyClick(field, Qt::Key_Up);
        QCOMPARE(form->selectedServiceCode(),
            model->index(1, 0).data(ServiceListModel::CodeRole).toString());
    }

    void theFilterMatchesKeywords()
    {
        auto window = openWindow();
        ReportForm* form = window->form();
        auto* field = child<QLineEdit>(form, QStringLiteral("Filter services"));
        QTest::keyClicks(field, QStringLiteral("asphalt"));
        QCOMPARE(form->selectedServiceCode(), QStringLiteral("021"));
    }

    void questionsTakeFreeAltKeys()
    {
        auto window = openWindow();
        ReportForm* form = window->form();
        for (const auto& [filter, code] :
            { std::pair { QStringLiteral("pothole in street"), QStringLiteral("021") },
                std::pair { QStringLiteral("illegal dumping"), QStringLiteral("015") } }) {
            child<QLineEdit>(form, QStringLiteral("Filter services"))->clear();
            chooseService(form, filter, code);
            const QStringList clashes = Open311::Testing::mnemonicClashes(window.get());
            QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1String(" | "))));
        }
    }
};

QTEST_MAIN(ReportV2Test)
#include "report_v2_test.moc"
