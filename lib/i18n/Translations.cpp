#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTranslator>

namespace Open311 {

QString Translations::s_language;
QList<QPointer<QTranslator>> Translations::s_installed;

QString Translations::language()
{
    return s_language.isEmpty() ? QStringLiteral("en") : s_language;
}

namespace {

// "ht", "ht_HT", "ht_HT.UTF-8" or "ht@euro"; not another language that begins with the letters.
bool isHaitianCreole(const QByteArray& tag)
{
    return tag.startsWith("ht") && (tag.size() == 2 || QByteArray("_-.@").contains(tag.at(2)));
}

// The system asks for Haitian Creole by its POSIX name, which Qt 6.4's locale data lacks. As in
// gettext, LANGUAGE's choices come before the locale, in order, unless the locale is plain C: a
// language the app does not speak passes to the next ("fr:ht" is Haitian Creole).
bool systemWantsHaitianCreole(const QStringList& shipped)
{
    QByteArray locale;
    for (const char* name : { "LC_ALL", "LC_MESSAGES", "LANG" }) {
        locale = qgetenv(name);
        if (!locale.isEmpty())
            break;
    }
    // No locale at all is the C locale too.
    const bool plain
        = locale.isEmpty() || locale == "C" || locale.startsWith("C.") || locale == "POSIX";
    if (!plain) {
        static const QRegularExpression modifiers(QStringLiteral("[.@].*$"));
        for (const QByteArray& preferred : qgetenv("LANGUAGE").split(':')) {
            if (isHaitianCreole(preferred))
                return true;
            // "zh_TW.UTF-8" is zh_TW, "es-MX" and "es@euro" are es.
            const QString name = QString::fromLatin1(preferred).remove(modifiers).replace(
                QLatin1Char('-'), QLatin1Char('_'));
            const QString language = name.section(QLatin1Char('_'), 0, 0);
            if (!language.isEmpty() && (shipped.contains(name) || shipped.contains(language)))
                return false;
        }
    }
    return isHaitianCreole(locale);
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

QLocale Translations::formatLocale(const QString& language, const QLocale& system)
{
    const QLocale wanted
        = language == u"ht" ? QLocale(QLocale::French, QLocale::Haiti) : QLocale(language);
    // English chosen on an en_GB system keeps its dates day first.
    if (language != u"ht" && system.language() == wanted.language()
        && system.script() == wanted.script())
        return system;
    return wanted;
}

bool Translations::install(const QString& language)
{
    const QString tag = language.isEmpty() && systemWantsHaitianCreole(shipped())
        ? QStringLiteral("ht")
        : language;
    if (tag.isEmpty())
        return install(QLocale::system());
    const bool loaded = tag == u"ht" ? installHaitianCreole() : install(QLocale(tag));
    // A language that did not load leaves numbers as the system writes them.
    if (loaded)
        QLocale::setDefault(formatLocale(tag));
    return loaded;
}

bool Translations::installHaitianCreole()
{
    auto* ours = new QTranslator(QCoreApplication::instance());
    if (!ours->load(QStringLiteral("open311_ht"), QStringLiteral(":/i18n"))) {
        delete ours;
        install(QLocale(QLocale::English));
        return false;
    }
    // Qt ships no Haitian Creole of its own; its dialogs' buttons read French, as in Haiti.
    install(QLocale(QLocale::French, QLocale::Haiti));
    QCoreApplication::installTranslator(ours);
    s_installed << ours;
    s_language = QStringLiteral("ht");
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
