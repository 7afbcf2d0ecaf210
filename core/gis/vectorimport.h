// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/commands/changeset.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPointF>
#include <QRectF>
#include <QStringList>

#include <memory>
#include <optional>

class OGRFeature;
class ProjectDocument;
class ProjectFile;

// Imports features from any GDAL vector source (Shapefile, GeoPackage, GeoJSON, KML, DXF, CSV
// with x/y …) into a project layer (parcels, parks, units, enclaves). Like the ledger import, in
// three steps: read() opens the source once — its CRS (from the file, the option, or guessed from
// Gauss-Kruger coordinates), its attribute encoding (a .cpg, the option, or detected GBK versus
// UTF-8) — and keeps the features reprojected to CGCS2000 (EPSG:4490); plan() maps the source
// fields to the field catalogue, repairs invalid geometries (MakeValid), rejects what cannot be
// repaired, recomputes parcel areas on the ellipsoid and flags those > 3 % off the file's area,
// all without writing; apply() writes the plan as one undoable command, or nothing.
// Not thread-safe; the plan belongs to the project it was planned against.
class VectorImport
{
    Q_DECLARE_TR_FUNCTIONS(VectorImport)
public:
    // Coordinates copied from Chinese web maps: GCJ-02 (Amap, Tencent) or BD-09 (Baidu), taken
    // back to WGS 84 (≈ CGCS2000) after reprojection.
    enum class WebOffset { None, Gcj02, Bd09 };

    struct Options
    {
        QString layer = QStringLiteral("parcels"); // project layer
        QString sourceLayer;                       // the source's layer; empty: the first
        QString sourceCrs;                         // "EPSG:4549", WKT …; empty: from the file
        QString encoding;                          // "GBK", "UTF-8"; empty: .cpg or detected
        QMap<QString, QString> mapping;            // field key → source field; empty: guessed
        WebOffset webOffset = WebOffset::None;     // the source came from a Chinese web map
        bool swapXY = false;                       // the source has x and y the wrong way round
        // A source without geometry (CSV, XLSX): the columns holding x and y (longitude and
        // latitude, or Gauss-Kruger metres); empty: found by name (x, lon, 经度 …).
        QString xField;
        QString yField;
        // The user's translations of source values into coded values: field key → text → code.
        // Taken before the catalogue's own words.
        QMap<QString, QMap<QString, QString>> values;
        qint64 limit = 0; // read(): at most this many features (a preview); 0: all
        // Longitude/latitude near which the data is expected (the project's centre): Gauss-Kruger
        // coordinates without zone number and without a CRS are read in the zone holding it.
        std::optional<QPointF> near;
        bool dryRun = false; // run(): plan only
    };

    struct Issue
    {
        qint64 index = 0; // the feature's position in the source, from 1
        QString reason;
    };

    // A source value that names no code of its field: listed, left empty unless translated.
    struct UnknownValue
    {
        QString field; // key
        QString text;
        int count = 0;
    };

    struct AreaFlag
    {
        qint64 index = 0;
        double fileMu = 0;
        double computedMu = 0;
    };

    struct Report
    {
        QString source;
        QString driver;
        QString sourceLayer;
        QString layer;
        QString crs;            // "EPSG:4549 (CGCS2000 / 3-degree Gauss-Kruger CM 117E)"
        QString crsOrigin;      // file, option, guessed
        QString encoding;       // UTF-8, GBK …
        QString encodingOrigin; // cpg, option, detected, format
        QString webOffset;      // gcj02, bd09; empty: none
        // What the source looks like it came from (gcj02, bd09; empty: nothing suggests a web
        // map) and why ("the field name gcj_lng"), for the user to decide.
        QString suggestedOffset;
        QString offsetReason;
        QString xField; // the columns points were made from; empty: the source has geometry
        QString yField;
        qint64 features = 0;
        qint64 accepted = 0;
        int repaired = 0;
        QList<Issue> rejected;
        QList<AreaFlag> flagged;
        QMap<QString, QString> mapping; // field key → source field used
        QStringList unmappedSourceFields;
        QStringList unknownValues; // "status: 征收中"
        QList<UnknownValue> unknown;
        QStringList defaulted; // required fields the source does not give: "status → reserve"
        bool written = false;
        QJsonObject toJson() const;
    };

    // One source feature, reprojected to EPSG:4490 (geometry may be null or invalid).
    struct Feature
    {
        qint64 index = 0;
        QStringList values; // in the order of Source::fields
        std::shared_ptr<class OGRGeometry> geometry;
        QString problem; // set when it could not be reprojected
    };

    struct Source
    {
        Report report; // source, driver, CRS and encoding filled
        QStringList fields;
        QList<Feature> features;
        bool hasGeometry = true; // false: a table (CSV, XLSX); points come from x/y columns
        int crsEpsg = 0;         // the CRS read in as an EPSG code; 0: none known
        bool projected = false;
        QRectF rawExtent; // of the whole layer, in the source's own coordinates (x/y swapped
                          // when asked); null when it has no geometry
        QRectF extent;    // the same in CGCS2000 longitude/latitude; null when it cannot be
    };

    // A layer of a source (a GeoPackage or DXF holds several; a ZIP archive one per file).
    struct SourceLayer
    {
        QString name;
        qint64 features = -1; // -1: not known without reading them all
        QString geometry;     // "Polygon", "Point" …; empty: none
    };

    struct Plan
    {
        Report report;
        ChangeSet changes;
    };

    // The project layers features can be imported into.
    static QStringList layers();

    // The mapping plan() guesses for source fields: field key → source field, from the
    // catalogue's header words (DKBH, 地块编号 …), keys and columns.
    static QMap<QString, QString> guessMapping(const QString &layer, const QStringList &fields);
    // The layers of a source; a ZIP archive lists the vector files inside it.
    static Result<QList<SourceLayer>> sourceLayers(const QString &path);
    static Result<Source> read(const QString &path, const Options &options);
    // The values of the mapped code fields that name no code, with the user's translations and
    // the catalogue's words, as plan() would list them (without planning).
    static QList<UnknownValue> unknownValues(const Source &source, const Options &options);
    static Result<Plan> plan(ProjectFile &project, const Source &source, const Options &options);
    // Writes the plan as one undoable step; sets report.written. Nothing is written on failure.
    static Status apply(ProjectDocument &document, Plan &plan);
    // Reads, plans and (unless options.dryRun) applies.
    static Result<Report> run(ProjectDocument &document, const QString &path,
                              const Options &options);
};
