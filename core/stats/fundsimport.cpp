// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/fundsimport.h"

#include "core/commands/commands.h"
#include "core/domain/fields.h"
#include "core/domain/valueparsers.h"
#include "core/io/sheetreader.h"
#include "core/ledger/importrow.h"
#include "core/ledger/sheetmapping.h"
#include "core/project/projectdocument.h"
#include "core/storage/projectfile.h"
#include "core/storage/sqlitedb.h"

#include <QHash>
#include <QSet>

Result<FundsImport::Plan> FundsImport::plan(ProjectFile &project, const Sheet &sheet)
{
    if (project.schemaVersion() < 4)
        return Error{tr("This project file is too old to record funds arrived; open it for "
                        "editing to upgrade it.")};
    auto mapping = SheetMapping::find(sheet, Fields::funds(), {}, QStringLiteral("month"));
    if (!mapping)
        return mapping.error();
    const int projectCol = mapping->columnOf.value(QStringLiteral("project"), -1);
    const int nameCol = mapping->columnOf.value(QStringLiteral("project_name"), -1);
    const int monthCol = mapping->columnOf.value(QStringLiteral("month"), -1);
    const int amountCol = mapping->columnOf.value(QStringLiteral("amount"), -1);
    const int noteCol = mapping->columnOf.value(QStringLiteral("note"), -1);
    if (amountCol < 0)
        return Error{tr("%1 has no column of funds arrived (到位资金).").arg(sheet.name)};
    if (projectCol < 0 && nameCol < 0)
        return Error{
            tr("%1 has no column naming the project (项目编号 or 项目名称).").arg(sheet.name)};
    const Field *amountField = Fields::find(Fields::funds(), QStringLiteral("amount"));
    const ValueParsers::DefaultUnit bare
        = mapping->headers.value(amountCol).contains(QStringLiteral("亿"))
              ? ImportRow::bareUnit(*amountField, mapping->headers.value(amountCol))
              : ValueParsers::DefaultUnit::Wan;

    // Project numbers and names: a name given twice in the ledger cannot say which one it means.
    QSet<qint64> fids;
    QHash<QString, qint64> byName; // -1: ambiguous
    {
        auto stmt = project.db().prepare(QStringLiteral("SELECT fid, name FROM projects"));
        if (!stmt)
            return stmt.error();
        Status read = stmt->forEachRow([&] {
            fids.insert(stmt->int64(0));
            const QString name = stmt->text(1).trimmed();
            byName.insert(name, byName.contains(name) ? -1 : stmt->int64(0));
        });
        if (!read)
            return read.error();
    }

    Plan plan;
    Report &report = plan.report;
    report.file = sheet.name;
    qint64 nextKey
        = Commands::nextKey(project, QStringLiteral("project_funds"), QStringLiteral("id"));
    QHash<QString, int> seen; // fid/month → row number
    for (int r = mapping->headerRow; r < sheet.rows.size(); ++r) {
        const QStringList &cells = sheet.rows[r];
        auto cell = [&](int col) { return col >= 0 ? cells.value(col).trimmed() : QString(); };
        bool empty = true;
        for (const QString &text : cells)
            empty = empty && text.trimmed().isEmpty();
        if (empty)
            continue;
        ++report.rows;
        const int rowNumber = r + 1;
        auto reject = [&](const QString &reason) {
            report.rejected.append(TargetImport::Issue{rowNumber, reason});
        };

        qint64 fid = 0;
        if (!cell(projectCol).isEmpty()) {
            bool ok = false;
            fid = cell(projectCol).toLongLong(&ok);
            if (!ok || !fids.contains(fid)) {
                reject(tr("There is no project number %1.").arg(cell(projectCol)));
                continue;
            }
        } else {
            const QString name = cell(nameCol);
            fid = byName.value(name, 0);
            if (name.isEmpty()) {
                reject(tr("The row names no project."));
                continue;
            }
            if (fid == 0) {
                reject(tr("There is no project called %1.").arg(name));
                continue;
            }
            if (fid < 0) {
                reject(tr("More than one project is called %1; give its number (项目编号).")
                           .arg(name));
                continue;
            }
        }
        auto date = ValueParsers::parseDate(cell(monthCol));
        if (!date || !*date) {
            reject(date ? tr("The month is empty.") : date.errorMessage());
            continue;
        }
        const QString month = (*date)->date.toString(QStringLiteral("yyyy-MM"));
        auto amount = ValueParsers::parseAmount(cell(amountCol), bare);
        if (!amount) {
            reject(amount.errorMessage());
            continue;
        }
        if (*amount && (*amount)->currency != ValueParsers::Currency::Cny) {
            reject(tr("Funds arrived are recorded in 万元; \"%1\" is in US dollars.")
                       .arg(cell(amountCol)));
            continue;
        }
        const QString key = QStringLiteral("%1/%2").arg(fid).arg(month);
        if (seen.contains(key)) {
            reject(tr("Row %1 already gives this project's funds for %2.")
                       .arg(seen.value(key))
                       .arg(month));
            continue;
        }
        seen.insert(key, rowNumber);
        const std::optional<double> wan
            = *amount ? std::optional<double>((*amount)->wan) : std::nullopt;
        const qsizetype before = plan.changes.changes().size();
        if (Status made
            = Commands::fundsChange(plan.changes, project, fid, month, wan, cell(noteCol), nextKey);
            !made) {
            reject(made.errorMessage());
            continue;
        }
        if (plan.changes.changes().size() == before)
            ++report.unchanged;
        else if (plan.changes.changes().last().before.isEmpty())
            ++report.created;
        else
            ++report.updated;
    }
    if (!report.rejected.isEmpty())
        plan.changes = ChangeSet();
    return plan;
}

QString FundsImport::stepName(int rows)
{
    return tr("Import funds arrived (%n row(s))", nullptr, rows);
}

Status FundsImport::apply(ProjectDocument &document, Plan &plan)
{
    return TargetImport::applyPlan(document, plan, &FundsImport::stepName);
}

Result<FundsImport::Report> FundsImport::run(ProjectDocument &document, const QString &path,
                                             bool dryRun)
{
    return TargetImport::runSheet(document, path, dryRun, &FundsImport::plan,
                                  &FundsImport::stepName);
}
