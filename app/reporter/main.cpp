#include "MainWindow.h"
#include "SecretRedactor.h"
#include "Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char* argv[])
{
    Open311::SecretRedactor::installMessageHandler();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("open311-reporter"));
    QApplication::setApplicationDisplayName(QString::fromLatin1(Open311::kApplicationName));
    QApplication::setOrganizationName(QStringLiteral("Open311Reporter"));
    QApplication::setApplicationVersion(QString::fromLatin1(Open311::kVersion));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({ QStringLiteral("training"),
                       QApplication::translate("main", "Open the built-in training city.") });
    parser.process(app);

    Open311::MainWindow window;
    window.show();
    // Servers and databases start after the first frame, so the window appears at once.
    QTimer::singleShot(0, &window, &Open311::MainWindow::openTrainingCity);
    return QApplication::exec();
}
