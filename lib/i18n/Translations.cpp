#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLibraryInfo>
#include <QTranslator>

namespace Open311 {

QString Translations::s_language;
QList<QPointer<QTranslator>> Translations::s_installed;

QString Translations::language()
{
    return s_language.isEmpty() ? QStringLiteral("en") : s_language;
}

namespace {

// The system asks for Haitian Creole by its POSIX name, which Qt 6.4's locale data lacks.
bool systemWantsHaitianCreole()
{
    for (const char* name : { "LC_ALL", "LC_MESSAGES", "LANG" }) {
        const QByteArray value = qgetenv(name);
        if (!value.isEmpty())
            return value.startsWith("ht");
    }
    return false;
}

} // namespace

bool Translations::switchTo(const QString& language)
{
    for (const QPointer<QTranslator>& translator : std::as_const(s_installed)) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    s_installed.clear();
    return install(language);
}

QStringList Translations::shipped()
{
    QStringList tags { QStringLiteral("en") };
    const QStringList files
        = QDir(QStringLiteral(":/i18n"))
              .entryList({ QStringLiteral("open311_*.qm") }, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QString tag = file.mid(8).chopped(3);
        if (!tags.contains(tag))
            tags << tag;
    }
    return tags;
}

QString Translations::nativeName(const QString& language)
{
    // As each language names itself on a language menu (Qt's data adds the country to some).
    static const QHash<QString, QString> names {
        { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("es"), QStringLiteral("Espa\u00f1ol") },
        { QStringLiteral("fil"), QStringLiteral("Filipino") },
        { QStringLiteral("ht"), QStringLiteral("Krey\u00f2l ayisyen") },
        { QStringLiteral("vi"), QStringLiteral("Ti\u1ebfng Vi\u1ec7t") },
        { QStringLiteral("zh_TW"), QStringLiteral("\u7e41\u9ad4\u4e2d\u6587") },
    };
    const QString name = names.value(language, QLocale(language).nativeLanguageName());
    return name.isEmpty() ? language : name;
}

QLocale Translations::formatLocale(const QString& language)
{
    if (language == u"ht")
        return QLocale(QLocale::French, QLocale::Haiti);
    return QLocale(language);
}

bool Translations::install(const QString& language)
{
    const QString tag
        = language.isEmpty() && systemWantsHaitianCreole() ? QStringLiteral("ht") : language;
    if (tag.isEmpty())
        return install(QLocale::system());
    QLocale::setDefault(formatLocale(tag));
    if (tag != u"ht")
        return install(QLocale(tag));
    auto* ours = new QTranslator(QCoreApplication::instance());
    if (!ours->load(QStringLiteral("open311_ht"), QStringLiteral(":/i18n"))) {
        delete ours;
        return install(QLocale(QLocale::English));
    }
    // Qt ships no Haitian Creole of its own; its dialogs' buttons read French, as in Haiti.
    install(QLocale(QLocale::French, QLocale::Haiti));
    QCoreApplication::installTranslator(ours);
    s_installed << ours;
    s_language = tag;
    return true;
}

bool Translations::install(const QLocale& locale)
{
    auto* app = QCoreApplication::instance();
    auto* qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        s_installed << qt;
    } else {
        delete qt;
    }
    auto* ours = new QTranslator(app);
    if (ours->load(
            locale, QStringLiteral("open311"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(ours);
        s_installed << ours;
        s_language = QLocale(ours->language()).bcp47Name();
        return true;
    }
    s_language = QStringLiteral("en");
    // Any other language reads English, whose plural forms ("1 service", "2 services") live in
    // the English translation.
    if (ours->load(QStringLiteral("open311_en"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(ours);
        s_installed << ours;
        return false;
    }
    delete ours;
    return false;
}

} // namespace Open311
