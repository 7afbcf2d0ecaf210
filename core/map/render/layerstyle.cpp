// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/map/render/layerstyle.h"

#include "core/base/i18n.h"

#include "core/domain/domain.h"

#include <QHash>

QColor LayerStyle::fillFor(const QString &category) const
{
    for (const Category &c : categories) {
        if (c.value == category)
            return c.fill;
    }
    return defaultFill;
}

double LayerStyle::radiusFor(double value) const
{
    double radius = pointRadius;
    for (const SizeTier &tier : sizeTiers) {
        if (value >= tier.atLeast)
            radius = tier.radius;
    }
    return radius;
}

namespace {

QList<LayerStyle::Category> categoriesFrom(std::span<const DomainValue> values,
                                           QColor (*colour)(const QString &))
{
    QList<LayerStyle::Category> categories;
    for (const DomainValue &v : values) {
        const QString code = QLatin1String(v.code);
        categories.append({code, Domain::label(values, code), colour(code)});
    }
    return categories;
}

QColor parkKindColour(const QString &kind)
{
    static const QHash<QString, QColor> colours{
        {QStringLiteral("edz"), QColor(0x8D, 0xB6, 0xD9)},
        {QStringLiteral("hitech"), QColor(0x9C, 0xCF, 0x8E)},
        {QStringLiteral("industrial"), QColor(0xF2, 0xB6, 0x8C)},
        {QStringLiteral("micro"), QColor(0xF5, 0xD0, 0x7A)},
        {QStringLiteral("innovation"), QColor(0xC3, 0xA9, 0xDB)},
    };
    return colours.value(kind, QColor(0xCC, 0xCC, 0xCC));
}

QColor unitKindColour(const QString &kind)
{
    return kind == QLatin1String("zone") ? QColor(0xC0, 0x39, 0x2B, 30)
                                         : QColor(255, 255, 255, 170);
}

QColor enclaveColour(const QString &)
{
    return QColor(0x7B, 0x2D, 0x8E);
}

QColor landUseColour(const QString &use)
{
    // The hues of China's land-use maps (GB/T 21010): industry brown, storage purple, research
    // and commerce red tones, kept apart in lightness.
    static const QHash<QString, QColor> colours{
        {QStringLiteral("industrial"), QColor(0xBB, 0x96, 0x6E)},
        {QStringLiteral("storage"), QColor(0x9F, 0x86, 0xC0)},
        {QStringLiteral("research"), QColor(0xE3, 0x7B, 0x8B)},
        {QStringLiteral("commercial"), QColor(0xD9, 0x3D, 0x3D)},
        {QStringLiteral("mixed"), QColor(0xE8, 0xC2, 0x8A)},
    };
    return colours.value(use, QColor(0x99, 0x99, 0x99));
}

QColor investorTypeColour(const QString &type)
{
    static const QHash<QString, QColor> colours{
        {QStringLiteral("central_soe"), QColor(0xD5, 0x5E, 0x00)},
        {QStringLiteral("soe"), QColor(0xE6, 0x9F, 0x00)},
        {QStringLiteral("listed"), QColor(0x00, 0x72, 0xB2)},
        {QStringLiteral("fortune500"), QColor(0xCC, 0x79, 0xA7)},
        {QStringLiteral("foreign"), QColor(0x56, 0xB4, 0xE9)},
        {QStringLiteral("private"), QColor(0x00, 0x9E, 0x73)},
    };
    return colours.value(type, QColor(0x99, 0x99, 0x99));
}

// Boundaries without fill: what lies underneath (a basemap, parcels) shows through.
LayerStyle outlineOnly(LayerStyle style)
{
    style.id = QStringLiteral("outline");
    style.name = QCoreApplication::translate("DefaultStyles", "Outline only");
    style.categoryColumn.clear();
    style.categories.clear();
    style.defaultFill = Qt::transparent;
    style.stroke = style.stroke.darker(130);
    return style;
}

} // namespace

namespace DefaultStyles {

QColor parcelStatusColour(const QString &status)
{
    // Okabe–Ito hues, ordered so that neighbours in the lifecycle differ in lightness too.
    static const QHash<QString, QColor> colours{
        {QStringLiteral("reserve"), QColor(0xBB, 0xBB, 0xBB)},
        {QStringLiteral("listed"), QColor(0x56, 0xB4, 0xE9)},
        {QStringLiteral("transferred"), QColor(0x00, 0x72, 0xB2)},
        {QStringLiteral("construction"), QColor(0xE6, 0x9F, 0x00)},
        {QStringLiteral("producing"), QColor(0x00, 0x9E, 0x73)},
        {QStringLiteral("standard"), QColor(0x00, 0x4D, 0x38)},
    };
    return colours.value(status, QColor(0x99, 0x99, 0x99));
}

QColor idleCategoryColour(const QString &category)
{
    // Warm hues for land that should be working, darkest for the longest way from use.
    static const QHash<QString, QColor> colours{
        {QStringLiteral("approved_unsupplied"), QColor(0xCC, 0x79, 0xA7)},
        {QStringLiteral("supplied_unused"), QColor(0xB2, 0x18, 0x2B)},
        {QStringLiteral("used_partly"), QColor(0xF0, 0xE4, 0x42)},
        {QStringLiteral("built_not_producing"), QColor(0xE6, 0x9F, 0x00)},
        {QStringLiteral("producing_below"), QColor(0xD5, 0x5E, 0x00)},
    };
    return colours.value(category, QColor(0x99, 0x99, 0x99));
}

QColor gradeColour(const QString &grade)
{
    // Dark to light to dark again, blue for the good grades and orange-red for the poor ones:
    // apart for colour-blind viewers and in greyscale.
    static const QHash<QString, QColor> colours{
        {QStringLiteral("A"), QColor(0x08, 0x51, 0x9C)},
        {QStringLiteral("B"), QColor(0x6B, 0xAE, 0xD6)},
        {QStringLiteral("C"), QColor(0xFD, 0xAE, 0x6B)},
        {QStringLiteral("D"), QColor(0xD9, 0x48, 0x01)},
    };
    return colours.value(grade, QColor(0x99, 0x99, 0x99));
}

QColor stageColour(const QString &stage)
{
    static const QHash<QString, QColor> colours{
        {QStringLiteral("lead"), QColor(0xB0, 0xB0, 0xB0)},
        {QStringLiteral("assessment"), QColor(0x90, 0x90, 0x90)},
        {QStringLiteral("negotiation"), QColor(0x56, 0xB4, 0xE9)},
        {QStringLiteral("signed"), QColor(0x00, 0x72, 0xB2)},
        {QStringLiteral("land"), QColor(0xF0, 0xE4, 0x42)},
        {QStringLiteral("construction"), QColor(0xE6, 0x9F, 0x00)},
        {QStringLiteral("production"), QColor(0x00, 0x9E, 0x73)},
        {QStringLiteral("statistics"), QColor(0x00, 0x7A, 0x5A)},
        {QStringLiteral("capacity"), QColor(0x00, 0x4D, 0x38)},
        {QStringLiteral("dropped"), QColor(0x33, 0x33, 0x33)},
    };
    return colours.value(stage, QColor(0x99, 0x99, 0x99));
}

// Units and parks are labelled with their English names in English (the Chinese name where the
// project has none), with their Chinese ones otherwise.
void labelByName(LayerStyle &style)
{
    style.labelColumn = I18n::englishUi() ? QStringLiteral("name_en") : QStringLiteral("name");
    style.labelFallback = QStringLiteral("name");
}

QList<LayerStyle> stylesFor(const QString &table)
{
    auto named = [](const char *id, const char *name) {
        LayerStyle style;
        style.id = QLatin1String(id);
        style.name = QCoreApplication::translate("DefaultStyles", name);
        return style;
    };
    if (table == QLatin1String("units")) {
        LayerStyle style = named("kind", QT_TRANSLATE_NOOP("DefaultStyles", "By kind"));
        style.categoryColumn = QStringLiteral("kind");
        style.categories = categoriesFrom(Domain::unitKinds(), unitKindColour);
        style.stroke = QColor(0x5A, 0x5A, 0x5A);
        style.strokeWidth = 1.3;
        style.strokeMinPixels = 0;
        labelByName(style);
        style.labelPixelSize = 16;
        style.labelBold = true;
        style.labelMinPixels = 60;
        style.labelPriority = 2; // gives way to parks: they matter once they are labelled
        return {style, outlineOnly(style)};
    }
    if (table == QLatin1String("parks")) {
        LayerStyle style = named("kind", QT_TRANSLATE_NOOP("DefaultStyles", "By kind"));
        style.categoryColumn = QStringLiteral("kind");
        style.categories = categoriesFrom(Domain::parkKinds(), parkKindColour);
        style.stroke = QColor(0x6E, 0x5A, 0x4A);
        style.strokeWidth = 1.0;
        style.strokeMinPixels = 3;
        style.minimumPixels = 10;
        labelByName(style);
        style.labelPixelSize = 13;
        style.labelMinPixels = 30;
        style.labelPriority = 3;
        return {style, outlineOnly(style)};
    }
    if (table == QLatin1String("parcels")) {
        LayerStyle style = named("status", QT_TRANSLATE_NOOP("DefaultStyles", "By status"));
        style.categoryColumn = QStringLiteral("status");
        style.categories = categoriesFrom(Domain::parcelStatuses(), parcelStatusColour);
        style.stroke = QColor(255, 255, 255, 200);
        style.strokeWidth = 0.6;
        style.labelColumn = QStringLiteral("code");
        style.labelPixelSize = 11;
        style.labelMinPixels = 70;
        style.labelPriority = 0;
        LayerStyle byUse = style;
        byUse.id = QStringLiteral("land_use");
        byUse.name = QCoreApplication::translate("DefaultStyles", "By land use");
        byUse.categoryColumn = QStringLiteral("land_use");
        byUse.categories = categoriesFrom(Domain::landUses(), landUseColour);
        // Land that is not idle or low-efficiency, and plots without figures, stay pale.
        LayerStyle byIdle = style;
        byIdle.id = QStringLiteral("idle_category");
        byIdle.name = QCoreApplication::translate("DefaultStyles", "Idle and low-efficiency land");
        byIdle.categoryColumn = QStringLiteral("idle_category");
        byIdle.categories = categoriesFrom(Domain::idleCategories(), idleCategoryColour);
        byIdle.defaultFill = QColor(0xE4, 0xE4, 0xE4);
        byIdle.defaultLabel = QCoreApplication::translate("DefaultStyles", "Not idle");
        byIdle.stroke = QColor(0x99, 0x99, 0x99, 200);
        LayerStyle byGrade = byIdle;
        byGrade.id = QStringLiteral("grade");
        byGrade.name = QCoreApplication::translate("DefaultStyles", "By mu-average grade");
        byGrade.categoryColumn = QStringLiteral("grade");
        byGrade.categories = categoriesFrom(Domain::grades(), gradeColour);
        byGrade.defaultLabel = QCoreApplication::translate("DefaultStyles", "No tax figures");
        return {style, byUse, byIdle, byGrade};
    }
    if (table == QLatin1String("enclaves")) {
        LayerStyle style = named("kind", QT_TRANSLATE_NOOP("DefaultStyles", "By kind"));
        style.categoryColumn = QStringLiteral("kind");
        style.categories = categoriesFrom(Domain::enclaveKinds(), enclaveColour);
        style.stroke = Qt::white;
        style.strokeWidth = 1.5;
        style.marker = LayerStyle::Marker::Diamond;
        style.pointRadius = 7;
        style.labelColumn = QStringLiteral("name");
        style.labelPixelSize = 12;
        style.labelMinPixels = 0;
        style.labelPriority = 4;
        style.linksToHomeUnit = true;
        return {style};
    }
    if (table == QLatin1String("projects")) {
        LayerStyle style = named("stage", QT_TRANSLATE_NOOP("DefaultStyles", "By stage"));
        style.categoryColumn = QStringLiteral("stage");
        style.categories = categoriesFrom(Domain::stages(), stageColour);
        style.stroke = QColor(0x1E, 0x1E, 0x1E);
        style.strokeWidth = 1.0;
        style.sizeColumn = QStringLiteral("investment_wan");
        // Tiers are inclusive, in 万元: ≥1, ≥10, ≥50, ≥100 亿元.
        style.pointRadius = 3;
        style.sizeTiers = {
            {1 * Domain::kWanPerYi, 4.5,
             QCoreApplication::translate("DefaultStyles", "≥ 1 (100M CNY)")},
            {10 * Domain::kWanPerYi, 6.5,
             QCoreApplication::translate("DefaultStyles", "≥ 10 (100M CNY)")},
            {50 * Domain::kWanPerYi, 9,
             QCoreApplication::translate("DefaultStyles", "≥ 50 (100M CNY)")},
            {100 * Domain::kWanPerYi, 12,
             QCoreApplication::translate("DefaultStyles", "≥ 100 (100M CNY)")},
        };
        style.labelColumn = QStringLiteral("name");
        style.labelPixelSize = 11;
        style.labelPriority = 1;
        style.labelMinPixels = 1e9; // project names only when asked (they are long)
        LayerStyle byInvestor = style;
        byInvestor.id = QStringLiteral("investor_type");
        byInvestor.name = QCoreApplication::translate("DefaultStyles", "By investor type");
        byInvestor.categoryColumn = QStringLiteral("investor_type");
        byInvestor.categories = categoriesFrom(Domain::investorTypes(), investorTypeColour);
        return {style, byInvestor};
    }
    return {};
}

LayerStyle style(const QString &table, const QString &id)
{
    const QList<LayerStyle> styles = stylesFor(table);
    for (const LayerStyle &s : styles) {
        if (s.id == id)
            return s;
    }
    return styles.isEmpty() ? LayerStyle() : styles.front();
}

} // namespace DefaultStyles
