#pragma once

#include <QObject>

class QWidget;

namespace Open311 {

// A wheel turned over a value field in a scrolling column was meant for the column: without
// this, scrolling past a date or a choice changed it unseen. The field takes the wheel only once
// it has the focus, as a click or Tab gives it.
class WheelGuard : public QObject
{
    Q_OBJECT

public:
    static void protect(QWidget* field);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit WheelGuard(QWidget* field);
};

} // namespace Open311
