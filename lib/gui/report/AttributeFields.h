#pragma once

#include "core/ServiceDefinition.h"

#include <QList>
#include <QString>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QVBoxLayout;

namespace Open311 {

// The questions a GeoReport v2 service asks (its attributes), between the service and who is
// calling. Hidden while the service asks none.
class AttributeFields : public QWidget
{
    Q_OBJECT

public:
    explicit AttributeFields(QWidget* parent = nullptr);

    // Letters the rest of the form already takes as Alt keys, in either case. Read by the next
    // setDefinition().
    void setReservedMnemonics(const QString& letters);
    // A touch screen has no keyboard to hint at: the next definition's labels get no Alt keys.
    void setTouchMode(bool touch);

    // Rebuilds every field, in the definition's order; a definition with nothing to show hides
    // the widget. Chain the form's tab order through focusChain() again afterwards.
    void setDefinition(const ServiceDefinition& definition);
    void clearDefinition();
    const ServiceDefinition& definition() const { return m_definition; }

    // Only the variable attributes given, by code, in the form ServiceDefinition::check() reads.
    AttributeValues values() const;
    // Replaces every value; unknown codes and keys no list has are left out.
    void setValues(const AttributeValues& values);
    // Every field unset, undo history included.
    void clearValues();
    bool isEmpty() const { return values().isEmpty(); }

    // The message under the attribute's field, with focus moved there; false if there is none.
    bool showError(const QString& code, const QString& message);
    void clearErrors();

    // Every control that takes focus, each radio button and check box included, in tab order.
    QList<QWidget*> focusChain() const;

Q_SIGNALS:
    // The user changed a value; setDefinition(), setValues() and clearValues() do not count.
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    // One variable attribute: the control that holds its value, and what is shown around it.
    struct Field
    {
        ServiceAttribute attribute;
        QString label; // as a screen reader says it: no Alt key
        QString hint;
        QList<QWidget*> controls;
        QLineEdit* line = nullptr;
        QPlainTextEdit* text = nullptr;
        QDateTimeEdit* dateTime = nullptr;
        QComboBox* combo = nullptr;
        QButtonGroup* radios = nullptr;
        QList<QCheckBox*> checks;
        QLabel* error = nullptr;
    };

    void addField(const ServiceAttribute& attribute, QVBoxLayout* rows, QString& usedMnemonics);
    void addInformation(const ServiceAttribute& attribute, QVBoxLayout* rows);
    void describe(const Field& field, const QString& problem);
    void recolour();
    void userEdited();
    QString labelText(const QString& name, bool required, QString& usedMnemonics) const;

    ServiceDefinition m_definition;
    QList<Field> m_fields;
    QVBoxLayout* m_layout;
    QWidget* m_content = nullptr;
    QString m_reservedMnemonics;
    bool m_touch = false;
    // Set while the widget itself changes values, so that edited() means the user.
    bool m_filling = false;
};

} // namespace Open311
