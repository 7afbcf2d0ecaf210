// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ledger/ledgerimport.h"

#include "core/commands/commands.h"
#include "core/domain/domain.h"
#include "core/domain/projectrules.h"
#include "core/project/projectdocument.h"
#include "core/storage/projectfile.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace {

struct FieldSpec
{
    const char *field;  // import field id
    const char *column; // projects column
    QStringList words;  // header words, most specific first
};

const std::vector<FieldSpec> &fieldSpecs()
{
    static const std::vector<FieldSpec> specs = {
        {"name",
         "name",
         {QStringLiteral("项目名称"), QStringLiteral("项目"), QStringLiteral("名称")}},
        {"investor",
         "investor",
         {QStringLiteral("投资方"), QStringLiteral("投资主体"), QStringLiteral("签约企业"),
          QStringLiteral("企业名称"), QStringLiteral("企业")}},
        {"investor_type",
         "investor_type",
         {QStringLiteral("投资方类型"), QStringLiteral("企业类型"), QStringLiteral("企业性质")}},
        {"unit",
         "unit_id",
         {QStringLiteral("所属区县"), QStringLiteral("区县"), QStringLiteral("县(市、区)"),
          QStringLiteral("属地"), QStringLiteral("所在地")}},
        {"park",
         "park_id",
         {QStringLiteral("所在园区"), QStringLiteral("园区"), QStringLiteral("平台")}},
        {"chain",
         "chain",
         {QStringLiteral("产业链"), QStringLiteral("产业类别"), QStringLiteral("行业")}},
        {"foreign", "foreign_investment_wan_usd", {QStringLiteral("外资"), QStringLiteral("美元")}},
        {"investment",
         "investment_wan",
         {QStringLiteral("总投资"), QStringLiteral("投资额"), QStringLiteral("投资")}},
        {"land", "land_mu", {QStringLiteral("用地"), QStringLiteral("面积"), QStringLiteral("亩")}},
        {"output", "expected_output_wan", {QStringLiteral("产值")}},
        {"signed_date", "signed_date", {QStringLiteral("签约日期"), QStringLiteral("签约时间")}},
        {"land_date", "land_date", {QStringLiteral("供地日期"), QStringLiteral("摘牌")}},
        {"construction_date",
         "construction_date",
         {QStringLiteral("开工日期"), QStringLiteral("开工时间")}},
        {"production_date",
         "production_date",
         {QStringLiteral("投产日期"), QStringLiteral("投产时间")}},
        {"statistics_date",
         "statistics_date",
         {QStringLiteral("入库日期"), QStringLiteral("入库时间")}},
        {"stage",
         "stage",
         {QStringLiteral("当前进度"), QStringLiteral("进度"), QStringLiteral("阶段"),
          QStringLiteral("状态")}},
        {"lead_official",
         "lead_official",
         {QStringLiteral("领衔领导"), QStringLiteral("责任领导"), QStringLiteral("联系领导")}},
        {"task_force", "task_force", {QStringLiteral("专班")}},
        {"notes", "notes", {QStringLiteral("备注"), QStringLiteral("说明")}},
    };
    return specs;
}

const FieldSpec *specOf(const QString &field)
{
    for (const FieldSpec &spec : fieldSpecs()) {
        if (field == QLatin1String(spec.field))
            return &spec;
    }
    return nullptr;
}

QString normalizedHeader(const QString &text)
{
    QString s = text.normalized(QString::NormalizationForm_KC);
    s.remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
    return s;
}

// The header row is the first of the top rows that holds every header a mapping names, or, with
// no mapping, in which at least two cells name known fields (序号 counts too).
int findHeaderRow(const Sheet &sheet, const QMap<QString, QString> &mapping)
{
    for (int r = 0; r < std::min<int>(int(sheet.rows.size()), 20); ++r) {
        if (!mapping.isEmpty()) {
            const QStringList &cells = sheet.rows[r];
            if (std::all_of(mapping.cbegin(), mapping.cend(),
                            [&](const QString &header) { return cells.contains(header); }))
                return r;
            continue;
        }
        int hits = 0;
        for (const QString &cell : sheet.rows[r]) {
            if (normalizedHeader(cell) == QStringLiteral("序号"))
                ++hits;
        }
        for (const QString &cell : sheet.rows[r]) {
            const QString h = normalizedHeader(cell);
            if (h.isEmpty() || h.size() > 20)
                continue;
            for (const FieldSpec &spec : fieldSpecs()) {
                if (std::any_of(spec.words.begin(), spec.words.end(),
                                [&](const QString &w) { return h.contains(w); })) {
                    ++hits;
                    break;
                }
            }
        }
        if (hits >= 2)
            return r;
    }
    return -1;
}

QString stageFromText(const QString &text)
{
    const QString s = text.trimmed();
    if (s.isEmpty())
        return {};
    for (const DomainValue &v : Domain::stages()) {
        if (s == QLatin1String(v.code)
            || s == Domain::label(Domain::stages(), QLatin1String(v.code)))
            return QLatin1String(v.code);
    }
    // Office wording, checked from the latest stage back: "已开工入库" counts as 入库.
    const std::pair<const char *, QStringList> words[] = {
        {"dropped", {QStringLiteral("终止"), QStringLiteral("放弃"), QStringLiteral("退出")}},
        {"capacity", {QStringLiteral("达产")}},
        {"statistics", {QStringLiteral("入库"), QStringLiteral("上规")}},
        {"production", {QStringLiteral("投产"), QStringLiteral("运营"), QStringLiteral("见效")}},
        {"construction", {QStringLiteral("开工"), QStringLiteral("在建"), QStringLiteral("建设")}},
        {"land", {QStringLiteral("供地"), QStringLiteral("摘牌")}},
        {"signed", {QStringLiteral("签约"), QStringLiteral("落户"), QStringLiteral("落地")}},
        {"negotiation", {QStringLiteral("洽谈"), QStringLiteral("在谈")}},
        {"assessment", {QStringLiteral("研判"), QStringLiteral("论证")}},
        {"lead", {QStringLiteral("线索"), QStringLiteral("信息")}},
    };
    for (const auto &[code, list] : words) {
        for (const QString &w : list) {
            if (s.contains(w))
                return QLatin1String(code);
        }
    }
    return {};
}

QString investorTypeFromText(const QString &text)
{
    const QString s = text.trimmed();
    if (s.isEmpty())
        return {};
    for (const DomainValue &v : Domain::investorTypes()) {
        if (s == QLatin1String(v.code)
            || s == Domain::label(Domain::investorTypes(), QLatin1String(v.code)))
            return QLatin1String(v.code);
    }
    if (s.contains(QStringLiteral("央企")))
        return QStringLiteral("central_soe");
    if (s.contains(QStringLiteral("500")))
        return QStringLiteral("fortune500");
    if (s.contains(QStringLiteral("上市")))
        return QStringLiteral("listed");
    if (s.contains(QStringLiteral("国企")) || s.contains(QStringLiteral("国有")))
        return QStringLiteral("soe");
    if (s.contains(QStringLiteral("外资")) || s.contains(QStringLiteral("外商")))
        return QStringLiteral("foreign");
    if (s.contains(QStringLiteral("民")))
        return QStringLiteral("private");
    return {};
}

bool isTotalsRow(const QStringList &cells)
{
    for (const QString &cell : cells) {
        if (cell.trimmed().isEmpty())
            continue;
        const QString s = normalizedHeader(cell);
        return s.startsWith(QStringLiteral("合计")) || s.startsWith(QStringLiteral("总计"))
               || s.startsWith(QStringLiteral("小计")) || s == QStringLiteral("合 计");
    }
    return false;
}

} // namespace

QStringList LedgerImport::fields()
{
    QStringList list;
    for (const FieldSpec &spec : fieldSpecs())
        list << QLatin1String(spec.field);
    return list;
}

QString LedgerImport::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("name"), QT_TR_NOOP("Project name")},
        {QStringLiteral("investor"), QT_TR_NOOP("Investor")},
        {QStringLiteral("investor_type"), QT_TR_NOOP("Investor type")},
        {QStringLiteral("unit"), QT_TR_NOOP("Unit")},
        {QStringLiteral("park"), QT_TR_NOOP("Park")},
        {QStringLiteral("chain"), QT_TR_NOOP("Industry chain")},
        {QStringLiteral("foreign"), QT_TR_NOOP("Foreign investment (10k USD)")},
        {QStringLiteral("investment"), QT_TR_NOOP("Total investment")},
        {QStringLiteral("land"), QT_TR_NOOP("Land (mu)")},
        {QStringLiteral("output"), QT_TR_NOOP("Expected annual output")},
        {QStringLiteral("signed_date"), QT_TR_NOOP("Signing date")},
        {QStringLiteral("land_date"), QT_TR_NOOP("Land supply date")},
        {QStringLiteral("construction_date"), QT_TR_NOOP("Construction start date")},
        {QStringLiteral("production_date"), QT_TR_NOOP("Production date")},
        {QStringLiteral("statistics_date"), QT_TR_NOOP("In-statistics date")},
        {QStringLiteral("stage"), QT_TR_NOOP("Stage")},
        {QStringLiteral("lead_official"), QT_TR_NOOP("Lead official")},
        {QStringLiteral("task_force"), QT_TR_NOOP("Task force")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
    };
    const char *label = labels.value(field);
    return label ? tr(label) : field;
}

QJsonObject LedgerImport::Report::toJson() const
{
    auto issues = [](const QList<Issue> &list) {
        QJsonArray array;
        for (const Issue &i : list)
            array.append(
                QJsonObject{{QStringLiteral("row"), i.row}, {QStringLiteral("reason"), i.reason}});
        return array;
    };
    QJsonObject map;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        map.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("accepted"), accepted},
                       {QStringLiteral("created"), created},
                       {QStringLiteral("updated"), updated},
                       {QStringLiteral("rejected"), issues(rejected)},
                       {QStringLiteral("skipped"), issues(skipped)},
                       {QStringLiteral("written"), written},
                       {QStringLiteral("header_row"), headerRow},
                       {QStringLiteral("mapping"), map},
                       {QStringLiteral("bare_amount_unit"), bareAmountUnit},
                       {QStringLiteral("unknown_units"), QJsonArray::fromStringList(unknownUnits)},
                       {QStringLiteral("created_units"), QJsonArray::fromStringList(createdUnits)}};
}

Result<LedgerImport::Report> LedgerImport::run(ProjectDocument &document, const QString &path,
                                               const Options &options)
{
    auto sheet = SheetReader::read(path, options.sheet);
    if (!sheet)
        return sheet.error();
    return run(document, *sheet, options);
}

Result<LedgerImport::Report> LedgerImport::run(ProjectDocument &document, const Sheet &sheet,
                                               const Options &options)
{
    ProjectFile &project = document.store();
    Report report;
    const int header = findHeaderRow(sheet, options.mapping);
    if (header < 0 && !options.mapping.isEmpty())
        return Error{tr("No row in the first 20 holds all the mapping's columns (%1).")
                         .arg(QStringList(options.mapping.values()).join(QStringLiteral("、")))};
    if (header < 0)
        return Error{tr("No header row was found in the first 20 rows: name the columns, for "
                        "example 项目名称, 所属区县, 总投资, 签约日期.")};
    report.headerRow = header + 1;
    const QStringList headers = sheet.rows[header];
    report.headers = headers;

    // Which column holds which field: the user's mapping, else guessed from the header words.
    QMap<QString, int> columnOf;
    if (!options.mapping.isEmpty()) {
        for (auto it = options.mapping.cbegin(); it != options.mapping.cend(); ++it) {
            if (!specOf(it.key()))
                return Error{tr("The mapping names an unknown field %1; the fields are %2.")
                                 .arg(it.key(), fields().join(QStringLiteral(", ")))};
            const int c = int(headers.indexOf(it.value()));
            if (c < 0)
                return Error{tr("The mapping's column \"%1\" is not in the header row %2.")
                                 .arg(it.value())
                                 .arg(report.headerRow)};
            columnOf.insert(it.key(), c);
        }
    } else {
        QSet<int> used;
        for (const FieldSpec &spec : fieldSpecs()) {
            for (const QString &word : spec.words) {
                for (int c = 0; c < headers.size() && !columnOf.contains(QLatin1String(spec.field));
                     ++c) {
                    if (!used.contains(c) && normalizedHeader(headers[c]).contains(word)) {
                        columnOf.insert(QLatin1String(spec.field), c);
                        used.insert(c);
                    }
                }
            }
        }
    }
    if (!columnOf.contains(QStringLiteral("name")))
        return Error{tr("No column holds the project name (a header such as 项目名称).")};
    for (auto it = columnOf.cbegin(); it != columnOf.cend(); ++it)
        report.mapping.insert(it.key(), headers.value(it.value()));

    // A bare number in the investment column is read in the unit its header states.
    ValueParsers::DefaultUnit bare = ValueParsers::DefaultUnit::Yi;
    const QString investmentHeader = report.mapping.value(QStringLiteral("investment"));
    if (investmentHeader.contains(QStringLiteral("万")))
        bare = ValueParsers::DefaultUnit::Wan;
    const QString bareLabel
        = bare == ValueParsers::DefaultUnit::Wan ? QStringLiteral("万元") : QStringLiteral("亿元");

    // What the project already has.
    QHash<QString, qint64> units, parks;
    for (const auto &[table, target] :
         {std::pair{QStringLiteral("units"), &units}, std::pair{QStringLiteral("parks"), &parks}}) {
        auto stmt = project.db().prepare(QStringLiteral("SELECT fid, name FROM %1").arg(table));
        if (!stmt)
            return stmt.error();
        if (Status done = stmt->forEachRow([&] { target->insert(stmt->text(1), stmt->int64(0)); });
            !done)
            return done.error();
    }
    QHash<QString, qint64> existing; // name + unit → fid
    {
        auto stmt = project.db().prepare(
            QStringLiteral("SELECT fid, name, coalesce(unit_id, 0) FROM projects"));
        if (!stmt)
            return stmt.error();
        Status done = stmt->forEachRow([&] {
            existing.insert(stmt->text(1) + QLatin1Char('\x1f') + QString::number(stmt->int64(2)),
                            stmt->int64(0));
        });
        if (!done)
            return done.error();
    }
    auto findUnit = [&](const QString &name) -> qint64 {
        if (units.contains(name))
            return units.value(name);
        // "青田" for 青田县, "景宁" for 景宁畲族自治县.
        for (auto it = units.cbegin(); it != units.cend(); ++it) {
            if (name.size() >= 2 && it.key().startsWith(name))
                return it.value();
        }
        return 0;
    };

    ChangeSet set;
    qint64 nextUnit = Commands::nextKey(project, QStringLiteral("units"), QStringLiteral("fid"));
    qint64 nextProject
        = Commands::nextKey(project, QStringLiteral("projects"), QStringLiteral("fid"));
    qint64 nextEvent
        = Commands::nextKey(project, QStringLiteral("project_events"), QStringLiteral("id"));
    QSet<QString> seenInSheet;
    const QStringList stageCodes = Domain::codes(Domain::stages());

    for (int r = header + 1; r < sheet.rows.size(); ++r) {
        const QStringList &cells = sheet.rows[r];
        const int rowNumber = r + 1;
        if (std::all_of(cells.begin(), cells.end(),
                        [](const QString &c) { return c.trimmed().isEmpty(); }))
            continue;
        if (isTotalsRow(cells)) {
            report.skipped.append({rowNumber, tr("totals row")});
            continue;
        }
        auto cell = [&](const char *field) {
            const int c = columnOf.value(QLatin1String(field), -1);
            return c < 0 ? QString() : cells.value(c).trimmed();
        };
        auto reject = [&](const QString &reason) { report.rejected.append({rowNumber, reason}); };

        QVariantMap values;
        const QString name = cell("name");
        if (name.isEmpty()) {
            reject(tr("no project name"));
            continue;
        }
        values.insert(QStringLiteral("name"), name);
        QStringList problems;

        // Unit: known, created on request, or the row is rejected.
        qint64 unitFid = 0;
        const QString unitName = cell("unit");
        if (!unitName.isEmpty()) {
            unitFid = findUnit(unitName);
            if (!unitFid) {
                if (!report.unknownUnits.contains(unitName))
                    report.unknownUnits << unitName;
                if (options.createUnits) {
                    unitFid = nextUnit++;
                    units.insert(unitName, unitFid);
                    report.createdUnits << unitName;
                    const QString kind
                        = unitName.endsWith(QStringLiteral("区"))   ? QStringLiteral("district")
                          : unitName.endsWith(QStringLiteral("市")) ? QStringLiteral("city")
                                                                    : QStringLiteral("county");
                    set.add({QStringLiteral("units"),
                             QStringLiteral("fid"),
                             unitFid,
                             {},
                             {{QStringLiteral("fid"), unitFid},
                              {QStringLiteral("name"), unitName},
                              {QStringLiteral("kind"), kind}}});
                } else {
                    problems
                        << tr("the unit %1 is not in the project (allow creating units to add it)")
                               .arg(unitName);
                }
            }
        }
        values.insert(QStringLiteral("unit_id"), unitFid ? QVariant(unitFid) : QVariant());
        if (const QString park = cell("park"); !park.isEmpty() && parks.contains(park))
            values.insert(QStringLiteral("park_id"), parks.value(park));
        for (const char *text : {"investor", "chain", "lead_official", "task_force", "notes"}) {
            const QString v = cell(text);
            values.insert(QLatin1String(specOf(QLatin1String(text))->column),
                          v.isEmpty() ? QVariant() : QVariant(v));
        }
        if (const QString t = cell("investor_type"); !t.isEmpty()) {
            const QString code = investorTypeFromText(t);
            if (code.isEmpty())
                problems
                    << tr("investor type \"%1\" is not one of 央企, 国企, 上市, 500强, 外资, 民企")
                           .arg(t);
            else
                values.insert(QStringLiteral("investor_type"), code);
        }
        // Amounts.
        const std::pair<const char *, ValueParsers::DefaultUnit> amounts[]
            = {{"investment", bare}, {"foreign", ValueParsers::DefaultUnit::Wan}, {"output", bare}};
        for (const auto &[field, unit] : amounts) {
            const QString text = cell(field);
            auto amount = ValueParsers::parseAmount(text, unit);
            if (!amount) {
                problems << amount.errorMessage();
                continue;
            }
            if (!amount->has_value())
                continue;
            if ((*amount)->unitAssumed && QLatin1String(field) == QLatin1String("investment"))
                report.bareAmountUnit = bareLabel;
            const bool usd = (*amount)->currency == ValueParsers::Currency::Usd;
            if (QLatin1String(field) == QLatin1String("investment") && usd)
                values.insert(QStringLiteral("foreign_investment_wan_usd"), (*amount)->wan);
            else
                values.insert(QLatin1String(specOf(QLatin1String(field))->column), (*amount)->wan);
        }
        if (const QString land = cell("land"); !land.isEmpty()) {
            QString digits = land;
            digits.remove(QStringLiteral("亩"));
            bool ok = false;
            const double mu = digits.normalized(QString::NormalizationForm_KC)
                                  .remove(QLatin1Char(','))
                                  .toDouble(&ok);
            if (!ok || mu < 0)
                problems << tr("land \"%1\" is not a number of mu").arg(land);
            else
                values.insert(QStringLiteral("land_mu"), mu);
        }
        // Dates.
        for (const char *field : {"signed_date", "land_date", "construction_date",
                                  "production_date", "statistics_date"}) {
            auto date = ValueParsers::parseDate(cell(field));
            if (!date)
                problems << date.errorMessage();
            else if (date->has_value())
                values.insert(QLatin1String(field), (*date)->date.toString(Qt::ISODate));
        }
        // Stage: as written, else the latest milestone that has a date, else a lead.
        QString stage = stageFromText(cell("stage"));
        if (!cell("stage").isEmpty() && stage.isEmpty())
            problems << tr("stage \"%1\" is not understood").arg(cell("stage"));
        if (stage.isEmpty()) {
            stage = QStringLiteral("lead");
            for (const QString &s : stageCodes) {
                if (values.contains(Domain::milestoneColumn(s)))
                    stage = s;
            }
        }
        values.insert(QStringLiteral("stage"), stage);
        // A project said to have reached a stage without its date gets the date written nowhere:
        // the lifecycle check below reports it rather than inventing one.
        if (problems.isEmpty()) {
            values.insert(QStringLiteral("confidential"), 0);
            if (Status ok = ProjectRules::check(values); !ok)
                problems << ok.errorMessage().split(QLatin1Char('\n'));
        }
        if (!problems.isEmpty()) {
            reject(problems.join(QStringLiteral("; ")));
            continue;
        }

        const QString key = name + QLatin1Char('\x1f') + QString::number(unitFid);
        if (seenInSheet.contains(key)) {
            report.skipped.append({rowNumber, tr("the same project appears again above")});
            continue;
        }
        seenInSheet.insert(key);
        if (existing.contains(key)) {
            if (options.onDuplicate == OnDuplicate::Skip) {
                report.skipped.append({rowNumber, tr("already in the project (duplicate)")});
                continue;
            }
            const qint64 fid = existing.value(key);
            auto before = ChangeSet::readRow(project, QStringLiteral("projects"),
                                             QStringLiteral("fid"), fid);
            if (!before)
                return before.error();
            QVariantMap after = *before;
            for (auto it = values.cbegin(); it != values.cend(); ++it) {
                if (!it.value().isNull())
                    after.insert(it.key(), it.value());
            }
            if (Status ok = ProjectRules::check(after); !ok) {
                reject(QString(ok.errorMessage()).replace(QLatin1Char('\n'), QStringLiteral("; ")));
                continue;
            }
            set.add({QStringLiteral("projects"), QStringLiteral("fid"), fid, *before, after});
            if (after.value(QStringLiteral("stage")) != before->value(QStringLiteral("stage")))
                set.add(Commands::stageEvent(fid, stage,
                                             after.value(Domain::milestoneColumn(stage)),
                                             options.author, nextEvent++));
            ++report.updated;
        } else {
            const qint64 fid = nextProject++;
            values.insert(QStringLiteral("fid"), fid);
            set.add({QStringLiteral("projects"), QStringLiteral("fid"), fid, {}, values});
            set.add(Commands::stageEvent(fid, stage, values.value(Domain::milestoneColumn(stage)),
                                         options.author, nextEvent++));
            ++report.created;
        }
        ++report.accepted;
    }
    // Units nobody asked to create reject their rows; created units were added above.
    if (!options.createUnits)
        report.createdUnits.clear();
    if (options.dryRun || set.isEmpty())
        return report;
    if (Status done = Commands::apply(document, std::move(set),
                                      tr("Import %n project(s)", nullptr, report.accepted));
        !done)
        return Error{tr("Nothing was imported: %1").arg(done.errorMessage())};
    report.written = true;
    return report;
}
