#include "FuzzCheck.h"
#include "map/TileLoader.h"

#include <QGuiApplication>
#include <QImage>

using namespace Open311;

// A tile's bytes from a server or an MBTiles file: told apart by their signature, then decoded.
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QImage image = TileLoader::decodeTile(Fuzz::bytes(data, size), 256);
    if (image.isNull())
        return 0;
    // A tile the map can draw row by row, and no larger than a HiDPI tile should be.
    OPEN311_FUZZ_CHECK(image.format() == QImage::Format_RGB32
        || image.format() == QImage::Format_ARGB32_Premultiplied);
    OPEN311_FUZZ_CHECK(image.sizeInBytes() <= 64ll * 1024 * 1024);
    return 0;
}
