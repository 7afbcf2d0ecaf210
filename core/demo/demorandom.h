// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <random>
#include <vector>

// A seeded generator whose sequence is the same on every platform and standard library
// (std::uniform_*_distribution is not), so the demo project is identical everywhere.
class DemoRandom
{
public:
    explicit DemoRandom(std::uint32_t seed)
        : m_engine(seed)
    {}

    // Uniform in [0, 1).
    double unit() { return double(m_engine()) / 4294967296.0; }
    double uniform(double low, double high) { return low + (high - low) * unit(); }
    // Uniform integer in [low, high].
    int between(int low, int high) { return low + int(unit() * (high - low + 1)); }
    bool chance(double probability) { return unit() < probability; }
    // Index chosen with the given relative weights.
    int weighted(const std::vector<double> &weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double pick = uniform(0, total);
        for (int i = 0; i < int(weights.size()); ++i) {
            if ((pick -= weights[i]) < 0)
                return i;
        }
        return int(weights.size()) - 1;
    }
    template<typename T>
    const T &pick(const std::vector<T> &items)
    {
        return items[size_t(between(0, int(items.size()) - 1))];
    }

private:
    std::mt19937 m_engine;
};
