#include "StartupProbe.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

// The baseline of the start-up benchmark: the smallest Qt Widgets main window.
int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1280, 800);
    // --with-text: one label, so the baseline also pays for the font database.
    if (app.arguments().contains(QStringLiteral("--with-text")))
        window.setCentralWidget(new QLabel(QStringLiteral("Open311"), &window));
    new Open311::StartupProbe(&window, 3000, &window);
    window.show();
    return QApplication::exec();
}
