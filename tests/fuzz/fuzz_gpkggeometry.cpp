// SPDX-License-Identifier: GPL-3.0-or-later
// GeoPackage geometry blobs as they come out of a project file, or out of any GeoPackage a user
// opens: the header and envelope (GpkgGeometry), GDAL's WKB decoding behind it, and the render
// path's own WKB reader (Wkb::read). Whatever decodes must encode again, read back identically,
// and be read by the render path with the same vertices.
#include "core/map/wkbreader.h"
#include "core/storage/gpkggeometry.h"
#include "fuzzing.h"

#include <ogr_geometry.h>

#include <cpl_error.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <numeric>

namespace {

// Vertex count the way Wkb::Parts counts it: one per point, every vertex of lines and rings.
size_t vertexCount(const OGRGeometry &geometry)
{
    const OGRwkbGeometryType type = wkbFlatten(geometry.getGeometryType());
    if (type == wkbPoint)
        return 1;
    if (type == wkbLineString)
        return size_t(geometry.toLineString()->getNumPoints());
    if (type == wkbPolygon) {
        size_t n = 0;
        for (const OGRLinearRing *ring : *geometry.toPolygon())
            n += size_t(ring->getNumPoints());
        return n;
    }
    size_t n = 0;
    for (const OGRGeometry *member : *geometry.toGeometryCollection())
        n += vertexCount(*member);
    return n;
}

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

// Where the WKB starts in a blob whose header GpkgGeometry accepted (GeoPackage 1.2, 2.1.3.1.1).
size_t wkbOffset(const uint8_t *data)
{
    static const int doubles[] = {0, 4, 6, 6, 8};
    return 8 + 8 * size_t(doubles[(data[3] >> 1) & 0x07]);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzzing::start();
    if (!qEnvironmentVariableIsSet("FUZZ_VERBOSE"))
        CPLSetErrorHandler(CPLQuietErrorHandler);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto *chars = reinterpret_cast<const char *>(data);
    double minX, maxX, minY, maxY;
    (void)GpkgGeometry::envelope(chars, qsizetype(size), &minX, &maxX, &minY, &maxY);

    // The render path reads raw WKB too (GDAL-written layers of foreign GeoPackages).
    Wkb::Parts raw;
    (void)Wkb::read(data, size, raw);

    const auto geometry = GpkgGeometry::decode(QByteArray::fromRawData(chars, qsizetype(size)));
    if (!geometry)
        return 0;
    const size_t offset = wkbOffset(data);
    FUZZ_CHECK(offset < size);
    Wkb::Parts inBlob;
    (void)Wkb::read(data + offset, size - offset, inBlob);

    // What the project file would store: the geometry encoded again.
    const QByteArray again = GpkgGeometry::encode(*geometry, 4490);
    FUZZ_CHECK(!again.isEmpty());
    const auto back = GpkgGeometry::decode(again);
    FUZZ_CHECK(back);
    const size_t wkbSize = geometry->WkbSize();
    FUZZ_CHECK(size_t(back->WkbSize()) == wkbSize);
    QByteArray first(qsizetype(wkbSize), '\0'), second(qsizetype(wkbSize), '\0');
    geometry->exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(first.data()), wkbVariantIso);
    back->exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(second.data()), wkbVariantIso);
    FUZZ_CHECK(first == second);

    // The envelope in the header is the geometry's; an empty geometry has none.
    const bool hasEnvelope
        = GpkgGeometry::envelope(again.constData(), again.size(), &minX, &maxX, &minY, &maxY);
    FUZZ_CHECK(hasEnvelope == !geometry->IsEmpty());
    if (hasEnvelope) {
        OGREnvelope expected;
        geometry->getEnvelope(&expected);
        FUZZ_CHECK(sameBits(minX, expected.MinX) && sameBits(maxX, expected.MaxX)
                   && sameBits(minY, expected.MinY) && sameBits(maxY, expected.MaxY));
    }

    // The render path reads every simple geometry we write, with the same vertices.
    const OGRwkbGeometryType type = wkbFlatten(geometry->getGeometryType());
    if (type >= wkbPoint && type <= wkbMultiPolygon) {
        const auto *wkb = reinterpret_cast<const unsigned char *>(again.constData());
        const size_t start = wkbOffset(reinterpret_cast<const uint8_t *>(wkb));
        Wkb::Parts parts;
        FUZZ_CHECK(Wkb::read(wkb + start, size_t(again.size()) - start, parts));
        const size_t vertices
            = size_t(std::accumulate(parts.partSizes.begin(), parts.partSizes.end(), qint64(0)));
        FUZZ_CHECK(parts.xy.size() == 2 * vertices);
        FUZZ_CHECK(vertices == vertexCount(*geometry));
    }
    return 0;
}
