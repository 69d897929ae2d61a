#pragma once

#include <QString>
#include <QStringList>

namespace Open311 {

struct SandboxOptions
{
    // The key and city id of the training profile; they open nothing real.
    static inline const QString kTrainingKey = QStringLiteral("training-key");
    static inline const QString kTrainingCityId = QStringLiteral("sandbox.example");

    QString pathPrefix = QStringLiteral("/dev/V1/"); // GeoReport v1
    QString v2PathPrefix = QStringLiteral("/dev/v2/"); // GeoReport v2, on the same port
    QString cityId = kTrainingCityId;
    QStringList apiKeys; // empty: only kTrainingKey
    QString dataPath = QStringLiteral(":memory:"); // a SQLite file, or nothing kept
    QString servicesFile; // empty: the built-in catalogue
    double paceSeconds = 120.0; // time a request spends in each status stage
    quint64 seed = 311;
    int latencyMs = 0;
    int stallMs = 0; // how long a stall fault lasts; 0: 2 minutes
    qsizetype tileCacheBytes = 32 * 1024 * 1024; // rendered tiles kept for other clients
    double faultRate = 0.0; // 0..1, for v1 and v2 alike
    // How long a v2 POST to a batch service waits before its token turns into an id.
    double batchDelaySeconds = 3.0;
};

} // namespace Open311
