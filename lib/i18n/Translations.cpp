#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Open311 {

QString Translations::s_language;

QString Translations::language()
{
    return s_language.isEmpty() ? QStringLiteral("en") : s_language;
}

bool Translations::install(const QLocale& locale)
{
    auto* app = QCoreApplication::instance();
    auto* qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto* ours = new QTranslator(app);
    if (ours->load(
            locale, QStringLiteral("open311"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(ours);
        s_language = QLocale(ours->language()).bcp47Name();
        return true;
    }
    s_language = QStringLiteral("en");
    // Any other language reads English, whose plural forms ("1 service", "2 services") live in
    // the English translation.
    if (ours->load(QStringLiteral("open311_en"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(ours);
        return false;
    }
    delete ours;
    return false;
}

} // namespace Open311
