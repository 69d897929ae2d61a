#include "profiles/KioskOptions.h"

#include "profiles/ProfileStore.h"

namespace Open311 {

KioskOptions KioskOptions::read(const ProfileStore& settings, const QStringList& shippedLanguages)
{
    KioskOptions options;
    options.idleSeconds
        = qMax(30, settings.value(QStringLiteral("kiosk/idleSeconds"), 120).toInt());
    options.countdownSeconds
        = qMax(20, settings.value(QStringLiteral("kiosk/countdownSeconds"), 30).toInt());
    options.resultSeconds
        = qMax(10, settings.value(QStringLiteral("kiosk/resultSeconds"), 45).toInt());
    options.adminPinHash = settings.value(QStringLiteral("kiosk/adminPin")).toString();
    options.cameraFolder = settings.value(QStringLiteral("kiosk/cameraFolder")).toString();
    // "en,es,zh_TW": the languages of the people who walk in.
    for (const QString& tag : settings.value(QStringLiteral("kiosk/languages")).toStringList()) {
        if (shippedLanguages.contains(tag.trimmed()))
            options.languages << tag.trimmed();
    }
    return options;
}

} // namespace Open311
