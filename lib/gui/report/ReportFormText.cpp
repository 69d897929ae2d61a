#include "gui/report/ReportFormText.h"

#include "gui/widgets/MnemonicText.h"

#include <QAbstractButton>
#include <QLabel>
#include <QMenuBar>
#include <QTabBar>
#include <QWidget>

namespace Open311 {

QString ReportFormText::withoutMnemonic(const QString& text)
{
    return MnemonicText::stripped(text);
}

QString ReportFormText::shortcutHint(const QString& text, const QKeySequence& keys, bool touch)
{
    // A touch screen has no keyboard to hint at; elsewhere the keys are written as the menus
    // write them, in the platform's words and the interface's language.
    if (touch)
        return withoutMnemonic(text);
    if (keys.isEmpty())
        return text;
    return tr("%1 (%2)").arg(text, keys.toString(QKeySequence::NativeText));
}

void ReportFormText::reserveLines(QWidget* widget, int lines)
{
    // A message that appears or goes must not move the controls around it (a resident's next
    // click missed Send).
    widget->setMinimumHeight(widget->fontMetrics().lineSpacing() * lines);
}

QString ReportFormText::usedMnemonics(const QWidget* top, const QWidget* except)
{
    QString letters;
    const auto add = [&letters](const QString& text) {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != u'&')
                continue;
            if (text.at(i + 1) == u'&') {
                ++i;
                continue;
            }
            letters += text.at(i + 1).toLower();
            return;
        }
    };
    for (const QLabel* label : top->findChildren<QLabel*>()) {
        if (!except->isAncestorOf(label))
            add(label->text());
    }
    for (const QAbstractButton* button : top->findChildren<QAbstractButton*>()) {
        if (!except->isAncestorOf(button))
            add(button->text());
    }
    for (const QMenuBar* bar : top->findChildren<QMenuBar*>()) {
        for (const QAction* action : bar->actions())
            add(action->text());
    }
    for (const QTabBar* tabs : top->findChildren<QTabBar*>()) {
        for (int i = 0; i < tabs->count(); ++i)
            add(tabs->tabText(i));
    }
    return letters;
}

} // namespace Open311
