#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QMessageBox;
class QWidget;

namespace Open311 {

// Questions about the place, asked before a report goes out: "Which place is meant?" for a pin
// that was placed for another address than the one now typed, and "Send it anyway?" for a pin
// outside the city's service area. The person answers; nothing is sent before that.
class PinQuestion : public QObject
{
    Q_OBJECT

public:
    enum class Answer
    {
        KeepPin,
        DropPin,
        BackToAddress,
        SendOutsideArea,
    };

    // The question opens over parent's window.
    explicit PinQuestion(QWidget* parent);

    // An empty pinAddress: the pin was placed before the address was typed, or by "Use my
    // location". Asked once at a time: a second call while it is open does nothing.
    void ask(const QString& pinAddress, const QString& typed, bool touch);
    // areaWarning: "This place is outside CITY; the city may not handle it."
    void askOutsideArea(const QString& areaWarning, bool touch);
    // Closes the question without an answer (a reset of the form).
    void dismiss();

Q_SIGNALS:
    void answered(Open311::PinQuestion::Answer answer);

private:
    struct Choice
    {
        QString label;
        QString description;
        Answer answer;
    };
    // The last choice is the default and the escape: it sends nothing.
    void open(const QString& title, const QString& text, const QList<Choice>& choices, bool touch);

    QWidget* m_parent;
    bool m_asking = false;
    QPointer<QMessageBox> m_box;
};

} // namespace Open311
