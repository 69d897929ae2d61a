#pragma once

#include <QString>
#include <QStringList>

namespace Open311 {

class ProfileStore;

// How a kiosk behaves, from the system configuration.
struct KioskOptions
{
    int idleSeconds = 120;
    int countdownSeconds = 30; // at least 20 when read from the configuration
    int resultSeconds = 30;
    QString adminPinHash; // AdminPin::hash(); empty: the app cannot be left
    // Where the kiosk's own camera saves its photos; empty: visitors attach no files.
    QString cameraFolder;
    // The languages the start screen speaks (tags); empty: KioskStartScreen's default.
    QStringList languages;

    // Whatever is missing or wrong in the configuration gives the default, and no time is so
    // short that a visitor cannot finish; a language the app does not ship is skipped.
    static KioskOptions read(const ProfileStore& settings, const QStringList& shippedLanguages);
};

} // namespace Open311
