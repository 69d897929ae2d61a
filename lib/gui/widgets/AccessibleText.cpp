#include "gui/widgets/AccessibleText.h"

#include "gui/widgets/MnemonicText.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QComboBox>
#include <QStringList>
#include <QTabWidget>
#include <QVariant>
#include <QWidget>

namespace Open311 {

namespace {

const char* const kHelp = "open311AccessibleHelp";
const char* const kRequired = "open311AccessibleRequired";
const char* const kProblem = "open311AccessibleProblem";

} // namespace

void AccessibleText::setHelp(QWidget* control, const QString& help)
{
    control->setProperty(kHelp, help);
    update(control);
}

void AccessibleText::setRequired(QWidget* control, bool required)
{
    control->setProperty(kRequired, required);
    update(control);
}

bool AccessibleText::isRequired(const QWidget* control)
{
    return control->property(kRequired).toBool();
}

void AccessibleText::setProblem(QWidget* control, const QString& problem)
{
    if (control->property(kProblem).toString() == problem)
        return;
    control->setProperty(kProblem, problem);
    update(control);
}

QString AccessibleText::problem(const QWidget* control)
{
    return control->property(kProblem).toString();
}

void AccessibleText::update(QWidget* control)
{
    QStringList parts;
    const QString problem = control->property(kProblem).toString();
    if (!problem.isEmpty())
        parts << problem;
    if (control->property(kRequired).toBool())
        parts << tr("Required.");
    const QString help = control->property(kHelp).toString();
    if (!help.isEmpty())
        parts << help;
    // QWidget sends the description-changed event itself.
    control->setAccessibleDescription(parts.join(QLatin1Char(' ')));
}

void AccessibleText::announce(QWidget* message)
{
    if (!QAccessible::isActive())
        return;
    QAccessibleEvent alert(message, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    QAccessibleEvent name(message, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&name);
}

void AccessibleText::nameTabPages(QTabWidget* tabs)
{
    for (int i = 0; i < tabs->count(); ++i) {
        QWidget* page = tabs->widget(i);
        page->setAccessibleName(MnemonicText::stripped(tabs->tabText(i)));
    }
}

void AccessibleText::namePopup(QComboBox* combo, const QString& name)
{
    combo->setAccessibleName(name);
    combo->view()->setAccessibleName(name);
}

} // namespace Open311
