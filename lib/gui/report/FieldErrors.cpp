#include "gui/report/FieldErrors.h"

#include "gui/report/ReportFormText.h"
#include "gui/widgets/AccessibleText.h"

#include <QLabel>
#include <QWidget>

namespace Open311 {

namespace {

QColor errorColour(const QPalette& palette)
{
    // Readable on light and dark palettes alike.
    return palette.color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x8a, 0x80)
                                                             : QColor(0xb3, 0x26, 0x1e);
}

// A field may be a group (the photos), whose add button is disabled at the limit or hidden in a
// kiosk: focus goes to the first control in it that can take focus.
QWidget* focusableWithin(QWidget* field)
{
    if (field->focusPolicy() != Qt::NoFocus)
        return field;
    for (QWidget* w = field->nextInFocusChain(); w != field && field->isAncestorOf(w);
         w = w->nextInFocusChain()) {
        if ((w->focusPolicy() & Qt::TabFocus) && w->isEnabled() && w->isVisibleTo(field))
            return w;
    }
    return field;
}

} // namespace

FieldErrors::FieldErrors(QWidget* form)
    : QObject(form)
    , m_form(form)
{ }

QLabel* FieldErrors::labelFor(QWidget* field, Error::Field kind)
{
    auto* label = new QLabel(field->parentWidget());
    label->setWordWrap(true);
    label->setVisible(false);
    // Read by its text, the problem itself; what it is about is its description.
    label->setAccessibleDescription(
        ReportFormText::tr("Problem with %1").arg(field->accessibleName()));
    m_labels.insert(kind, label);
    m_fields.insert(kind, field);
    recolour(label);
    return label;
}

void FieldErrors::setFormNotice(QLabel* notice, QWidget* focusTarget)
{
    m_notice = notice;
    m_focusTarget = focusTarget;
}

void FieldErrors::recolour()
{
    for (QLabel* label : std::as_const(m_labels))
        recolour(label);
}

void FieldErrors::recolour(QLabel* label)
{
    QPalette labelPalette = label->palette();
    labelPalette.setColor(QPalette::WindowText, errorColour(m_form->palette()));
    label->setPalette(labelPalette);
}

void FieldErrors::show(Error::Field field, const QString& message)
{
    QLabel* label = m_labels.value(field);
    QWidget* widget = m_fields.value(field);
    if (!label || !widget) {
        showNotice(message);
        return;
    }
    label->setText(message);
    label->setVisible(true);
    AccessibleText::setProblem(widget, message);
    QWidget* focus = focusableWithin(widget);
    if (focus != widget) {
        AccessibleText::setProblem(focus, message);
        m_focused.insert(field, focus);
    }
    focus->setFocus(Qt::OtherFocusReason);
    AccessibleText::announce(label);
}

void FieldErrors::show(const Error& error)
{
    showNotice(error.kind() == Error::Kind::Validation ? QString() : error.message());
    switch (error.field()) {
    case Error::Field::ServiceCode:
    case Error::Field::Location:
    case Error::Field::Latitude:
    case Error::Field::Longitude:
    case Error::Field::Description:
    case Error::Field::Email:
    case Error::Field::MediaUrl:
    case Error::Field::Photos:
        show(error.field(), error.message());
        break;
    default:
        showNotice(error.message(), true);
        break;
    }
}

void FieldErrors::showNotice(const QString& message, bool moveFocus)
{
    m_notice->setText(message);
    AccessibleText::setProblem(m_focusTarget, message);
    if (message.isEmpty())
        return;
    if (moveFocus && m_focusTarget->isEnabled())
        m_focusTarget->setFocus(Qt::OtherFocusReason);
    AccessibleText::announce(m_notice);
}

void FieldErrors::hide(Error::Field field)
{
    m_labels.value(field)->setVisible(false);
    if (QWidget* widget = m_fields.value(field))
        AccessibleText::setProblem(widget, QString());
    if (QPointer<QWidget> focus = m_focused.take(field))
        AccessibleText::setProblem(focus, QString());
}

void FieldErrors::clear()
{
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        it.value()->clear();
        hide(it.key());
    }
    showNotice(QString());
}

} // namespace Open311
