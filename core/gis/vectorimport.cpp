// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/gis/vectorimport.h"

#include "core/commands/commands.h"
#include "core/domain/fields.h"
#include "core/domain/landgrade.h"
#include "core/domain/parcellifecycle.h"
#include "core/domain/valueparsers.h"
#include "core/geometry/geodesic.h"
#include "core/geometry/parcelgeometry.h"
#include "core/io/gdalutil.h"
#include "core/map/crs/chinacoords.h"
#include "core/map/crs/gausskruger.h"
#include "core/project/projectdocument.h"
#include "core/storage/gpkggeometry.h"
#include "core/storage/projectfile.h"
#include "core/storage/schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QStringDecoder>
#include <QVarLengthArray>

#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogr_geometry.h>
#include <ogrsf_frmts.h>

#include <cmath>

namespace {

constexpr double kSquareMetresPerMu = 2000.0 / 3.0;
// Whether a polygon is certainly valid without asking GEOS, which costs more than the rest of
// planning a parcel: one polygon, no holes, at most 64 vertices, and no two edges that meet
// other than end to end (the orientation tests are decided only with a clear margin). False
// means "ask GEOS", not "invalid".
bool certainlyValid(const OGRMultiPolygon &polygons)
{
    if (polygons.getNumGeometries() != 1)
        return false;
    const OGRPolygon *polygon = polygons.getGeometryRef(0);
    const OGRLinearRing *ring = polygon->getExteriorRing();
    if (!ring || polygon->getNumInteriorRings() != 0)
        return false;
    const int n = ring->getNumPoints();
    if (n < 4 || n > 65 || ring->getX(0) != ring->getX(n - 1) || ring->getY(0) != ring->getY(n - 1))
        return false;
    QVarLengthArray<QPointF, 65> p;
    for (int i = 0; i < n; ++i) {
        const QPointF point(ring->getX(i), ring->getY(i));
        if (p.isEmpty() || point != p.last()) // repeated vertices are allowed
            p.append(point);
    }
    const qsizetype edges = p.size() - 1;
    if (edges < 3)
        return false;
    double minX = p[0].x(), maxX = minX, minY = p[0].y(), maxY = minY;
    for (const QPointF &point : p) {
        minX = std::min(minX, point.x());
        maxX = std::max(maxX, point.x());
        minY = std::min(minY, point.y());
        maxY = std::max(maxY, point.y());
    }
    const double scale = std::max(maxX - minX, maxY - minY);
    const double margin = 1e-9 * scale * scale;
    auto orientation = [](const QPointF &a, const QPointF &b, const QPointF &c) {
        return (b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x());
    };
    for (qsizetype i = 0; i < edges; ++i) {
        const QPointF &a = p[i], &b = p[i + 1];
        for (qsizetype j = i + 1; j < edges; ++j) {
            const QPointF &c = p[j], &d = p[j + 1];
            if (j == i + 1 || (i == 0 && j == edges - 1)) {
                // Neighbours share a vertex; they must not fold back onto each other.
                const QPointF &shared = j == i + 1 ? b : a;
                const QPointF &before = j == i + 1 ? a : b;
                const QPointF &after = j == i + 1 ? d : c;
                if (std::abs(orientation(before, shared, after)) <= margin
                    && QPointF::dotProduct(shared - before, after - shared) <= 0)
                    return false;
                continue;
            }
            if (std::max(a.x(), b.x()) < std::min(c.x(), d.x())
                || std::max(c.x(), d.x()) < std::min(a.x(), b.x())
                || std::max(a.y(), b.y()) < std::min(c.y(), d.y())
                || std::max(c.y(), d.y()) < std::min(a.y(), b.y()))
                continue;
            const double o1 = orientation(a, b, c), o2 = orientation(a, b, d);
            const double o3 = orientation(c, d, a), o4 = orientation(c, d, b);
            if (std::abs(o1) <= margin || std::abs(o2) <= margin || std::abs(o3) <= margin
                || std::abs(o4) <= margin)
                return false; // touching or too close to tell
            if ((o1 > 0) != (o2 > 0) && (o3 > 0) != (o4 > 0))
                return false; // crossing
        }
    }
    double twice = 0;
    for (qsizetype i = 0; i < edges; ++i)
        twice += orientation(p[0], p[i], p[i + 1]);
    return std::abs(twice) > margin;
}

// The code a source value names: the user's translation first, then the catalogue's words.
QString codeOf(const Field &field, const QString &text, const VectorImport::Options &options)
{
    const QString code = options.values.value(Fields::key(field)).value(text);
    return Domain::isValid(field.codes(), code) ? code : Domain::fromText(field.codes(), text);
}

} // namespace

QJsonObject VectorImport::Report::toJson() const
{
    QJsonArray rejectedJson, flaggedJson;
    for (const Issue &issue : rejected)
        rejectedJson.append(QJsonObject{{QStringLiteral("index"), issue.index},
                                        {QStringLiteral("reason"), issue.reason}});
    for (const AreaFlag &flag : flagged)
        flaggedJson.append(QJsonObject{{QStringLiteral("index"), flag.index},
                                       {QStringLiteral("file_mu"), flag.fileMu},
                                       {QStringLiteral("computed_mu"), flag.computedMu}});
    QJsonObject mappingJson;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        mappingJson.insert(it.key(), it.value());
    return {
        {QStringLiteral("source"), source},
        {QStringLiteral("driver"), driver},
        {QStringLiteral("source_layer"), sourceLayer},
        {QStringLiteral("layer"), layer},
        {QStringLiteral("crs"), crs},
        {QStringLiteral("crs_origin"), crsOrigin},
        {QStringLiteral("encoding"), encoding},
        {QStringLiteral("encoding_origin"), encodingOrigin},
        {QStringLiteral("web_offset"), webOffset},
        {QStringLiteral("suggested_web_offset"), suggestedOffset},
        {QStringLiteral("web_offset_reason"), offsetReason},
        {QStringLiteral("x_field"), xField},
        {QStringLiteral("y_field"), yField},
        {QStringLiteral("features"), features},
        {QStringLiteral("accepted"), accepted},
        {QStringLiteral("repaired"), repaired},
        {QStringLiteral("rejected"), rejectedJson},
        {QStringLiteral("flagged_area"), flaggedJson},
        {QStringLiteral("mapping"), mappingJson},
        {QStringLiteral("unmapped_source_fields"),
         QJsonArray::fromStringList(unmappedSourceFields)},
        {QStringLiteral("unknown_values"), QJsonArray::fromStringList(unknownValues)},
        {QStringLiteral("defaulted"), QJsonArray::fromStringList(defaulted)},
        {QStringLiteral("written"), written},
    };
}

QStringList VectorImport::layers()
{
    return {QStringLiteral("parcels"), QStringLiteral("parks"), QStringLiteral("units"),
            QStringLiteral("enclaves")};
}

QMap<QString, QString> VectorImport::guessMapping(const QString &layer, const QStringList &fields)
{
    QMap<QString, QString> mapping;
    QSet<int> taken;
    for (const Field &field : Fields::of(layer)) {
        if (field.type == Field::Type::Reference || field.isLocation() || field.has(Field::Derived))
            continue;
        QStringList words = Fields::headerWords(field);
        words << Fields::key(field) << Fields::column(field);
        for (const QString &word : std::as_const(words)) {
            int found = -1;
            for (int i = 0; i < fields.size() && found < 0; ++i) {
                if (fields[i].trimmed().compare(word, Qt::CaseInsensitive) == 0
                    && !taken.contains(i))
                    found = i;
            }
            if (found >= 0) {
                mapping.insert(Fields::key(field), fields[found]);
                taken.insert(found);
                break;
            }
        }
    }
    return mapping;
}

QList<VectorImport::UnknownValue> VectorImport::unknownValues(const Source &source,
                                                              const Options &options)
{
    const QMap<QString, QString> mapping
        = options.mapping.isEmpty() ? guessMapping(options.layer, source.fields) : options.mapping;
    QList<UnknownValue> unknown;
    for (const Field &field : Fields::of(options.layer)) {
        const int column = int(source.fields.indexOf(mapping.value(Fields::key(field))));
        if (field.type != Field::Type::Code || column < 0)
            continue;
        // 闲置 and 低效, statuses once, are read as a status and an idle category (plan()).
        const bool legacyStatus = options.layer == QLatin1String("parcels")
                                  && Fields::key(field) == QLatin1String("status");
        QMap<QString, int> counts;
        for (const Feature &feature : source.features) {
            const QString text = feature.values.value(column).trimmed();
            if (!text.isEmpty() && codeOf(field, text, options).isEmpty()
                && !(legacyStatus && ParcelLifecycle::fromLegacyStatus(text)))
                ++counts[text];
        }
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            unknown << UnknownValue{Fields::key(field), it.key(), it.value()};
    }
    return unknown;
}

Result<VectorImport::Plan> VectorImport::plan(ProjectFile &project, const Source &source,
                                              const Options &options)
{
    if (!layers().contains(options.layer))
        return Error{tr("Features cannot be imported into %1; choose one of %2.")
                         .arg(options.layer, layers().join(QStringLiteral(", ")))};
    const std::span<const Field> fields = Fields::of(options.layer);
    const bool points = options.layer == QLatin1String("enclaves");
    const bool parcels = options.layer == QLatin1String("parcels");

    Plan plan;
    Report &report = plan.report;
    report = source.report;
    report.layer = options.layer;

    // Field key → source column index.
    QMap<QString, int> columns;
    if (!options.mapping.isEmpty()) {
        for (auto it = options.mapping.cbegin(); it != options.mapping.cend(); ++it) {
            const Field *field = Fields::find(fields, it.key());
            if (!field || field->type == Field::Type::Reference)
                return Error{tr("The mapping names %1, which is not a field of %2.")
                                 .arg(it.key(), options.layer)};
            const int column = source.fields.indexOf(it.value());
            if (column < 0)
                return Error{tr("The mapping names the field %1, which %2 does not have.")
                                 .arg(it.value(), QFileInfo(report.source).fileName())};
            columns.insert(it.key(), column);
        }
    } else {
        const QMap<QString, QString> guessed = guessMapping(options.layer, source.fields);
        for (auto it = guessed.cbegin(); it != guessed.cend(); ++it)
            columns.insert(it.key(), int(source.fields.indexOf(it.value())));
    }
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        report.mapping.insert(it.key(), source.fields[it.value()]);
    for (int i = 0; i < source.fields.size(); ++i) {
        if (!columns.values().contains(i))
            report.unmappedSourceFields << source.fields[i];
    }

    QMap<std::pair<QString, QString>, int> unknown; // field key, text → features
    QSet<QString> defaulted;
    qint64 key = Commands::nextKey(project, options.layer, QStringLiteral("fid"));
    const QString areaKey = QStringLiteral("area");
    for (const Feature &feature : source.features) {
        auto reject = [&](const QString &reason) {
            report.rejected << Issue{feature.index, reason};
        };
        if (!feature.problem.isEmpty()) {
            reject(feature.problem);
            continue;
        }
        if (!feature.geometry || feature.geometry->IsEmpty()) {
            reject(tr("it has no geometry"));
            continue;
        }
        std::unique_ptr<OGRGeometry> geometry(feature.geometry->clone());
        geometry->flattenTo2D();
        bool repaired = false;
        if (points) {
            OGRwkbGeometryType type = wkbFlatten(geometry->getGeometryType());
            if (type == wkbMultiPoint && geometry->toMultiPoint()->getNumGeometries() == 1)
                geometry.reset(geometry->toMultiPoint()->getGeometryRef(0)->clone());
            if (wkbFlatten(geometry->getGeometryType()) != wkbPoint) {
                reject(tr("it is a %1, not a point")
                           .arg(QString::fromUtf8(geometry->getGeometryName())));
                continue;
            }
        } else {
            auto polygons = ParcelGeometry::polygonsOf(*geometry);
            if (!polygons) {
                reject(tr("it is a %1, not an area (polygon)")
                           .arg(QString::fromUtf8(geometry->getGeometryName())));
                continue;
            }
            // GEOS explains each invalid geometry on stderr; the report counts them instead.
            CPLPushErrorHandler(CPLQuietErrorHandler);
            const bool valid = certainlyValid(*polygons) || polygons->IsValid();
            CPLPopErrorHandler();
            if (!valid) {
                CPLErrorReset();
                std::unique_ptr<OGRGeometry> valid(polygons->MakeValid());
                auto validPolygons = valid ? ParcelGeometry::polygonsOf(*valid) : nullptr;
                if (!validPolygons || !validPolygons->IsValid()) {
                    reject(tr("its geometry is invalid and could not be repaired%1")
                               .arg(CPLGetLastErrorMsg()[0]
                                        ? QStringLiteral(" (%1)").arg(gdalLastError())
                                        : QString()));
                    continue;
                }
                polygons = std::move(validPolygons);
                repaired = true;
            }
            geometry = std::move(polygons);
        }

        QVariantMap row;
        QString problem;
        for (const Field &field : fields) {
            const QString fieldKey = Fields::key(field);
            const QString text = columns.contains(fieldKey)
                                     ? feature.values.value(columns.value(fieldKey)).trimmed()
                                     : QString();
            QVariant value;
            switch (field.type) {
            case Field::Type::Code:
                if (!text.isEmpty()) {
                    const QString code = codeOf(field, text, options);
                    // 闲置 and 低效 were statuses once; now a status and a category.
                    const auto legacy = parcels && fieldKey == QLatin1String("status")
                                            ? ParcelLifecycle::fromLegacyStatus(text)
                                            : std::nullopt;
                    if (!code.isEmpty()) {
                        value = code;
                    } else if (legacy) {
                        value = legacy->status;
                        if (!row.contains(QStringLiteral("idle_category")))
                            row.insert(QStringLiteral("idle_category"), legacy->category);
                    } else {
                        ++unknown[{fieldKey, text}];
                    }
                }
                break;
            case Field::Type::Boolean:
                if (!text.isEmpty()) {
                    const std::optional<bool> yes = ValueParsers::parseBoolean(text);
                    if (!yes)
                        ++unknown[{fieldKey, text}];
                    else
                        value = *yes ? 1 : 0;
                }
                break;
            case Field::Type::Area: {
                auto area = ValueParsers::parseArea(text);
                if (!area)
                    problem = tr("%1: %2").arg(Fields::label(field), area.errorMessage());
                else if (area->has_value())
                    value = **area;
                break;
            }
            case Field::Type::Money:
            case Field::Type::MoneyUsd:
            case Field::Type::MoneyPerMu:
            case Field::Type::MoneyWan:
            case Field::Type::Number:
            case Field::Type::Integer:
                if (!text.isEmpty()) {
                    bool ok = false;
                    const double number = text.toDouble(&ok);
                    if (!ok || number < 0)
                        problem = tr("%1: \"%2\" is not a number").arg(Fields::label(field), text);
                    else
                        value = field.type == Field::Type::Integer ? QVariant(qint64(number))
                                                                   : QVariant(number);
                }
                break;
            case Field::Type::Date: {
                auto date = ValueParsers::parseDate(text);
                if (!date)
                    problem = tr("%1: %2").arg(Fields::label(field), date.errorMessage());
                else if (date->has_value())
                    value = (*date)->date.toString(Qt::ISODate);
                break;
            }
            case Field::Type::Text:
                if (!text.isEmpty()) {
                    if (const QString tooLong = Fields::lengthProblem(field, text);
                        !tooLong.isEmpty())
                        problem = tooLong;
                    value = text;
                }
                break;
            default:
                continue;
            }
            if (!problem.isEmpty())
                break;
            if (value.isNull() && field.has(Field::Required)) {
                if (field.type == Field::Type::Code && !field.codes().empty()) {
                    value = QString::fromLatin1(field.codes().front().code);
                    defaulted.insert(Fields::label(field) + QStringLiteral(" → ")
                                     + Domain::label(field.codes(), value.toString()));
                } else {
                    problem = tr("%1 is empty").arg(Fields::label(field));
                    break;
                }
            }
            if (!value.isNull())
                row.insert(Fields::column(field), value);
        }
        if (parcels && problem.isEmpty()) {
            const QStringList found = ParcelLifecycle::problems(
                [&](const QString &column) { return row.value(column); });
            if (!found.isEmpty())
                problem = found.first();
        }
        if (!problem.isEmpty()) {
            reject(problem);
            continue;
        }
        if (parcels) {
            const double computed = Geodesic::areaM2(*geometry) / kSquareMetresPerMu;
            const Field *area = Fields::find(fields, areaKey);
            const QString column = Fields::column(*area);
            if (row.contains(column)) {
                const double file = row.value(column).toDouble();
                if (Geodesic::differs(file, computed))
                    report.flagged << AreaFlag{feature.index, file, computed};
            } else {
                row.insert(column, std::round(computed * 100) / 100);
            }
            // The 亩均 grade is derived, never imported: from the recorded tax per mu, by the
            // default lines (an imported parcel has no park, so no unit of its own yet).
            const QVariant tax = row.value(QStringLiteral("tax_per_mu"));
            const QString grade = LandGrade::current(
                GradeThresholds(), row.value(column).toDouble(), std::nullopt, std::nullopt,
                tax.isNull() ? std::nullopt : std::optional<double>(tax.toDouble()));
            if (!grade.isEmpty())
                row.insert(QStringLiteral("grade"), grade);
        }
        row.insert(QStringLiteral("geom"), GpkgGeometry::encode(*geometry, Schema::kStorageSrsId));
        plan.changes.add(RowChange{options.layer, QStringLiteral("fid"), key++, {}, row});
        ++report.accepted;
        if (repaired)
            ++report.repaired;
    }
    for (auto it = unknown.cbegin(); it != unknown.cend(); ++it) {
        const auto &[fieldKey, text] = it.key();
        report.unknown << UnknownValue{fieldKey, text, it.value()};
        report.unknownValues << Fields::label(*Fields::find(fields, fieldKey))
                                    + QStringLiteral(": ") + text;
    }
    report.unknownValues.sort();
    report.defaulted = defaulted.values();
    report.defaulted.sort();
    return plan;
}

Status VectorImport::apply(ProjectDocument &document, Plan &plan)
{
    if (plan.changes.isEmpty())
        return {};
    const qint64 count = plan.report.accepted;
    if (Status done = Commands::apply(
            document, std::move(plan.changes),
            tr("Import %n feature(s) into %1", nullptr, int(count)).arg(plan.report.layer));
        !done)
        return done.error().withMessage(tr("Nothing was imported: %1").arg(done.errorMessage()));
    plan.changes = ChangeSet();
    plan.report.written = true;
    return {};
}

Result<VectorImport::Report> VectorImport::run(ProjectDocument &document, const QString &path,
                                               const Options &options)
{
    auto source = read(path, options);
    if (!source)
        return source.error();
    auto planned = plan(document.store(), *source, options);
    if (!planned)
        return planned.error();
    if (!options.dryRun) {
        if (Status done = apply(document, *planned); !done)
            return done.error();
    }
    return planned->report;
}
