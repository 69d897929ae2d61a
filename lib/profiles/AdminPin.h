#pragma once

#include <QString>

namespace Open311 {

// The kiosk administrator's PIN, kept as a salted PBKDF2 hash in the system configuration
// (kiosk/adminPin), never as the PIN itself.
class AdminPin
{
public:
    static constexpr int kIterations = 100000;

    // "pbkdf2-sha256$ITERATIONS$SALT$HASH", with a fresh random salt.
    static QString hash(const QString& pin);
    static bool verify(const QString& pin, const QString& stored);
};

} // namespace Open311
