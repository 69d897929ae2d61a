#include "ScopedLanguage.h"
#include "StartedWindow.h"
#include "TestSettings.h"
#include "WidgetLookup.h"
#include "WindowFiles.h"
#include "gui/outbox/OutboxPanel.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/tracker/TrackerModel.h"
#include "gui/tracker/TrackerPanel.h"
#include "gui/window/MainWindow.h"
#include "i18n/Translations.h"
#include "profiles/ProfileStore.h"
#include "store/TrackerStore.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QStyleOptionViewItem>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <algorithm>

using namespace Open311;
using Open311::Testing::child;

namespace {

const QString kProfile = QStringLiteral("test");

qint64 at(int month, int hour)
{
    return QDateTime(QDate(2026, month, 28), QTime(hour, 58, 58)).toMSecsSinceEpoch();
}

RequestStatus status(const QString& id, const QString& word, const QString& notes = QString())
{
    return { id, word, notes, QStringLiteral("Pothole in Street") };
}

// The width a cell's text takes on one line with its margins, as the view's delegate and style
// measure it (in the cell's own font: bold for a row with unseen changes).
int neededWidth(const QTableView* view, const QModelIndex& index)
{
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.rect = QRect();
    option.font = view->font();
    option.fontMetrics = view->fontMetrics();
    option.widget = view;
    return view->itemDelegateForIndex(index)->sizeHint(option, index).width();
}

// A cell's text is shown whole, on one line: it fits the cell the view paints it in.
bool shownWhole(const QTableView* view, const QModelIndex& index)
{
    return neededWidth(view, index) <= view->visualRect(index).width();
}

// Where QLineEdit paints its placeholder: the style's contents rect, less the text margins and
// the 2 px QLineEdit keeps on each side.
int placeholderRoom(const QLineEdit* edit)
{
    QStyleOptionFrame option;
    option.initFrom(edit);
    option.rect = edit->contentsRect();
    option.lineWidth = edit->hasFrame()
        ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit)
        : 0;
    option.state |= QStyle::State_Sunken;
    const QRect contents
        = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit);
    const QMargins margins = edit->textMargins();
    return contents.width() - margins.left() - margins.right() - 2 * 2;
}

QString describe(const QLineEdit* edit)
{
    return QStringLiteral("\"%1\": %2 px of text in %3 px")
        .arg(edit->placeholderText())
        .arg(edit->fontMetrics().horizontalAdvance(edit->placeholderText()))
        .arg(placeholderRoom(edit));
}

} // namespace

class PanelsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<TrackerStore> openStore()
    {
        auto store = std::make_unique<TrackerStore>(
            m_dir.filePath(QStringLiteral("tracker-%1.sqlite").arg(++m_files)));
        QString error;
        if (!store->open(error))
            qFatal("tracker store: %s", qPrintable(error));
        return store;
    }

    static void follow(
        TrackerStore& store, const QString& id, const QString& address, qint64 submittedMs)
    {
        TrackedRequest request;
        request.profile = kProfile;
        request.requestId = id;
        request.serviceName = QStringLiteral("Pothole in Street");
        request.address = address;
        request.submittedMs = submittedMs;
        QVERIFY(store.add(request));
    }

    std::unique_ptr<MainWindow> openWindow()
    {
        return Open311::Testing::startedWindow(
            Testing::windowFiles(m_dir, QStringLiteral("window-%1").arg(++m_files)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Open311::Testing::isolateSettings(QDir(m_dir.path()));
        QApplication::setOrganizationName(QStringLiteral("Open311ReporterTests"));
        Translations::install(QLocale(QLocale::English));
    }

    // The details' history said "open" where the table and its filter said "Open" (and the
    // Spanish table "Abierta"): one status has one wording, from TrackerModel::statusText.
    void statusWordsAreTheTablesEverywhere_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("open");
        QTest::addColumn<QString>("closed");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Open")
                            << QStringLiteral("Closed");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Abierta")
                            << QStringLiteral("Cerrada");
    }

    void statusWordsAreTheTablesEverywhere()
    {
        QFETCH(QString, language);
        QFETCH(QString, open);
        QFETCH(QString, closed);
        const Testing::ScopedLanguage scoped { QLocale(language) };
        QVERIFY(scoped.installed() || language == QLatin1String("en"));

        QCOMPARE(TrackerModel::statusText(QStringLiteral("open")), open);
        QCOMPARE(TrackerModel::statusText(QStringLiteral("OPEN")), open);
        QCOMPARE(TrackerModel::statusText(QStringLiteral("closed")), closed);
        // A word outside GeoReport v1 is the city's own, shown as it came.
        QCOMPARE(
            TrackerModel::statusText(QStringLiteral("in_review")), QStringLiteral("in_review"));

        auto store = openStore();
        const QString id = QStringLiteral("4101");
        follow(*store, id, QStringLiteral("1 Oak Street"), at(3, 10));
        store->recordStatus(kProfile, status(id, QStringLiteral("open")), at(3, 11), at(12, 10));
        store->recordStatus(kProfile,
            status(id, QStringLiteral("open"), QStringLiteral("Crew assigned")), at(3, 12),
            at(12, 10));
        TrackerModel model(store.get());
        model.setProfile(kProfile);
        TrackerPanel panel(store.get(), &model);
        panel.setProfile(kProfile);
        const QString tableWord
            = panel.view()->model()->index(0, TrackerModel::Status).data().toString();
        QCOMPARE(tableWord, open);
        QCOMPARE(panel.findChild<QComboBox*>()->itemText(1), open); // the status filter

        QWidget* details = panel.openDetails(id);
        QVERIFY(details);
        const auto closeDetails = qScopeGuard([details] { delete details; });
        auto* history = details->findChild<QTableWidget*>();
        QVERIFY(history);
        QCOMPARE(history->rowCount(), 2);
        for (int row = 0; row < history->rowCount(); ++row)
            QCOMPARE(history->item(row, 1)->text(), tableWord);
        auto* summary = details->findChild<QLabel*>();
        QVERIFY2(summary->text().contains(QStringLiteral(" \u2014 %1\n").arg(tableWord)),
            qPrintable(summary->text()));

        store->recordStatus(kProfile, status(id, QStringLiteral("closed")), at(3, 13), 0);
        model.refreshRow(id);
        QCOMPARE(panel.view()->model()->index(0, TrackerModel::Status).data().toString(), closed);
        QWidget* again = panel.openDetails(id);
        QVERIFY(again);
        const auto closeAgain = qScopeGuard([again] { delete again; });
        QCOMPARE(again->findChild<QTableWidget*>()->item(2, 1)->text(), closed);
    }

    // Dates wrapped onto two lines in the Tracker: its date columns were sized once, for the
    // regular font, so a bold (changed) row or a larger font cut them. In the details' history,
    // the "When" column had Qt's default 100 px.
    void datesStayOnOneLine()
    {
        auto store = openStore();
        const QList<int> months = { 1, 5, 9, 12 };
        for (const int month : months) {
            const QString id = QString::number(5000 + month);
            follow(*store, id, QStringLiteral("1 Oak Street"), at(month, month % 2 ? 10 : 22));
            store->recordStatus(
                kProfile, status(id, QStringLiteral("open")), at(month, 23), at(5, 10));
            // A second answer with news: the row turns bold until someone looks.
            if (month != 9)
                store->recordStatus(kProfile,
                    status(id, QStringLiteral("open"), QStringLiteral("Crew assigned")), at(5, 22),
                    at(12, 22));
        }
        TrackerModel model(store.get());
        model.setProfile(kProfile);
        TrackerPanel panel(store.get(), &model);
        panel.setProfile(kProfile);
        panel.resize(1280, 800);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTableView* view = panel.view();
        QCOMPARE(view->model()->rowCount(), months.size());
        QVERIFY(!view->wordWrap());

        const auto checkDates = [&](const QString& when) {
            bool anyBold = false;
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                for (const int column : { int(TrackerModel::Submitted),
                         int(TrackerModel::LastChecked), int(TrackerModel::NextCheck) }) {
                    const QModelIndex index = view->model()->index(row, column);
                    QVERIFY(!index.data().toString().isEmpty());
                    anyBold = anyBold || qvariant_cast<QFont>(index.data(Qt::FontRole)).bold();
                    QVERIFY2(shownWhole(view, index),
                        qPrintable(QStringLiteral("%1: \"%2\" needs %3 px, has %4")
                                       .arg(when, index.data().toString())
                                       .arg(neededWidth(view, index))
                                       .arg(view->visualRect(index).width())));
                }
            }
            QVERIFY(anyBold);
        };
        checkDates(QStringLiteral("as opened"));
        if (QTest::currentTestFailed())
            return;

        // The person's own font, set while the Tracker is open (or a style sheet's).
        QFont larger = panel.font();
        if (larger.pointSizeF() > 0)
            larger.setPointSizeF(larger.pointSizeF() * 1.5);
        else
            larger.setPixelSize(larger.pixelSize() * 3 / 2);
        panel.setFont(larger);
        checkDates(QStringLiteral("in a larger font"));
        if (QTest::currentTestFailed())
            return;

        QWidget* details = panel.openDetails(QStringLiteral("5005"));
        QVERIFY(details);
        const auto closeDetails = qScopeGuard([details] { delete details; });
        QVERIFY(QTest::qWaitForWindowExposed(details));
        auto* history = details->findChild<QTableWidget*>();
        QVERIFY(history);
        QVERIFY(!history->wordWrap());
        QCOMPARE(history->rowCount(), 2);
        for (int row = 0; row < history->rowCount(); ++row) {
            for (const int column : { 0, 1 }) {
                const QModelIndex index = history->model()->index(row, column);
                QVERIFY2(shownWhole(history, index),
                    qPrintable(QStringLiteral("history: \"%1\" needs %2 px, has %3")
                                   .arg(index.data().toString())
                                   .arg(neededWidth(history, index))
                                   .arg(history->visualRect(index).width())));
            }
        }
    }

    // The address column wrapped while an empty notes column sat wide: the address now gets
    // what it needs while there is room, shares the room with the notes when both are long,
    // and is elided on one line with the whole of it in the tooltip.
    void addressAndNotesShareTheWidth()
    {
        auto store = openStore();
        const QString address = QStringLiteral("1234 Martin Luther King Junior Boulevard");
        follow(*store, QStringLiteral("6001"), address, at(4, 10));
        TrackerModel model(store.get());
        model.setProfile(kProfile);
        TrackerPanel panel(store.get(), &model);
        panel.setProfile(kProfile);
        panel.resize(1280, 800);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTableView* view = panel.view();
        QHeaderView* header = view->horizontalHeader();
        const QModelIndex place = view->model()->index(0, TrackerModel::Place);
        QCOMPARE(place.data().toString(), address);
        QTRY_VERIFY2(shownWhole(view, place),
            qPrintable(QStringLiteral("%1 px needed, %2 px given, notes %3 px")
                           .arg(neededWidth(view, place))
                           .arg(view->visualRect(place).width())
                           .arg(header->sectionSize(TrackerModel::Notes))));
        QCOMPARE(place.data(Qt::ToolTipRole).toString(), address);

        // Both long: they share the room, each elided, and nothing scrolls sideways.
        const QString longAddress = address
            + QStringLiteral(", between Elm Street and the Old Market Square, "
                             "opposite the public library, Sandbox City");
        const QString notes = QStringLiteral(
            "The crew inspected the site and found a deep pothole across both "
            "lanes; a temporary patch is scheduled, and a full repair will follow.");
        follow(*store, QStringLiteral("6002"), longAddress, at(4, 11));
        store->recordStatus(kProfile, status(QStringLiteral("6002"), QStringLiteral("open"), notes),
            at(4, 12), at(5, 10));
        model.refresh();
        QCOMPARE(view->model()->rowCount(), 2);
        QTRY_VERIFY2(qAbs(header->sectionSize(TrackerModel::Place)
                         - header->sectionSize(TrackerModel::Notes))
                <= 1,
            qPrintable(QStringLiteral("address %1 px, notes %2 px")
                           .arg(header->sectionSize(TrackerModel::Place))
                           .arg(header->sectionSize(TrackerModel::Notes))));
        QVERIFY2(header->length() <= view->viewport()->width(),
            qPrintable(QStringLiteral("%1 px of columns in %2 px")
                           .arg(header->length())
                           .arg(view->viewport()->width())));
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, TrackerModel::Place);
            if (index.data().toString() != longAddress)
                continue;
            QVERIFY(!shownWhole(view, index));
            QCOMPARE(index.data(Qt::ToolTipRole).toString(), longAddress);
            const QModelIndex notesIndex = view->model()->index(row, TrackerModel::Notes);
            QVERIFY(!shownWhole(view, notesIndex));
            QCOMPARE(notesIndex.data(Qt::ToolTipRole).toString(), notes);
        }
        QVERIFY(!view->wordWrap());
    }

    // In Spanish the API key field read "Nueva c…", the Tracker's field "Número de solicit…" and
    // the Outbox's "Número dado por…": each placeholder is the field's only label, so it must
    // show whole in the room QLineEdit paints it in.
    void spanishFieldNamesShowWhole()
    {
        const Testing::ScopedLanguage spanish { QLocale(QStringLiteral("es")) };
        QVERIFY(spanish.installed());
        auto window = openWindow();

        window->tabs()->setCurrentWidget(window->trackerPanel());
        auto* follow = child<QLineEdit>(
            window->trackerPanel(), QStringLiteral("N\u00famero de solicitud que seguir"));
        QTRY_VERIFY(follow->isVisible());
        QCOMPARE(follow->placeholderText(), QStringLiteral("N\u00famero de solicitud que seguir"));
        QVERIFY2(follow->fontMetrics().horizontalAdvance(follow->placeholderText())
                <= placeholderRoom(follow),
            qPrintable(describe(follow)));

        auto* outbox = window->findChild<OutboxPanel*>();
        QVERIFY(outbox);
        window->tabs()->setCurrentWidget(outbox);
        auto* recordId = child<QLineEdit>(
            outbox, QStringLiteral("N\u00famero de solicitud dado por la ciudad"));
        QTRY_VERIFY(recordId->isVisible());
        QCOMPARE(recordId->placeholderText(), QStringLiteral("N\u00famero dado por la ciudad"));
        QVERIFY2(recordId->fontMetrics().horizontalAdvance(recordId->placeholderText())
                <= placeholderRoom(recordId),
            qPrintable(describe(recordId)));

        SettingsDialog* settings = window->openSettings();
        QVERIFY(settings);
        const auto closeSettings = qScopeGuard([settings] { settings->close(); });
        QVERIFY(QTest::qWaitForWindowExposed(settings));
        auto* newKey = child<QLineEdit>(settings, QStringLiteral("Nueva clave de API"));
        QCOMPARE(newKey->placeholderText(), QStringLiteral("Nueva clave de API"));
        QVERIFY2(newKey->fontMetrics().horizontalAdvance(newKey->placeholderText())
                <= placeholderRoom(newKey),
            qPrintable(QStringLiteral("training city: ") + describe(newKey)));
        // The longest state of a key ("Definida por el administrador") sat beside the field.
        qputenv("OPEN311_API_KEY", "provisioned-key");
        const auto unsetKey = qScopeGuard([] { qunsetenv("OPEN311_API_KEY"); });
        settings->selectProfile(ProfileStore::kMiamiDadeId);
        const QString provisioned = QStringLiteral("Definida por el administrador");
        const auto showsProvisioned = [&] {
            const QList<QLabel*> labels = settings->findChildren<QLabel*>();
            return std::any_of(labels.cbegin(), labels.cend(),
                [&](const QLabel* label) { return label->text() == provisioned; });
        };
        QTRY_VERIFY(showsProvisioned());
        QCoreApplication::processEvents(); // the layout request the new text posted
        QVERIFY2(newKey->fontMetrics().horizontalAdvance(newKey->placeholderText())
                <= placeholderRoom(newKey),
            qPrintable(QStringLiteral("key set by the administrator: ") + describe(newKey)));
    }
};

QTEST_MAIN(PanelsTest)
#include "panels_test.moc"
