#include "gui/report/PinQuestion.h"

#include "gui/report/ReportFormText.h"

#include <QHash>
#include <QMessageBox>
#include <QPushButton>

namespace Open311 {

PinQuestion::PinQuestion(QWidget* parent)
    : QObject(parent)
    , m_parent(parent)
{ }

void PinQuestion::ask(const QString& pinAddress, const QString& typed, bool touch)
{
    const QString question = pinAddress.trimmed().isEmpty()
        ? ReportFormText::tr("The pin was not placed for \u201c%1\u201d: it was put there before "
                             "the address was typed, or shows where this computer is. The city "
                             "uses the pin to find the problem.")
              .arg(typed)
        : ReportFormText::tr("The pin was placed for \u201c%1\u201d, but the address now reads "
                             "\u201c%2\u201d. The city uses the pin to find the problem.")
              .arg(pinAddress, typed);
    open(ReportFormText::tr("Which place is meant?"), question,
        { { ReportFormText::tr("Send with the &pin"),
              ReportFormText::tr("The pin's place goes to the city with the address as typed."),
              Answer::KeepPin },
            { ReportFormText::tr("Send the &address alone"),
                ReportFormText::tr("The pin is taken off; the city gets no map position."),
                Answer::DropPin },
            { ReportFormText::tr("&Back to the address"), QString(), Answer::BackToAddress } },
        touch);
}

void PinQuestion::askOutsideArea(const QString& areaWarning, bool touch)
{
    open(ReportFormText::tr("Send it anyway?"), areaWarning,
        { { ReportFormText::tr("Send it &anyway"),
              ReportFormText::tr("The report goes to this city with the pin where it is."),
              Answer::SendOutsideArea },
            { ReportFormText::tr("&Back to the place"), QString(), Answer::BackToAddress } },
        touch);
}

void PinQuestion::open(
    const QString& title, const QString& text, const QList<Choice>& choices, bool touch)
{
    if (m_asking)
        return;
    m_asking = true;
    auto* box
        = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, m_parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_box = box;
    QHash<QAbstractButton*, Answer> answers;
    QPushButton* back = nullptr;
    for (qsizetype i = 0; i < choices.size(); ++i) {
        const Choice& choice = choices[i];
        const bool last = i == choices.size() - 1;
        QPushButton* button = box->addButton(ReportFormText::shortcutHint(choice.label, {}, touch),
            last ? QMessageBox::RejectRole
                 : (i == 0 ? QMessageBox::AcceptRole : QMessageBox::DestructiveRole));
        if (!choice.description.isEmpty())
            button->setAccessibleDescription(choice.description);
        answers.insert(button, choice.answer);
        back = button;
    }
    box->setDefaultButton(back);
    box->setEscapeButton(back);
    const Answer fallback = choices.last().answer;
    connect(box, &QMessageBox::finished, this, [this, box, answers, fallback] {
        m_asking = false;
        Q_EMIT answered(answers.value(box->clickedButton(), fallback));
    });
    box->open();
    box->activateWindow(); // the keyboard, even with no window manager
}

void PinQuestion::dismiss()
{
    if (m_box) {
        m_box->disconnect(this);
        m_box->close();
        m_asking = false;
    }
}

} // namespace Open311
