// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demobuilder.h"

#include "core/base/logging.h"
#include "core/demo/demoland.h"
#include "core/demo/demoplans.h"
#include "core/demo/demorandom.h"
#include "core/domain/domain.h"
#include "core/io/gdalutil.h"
#include "core/storage/projectfile.h"
#include "core/storage/schema.h"

#include <QDate>
#include <QFile>
#include <QHash>
#include <QtMath>

#include <ogr_api.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>

#include <cmath>
#include <map>
#include <memory>

using namespace DemoPlans;

namespace {

// Lishui lies in CGCS2000 3-degree Gauss-Kruger zone CM 120E: metres for drawing parks and
// parcels and for computing their areas in 亩.
constexpr int kGaussKrugerEpsg = 4549;
const QDate kDemoToday(2023, 12, 31);

struct Unit
{
    qint64 fid = 0;
    QString name;
    std::unique_ptr<OGRGeometry> shapeGk; // in Gauss-Kruger metres, for placing parks
    OGRPoint labelGk;
};

struct Park
{
    qint64 fid = 0;
    QString unit;
    QString name;
    QStringList chains;
    OGRPoint centreGk;
};

struct Parcel
{
    qint64 fid = 0;
    qint64 parkFid = 0;
    QString unit;
    QString status;
    double areaMu = 0;
    OGRPoint centreGk;
    bool linked = false;
    DemoParcelLife life;
};

class Builder
{
public:
    Builder(ProjectFile &project)
        : m_project(project)
        , m_random(20230101)
        , m_land(20231231)
    {
        m_geographic.importFromEPSG(Schema::kStorageSrsId);
        m_geographic.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        m_gaussKruger.importFromEPSG(kGaussKrugerEpsg);
        m_gaussKruger.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        m_toGk.reset(OGRCreateCoordinateTransformation(&m_geographic, &m_gaussKruger));
        m_toGeographic.reset(OGRCreateCoordinateTransformation(&m_gaussKruger, &m_geographic));
    }

    Status run()
    {
        if (!m_toGk || !m_toGeographic)
            return Error{DemoBuilder::tr("PROJ cannot transform between CGCS2000 and its "
                                         "Gauss-Kruger zone: %1")
                             .arg(gdalLastError())};
        for (auto step :
             {&Builder::addUnits, &Builder::addParksAndParcels, &Builder::addEnclaves,
              &Builder::addProjects, &Builder::addTargets, &Builder::addFundsAndFollowUps,
              &Builder::addChainNames, &Builder::addParcelHistories}) {
            if (Status done = (this->*step)(); !done)
                return done;
        }
        return m_project.refreshContentsExtents();
    }

private:
    // The English name of every industry chain the demo's parks and projects name.
    Status addChainNames()
    {
        for (const auto &[zh, en] : kChainNames) {
            auto row = m_project.insertRow(QStringLiteral("chain_names"),
                                           {{QStringLiteral("name"), QString::fromUtf8(zh)},
                                            {QStringLiteral("name_en"), QString::fromUtf8(en)}});
            if (!row)
                return row.error();
        }
        return {};
    }

    static Result<QList<GdalRecord>> resource(const QString &name)
    {
        QFile file(QStringLiteral(":/demo/") + name);
        if (!file.open(QIODevice::ReadOnly))
            return Error{DemoBuilder::tr("The demo data %1 is missing from this build.").arg(name)};
        return readGdalRecords(file.readAll(), name);
    }

    std::unique_ptr<OGRGeometry> toGeographic(const OGRGeometry &gk)
    {
        std::unique_ptr<OGRGeometry> copy(gk.clone());
        copy->transform(m_toGeographic.get());
        return copy;
    }

    static std::unique_ptr<OGRMultiPolygon> asMulti(std::unique_ptr<OGRGeometry> geometry)
    {
        return std::unique_ptr<OGRMultiPolygon>(
            OGRGeometryFactory::forceToMultiPolygon(geometry.release())->toMultiPolygon());
    }

    Status addUnit(const QString &name, const QString &adcode, const QString &kind,
                   const OGRGeometry &geographic)
    {
        auto multi = asMulti(std::unique_ptr<OGRGeometry>(geographic.clone()));
        auto fid = m_project.insertFeature(
            QStringLiteral("units"), multi.get(),
            {{QStringLiteral("name"), name},
             {QStringLiteral("name_en"), DemoPlans::englishName(name)},
             {QStringLiteral("adcode"), adcode.isEmpty() ? QVariant() : adcode},
             {QStringLiteral("kind"), kind},
             {QStringLiteral("city"), QStringLiteral("丽水市")}});
        if (!fid)
            return fid.error();
        Unit unit;
        unit.fid = *fid;
        unit.name = name;
        unit.shapeGk.reset(geographic.clone());
        unit.shapeGk->transform(m_toGk.get());
        OGRPoint centroid;
        unit.shapeGk->Centroid(&centroid);
        // The centroid of an odd-shaped county may fall outside it; fall back to a surface point.
        if (!unit.shapeGk->Contains(&centroid)) {
            std::unique_ptr<OGRGeometry> inside(OGRGeometry::FromHandle(
                OGR_G_PointOnSurface(OGRGeometry::ToHandle(unit.shapeGk.get()))));
            if (inside)
                centroid = *inside->toPoint();
        }
        unit.labelGk = centroid;
        m_units.emplace(name, std::move(unit));
        return {};
    }

    Status addUnits()
    {
        auto counties = resource(QStringLiteral("lishui-counties.geojson"));
        if (!counties)
            return counties.error();
        for (const GdalRecord &county : *counties) {
            const QString name = county.fields.value(QStringLiteral("name"));
            const QString kind = name.endsWith(QStringLiteral("区"))   ? QStringLiteral("district")
                                 : name.endsWith(QStringLiteral("市")) ? QStringLiteral("city")
                                                                       : QStringLiteral("county");
            if (Status done = addUnit(name, county.fields.value(QStringLiteral("adcode")), kind,
                                      *county.geometry);
                !done)
                return done;
        }
        OGRLinearRing ring;
        for (const auto &vertex : kZoneOutline)
            ring.addPoint(vertex[0], vertex[1]);
        OGRPolygon zone;
        zone.addRing(&ring);
        return addUnit(QString::fromUtf8(kZoneName), QString(), QStringLiteral("zone"), zone);
    }

    // A park outline: a rotated rectangle of the planned area with chamfered corners, placed
    // near the unit's centre and kept inside the unit.
    std::unique_ptr<OGRPolygon> parkOutline(const Unit &unit, double areaM2, double *angle,
                                            OGRPoint *centre, double *width, double *height)
    {
        const double aspect = m_random.uniform(1.2, 1.8);
        for (int attempt = 0; attempt < 60; ++attempt) {
            const double spread = 1500.0 + 250.0 * attempt;
            const double scale = attempt < 40 ? 1.0 : 0.7;
            *width = std::sqrt(areaM2 * aspect) * scale;
            *height = *width / aspect;
            *angle = m_random.uniform(-0.6, 0.6);
            centre->setX(unit.labelGk.getX() + m_random.uniform(-spread, spread));
            centre->setY(unit.labelGk.getY() + m_random.uniform(-spread, spread));
            auto outline = rectangle(*centre, *width, *height, *angle, 0.12);
            bool clear = unit.shapeGk->Contains(outline.get());
            for (const auto &other : m_parkShapesGk)
                clear = clear && !other->Intersects(outline.get());
            if (clear)
                return outline;
        }
        return nullptr;
    }

    static OGRPoint local(const OGRPoint &centre, double u, double v, double angle)
    {
        const double c = std::cos(angle), s = std::sin(angle);
        return OGRPoint(centre.getX() + u * c - v * s, centre.getY() + u * s + v * c);
    }

    // A rectangle centred at `centre`; `chamfer` cuts that fraction off each corner.
    static std::unique_ptr<OGRPolygon> rectangle(const OGRPoint &centre, double width,
                                                 double height, double angle, double chamfer = 0)
    {
        const double hw = width / 2, hh = height / 2;
        const double cw = width * chamfer, ch = height * chamfer;
        std::vector<std::pair<double, double>> corners;
        if (chamfer > 0)
            corners = {{-hw + cw, -hh}, {hw - cw, -hh}, {hw, -hh + ch}, {hw, hh - ch},
                       {hw - cw, hh},   {-hw + cw, hh}, {-hw, hh - ch}, {-hw, -hh + ch}};
        else
            corners = {{-hw, -hh}, {hw, -hh}, {hw, hh}, {-hw, hh}};
        OGRLinearRing ring;
        for (const auto &[u, v] : corners) {
            const OGRPoint p = local(centre, u, v, angle);
            ring.addPoint(p.getX(), p.getY());
        }
        ring.closeRings();
        auto polygon = std::make_unique<OGRPolygon>();
        polygon->addRing(&ring);
        return polygon;
    }

    QString company(const QString &suffix)
    {
        QString name = m_random.pick(kInvestorCities);
        name += m_random.pick(kNameSyllables) + m_random.pick(kNameSyllables);
        return name + suffix;
    }

    QString parcelStatus()
    {
        static const QStringList statuses = Domain::codes(Domain::parcelStatuses());
        // reserve, listed, transferred, construction, producing, standard
        return statuses[qsizetype(m_random.weighted({16, 10, 18, 16, 30, 10}))];
    }

    Status addParcel(Park &park, const OGRPolygon &shapeGk, int number)
    {
        const double areaMu = shapeGk.get_Area() / Domain::kSquareMetresPerMu;
        const QString status = parcelStatus();
        const QString landUse = QString::fromLatin1(
            Domain::landUses()[size_t(m_random.weighted({70, 8, 8, 6, 8}))].code);
        Parcel parcel;
        parcel.life = m_land.life(status, areaMu, landUse, kDemoToday);
        QVariantMap values = parcel.life.values;
        values.insert(QStringLiteral("code"), QStringLiteral("LS%1-%2")
                                                  .arg(park.fid, 2, 10, QLatin1Char('0'))
                                                  .arg(number, 3, 10, QLatin1Char('0')));
        values.insert(QStringLiteral("park_id"), park.fid);
        values.insert(QStringLiteral("land_use"), landUse);
        values.insert(QStringLiteral("status"), status);
        values.insert(QStringLiteral("area_mu"), std::round(areaMu * 100) / 100);
        if (status != QLatin1String("reserve") && status != QLatin1String("listed"))
            values.insert(QStringLiteral("owner"), company(QStringLiteral("有限公司")));
        auto geographic = asMulti(toGeographic(shapeGk));
        auto fid = m_project.insertFeature(QStringLiteral("parcels"), geographic.get(), values);
        if (!fid)
            return fid.error();
        parcel.fid = *fid;
        parcel.parkFid = park.fid;
        parcel.unit = park.unit;
        parcel.status = status;
        parcel.areaMu = areaMu;
        shapeGk.Centroid(&parcel.centreGk);
        m_parcels.push_back(std::move(parcel));
        return {};
    }

    // Idle land brought back into use in the past: 龙泉 and 青田 revitalised close to their
    // 2022 targets (500 and 1000 亩: 龙泉 a little behind, 青田 past it), other units some plots.
    // Then every parcel's history and yearly figures.
    Status addParcelHistories()
    {
        const std::map<QString, double> aims{{QStringLiteral("龙泉市"), 430},
                                             {QStringLiteral("青田县"), 1150}};
        std::map<QString, double> done;
        const QStringList statuses = Domain::codes(Domain::parcelStatuses());
        for (Parcel &parcel : m_parcels) {
            auto aim = aims.find(parcel.unit);
            for (int i = 1; i < statuses.size(); ++i) {
                const QDate reached = DemoLand::reached(parcel.life, statuses[i]);
                if (!reached.isValid())
                    continue;
                const bool wanted = aim != aims.end()
                                        ? reached.year() == 2022
                                              && done[parcel.unit] + parcel.areaMu <= aim->second
                                        : m_random.chance(0.12);
                if (wanted
                    && DemoLand::addSpellEndedBy(parcel.life, statuses[i],
                                                 m_random.between(8, 30))) {
                    if (reached.year() == 2022)
                        done[parcel.unit] += parcel.areaMu;
                    break; // one spell in a parcel's past is enough
                }
            }
        }
        // Then low-efficiency plots put right in 2022 (技改提效), until close to the aim.
        for (Parcel &parcel : m_parcels) {
            auto aim = aims.find(parcel.unit);
            if (aim == aims.end() || done[parcel.unit] + parcel.areaMu > aim->second)
                continue;
            const QDate ended = QDate(2022, 1, 1).addDays(m_random.between(0, 364));
            if (DemoLand::addImprovedSpell(parcel.life, ended, m_random.between(6, 20)))
                done[parcel.unit] += parcel.areaMu;
        }
        for (const Parcel &parcel : m_parcels) {
            for (QVariantMap row : parcel.life.events) {
                row.insert(QStringLiteral("parcel_id"), parcel.fid);
                if (auto added = m_project.insertRow(QStringLiteral("parcel_events"), row); !added)
                    return added.error();
            }
            for (QVariantMap row : parcel.life.years) {
                row.insert(QStringLiteral("parcel_id"), parcel.fid);
                if (auto added = m_project.insertRow(QStringLiteral("parcel_yearly"), row); !added)
                    return added.error();
            }
        }
        return {};
    }

    // Fills the park with rows of rectangular parcels separated by 24 m roads, each 10–500 亩.
    Status addParcels(Park &park, double width, double height, double angle)
    {
        constexpr double road = 24.0;
        const double minArea = 10 * Domain::kSquareMetresPerMu;
        const double maxArea = 480 * Domain::kSquareMetresPerMu;
        int number = 0;
        const int limit = m_random.between(20, 50);
        double v = -height / 2 + height * 0.08;
        while (number < limit) {
            const double rowHeight = m_random.uniform(90, 360);
            if (v + rowHeight > height / 2 - height * 0.08)
                break;
            double u = -width / 2 + width * 0.08;
            for (;;) {
                double parcelWidth = m_random.chance(0.08) ? m_random.uniform(500, 1100)
                                                           : m_random.uniform(60, 480);
                parcelWidth = std::clamp(parcelWidth, minArea / rowHeight, maxArea / rowHeight);
                if (u + parcelWidth > width / 2 - width * 0.08 || number >= limit)
                    break;
                const OGRPoint centre
                    = local(park.centreGk, u + parcelWidth / 2, v + rowHeight / 2, angle);
                // Leave some plots undrawn: roads, green space, land not yet surveyed.
                if (m_random.chance(0.9)) {
                    auto shape = rectangle(centre, parcelWidth, rowHeight, angle);
                    if (Status done = addParcel(park, *shape, ++number); !done)
                        return done;
                }
                u += parcelWidth + road;
            }
            v += rowHeight + road;
        }
        return {};
    }

    Status addParksAndParcels()
    {
        for (const ParkPlan &plan : kParks) {
            const Unit &unit = m_units[QString::fromUtf8(plan.unit)];
            double angle = 0, width = 0, height = 0;
            Park park;
            auto outline = parkOutline(unit, plan.plannedMu * Domain::kSquareMetresPerMu, &angle,
                                       &park.centreGk, &width, &height);
            if (!outline)
                return Error{DemoBuilder::tr("No room for the park %1 inside %2.")
                                 .arg(QString::fromUtf8(plan.name), unit.name)};
            park.unit = unit.name;
            park.name = QString::fromUtf8(plan.name);
            park.chains = QString::fromUtf8(plan.chains).split(QStringLiteral("、"));
            auto geographic = asMulti(toGeographic(*outline));
            auto fid = m_project.insertFeature(
                QStringLiteral("parks"), geographic.get(),
                {{QStringLiteral("name"), park.name},
                 {QStringLiteral("name_en"), englishName(park.name)},
                 {QStringLiteral("kind"), QString::fromLatin1(plan.kind)},
                 {QStringLiteral("unit_id"), unit.fid},
                 {QStringLiteral("planned_area_mu"), plan.plannedMu},
                 {QStringLiteral("chains"), QString::fromUtf8(plan.chains)}});
            if (!fid)
                return fid.error();
            park.fid = *fid;
            m_parkShapesGk.push_back(std::move(outline));
            if (Status done = addParcels(park, width, height, angle); !done)
                return done;
            m_parks.push_back(park);
        }
        qCDebug(lcDemo) << m_parks.size() << "parks," << m_parcels.size() << "parcels";
        return {};
    }

    static QString enclaveKind(const QString &chinese)
    {
        if (chinese.contains(QStringLiteral("群")))
            return QStringLiteral("cluster");
        if (chinese.contains(QStringLiteral("飞楼")))
            return QStringLiteral("floor");
        if (chinese.contains(QStringLiteral("山海协作")))
            return QStringLiteral("cooperation");
        if (chinese.contains(QStringLiteral("科创")))
            return QStringLiteral("innovation");
        if (chinese.contains(QStringLiteral("产业")))
            return QStringLiteral("industrial");
        return QStringLiteral("general");
    }

    Status addEnclaves()
    {
        auto hosts = resource(QStringLiteral("enclave-hosts.csv"));
        if (!hosts)
            return hosts.error();
        QHash<QString, QPointF> hostPositions;
        for (const GdalRecord &host : *hosts)
            hostPositions.insert(host.fields.value(QStringLiteral("host_place")),
                                 QPointF(host.fields.value(QStringLiteral("lon")).toDouble(),
                                         host.fields.value(QStringLiteral("lat")).toDouble()));
        auto enclaves = resource(QStringLiteral("enclaves.csv"));
        if (!enclaves)
            return enclaves.error();
        QHash<QString, int> sitesPerHost;
        for (const GdalRecord &enclave : *enclaves) {
            if (enclave.fields.value(QStringLiteral("home_city")) != QStringLiteral("丽水市"))
                continue;
            const QString host = enclave.fields.value(QStringLiteral("host_place"));
            if (!hostPositions.contains(host))
                return Error{
                    DemoBuilder::tr("The demo has no position for the enclave host %1.").arg(host)};
            // Several counties run sites in the same city: set them apart by about a kilometre.
            const int nth = sitesPerHost[host]++;
            const QPointF base = hostPositions.value(host);
            OGRPoint point(base.x() + 0.012 * std::cos(nth * 2.1) * (nth > 0),
                           base.y() + 0.010 * std::sin(nth * 2.1) * (nth > 0));
            const QString home = enclave.fields.value(QStringLiteral("home_unit"));
            auto fid = m_project.insertFeature(
                QStringLiteral("enclaves"), &point,
                {{QStringLiteral("name"), enclave.fields.value(QStringLiteral("name"))},
                 {QStringLiteral("kind"),
                  enclaveKind(enclave.fields.value(QStringLiteral("kind")))},
                 {QStringLiteral("home_unit_id"), m_units[home].fid},
                 {QStringLiteral("host_place"), host},
                 {QStringLiteral("host_city"), enclave.fields.value(QStringLiteral("host_city"))},
                 {QStringLiteral("opened_date"),
                  QDate(2019, 3, 1).addDays(m_random.between(0, 1000))}});
            if (!fid)
                return fid.error();
        }
        return {};
    }

    struct ProjectPlan
    {
        QString name;
        QString unit;
        QString chain;
        QString stage;
        QVariant investmentWan;
        QVariant landMu;
        QVariant outputWan;
        QString notes;
        QString investor;
        QString investorType;
    };

    static QString stageFromArticle(const QString &text)
    {
        if (text.contains(QStringLiteral("见效")) || text.contains(QStringLiteral("投产")))
            return QStringLiteral("production");
        if (text.contains(QStringLiteral("开工建设")) || text.contains(QStringLiteral("建设中")))
            return QStringLiteral("construction");
        if (text.contains(QStringLiteral("确保开工")))
            return QStringLiteral("land");
        if (text.contains(QStringLiteral("签约")))
            return QStringLiteral("negotiation");
        return QStringLiteral("signed");
    }

    QString generatedStage()
    {
        static const QStringList stages = Domain::codes(Domain::stages());
        return stages[qsizetype(m_random.weighted({6, 5, 8, 14, 10, 18, 16, 10, 6, 7}))];
    }

    double generatedInvestmentWan()
    {
        // Many 1–5 亿元, fewer above; a handful at 50 亿元 or more, some below 1 亿元.
        const int tier = m_random.weighted({14, 46, 16, 12, 7, 3, 2});
        const double ranges[][2]
            = {{0.3, 1}, {1, 5}, {5, 10}, {10, 20}, {20, 50}, {50, 100}, {100, 160}};
        return std::round(m_random.uniform(ranges[tier][0], ranges[tier][1]) * 100) * 100;
    }

    std::vector<ProjectPlan> projectPlans(const QList<GdalRecord> &facts)
    {
        std::vector<ProjectPlan> plans;
        for (const GdalRecord &fact : facts) {
            if (fact.fields.value(QStringLiteral("city")) != QStringLiteral("丽水市"))
                continue;
            ProjectPlan plan;
            plan.name = fact.fields.value(QStringLiteral("name"));
            plan.unit = fact.fields.value(QStringLiteral("unit"));
            plan.chain = fact.fields.value(QStringLiteral("chain"));
            plan.stage = stageFromArticle(fact.fields.value(QStringLiteral("stage")));
            const QString yi = fact.fields.value(QStringLiteral("investment_yi"));
            if (!yi.isEmpty())
                plan.investmentWan = yi.toDouble() * Domain::kWanPerYi;
            plan.notes = fact.fields.value(QStringLiteral("stage"));
            if (const QString more = fact.fields.value(QStringLiteral("notes")); !more.isEmpty())
                plan.notes += QStringLiteral("；") + more;
            plan.notes += QStringLiteral("（见《丽水日报》县市区委书记谈招商引资，金额未公布）");
            // The articles name no investor or investor type: leave them empty, not invented.
            plans.push_back(plan);
        }
        for (int i = 0; plans.size() < 180; ++i) {
            const Park &park = m_parks[size_t(m_random.between(0, int(m_parks.size()) - 1))];
            std::vector<ProductPlan> fitting;
            for (const ProductPlan &product : kProducts) {
                if (park.chains.contains(QString::fromUtf8(product.chain)))
                    fitting.push_back(product);
            }
            const ProductPlan product
                = fitting.empty() ? m_random.pick(kProducts) : m_random.pick(fitting);
            ProjectPlan plan;
            const double wan = generatedInvestmentWan();
            const int capacity = m_random.pick(std::vector<int>{5, 10, 20, 30, 50, 100, 200, 500});
            const QString unitWord
                = m_random.pick(std::vector<QString>{QStringLiteral("万套"), QStringLiteral("万台"),
                                                     QStringLiteral("吨"), QStringLiteral("万件")});
            plan.investor = company(m_random.pick(
                std::vector<QString>{QStringLiteral("股份有限公司"), QStringLiteral("科技有限公司"),
                                     QStringLiteral("集团有限公司"), QStringLiteral("有限公司")}));
            plan.name = QStringLiteral("%1年产%2%3%4项目")
                            .arg(plan.investor.left(4))
                            .arg(capacity)
                            .arg(unitWord, QString::fromUtf8(product.product));
            plan.unit = park.unit;
            plan.chain = QString::fromUtf8(product.chain);
            plan.stage = generatedStage();
            plan.investmentWan = wan;
            // 亩均投资 300–600 万元/亩 for manufacturing land.
            plan.landMu = std::round(wan / m_random.uniform(300, 600));
            plan.outputWan = std::round(wan * m_random.uniform(1.0, 2.5));
            static const QStringList investorTypes = Domain::codes(Domain::investorTypes());
            plan.investorType = investorTypes[qsizetype(m_random.weighted({4, 8, 14, 3, 8, 63}))];
            if (plan.investorType == QLatin1String("foreign"))
                plan.notes = QStringLiteral("外资项目");
            plans.push_back(plan);
        }
        return plans;
    }

    // Links a project to free parcels of its park whose status matches its stage.
    QList<Parcel *> parcelsFor(qint64 parkFid, const QString &stage, double landMu)
    {
        QString wanted;
        const int index = Domain::stageIndex(stage);
        if (stage == QLatin1String("land"))
            wanted = QStringLiteral("transferred");
        else if (stage == QLatin1String("construction"))
            wanted = QStringLiteral("construction");
        else if (index >= Domain::stageIndex(QStringLiteral("production"))
                 && stage != QLatin1String("dropped"))
            wanted = index >= Domain::stageIndex(QStringLiteral("capacity"))
                         ? QStringLiteral("standard")
                         : QStringLiteral("producing");
        QList<Parcel *> chosen;
        if (wanted.isEmpty())
            return chosen;
        double covered = 0;
        for (Parcel &parcel : m_parcels) {
            if (parcel.parkFid != parkFid || parcel.linked || parcel.status != wanted)
                continue;
            parcel.linked = true;
            chosen << &parcel;
            covered += parcel.areaMu;
            if (covered >= landMu * 0.8 || chosen.size() >= 3)
                break;
        }
        return chosen;
    }

    Status addProjects()
    {
        auto facts = resource(QStringLiteral("projects.csv"));
        if (!facts)
            return facts.error();
        const QStringList stages = Domain::codes(Domain::stages());
        int sequence = 0;
        for (const ProjectPlan &plan : projectPlans(*facts)) {
            ++sequence;
            const Unit &unit = m_units[plan.unit];
            std::vector<const Park *> unitParks;
            for (const Park &park : m_parks) {
                if (park.unit == plan.unit)
                    unitParks.push_back(&park);
            }
            const Park *park = unitParks.empty() ? nullptr : m_random.pick(unitParks);
            QVariantMap values{
                {QStringLiteral("name"), plan.name},
                {QStringLiteral("investor"), plan.investor.isEmpty() ? QVariant() : plan.investor},
                {QStringLiteral("investor_type"),
                 plan.investorType.isEmpty() ? QVariant() : plan.investorType},
                {QStringLiteral("unit_id"), unit.fid},
                {QStringLiteral("park_id"), park ? QVariant(park->fid) : QVariant()},
                {QStringLiteral("chain"), plan.chain},
                {QStringLiteral("investment_wan"), plan.investmentWan},
                {QStringLiteral("land_mu"), plan.landMu},
                {QStringLiteral("expected_output_wan"), plan.outputWan},
                {QStringLiteral("stage"), plan.stage},
                {QStringLiteral("notes"), plan.notes.isEmpty() ? QVariant() : plan.notes},
                {QStringLiteral("lead_official"),
                 m_random.pick(kSurnames) + m_random.pick(kOfficialTitles)},
                {QStringLiteral("task_force"),
                 plan.investmentWan.toDouble() >= 10 * Domain::kWanPerYi
                     ? QVariant(plan.name.left(6) + QStringLiteral("项目专班"))
                     : QVariant()},
                {QStringLiteral("confidential"), (plan.stage == QLatin1String("negotiation")
                                                  || plan.stage == QLatin1String("assessment"))
                                                         && m_random.chance(0.5)
                                                     ? 1
                                                     : 0},
            };
            if (plan.investorType == QLatin1String("foreign"))
                values.insert(QStringLiteral("foreign_investment_wan_usd"),
                              std::round(plan.investmentWan.toDouble() / 7.0 * 0.6));

            // Milestones: each reached stage 15–120 days after the one before, all before the
            // demo's "today"; a dropped project stops somewhere before production.
            const bool dropped = plan.stage == QLatin1String("dropped");
            const int reached = dropped ? m_random.between(0, 4) : Domain::stageIndex(plan.stage);
            std::vector<int> gaps{0};
            int span = 0;
            for (int i = 1; i <= reached + (dropped ? 1 : 0); ++i) {
                gaps.push_back(m_random.between(15, 120));
                span += gaps.back();
            }
            // Start early enough that the last milestone still falls before the demo's today.
            const QDate firstStart(2021, 1, 4);
            const qint64 room = std::max<qint64>(0, firstStart.daysTo(kDemoToday) - span);
            QDate date = firstStart.addDays(m_random.between(0, int(std::min<qint64>(room, 900))));
            QList<std::pair<QString, QDate>> milestones;
            for (int i = 0; i <= reached; ++i) {
                date = std::min(kDemoToday, date.addDays(gaps[size_t(i)]));
                milestones.append({stages[i], date});
                values.insert(Domain::milestoneColumn(stages[i]), date);
            }
            if (dropped) {
                date = std::min(kDemoToday, date.addDays(gaps.back()));
                values.insert(QStringLiteral("dropped_date"), date);
                values.insert(QStringLiteral("drop_reason"),
                              m_random.pick(std::vector<QString>{QStringLiteral("投资方资金链调整"),
                                                                 QStringLiteral("用地指标未落实"),
                                                                 QStringLiteral("落户外省"),
                                                                 QStringLiteral("环评未通过")}));
                milestones.append({QStringLiteral("dropped"), date});
            }

            QList<Parcel *> parcels
                = park ? parcelsFor(park->fid, plan.stage, plan.landMu.toDouble())
                       : QList<Parcel *>();
            std::unique_ptr<OGRGeometry> location;
            if (!parcels.isEmpty())
                location = toGeographic(parcels.first()->centreGk);
            else if (park
                     && Domain::stageIndex(plan.stage)
                            >= Domain::stageIndex(QStringLiteral("signed"))
                     && !dropped)
                location = toGeographic(park->centreGk);

            auto fid = m_project.insertFeature(QStringLiteral("projects"), location.get(), values);
            if (!fid)
                return fid.error();
            for (Parcel *parcel : parcels) {
                auto link = m_project.insertRow(QStringLiteral("project_parcels"),
                                                {{QStringLiteral("project_id"), *fid},
                                                 {QStringLiteral("parcel_id"), parcel->fid}});
                if (!link)
                    return link.error();
            }
            if (Status done = addEvents(*fid, milestones,
                                        values.value(QStringLiteral("lead_official")).toString());
                !done)
                return done;
        }
        return {};
    }

    Status addEvents(qint64 project, const QList<std::pair<QString, QDate>> &milestones,
                     const QString &official)
    {
        const QString author = m_random.pick(std::vector<QString>{
            QStringLiteral("招商一科"), QStringLiteral("招商二科"), QStringLiteral("项目服务科")});
        for (const auto &[stage, date] : milestones) {
            auto added = m_project.insertRow(
                QStringLiteral("project_events"),
                {{QStringLiteral("project_id"), project},
                 {QStringLiteral("event_date"), date},
                 {QStringLiteral("kind"), QStringLiteral("stage")},
                 {QStringLiteral("stage"), stage},
                 {QStringLiteral("text"),
                  QStringLiteral("进入“%1”阶段").arg(Domain::label(Domain::stages(), stage))},
                 {QStringLiteral("author"), author}});
            if (!added)
                return added.error();
            // Before signing there are visits and negotiations.
            if (stage == QLatin1String("negotiation") || stage == QLatin1String("assessment")) {
                const QString kind = m_random.chance(0.5) ? QStringLiteral("visit")
                                                          : QStringLiteral("negotiation");
                auto activity = m_project.insertRow(
                    QStringLiteral("project_events"),
                    {{QStringLiteral("project_id"), project},
                     {QStringLiteral("event_date"), std::min(kDemoToday, date.addDays(7))},
                     {QStringLiteral("kind"), kind},
                     {QStringLiteral("text"),
                      kind == QLatin1String("visit")
                          ? official + QStringLiteral("带队赴企业总部考察")
                          : QStringLiteral("就用地、供电和设备补助条款洽谈")},
                     {QStringLiteral("author"), author}});
                if (!activity)
                    return activity.error();
            }
        }
        return {};
    }

    Status addTargets()
    {
        auto targets = resource(QStringLiteral("targets.csv"));
        if (!targets)
            return targets.error();
        for (const GdalRecord &target : *targets) {
            if (target.fields.value(QStringLiteral("city")) != QStringLiteral("丽水市"))
                continue;
            const QString unit = target.fields.value(QStringLiteral("unit"));
            if (!m_units.contains(unit))
                return Error{DemoBuilder::tr("The target's unit %1 is not in the demo.").arg(unit)};
            auto added = m_project.insertRow(
                QStringLiteral("targets"),
                {{QStringLiteral("unit_id"), m_units[unit].fid},
                 {QStringLiteral("year"), target.fields.value(QStringLiteral("year")).toInt()},
                 {QStringLiteral("metric"), target.fields.value(QStringLiteral("metric"))},
                 {QStringLiteral("value"),
                  target.fields.value(QStringLiteral("target")).toDouble()},
                 {QStringLiteral("measure"), target.fields.value(QStringLiteral("measure"))},
                 {QStringLiteral("source"), target.fields.value(QStringLiteral("source"))}});
            if (!added)
                return added.error();
        }
        return {};
    }

    // Funds arrived for every project that has started building: from the month it started to
    // the demo's today, some months with nothing, in all 30–90 % of its investment; and a
    // follow-up date on a fifth of the visits and negotiations, some already passed. A random
    // source of its own, so the projects above stay as they were.
    Status addFundsAndFollowUps()
    {
        DemoRandom random(20230601);
        auto started = m_project.db().prepare(
            QStringLiteral("SELECT fid, investment_wan, construction_date FROM projects WHERE "
                           "construction_date IS NOT NULL AND investment_wan > 0 AND "
                           "dropped_date IS NULL ORDER BY fid"));
        if (!started)
            return started.error();
        struct Started
        {
            qint64 fid;
            double investmentWan;
            QDate start;
        };
        QList<Started> projects;
        if (Status read = started->forEachRow([&] {
                projects.append({started->int64(0), started->real(1),
                                 QDate::fromString(started->text(2), Qt::ISODate)});
            });
            !read)
            return read;
        for (const Started &p : projects) {
            QList<QDate> months;
            for (QDate m(p.start.year(), p.start.month(), 1); m <= kDemoToday && months.size() < 24;
                 m = m.addMonths(1)) {
                if (random.chance(0.7))
                    months << m;
            }
            if (months.isEmpty())
                continue;
            const double total = p.investmentWan * random.uniform(0.3, 0.9);
            std::vector<double> weights;
            double sum = 0;
            for (qsizetype i = 0; i < months.size(); ++i)
                sum += weights.emplace_back(random.uniform(0.5, 1.5));
            for (qsizetype i = 0; i < months.size(); ++i) {
                auto added = m_project.insertRow(
                    QStringLiteral("project_funds"),
                    {{QStringLiteral("project_id"), p.fid},
                     {QStringLiteral("month"), months[i].toString(QStringLiteral("yyyy-MM"))},
                     {QStringLiteral("amount_wan"),
                      std::round(total * weights[size_t(i)] / sum * 100) / 100}});
                if (!added)
                    return added.error();
            }
        }
        auto visits = m_project.db().prepare(QStringLiteral(
            "SELECT id, event_date FROM project_events WHERE kind IN ('visit', 'negotiation') "
            "ORDER BY id"));
        if (!visits)
            return visits.error();
        QList<std::pair<qint64, QDate>> followUps;
        if (Status read = visits->forEachRow([&] {
                if (random.chance(0.2))
                    followUps.append(
                        {visits->int64(0), QDate::fromString(visits->text(1), Qt::ISODate)
                                               .addDays(random.between(14, 60))});
            });
            !read)
            return read;
        auto update = m_project.db().prepare(
            QStringLiteral("UPDATE project_events SET follow_up_date = ?1 WHERE id = ?2"));
        if (!update)
            return update.error();
        for (const auto &[id, date] : followUps) {
            update->reset();
            update->bindAll({date.toString(Qt::ISODate), id});
            if (Status done = update->run(); !done)
                return done;
        }
        return {};
    }

    ProjectFile &m_project;
    DemoRandom m_random;
    DemoLand m_land;
    OGRSpatialReference m_geographic;
    OGRSpatialReference m_gaussKruger;
    std::unique_ptr<OGRCoordinateTransformation> m_toGk;
    std::unique_ptr<OGRCoordinateTransformation> m_toGeographic;
    std::map<QString, Unit> m_units;
    std::vector<Park> m_parks;
    std::vector<std::unique_ptr<OGRPolygon>> m_parkShapesGk;
    std::vector<Parcel> m_parcels;
};

} // namespace

Status DemoBuilder::write(const QString &path, ProjectFile::Replace replace)
{
    // Filled under a temporary name and renamed into place when complete: an interrupted write
    // never leaves an empty or partial demo under the final name, nor loses the file it replaces.
    const Status built = ProjectFile::build(
        path,
        [](ProjectFile &project) -> Status {
            SqliteTransaction transaction(project.db());
            if (!transaction.begun())
                return transaction.begun();
            if (Status filled = Builder(project).run(); !filled)
                return filled;
            return transaction.commit();
        },
        replace);
    if (!built)
        return Error{tr("Writing the demo project failed: %1").arg(built.errorMessage())};
    return {};
}
