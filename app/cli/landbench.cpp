// SPDX-License-Identifier: GPL-3.0-or-later
// bench-land: the land features on a million parcels (issue 10's speed targets).
#include "app/cli/commandparser.h"
#include "app/cli/exitcode.h"
#include "app/cli/landcommands.h"
#include "core/demo/benchparcels.h"
#include "core/domain/domain.h"
#include "core/geometry/geodesic.h"
#include "core/land/parcelmatch.h"
#include "core/storage/projectfile.h"
#include "core/storage/sqlitedb.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace {

class Bench
{
    Q_DECLARE_TR_FUNCTIONS(LandCommands)
public:
    Bench(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {}

    int run(const QStringList &args)
    {
        CommandParser parser(
            QStringLiteral("bench-land"),
            tr("Times the land features on the parcels of any GeoPackage (the shared 1M-parcel "
               "bench file): it copies them into a scratch project with statuses, idle land and "
               "areas, then measures the ellipsoidal areas of all parcels and match queries. "
               "Prints JSON."),
            m_out, m_err);
        parser.addArgument(QStringLiteral("SOURCE.gpkg"), tr("A GeoPackage with a polygon layer."));
        parser.addOption(
            {QStringLiteral("layer"), tr("The layer (default: parcels)."), QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("keep"),
                          tr("Write the scratch project here and keep it; a project already "
                             "there is reused."),
                          QStringLiteral("PROJECT.gpkg")});
        parser.addOption({QStringLiteral("runs"),
                          tr("Runs per measure (default 5; the median "
                             "is printed)."),
                          QStringLiteral("N")});
        if (auto exit = parser.parse(args))
            return *exit;
        const QString layer = parser.isSet(QStringLiteral("layer"))
                                  ? parser.value(QStringLiteral("layer"))
                                  : QStringLiteral("parcels");
        const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
        QTemporaryDir dir;
        const QString path = parser.isSet(QStringLiteral("keep"))
                                 ? parser.value(QStringLiteral("keep"))
                                 : dir.filePath(QStringLiteral("bench-land.gpkg"));
        QJsonObject result;
        QElapsedTimer timer;
        if (!QFileInfo::exists(path)) {
            timer.start();
            const Status built = ProjectFile::build(path, [&](ProjectFile &project) {
                return BenchParcels::copy(project, parser.arguments().first(), layer);
            });
            if (!built)
                return reportFailure(m_err, built.error());
            result.insert(QStringLiteral("scratch_project_s"), timer.elapsed() / 1000.0);
        }
        auto opened = ProjectFile::open(path, ProjectFile::Access::Read);
        if (!opened)
            return reportFailure(m_err, opened.error());
        ProjectFile &project = **opened;
        auto parcels = project.rowCount(QStringLiteral("parcels"));
        result.insert(QStringLiteral("parcels"), parcels ? *parcels : 0);

        // Ellipsoidal areas of every parcel, straight from the blobs.
        std::vector<double> areas;
        double total = 0;
        for (int run = 0; run < runs; ++run) {
            timer.start();
            auto stmt = project.db().prepare(QStringLiteral("SELECT geom FROM parcels"));
            if (!stmt)
                return reportFailure(m_err, stmt.error());
            total = 0;
            if (Status done = stmt->forEachRow([&] {
                    const QByteArrayView blob = stmt->blobView(0);
                    total += Geodesic::blobAreaM2(blob.data(), blob.size());
                });
                !done)
                return reportFailure(m_err, done.error());
            areas.push_back(timer.nsecsElapsed() / 1e6);
        }
        result.insert(QStringLiteral("areas_all_ms"), median(areas));
        result.insert(QStringLiteral("areas_total_mu"),
                      std::round(total / Domain::kSquareMetresPerMu));

        // Match queries: a project's usual need, and a need of nearly any size (every plot on
        // offer or idle is scored).
        const struct
        {
            const char *name;
            double min, max;
        } queries[] = {{"match_ms", 50, 120}, {"match_any_size_ms", 15, 500}};
        for (const auto &query : queries) {
            ParcelMatch::Needs needs;
            needs.minMu = query.min;
            needs.maxMu = query.max;
            needs.landUse = QStringLiteral("industrial");
            needs.chain = QStringLiteral("新能源");
            needs.units = {1};
            needs.maxPricePerMu = 30;
            std::vector<double> times;
            int considered = 0, combinations = 0;
            for (int run = 0; run < runs; ++run) {
                timer.start();
                auto matches = ParcelMatch::run(project, needs);
                times.push_back(timer.nsecsElapsed() / 1e6);
                if (!matches)
                    return reportFailure(m_err, matches.error());
                considered = matches->considered;
                combinations = int(matches->combinations.size());
            }
            result.insert(QLatin1String(query.name), median(times));
            const QString prefix = QLatin1String(query.name).chopped(3); // without "_ms"
            result.insert(prefix + QStringLiteral("_candidates"), considered);
            result.insert(prefix + QStringLiteral("_found"), combinations);
        }
        m_out << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
        return Success;
    }

private:
    static double median(std::vector<double> values)
    {
        std::sort(values.begin(), values.end());
        return values.empty() ? 0 : std::round(values[values.size() / 2] * 10) / 10;
    }

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace

namespace LandCommands {

int bench(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return Bench(out, err).run(args);
}

} // namespace LandCommands
