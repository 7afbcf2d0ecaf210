// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/map/wkbreader.h"

#include <QtEndian>

#include <cstring>

namespace {

class Reader
{
public:
    Reader(const unsigned char *data, size_t size)
        : m_data(data)
        , m_size(size)
    {}

    bool geometry(Wkb::Parts &out, int depth = 0)
    {
        if (depth > 8 || !has(5))
            return false;
        m_little = m_data[m_pos] == 1;
        ++m_pos;
        quint32 type = uint32();
        // Extended WKB flags (PostGIS/GDAL) and ISO 1000/2000/3000 offsets both give dimensions.
        int dims = 2;
        if (type & 0x80000000u)
            ++dims;
        if (type & 0x40000000u)
            ++dims;
        type &= 0x0FFFFFFFu;
        if (type >= 3000) {
            dims = 4;
            type -= 3000;
        } else if (type >= 2000) {
            dims = 3;
            type -= 2000;
        } else if (type >= 1000) {
            dims = 3;
            type -= 1000;
        }
        switch (type) {
        case 1:
            return setKind(out, Wkb::Kind::Point) && points(out, 1, dims);
        case 2:
            return setKind(out, Wkb::Kind::Line) && points(out, count(), dims);
        case 3: {
            if (!setKind(out, Wkb::Kind::Polygon))
                return false;
            const quint32 rings = count();
            for (quint32 r = 0; r < rings; ++r) {
                if (!points(out, count(), dims))
                    return false;
            }
            return true;
        }
        case 4:
        case 5:
        case 6:
        case 7: {
            const quint32 members = count();
            for (quint32 m = 0; m < members; ++m) {
                if (!geometry(out, depth + 1))
                    return false;
            }
            return true;
        }
        default:
            return false; // curves and surfaces: not drawn by the fast path
        }
    }

private:
    bool has(size_t n) const { return m_pos + n <= m_size; }

    quint32 uint32()
    {
        quint32 v;
        std::memcpy(&v, m_data + m_pos, 4);
        m_pos += 4;
        return m_little ? qFromLittleEndian(v) : qFromBigEndian(v);
    }

    quint32 count() { return has(4) ? uint32() : 0xFFFFFFFFu; }

    double real()
    {
        quint64 v;
        std::memcpy(&v, m_data + m_pos, 8);
        m_pos += 8;
        v = m_little ? qFromLittleEndian(v) : qFromBigEndian(v);
        double d;
        std::memcpy(&d, &v, 8);
        return d;
    }

    static bool setKind(Wkb::Parts &out, Wkb::Kind kind)
    {
        if (out.kind != Wkb::Kind::Unknown && out.kind != kind)
            return true; // a collection of mixed kinds: keep the first kind's meaning
        out.kind = kind;
        return true;
    }

    bool points(Wkb::Parts &out, quint32 n, int dims)
    {
        if (n == 0xFFFFFFFFu || !has(size_t(n) * dims * 8))
            return false;
        out.xy.reserve(out.xy.size() + size_t(n) * 2);
        for (quint32 i = 0; i < n; ++i) {
            out.xy.push_back(real());
            out.xy.push_back(real());
            m_pos += size_t(dims - 2) * 8;
        }
        out.partSizes.push_back(int(n));
        return true;
    }

    const unsigned char *m_data;
    size_t m_size;
    size_t m_pos = 0;
    bool m_little = true;
};

} // namespace

namespace Wkb {

bool read(const unsigned char *data, size_t size, Parts &out)
{
    return Reader(data, size).geometry(out);
}

} // namespace Wkb
