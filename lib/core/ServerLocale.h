#pragma once

#include <QString>
#include <QStringList>

namespace Open311 {

// Which of the languages a city's server answers in (its `locale` parameter, as Helsinki's
// takes it) suits the person at the screen. The server's own spelling is kept: one writes
// "es", another "es_US".
class ServerLocale
{
public:
    // The offered tag for `language` (BCP 47 or POSIX: "zh-TW", "es"); empty when none suits,
    // and then the server answers in its own language.
    static QString pick(const QStringList& offered, const QString& language);
};

} // namespace Open311
