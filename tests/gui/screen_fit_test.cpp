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
