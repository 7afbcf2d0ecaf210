// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ledger/ledgerexport.h"

#include "core/domain/domain.h"
#include "core/io/gdalutil.h"
#include "core/storage/projectfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace {

struct Column
{
    const char *header; // as offices write it; the importer recognises every one
    const char *source; // projects column, or a joined name
    enum Kind { Text, Yi, Number, StageLabel, InvestorLabel } kind = Text;
};

const Column kColumns[] = {
    {"项目名称", "name"},
    {"投资方", "investor"},
    {"投资方类型", "investor_type", Column::InvestorLabel},
    {"所属区县", "unit_name"},
    {"所在园区", "park_name"},
    {"产业链", "chain"},
    {"总投资(亿元)", "investment_wan", Column::Yi},
    {"外资(万美元)", "foreign_investment_wan_usd", Column::Number},
    {"用地(亩)", "land_mu", Column::Number},
    {"预计年产值(亿元)", "expected_output_wan", Column::Yi},
    {"当前进度", "stage", Column::StageLabel},
    {"签约日期", "signed_date"},
    {"供地日期", "land_date"},
    {"开工日期", "construction_date"},
    {"投产日期", "production_date"},
    {"入库日期", "statistics_date"},
    {"领衔领导", "lead_official"},
    {"工作专班", "task_force"},
    {"备注", "notes"},
};

} // namespace

Result<int> LedgerExport::write(ProjectFile &project, const ProjectFilter &filter,
                                const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QString suffix = QFileInfo(path).suffix().toLower();
    const char *driverName = suffix == QLatin1String("xlsx")  ? "XLSX"
                             : suffix == QLatin1String("csv") ? "CSV"
                                                              : nullptr;
    if (!driverName)
        return Error{tr("%1: the ledger can be exported as .xlsx or .csv.").arg(shown)};
    if (QFileInfo::exists(path))
        return Error{tr("%1 already exists.").arg(shown)};
    // Every exported column of every matching project, in one query.
    QStringList columns;
    for (const Column &c : kColumns) {
        const QString source = QLatin1String(c.source);
        columns << (source == QLatin1String("unit_name")   ? QStringLiteral("u.name")
                    : source == QLatin1String("park_name") ? QStringLiteral("k.name")
                                                           : QStringLiteral("p.") + source);
    }
    const auto [where, args] = ProjectQuery::whereClause(filter);
    auto stmt = project.db().prepare(
        QStringLiteral("SELECT %1 FROM projects p LEFT JOIN units u ON u.fid = p.unit_id "
                       "LEFT JOIN parks k ON k.fid = p.park_id %2 ORDER BY p.fid")
            .arg(columns.join(QLatin1Char(',')), where));
    if (!stmt)
        return stmt.error();
    stmt->bindAll(args);

    GDALAllRegister();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(driverName);
    const char *csvOptions[]
        = {"WRITE_BOM=YES", nullptr}; // Excel opens UTF-8 CSV correctly with a BOM
    GDALDatasetUniquePtr dataset(
        driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset)
        return Error{tr("Cannot write %1: %2").arg(shown, gdalLastError())};
    OGRLayer *layer = dataset->CreateLayer(
        "项目台账", nullptr, wkbNone,
        const_cast<char **>(suffix == QLatin1String("csv") ? csvOptions : nullptr));
    if (!layer)
        return Error{tr("Cannot write %1: %2").arg(shown, gdalLastError())};
    for (const Column &c : kColumns) {
        OGRFieldDefn field(
            c.header, (c.kind == Column::Yi || c.kind == Column::Number) ? OFTReal : OFTString);
        if (layer->CreateField(&field) != OGRERR_NONE)
            return Error{tr("Cannot write %1: %2").arg(shown, gdalLastError())};
    }
    int written = 0;
    for (;;) {
        const SqliteStep row = stmt->step();
        if (row.failed())
            return row.error();
        if (!row.hasRow())
            break;
        OGRFeature feature(layer->GetLayerDefn());
        for (int i = 0; i < int(std::size(kColumns)); ++i) {
            const Column &c = kColumns[i];
            const QVariant v = stmt->value(i);
            if (v.isNull() || v.toString().isEmpty())
                continue;
            switch (c.kind) {
            case Column::Yi:
                feature.SetField(i, v.toDouble() / Domain::kWanPerYi);
                break;
            case Column::Number:
                feature.SetField(i, v.toDouble());
                break;
            case Column::StageLabel:
                feature.SetField(
                    i, Domain::label(Domain::stages(), v.toString()).toUtf8().constData());
                break;
            case Column::InvestorLabel:
                feature.SetField(
                    i, Domain::label(Domain::investorTypes(), v.toString()).toUtf8().constData());
                break;
            case Column::Text:
                feature.SetField(i, v.toString().toUtf8().constData());
                break;
            }
        }
        if (layer->CreateFeature(&feature) != OGRERR_NONE)
            return Error{tr("Cannot write %1: %2").arg(shown, gdalLastError())};
        ++written;
    }
    dataset.reset();
    if (!QFileInfo::exists(path))
        return Error{tr("Cannot write %1.").arg(shown)};
    return written;
}
