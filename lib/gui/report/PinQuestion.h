#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QMessageBox;
class QWidget;

namespace Open311 {

// "Which place is meant?": asked before a report goes out with a pin that was placed for
// another address than the one now typed. The person answers; nothing is sent before that.
class PinQuestion : public QObject
{
    Q_OBJECT

public:
    enum class Answer
    {
        KeepPin,
        DropPin,
        BackToAddress,
    };

    // The question opens over parent's window.
    explicit PinQuestion(QWidget* parent);

    // An empty pinAddress: the pin was placed before the address was typed, or by "Use my
    // location". Asked once at a time: a second call while it is open does nothing.
    void ask(const QString& pinAddress, const QString& typed, bool touch);
    // Closes the question without an answer (a reset of the form).
    void dismiss();

Q_SIGNALS:
    void answered(Open311::PinQuestion::Answer answer);

private:
    QWidget* m_parent;
    bool m_asking = false;
    QPointer<QMessageBox> m_box;
};

} // namespace Open311
