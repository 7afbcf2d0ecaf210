// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/domain.h"

#include <QCoreApplication>

namespace {

constexpr DomainValue kUnitKinds[] = {
    {"county", QT_TRANSLATE_NOOP("Domain", "County")},
    {"district", QT_TRANSLATE_NOOP("Domain", "District")},
    {"city", QT_TRANSLATE_NOOP("Domain", "County-level city")},
    {"zone", QT_TRANSLATE_NOOP("Domain", "Development zone")},
};

constexpr DomainValue kParkKinds[] = {
    {"edz", QT_TRANSLATE_NOOP("Domain", "Economic development zone")},
    {"hitech", QT_TRANSLATE_NOOP("Domain", "High-tech zone")},
    {"industrial", QT_TRANSLATE_NOOP("Domain", "Industrial park")},
    {"micro", QT_TRANSLATE_NOOP("Domain", "Small and micro enterprise park")},
    {"innovation", QT_TRANSLATE_NOOP("Domain", "Innovation centre")},
};

constexpr DomainValue kEnclaveKinds[] = {
    {"industrial", QT_TRANSLATE_NOOP("Domain", "Industrial enclave")},
    {"innovation", QT_TRANSLATE_NOOP("Domain", "Innovation enclave")},
    {"floor", QT_TRANSLATE_NOOP("Domain", "Innovation floor")},
    {"cooperation", QT_TRANSLATE_NOOP("Domain", "Mountain-sea cooperation enclave")},
    {"cluster", QT_TRANSLATE_NOOP("Domain", "Enclave cluster")},
    {"general", QT_TRANSLATE_NOOP("Domain", "Enclave")},
};

constexpr DomainValue kParcelStatuses[] = {
    {"reserve", QT_TRANSLATE_NOOP("Domain", "Reserve")},
    {"listed", QT_TRANSLATE_NOOP("Domain", "Listed")},
    {"transferred", QT_TRANSLATE_NOOP("Domain", "Transferred")},
    {"construction", QT_TRANSLATE_NOOP("Domain", "Under construction")},
    {"producing", QT_TRANSLATE_NOOP("Domain", "Producing")},
    {"idle", QT_TRANSLATE_NOOP("Domain", "Idle")},
    {"inefficient", QT_TRANSLATE_NOOP("Domain", "Low-efficiency")},
};

constexpr DomainValue kLandUses[] = {
    {"industrial", QT_TRANSLATE_NOOP("Domain", "Industrial")},
    {"storage", QT_TRANSLATE_NOOP("Domain", "Warehousing")},
    {"research", QT_TRANSLATE_NOOP("Domain", "Research and development")},
    {"commercial", QT_TRANSLATE_NOOP("Domain", "Commercial")},
    {"mixed", QT_TRANSLATE_NOOP("Domain", "Mixed industrial")},
};

constexpr DomainValue kInvestorTypes[] = {
    {"central_soe", QT_TRANSLATE_NOOP("Domain", "Central state-owned enterprise")},
    {"soe", QT_TRANSLATE_NOOP("Domain", "State-owned enterprise")},
    {"listed", QT_TRANSLATE_NOOP("Domain", "Listed company")},
    {"fortune500", QT_TRANSLATE_NOOP("Domain", "Fortune 500")},
    {"foreign", QT_TRANSLATE_NOOP("Domain", "Foreign-invested")},
    {"private", QT_TRANSLATE_NOOP("Domain", "Private enterprise")},
};

constexpr DomainValue kStages[] = {
    {"lead", QT_TRANSLATE_NOOP("Domain", "Lead")},
    {"assessment", QT_TRANSLATE_NOOP("Domain", "Assessment")},
    {"negotiation", QT_TRANSLATE_NOOP("Domain", "Negotiation")},
    {"signed", QT_TRANSLATE_NOOP("Domain", "Signed")},
    {"land", QT_TRANSLATE_NOOP("Domain", "Land supplied")},
    {"construction", QT_TRANSLATE_NOOP("Domain", "Construction started")},
    {"production", QT_TRANSLATE_NOOP("Domain", "Producing")},
    {"statistics", QT_TRANSLATE_NOOP("Domain", "In statistics")},
    {"capacity", QT_TRANSLATE_NOOP("Domain", "At capacity")},
    {"dropped", QT_TRANSLATE_NOOP("Domain", "Dropped")},
};

constexpr DomainValue kEventKinds[] = {
    {"stage", QT_TRANSLATE_NOOP("Domain", "Stage change")},
    {"visit", QT_TRANSLATE_NOOP("Domain", "Visit")},
    {"negotiation", QT_TRANSLATE_NOOP("Domain", "Negotiation")},
    {"meeting", QT_TRANSLATE_NOOP("Domain", "Meeting")},
    {"note", QT_TRANSLATE_NOOP("Domain", "Note")},
};

} // namespace

namespace Domain {

std::span<const DomainValue> unitKinds()
{
    return kUnitKinds;
}
std::span<const DomainValue> parkKinds()
{
    return kParkKinds;
}
std::span<const DomainValue> enclaveKinds()
{
    return kEnclaveKinds;
}
std::span<const DomainValue> parcelStatuses()
{
    return kParcelStatuses;
}
std::span<const DomainValue> landUses()
{
    return kLandUses;
}
std::span<const DomainValue> investorTypes()
{
    return kInvestorTypes;
}
std::span<const DomainValue> stages()
{
    return kStages;
}
std::span<const DomainValue> eventKinds()
{
    return kEventKinds;
}

QString label(std::span<const DomainValue> values, const QString &code)
{
    for (const DomainValue &v : values) {
        if (code == QLatin1String(v.code))
            return QCoreApplication::translate("Domain", v.label);
    }
    return code;
}

bool isValid(std::span<const DomainValue> values, const QString &code)
{
    for (const DomainValue &v : values) {
        if (code == QLatin1String(v.code))
            return true;
    }
    return false;
}

QStringList codes(std::span<const DomainValue> values)
{
    QStringList result;
    for (const DomainValue &v : values)
        result << QLatin1String(v.code);
    return result;
}

QString milestoneColumn(const QString &stageCode)
{
    return stageCode + QLatin1String("_date");
}

int stageIndex(const QString &stageCode)
{
    for (int i = 0; i < int(std::size(kStages)); ++i) {
        if (stageCode == QLatin1String(kStages[i].code))
            return i;
    }
    return -1;
}

} // namespace Domain
