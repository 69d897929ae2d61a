#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Open311 {

// Says, where people look for it, why a store (the outbox, the Tracker) cannot be used. When
// its file is damaged it offers the way on: set the file aside, which keeps it, and start anew.
class StoreNotice : public QWidget
{
    Q_OBJECT

public:
    explicit StoreNotice(const QString& accessibleName, QWidget* parent = nullptr);

    void setProblem(const QString& message, bool damaged);
    QLabel* label() const { return m_label; }
    QPushButton* setAsideButton() const { return m_setAside; }

Q_SIGNALS:
    void setAsideRequested();

private:
    QLabel* m_label;
    QPushButton* m_setAside;
};

} // namespace Open311
