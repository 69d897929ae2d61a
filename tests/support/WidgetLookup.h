#pragma once

#include <QWidget>

namespace Open311::Testing {

// Finds a control the way a screen reader names it: by its accessible name, or a message label
// (read by its text) by what its description says it is.
template <typename T> T* child(QWidget* parent, const QString& accessibleName)
{
    for (T* widget : parent->findChildren<T*>()) {
        if (widget->accessibleName() == accessibleName)
            return widget;
    }
    for (T* widget : parent->findChildren<T*>()) {
        if (widget->accessibleName().isEmpty() && widget->accessibleDescription() == accessibleName)
            return widget;
    }
    qFatal("no widget named %s", qPrintable(accessibleName));
    return nullptr;
}

} // namespace Open311::Testing
