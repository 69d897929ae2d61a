#include "TestSettings.h"
#include "gui/widgets/AppStyle.h"
#include "gui/widgets/ColorContrast.h"
#include "gui/window/MainWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStringListModel>
#include <QStyleFactory>
#include <QStyleOptionButton>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

using namespace Open311;

namespace {

bool imagePluginLoaded()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return !maps.open(QIODevice::ReadOnly) || maps.readAll().contains("/imageformats/");
}

// Pixels of the icon's colour, ignoring alpha, and whether the corners are clear.
int inkPixels(const QImage& image, const QColor& ink)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 60 && qAbs(c.red() - ink.red()) < 40
                && qAbs(c.green() - ink.green()) < 40 && qAbs(c.blue() - ink.blue()) < 40)
                ++count;
        }
    }
    return count;
}

} // namespace

class AppStyleTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Testing::isolateSettings(QDir(m_dir.path()));
        QApplication::setStyle(new AppStyle);
    }

    // Where the keyboard is must show: the service list and the description drew no focus at
    // all, and an operator typed a caller's words into the wrong place.
    void focusShowsOnListsAndTextBoxes()
    {
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* list = new QListView(&window);
        auto* model
            = new QStringListModel({ QStringLiteral("Pothole"), QStringLiteral("Graffiti") }, list);
        list->setModel(model);
        auto* text = new QPlainTextEdit(&window);
        layout->addWidget(list);
        layout->addWidget(text);
        window.resize(300, 400);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        const QColor highlight = window.palette().color(QPalette::Highlight);
        // The highlight along a widget's frame, where nothing else of that colour is drawn.
        const auto frameInk = [&](QWidget* widget) {
            const QImage image = widget->grab().toImage();
            int count = 0;
            for (int x = 0; x < image.width(); ++x) {
                for (int y : { 0, 1, image.height() - 1, image.height() - 2 }) {
                    const QColor c = image.pixelColor(x, y);
                    if (qAbs(c.red() - highlight.red()) < 30
                        && qAbs(c.green() - highlight.green()) < 30
                        && qAbs(c.blue() - highlight.blue()) < 30)
                        ++count;
                }
            }
            return count;
        };
        list->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(list->hasFocus());
        const int listFocused = frameInk(list);
        const int textUnfocused = frameInk(text);
        text->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(text->hasFocus());
        QVERIFY2(listFocused > list->width(), qPrintable(QString::number(listFocused)));
        QCOMPARE(textUnfocused, 0);
        QVERIFY(frameInk(text) > text->width());
        QCOMPARE(frameInk(list), 0);
    }

    // The first image Qt reads opens every image plug-in; the window must not need one to
    // show itself (the tiles and the services come after the first frame).
    void windowOpensWithoutReadingAnImage()
    {
        QVERIFY(!imagePluginLoaded());
        // What a bare X server (a kiosk) gives: an icon theme without these icons.
        QIcon::setThemeName(QStringLiteral("hicolor"));
        MainWindow::Options options;
        options.outboxPath = m_dir.filePath(QStringLiteral("outbox.sqlite"));
        options.trackerPath = m_dir.filePath(QStringLiteral("tracker.sqlite"));
        options.cacheDirectory = m_dir.filePath(QStringLiteral("cache"));
        MainWindow window(options);
        window.resize(400, 600); // narrow: the menu bar shows its overflow button too
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.grab().isNull());
        QVERIFY(!imagePluginLoaded());
    }

    // What marks out a field, a button or a box to tick stands 3:1 against the window (WCAG
    // 1.4.11): Fusion's edges gave about 2:1 on a light window and none at all on black.
    void controlEdgesStandOutInEveryPalette_data()
    {
        QTest::addColumn<QColor>("window");
        QTest::addColumn<QColor>("ink");
        QTest::newRow("light") << QColor(0xef, 0xef, 0xef) << QColor(Qt::black);
        QTest::newRow("dark") << QColor(0x2a, 0x2a, 0x2a) << QColor(0xeb, 0xeb, 0xeb);
        QTest::newRow("high contrast") << QColor(Qt::black) << QColor(Qt::white);
    }

    void controlEdgesStandOutInEveryPalette()
    {
        QFETCH(QColor, window);
        QFETCH(QColor, ink);
        QWidget host;
        QPalette palette = host.palette();
        for (const auto role : { QPalette::Window, QPalette::Base, QPalette::Button })
            palette.setColor(role, window);
        for (const auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
            palette.setColor(role, ink);
        host.setPalette(palette);
        host.setAutoFillBackground(true);
        auto* layout = new QVBoxLayout(&host);
        auto* line = new QLineEdit(&host);
        auto* button = new QPushButton(QStringLiteral("Send"), &host);
        auto* combo = new QComboBox(&host);
        combo->addItem(QStringLiteral("All statuses"));
        auto* text = new QPlainTextEdit(&host);
        text->setFixedHeight(60);
        auto* check = new QCheckBox(QStringLiteral("Archived"), &host);
        auto* radio = new QRadioButton(QStringLiteral("Small"), &host);
        // A v2 question's date, as the form shows it, and the Tracker's interval.
        auto* date = new QDateTimeEdit(&host);
        date->setCalendarPopup(true);
        auto* number = new QSpinBox(&host);
        const QList<QWidget*> boxes { line, button, combo, text, date, number };
        for (QWidget* widget : boxes)
            layout->addWidget(widget);
        layout->addWidget(check);
        layout->addWidget(radio);
        host.resize(320, 400);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        // A focused control shows the highlight instead; that is the palette's to choose.
        host.setFocusPolicy(Qt::StrongFocus);
        host.setFocus();
        QTRY_VERIFY(host.hasFocus());
        const QImage image = host.grab().toImage();

        QStringList faint;
        // The strongest of the three outermost pixels at the middle of each side.
        const auto checkEdges = [&](const QString& name, const QRect& rect) {
            const QPoint middle = rect.center();
            const QList<std::pair<QPoint, QPoint>> sides {
                { QPoint(rect.left(), middle.y()), QPoint(1, 0) },
                { QPoint(rect.right(), middle.y()), QPoint(-1, 0) },
                { QPoint(middle.x(), rect.top()), QPoint(0, 1) },
                { QPoint(middle.x(), rect.bottom()), QPoint(0, -1) },
            };
            for (const auto& [edge, inward] : sides) {
                double best = 1.0;
                for (int i = 0; i < 3; ++i)
                    best = std::max(
                        best, ColorContrast::ratio(image.pixelColor(edge + inward * i), window));
                if (best < 3.0)
                    faint << QStringLiteral("%1 at (%2, %3): %4:1")
                                 .arg(name)
                                 .arg(edge.x())
                                 .arg(edge.y())
                                 .arg(best, 0, 'f', 2);
            }
        };
        for (QWidget* widget : boxes)
            checkEdges(QLatin1String(widget->metaObject()->className()), widget->geometry());
        for (QAbstractButton* box : std::initializer_list<QAbstractButton*> { check, radio }) {
            QStyleOptionButton option;
            option.initFrom(box);
            const QRect indicator = box->style()->subElementRect(
                box == check ? QStyle::SE_CheckBoxIndicator : QStyle::SE_RadioButtonIndicator,
                &option, box);
            checkEdges(
                QLatin1String(box->metaObject()->className()), indicator.translated(box->pos()));
        }
        // Fusion draws a spin box's outline a pixel in from the top and bottom; the new edge lies
        // on it, not beside it as a second line.
        const QRect spin = number->geometry();
        for (const int y : { spin.top() + 1, spin.bottom() - 1 }) {
            const double ratio
                = ColorContrast::ratio(image.pixelColor(spin.center().x(), y), window);
            if (ratio < 3.0)
                faint << QStringLiteral("QSpinBox outline at y %1: %2:1")
                             .arg(y)
                             .arg(ratio, 0, 'f', 2);
        }
        QVERIFY2(faint.isEmpty(), qPrintable(faint.join(QLatin1Char('\n'))));
    }

    // The default button's highlighted outline, and a field's focus, are Fusion's own.
    void highlightedOutlinesAreLeftAlone()
    {
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        QVERIFY(fusion);
        // A blinking text cursor would make the two pictures differ by their timing alone.
        const int flash = QApplication::cursorFlashTime();
        QApplication::setCursorFlashTime(0);
        const auto restoreFlash = qScopeGuard([flash] { QApplication::setCursorFlashTime(flash); });
        QWidget host;
        auto* layout = new QVBoxLayout(&host);
        auto* button = new QPushButton(QStringLiteral("Send"), &host);
        button->setDefault(true);
        auto* line = new QLineEdit(&host);
        auto* number = new QSpinBox(&host);
        layout->addWidget(button);
        layout->addWidget(line);
        layout->addWidget(number);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        host.activateWindow();
        const QList<QWidget*> widgets { &host, button, line, number };
        for (QWidget* focused : { static_cast<QWidget*>(line), static_cast<QWidget*>(number) }) {
            focused->setFocus();
            QTRY_VERIFY(focused->hasFocus());
            const QImage ours = host.grab().toImage();
            for (QWidget* widget : widgets)
                widget->setStyle(fusion.get());
            const QImage theirs = host.grab().toImage();
            for (QWidget* widget : widgets)
                widget->setStyle(nullptr);
            // The controls left unfocused have their redrawn edges; these two do not.
            for (QWidget* compared : { static_cast<QWidget*>(button), focused })
                QVERIFY2(ours.copy(compared->geometry()) == theirs.copy(compared->geometry()),
                    compared->metaObject()->className());
        }
    }

    void drawnIconsFollowThePalette_data()
    {
        QTest::addColumn<QColor>("text");
        QTest::addColumn<QColor>("base");
        QTest::newRow("light") << QColor(Qt::black) << QColor(Qt::white);
        QTest::newRow("dark") << QColor(235, 235, 235) << QColor(30, 30, 30);
    }

    void drawnIconsFollowThePalette()
    {
        QFETCH(QColor, text);
        QFETCH(QColor, base);
        const QPalette before = QApplication::palette();
        QPalette palette = before;
        palette.setColor(QPalette::Text, text);
        palette.setColor(QPalette::WindowText, text);
        palette.setColor(QPalette::Base, base);
        QApplication::setPalette(palette);

        for (const auto icon :
            { QStyle::SP_LineEditClearButton, QStyle::SP_ToolBarHorizontalExtensionButton,
                QStyle::SP_ToolBarVerticalExtensionButton }) {
            for (const qreal scale : { 1.0, 2.0 }) {
                const QImage image = QApplication::style()
                                         ->standardIcon(icon)
                                         .pixmap(QSize(16, 16), scale)
                                         .toImage();
                QCOMPARE(image.size(), QSize(16, 16) * scale);
                QCOMPARE(image.pixelColor(0, 0).alpha(), 0);
                QCOMPARE(image.pixelColor(image.width() - 1, image.height() - 1).alpha(), 0);
                QVERIFY2(
                    inkPixels(image, text) >= 8 * scale * scale, qPrintable(QString::number(icon)));
            }
        }
        QApplication::setPalette(before);
    }
};

QTEST_MAIN(AppStyleTest)
#include "app_style_test.moc"
