// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/targetimport.h"

#include "core/commands/commands.h"
#include "core/io/sheetreader.h"
#include "core/project/projectdocument.h"
#include "core/stats/metrics.h"
#include "core/storage/projectfile.h"
#include "core/storage/sqlitedb.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace {

enum Column { Unit, City, Year, MetricId, Value, Measure, Source, ColumnCount };

// The header words of each column: the published file's, then Chinese office words.
const QStringList &headerWords(int column)
{
    static const QList<QStringList> words{
        {QStringLiteral("unit"), QStringLiteral("单位"), QStringLiteral("地区"),
         QStringLiteral("区县")},
        {QStringLiteral("city"), QStringLiteral("城市"), QStringLiteral("所属城市"),
         QStringLiteral("设区市")},
        {QStringLiteral("year"), QStringLiteral("年份"), QStringLiteral("年度")},
        {QStringLiteral("metric"), QStringLiteral("指标"), QStringLiteral("指标代码")},
        {QStringLiteral("target"), QStringLiteral("value"), QStringLiteral("目标"),
         QStringLiteral("目标值")},
        {QStringLiteral("measure"), QStringLiteral("计量单位"), QStringLiteral("单位名称")},
        {QStringLiteral("source"), QStringLiteral("来源"), QStringLiteral("出处")},
    };
    return words[column];
}

struct UnitRow
{
    qint64 fid;
    QString city;
};

struct Existing
{
    qint64 id;
    double value;
    QString measure;
    QString source;
};

QString key(qint64 unit, int year, const QString &metric)
{
    return QStringLiteral("%1/%2/%3").arg(unit).arg(year).arg(metric);
}

std::optional<double> number(QString text)
{
    text.remove(QLatin1Char(',')).remove(QChar(0xFF0C)).remove(QLatin1Char(' '));
    bool ok = false;
    const double value = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

QJsonObject TargetImport::Report::toJson() const
{
    QJsonArray issues;
    for (const Issue &issue : rejected)
        issues.append(QJsonObject{{QStringLiteral("row"), issue.row},
                                  {QStringLiteral("reason"), issue.reason}});
    return QJsonObject{
        {QStringLiteral("file"), file},           {QStringLiteral("rows"), rows},
        {QStringLiteral("created"), created},     {QStringLiteral("updated"), updated},
        {QStringLiteral("unchanged"), unchanged}, {QStringLiteral("rejected"), issues},
        {QStringLiteral("written"), written}};
}

Result<TargetImport::Plan> TargetImport::plan(ProjectFile &project, const Sheet &sheet)
{
    Plan plan;
    Report &report = plan.report;
    report.file = sheet.name;
    if (sheet.rows.isEmpty())
        return Error{tr("%1 is empty: a targets file needs a header row (unit, year, metric, "
                        "target) and one target per row.")
                         .arg(sheet.name)};
    // The header: the first row that names unit, year, metric and target.
    int headerIndex = -1;
    int columns[ColumnCount];
    for (int r = 0; r < std::min<int>(int(sheet.rows.size()), 10) && headerIndex < 0; ++r) {
        std::fill(std::begin(columns), std::end(columns), -1);
        const QStringList &cells = sheet.rows[r];
        for (int c = 0; c < cells.size(); ++c) {
            const QString cell = cells[c].trimmed().toLower();
            for (int col = 0; col < ColumnCount; ++col) {
                if (columns[col] < 0 && headerWords(col).contains(cell))
                    columns[col] = c;
            }
        }
        if (columns[Unit] >= 0 && columns[Year] >= 0 && columns[MetricId] >= 0
            && columns[Value] >= 0)
            headerIndex = r;
    }
    if (headerIndex < 0)
        return Error{tr("%1 has no header row naming the columns unit, year, metric and target "
                        "(or 单位, 年份, 指标, 目标).")
                         .arg(sheet.name)};

    SqliteDb &db = project.db();
    QMultiHash<QString, UnitRow> units;
    {
        auto stmt = db.prepare(QStringLiteral("SELECT fid, name, city FROM units"));
        if (!stmt)
            return stmt.error();
        Status read = stmt->forEachRow([&] {
            units.insert(stmt->text(1).trimmed(), UnitRow{stmt->int64(0), stmt->text(2)});
        });
        if (!read)
            return read.error();
    }
    QHash<QString, Existing> existing;
    {
        auto stmt = db.prepare(QStringLiteral(
            "SELECT id, unit_id, year, metric, value, measure, source FROM targets"));
        if (!stmt)
            return stmt.error();
        Status read = stmt->forEachRow([&] {
            existing.insert(key(stmt->int64(1), int(stmt->int64(2)), stmt->text(3)),
                            Existing{stmt->int64(0), stmt->real(4), stmt->text(5), stmt->text(6)});
        });
        if (!read)
            return read.error();
    }

    qint64 nextId = Commands::nextKey(project, QStringLiteral("targets"), QStringLiteral("id"));
    QHash<QString, int> seen; // key → row number
    for (int r = headerIndex + 1; r < sheet.rows.size(); ++r) {
        const QStringList &cells = sheet.rows[r];
        const int rowNumber = r + 1;
        auto cell = [&](int col) {
            return columns[col] >= 0 && columns[col] < cells.size() ? cells[columns[col]].trimmed()
                                                                    : QString();
        };
        bool empty = true;
        for (const QString &text : cells)
            empty = empty && text.trimmed().isEmpty();
        if (empty)
            continue;
        ++report.rows;
        auto reject = [&](const QString &reason) {
            report.rejected.append(Issue{rowNumber, reason});
        };

        const QString unitName = cell(Unit);
        const QString city = cell(City);
        const QString metricId = cell(MetricId);
        if (unitName.isEmpty()) {
            reject(tr("The unit is empty."));
            continue;
        }
        std::optional<qint64> unit;
        for (const UnitRow &candidate : units.values(unitName)) {
            if (city.isEmpty() || candidate.city.isEmpty() || candidate.city == city)
                unit = unit ? -1 : candidate.fid; // -1: more than one match
        }
        if (!unit) {
            reject(city.isEmpty()
                       ? tr("The unit %1 is not in the project.").arg(unitName)
                       : tr("The unit %1 (%2) is not in the project.").arg(unitName, city));
            continue;
        }
        if (*unit < 0) {
            reject(tr("More than one unit is called %1; add the city to tell them apart.")
                       .arg(unitName));
            continue;
        }
        bool yearOk = false;
        const int year = cell(Year).toInt(&yearOk);
        if (!yearOk || year < 1950 || year > 2100) {
            reject(tr("The year \"%1\" is not a year between 1950 and 2100.").arg(cell(Year)));
            continue;
        }
        if (metricId.isEmpty()) {
            reject(tr("The metric is empty."));
            continue;
        }
        const Metrics::Metric *metric = Metrics::find(metricId);
        if (!metric) {
            reject(tr("The metric %1 is not in the catalogue.").arg(metricId));
            continue;
        }
        const std::optional<double> value = number(cell(Value));
        if (!value || *value < 0) {
            reject(tr("The target \"%1\" is not a number of zero or more.").arg(cell(Value)));
            continue;
        }
        QString measure = cell(Measure);
        if (measure.isEmpty())
            measure = Metrics::measure(*metric);
        if (measure != Metrics::measure(*metric)) {
            reject(tr("The target is in %1, but %2 is counted in %3.")
                       .arg(measure, metricId, Metrics::measure(*metric)));
            continue;
        }
        const QString k = key(*unit, year, metricId);
        if (seen.contains(k)) {
            reject(tr("Row %1 already gives the %2 target of %3 for %4.")
                       .arg(seen.value(k))
                       .arg(metricId, unitName)
                       .arg(year));
            continue;
        }
        seen.insert(k, rowNumber);

        const QString source = cell(Source);
        QVariantMap after{{QStringLiteral("unit_id"), *unit},
                          {QStringLiteral("year"), year},
                          {QStringLiteral("metric"), metricId},
                          {QStringLiteral("value"), *value},
                          {QStringLiteral("measure"), measure},
                          {QStringLiteral("source"), source.isEmpty() ? QVariant() : source}};
        auto old = existing.constFind(k);
        if (old == existing.cend()) {
            const qint64 id = nextId++;
            after.insert(QStringLiteral("id"), id);
            plan.changes.add(
                RowChange{QStringLiteral("targets"), QStringLiteral("id"), id, {}, after});
            ++report.created;
            continue;
        }
        if (old->value == *value && old->measure == measure && old->source == source) {
            ++report.unchanged;
            continue;
        }
        after.insert(QStringLiteral("id"), old->id);
        QVariantMap before{
            {QStringLiteral("id"), old->id},
            {QStringLiteral("unit_id"), *unit},
            {QStringLiteral("year"), year},
            {QStringLiteral("metric"), metricId},
            {QStringLiteral("value"), old->value},
            {QStringLiteral("measure"), old->measure},
            {QStringLiteral("source"), old->source.isEmpty() ? QVariant() : QVariant(old->source)}};
        plan.changes.add(
            RowChange{QStringLiteral("targets"), QStringLiteral("id"), old->id, before, after});
        ++report.updated;
    }
    // All or nothing: a file with a rejected row writes no row.
    if (!report.rejected.isEmpty())
        plan.changes = ChangeSet();
    return plan;
}

QString TargetImport::stepName(int rows)
{
    return tr("Import %n target(s)", nullptr, rows);
}

Status TargetImport::apply(ProjectDocument &document, Plan &plan)
{
    return applyPlan(document, plan, &TargetImport::stepName);
}

Status TargetImport::applyPlan(ProjectDocument &document, Plan &plan, StepName stepName)
{
    if (!plan.report.rejected.isEmpty() || plan.changes.isEmpty())
        return {};
    const QString text = stepName(plan.report.created + plan.report.updated);
    if (Status done = Commands::apply(document, std::move(plan.changes), text); !done)
        return done.error().withMessage(
            tr("Nothing was imported from %1: %2").arg(plan.report.file, done.errorMessage()));
    plan.changes = ChangeSet();
    plan.report.written = true;
    return {};
}

Result<TargetImport::Report> TargetImport::run(ProjectDocument &document, const QString &path,
                                               bool dryRun)
{
    return runSheet(document, path, dryRun, &TargetImport::plan, &TargetImport::stepName);
}

Result<TargetImport::Report> TargetImport::runSheet(ProjectDocument &document, const QString &path,
                                                    bool dryRun, Planner planner, StepName stepName)
{
    auto sheet = SheetReader::read(path);
    if (!sheet)
        return sheet.error();
    sheet->name = QFileInfo(path).fileName();
    auto planned = planner(document.store(), *sheet);
    if (!planned)
        return planned.error();
    if (!dryRun) {
        if (Status done = applyPlan(document, *planned, stepName); !done)
            return done.error();
    }
    return planned->report;
}
