#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Open311 {

// The kiosk's "are you still there?": large, on a card over the visitor's dimmed form, so that
// they see at a glance that it is about their report. The controller gives the texts, keeps
// the time, and treats any input as an answer.
class KioskCountdownOverlay : public QWidget
{
    Q_OBJECT

public:
    explicit KioskCountdownOverlay(QWidget* parent);

    void setMessage(const QString& text);
    QString message() const;
    QLabel* messageLabel() const { return m_message; }
    QPushButton* carryOnButton() const { return m_carryOn; }
    QWidget* card() const { return m_card; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QWidget* m_card;
    QLabel* m_message;
    QPushButton* m_carryOn;
};

} // namespace Open311
