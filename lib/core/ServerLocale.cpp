#include "core/ServerLocale.h"

#include <QLocale>

namespace Open311 {

namespace {

QString normalized(const QString& tag)
{
    return tag.trimmed().toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
}

QString primary(const QString& normalizedTag)
{
    return normalizedTag.section(QLatin1Char('-'), 0, 0);
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
    // Spanish is Spanish in any country; Chinese in the other script is not the reader's.
    const QLocale::Script script = QLocale(language).script();
    for (const QString& tag : offered) {
        if (primary(normalized(tag)) == primary(wanted)
            && QLocale(tag.trimmed()).script() == script)
            return tag.trimmed();
    }
    return {};
}

} // namespace Open311
