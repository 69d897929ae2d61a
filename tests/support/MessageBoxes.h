#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>

namespace Open311::Testing {

// The question the window has open, if any.
inline QMessageBox* openQuestion()
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (auto* box = qobject_cast<QMessageBox*>(widget); box && box->isVisible())
            return box;
    }
    return nullptr;
}

// A button of the question by its text, without its mnemonic's "&".
inline QAbstractButton* buttonNamed(QMessageBox* box, const QString& text)
{
    for (QAbstractButton* button : box->buttons()) {
        if (QString(button->text()).remove(QLatin1Char('&')) == text)
            return button;
    }
    return nullptr;
}

} // namespace Open311::Testing
