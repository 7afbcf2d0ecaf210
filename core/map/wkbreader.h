// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <vector>

// Reads the vertices of a WKB geometry (ISO or extended, 2D/Z/M/ZM, either byte order) without
// building OGR objects: the render path reads hundreds of thousands of them per frame.
namespace Wkb {

enum class Kind { Unknown, Point, Line, Polygon };

struct Parts
{
    Kind kind = Kind::Unknown;
    std::vector<double> xy;     // interleaved x,y of every ring/line/point
    std::vector<int> partSizes; // vertex count of each ring, line or point
};

// Appends the geometry's vertices to `out`. Returns false for malformed or unsupported input
// (curves); `out` may then hold a partial result and should be discarded.
bool read(const unsigned char *data, size_t size, Parts &out);

} // namespace Wkb
