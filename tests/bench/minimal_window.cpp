#include "gui/window/StartupProbe.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

#ifdef OPEN311_LINK_APP_MODULES
#include <QGeoCoordinate>
#include <QNetworkAccessManager>
#include <QPrinter>
#include <QSqlDatabase>
#include <qt6keychain/keychain.h>
#endif

// The baseline of the start-up benchmark: the smallest Qt Widgets main window.
int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1280, 800);
    // --with-text: one label, so the baseline also pays for the font database.
    if (app.arguments().contains(QStringLiteral("--with-text")))
        window.setCentralWidget(new QLabel(QStringLiteral("Open311"), &window));
#ifdef OPEN311_LINK_APP_MODULES
    // Never true: it only keeps each module the report window links among this program's needs.
    if (app.arguments().contains(QStringLiteral("--use-modules"))) {
        QNetworkAccessManager network;
        QSqlDatabase::drivers();
        QGeoCoordinate coordinate;
        QPrinter printer;
        QKeychain::ReadPasswordJob job(QStringLiteral("open311"));
    }
#endif
    new Open311::StartupProbe(&window, 3000, &window);
    window.show();
    return QApplication::exec();
}
