#pragma once

#include "core/Error.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

class QLabel;
class QWidget;

namespace Open311 {

// Where the form shows what is wrong: each field's problem in a label next to it, with focus
// moved there; a problem no field has goes to the form's message under Send.
class FieldErrors : public QObject
{
    Q_OBJECT

public:
    // The error red is chosen against the form's palette.
    explicit FieldErrors(QWidget* form);

    // A hidden label for the field's problems, made in the field's own column.
    QLabel* labelFor(QWidget* field, Error::Field kind);
    // The form's message, and the control that takes focus when a problem is shown there.
    void setFormNotice(QLabel* notice, QWidget* focusTarget);

    void show(Error::Field field, const QString& message);
    void show(const Error& error);
    // The form's message, also in the focus target's description: Qt's AT-SPI bridge drops
    // alerts, so what focus lands on must say it. Focus moves there when the user's own action
    // (a send) brought it.
    void showNotice(const QString& message, bool moveFocus = false);
    void hide(Error::Field field);
    // Every field's problem, and the form's message.
    void clear();
    // A switch to a dark system theme: the red must follow it.
    void recolour();

private:
    void recolour(QLabel* label);

    QWidget* m_form;
    QLabel* m_notice = nullptr;
    QWidget* m_focusTarget = nullptr;
    QHash<Error::Field, QLabel*> m_labels;
    QHash<Error::Field, QWidget*> m_fields;
    // A control inside a group field that was told of the group's problem.
    QHash<Error::Field, QPointer<QWidget>> m_focused;
};

} // namespace Open311
