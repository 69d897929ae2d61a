#include "FuzzCheck.h"
#include "i18n/Translations.h"
#include "profiles/KioskOptions.h"
#include "profiles/ProfileStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Open311;

// The settings a person or an administrator wrote: the user's file, and the system's after a
// NUL byte, read as the app reads them (profiles, locks, the kiosk); and the same bytes as an
// exported profile.
namespace {

QTemporaryDir* s_dir = nullptr;
qint64 s_generation = 0;

void write(const QString& path, const QByteArray& data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        std::abort();
    file.write(data);
    // QSettings keeps a file it read until its time changes; each input is a new one.
    file.setFileTime(
        QDateTime::fromSecsSinceEpoch(++s_generation), QFileDevice::FileModificationTime);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QTemporaryDir dir;
    s_dir = &dir;
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("user")).toLocal8Bit());
    qputenv("XDG_CONFIG_DIRS", dir.filePath(QStringLiteral("system")).toLocal8Bit());
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    const qsizetype nul = input.indexOf('\0');
    const QString conf = QStringLiteral("/Open311Reporter/open311-reporter.conf");
    write(s_dir->filePath(QStringLiteral("user")) + conf, nul < 0 ? input : input.left(nul));
    write(s_dir->filePath(QStringLiteral("system")) + conf,
        nul < 0 ? QByteArray() : input.mid(nul + 1));

    const ProfileStore store;
    const QList<Profile> profiles = store.profiles();
    // The presets are always there, whatever the files say.
    OPEN311_FUZZ_CHECK(profiles.size() >= ProfileStore::presets().size());
    for (const Profile& profile : profiles) {
        OPEN311_FUZZ_CHECK(!profile.id.isEmpty());
        if (const std::optional<Error> invalid = ProfileStore::validate(profile))
            OPEN311_FUZZ_CHECK(!invalid->message().isEmpty());
        ProfileStore::submitBlocker(profile);
    }
    store.find(store.activeProfileId());
    store.profilesLocked();
    const KioskOptions kiosk = KioskOptions::read(store, Translations::shipped());
    OPEN311_FUZZ_CHECK(kiosk.idleSeconds >= 30 && kiosk.countdownSeconds >= 20);
    OPEN311_FUZZ_CHECK(kiosk.resultSeconds >= 10);

    QString error;
    const std::optional<Profile> imported = ProfileStore::importProfile(input, error);
    OPEN311_FUZZ_CHECK(imported.has_value() == error.isEmpty());

    return 0;
}
