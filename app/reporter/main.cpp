#include "core/CrashHandler.h"
#include "core/SecretRedactor.h"
#include "core/SignalWatcher.h"
#include "core/Version.h"
#include "gui/kiosk/KioskWindowHost.h"
#include "gui/widgets/AppStyle.h"
#include "gui/window/DisplayWait.h"
#include "gui/window/MainWindow.h"
#include "gui/window/SingleInstance.h"
#include "gui/window/StartupProbe.h"
#include "i18n/Translations.h"
#include "profiles/AdminPin.h"
#include "profiles/KeyVault.h"
#include "profiles/ProfileStore.h"
#include "store/Outbox.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QScreen>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    Open311::SecretRedactor::installMessageHandler();
    Open311::KeyVault::claimEnvironmentKey();
    Open311::CrashHandler::install("open311-reporter");
    // Before any setting is read or written: a damaged file is copied aside first.
    const QList<Open311::ProfileStore::Damage> settingsDamage
        = Open311::ProfileStore::repairFiles();
    const Open311::ProfileStore settings;
    const bool kiosk = settings.value(QStringLiteral("kiosk/enabled"), false).toBool()
        || std::any_of(
            argv + 1, argv + argc, [](const char* a) { return qstrcmp(a, "--kiosk") == 0; });
    // A touch terminal without a keyboard gets Qt's virtual keyboard, where it is installed.
    if (kiosk && qEnvironmentVariableIsEmpty("QT_IM_MODULE")
        && QFile::exists(QLibraryInfo::path(QLibraryInfo::PluginsPath)
            + QStringLiteral("/platforminputcontexts/libqtvirtualkeyboardplugin.so")))
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");

    const auto installTranslations = [&settings] {
        const QString language = settings.value(QStringLiteral("language")).toString();
        Open311::Translations::install(language);
    };
    // Qt aborts without a display; a display that is not there in 5 s gets a message instead.
    if (Open311::DisplayWait::waitForX11(argc, argv, 5000)
        == Open311::DisplayWait::Outcome::Unreachable) {
        const QCoreApplication core(argc, argv);
        installTranslations();
        const QString display = Open311::DisplayWait::display();
        QTextStream(stderr) << (display.isEmpty()
                ? QCoreApplication::translate("main",
                    "Open311 Reporter needs a graphical session, and none was found "
                    "(DISPLAY is not set).")
                : QCoreApplication::translate("main",
                    "Open311 Reporter could not reach the display %1. Check that the "
                    "graphical session is running, then start it again.")
                      .arg(display))
                            << Qt::endl;
        return 1;
    }
    QApplication app(argc, argv);
    QApplication::setStyle(new Open311::AppStyle);
    installTranslations();
    QApplication::setApplicationName(QStringLiteral("open311-reporter"));
    QApplication::setApplicationDisplayName(QString::fromLatin1(Open311::kApplicationName));
    QApplication::setOrganizationName(QStringLiteral("Open311Reporter"));
    QApplication::setApplicationVersion(QString::fromLatin1(Open311::kVersion));
    QApplication::setDesktopFileName(QStringLiteral("io.github.open311_reporter.Reporter"));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        { QStringLiteral("training"),
            QApplication::translate("main", "Open the built-in training city.") },
        { QStringLiteral("kiosk"),
            QApplication::translate("main",
                "Run as a public kiosk: full screen, no settings, an idle reset; "
                "the administrator PIN leaves it.") },
        { QStringLiteral("hash-pin"),
            QApplication::translate("main",
                "Read a kiosk administrator PIN from standard input and print the "
                "line for kiosk/adminPin in the system configuration.") },
        { QStringLiteral("report-startup"),
            QApplication::translate("main",
                "For benchmarks: print when the first frame is painted and the idle "
                "memory, then quit.") },
    });
    parser.process(app);

    if (parser.isSet(QStringLiteral("hash-pin"))) {
        QTextStream in(stdin);
        const QString pin = in.readLine().trimmed();
        if (pin.size() < 4) {
            QTextStream(stderr) << QApplication::translate(
                "main", "The PIN needs at least 4 characters.")
                                << Qt::endl;
            return 2;
        }
        QTextStream(stdout) << "kiosk/adminPin=" << Open311::AdminPin::hash(pin) << Qt::endl;
        return 0;
    }

    // The outbox's folder: the drafts a second window would restore live there.
    Open311::SingleInstance instance(QFileInfo(Open311::Outbox::defaultPath()).absolutePath());
    const bool training = parser.isSet(QStringLiteral("training"));
    if (!instance.claim(training ? Open311::SingleInstance::Request::TrainingCity
                                 : Open311::SingleInstance::Request::Show)) {
        if (!instance.answered()) {
            QTextStream(stderr) << QApplication::translate("main",
                "Open311 Reporter is already running for this user but "
                "does not answer. Close it, or end its process, and "
                "try again.") << Qt::endl;
            return 1;
        }
        QTextStream(stdout) << QApplication::translate("main",
            "Open311 Reporter is already running; its window was brought "
            "to the front.") << Qt::endl;
        return 0;
    }

    Open311::MainWindow::Options options;
    if (training) {
        // The training city, whatever jurisdiction was active last time.
        Open311::ProfileStore().setActiveProfileId(Open311::ProfileStore::kTrainingId);
    }
    options.kiosk = kiosk;
    options.settingsDamage = settingsDamage;
    options.kioskOptions = Open311::KioskOptions::read(settings, Open311::Translations::shipped());

    Open311::SignalWatcher signals;
    const bool reportStartup = parser.isSet(QStringLiteral("report-startup"));
    const auto present = [&instance, &signals, kiosk, reportStartup](Open311::MainWindow& window) {
        QObject::connect(&instance, &Open311::SingleInstance::activationRequested, &window,
            [&window, kiosk](Open311::SingleInstance::Request request) {
                // "--training" again (the README's first command) while a city's window is
                // open: the window goes to the training city, as the command says. A kiosk stays
                // as it is.
                if (request == Open311::SingleInstance::Request::TrainingCity && !kiosk) {
                    Open311::ProfileStore().setActiveProfileId(Open311::ProfileStore::kTrainingId);
                    if (window.isStarted() && !window.profile().isTraining)
                        window.activateProfile(Open311::ProfileStore::kTrainingId);
                }
                window.setWindowState(window.windowState() & ~Qt::WindowMinimized);
                window.raise();
                window.activateWindow();
            });
        // A system shutdown or a supervisor's stop: the draft and the layout are kept, as on
        // Quit.
        QObject::connect(&signals, &Open311::SignalWatcher::terminationRequested, &window,
            &Open311::MainWindow::shutDown);
        if (reportStartup)
            new Open311::StartupProbe(&window, 3000, &window);
        if (kiosk) {
            // The whole screen even where no window manager honours full-screen requests.
            window.setGeometry(window.screen()->geometry());
            window.showFullScreen();
        } else {
            window.show();
        }
        // Keyboard shortcuts need an active window, and a session without a window manager (a
        // kiosk on a bare X server) never makes one active: Ctrl+L and the rest did nothing
        // until a click.
        window.activateWindow();
        // The outbox, the training city and the network start after the first frame.
        window.startAfterFirstFrame();
    };
    // A kiosk builds its window again in a visitor's language; a desk keeps one.
    std::unique_ptr<Open311::KioskWindowHost> kioskHost;
    std::unique_ptr<Open311::MainWindow> desk;
    if (kiosk) {
        kioskHost = std::make_unique<Open311::KioskWindowHost>(
            options, Open311::Translations::language(), present);
        present(*kioskHost->window());
    } else {
        desk = std::make_unique<Open311::MainWindow>(options);
        present(*desk);
    }
    return QApplication::exec();
}
