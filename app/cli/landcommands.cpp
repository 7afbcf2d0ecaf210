// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/landcommands.h"

#include "app/cli/commandparser.h"
#include "app/cli/exitcode.h"
#include "core/domain/domain.h"
#include "core/domain/fields.h"
#include "core/land/landgrading.h"
#include "core/land/landreport.h"
#include "core/land/parcelmatch.h"
#include "core/project/lookups.h"
#include "core/storage/projectfile.h"
#include "core/storage/schema.h"
#include "core/storage/sqlitedb.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTextStream>

#include <cmath>
#include <span>
#include <tuple>

namespace {

class Land
{
    Q_DECLARE_TR_FUNCTIONS(LandCommands)
public:
    Land(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {}

    int land(const QStringList &args)
    {
        CommandParser parser(QStringLiteral("land"),
                             tr("Per unit: idle and low-efficiency land by category (五未) at the "
                                "year's end, the area revitalised in the year against the unit's "
                                "target, the 亩均 grades of its parcels and the 标准地 plots "
                                "missing their commitments."),
                             m_out, m_err);
        parser.addArgument(QStringLiteral("FILE.gpkg"), tr("The project."));
        parser.addOption({QStringLiteral("year"),
                          tr("The year (default: the latest year with parcel figures)."),
                          QStringLiteral("Y")});
        parser.addOption(
            {QStringLiteral("unit"), tr("Only this unit (its name)."), QStringLiteral("U")});
        parser.addOption({QStringLiteral("today"),
                          tr("The day within the current year to count to (default: today)."),
                          QStringLiteral("YYYY-MM-DD")});
        parser.addPublicOption();
        parser.addOption({QStringLiteral("candidates"),
                          tr("Also list the 腾笼换鸟 candidates (grade D, below the B line, or "
                             "idle).")});
        parser.addOption({QStringLiteral("json"), tr("Print one JSON object instead of text.")});
        if (auto exit = parser.parse(args))
            return *exit;
        QStringList problems;
        std::optional<int> year;
        if (const QString text = parser.value(QStringLiteral("year")); !text.isEmpty()) {
            bool ok = false;
            year = text.toInt(&ok);
            if (!ok || *year < 1950 || *year > 2100)
                problems << tr("--year must be a year between 1950 and 2100.");
        }
        const QDate today = dateOption(parser, problems);
        if (!problems.isEmpty())
            return parser.usageError(problems);
        auto project = open(parser.arguments().first());
        if (!project)
            return m_openFailed;
        project->setAudience(parser.audience());
        if (!year) {
            auto latest = Lookups::latestFigureYear(*project);
            if (!latest)
                return fail(latest.error());
            year = latest->value_or(today.year());
        }
        auto units = LandReport::units(*project, *year, today);
        if (!units)
            return fail(units.error());
        const QString only = parser.value(QStringLiteral("unit")).trimmed();
        if (!only.isEmpty()) {
            units->removeIf([&](const LandReport::Unit &u) { return u.name != only; });
            if (units->isEmpty())
                return fail(Error{tr("The project has no unit called %1.").arg(only)});
        }
        QList<LandGrading::Candidate> candidates;
        if (parser.isSet(QStringLiteral("candidates"))) {
            auto list = LandGrading::candidates(*project, *year);
            if (!list)
                return fail(list.error());
            for (const LandGrading::Candidate &c : *list) {
                if (only.isEmpty() || c.parcel.unit == only)
                    candidates << c;
            }
        }
        const QDate day = LandReport::asOf(*year, today);
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray unitJson;
            for (const LandReport::Unit &u : *units)
                unitJson.append(u.toJson());
            QJsonObject object{{QStringLiteral("year"), *year},
                               {QStringLiteral("as_of"), day.toString(Qt::ISODate)},
                               {QStringLiteral("units"), unitJson}};
            if (parser.isSet(QStringLiteral("candidates"))) {
                QJsonArray list;
                for (const LandGrading::Candidate &c : candidates)
                    list.append(c.toJson());
                object.insert(QStringLiteral("candidates"), list);
            }
            m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
            return Success;
        }
        m_out << tr("Land of %1, as of %2").arg(*year).arg(day.toString(Qt::ISODate)) << '\n';
        for (const LandReport::Unit &u : *units) {
            m_out << u.name << '\n';
            QStringList idle;
            for (auto it = u.idleMu.cbegin(); it != u.idleMu.cend(); ++it)
                idle << tr("%1 %2 mu (%3)")
                            .arg(Domain::word(Domain::idleCategories(), it.key()),
                                 number(it.value()))
                            .arg(u.idleParcels.value(it.key()));
            m_out << "  " << tr("Idle and low-efficiency: %1 mu").arg(number(u.idleTotalMu()))
                  << (idle.isEmpty() ? QString()
                                     : QStringLiteral("：") + idle.join(QStringLiteral("，")))
                  << '\n';
            m_out << "  "
                  << (u.targetMu ? tr("Revitalised: %1 of a target of %2 mu (%3%)")
                                       .arg(number(u.revitalisedMu), number(*u.targetMu))
                                       .arg(*u.targetMu > 0
                                                ? std::round(u.revitalisedMu / *u.targetMu * 100)
                                                : 0)
                                 : tr("Revitalised: %1 mu").arg(number(u.revitalisedMu)))
                  << '\n';
            if (!u.figures) {
                m_out << "  " << tr("标准地 past their deadline: %1").arg(u.standardDue) << '\n';
                continue;
            }
            QStringList grades;
            for (const QString &g : Domain::codes(Domain::grades()))
                grades << QStringLiteral("%1 %2").arg(g).arg(u.grades.value(g));
            m_out << "  " << tr("Grades: %1").arg(grades.join(QStringLiteral(" · "))) << '\n';
            m_out << "  "
                  << tr("标准地 past their deadline: %1, missing commitments: %2")
                         .arg(u.standardDue)
                         .arg(u.misses.size())
                  << '\n';
            for (const LandGrading::CommitmentMiss &m : u.misses)
                m_out << "    " << missLine(m) << '\n';
        }
        if (parser.isSet(QStringLiteral("candidates"))) {
            m_out << tr("腾笼换鸟 candidates: %1").arg(candidates.size()) << '\n';
            for (const LandGrading::Candidate &c : candidates)
                m_out << "  " << c.parcel.code << '\t' << c.parcel.unit << '\t' << c.parcel.owner
                      << '\t' << number(c.parcel.areaMu) << '\t'
                      << c.reasons.join(QStringLiteral("；")) << '\n';
        }
        return Success;
    }

    int match(const QStringList &args)
    {
        CommandParser parser(QStringLiteral("match"),
                             tr("Ranks the parcels on offer (储备, 已挂牌) and the idle or "
                                "low-efficiency ones for a project's needs, with a score out of "
                                "100 and the reasons, and adjacent parcels that fit together."),
                             m_out, m_err);
        parser.addArgument(QStringLiteral("FILE.gpkg"), tr("The project."));
        parser.addOption({QStringLiteral("area"),
                          tr("The area range in mu, e.g. 50-120 (required unless --project)."),
                          QStringLiteral("MIN-MAX")});
        parser.addOption({QStringLiteral("project"),
                          tr("Take the needs from this project (its number or name): its land "
                             "need −20 %/+25 %, chain, unit and park; the other options "
                             "override them."),
                          QStringLiteral("P")});
        parser.addPublicOption();
        parser.addOption({QStringLiteral("use"), tr("The land use, e.g. 工业 (工业用地)."),
                          QStringLiteral("USE")});
        parser.addOption(
            {QStringLiteral("chain"), tr("The industry chain, e.g. 新能源."), QStringLiteral("C")});
        parser.addOption({QStringLiteral("unit"),
                          tr("Preferred units, by name, separated by commas."),
                          QStringLiteral("U")});
        parser.addOption({QStringLiteral("park"),
                          tr("Preferred parks, by name, separated by commas."),
                          QStringLiteral("P")});
        parser.addOption({QStringLiteral("max-price"),
                          tr("The highest land price, in 10k CNY per mu."), QStringLiteral("X")});
        parser.addOption({QStringLiteral("investment"),
                          tr("The investment intensity the project can commit to (10k CNY per "
                             "mu), for standard land."),
                          QStringLiteral("X")});
        parser.addOption({QStringLiteral("plot-ratio"),
                          tr("The plot ratio the project can commit to, for standard land."),
                          QStringLiteral("X")});
        parser.addOption({QStringLiteral("tax"),
                          tr("The tax per mu the project can commit to (10k CNY per mu), for "
                             "standard land."),
                          QStringLiteral("X")});
        parser.addOption({QStringLiteral("adjacent"),
                          tr("Parcels this close (metres) count as adjacent (default 30)."),
                          QStringLiteral("M")});
        parser.addOption({QStringLiteral("limit"),
                          tr("At most this many parcels and combinations (default 20)."),
                          QStringLiteral("N")});
        parser.addOption({QStringLiteral("today"),
                          tr("The day idle months are counted to (default: today)."),
                          QStringLiteral("YYYY-MM-DD")});
        parser.addOption({QStringLiteral("json"), tr("Print one JSON object instead of text.")});
        if (auto exit = parser.parse(args))
            return *exit;
        QStringList problems;
        const QDate today = dateOption(parser, problems);
        const QString area = parser.value(QStringLiteral("area"));
        const auto range = ParcelMatch::parseRange(area);
        if (!area.isEmpty() && !range)
            problems << tr("--area must be a range of mu such as 50-120.");
        if (area.isEmpty() && !parser.isSet(QStringLiteral("project")))
            problems << tr("Give --area (or --project to take the project's land need).");
        auto positive = [&](const char *option) -> std::optional<double> {
            const QString text = parser.value(QLatin1String(option));
            if (text.isEmpty())
                return std::nullopt;
            bool ok = false;
            const double value = text.toDouble(&ok);
            if (!ok || value < 0) {
                problems << tr("--%1 must be a number of zero or more.").arg(QLatin1String(option));
                return std::nullopt;
            }
            return value;
        };
        const auto maxPrice = positive("max-price");
        const auto investment = positive("investment");
        const auto far = positive("plot-ratio");
        const auto tax = positive("tax");
        const auto adjacent = positive("adjacent");
        const auto limit = positive("limit");
        QString use;
        if (const QString text = parser.value(QStringLiteral("use")); !text.isEmpty()) {
            use = Domain::fromText(Domain::landUses(), text);
            if (use.isEmpty())
                problems << tr("--use must be a land use: %1.")
                                .arg(wordsOf(Domain::landUses()).join(QStringLiteral("、")));
        }
        if (!problems.isEmpty())
            return parser.usageError(problems);
        auto project = open(parser.arguments().first());
        if (!project)
            return m_openFailed;
        project->setAudience(parser.audience());
        ParcelMatch::Needs needs;
        if (const QString which = parser.value(QStringLiteral("project")); !which.isEmpty()) {
            auto fid = projectFid(*project, which);
            if (!fid)
                return fail(fid.error());
            if (range) { // the range is given: the rest comes from the project
                auto stmt = project->db().prepare(
                    QStringLiteral("SELECT chain, unit_id, park_id FROM projects WHERE fid = ?1"));
                if (!stmt)
                    return fail(stmt.error());
                stmt->bind(1, *fid);
                if (SqliteStep row = stmt->step(); row.failed())
                    return fail(row.error());
                needs.chain = stmt->text(0);
                if (!stmt->isNull(1))
                    needs.units << stmt->int64(1);
                if (!stmt->isNull(2))
                    needs.parks << stmt->int64(2);
                needs.project = *fid;
            } else {
                auto fromProject = ParcelMatch::needsOf(*project, *fid);
                if (!fromProject)
                    return fail(fromProject.error());
                needs = *fromProject;
            }
        }
        if (range) {
            needs.minMu = range->first;
            needs.maxMu = range->second;
        }
        if (!use.isEmpty())
            needs.landUse = use;
        if (const QString chain = parser.value(QStringLiteral("chain")); !chain.isEmpty())
            needs.chain = chain.trimmed();
        for (const auto &[option, table, list] : {std::tuple{"unit", "units", &needs.units},
                                                  std::tuple{"park", "parks", &needs.parks}}) {
            const QString names = parser.value(QLatin1String(option));
            if (names.isEmpty())
                continue;
            list->clear();
            for (const QString &name :
                 names.split(QRegularExpression(QStringLiteral("[,，、]")), Qt::SkipEmptyParts)) {
                auto fid = project->db().scalar(
                    QStringLiteral("SELECT fid FROM %1 WHERE name = ?1").arg(QLatin1String(table)),
                    {name.trimmed()});
                if (!fid)
                    return fail(fid.error());
                if (!fid->isValid())
                    return fail(Error{tr("The project has no %1 called %2.")
                                          .arg(QLatin1String(option), name.trimmed())});
                *list << fid->toLongLong();
            }
        }
        needs.maxPricePerMu = maxPrice;
        needs.investmentPerMu = investment;
        needs.far = far;
        needs.taxPerMu = tax;
        needs.today = today;
        if (adjacent)
            needs.adjacencyMetres = *adjacent;
        if (limit)
            needs.limit = std::max(1, int(*limit));
        auto matches = ParcelMatch::run(*project, needs);
        if (!matches)
            return fail(matches.error());
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray parcels, combinations;
            for (const ParcelMatch::Candidate &c : matches->parcels)
                parcels.append(c.toJson());
            for (const ParcelMatch::Candidate &c : matches->combinations)
                combinations.append(c.toJson());
            m_out << QJsonDocument(QJsonObject{{QStringLiteral("area_min_mu"), needs.minMu},
                                               {QStringLiteral("area_max_mu"), needs.maxMu},
                                               {QStringLiteral("considered"), matches->considered},
                                               {QStringLiteral("parcels"), parcels},
                                               {QStringLiteral("combinations"), combinations}})
                         .toJson(QJsonDocument::Compact)
                  << '\n';
            return Success;
        }
        m_out << tr("%1 candidate parcel(s) for %2–%3 mu")
                     .arg(matches->considered)
                     .arg(number(needs.minMu), number(needs.maxMu))
              << '\n';
        auto print = [&](const QList<ParcelMatch::Candidate> &list) {
            int rank = 0;
            for (const ParcelMatch::Candidate &c : list)
                m_out << ++rank << ". " << c.codes.join(QStringLiteral("+")) << '\t'
                      << tr("%1 mu").arg(number(c.areaMu)) << '\t'
                      << Domain::word(Domain::parcelStatuses(), c.status) << '\t'
                      << QString::number(c.score, 'f', 1) << '\t'
                      << c.reasons.join(QStringLiteral("；")) << '\n';
        };
        print(matches->parcels);
        if (!matches->combinations.isEmpty()) {
            m_out << tr("Adjacent parcels together:") << '\n';
            print(matches->combinations);
        }
        return Success;
    }

private:
    static QString number(double value)
    {
        const double rounded = std::round(value * 10) / 10;
        return QLocale().toString(rounded, 'f', rounded == std::floor(rounded) ? 0 : 1);
    }

    static QStringList wordsOf(std::span<const DomainValue> values)
    {
        QStringList words;
        for (const DomainValue &v : values)
            words << QString::fromUtf8(v.word);
        return words;
    }

    static QString missLine(const LandGrading::CommitmentMiss &m)
    {
        QStringList items;
        auto item = [&](StandardLand::Item which, std::optional<double> promised,
                        std::optional<double> reached) {
            if (!promised)
                return;
            const bool missed = m.missed.contains(which);
            items << tr("%1 %2 / %3 %4")
                         .arg(LandGrading::itemName(which), number(*promised),
                              reached ? number(*reached) : QStringLiteral("—"),
                              missed ? QStringLiteral("✗") : QStringLiteral("✓"));
        };
        item(StandardLand::Item::Investment, m.committed.investmentPerMu, m.actual.investmentPerMu);
        item(StandardLand::Item::PlotRatio, m.committed.far, m.actual.far);
        item(StandardLand::Item::Tax, m.committed.taxPerMu, m.actual.taxPerMu);
        return tr("%1 (%2, deadline %3, figures of %4): %5")
            .arg(m.code, m.owner, m.committed.deadline.toString(Qt::ISODate),
                 m.actual.year ? QString::number(m.actual.year) : tr("none"),
                 items.join(QStringLiteral("，")));
    }

    QDate dateOption(const CommandParser &parser, QStringList &problems)
    {
        QDate today = QDate::currentDate();
        if (const QString text = parser.value(QStringLiteral("today")); !text.isEmpty()) {
            today = QDate::fromString(text, Qt::ISODate);
            if (!today.isValid() || today.year() < 1950 || today.year() > 2100)
                problems << tr("--today must be a date written YYYY-MM-DD.");
        }
        return today;
    }

    static Result<qint64> projectFid(ProjectFile &project, const QString &which)
    {
        bool number = false;
        const qint64 fid = which.toLongLong(&number);
        // In public mode a confidential project is not there to be matched.
        auto found = project.db().scalar(
            QStringLiteral("SELECT fid FROM projects WHERE %1 = ?1 AND %2")
                .arg(number ? QStringLiteral("fid") : QStringLiteral("name"),
                     Fields::visibleRows(QStringLiteral("projects"), project.audience())),
            {number ? QVariant(fid) : QVariant(which.trimmed())});
        if (!found)
            return found.error();
        if (!found->isValid())
            return Error{tr("The project has no project %1.").arg(which)};
        return found->toLongLong();
    }

    // Opens for reading; a file older than the land records (schema 6) is refused: reading
    // never upgrades.
    std::unique_ptr<ProjectFile> open(const QString &path)
    {
        auto project = ProjectFile::open(path, ProjectFile::Access::Read);
        if (!project) {
            m_openFailed = fail(project.error());
            return nullptr;
        }
        if ((*project)->schemaVersion() < 6) {
            m_openFailed = fail(Error{
                tr("%1 is a project of schema version %2, from before the land records "
                   "(version 6). Open it once for editing (in InvestAtlas, or with any command "
                   "that edits it) to upgrade it.")
                    .arg(path)
                    .arg((*project)->schemaVersion())});
            return nullptr;
        }
        return project.takeValue();
    }

    int fail(const Error &error) { return reportFailure(m_err, error); }

    QTextStream &m_out;
    QTextStream &m_err;
    int m_openFailed = BadInput;
};

} // namespace

namespace LandCommands {

int land(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return Land(out, err).land(args);
}

int match(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return Land(out, err).match(args);
}

} // namespace LandCommands
