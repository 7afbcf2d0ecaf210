// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The plans behind the Lishui demo project: parks per unit, products per industry chain, and the
// word lists that generated names are made from. Data only; DemoBuilder turns it into features.

#include <QString>

#include <vector>

namespace DemoPlans {

struct ParkPlan
{
    const char *unit;
    const char *name;
    const char *kind;
    double plannedMu;
    const char *chains; // 、-separated, the first is the lead chain
};

// Real park names from the source articles where they give one (丽缙高新区, 缙云经济开发区,
// 浙江松阳经济开发区, 赤寿生态工业区, 景宁民族创业园, 云景生态产业园, 浙西南科创中心 …).
inline const ParkPlan kParks[] = {
    {"莲都区", "浙西南科创中心", "innovation", 1200, "数字经济、研发经济、生物医药"},
    {"莲都区", "莲都半导体产业园", "industrial", 3000, "半导体、新能源"},
    {"龙泉市", "龙泉经济开发区", "edz", 6000, "汽车零部件、竹木加工、健康医药"},
    {"龙泉市", "龙泉汽车空调零部件产业园", "industrial", 2500, "汽车零部件"},
    {"青田县", "青田经济开发区", "edz", 5000, "特种钢、时尚休闲、新能源"},
    {"青田县", "奥来国际智能电器产业园", "industrial", 1500, "智能电器"},
    {"云和县", "云和经济开发区", "edz", 3000, "木制玩具、智能装备"},
    {"云和县", "云景生态产业园", "industrial", 2000, "木制玩具、数字经济"},
    {"庆元县", "庆元经济开发区", "edz", 3000, "竹木加工、食用菌"},
    {"庆元县", "庆元生物科技产业平台", "industrial", 4500, "生物医药"},
    {"缙云县", "丽缙高新区", "hitech", 8000, "装备制造、新能源、半导体"},
    {"缙云县", "缙云经济开发区", "edz", 5000, "汽车零部件、装备制造"},
    {"缙云县", "缙云小微园", "micro", 600, "装备制造"},
    {"遂昌县", "遂昌经济开发区", "edz", 4000, "金属制品、数字经济"},
    {"遂昌县", "遂昌小微园", "micro", 800, "金属制品"},
    {"松阳县", "浙江松阳经济开发区", "edz", 6000, "不锈钢管、装备制造"},
    {"松阳县", "赤寿生态工业区", "industrial", 3000, "不锈钢管"},
    {"松阳县", "松阳综合交通产业园", "industrial", 1500, "现代物流"},
    {"景宁畲族自治县", "景宁民族创业园", "industrial", 2000, "小家电、新材料"},
    {"景宁畲族自治县", "景宁智能制造产业园", "industrial", 3000, "智能制造、新材料"},
    {"丽水经济技术开发区", "丽水经开区半导体产业园", "industrial", 5000, "半导体、新能源"},
    {"丽水经济技术开发区", "丽水经开区精密制造产业园", "industrial", 4000, "精密制造、汽车零部件"},
    {"丽水经济技术开发区", "丽水经开区数字经济科创园", "innovation", 900, "数字经济"},
};

inline constexpr const char *kZoneName = "丽水经济技术开发区";
// A plausible outline of the zone south-west of the 莲都 centre (lon, lat).
inline const double kZoneOutline[][2] = {{119.828, 28.392}, {119.862, 28.378}, {119.905, 28.384},
                                         {119.925, 28.405}, {119.918, 28.438}, {119.885, 28.452},
                                         {119.846, 28.445}, {119.825, 28.421}, {119.828, 28.392}};

struct ProductPlan
{
    const char *chain;
    const char *product;
};

inline const std::vector<ProductPlan> kProducts = {
    {"半导体", "功率半导体器件"},     {"半导体", "集成电路封装测试"},
    {"半导体", "碳化硅衬底"},         {"新能源", "锂电池正极材料"},
    {"新能源", "光伏组件"},           {"新能源", "储能电池系统"},
    {"数字经济", "工业互联网平台"},   {"数字经济", "数据中心"},
    {"生物医药", "生物制药"},         {"生物医药", "医疗器械"},
    {"汽车零部件", "汽车空调压缩机"}, {"汽车零部件", "新能源汽车电机"},
    {"汽车零部件", "汽车制动系统"},   {"特种钢", "高端特种合金钢"},
    {"不锈钢管", "精密不锈钢管"},     {"装备制造", "智能数控机床"},
    {"装备制造", "工业机器人"},       {"智能电器", "智能家电"},
    {"小家电", "厨房小家电"},         {"新材料", "高性能复合材料"},
    {"木制玩具", "益智木制玩具"},     {"竹木加工", "竹木精深加工制品"},
    {"时尚休闲", "休闲鞋服"},         {"金属制品", "精密五金件"},
    {"精密制造", "精密模具"},         {"智能制造", "智能装备整机"},
    {"健康医药", "中药饮片"},
};

inline const std::vector<QString> kNameSyllables
    = {QStringLiteral("华"), QStringLiteral("瓯"), QStringLiteral("丽"), QStringLiteral("博"),
       QStringLiteral("晶"), QStringLiteral("润"), QStringLiteral("新"), QStringLiteral("远"),
       QStringLiteral("鼎"), QStringLiteral("泰"), QStringLiteral("凯"), QStringLiteral("盛"),
       QStringLiteral("宏"), QStringLiteral("科"), QStringLiteral("峰"), QStringLiteral("达"),
       QStringLiteral("信"), QStringLiteral("源"), QStringLiteral("恒"), QStringLiteral("江")};
inline const std::vector<QString> kInvestorCities = {
    QStringLiteral("杭州"), QStringLiteral("上海"), QStringLiteral("深圳"), QStringLiteral("宁波"),
    QStringLiteral("温州"), QStringLiteral("苏州"), QStringLiteral("北京"), QStringLiteral("广州")};
inline const std::vector<QString> kSurnames
    = {QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"), QStringLiteral("陈"),
       QStringLiteral("吴"), QStringLiteral("周"), QStringLiteral("叶"), QStringLiteral("徐")};
inline const std::vector<QString> kOfficialTitles
    = {QStringLiteral("书记"), QStringLiteral("县长"), QStringLiteral("常务副县长"),
       QStringLiteral("副县长"), QStringLiteral("管委会主任")};

} // namespace DemoPlans
