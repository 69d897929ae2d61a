#pragma once

#include <QAbstractButton>
#include <QAction>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMultiMap>
#include <QStringList>
#include <QTabBar>
#include <QWidget>

namespace Open311::Testing {

// Alt+letter shortcuts that two visible controls claim: Qt then only moves the focus between
// them, so the key does not do what either label promises.
inline QStringList mnemonicClashes(QWidget* window)
{
    QMultiMap<int, QString> owners;
    const auto claim = [&](const QString& text) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            owners.insert(key[0].toCombined(), QString(text).remove(QLatin1Char('&')));
    };
    for (QLabel* label : window->findChildren<QLabel*>()) {
        if (label->isVisible() && label->buddy())
            claim(label->text());
    }
    for (QAbstractButton* button : window->findChildren<QAbstractButton*>()) {
        if (button->isVisible())
            claim(button->text());
    }
    for (QTabBar* bar : window->findChildren<QTabBar*>()) {
        for (int i = 0; bar->isVisible() && i < bar->count(); ++i)
            claim(bar->tabText(i));
    }
    for (QMenuBar* bar : window->findChildren<QMenuBar*>()) {
        for (QAction* menu : bar->isVisible() ? bar->actions() : QList<QAction*>())
            claim(menu->text());
    }
    QStringList clashes;
    for (const int key : owners.uniqueKeys()) {
        if (owners.count(key) > 1)
            clashes << QKeySequence(key).toString() + QLatin1String(": ")
                    + owners.values(key).join(QLatin1String(", "));
    }
    return clashes;
}

} // namespace Open311::Testing
