#include "TestSettings.h"
#include "WidgetLookup.h"
#include "WindowFiles.h"
#include "gui/report/DescriptionEdit.h"
#include "gui/report/ReportForm.h"
#include "gui/window/MainWindow.h"
#include "mapwidget/MapWidget.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Open311;
using Open311::Testing::child;

// The window on the screen it opens on: ctest runs this on a 1366x768 laptop's screen and on a
// 1024x600 netbook's (tests/data/screens). At 1366x768 the window opened at 1280x800 with the
// coordinates and the status bar below the screen's edge.
class ScreenFitTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    MainWindow::Options options(const QString& name) const
    {
        return Testing::windowFiles(m_dir, name);
    }

    // Opened as the app opens it: at its own size, not one a test chose.
    static void show(MainWindow& window)
    {
        QSignalSpy loaded(&window, &MainWindow::servicesLoaded);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.start();
        QVERIFY(loaded.wait(10000));
    }

    static void checkEveryFieldCanBeReached(MainWindow& window)
    {
        ReportForm* form = window.form();
        auto* scroll = form->findChild<QScrollArea*>();
        QVERIFY(scroll);
        const QList<QWidget*> fields {
            child<QLineEdit>(form, QStringLiteral("Filter services")),
            child<QListView>(form, QStringLiteral("Services")),
            child<QLineEdit>(form, QStringLiteral("Address")),
            form->map(),
            child<QLineEdit>(form, QStringLiteral("Latitude")),
            child<QLineEdit>(form, QStringLiteral("Longitude")),
            child<QLineEdit>(form, QStringLiteral("First name")),
            child<QLineEdit>(form, QStringLiteral("Phone")),
            child<DescriptionEdit>(form, QStringLiteral("Description")),
            child<QPushButton>(form, QStringLiteral("Send the report")),
        };
        // Tab through the call from the service filter: each field the keyboard reaches is
        // brought into view by the form itself.
        fields.first()->setFocus(Qt::TabFocusReason);
        QSet<QWidget*> seen;
        for (int press = 0; press < 40 && seen.size() < fields.size(); ++press) {
            QWidget* focused = QApplication::focusWidget();
            QVERIFY(focused);
            if (fields.contains(focused)) {
                seen.insert(focused);
                const QRect shown(
                    focused->mapTo(scroll->viewport(), QPoint(0, 0)), focused->size());
                QVERIFY2(scroll->viewport()->rect().contains(shown),
                    qPrintable(focused->accessibleName()
                        + QStringLiteral(" at %1,%2 %3x%4 in %5x%6")
                              .arg(shown.x())
                              .arg(shown.y())
                              .arg(shown.width())
                              .arg(shown.height())
                              .arg(scroll->viewport()->width())
                              .arg(scroll->viewport()->height())));
                QVERIFY2(
                    focused->width() >= 40 && focused->height() >= focused->fontMetrics().height(),
                    qPrintable(focused->accessibleName()));
            }
            QTest::keyClick(focused, Qt::Key_Tab);
        }
        QCOMPARE(seen.size(), fields.size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Open311::Testing::isolateSettings(QDir(m_dir.path()));
        QApplication::setOrganizationName(QStringLiteral("Open311ReporterTests"));
    }

    void opensWithinTheScreen()
    {
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        qInfo("screen %dx%d", available.width(), available.height());
        MainWindow window(options(QStringLiteral("first")));
        show(window);
        QVERIFY2(available.contains(window.frameGeometry()),
            qPrintable(QStringLiteral("%1x%2 at %3,%4")
                           .arg(window.frameGeometry().width())
                           .arg(window.frameGeometry().height())
                           .arg(window.frameGeometry().x())
                           .arg(window.frameGeometry().y())));
        const QRect status(
            window.statusBar()->mapTo(&window, QPoint(0, 0)), window.statusBar()->size());
        QVERIFY(window.rect().contains(status));
        QVERIFY(window.statusBar()->isVisible());
        checkEveryFieldCanBeReached(window);
        // A laptop's screen holds the whole form; only smaller ones scroll.
        if (available.height() >= 768 && available.width() >= 1366) {
            auto* scroll = window.form()->findChild<QScrollArea*>();
            QCOMPARE(scroll->verticalScrollBar()->maximum(), 0);
            QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
        }
    }

    // A v2 service's questions make the report's last column taller than the screen: the column
    // scrolls by itself, its answers keep their own lines (three radio buttons stood on top of
    // each other at 1280x800), and what takes the focus, by Tab or not, comes into view.
    void aLongColumnScrollsToWhatHasFocus()
    {
        MainWindow window(options(QStringLiteral("column")));
        show(window);
        ReportForm* form = window.form();
        auto* filter = child<QLineEdit>(form, QStringLiteral("Filter services"));
        filter->setFocus();
        QTest::keyClicks(filter, QStringLiteral("pothole in street"));
        QTRY_VERIFY_WITH_TIMEOUT(form->findChildren<QRadioButton*>().size() == 3, 10000);
        const QList<QRadioButton*> sizes = form->findChildren<QRadioButton*>();
        // Each on its own line, at its full height, once the new questions are laid out.
        const auto apart = [&sizes] {
            QString problem;
            for (int i = 1; i < sizes.size() && problem.isEmpty(); ++i) {
                if (sizes[i]->y() < sizes[i - 1]->y() + sizes[i - 1]->height()
                    || sizes[i]->height() < sizes[i]->sizeHint().height())
                    problem = QStringLiteral("%1: at %2, %3 high, needs %4")
                                  .arg(sizes[i]->text())
                                  .arg(sizes[i]->y())
                                  .arg(sizes[i]->height())
                                  .arg(sizes[i]->sizeHint().height());
            }
            return problem;
        };
        QTRY_VERIFY2(apart().isEmpty(), qPrintable(apart()));
        auto* send = child<QPushButton>(form, QStringLiteral("Send the report"));
        QScrollArea* column = nullptr;
        for (QWidget* up = send->parentWidget(); up && !column; up = up->parentWidget())
            column = qobject_cast<QScrollArea*>(up);
        QVERIFY(column && column != form->findChild<QScrollArea*>());
        const auto shown = [column](QWidget* widget) {
            return column->viewport()->rect().contains(
                QRect(widget->mapTo(column->viewport(), QPoint(0, 0)), widget->size()));
        };
        QTRY_VERIFY(column->verticalScrollBar()->maximum() > 0);
        column->verticalScrollBar()->setValue(0);
        QVERIFY(!shown(send));
        send->setFocus(Qt::OtherFocusReason);
        QTRY_VERIFY(shown(send));
        sizes.first()->setFocus(Qt::OtherFocusReason);
        QTRY_VERIFY(shown(sizes.first()));
    }

    // A size saved on a bigger monitor is brought back within this screen.
    void aSavedSizeLargerThanTheScreenIsFitted()
    {
        {
            MainWindow big(options(QStringLiteral("big")));
            big.resize(2400, 1600);
            big.move(300, 200);
            show(big);
            big.close();
        }
        QVERIFY(QSettings().contains(QStringLiteral("window/geometry")));
        MainWindow window(options(QStringLiteral("big")));
        show(window);
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        QVERIFY2(available.contains(window.frameGeometry()),
            qPrintable(QStringLiteral("%1x%2")
                           .arg(window.frameGeometry().width())
                           .arg(window.frameGeometry().height())));
        checkEveryFieldCanBeReached(window);
    }
};

QTEST_MAIN(ScreenFitTest)
#include "screen_fit_test.moc"
