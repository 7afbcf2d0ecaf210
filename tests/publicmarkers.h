// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/projectfile.h"

#include <QByteArray>
#include <QStringList>

#include <ogr_geometry.h>

// Marker data for the public-mode tests: a project marked confidential whose every text holds
// "ZQXK", and a public project whose confidential fields hold unique words (MARKINVA …) and
// unique amounts. The words are letters only: poppler's pdftotext loses the digits Qt 6.4
// writes with a CJK font, and a marker it cannot read would prove nothing. Whatever leaves core in
// public mode must contain none of them; in the office view they are there (so the checks can
// fail).
namespace PublicMarkers {

struct Fids
{
    qint64 secret = 0;       // the confidential project
    qint64 open = 0;         // the public project with confidential fields
    qint64 secretParcel = 0; // a parcel linked to the secret project
    qint64 taxedParcel = 0;  // a parcel whose tax per mu is a marker
    double lon = 0, lat = 0; // where the secret project is
};

// The public project's name: it must still be there in public mode.
inline QString openName()
{
    return QStringLiteral("公开项目PUBOK");
}

// Text markers: none may appear in anything public.
inline QStringList textMarkers()
{
    return {QStringLiteral("ZQXK"),      QStringLiteral("MARKINVA"),  QStringLiteral("MARKNOTEB"),
            QStringLiteral("MARKLEADC"), QStringLiteral("MARKTASKD"), QStringLiteral("MARKDROPE"),
            QStringLiteral("MARKEVTF"),  QStringLiteral("MARKAUTHG")};
}

// Amount markers as any text output writes them (万元 and 万元/亩 as stored).
inline QStringList numberMarkers()
{
    return {QStringLiteral("98765.43"), QStringLiteral("4321.98"), QStringLiteral("55555.44"),
            QStringLiteral("777.777")};
}

// The markers found in `bytes` (UTF-8 text); `numbers` also looks for the amounts.
inline QStringList found(const QByteArray &bytes, bool numbers = true)
{
    QStringList hits;
    QStringList all = textMarkers();
    if (numbers)
        all += numberMarkers();
    for (const QString &marker : all) {
        if (bytes.contains(marker.toUtf8()))
            hits << marker;
    }
    return hits;
}

inline Status add(ProjectFile &project, Fids *fids)
{
    auto unit = project.db().scalar(QStringLiteral("SELECT min(fid) FROM units"));
    auto park = project.db().scalar(QStringLiteral("SELECT min(fid) FROM parks"));
    auto parcel = project.db().scalar(QStringLiteral("SELECT min(fid) FROM parcels"));
    auto taxed = project.db().scalar(QStringLiteral("SELECT max(fid) FROM parcels"));
    if (!unit || !park || !parcel || !taxed)
        return Error{QStringLiteral("the project has no units, parks or parcels")};
    // A spot in the demo's hills with no other project near it.
    fids->lon = 119.2231;
    fids->lat = 28.6127;
    OGRPoint secretPoint(fids->lon, fids->lat);
    auto secret
        = project.insertFeature(QStringLiteral("projects"), &secretPoint,
                                {{QStringLiteral("name"), QStringLiteral("保密项目ZQXK")},
                                 {QStringLiteral("investor"), QStringLiteral("保密投资方ZQXK")},
                                 {QStringLiteral("investor_type"), QStringLiteral("private")},
                                 {QStringLiteral("unit_id"), *unit},
                                 {QStringLiteral("park_id"), *park},
                                 {QStringLiteral("chain"), QStringLiteral("保密产业链ZQXK")},
                                 {QStringLiteral("investment_wan"), 350000.0},
                                 {QStringLiteral("land_mu"), 123.0},
                                 {QStringLiteral("stage"), QStringLiteral("signed")},
                                 {QStringLiteral("negotiation_date"), QStringLiteral("2019-11-02")},
                                 {QStringLiteral("signed_date"), QStringLiteral("2020-01-05")},
                                 {QStringLiteral("lead_official"), QStringLiteral("保密领导ZQXK")},
                                 {QStringLiteral("notes"), QStringLiteral("保密备注ZQXK")},
                                 {QStringLiteral("confidential"), 1}});
    if (!secret)
        return secret.error();
    fids->secret = *secret;
    OGRPoint openPoint(fids->lon + 0.3, fids->lat - 0.2);
    auto open
        = project.insertFeature(QStringLiteral("projects"), &openPoint,
                                {{QStringLiteral("name"), openName()},
                                 {QStringLiteral("investor"), QStringLiteral("投资方MARKINVA")},
                                 {QStringLiteral("investor_type"), QStringLiteral("listed")},
                                 {QStringLiteral("unit_id"), *unit},
                                 {QStringLiteral("park_id"), *park},
                                 {QStringLiteral("chain"), QStringLiteral("智能制造")},
                                 {QStringLiteral("investment_wan"), 98765.4321},
                                 {QStringLiteral("foreign_investment_wan_usd"), 4321.9876},
                                 {QStringLiteral("expected_output_wan"), 55555.4444},
                                 {QStringLiteral("land_mu"), 88.0},
                                 {QStringLiteral("stage"), QStringLiteral("dropped")},
                                 {QStringLiteral("signed_date"), QStringLiteral("2020-02-03")},
                                 {QStringLiteral("dropped_date"), QStringLiteral("2020-09-09")},
                                 {QStringLiteral("drop_reason"), QStringLiteral("原因MARKDROPE")},
                                 {QStringLiteral("lead_official"), QStringLiteral("领导MARKLEADC")},
                                 {QStringLiteral("task_force"), QStringLiteral("专班MARKTASKD")},
                                 {QStringLiteral("notes"), QStringLiteral("备注MARKNOTEB")},
                                 {QStringLiteral("confidential"), 0}});
    if (!open)
        return open.error();
    fids->open = *open;
    for (const auto &[project_id, text] : {std::pair{*secret, QStringLiteral("保密动态ZQXK")},
                                           std::pair{*open, QStringLiteral("洽谈MARKEVTF")}}) {
        auto event
            = project.insertRow(QStringLiteral("project_events"),
                                {{QStringLiteral("project_id"), project_id},
                                 {QStringLiteral("event_date"), QStringLiteral("2020-01-04")},
                                 {QStringLiteral("kind"), QStringLiteral("meeting")},
                                 {QStringLiteral("text"), text},
                                 {QStringLiteral("author"),
                                  project_id == *secret ? QStringLiteral("记录人ZQXK")
                                                        : QStringLiteral("记录人MARKAUTHG")}});
        if (!event)
            return event.error();
    }
    fids->secretParcel = parcel->toLongLong();
    auto link = project.insertRow(QStringLiteral("project_parcels"),
                                  {{QStringLiteral("project_id"), *secret},
                                   {QStringLiteral("parcel_id"), fids->secretParcel}});
    if (!link)
        return link.error();
    fids->taxedParcel = taxed->toLongLong();
    return project.db().exec(
        QStringLiteral("UPDATE parcels SET tax_per_mu = 777.777 WHERE fid = %1")
            .arg(fids->taxedParcel));
}

} // namespace PublicMarkers
