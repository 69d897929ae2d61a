#pragma once

#include <QCoreApplication>
#include <QString>

class QComboBox;
class QTabWidget;
class QWidget;

namespace Open311 {

// What a screen reader hears of a control beyond its name. Several owners speak of one field
// (its help, whether it is required, what is wrong with it), so the parts are kept apart and
// joined into the accessible description, problem first. Qt 6.4 has neither a required nor an
// invalid-entry state, nor a described-by relation; the description is what reaches AT-SPI.
class AccessibleText
{
    Q_DECLARE_TR_FUNCTIONS(Open311::AccessibleText)

public:
    static void setHelp(QWidget* control, const QString& help);
    static void setRequired(QWidget* control, bool required);
    static bool isRequired(const QWidget* control);
    // An empty problem clears it; a screen reader hears the change.
    static void setProblem(QWidget* control, const QString& problem);
    static QString problem(const QWidget* control);

    // Says it now: a message that appeared beside a field, or a request id just given.
    static void announce(QWidget* message);

    // Each page is named after its tab, so a screen reader does not meet an unnamed filler.
    static void nameTabPages(QTabWidget* tabs);
    // The combo box's popup list, named after the combo box.
    static void namePopup(QComboBox* combo, const QString& name);

private:
    static void update(QWidget* control);
};

} // namespace Open311
