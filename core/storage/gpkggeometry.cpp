// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/gpkggeometry.h"

#include <QtEndian>

#include <ogr_geometry.h>

#include <sqlite3.h>

#include <cstring>

namespace {

constexpr int kHeaderSize = 8;
constexpr unsigned char kFlagLittleEndian = 0x01;
constexpr unsigned char kFlagEmpty = 0x10;

int envelopeDoubles(unsigned char flags)
{
    switch ((flags >> 1) & 0x07) {
    case 0:
        return 0;
    case 1:
        return 4;
    case 2:
    case 3:
        return 6;
    case 4:
        return 8;
    default:
        return -1; // invalid indicator
    }
}

bool isGpkgBlob(const char *data, qsizetype size)
{
    return size >= kHeaderSize && data[0] == 'G' && data[1] == 'P' && data[2] == 0
           && envelopeDoubles(static_cast<unsigned char>(data[3])) >= 0;
}

double readDouble(const char *p, bool littleEndian)
{
    unsigned char bytes[8];
    std::memcpy(bytes, p, 8);
    const bool hostLittle = QSysInfo::ByteOrder == QSysInfo::LittleEndian;
    if (littleEndian != hostLittle)
        std::reverse(std::begin(bytes), std::end(bytes));
    double value;
    std::memcpy(&value, bytes, 8);
    return value;
}

qsizetype wkbOffset(const char *data)
{
    return kHeaderSize + 8 * envelopeDoubles(static_cast<unsigned char>(data[3]));
}

enum class Bound { MinX, MaxX, MinY, MaxY };

template<Bound which>
void sqlBound(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *data = static_cast<const char *>(sqlite3_value_blob(argv[0]));
    const int size = sqlite3_value_bytes(argv[0]);
    double minX, maxX, minY, maxY;
    if (!data || !GpkgGeometry::envelope(data, size, &minX, &maxX, &minY, &maxY)) {
        sqlite3_result_null(context);
        return;
    }
    const double values[] = {minX, maxX, minY, maxY};
    sqlite3_result_double(context, values[int(which)]);
}

void sqlIsEmpty(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *data = static_cast<const char *>(sqlite3_value_blob(argv[0]));
    const int size = sqlite3_value_bytes(argv[0]);
    if (!data || !isGpkgBlob(data, size)) {
        sqlite3_result_null(context);
        return;
    }
    sqlite3_result_int(context, (static_cast<unsigned char>(data[3]) & kFlagEmpty) ? 1 : 0);
}

} // namespace

namespace GpkgGeometry {

QByteArray encode(const OGRGeometry &geometry, int srsId)
{
    const bool empty = geometry.IsEmpty();
    OGREnvelope env;
    if (!empty)
        geometry.getEnvelope(&env);

    QByteArray blob;
    const size_t wkbSize = geometry.WkbSize();
    blob.resize(kHeaderSize + (empty ? 0 : 32) + qsizetype(wkbSize));
    char *p = blob.data();
    p[0] = 'G';
    p[1] = 'P';
    p[2] = 0; // version 1
    p[3] = char(kFlagLittleEndian | (empty ? kFlagEmpty : (1 << 1)));
    const qint32 srsLe = qToLittleEndian(qint32(srsId));
    std::memcpy(p + 4, &srsLe, 4);
    p += kHeaderSize;
    if (!empty) {
        const double bounds[] = {env.MinX, env.MaxX, env.MinY, env.MaxY};
        for (double b : bounds) {
            const double le = qToLittleEndian(b);
            std::memcpy(p, &le, 8);
            p += 8;
        }
    }
    geometry.exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(p), wkbVariantIso);
    return blob;
}

std::unique_ptr<OGRGeometry> decode(const QByteArray &blob)
{
    if (!isGpkgBlob(blob.constData(), blob.size()))
        return nullptr;
    const qsizetype offset = wkbOffset(blob.constData());
    if (offset >= blob.size())
        return nullptr;
    OGRGeometry *geometry = nullptr;
    size_t consumed = 0;
    if (OGRGeometryFactory::createFromWkb(blob.constData() + offset, nullptr, &geometry,
                                          size_t(blob.size() - offset), wkbVariantIso, consumed)
        != OGRERR_NONE)
        return nullptr;
    return std::unique_ptr<OGRGeometry>(geometry);
}

std::pair<const char *, qsizetype> wkb(const char *data, qsizetype size)
{
    if (!data || !isGpkgBlob(data, size) || (static_cast<unsigned char>(data[3]) & kFlagEmpty))
        return {nullptr, 0};
    const qsizetype offset = wkbOffset(data);
    if (offset >= size)
        return {nullptr, 0};
    return {data + offset, size - offset};
}

bool envelope(const char *data, qsizetype size, double *minX, double *maxX, double *minY,
              double *maxY)
{
    if (!isGpkgBlob(data, size))
        return false;
    const auto flags = static_cast<unsigned char>(data[3]);
    if (flags & kFlagEmpty)
        return false;
    if (envelopeDoubles(flags) >= 4) {
        if (size < kHeaderSize + 32)
            return false;
        const bool le = flags & kFlagLittleEndian;
        *minX = readDouble(data + 8, le);
        *maxX = readDouble(data + 16, le);
        *minY = readDouble(data + 24, le);
        *maxY = readDouble(data + 32, le);
        return true;
    }
    // Points are usually written without an envelope: read the WKB.
    auto geometry = decode(QByteArray::fromRawData(data, size));
    if (!geometry || geometry->IsEmpty())
        return false;
    OGREnvelope env;
    geometry->getEnvelope(&env);
    *minX = env.MinX;
    *maxX = env.MaxX;
    *minY = env.MinY;
    *maxY = env.MaxY;
    return true;
}

bool registerSqlFunctions(sqlite3 *db)
{
    // Innocuous: pure functions of their argument, so GeoPackage's R-tree triggers may call them
    // with PRAGMA trusted_schema = OFF.
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    return sqlite3_create_function(db, "ST_IsEmpty", 1, flags, nullptr, sqlIsEmpty, nullptr,
                                   nullptr)
               == SQLITE_OK
           && sqlite3_create_function(db, "ST_MinX", 1, flags, nullptr, sqlBound<Bound::MinX>,
                                      nullptr, nullptr)
                  == SQLITE_OK
           && sqlite3_create_function(db, "ST_MaxX", 1, flags, nullptr, sqlBound<Bound::MaxX>,
                                      nullptr, nullptr)
                  == SQLITE_OK
           && sqlite3_create_function(db, "ST_MinY", 1, flags, nullptr, sqlBound<Bound::MinY>,
                                      nullptr, nullptr)
                  == SQLITE_OK
           && sqlite3_create_function(db, "ST_MaxY", 1, flags, nullptr, sqlBound<Bound::MaxY>,
                                      nullptr, nullptr)
                  == SQLITE_OK;
}

} // namespace GpkgGeometry
