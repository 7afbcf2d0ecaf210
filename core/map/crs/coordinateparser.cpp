// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/map/crs/coordinateparser.h"

#include "core/map/crs/chinacoords.h"
#include "core/map/crs/gausskruger.h"

#include <QList>
#include <QLocale>

#include <cpl_error.h>
#include <ogr_spatialref.h>

#include <cmath>
#include <memory>

namespace {

// One value as typed: degrees (with minutes and seconds), or metres.
struct Part
{
    double degrees = 0;
    double minutes = 0;
    double seconds = 0;
    bool negative = false;
    bool hasMinutes = false;
    bool hasSeconds = false;
    bool symbols = false;         // written with °, ′ or ″
    QChar hemisphere;             // N, S, E or W; null when none
    bool hemisphereFirst = false; // "N30" rather than "30N"
    QString label;                // lon, lat (typed before the value); empty when none

    double value() const
    {
        const double v = degrees + minutes / 60 + seconds / 3600;
        const bool south = hemisphere == u'S' || hemisphere == u'W';
        return (negative != south) ? -v : v;
    }
    bool isLatitude() const { return hemisphere == u'N' || hemisphere == u'S' || label == u"lat"; }
    bool isLongitude() const { return hemisphere == u'E' || hemisphere == u'W' || label == u"lon"; }
};

QString normalised(QString text)
{
    text = text.normalized(QString::NormalizationForm_KC); // full-width digits, commas, letters
    const std::pair<const char *, const char *> words[] = {
        {"北纬", " N "},   {"南纬", " S "}, {"东经", " E "}, {"西经", " W "}, {"经度", " lon "},
        {"纬度", " lat "}, {"度", "°"},     {"分", "'"},     {"秒", "\""},    {"″", "\""},
        {"′′", "\""},      {"′", "'"},      {"’", "'"},      {"‘", "'"},      {"”", "\""},
        {"“", "\""},       {"''", "\""},    {"º", "°"},      {"˚", "°"},      {"、", ","},
    };
    for (const auto &[from, to] : words)
        text.replace(QString::fromUtf8(from), QString::fromUtf8(to));
    return text;
}

enum class Token { Number, Degree, Minute, Second, Hemisphere, Label, Separator };

struct Lexeme
{
    Token token;
    double number = 0;
    bool negative = false;
    QString text = {};
};

// The text as lexemes; an error names the first character that is none.
Result<QList<Lexeme>> lex(const QString &text)
{
    QList<Lexeme> lexemes;
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text[i];
        if (c.isSpace() || c == u',' || c == u';' || c == u'=' || c == u':' || c == u'/') {
            lexemes << Lexeme{Token::Separator};
            ++i;
        } else if (c.isDigit() || c == u'.'
                   || ((c == u'-' || c == u'+') && i + 1 < text.size()
                       && (text[i + 1].isDigit() || text[i + 1] == u'.'))) {
            qsizetype end = i + 1;
            while (end < text.size() && (text[end].isDigit() || text[end] == u'.'))
                ++end;
            bool ok = false;
            const QString digits = text.mid(i, end - i);
            const double value = QLocale::c().toDouble(digits, &ok);
            if (!ok)
                return Error{CoordinateParser::tr("“%1” is not a number").arg(digits)};
            lexemes << Lexeme{Token::Number, std::abs(value), digits.startsWith(u'-'), digits};
            i = end;
        } else if (c == u'°') {
            lexemes << Lexeme{Token::Degree};
            ++i;
        } else if (c == u'\'') {
            lexemes << Lexeme{Token::Minute};
            ++i;
        } else if (c == u'"') {
            lexemes << Lexeme{Token::Second};
            ++i;
        } else if (c.isLetter() && c.unicode() < 0x80) {
            qsizetype end = i + 1;
            while (end < text.size() && text[end].isLetter() && text[end].unicode() < 0x80)
                ++end;
            const QString word = text.mid(i, end - i).toLower();
            i = end;
            static const std::pair<const char *, char> hemispheres[] = {
                {"n", 'N'}, {"north", 'N'}, {"s", 'S'}, {"south", 'S'},
                {"e", 'E'}, {"east", 'E'},  {"w", 'W'}, {"west", 'W'},
            };
            static const std::pair<const char *, const char *> labels[] = {
                {"lon", "lon"}, {"lng", "lon"},      {"long", "lon"}, {"longitude", "lon"},
                {"lat", "lat"}, {"latitude", "lat"}, {"x", "x"},      {"y", "y"},
            };
            bool known = false;
            for (const auto &[w, h] : hemispheres) {
                if (word == QLatin1String(w)) {
                    lexemes << Lexeme{Token::Hemisphere, 0, false, QString(QLatin1Char(h))};
                    known = true;
                }
            }
            for (const auto &[w, l] : labels) {
                if (word == QLatin1String(w)) {
                    lexemes << Lexeme{Token::Label, 0, false, QString::fromLatin1(l)};
                    known = true;
                }
            }
            if (!known)
                return Error{
                    CoordinateParser::tr("“%1” is neither a number nor N, S, E or W").arg(word)};
        } else {
            return Error{
                CoordinateParser::tr("the character “%1” has no place in a coordinate").arg(c)};
        }
    }
    return lexemes;
}

// The values of the text, each with its minutes, seconds, hemisphere and label.
Result<QList<Part>> parts(const QList<Lexeme> &lexemes)
{
    QList<Part> list;
    QChar pendingHemisphere;
    QString pendingLabel;
    bool separated = true; // a separator since the last value
    for (qsizetype i = 0; i < lexemes.size(); ++i) {
        const Lexeme &l = lexemes[i];
        Part *current = list.isEmpty() ? nullptr : &list.last();
        switch (l.token) {
        case Token::Separator:
            separated = true;
            break;
        case Token::Hemisphere:
            // After a value that has none: its suffix ("30N"); otherwise the next one's prefix.
            if (current && current->hemisphere.isNull() && pendingHemisphere.isNull()
                && (!separated || !current->hemisphereFirst)) {
                current->hemisphere = l.text.at(0);
            } else {
                pendingHemisphere = l.text.at(0);
            }
            break;
        case Token::Label:
            pendingLabel = l.text;
            break;
        case Token::Degree:
        case Token::Minute:
        case Token::Second:
            return Error{CoordinateParser::tr("a degree, minute or second sign follows no number")};
        case Token::Number: {
            const Token next = i + 1 < lexemes.size() ? lexemes[i + 1].token : Token::Separator;
            if (next == Token::Minute || next == Token::Second) {
                if (!current || !current->symbols
                    || (next == Token::Minute ? current->hasMinutes || current->hasSeconds
                                              : current->hasSeconds))
                    return Error{CoordinateParser::tr("minutes or seconds (%1) follow no degrees")
                                     .arg(l.text)};
                if (l.number >= 60)
                    return Error{CoordinateParser::tr("minutes and seconds must be below 60, "
                                                      "not %1")
                                     .arg(l.text)};
                (next == Token::Minute ? current->minutes : current->seconds) = l.number;
                (next == Token::Minute ? current->hasMinutes : current->hasSeconds) = true;
                ++i;
                break;
            }
            Part part;
            part.degrees = l.number;
            part.negative = l.negative;
            part.symbols = next == Token::Degree;
            part.hemisphere = pendingHemisphere;
            part.hemisphereFirst = !pendingHemisphere.isNull();
            part.label = pendingLabel;
            pendingHemisphere = QChar();
            pendingLabel.clear();
            list << part;
            if (next == Token::Degree)
                ++i;
            break;
        }
        }
        if (l.token != Token::Separator)
            separated = false;
    }
    if (!pendingHemisphere.isNull())
        return Error{
            CoordinateParser::tr("the hemisphere %1 belongs to no value").arg(pendingHemisphere)};
    return list;
}

// Degrees, minutes and seconds typed as plain numbers between hemispheres ("30 16 48 N 120 9 0
// E"): each run of one to three numbers is one value.
QList<Part> grouped(const QList<Part> &list)
{
    QList<QList<Part>> runs;
    bool open = false;
    for (const Part &p : list) {
        if (!open || (p.hemisphereFirst && !p.hemisphere.isNull()))
            runs.append(QList<Part>());
        runs.last() << p;
        open = !(!p.hemisphere.isNull() && !p.hemisphereFirst); // a suffix closes the run
    }
    QList<Part> values;
    for (const QList<Part> &run : std::as_const(runs)) {
        if (run.size() > 3)
            return list;
        Part value = run.first();
        for (const Part &p : run) {
            if (!p.hemisphere.isNull())
                value.hemisphere = p.hemisphere;
        }
        if (run.size() > 1) {
            value.minutes = run[1].degrees;
            value.hasMinutes = true;
        }
        if (run.size() > 2) {
            value.seconds = run[2].degrees;
            value.hasSeconds = true;
        }
        value.symbols = true;
        values << value;
    }
    return values;
}

QString degreesText(const QPointF &lonLat)
{
    const QLocale c = QLocale::c();
    return CoordinateParser::tr("%1°%2, %3°%4")
        .arg(c.toString(std::abs(lonLat.y()), 'f', 6))
        .arg(QChar(lonLat.y() < 0 ? u'S' : u'N'))
        .arg(c.toString(std::abs(lonLat.x()), 'f', 6))
        .arg(QChar(lonLat.x() < 0 ? u'W' : u'E'));
}

Result<CoordinateParser::Position> gaussKruger(double a, double b,
                                               const std::optional<QPointF> &near)
{
    auto isEasting
        = [](double v) { return (v >= 0 && v < 1'000'000) || (v >= 13'000'000 && v < 46'000'000); };
    auto isNorthing = [](double v) { return v >= 1'000'000 && v < 10'000'000; };
    double northing = 0, easting = 0;
    if (isNorthing(a) && isEasting(b)) {
        northing = a;
        easting = b;
    } else if (isNorthing(b) && isEasting(a)) {
        northing = b;
        easting = a;
    } else {
        return Error{CoordinateParser::tr(
            "these are not degrees, and as Gauss-Kruger metres one should be a northing "
            "(1 000 000–10 000 000) and the other an easting (below 1 000 000, or with the zone "
            "number in front, such as 40 500 000)")};
    }
    int epsg = 0;
    QString zoneText;
    if (easting >= 13'000'000) {
        const int zone = int(easting / 1'000'000);
        if (zone >= 25 && zone <= 45)
            epsg = 4513 + zone - 25;
        else if (zone >= 13 && zone <= 23)
            epsg = 4491 + zone - 13;
        else
            return Error{CoordinateParser::tr("zone %1 is not a Gauss-Kruger zone of China "
                                              "(3° zones 25–45, 6° zones 13–23)")
                             .arg(zone)};
        zoneText = zone >= 25 ? CoordinateParser::tr("3° zone %1").arg(zone)
                              : CoordinateParser::tr("6° zone %1").arg(zone);
    } else {
        const auto gk = near ? GaussKruger::fromLonLat(near->x(), near->y()) : std::nullopt;
        if (!gk)
            return Error{CoordinateParser::tr(
                "the easting has no zone number; type it with the zone number in front "
                "(such as 40 500 000)")};
        epsg = gk->epsg;
        zoneText = CoordinateParser::tr("the 3° zone of %1°E (the map's)").arg(gk->centralMeridian);
    }
    OGRSpatialReference from, to;
    from.importFromEPSG(epsg);
    from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    to.importFromEPSG(4490);
    to.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    CPLPushErrorHandler(CPLQuietErrorHandler);
    std::unique_ptr<OGRCoordinateTransformation> t(OGRCreateCoordinateTransformation(&from, &to));
    double x = easting, y = northing;
    const bool ok = t && t->Transform(1, &x, &y) && std::isfinite(x) && std::isfinite(y);
    CPLPopErrorHandler();
    if (!ok || std::abs(y) > 90)
        return Error{CoordinateParser::tr("X %1, Y %2 is not a place in %3")
                         .arg(northing, 0, 'f', 1)
                         .arg(easting, 0, 'f', 1)
                         .arg(zoneText)};
    const QLocale c = QLocale::c();
    return CoordinateParser::Position{
        {x, y},
        CoordinateParser::Kind::GaussKruger,
        CoordinateParser::tr("CGCS2000 Gauss-Kruger, %1 (EPSG:%2): X %3 m, Y %4 m → %5")
            .arg(zoneText)
            .arg(epsg)
            .arg(c.toString(northing, 'f', 1), c.toString(easting, 'f', 1), degreesText({x, y}))};
}

} // namespace

Result<CoordinateParser::Position> CoordinateParser::parse(const QString &text, Source source,
                                                           std::optional<QPointF> near)
{
    const QString shown = text.trimmed();
    auto fail = [&](const QString &why) -> Error {
        return Error{tr("Cannot read “%1” as a coordinate: %2.").arg(shown, why)};
    };
    if (shown.isEmpty())
        return Error{tr("Type a coordinate: longitude and latitude (120.15, 30.28), degrees, "
                        "minutes and seconds (30°16'48\"N 120°09'00\"E) or Gauss-Kruger X and Y "
                        "in metres.")};
    auto lexemes = lex(normalised(shown));
    if (!lexemes)
        return fail(lexemes.errorMessage());
    auto values = parts(*lexemes);
    if (!values)
        return fail(values.errorMessage());
    QList<Part> list = *values;
    const bool anyHemisphere = std::any_of(list.begin(), list.end(),
                                           [](const Part &p) { return !p.hemisphere.isNull(); });
    const bool anySymbols
        = std::any_of(list.begin(), list.end(), [](const Part &p) { return p.symbols; });
    if (list.size() > 2 && anyHemisphere && !anySymbols)
        list = grouped(list);
    if (list.isEmpty())
        return fail(tr("it holds no number"));
    if (list.size() == 1)
        return fail(tr("it holds one value; give two, longitude and latitude or X and Y"));
    if (list.size() > 2)
        return fail(
            tr("it holds %1 values; give two, longitude and latitude or X and Y").arg(list.size()));

    const Part &a = list[0];
    const Part &b = list[1];
    const bool degrees = anySymbols || anyHemisphere || a.label == u"lat" || a.label == u"lon"
                         || b.label == u"lat" || b.label == u"lon"
                         || (std::abs(a.value()) <= 180 && std::abs(b.value()) <= 180);
    if (!degrees) {
        if (source != Source::Wgs84)
            return fail(tr("Gauss-Kruger coordinates are never Amap or Baidu coordinates; "
                           "switch that option off"));
        auto position = gaussKruger(a.value(), b.value(), near);
        if (!position)
            return fail(position.errorMessage());
        return position;
    }

    // Which value is the latitude: hemispheres and labels say; otherwise the one that cannot be
    // a longitude of China goes second ("120.15, 30.28"), and longitude first when undecided.
    double lon = a.value(), lat = b.value();
    if (a.isLatitude() && b.isLatitude())
        return fail(tr("both values are latitudes"));
    if (a.isLongitude() && b.isLongitude())
        return fail(tr("both values are longitudes"));
    auto inChinaLon = [](double v) { return v >= 73 && v <= 136; };
    auto inChinaLat = [](double v) { return v >= 3 && v <= 54; };
    const bool decided = a.isLatitude() || a.isLongitude() || b.isLatitude() || b.isLongitude();
    if (a.isLatitude() || b.isLongitude()
        || (!decided
            && ((std::abs(a.value()) <= 90 && std::abs(b.value()) > 90)
                || (inChinaLat(a.value()) && inChinaLon(b.value())
                    && !(inChinaLon(a.value()) && inChinaLat(b.value()))))))
        std::swap(lon, lat);
    for (const Part &p : list) {
        if ((p.hasMinutes && p.degrees != std::floor(p.degrees))
            || (p.hasSeconds && p.minutes != std::floor(p.minutes)))
            return fail(tr("only the last of degrees, minutes and seconds may have decimals"));
    }
    if (std::abs(lat) > 90)
        return fail(tr("a latitude lies between −90° and 90°, not %1°").arg(lat));
    if (std::abs(lon) > 180)
        return fail(tr("a longitude lies between −180° and 180°, not %1°").arg(lon));

    QPointF lonLat(lon, lat);
    QString from;
    if (source == Source::Gcj02) {
        lonLat = ChinaCoords::wgs84FromGcj02(lonLat);
        from = tr(" (from Amap/Tencent GCJ-02)");
    } else if (source == Source::Bd09) {
        lonLat = ChinaCoords::wgs84FromBd09(lonLat);
        from = tr(" (from Baidu BD-09)");
    }
    return Position{lonLat, anySymbols || anyHemisphere ? Kind::Dms : Kind::Degrees,
                    degreesText(lonLat) + from};
}
