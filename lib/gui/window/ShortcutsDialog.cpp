#include "gui/window/ShortcutsDialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Open311 {

namespace {

QString keys(const QKeySequence& sequence)
{
    return sequence.toString(QKeySequence::NativeText);
}

// The window's own keys, as the window's translation has them.
QString windowKeys(const char* keys)
{
    return QKeySequence(QCoreApplication::translate("Open311::MainWindow", keys))
        .toString(QKeySequence::NativeText);
}

} // namespace

QList<QPair<QString, QString>> ShortcutsDialog::rows()
{
    const QString ctrlEnter = keys(QKeySequence(Qt::CTRL | Qt::Key_Enter));
    return {
        { tr("Filter the services"), windowKeys("Ctrl+F") },
        { tr("Go on from the service filter to the address"), keys(QKeySequence(Qt::Key_Enter)) },
        { tr("Type the address"), windowKeys("Ctrl+L") },
        { tr("Find the address and move the pin there"), keys(QKeySequence(Qt::Key_Enter)) },
        { tr("Map: move the view"), tr("Arrow keys") },
        { tr("Map: zoom in, zoom out"),
            tr("%1, %2").arg(keys(QKeySequence(Qt::Key_Plus)), keys(QKeySequence(Qt::Key_Minus))) },
        { tr("Map: drop the pin at the centre"),
            tr("%1 or %2")
                .arg(keys(QKeySequence(Qt::Key_Enter)), keys(QKeySequence(Qt::Key_Space))) },
        { tr("Next field, previous field"),
            tr("%1, %2").arg(
                keys(QKeySequence(Qt::Key_Tab)), keys(QKeySequence(Qt::SHIFT | Qt::Key_Tab))) },
        { tr("A field or button by its underlined letter"), tr("Alt+letter") },
        { tr("Send the report"), ctrlEnter },
        { tr("Start the next report"), keys(QKeySequence(QKeySequence::New)) },
        { tr("Next tab (Report, Tracker, Outbox)"), keys(QKeySequence(Qt::CTRL | Qt::Key_Tab)) },
        { tr("Follow the request id typed in the Tracker"), keys(QKeySequence(Qt::Key_Enter)) },
        { tr("Reload the city's services"), keys(QKeySequence(QKeySequence::Refresh)) },
        { tr("Settings"), windowKeys("Ctrl+,") },
        { tr("This list"), keys(QKeySequence(QKeySequence::HelpContents)) },
        { tr("Quit"), keys(QKeySequence(QKeySequence::Quit)) },
    };
}

ShortcutsDialog::ShortcutsDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    const QList<QPair<QString, QString>> entries = rows();
    auto* table = new QTableWidget(int(entries.size()), 2, this);
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setHorizontalHeaderLabels({ tr("To"), tr("Press") });
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    for (int row = 0; row < entries.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(entries[row].first));
        table->setItem(row, 1, new QTableWidgetItem(entries[row].second));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    // Wide and tall enough for every row without scrolling.
    const int width = table->horizontalHeader()->length() + table->frameWidth() * 2 + 40;
    const int height = table->verticalHeader()->length() + table->horizontalHeader()->height()
        + table->frameWidth() * 2;
    table->setMinimumSize(width, height);
}

} // namespace Open311
