#pragma once

#include <QList>
#include <QLocale>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace Open311 {

// Loads the app's and Qt's own translations for a locale (the system's by default).
class Translations
{
public:
    // Returns false when no translation for that language ships with the app (English is built in).
    static bool install(const QLocale& locale = QLocale::system());
    // A language chosen in Settings by its tag ("zh_TW"); empty follows the system. Numbers and
    // dates then follow that language's conventions too.
    static bool install(const QString& language);
    // Takes back every translation install() put in, then installs the language's: a kiosk
    // visitor's form in their own language.
    static bool switchTo(const QString& language);
    // The languages the app ships, as tags, English first.
    static QStringList shipped();
    // The language's name in itself ("Kreyòl ayisyen"), as a speaker looks for it.
    static QString nativeName(const QString& language);
    // Where numbers and dates are written: Qt 6.4 has no locale data for Haitian Creole, whose
    // speakers write them as in French-speaking Haiti. A system locale of the same language keeps
    // its country's conventions.
    static QLocale formatLocale(const QString& language, const QLocale& system = QLocale::system());
    // The language the interface speaks since the last install(), as a BCP 47 tag ("es").
    static QString language();
    static void setLanguage(const QString& tag) { s_language = tag; }

private:
    static bool installHaitianCreole();

    static QString s_language;
    // Guarded: a test may remove and delete what it installed.
    static QList<QPointer<QTranslator>> s_installed;
};

} // namespace Open311
