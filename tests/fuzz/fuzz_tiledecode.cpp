// SPDX-License-Identifier: GPL-3.0-or-later
// Basemap tiles as MBTiles files and tile servers deliver them (PNG, JPEG, WebP, or anything else):
// TileSource decodes a tile's bytes in a private method, so the harness goes through the smallest
// public entry that takes tile bytes: a TileSource whose fetch() returns the input, asked for the
// single tile of zoom level 0.
#include "core/map/crs/mercator.h"
#include "core/map/render/mapsettings.h"
#include "core/map/tiles/tilesource.h"
#include "fuzzing.h"

#include <QBuffer>
#include <QImageReader>

#include <cstddef>
#include <cstdint>

namespace {

class BytesTileSource final : public TileSource
{
public:
    explicit BytesTileSource(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {}
    QString name() const override { return QStringLiteral("fuzz"); }
    QString attribution() const override { return {}; }
    int minZoom() const override { return 0; }
    int maxZoom() const override { return 0; }
    const QByteArray &bytes() const { return m_bytes; }

protected:
    QByteArray fetch(const TileId &id) override
    {
        FUZZ_CHECK(id.z == 0 && id.x == 0 && id.y == 0);
        return m_bytes;
    }

private:
    QByteArray m_bytes;
};

// libFuzzer sees the coverage of our code only (the decoders are system libraries): a branch of its
// own per detected format, decoded or not, keeps an input of each kind in the corpus.
volatile int g_formatHint = 0; // kept, so that the branches are too

int formatHint(const QByteArray &bytes, bool decoded)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const QByteArray format = QImageReader::imageFormat(&buffer);
    int hint = 0;
    if (format == "png")
        hint = 1;
    else if (format == "jpeg")
        hint = 2;
    else if (format == "webp")
        hint = 3;
    else if (format == "gif")
        hint = 4;
    else if (format == "bmp")
        hint = 5;
    else if (format == "tiff")
        hint = 6;
    else if (!format.isEmpty())
        hint = 7;
    return decoded ? hint : -hint;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzzing::start();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    MapSettings settings;
    const double half = WebMercator::kHalfWorld;
    settings.extent = QRectF(-half, -half, 2 * half, 2 * half);
    settings.size = QSize(256, 256);
    // A new source per input: its cache would otherwise answer from the previous input.
    BytesTileSource source(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    const auto tiles = source.tilesFor(settings, nullptr);
    FUZZ_CHECK(tiles.size() <= 1);
    g_formatHint = formatHint(source.bytes(), !tiles.isEmpty());
    for (const TileSource::PlacedTile &tile : tiles) {
        FUZZ_CHECK(!tile.image.isNull());
        FUZZ_CHECK(tile.image.format() == QImage::Format_ARGB32_Premultiplied);
        FUZZ_CHECK(tile.target.toAlignedRect() == QRect(0, 0, 256, 256));
    }
    return 0;
}
