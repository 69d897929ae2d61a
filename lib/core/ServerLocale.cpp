#include "core/ServerLocale.h"

#include <QLocale>

namespace Open311 {

namespace {

QString normalized(const QString& tag)
{
    QString lower = tag.trimmed().toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
    // Filipino is written "tl" (Tagalog) by older servers.
    if (lower == u"tl" || lower.startsWith(QLatin1String("tl-")))
        lower.replace(0, 2, QStringLiteral("fil"));
    return lower;
}

QString primary(const QString& normalizedTag)
{
    return normalizedTag.section(QLatin1Char('-'), 0, 0);
}

// Qt's script for the tag, or none where Qt does not know the language (Haitian Creole in 6.4).
// Qt reads a script only in its own case: "zh_Hant", not "zh-hant".
QLocale::Script scriptOf(const QString& tag)
{
    const QLocale locale(tag.trimmed());
    return locale.language() == QLocale::C ? QLocale::AnyScript : locale.script();
}

} // namespace

QString ServerLocale::pick(const QStringList& offered, const QString& language)
{
    const QString wanted = normalized(language);
    if (wanted.isEmpty())
        return {};
    for (const QString& tag : offered) {
        if (normalized(tag) == wanted)
            return tag.trimmed();
    }
    // Spanish is Spanish in any country; Chinese in the other script is not the reader's. The
    // language alone ("pt") comes before another country's ("pt_PT") for a reader of pt-BR.
    const QLocale::Script script = scriptOf(language);
    QString sameLanguage;
    for (const QString& tag : offered) {
        const QString candidate = normalized(tag);
        if (primary(candidate) != primary(wanted))
            continue;
        const QLocale::Script theirs = scriptOf(tag);
        if (script != QLocale::AnyScript && theirs != QLocale::AnyScript && theirs != script)
            continue;
        if (candidate == primary(wanted))
            return tag.trimmed();
        if (sameLanguage.isEmpty())
            sameLanguage = tag.trimmed();
    }
    return sameLanguage;
}

} // namespace Open311
