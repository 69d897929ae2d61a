#include "gui/report/ContactFields.h"

#include "core/NewRequest.h"
#include "gui/report/FieldErrors.h"
#include "gui/report/ReportFormText.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace Open311 {

namespace {

// Personal fields: input methods and virtual keyboards must not learn from them.
void markPersonal(QLineEdit* edit)
{
    edit->setInputMethodHints(
        edit->inputMethodHints() | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
}

} // namespace

ContactFields::ContactFields(QWidget* parent, FieldErrors& errors)
    : QObject(parent)
    , m_layout(new QFormLayout)
{
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addField = [&](const QString& label, const QString& accessible, QLineEdit*& edit) {
        edit = new QLineEdit(parent);
        edit->setAccessibleName(accessible);
        markPersonal(edit);
        auto* labelWidget = new QLabel(label, parent);
        labelWidget->setBuddy(edit);
        m_layout->addRow(labelWidget, edit);
        return labelWidget;
    };
    addField(ReportFormText::tr("&First name"), ReportFormText::tr("First name"), m_firstName);
    addField(ReportFormText::tr("&Last name"), ReportFormText::tr("Last name"), m_lastName);
    addField(ReportFormText::tr("&Email"), ReportFormText::tr("Email"), m_email);
    m_email->setInputMethodHints(m_email->inputMethodHints() | Qt::ImhEmailCharactersOnly);
    m_layout->addRow(errors.labelFor(m_email, Error::Field::Email));
    addField(ReportFormText::tr("&Phone"), ReportFormText::tr("Phone"), m_phone);
    m_phone->setInputMethodHints(m_phone->inputMethodHints() | Qt::ImhDialableCharactersOnly);
    m_accountIdLabel = addField(
        ReportFormText::tr("A&ccount id"), ReportFormText::tr("Account id"), m_accountId);
    setAccountIdVisible(false);
}

QList<QLineEdit*> ContactFields::fields() const
{
    return { m_firstName, m_lastName, m_email, m_phone, m_accountId };
}

void ContactFields::setAccountIdVisible(bool visible)
{
    m_accountId->setVisible(visible);
    m_accountIdLabel->setVisible(visible);
}

void ContactFields::fill(NewRequest& request, const QWidget* form) const
{
    request.firstName = m_firstName->text().trimmed();
    request.lastName = m_lastName->text().trimmed();
    request.email = m_email->text().trimmed();
    request.phone = m_phone->text().trimmed();
    if (m_accountId->isVisibleTo(form))
        request.accountId = m_accountId->text().trimmed();
}

void ContactFields::restore(const NewRequest& request)
{
    m_firstName->setText(request.firstName);
    m_lastName->setText(request.lastName);
    m_email->setText(request.email);
    m_phone->setText(request.phone);
    m_accountId->setText(request.accountId);
}

bool ContactFields::isEmpty() const
{
    return m_firstName->text().isEmpty() && m_lastName->text().isEmpty()
        && m_email->text().isEmpty() && m_phone->text().isEmpty();
}

void ContactFields::clear()
{
    // setText(), unlike clear(), also drops the undo history: nothing typed stays behind.
    for (QLineEdit* edit : fields())
        edit->setText(QString());
}

} // namespace Open311
