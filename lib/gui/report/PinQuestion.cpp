#include "gui/report/PinQuestion.h"

#include "gui/report/ReportFormText.h"

#include <QMessageBox>
#include <QPushButton>

namespace Open311 {

PinQuestion::PinQuestion(QWidget* parent)
    : QObject(parent)
    , m_parent(parent)
{ }

void PinQuestion::ask(const QString& pinAddress, const QString& typed, bool touch)
{
    if (m_asking)
        return;
    m_asking = true;
    const QString question = pinAddress.trimmed().isEmpty()
        ? ReportFormText::tr("The pin was not placed for \u201c%1\u201d: it was put there before "
                             "the address was typed, or shows where this computer is. The city "
                             "uses the pin to find the problem.")
              .arg(typed)
        : ReportFormText::tr("The pin was placed for \u201c%1\u201d, but the address now reads "
                             "\u201c%2\u201d. The city uses the pin to find the problem.")
              .arg(pinAddress, typed);
    auto* box = new QMessageBox(QMessageBox::Question, ReportFormText::tr("Which place is meant?"),
        question, QMessageBox::NoButton, m_parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_box = box;
    const auto text
        = [touch](const QString& label) { return ReportFormText::shortcutHint(label, {}, touch); };
    QPushButton* keep
        = box->addButton(text(ReportFormText::tr("Send with the &pin")), QMessageBox::AcceptRole);
    QPushButton* drop = box->addButton(
        text(ReportFormText::tr("Send the &address alone")), QMessageBox::DestructiveRole);
    QPushButton* back
        = box->addButton(text(ReportFormText::tr("&Back to the address")), QMessageBox::RejectRole);
    keep->setAccessibleDescription(
        ReportFormText::tr("The pin's place goes to the city with the address as typed."));
    drop->setAccessibleDescription(
        ReportFormText::tr("The pin is taken off; the city gets no map position."));
    box->setDefaultButton(back);
    box->setEscapeButton(back);
    connect(box, &QMessageBox::finished, this, [this, box, keep, drop] {
        m_asking = false;
        QAbstractButton* chosen = box->clickedButton();
        Q_EMIT answered(chosen == keep ? Answer::KeepPin
                : chosen == drop       ? Answer::DropPin
                                       : Answer::BackToAddress);
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
