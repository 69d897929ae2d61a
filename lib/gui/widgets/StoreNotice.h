#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Open311 {

// Says, where people look for it, why a store (the outbox, the Tracker) cannot be used. When
// its file is damaged it offers the way on: set the file aside, which keeps it, and start anew.
// The same flow for every store.
class StoreNotice : public QWidget
{
    Q_OBJECT

public:
    // `path` is the store's file, the one to set aside.
    StoreNotice(const QString& accessibleName, const QString& path, QWidget* parent = nullptr);

    void setProblem(const QString& message, bool damaged);
    QLabel* label() const { return m_label; }
    QPushButton* setAsideButton() const { return m_setAside; }

Q_SIGNALS:
    // The damaged file is now at `movedTo`, and a new store may start where it was.
    void setAside(const QString& movedTo);

private:
    void setFileAside();

    QString m_path;
    QLabel* m_label;
    QPushButton* m_setAside;
};

} // namespace Open311
