#include "ScopedLanguage.h"
#include "StartedWindow.h"
#include "TestSettings.h"
#include "WindowFiles.h"
#include "gui/kiosk/KioskController.h"
#include "gui/kiosk/KioskStartScreen.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/widgets/MnemonicText.h"
#include "gui/window/MainWindow.h"
#include "i18n/Translations.h"
#include "profiles/ProfileStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Open311;

// Every window in every language the app ships, on the screen ctest gives it (1366x768, and the
// kiosk's 1280x1024 and 1920x1080, at 100 % and 200 %): no label, button, tab or column header
// whose text is cut.
class LanguageFitTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_windows = 0;

    static QString where(const QWidget* widget)
    {
        return QLatin1String(widget->metaObject()->className()) + QLatin1Char(' ')
            + (widget->accessibleName().isEmpty() ? widget->accessibleDescription()
                                                  : widget->accessibleName());
    }

    // What does not fit, as "class name: text (needed > had)".
    static QStringList clipped(QWidget* top)
    {
        QStringList problems;
        const auto report
            = [&problems](const QWidget* widget, const QString& text, QSize need, QSize have) {
                  problems << QStringLiteral("%1: \"%2\" needs %3x%4, has %5x%6")
                                  .arg(where(widget), text.left(50))
                                  .arg(need.width())
                                  .arg(need.height())
                                  .arg(have.width())
                                  .arg(have.height());
              };
        for (QWidget* widget : top->findChildren<QWidget*>()) {
            if (!widget->isVisible() || widget->window() != top)
                continue;
            if (auto* label = qobject_cast<QLabel*>(widget)) {
                const QString text = label->text();
                if (text.isEmpty() || Qt::mightBeRichText(text) || !label->pixmap().isNull())
                    continue;
                const QRect room = label->contentsRect();
                if (label->wordWrap()) {
                    const int need = label->heightForWidth(label->width());
                    if (need > label->height() + 1)
                        report(label, text, QSize(room.width(), need), room.size());
                } else {
                    const QSize need = label->fontMetrics().size(Qt::TextShowMnemonic, text);
                    if (need.width() > room.width() + 1)
                        report(label, text, need, room.size());
                }
            } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
                if (button->text().isEmpty())
                    continue;
                // A check box needs its indicator beside the text; a push or tool button only
                // room for its text (a square zoom button is smaller than its size hint).
                const bool indicator
                    = qobject_cast<QCheckBox*>(button) || qobject_cast<QRadioButton*>(button);
                const QFontMetrics metrics = button->fontMetrics();
                const QString text = MnemonicText::stripped(button->text());
                QSize need = indicator ? button->sizeHint() : metrics.size(0, text) + QSize(6, 0);
                if (!indicator && !button->icon().isNull())
                    need.rwidth() += button->iconSize().width();
                if (need.width() > button->width() + 1 || need.height() > button->height() + 1)
                    report(button, text, need, button->size());
            } else if (auto* bar = qobject_cast<QTabBar*>(widget)) {
                for (int i = 0; i < bar->count(); ++i) {
                    const QString text = MnemonicText::stripped(bar->tabText(i));
                    const int need = bar->fontMetrics().horizontalAdvance(text);
                    if (need > bar->tabRect(i).width())
                        report(bar, text, QSize(need, 0), bar->tabRect(i).size());
                }
            } else if (auto* header = qobject_cast<QHeaderView*>(widget)) {
                for (int i = 0; i < header->count(); ++i) {
                    if (header->isSectionHidden(i) || header->orientation() != Qt::Horizontal)
                        continue;
                    const QString text = header->model()->headerData(i, Qt::Horizontal).toString();
                    const int need = header->fontMetrics().horizontalAdvance(text);
                    if (need > header->sectionSize(i))
                        report(header, text, QSize(need, 0), QSize(header->sectionSize(i), 0));
                }
            }
        }
        return problems;
    }

    MainWindow::Options options(bool kiosk)
    {
        MainWindow::Options options = Testing::windowFiles(m_dir, QString::number(++m_windows));
        options.kiosk = kiosk;
        return options;
    }

    static QSize screen() { return QGuiApplication::primaryScreen()->availableGeometry().size(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A large system font, as a person with low vision sets it (language_fit_test_large).
        if (const int points = qEnvironmentVariableIntValue("OPEN311_TEST_FONT_POINTS")) {
            QFont font = QApplication::font();
            font.setPointSize(points);
            QApplication::setFont(font);
        }
        QStandardPaths::setTestModeEnabled(true);
        Testing::isolateSettings(QDir(m_dir.path()));
        ProfileStore().setActiveProfileId(ProfileStore::kTrainingId);
        qInfo("screen %dx%d at %.0f %%, %d pt", screen().width(), screen().height(),
            100 * qApp->devicePixelRatio(), QApplication::font().pointSize());
    }

    void everyLanguage_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString& language : Translations::shipped())
            QTest::newRow(qPrintable(language)) << language;
    }

    void theWindowAndItsDialogs_data() { everyLanguage_data(); }
    void theWindowAndItsDialogs()
    {
        QFETCH(QString, language);
        const Testing::ScopedLanguage scoped { language };
        QVERIFY(scoped.installed() || language == u"en");
        auto window = Testing::startedWindow(options(false), screen());
        QStringList problems;
        for (int page = 0; page < window->tabs()->count(); ++page) {
            window->tabs()->setCurrentIndex(page);
            QApplication::processEvents();
            for (const QString& problem : clipped(window.get()))
                problems << window->tabs()->tabText(page) + QLatin1String(" tab: ") + problem;
        }
        SettingsDialog* settings = window->openSettings();
        QVERIFY(QTest::qWaitForWindowExposed(settings));
        for (const QString& problem : clipped(settings))
            problems << QLatin1String("Settings: ") + problem;
        settings->close();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void theKiosk_data() { everyLanguage_data(); }
    void theKiosk()
    {
        QFETCH(QString, language);
        const Testing::ScopedLanguage scoped { language };
        // The visitor's language beside English and Spanish, as a city with three would run it.
        MainWindow::Options kiosk = options(true);
        kiosk.kioskOptions.languages
            = QStringList { language, QStringLiteral("en"), QStringLiteral("es") };
        kiosk.kioskOptions.languages.removeDuplicates();
        auto window = Testing::startedWindow(kiosk, screen());
        QStringList problems;
        for (const QString& problem : clipped(window.get()))
            problems << QLatin1String("start screen: ") + problem;
        QTest::mouseClick(window->kiosk()->startScreen()->startButton(), Qt::LeftButton);
        QApplication::processEvents();
        for (const QString& problem : clipped(window.get()))
            problems << QLatin1String("form: ") + problem;
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(LanguageFitTest)
#include "language_fit_test.moc"
