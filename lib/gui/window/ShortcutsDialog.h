#pragma once

#include <QDialog>

namespace Open311 {

// Every key of the report window on one page (F1): call-center staff work from the keyboard,
// and the keys were only to be found in labels and the menu.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget* parent = nullptr);

    // The rows shown: what to do, and the keys that do it.
    static QList<QPair<QString, QString>> rows();
};

} // namespace Open311
