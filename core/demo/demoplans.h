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

// English names, as the offices and the parks publish them (丽水经济技术开发区 → Lishui Economic
// and Technological Development Zone), for units, parks and the industry chains the demo uses.
inline const std::pair<const char *, const char *> kEnglishNames[] = {
    // units
    {"莲都区", "Liandu District"},
    {"龙泉市", "Longquan City"},
    {"青田县", "Qingtian County"},
    {"云和县", "Yunhe County"},
    {"庆元县", "Qingyuan County"},
    {"缙云县", "Jinyun County"},
    {"遂昌县", "Suichang County"},
    {"松阳县", "Songyang County"},
    {"景宁畲族自治县", "Jingning She Autonomous County"},
    {"丽水经济技术开发区", "Lishui Economic and Technological Development Zone"},
    // parks
    {"浙西南科创中心", "Southwest Zhejiang Science and Innovation Centre"},
    {"莲都半导体产业园", "Liandu Semiconductor Industrial Park"},
    {"龙泉经济开发区", "Longquan Economic Development Zone"},
    {"龙泉汽车空调零部件产业园", "Longquan Automotive Air-Conditioning Parts Park"},
    {"青田经济开发区", "Qingtian Economic Development Zone"},
    {"奥来国际智能电器产业园", "Aolai International Smart Appliance Park"},
    {"云和经济开发区", "Yunhe Economic Development Zone"},
    {"云景生态产业园", "Yunjing Eco-Industrial Park"},
    {"庆元经济开发区", "Qingyuan Economic Development Zone"},
    {"庆元生物科技产业平台", "Qingyuan Biotechnology Industry Platform"},
    {"丽缙高新区", "Lijin High-Tech Zone"},
    {"缙云经济开发区", "Jinyun Economic Development Zone"},
    {"缙云小微园", "Jinyun Small and Micro Enterprise Park"},
    {"遂昌经济开发区", "Suichang Economic Development Zone"},
    {"遂昌小微园", "Suichang Small and Micro Enterprise Park"},
    {"浙江松阳经济开发区", "Zhejiang Songyang Economic Development Zone"},
    {"赤寿生态工业区", "Chishou Eco-Industrial Zone"},
    {"松阳综合交通产业园", "Songyang Integrated Transport Industrial Park"},
    {"景宁民族创业园", "Jingning Ethnic Entrepreneurship Park"},
    {"景宁智能制造产业园", "Jingning Smart Manufacturing Industrial Park"},
    {"丽水经开区半导体产业园", "Lishui ETDZ Semiconductor Industrial Park"},
    {"丽水经开区精密制造产业园", "Lishui ETDZ Precision Manufacturing Industrial Park"},
    {"丽水经开区数字经济科创园", "Lishui ETDZ Digital Economy Innovation Park"},
};
inline const std::pair<const char *, const char *> kChainNames[] = {
    {"数字经济", "Digital economy"},
    {"研发经济", "R&D economy"},
    {"生物医药", "Biomedicine"},
    {"半导体", "Semiconductors"},
    {"集成电路", "Integrated circuits"},
    {"新能源", "New energy"},
    {"新能源汽车", "New-energy vehicles"},
    {"新能源智慧出行", "New-energy smart mobility"},
    {"汽车零部件", "Auto parts"},
    {"竹木加工", "Bamboo and wood processing"},
    {"健康医药", "Health and medicine"},
    {"特种钢", "Special steel"},
    {"时尚休闲", "Fashion and leisure"},
    {"智能电器", "Smart appliances"},
    {"木制玩具", "Wooden toys"},
    {"智能装备", "Intelligent equipment"},
    {"食用菌", "Edible fungi"},
    {"装备制造", "Equipment manufacturing"},
    {"金属制品", "Metal products"},
    {"不锈钢管", "Stainless steel pipes"},
    {"现代物流", "Modern logistics"},
    {"小家电", "Small household appliances"},
    {"新材料", "New materials"},
    {"智能制造", "Smart manufacturing"},
    {"精密制造", "Precision manufacturing"},
    {"户外用品", "Outdoor products"},
    {"文旅", "Culture and tourism"},
    {"电竞", "E-sports"},
    {"轨道交通", "Rail transit"},
};

inline QString englishName(const QString &chinese)
{
    for (const auto &[zh, en] : kEnglishNames) {
        if (chinese == QString::fromUtf8(zh))
            return QString::fromUtf8(en);
    }
    return {};
}

} // namespace DemoPlans
