#include "FuzzCheck.h"
#include "map/TileLoader.h"
#include "map/TileSource.h"

#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTimer>

using namespace Open311;

// An MBTiles file as a kiosk's offline map: whatever the file holds, the loader gives a tile or
// says it failed, and never crashes.
namespace {

QTemporaryDir* s_dir = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(*argc, *argv);
    static QTemporaryDir dir;
    s_dir = &dir;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = s_dir->filePath(QStringLiteral("map.mbtiles"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        file.write(Fuzz::bytes(data, size));
    }
    TileLoader loader(TileSource::mbtiles(path, QStringLiteral("fuzz"), 0, 2), QString());
    const TileKey key { 1, 0, 1 };
    // The harness waits for the loader's own signals; the app never does.
    QEventLoop loop;
    bool answered = false;
    QObject::connect(&loader, &TileLoader::tileLoaded, &loop, [&] {
        answered = true;
        loop.quit();
    });
    QObject::connect(&loader, &TileLoader::tileFailed, &loop, [&] {
        answered = true;
        loop.quit();
    });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    loader.setWanted({ key });
    if (!answered)
        loop.exec();
    OPEN311_FUZZ_CHECK(answered);
    OPEN311_FUZZ_CHECK(loader.hasFailed(key) == loader.tile(key).isNull());
    return 0;
}
