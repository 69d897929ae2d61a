#pragma once

#include <QHashFunctions>

namespace Open311 {

struct TileKey
{
    int z = 0;
    int x = 0;
    int y = 0;
    int scale = 1; // 2 for @2x tiles

    bool operator==(const TileKey& o) const
    {
        return z == o.z && x == o.x && y == o.y && scale == o.scale;
    }
    bool operator!=(const TileKey& o) const { return !(*this == o); }
    TileKey parent() const { return { z - 1, x >> 1, y >> 1, scale }; }
    bool isValid() const { return z >= 0 && x >= 0 && y >= 0 && x < (1 << z) && y < (1 << z); }
};

inline size_t qHash(const TileKey& key, size_t seed = 0)
{
    return qHashMulti(seed, key.z, key.x, key.y, key.scale);
}

} // namespace Open311
