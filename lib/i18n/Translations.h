#pragma once

#include <QLocale>
#include <QString>

namespace Open311 {

// Loads the app's and Qt's own translations for a locale (the system's by default).
class Translations
{
public:
    // Returns false when no translation for that language ships with the app (English is built in).
    static bool install(const QLocale& locale = QLocale::system());
    // The language the interface speaks since the last install(), as a BCP 47 tag ("es").
    static QString language();
    static void setLanguage(const QString& tag) { s_language = tag; }

private:
    static QString s_language;
};

} // namespace Open311
