// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <span>

// Vocabulary of the domain: the coded values stored in the project file and their translated
// labels. Codes are stable ASCII (they are data and must not change with the UI language);
// labels are English source strings translated to Chinese through the "Domain" context. The word
// is what spreadsheets say (exported ledgers, office sheets): Chinese, fixed, part of the file
// format, so an export reads the same whatever the UI language.
struct DomainValue
{
    const char *code;
    const char *label;
    const char *word; // UTF-8
};

namespace Domain {

inline constexpr double kSquareMetresPerMu = 2000.0 / 3.0; // 1 亩 = 666.67 m²
inline constexpr double kWanPerYi = 10000.0;               // 1 亿元 = 10 000 万元

std::span<const DomainValue> unitKinds();
std::span<const DomainValue> parkKinds();
std::span<const DomainValue> enclaveKinds();
// Parcel statuses in lifecycle order (储备 → 已挂牌 → 已出让 → 在建 → 已投产 → 达标).
std::span<const DomainValue> parcelStatuses();
// The idle / low-efficiency categories (五未: 批而未供 … 投而未达).
std::span<const DomainValue> idleCategories();
std::span<const DomainValue> parcelEventKinds();
// 亩均 grades A–D.
std::span<const DomainValue> grades();
std::span<const DomainValue> landUses();
std::span<const DomainValue> investorTypes();
// Project stages in lifecycle order, "dropped" last (it may follow any other stage).
std::span<const DomainValue> stages();
std::span<const DomainValue> eventKinds();

QString label(std::span<const DomainValue> values, const QString &code);
// The spreadsheet word of a code ("signed" → 签约); the code itself when unknown.
QString word(std::span<const DomainValue> values, const QString &code);
// The code a cell names by its code, its word or its label in the UI language; empty if none.
// Land uses also by their word without 用地 (工业).
QString fromText(std::span<const DomainValue> values, const QString &text);
bool isValid(std::span<const DomainValue> values, const QString &code);
QStringList codes(std::span<const DomainValue> values);

// Milestone date column of a stage: "signed" → "signed_date".
QString milestoneColumn(const QString &stageCode);
// Index of a stage in lifecycle order, -1 when unknown.
int stageIndex(const QString &stageCode);

} // namespace Domain
