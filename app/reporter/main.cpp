#include "MainWindow.h"
#include "ProfileStore.h"
#include "SecretRedactor.h"
#include "Translations.h"
#include "StartupProbe.h"
#include "Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char* argv[])
{
    Open311::SecretRedactor::installMessageHandler();
    QApplication app(argc, argv);
    {
        const QString language = Open311::ProfileStore().value(QStringLiteral("language")).toString();
        Open311::Translations::install(language.isEmpty() ? QLocale::system() : QLocale(language));
    }
    QApplication::setApplicationName(QStringLiteral("open311-reporter"));
    QApplication::setApplicationDisplayName(QString::fromLatin1(Open311::kApplicationName));
    QApplication::setOrganizationName(QStringLiteral("Open311Reporter"));
    QApplication::setApplicationVersion(QString::fromLatin1(Open311::kVersion));
    QApplication::setDesktopFileName(QStringLiteral("io.github.open311_reporter.Reporter"));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({ QStringLiteral("training"),
                       QApplication::translate("main", "Open the built-in training city.") });
    parser.addOption({ QStringLiteral("report-startup"),
                       QApplication::translate("main", "For benchmarks: print when the first frame is "
                                                       "painted and the idle memory, then quit.") });
    parser.process(app);

    Open311::MainWindow window({});
    if (parser.isSet(QStringLiteral("report-startup")))
        new Open311::StartupProbe(&window, 3000, &window);
    window.show();
    // The outbox, the training city and the network start after the first frame.
    QTimer::singleShot(0, &window, &Open311::MainWindow::start);
    return QApplication::exec();
}
