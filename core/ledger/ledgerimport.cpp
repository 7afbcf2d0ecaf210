// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ledger/ledgerimport.h"

#include "core/commands/commands.h"
#include "core/domain/domain.h"
#include "core/domain/fields.h"
#include "core/domain/projectrules.h"
#include "core/domain/valueparsers.h"
#include "core/ledger/importrow.h"
#include "core/ledger/ledgerformat.h"
#include "core/ledger/sheetmapping.h"
#include "core/project/lookups.h"
#include "core/project/projectdocument.h"
#include "core/storage/gpkggeometry.h"
#include "core/storage/projectfile.h"
#include "core/storage/schema.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <ogr_geometry.h>

namespace {

using Type = Field::Type;

// Works out one import against one project: what is there already, then the ledger's rows, then
// the activity log's. Every function has one job; the result is a LedgerImport::Plan.
class Planner
{
public:
    Planner(ProjectFile &project, const LedgerImport::Options &options)
        : m_project(project)
        , m_options(options)
    {}

    Status loadProject();
    Status planLedger(const Sheet &sheet, bool logInFile);
    Status planEvents(const Sheet &sheet, const QString &origin);
    LedgerImport::Plan takePlan();

private:
    struct Park
    {
        qint64 fid;
        QString name;
        qint64 unit;
    };
    Status planRow(const QStringList &cells, int rowNumber, const SheetMapping &columns, bool csv,
                   bool logInFile);
    qint64 matchUnit(const QString &name, QStringList &problems);
    qint64 matchPark(const QString &name, qint64 unit, QStringList &problems);
    static QString deriveStage(const QVariantMap &values);
    // What became of a row: left out (skipped or rejected), written, or already as the sheet says.
    enum class Outcome { LeftOut, Written, Unchanged };
    Result<Outcome> addOrUpdate(QVariantMap values, qint64 unit, int rowNumber, bool logInFile,
                                qint64 *fid);
    Result<QSet<QString>> loggedEvents(qint64 project);
    static QString eventKey(const QVariantMap &event);

    ProjectFile &m_project;
    const LedgerImport::Options &m_options;
    LedgerImport::Plan m_plan;
    // What the project holds already.
    QHash<QString, qint64> m_units; // name → fid, created ones included
    QList<Park> m_parks;
    QHash<QString, qint64> m_existing; // name + unit → fid
    qint64 m_nextUnit = 0, m_nextProject = 0, m_nextEvent = 0;
    // What the ledger sheet became, for the activity log.
    QSet<QString> m_seen;                    // name + unit of rows taken
    QHash<QString, qint64> m_fidOfRef;       // 编号 → project written
    QMultiHash<QString, qint64> m_fidOfName; // name → projects written
    QSet<QString> m_refsLeftOut, m_namesLeftOut;
    QSet<qint64> m_updated;                // existing projects the import changes
    QHash<qint64, QSet<QString>> m_logged; // their log entries, read when needed
};

QString projectKey(const QString &name, qint64 unit)
{
    return name + QLatin1Char('\x1f') + QString::number(unit);
}

Status Planner::loadProject()
{
    auto units = Lookups::units(m_project);
    if (!units)
        return units.error();
    for (const Lookups::Choice &unit : std::as_const(*units))
        m_units.insert(unit.name, unit.id);
    auto parks = m_project.db().prepare(
        QStringLiteral("SELECT fid, name, unit_id FROM parks ORDER BY fid"));
    if (!parks)
        return parks.error();
    if (Status done = parks->forEachRow([&] {
            m_parks.append({parks->int64(0), parks->text(1), parks->int64(2)});
        });
        !done)
        return done;
    auto projects = m_project.db().prepare(
        QStringLiteral("SELECT fid, name, coalesce(unit_id, 0) FROM projects"));
    if (!projects)
        return projects.error();
    if (Status done = projects->forEachRow([&] {
            m_existing.insert(projectKey(projects->text(1), projects->int64(2)),
                              projects->int64(0));
        });
        !done)
        return done;
    m_nextUnit = Commands::nextKey(m_project, QStringLiteral("units"), QStringLiteral("fid"));
    m_nextProject = Commands::nextKey(m_project, QStringLiteral("projects"), QStringLiteral("fid"));
    m_nextEvent
        = Commands::nextKey(m_project, QStringLiteral("project_events"), QStringLiteral("id"));
    return {};
}

// Known, created on request ("create units"), or a problem. "青田" finds 青田县, "景宁" finds
// 景宁畲族自治县.
qint64 Planner::matchUnit(const QString &name, QStringList &problems)
{
    if (name.isEmpty())
        return 0;
    if (m_units.contains(name))
        return m_units.value(name);
    for (auto it = m_units.cbegin(); it != m_units.cend(); ++it) {
        if (name.size() >= 2 && it.key().startsWith(name))
            return it.value();
    }
    LedgerImport::Report &report = m_plan.report;
    if (!report.unknownUnits.contains(name))
        report.unknownUnits << name;
    if (!m_options.createUnits) {
        problems << LedgerImport::tr(
                        "the unit %1 is not in the project (allow creating units to add it)")
                        .arg(name);
        return 0;
    }
    const qint64 fid = m_nextUnit++;
    m_units.insert(name, fid);
    report.createdUnits << name;
    const QString kind = name.endsWith(QStringLiteral("区"))   ? QStringLiteral("district")
                         : name.endsWith(QStringLiteral("市")) ? QStringLiteral("city")
                                                               : QStringLiteral("county");
    m_plan.changes.add({QStringLiteral("units"),
                        QStringLiteral("fid"),
                        fid,
                        {},
                        {{QStringLiteral("fid"), fid},
                         {QStringLiteral("name"), name},
                         {QStringLiteral("kind"), kind}}});
    return fid;
}

// A park of the project by name, the project's unit's first when two share a name. Parks are
// drawn on the map, so an import never invents one: an unknown park is a problem.
qint64 Planner::matchPark(const QString &name, qint64 unit, QStringList &problems)
{
    if (name.isEmpty())
        return 0;
    const Park *found = nullptr;
    for (const Park &park : std::as_const(m_parks)) {
        if (park.name == name && (!found || (park.unit == unit && found->unit != unit)))
            found = &park;
    }
    if (!found)
        problems << LedgerImport::tr("the park %1 is not in the project").arg(name);
    return found ? found->fid : 0;
}

// The stage as written, else the latest milestone that has a date, else a lead.
QString Planner::deriveStage(const QVariantMap &values)
{
    QString stage = values.value(QStringLiteral("stage")).toString();
    if (!stage.isEmpty())
        return stage;
    stage = QStringLiteral("lead");
    for (const QString &s : Domain::codes(Domain::stages())) {
        if (values.contains(Domain::milestoneColumn(s)))
            stage = s;
    }
    return stage;
}

Status Planner::planLedger(const Sheet &sheet, bool logInFile)
{
    auto columns
        = SheetMapping::find(sheet, Fields::projects(), m_options.mapping, QStringLiteral("name"));
    if (!columns)
        return columns.error();
    LedgerImport::Report &report = m_plan.report;
    report.headerRow = columns->headerRow;
    report.headers = columns->headers;
    report.mapping = columns->mapping();
    for (int r = columns->headerRow; r < sheet.rows.size(); ++r) {
        if (Status done = planRow(sheet.rows[r], r + 1, *columns, sheet.csv, logInFile); !done)
            return done;
    }
    // Units nobody asked to create reject their rows; created units were added above.
    if (!m_options.createUnits)
        report.createdUnits.clear();
    return {};
}

Status Planner::planRow(const QStringList &cells, int rowNumber, const SheetMapping &columns,
                        bool csv, bool logInFile)
{
    LedgerImport::Report &report = m_plan.report;
    if (ImportRow::isBlank(cells))
        return {};
    if (ImportRow::isTotals(cells)) {
        report.skipped.append({rowNumber, LedgerImport::tr("totals row")});
        return {};
    }
    ImportRow row = ImportRow::parse(cells, columns, csv);
    const QString name = row.values.value(QStringLiteral("name")).toString();
    auto leaveOut = [&] {
        if (!row.ref.isEmpty())
            m_refsLeftOut.insert(row.ref);
        m_namesLeftOut.insert(name);
    };
    if (name.isEmpty()) {
        report.rejected.append({rowNumber, LedgerImport::tr("no project name")});
        leaveOut();
        return {};
    }
    const qint64 unit = matchUnit(row.unit, row.problems);
    const qint64 park = matchPark(row.park, unit, row.problems);
    row.values.insert(QStringLiteral("unit_id"), unit ? QVariant(unit) : QVariant());
    row.values.insert(QStringLiteral("park_id"), park ? QVariant(park) : QVariant());
    if (row.longitude.has_value() != row.latitude.has_value())
        row.problems << LedgerImport::tr("a location needs both longitude and latitude");
    else if (row.longitude)
        row.values.insert(
            QStringLiteral("geom"),
            GpkgGeometry::encode(OGRPoint(*row.longitude, *row.latitude), Schema::kStorageSrsId));
    if (row.bareAmount)
        report.bareAmountUnit
            = ImportRow::bareUnit(*Fields::find(Fields::projects(), QStringLiteral("investment")),
                                  report.mapping.value(QStringLiteral("investment")))
                      == ValueParsers::DefaultUnit::Wan
                  ? QStringLiteral("万元")
                  : QStringLiteral("亿元");
    row.values.insert(QStringLiteral("stage"), deriveStage(row.values));
    if (!row.values.contains(QStringLiteral("confidential")))
        row.values.insert(QStringLiteral("confidential"), 0);
    // A project said to have reached a stage without its date gets no invented date: the rules
    // report it.
    if (row.problems.isEmpty()) {
        if (Status ok = ProjectRules::check(row.values); !ok)
            row.problems << ok.errorMessage().split(QLatin1Char('\n'));
    }
    if (!row.problems.isEmpty()) {
        report.rejected.append({rowNumber, row.problems.join(QStringLiteral("; "))});
        leaveOut();
        return {};
    }
    qint64 fid = 0;
    auto outcome = addOrUpdate(row.values, unit, rowNumber, logInFile, &fid);
    if (!outcome)
        return outcome.error();
    if (*outcome == Outcome::LeftOut) {
        leaveOut();
        return {};
    }
    // An unchanged project still takes the new entries of its log.
    if (!row.ref.isEmpty())
        m_fidOfRef.insert(row.ref, fid);
    m_fidOfName.insert(name, fid);
    if (*outcome == Outcome::Written)
        ++report.accepted;
    return {};
}

// Adds the row as a new project or, for a duplicate of a project already there, updates it or
// skips it as the options say.
Result<Planner::Outcome> Planner::addOrUpdate(QVariantMap values, qint64 unit, int rowNumber,
                                              bool logInFile, qint64 *fid)
{
    LedgerImport::Report &report = m_plan.report;
    const QString key = projectKey(values.value(QStringLiteral("name")).toString(), unit);
    if (m_seen.contains(key)) {
        report.skipped.append(
            {rowNumber, LedgerImport::tr("the same project appears again above")});
        return Outcome::LeftOut;
    }
    m_seen.insert(key);
    const QString stage = values.value(QStringLiteral("stage")).toString();
    if (!m_existing.contains(key)) {
        *fid = m_nextProject++;
        values.insert(QStringLiteral("fid"), *fid);
        m_plan.changes.add({QStringLiteral("projects"), QStringLiteral("fid"), *fid, {}, values});
        if (!logInFile)
            m_plan.changes.add(Commands::stageEvent(*fid, stage,
                                                    values.value(Domain::milestoneColumn(stage)),
                                                    m_options.author, m_nextEvent++));
        ++report.created;
        return Outcome::Written;
    }
    if (m_options.onDuplicate == LedgerImport::OnDuplicate::Skip) {
        report.skipped.append({rowNumber, LedgerImport::tr("already in the project (duplicate)")});
        return Outcome::LeftOut;
    }
    *fid = m_existing.value(key);
    auto before
        = ChangeSet::readRow(m_project, QStringLiteral("projects"), QStringLiteral("fid"), *fid);
    if (!before)
        return before.error();
    QVariantMap after = *before;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!it.value().isNull())
            after.insert(it.key(), it.value());
    }
    if (Status ok = ProjectRules::check(after); !ok) {
        report.rejected.append(
            {rowNumber,
             QString(ok.errorMessage()).replace(QLatin1Char('\n'), QStringLiteral("; "))});
        return Outcome::LeftOut;
    }
    m_updated.insert(*fid);
    if (after == *before) {
        report.skipped.append({rowNumber, LedgerImport::tr("already up to date")});
        return Outcome::Unchanged;
    }
    m_plan.changes.add({QStringLiteral("projects"), QStringLiteral("fid"), *fid, *before, after});
    const QString newStage = after.value(QStringLiteral("stage")).toString();
    if (!logInFile && newStage != before->value(QStringLiteral("stage")).toString())
        m_plan.changes.add(Commands::stageEvent(*fid, newStage,
                                                after.value(Domain::milestoneColumn(newStage)),
                                                m_options.author, m_nextEvent++));
    ++report.updated;
    return Outcome::Written;
}

QString Planner::eventKey(const QVariantMap &event)
{
    QStringList parts;
    for (const char *column : {"event_date", "kind", "stage", "text"})
        parts << event.value(QLatin1String(column)).toString();
    return parts.join(QLatin1Char('\x1f'));
}

// The entries an existing project's log holds already, so that importing its log again adds only
// what is new.
Result<QSet<QString>> Planner::loggedEvents(qint64 project)
{
    if (auto it = m_logged.constFind(project); it != m_logged.cend())
        return *it;
    auto stmt = m_project.db().prepare(QStringLiteral(
        "SELECT event_date, kind, stage, text FROM project_events WHERE project_id = ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, project);
    QSet<QString> keys;
    if (Status done = stmt->forEachRow([&] {
            keys.insert(eventKey({{QStringLiteral("event_date"), stmt->text(0)},
                                  {QStringLiteral("kind"), stmt->text(1)},
                                  {QStringLiteral("stage"), stmt->text(2)},
                                  {QStringLiteral("text"), stmt->text(3)}}));
        });
        !done)
        return done.error();
    m_logged.insert(project, keys);
    return keys;
}

// The activity log: each entry goes to the project its 项目编号 (or, without one, its unique
// name) became; entries of projects left out are skipped with them.
Status Planner::planEvents(const Sheet &sheet, const QString &origin)
{
    LedgerImport::EventsReport &report = m_plan.report.events;
    report.source = origin;
    auto columns = SheetMapping::find(sheet, Fields::events(), {}, QStringLiteral("event_date"));
    if (!columns)
        return Error{
            LedgerImport::tr("The activity log (%1): %2").arg(origin, columns.errorMessage())};
    if (!columns->columnOf.contains(QStringLiteral("project"))
        && !columns->columnOf.contains(QStringLiteral("project_name")))
        return Error{LedgerImport::tr("The activity log (%1) names no project (a column such as "
                                      "项目编号 or 项目名称).")
                         .arg(origin)};
    report.headerRow = columns->headerRow;
    for (int r = columns->headerRow; r < sheet.rows.size(); ++r) {
        const QStringList &cells = sheet.rows[r];
        const int rowNumber = r + 1;
        if (ImportRow::isBlank(cells))
            continue;
        auto cell = [&](const char *key) {
            const int c = columns->columnOf.value(QLatin1String(key), -1);
            const QString text = c < 0 ? QString() : cells.value(c).trimmed();
            return sheet.csv ? LedgerFormat::unguardCsvText(text) : text;
        };
        const QString ref = cell("project");
        const QString name = cell("project_name");
        qint64 project = 0;
        if (!ref.isEmpty() && m_fidOfRef.contains(ref))
            project = m_fidOfRef.value(ref);
        else if (ref.isEmpty() && m_fidOfName.count(name) == 1)
            project = m_fidOfName.value(name);
        if (!project) {
            const bool leftOut
                = ref.isEmpty() ? m_namesLeftOut.contains(name) : m_refsLeftOut.contains(ref);
            (leftOut ? report.skipped : report.rejected)
                .append({rowNumber, leftOut ? LedgerImport::tr("its project is not imported")
                                            : LedgerImport::tr("no project %1 in the ledger")
                                                  .arg(ref.isEmpty() ? name : ref)});
            continue;
        }
        ImportRow row;
        QVariantMap event{{QStringLiteral("project_id"), project}};
        for (const Field &field : Fields::events()) {
            const QString text = cell(field.key);
            if (!field.column || field.type == Type::Key || text.isEmpty())
                continue;
            const QVariant value = row.parseCell(field, text, QString());
            if (!value.isNull())
                event.insert(Fields::column(field), value);
        }
        for (const Field &field : Fields::events()) {
            if (field.has(Field::Required) && field.column
                && !event.contains(Fields::column(field)))
                row.problems << LedgerImport::tr("no %1").arg(Fields::label(field));
        }
        if (!row.problems.isEmpty()) {
            report.rejected.append({rowNumber, row.problems.join(QStringLiteral("; "))});
            continue;
        }
        if (m_updated.contains(project)) {
            auto logged = loggedEvents(project);
            if (!logged)
                return logged.error();
            if (logged->contains(eventKey(event))) {
                report.skipped.append({rowNumber, LedgerImport::tr("already in the log")});
                continue;
            }
        }
        const qint64 id = m_nextEvent++;
        event.insert(QStringLiteral("id"), id);
        m_plan.changes.add({QStringLiteral("project_events"), QStringLiteral("id"), id, {}, event});
        ++report.accepted;
    }
    return {};
}

LedgerImport::Plan Planner::takePlan()
{
    return std::move(m_plan);
}

QJsonArray issuesJson(const QList<LedgerImport::Issue> &list)
{
    QJsonArray array;
    for (const LedgerImport::Issue &i : list)
        array.append(
            QJsonObject{{QStringLiteral("row"), i.row}, {QStringLiteral("reason"), i.reason}});
    return array;
}

} // namespace

QStringList LedgerImport::fields()
{
    QStringList list;
    for (const Field &field : Fields::projects())
        list << Fields::key(field);
    return list;
}

QString LedgerImport::fieldLabel(const QString &field)
{
    const Field *f = Fields::find(Fields::projects(), field);
    return f ? Fields::label(*f) : field;
}

QJsonObject LedgerImport::Report::toJson() const
{
    QJsonObject map;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        map.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("accepted"), accepted},
                       {QStringLiteral("created"), created},
                       {QStringLiteral("updated"), updated},
                       {QStringLiteral("rejected"), issuesJson(rejected)},
                       {QStringLiteral("skipped"), issuesJson(skipped)},
                       {QStringLiteral("written"), written},
                       {QStringLiteral("header_row"), headerRow},
                       {QStringLiteral("mapping"), map},
                       {QStringLiteral("bare_amount_unit"), bareAmountUnit},
                       {QStringLiteral("unknown_units"), QJsonArray::fromStringList(unknownUnits)},
                       {QStringLiteral("created_units"), QJsonArray::fromStringList(createdUnits)},
                       {QStringLiteral("events"),
                        QJsonObject{{QStringLiteral("source"), events.source},
                                    {QStringLiteral("accepted"), events.accepted},
                                    {QStringLiteral("rejected"), issuesJson(events.rejected)},
                                    {QStringLiteral("skipped"), issuesJson(events.skipped)}}}};
}

Result<LedgerImport::Source> LedgerImport::read(const QString &path, const QString &sheet)
{
    Source source;
    if (QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0) {
        if (LedgerFormat::isEventsCsv(path))
            return Error{tr("%1 is an activity log: import the ledger beside it, which brings its "
                            "log along.")
                             .arg(QDir::toNativeSeparators(path))};
        auto ledger = SheetReader::read(path);
        if (!ledger)
            return ledger.error();
        source.ledger = ledger.takeValue();
        const QString log = LedgerFormat::eventsCsvPath(path);
        if (QFileInfo::exists(log)) {
            auto events = SheetReader::read(log);
            if (!events)
                return events.error();
            source.events = events.takeValue();
            source.eventsOrigin = QFileInfo(log).fileName();
        }
        return source;
    }
    auto sheets = SheetReader::readAll(path);
    if (!sheets)
        return sheets.error();
    const QStringList names = sheets->first().sheetNames;
    int ledger = -1;
    for (int i = 0; i < sheets->size() && ledger < 0; ++i) {
        const QString name = sheets->at(i).name;
        if (sheet.isEmpty() ? name != LedgerFormat::eventsSheet() : name == sheet)
            ledger = i;
    }
    if (ledger < 0 && sheet.isEmpty())
        ledger = 0; // a workbook holding nothing but a log: the importer says what is wrong
    if (ledger < 0)
        return Error{
            SheetReader::tr("%1 has no sheet named %2; its sheets are %3.")
                .arg(QDir::toNativeSeparators(path), sheet, names.join(QStringLiteral("、")))};
    source.ledger = sheets->at(ledger);
    for (const Sheet &s : std::as_const(*sheets)) {
        if (s.name == LedgerFormat::eventsSheet() && s.name != source.ledger.name) {
            source.events = s;
            source.eventsOrigin = s.name;
        }
    }
    return source;
}

Result<LedgerImport::Plan> LedgerImport::plan(ProjectFile &project, const Source &source,
                                              const Options &options)
{
    Planner planner(project, options);
    if (Status loaded = planner.loadProject(); !loaded)
        return loaded.error();
    if (Status ledger = planner.planLedger(source.ledger, source.events.has_value()); !ledger)
        return ledger.error();
    if (source.events) {
        if (Status log = planner.planEvents(*source.events, source.eventsOrigin); !log)
            return log.error();
    }
    return planner.takePlan();
}

Status LedgerImport::apply(ProjectDocument &document, Plan &plan)
{
    if (plan.changes.isEmpty())
        return {};
    const int projects = plan.report.accepted;
    if (Status done = Commands::apply(document, std::move(plan.changes),
                                      tr("Import %n project(s)", nullptr, projects));
        !done)
        return done.error().withMessage(tr("Nothing was imported: %1").arg(done.errorMessage()));
    plan.changes = ChangeSet();
    plan.report.written = true;
    return {};
}

Result<LedgerImport::Report> LedgerImport::run(ProjectDocument &document, const QString &path,
                                               const Options &options)
{
    auto source = read(path, options.sheet);
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

Result<LedgerImport::Report> LedgerImport::run(ProjectDocument &document, const Sheet &sheet,
                                               const Options &options)
{
    auto planned = plan(document.store(), Source{sheet, std::nullopt, {}}, options);
    if (!planned)
        return planned.error();
    if (!options.dryRun) {
        if (Status done = apply(document, *planned); !done)
            return done.error();
    }
    return planned->report;
}
