#pragma once

#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QList>
#include <QTranslator>

namespace Open311::Testing {

// The app's and Qt's translations for one language, for as long as this lives: a test that
// switches language leaves the next one in the language it found.
class ScopedLanguage
{
public:
    explicit ScopedLanguage(const QLocale& locale)
        : m_before(QCoreApplication::instance()->findChildren<QTranslator*>())
        , m_languageBefore(Translations::language())
    {
        m_installed = Translations::install(locale);
    }
    // A language as Settings names it ("ht", "zh_TW"), with its numbers and dates.
    explicit ScopedLanguage(const QString& language)
        : m_before(QCoreApplication::instance()->findChildren<QTranslator*>())
        , m_languageBefore(Translations::language())
    {
        m_installed = Translations::install(language);
    }
    ~ScopedLanguage()
    {
        for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
            if (!m_before.contains(translator)) {
                QCoreApplication::removeTranslator(translator);
                delete translator;
            }
        }
        Translations::setLanguage(m_languageBefore);
        QLocale::setDefault(m_localeBefore);
    }
    ScopedLanguage(const ScopedLanguage&) = delete;
    ScopedLanguage& operator=(const ScopedLanguage&) = delete;

    // False where the app ships no translation for it (English is built in).
    bool installed() const { return m_installed; }

private:
    QList<QTranslator*> m_before;
    QString m_languageBefore;
    QLocale m_localeBefore;
    bool m_installed = false;
};

} // namespace Open311::Testing
