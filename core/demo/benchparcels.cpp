// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/benchparcels.h"

#include "core/demo/demorandom.h"
#include "core/domain/domain.h"
#include "core/domain/landgrade.h"
#include "core/geometry/geodesic.h"
#include "core/geometry/parcelgeometry.h"
#include "core/io/gdalutil.h"
#include "core/storage/deferredindex.h"
#include "core/storage/gpkggeometry.h"
#include "core/storage/projectfile.h"
#include "core/storage/schema.h"

#include <QDate>

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <memory>

Status BenchParcels::copy(ProjectFile &project, const QString &source, const QString &layerName)
{
    GDALAllRegister();
    GDALDatasetUniquePtr dataset(
        GDALDataset::Open(source.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!dataset)
        return Error{tr("Cannot read %1: %2").arg(source, gdalLastError())};
    OGRLayer *layer = dataset->GetLayerByName(layerName.toUtf8().constData());
    if (!layer)
        return Error{tr("%1 has no layer %2.").arg(source, layerName)};
    OGRSpatialReference storage;
    storage.importFromEPSG(Schema::kStorageSrsId);
    storage.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> transform;
    if (const OGRSpatialReference *srs = layer->GetSpatialRef()) {
        OGRSpatialReference from(*srs);
        from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        transform.reset(OGRCreateCoordinateTransformation(&from, &storage));
    }
    SqliteTransaction transaction(project.db());
    if (!transaction.begun())
        return transaction.begun();
    if (!project.insertFeature(QStringLiteral("units"), nullptr,
                               {{QStringLiteral("name"), QStringLiteral("基准县")},
                                {QStringLiteral("kind"), QStringLiteral("county")}}))
        return Error{tr("Cannot write the scratch project.")};
    const QStringList chains{QStringLiteral("新能源、半导体"), QStringLiteral("装备制造"),
                             QStringLiteral("生物医药"), QStringLiteral("汽车零部件")};
    for (int park = 1; park <= 10; ++park) {
        auto added = project.insertFeature(
            QStringLiteral("parks"), nullptr,
            {{QStringLiteral("name"), QStringLiteral("基准园区%1").arg(park)},
             {QStringLiteral("kind"), QStringLiteral("industrial")},
             {QStringLiteral("unit_id"), 1},
             {QStringLiteral("chains"), chains[park % chains.size()]}});
        if (!added)
            return added.error();
    }
    auto index = DeferredSpatialIndex::begin(project.db(), QStringLiteral("parcels"));
    if (!index)
        return index.error();
    auto insert = project.db().prepare(QStringLiteral(
        "INSERT INTO parcels (geom, code, park_id, land_use, status, area_mu, idle_category, "
        "idle_since, price_per_mu, standard_land, tax_per_mu, grade) VALUES (?1, ?2, ?3, ?4, ?5, "
        "?6, ?7, ?8, ?9, ?10, ?11, ?12)"));
    if (!insert)
        return insert.error();
    DemoRandom random(7);
    // Tax per mu of the plots in production, from a generator of its own so that the other
    // attributes stay those of earlier runs: the 亩均 grade map has every grade to draw.
    DemoRandom taxes(11);
    const QStringList statuses = Domain::codes(Domain::parcelStatuses());
    const QStringList uses = Domain::codes(Domain::landUses());
    layer->ResetReading();
    qint64 n = 0;
    const qint64 count = layer->GetFeatureCount();
    for (OGRFeatureUniquePtr feature(layer->GetNextFeature()); feature;
         feature.reset(layer->GetNextFeature())) {
        OGRGeometry *geometry = feature->GetGeometryRef();
        if (!geometry)
            continue;
        if (transform)
            geometry->transform(transform.get());
        auto polygons = ParcelGeometry::polygonsOf(*geometry);
        if (!polygons)
            continue;
        const QString status = statuses[random.weighted({16, 10, 18, 16, 30, 10})];
        QVariant category;
        if (random.chance(0.12)) {
            const QString s = status;
            category = s == QLatin1String("reserve") || s == QLatin1String("listed")
                           ? QStringLiteral("approved_unsupplied")
                       : s == QLatin1String("transferred")  ? QStringLiteral("supplied_unused")
                       : s == QLatin1String("construction") ? QStringLiteral("built_not_producing")
                       : s == QLatin1String("producing")    ? QStringLiteral("producing_below")
                                                            : QVariant();
        }
        QVariant tax, grade;
        if (status == QLatin1String("producing") || status == QLatin1String("standard")) {
            const double perMu = std::round(std::exp(taxes.uniform(0.0, std::log(60.0))) * 10) / 10;
            tax = perMu;
            grade = LandGrade::grade(GradeThresholds(), perMu);
        }
        ++n;
        insert->bindAll(
            {GpkgGeometry::encode(*polygons, Schema::kStorageSrsId), QStringLiteral("B%1").arg(n),
             1 + (n * 10) / std::max<qint64>(1, count + 1), uses[random.weighted({70, 8, 8, 6, 8})],
             status,
             // Registered areas as a county's land register has them (log-uniform 5–500 亩),
             // not the bench cells' 0.9 亩: matching then sees a real spread of sizes.
             std::round(std::exp(random.uniform(std::log(5.0), std::log(500.0))) * 100) / 100,
             category,
             category.isNull()
                 ? QVariant()
                 : QVariant(
                     QDate(2019, 1, 1).addDays(random.between(0, 1500)).toString(Qt::ISODate)),
             std::round(random.uniform(15, 40) * 10) / 10, random.chance(0.3) ? 1 : 0, tax, grade});
        if (Status done = insert->run(); !done)
            return done;
    }
    if (*index) {
        if (Status done = (*index)->finish(project.db()); !done)
            return done;
    }
    if (Status done = project.refreshContentsExtents(); !done)
        return done;
    return transaction.commit();
}
