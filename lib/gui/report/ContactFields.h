#pragma once

#include <QList>
#include <QObject>

class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace Open311 {

class FieldErrors;
class NewRequest;

// Who is calling: first and last name, email, phone and, where the city uses one, an account id.
class ContactFields : public QObject
{
    Q_OBJECT

public:
    // The fields and their labels are made in parent and laid out in layout(); a problem with
    // the email is shown through errors.
    ContactFields(QWidget* parent, FieldErrors& errors);

    QFormLayout* layout() const { return m_layout; }
    // In the order of the call.
    QList<QLineEdit*> fields() const;
    QLineEdit* firstName() const { return m_firstName; }

    void setAccountIdVisible(bool visible);
    // The account id goes only while it shows in form.
    void fill(NewRequest& request, const QWidget* form) const;
    void restore(const NewRequest& request);
    // The account id aside: it does not make a report.
    bool isEmpty() const;
    void clear();

private:
    QFormLayout* m_layout;
    QLineEdit* m_firstName;
    QLineEdit* m_lastName;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QLineEdit* m_accountId;
    QLabel* m_accountIdLabel;
};

} // namespace Open311
