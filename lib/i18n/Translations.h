#pragma once

#include <QLocale>

namespace Open311 {

// Loads the app's and Qt's own translations for a locale (the system's by default).
class Translations
{
public:
    // Returns false when no translation for that language ships with the app (English is built in).
    static bool install(const QLocale& locale = QLocale::system());
};

} // namespace Open311
